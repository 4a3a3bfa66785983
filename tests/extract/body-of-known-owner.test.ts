/** A body's name running into a known actor after "of" ends there: the actor owns it (invented sentences). */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";

/** A gazetteer body whose name a possessive cuts, as a capitalised run reads it. */
const context = createExtractionContext(
  {
    entities: [
      {
        key: "agency:peoples-coast-guard",
        label: "People's Coast Guard",
        type: "agency",
        country: "state:peru",
        aliases: [],
      },
    ],
  },
  { referenceYear: 2026 },
);

const text = "Analysts tied the breach of the port to the Signals Force of the People's Coast Guard.";

describe("a body named 'X of the <known actor>' whose actor's name the capitals do not cover whole", () => {
  it("is a body of the actor's state, named with its owner", () => {
    const force = extractDocument({ id: "doc.txt", text }, context).entities.find(
      (e) => e.label === "Signals Force",
    );
    expect(force).toMatchObject({ type: "agency", country: "state:peru" });
    expect(force?.aliases).toContain("Signals Force of the People's Coast Guard");
  });

  it("leaves the known actor its own node", () => {
    const entities = extractDocument({ id: "doc.txt", text }, context).entities;
    expect(entities.filter((e) => e.key === "agency:peoples-coast-guard")).toHaveLength(1);
  });
});
