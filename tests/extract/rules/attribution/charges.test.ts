/**
 * The participation rule (rules/attribution/charges.ts), with invented sentences (none comes from a
 * fixture). The penalty rules are tested in penalties.test.ts.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { wire, attackOn, claimantsOf } from "./stories";

describe("participation rule, who took part in the attack", () => {
  it("reads an apposition's relative clause: 'X, an officer who prosecutors believe took part in the attack'", () => {
    const ex = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Marko Ilic, a Serbian officer who Peruvian prosecutors believe took part in the attack, was named on Tuesday.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "person:marko-ilic")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "person:marko-ilic")).toContain("state:peru");
  });

  it("reads a reduced relative 'an officer involved in the intrusion' and a plain 'X participated in'", () => {
    const reduced = extract(
      "Press release, 4 May 2025. An intrusion hit the Chilean senate in April. The sanctions list names Colonel Ivan Sokolov, an intelligence officer involved in the intrusion.",
    );
    expect(hasClaim(reduced, "attributed-to", attackOn(reduced), "person:ivan-sokolov")).toBe(true);
    const plain = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Investigators say Cozy Bear participated in the customs service attack.",
      ),
    );
    expect(hasClaim(plain, "attributed-to", attackOn(plain), "group:apt29")).toBe(true);
  });

  it("reads neither a denial of taking part nor a question as taking part", () => {
    const denied = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Venezuela denied that it took part in the attack.",
      ),
    );
    expect(denied.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(
      false,
    );
    const asked = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Officials asked whether Venezuela had taken part in the attack.",
      ),
    );
    expect(asked.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(
      false,
    );
  });
});
