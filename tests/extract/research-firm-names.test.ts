/**
 * Threat-research firms the gazetteer lacks, named by their last words ("Orrin Labs", "Veldt Threat
 * Research"): organizations wherever they are written, in a transcript's turn label, after "of", or
 * after where they are based ("Lisbon-based Orrin Labs", which is no part of the name), and again
 * by the words before "Labs" ("Orrin said"). Lower-case labs and a research unit inside another
 * name are no firm. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const wire = (body: string) => `LISBON, 3 March 2026 (Reuters) - ${body}`;
const organizations = (text: string) =>
  extract(wire(text))
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.label);

describe("research firms named by their last words", () => {
  it("reads a name ending in Labs as a firm, which speaks for its researcher", () => {
    const out = extract(
      wire("Marta Quintela of Orrin Signal Labs said the wiper attack was the work of APT29."),
    );
    expect(out.entities.find((e) => e.label === "Orrin Signal Labs")?.type).toBe("organization");
    const claim = out.claims.find((c) => c.type === "attributed-to" && c.target === "group:apt29");
    expect(claim?.claimants).toContain("organization:orrin-signal-labs");
  });

  it("finds the firm again by its name without Labs", () => {
    const out = extract(
      wire("A report by Tagus Labs came out on Friday. Tagus said the wiper attack was the work of APT29."),
    );
    const claim = out.claims.find((c) => c.type === "attributed-to" && c.target === "group:apt29");
    expect(claim?.claimants).toContain("organization:tagus-labs");
  });

  it("reads a firm named in a transcript's turn label", () => {
    const text =
      "HOST: Who is behind it?\nRUI SALGADO (Veldt Threat Research): We think it is a criminal crew.";
    expect(organizations(text)).toContain("Veldt Threat Research");
  });

  it("leaves where a firm is based out of its name", () => {
    const text =
      "The crew is most likely state-backed, according to a report by Porto-based Tagus Labs on Friday.";
    expect(organizations(text)).toEqual(["Tagus Labs"]);
  });

  it("reads no firm from lower-case labs or a threat-research word inside a sentence", () => {
    for (const text of [
      "The ministry said its research labs in Braga had not been touched by the intrusion.",
      "Samples were sent to the threat research team of the national police for analysis.",
      "The Threat Research unit said on Friday that the samples were still being studied.",
    ])
      expect(organizations(text)).toEqual([]);
  });
});
