/**
 * A military invasion a cyber story is set in is its background: no claim has it for an end. A coup
 * plot the story accuses someone of is still an incident with claims. Every sentence is invented
 * for this file.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const wire = (body: string) => `PODGORICA, 9 October 2025 (AFP) - ${body}`;
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
      "Hackers wiped the payroll servers of the Montenegrin Ministry of Finance on Monday, and Montenegro " +
      "blamed Russia for the attack. Moscow has listed Montenegro as unfriendly since it joined the " +
      "sanctions imposed over Russia's invasion of Ukraine.";
    const ends = incidentEnds(text);
    expect(ends.some(([, kind]) => kind === "invasion")).toBe(false);
    expect(ends).toContainEqual(["attributed-to", "cyber"]);
  });

  it("keeps the claims on a coup plot the story accuses someone of", () => {
    const text =
      "Montenegro's prosecutor said Russian agents organised the failed coup plot against the government.";
    expect(incidentEnds(text).some(([, kind]) => kind === "coup-plot")).toBe(true);
  });
});
