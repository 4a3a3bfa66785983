/**
 * A group whose name closes a bracket ("NoName057(16)" in the gazetteer, here the invented
 * "Tallow07(3)") is read as words up to its last digit; the bracket it opened still belongs to the
 * name, so the attack verb after it is the group's and the group is the attacker (INC22). Invented
 * wire copy.
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { attackedTargets, hasClaim, incidents, testGazetteer } from "./helpers";

const context = createExtractionContext(
  {
    entities: [
      ...testGazetteer.entities,
      { key: "group:tallow07-3", label: "Tallow07(3)", type: "group", aliases: ["Tallow07"] },
    ],
  },
  { referenceYear: 2026 },
);
const extract = (body: string) =>
  extractDocument({ id: "doc.txt", text: `TALLINN, 9 March 2026 (BNS): ${body}` }, context);

describe("a group named with a closing bracket attacks", () => {
  it("reads the verb after the bracket as the group's attack on the body it names", () => {
    for (const text of [
      "The hacktivist crew Tallow07(3) took down the website of the Estonian Ministry of Defence on Monday.",
      "Tallow07(3) attacked the Estonian Ministry of Defence on Monday, officials said.",
    ]) {
      const ex = extract(text);
      expect(attackedTargets(ex).join(" "), text).toContain("agency:estonia-ministry-of-defence");
      expect(hasClaim(ex, "attributed-to", "incident:*", "group:tallow07-3"), text).toBe(true);
    }
  });

  it("reads no attack when the group only speaks or posts after its name", () => {
    for (const text of [
      "Tallow07(3) posted a video on Monday mocking the Estonian Ministry of Defence.",
      "Tallow07(3) said on Monday that the Estonian Ministry of Defence had ignored its demands.",
    ]) {
      const ex = extract(text);
      expect(incidents(ex), text).toHaveLength(0);
    }
  });
});
