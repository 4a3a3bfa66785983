/** The group sponsor rule read from an apposition or relative clause, with invented sentences. */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";
import { wire, claimantsOf } from "./attribution/stories";

describe("group sponsor rule", () => {
  it("reads 'X, which Y ties to Z' as the group attributed to its sponsor, claimed by Y", () => {
    const ex = extract(wire("Cozy Bear, which Ecuador ties to Russia, has been active for a decade."));
    expect(hasClaim(ex, "attributed-to", "group:apt29", "state:russia")).toBe(true);
    expect(claimantsOf(ex, "group:apt29", "state:russia")).toContain("state:ecuador");
  });

  it("reads 'a unit of' in apposition, and never takes the sponsor from the gazetteer alone", () => {
    const unit = extract(wire("APT29, a unit of Russia's intelligence services, denied nothing."));
    expect(hasClaim(unit, "attributed-to", "group:apt29", "state:russia")).toBe(true);
    const bare = extract(wire("APT29 has been active in Ecuador for a decade."));
    expect(bare.claims.some((c) => c.source === "group:apt29")).toBe(false);
  });
});
