/**
 * A known body described under its state's demonym ("Norwegian military intelligence") is found
 * when the state is written as its possessor ("Norway's military intelligence"), and the state
 * stays named too. Facilities named like a company ("X International Airport") are organizations.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import type { Gazetteer } from "../../src/model";
import { createExtractionContext, extractDocument } from "../../src/extract";

const gazetteer: Gazetteer = {
  entities: [
    {
      key: "agency:norway-military-intelligence",
      label: "Etterretningstjenesten",
      type: "agency",
      aliases: ["Norwegian military intelligence", "Norwegian Intelligence Service"],
      country: "state:norway",
    },
  ],
};
const context = createExtractionContext(gazetteer, { referenceYear: 2026 });
const wire = (body: string) => `OSLO, 3 March 2026 (Reuters) - ${body}`;
const keysOf = (body: string) => extractDocument({ id: "doc.txt", text: wire(body) }, context).entities;

describe("a known body written after its state as possessor", () => {
  it("reads the state and its body", () => {
    const entities = keysOf(
      "Analysts said Norway's military intelligence had tracked the intruders for a year.",
    );
    const body = entities.find((e) => e.key === "agency:norway-military-intelligence");
    expect(body?.mentions[0]).toBeDefined();
    expect(entities.some((e) => e.key === "state:norway")).toBe(true);
  });

  it("reads another state's possessive as that state only, not the body", () => {
    const entities = keysOf(
      "Analysts said Sweden's military intelligence had tracked the intruders for a year.",
    );
    expect(entities.some((e) => e.key === "agency:norway-military-intelligence")).toBe(false);
    expect(entities.some((e) => e.key === "state:sweden")).toBe(true);
  });

  it("leaves the demonym's own form to the alias", () => {
    const entities = keysOf("Norwegian military intelligence said it had tracked the intruders for a year.");
    expect(entities.some((e) => e.key === "agency:norway-military-intelligence")).toBe(true);
  });
});

describe("airports named like companies", () => {
  it("reads a capitalised name ending in 'Airport' as an organization", () => {
    const entities = keysOf("Hackers froze the check-in desks at Vardø International Airport on Monday.");
    expect(entities.find((e) => e.label === "Vardø International Airport")?.type).toBe("organization");
  });

  it("leaves a state written as possessor out of the airport's name", () => {
    const entities = keysOf("Hackers froze the departure boards at Norway's Gimle Airport on Monday.");
    expect(entities.find((e) => /Airport/.test(e.label))?.label).toBe("Gimle Airport");
    expect(entities.some((e) => e.key === "state:norway")).toBe(true);
  });

  it("reads no airport in a bare 'the Airport' or a lower-case 'airport'", () => {
    const entities = keysOf("The Airport said the airport in Bodø had reopened after the outage.");
    expect(entities.filter((e) => /airport/i.test(e.label))).toEqual([]);
  });
});
