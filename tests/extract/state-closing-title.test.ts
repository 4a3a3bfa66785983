/**
 * A state closing a title ("the Minister of Security of Chile Ana Ruiz"): the name after it is the
 * title holder's, not a company named after the state, so the holder speaks for the claim.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

describe("a state closing a title before its holder's name", () => {
  it("leaves the holder a person who claims the attribution", () => {
    const ex = extract(
      "On Monday the Minister of Security of Chile Ana Ruiz claimed that the hacking group Glass Heron was behind the breach of the Valparaiso port.",
    );
    expect(ex.entities.some((e) => e.label.includes("Chile Ana"))).toBe(false);
    const claimants = claimsOf(ex, "attributed-to").flatMap((c) => c.claimants);
    expect(claimants).toContain("person:ana-ruiz");
  });

  it("must still read a company named after the state where no title comes before it", () => {
    const ex = extract("Hackers encrypted the booking servers of Chile Rail Services on Sunday night.");
    expect(ex.entities.some((e) => e.type === "organization" && e.label === "Chile Rail Services")).toBe(
      true,
    );
  });
});
