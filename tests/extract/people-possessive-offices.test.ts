/**
 * An office whose body the title names by a kind noun: "the centre's deputy head, X" (either
 * spelling of centre/center), "who runs research at the lab" ("Labs" in the name); and "Its chief
 * executive, X" never takes a bloc named last. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

describe("an office held in the body a kind noun refers back to", () => {
  it("matches 'the centre' to a body spelt 'Center'", () => {
    const ex = extract(
      "Officials at the Varnland Cyber Defence Center declined to comment on Tuesday. Speaking later, the centre's deputy head, Odile Marchetti, confirmed the outage.",
    );
    const affiliations = ex.claims.filter(
      (c) => c.type === "affiliated-with" && c.source === "person:odile-marchetti",
    );
    expect(affiliations.map((c) => c.target)).toEqual([
      expect.stringMatching(/^agency:.*cyber-defence-center$/),
    ]);
  });

  it("reads 'at the lab' as the company named with 'Labs'", () => {
    const ex = extract(
      "Harrowgate Labs published a report on the wiper. A clinic in Ghent was also named in it. Piet Aalders, who runs malware research at the lab, briefed reporters.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:piet-aalders", "organization:harrowgate-labs")).toBe(true);
  });

  it("gives 'Its chief executive' no office in a bloc named last", () => {
    const ex = extract(
      "Ransomware hit Borvale Water Holdings on Sunday, and the company said NATO had offered help. Its chief executive, Odile Marchetti, thanked the alliance.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:odile-marchetti", "organization:nato")).toBe(false);
  });

  it("gives a person named near a company but with no office in it no affiliation", () => {
    const ex = extract(
      "Harrowgate Labs published a report on the wiper last week. A customer, Odile Marchetti, said she had not been told.",
    );
    expect(ex.claims.filter((c) => c.type === "affiliated-with")).toEqual([]);
  });
});
