/**
 * A military invasion a cyber story is set in is its background: no claim has it for an end. A coup
 * plot the story accuses someone of is still an incident with claims. Every sentence is invented
 * for this file.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const wire = (body: string) => `SANTIAGO, 9 October 2025 (AFP) - ${body}`;
const incidentEnds = (text: string) => {
  const ex = extract(wire(text));
  const kindOf = new Map(
    ex.entities.filter((e) => e.type === "incident").map((e) => [e.key, e.kind ?? "cyber"]),
  );
  return ex.claims.map((c) => [c.type, kindOf.get(c.source) ?? kindOf.get(c.target)]);
};

describe("an invasion named as a cyber story's background", () => {
  it("gives no attacked or attributed-to claim on the invasion", () => {
    const text =
      "Ransomware encrypted the records servers of the Chilean Ministry of Health on Monday, and Chile " +
      "blamed North Korea for the attack. The crew behind it first surfaced on hacking forums weeks after " +
      "Russia's full-scale invasion of Ukraine, the agency said.";
    const ends = incidentEnds(text);
    expect(ends.some(([, kind]) => kind === "invasion")).toBe(false);
    expect(ends).toContainEqual(["attributed-to", "cyber"]);
  });

  it("keeps the claims on an invasion by a cyber modifier, which is an attack", () => {
    const text =
      "Ecuador blamed Iran for a cyber invasion of its customs service in April 2024. " +
      "Officials said an online invasion of the navy's mail servers in May 2025 was the work of APT35.";
    const ex = extract(wire(text));
    const labelOf = new Map(ex.entities.map((e) => [e.key, e.label]));
    const claims = ex.claims.map((c) => `${c.type} ${labelOf.get(c.target)}`);
    expect(claims).toContain("attributed-to Iran");
    expect(claims).toContain("attributed-to APT35");
  });

  it("keeps the claims on a coup plot the story accuses someone of", () => {
    const text =
      "Peru's prosecutor said Venezuelan agents organised the failed coup plot against the Peruvian government.";
    expect(incidentEnds(text).some(([, kind]) => kind === "coup-plot")).toBe(true);
  });
});
