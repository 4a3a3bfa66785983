/**
 * Condemn rule: a relative clause that names no actor of its own condemns through its antecedent,
 * the name right before its comma ("the alliance's partner NATO, whose deputy head condemned",
 * "the secretary-general of the European Union, who on Friday condemned"). Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `QUITO, 4 March 2026 (Reuters) - ${body}`;
const hit = "Ransomware froze the ticket machines of Ecuador's metro operator on Monday. ";
const condemned = (ex: ReturnType<typeof extract>, who: string) =>
  hasClaim(ex, "condemned", who, incidents(ex)[0]!.key);

describe("condemn rule, a relative clause's antecedent", () => {
  it.each([
    `${hit}Quito has long worked with NATO, whose deputy head on Wednesday condemned the metro attack.`,
    `${hit}Officials welcomed a note from the secretary-general of the European Union, who late on Friday condemned the incident.`,
  ])("takes the name right before the relative's comma as who condemned (%s)", (text) => {
    const ex = extract(wire(text));
    const who = text.includes("NATO") ? "organization:nato" : "organization:european-union";
    expect(condemned(ex, who)).toBe(true);
  });

  it("takes no antecedent that a word stands between (the relative is said of that word)", () => {
    const ex = extract(
      wire(`${hit}The head of NATO met metro staff, who on Wednesday condemned the metro attack.`),
    );
    expect(condemned(ex, "organization:nato")).toBe(false);
  });

  it.each([
    // a preposition governs the name: the relative is said of its head
    `${hit}The report was drafted by analysts from Portugal, who condemned the metro attack.`,
    `${hit}Police detained two students from Spain, who condemned the metro attack in court.`,
    // an infinitive: nothing was condemned yet
    `${hit}Diplomats said Quito would consult NATO, which is expected to condemn the metro attack.`,
  ])("takes no antecedent that did not condemn (%s)", (text) => {
    const ex = extract(wire(text));
    expect(ex.claims.some((c) => c.type === "condemned")).toBe(false);
  });
});
