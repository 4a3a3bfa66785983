/**
 * An office whose body the title names by a possessive or a noun of its kind: "Its chief
 * executive, X" (the possessive names the body, whatever a head title heads), "the centre's
 * spokeswoman, X" (either spelling), "the firm's chief analyst, X" (a company noun names the
 * company just named), "who leads research at the lab" ("Labs" in the name). Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

describe("an office held in the body a possessive or a kind noun refers back to", () => {
  it("reads 'Its chief executive, X' as the head of the body just named", () => {
    const ex = extract(
      "Hackers took Borvale Water Holdings offline on Sunday. Its chief executive, Odile Marchetti, said supply was safe.",
    );
    expect(
      hasClaim(ex, "affiliated-with", "person:odile-marchetti", "organization:borvale-water-holdings"),
    ).toBe(true);
  });

  it("matches 'the centre' to a body spelt 'Center'", () => {
    const ex = extract(
      "The Lisk National Cyber Security Center opened an inquiry. The centre's spokeswoman, Odile Marchetti, gave no timeline.",
    );
    const affiliations = ex.claims.filter(
      (c) => c.type === "affiliated-with" && c.source === "person:odile-marchetti",
    );
    expect(affiliations.map((c) => c.target)).toEqual([
      expect.stringMatching(/^agency:.*national-cyber-security-center$/),
    ]);
  });

  it("reads 'the firm's' and 'at the lab' as the company just named", () => {
    const ex = extract(
      "Korvath Signal Labs traced the implant last week. The firm's chief analyst, Odile Marchetti, spoke to us.",
    );
    expect(
      hasClaim(ex, "affiliated-with", "person:odile-marchetti", "organization:korvath-signal-labs"),
    ).toBe(true);
    const atLab = extract(
      'Korvath Signal Labs traced the implant. It wiped Borvale Water Holdings. "The code is old," said Piet Aalders, who leads research at the lab.',
    );
    expect(
      hasClaim(atLab, "affiliated-with", "person:piet-aalders", "organization:korvath-signal-labs"),
    ).toBe(true);
    expect(
      hasClaim(atLab, "affiliated-with", "person:piet-aalders", "organization:borvale-water-holdings"),
    ).toBe(false);
  });

  it("gives a person named near a company but with no office in it no affiliation", () => {
    const ex = extract(
      "Korvath Signal Labs traced the implant last week. A customer, Odile Marchetti, said she had not been told.",
    );
    expect(ex.claims.filter((c) => c.type === "affiliated-with")).toEqual([]);
  });
});
