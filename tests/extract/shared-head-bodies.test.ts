/** Two names before a plural head they share are two bodies of that kind (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const labelsOf = (text: string) => extract(text).entities.map((e) => `${e.type}:${e.label}`);

describe("names sharing a plural head", () => {
  it("reads two hospitals, the qualifier in each name, not two persons", () => {
    const labels = labelsOf(
      "Nurses at the Alma Rosa and Pedro Vidal teaching hospitals kept paper charts after ransomware hit on Sunday.",
    );
    expect(labels).toContain("agency:Alma Rosa Teaching Hospital");
    expect(labels).toContain("agency:Pedro Vidal Teaching Hospital");
    expect(labels.some((l) => l.startsWith("person:"))).toBe(false);
  });

  it("reads two airports, a place's possessive before the second name left out", () => {
    const labels = labelsOf(
      "Departure boards at Kovna's Ostrel and Port Lesk's Marrow Bay airports went dark on Friday.",
    );
    expect(labels).toContain("organization:Ostrel Airport");
    expect(labels).toContain("organization:Marrow Bay Airport");
  });

  it("keeps the bare name as an alias, for a later short mention", () => {
    const body = extract("The Alma Rosa and Pedro Vidal hospitals lost their records in May.").entities.find(
      (e) => e.label === "Alma Rosa Hospital",
    );
    expect(body?.aliases).toContain("Alma Rosa");
  });

  it("makes no body of states or adjectives before the head", () => {
    const labels = labelsOf("Flights from Russian and Belarusian airports were cancelled, Germany said.");
    expect(labels.some((l) => /Airport$/.test(l))).toBe(false);
    const states = labelsOf("Germany and Russia hospitals signed a research agreement in May.");
    expect(states.some((l) => /Hospital$/.test(l))).toBe(false);
  });

  it("makes no body of days or months", () => {
    const labels = labelsOf("Monday and Tuesday airports stayed open despite the strike in Germany.");
    expect(labels.some((l) => /Airport$/.test(l))).toBe(false);
  });
});
