/** The standing-relation rules (`membership`, `partners-in`) and the state names they read, with invented sentences. */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `TALLINN, 4 April 2025 (AFP) - ${body}`;

describe("membership rule", () => {
  it("gives every state listed every body listed ('A and B are members of NATO and the EU')", () => {
    const ex = extract(wire("Both Finland and Sweden are members of NATO and the EU."));
    for (const state of ["state:finland", "state:sweden"])
      for (const body of ["organization:nato", "organization:european-union"])
        expect(hasClaim(ex, "member-of", state, body)).toBe(true);
  });

  it("does not make a state named before another clause a member", () => {
    const ex = extract(wire("Finland met Norway, and Sweden is a member of NATO."));
    expect(hasClaim(ex, "member-of", "state:finland", "organization:nato")).toBe(false);
    expect(hasClaim(ex, "member-of", "state:sweden", "organization:nato")).toBe(true);
  });
});

describe("partners-in rule", () => {
  it("makes the subject a member of the bodies its partners are in", () => {
    const ex = extract(wire("Estonia shared the malware samples with its partners in NATO and the EU."));
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:european-union")).toBe(true);
  });

  it("needs the body right after 'partners in' ('its partners in the region')", () => {
    const ex = extract(wire("Estonia briefed its partners in the region before NATO met."));
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(false);
  });
});

describe("demonyms news write beside the reference list's", () => {
  it("reads 'Ecuadorian officials' and 'the Philippine coast guard' as their states", () => {
    const ex = extract(wire("Ecuadorian officials said the Philippine coast guard was hacked."));
    expect(ex.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(["state:ecuador", "agency:philippines-coast-guard"]),
    );
  });
});
