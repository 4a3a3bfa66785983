/** A surname-only turn ("MENSAH:") takes the bracket of its speaker's full label, even when the prose named the speaker. Invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsOf = (text: string) =>
  claimsOf(extract(text), "attributed-to")
    .filter((c) => c.source === "group:apt29" && c.target === "state:russia")
    .flatMap((c) => c.claimants);

describe("a surname turn of a speaker the prose names", () => {
  it("claims nothing for a host whose full label says so", () => {
    const claimants = claimantsOf(
      "KOFI MENSAH (HOST): Good evening, this is Kofi Mensah with the night desk.\n\n" +
        "MENSAH: Before the break, the big story. APT29 works for Russia, in the view of many.",
    );
    expect(claimants).toEqual([]);
  });

  it("still gives the claim to a guest and the body of her full label", () => {
    const claimants = claimantsOf(
      "HOST: Good morning. The Ruritanian Cyber Agency has had a busy week, and with me is Jane Odhiambo.\n\n" +
        "JANE ODHIAMBO (Ruritanian Cyber Agency): Thank you for having me.\n\n" +
        "ODHIAMBO: In our assessment APT29 works for Russia.",
    );
    expect(claimants).toEqual(["person:jane-odhiambo", "agency:ruritanian-cyber-agency"]);
  });
});
