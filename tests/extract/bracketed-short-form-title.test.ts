/**
 * A body introduced with its short form in brackets after its head's title ("the Deputy Chief of the
 * Survey Office (SO), X"): the short form abbreviates the part after "of", so the body is
 * the Office, not a body named after the title, and the title before it is the person's office.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

describe("a bracketed short form after a title's 'of'", () => {
  it("names the body after 'of', and the person heads it", () => {
    const ex = extract(
      "The Deputy Chief of the Coastal Survey Office (CSO), Dr Ama Owusu, wrote that the charts were safe.",
    );
    const agencies = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(agencies).toEqual(["Coastal Survey Office"]);
    const body = ex.entities.find((e) => e.label === "Coastal Survey Office")!;
    expect(hasClaim(ex, "affiliated-with", "person:ama-owusu", body.key)).toBe(true);
  });

  it("keeps a whole name whose part after 'of' leaves a capital of the short form out", () => {
    const ex = extract("The University of Lisk Teaching Hospital (LUTH) restored its records by noon.");
    expect(ex.entities.map((e) => e.label)).toContain("University of Lisk Teaching Hospital");
  });

  it("keeps the whole name when the part after 'of' is not what the short form abbreviates", () => {
    const ex = extract(
      "The Northern Water Supply Company of Varnland Limited (VNWSCL) restored supply by noon.",
    );
    expect(ex.entities.map((e) => e.label)).toContain("Northern Water Supply Company of Varnland Limited");
  });
});
