/** A lower-case body phrase set off after a named body describes it (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const agencyLabels = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "agency")
    .map((e) => e.label);

describe("a described body is no second body", () => {
  it("reads 'the BSI, Germany's cyber security agency.' as the BSI alone", () => {
    expect(agencyLabels("On Monday the samples went to the BSI, Germany's cyber security agency.")).toEqual([
      "Federal Office for Information Security",
    ]);
  });

  it("reads a description with an owner phrase of its own ('Germany's main intelligence agency')", () => {
    expect(agencyLabels("The leak was traced to the BSI, Germany's main intelligence agency.")).toEqual([
      "Federal Office for Information Security",
    ]);
  });

  it("reads a description with no owner ('the NCSC, the tax agency.') as the named body", () => {
    const labels = agencyLabels("Ghana said the records came from the NCSC, the tax agency.");
    expect(labels.some((l) => /tax agency/i.test(l))).toBe(false);
  });

  it("keeps a body after a fronted phrase that ends on a named body ('Like NATO, Ghana's tax agency, which')", () => {
    const labels = agencyLabels(
      "Like NATO, Ghana's tax agency, which runs the same mail software, lost its archive on Friday.",
    );
    expect(labels.some((l) => /Tax Agency/i.test(l))).toBe(true);
  });

  it("keeps a body in a list whose next member has no article ('the tax agency, two hospitals and')", () => {
    const labels = agencyLabels(
      "Ghana said intruders reached the NCSC, the tax agency, two hospitals and a port over the weekend.",
    );
    expect(labels.some((l) => /tax agency/i.test(l))).toBe(true);
  });

  it("keeps a state's body named after an organization ('NATO, Ghana's tax agency.')", () => {
    const labels = agencyLabels("Ghana said the intruders reached NATO, Ghana's tax agency.");
    expect(labels.some((l) => /Tax Agency/i.test(l))).toBe(true);
  });

  it("keeps a body that is one member of a list after the named one", () => {
    const labels = agencyLabels("Ghana said the NCSC, the tax agency and the central bank were all hit.");
    expect(labels.some((l) => /tax agency/i.test(l))).toBe(true);
  });

  it("keeps a body whose owner is another state than the named body's", () => {
    const labels = agencyLabels(
      "The BSI shared the samples with the NCSC, Ghana's cyber security agency, on Monday.",
    );
    expect(labels.some((l) => /Cyber Security Agency/i.test(l))).toBe(true);
  });
});
