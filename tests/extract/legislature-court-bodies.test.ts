/**
 * Legislatures, courts and a head of state's office named as bodies ("the Supreme Court of Justice",
 * "the Chamber of Deputies", "the House of Representatives"): agencies of their state, as gold types
 * them; a chamber of businesses and a building called a house are not. Every sentence is invented
 * for this file.
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { extract, hasClaim, testGazetteer } from "./helpers";

const wire = (body: string) => `QUITO, 3 March 2026 (AFP) - ${body}`;
/** The entity whose label opens with `label` ("Supreme Court of Justice of Bolivia" for a generic name). */
const entityOf = (text: string, label: string) =>
  extract(wire(text)).entities.find((e) => e.label.startsWith(label));

describe("legislatures and courts", () => {
  it("reads a court owned by a possessive state as that state's agency", () => {
    const court = entityOf(
      "Intruders erased the docket servers of Bolivia's Supreme Court of Justice late on Sunday.",
      "Supreme Court of Justice",
    );
    expect(court?.type).toBe("agency");
    expect(court?.country).toBe("state:bolivia");
  });

  it("reads a chamber of a legislature and a presidency as agencies", () => {
    const text =
      "Intruders read the mail of Ecuador's Chamber of Deputies and defaced the site of the Ecuadorian Presidency.";
    expect(entityOf(text, "Chamber of Deputies")?.type).toBe("agency");
    expect(entityOf(text, "Presidency")?.type).toBe("agency");
  });

  it("reads 'House of' a legislature's members as a body, wherever the house stands", () => {
    const text =
      "A flood of junk traffic took the portal of Peru's House of Representatives offline on Friday.";
    expect(entityOf(text, "House of Representatives")?.type).toBe("agency");
  });

  it("leaves a chamber of commerce a business association, not a state's body", () => {
    const text = "Vandals defaced the portal of the National Chamber of Commerce of Ecuador on Friday.";
    expect(extract(wire(text)).entities.filter((e) => e.type === "agency")).toEqual([]);
  });

  it("reads a court of no state written only with a state court's word in its name", () => {
    const text = "Across Ecuador, floods of junk traffic took the Constitutional Court's portal offline.";
    expect(entityOf(text, "Constitutional Court")?.type).toBe("agency");
    const chess = "The Court of Arbitration for Chess said on Friday that its servers were breached in May.";
    expect(extract(wire(chess)).entities.filter((e) => e.type === "agency")).toEqual([]);
  });

  it("reads a congress a state owns as its agency, and a party called a congress as none", () => {
    expect(entityOf("Intruders read the mail of Ecuador's Congress for a month.", "Congress")?.type).toBe(
      "agency",
    );
    expect(entityOf("Intruders read the mail of the Bolivian Congress for a month.", "Congress")?.type).toBe(
      "agency",
    );
    for (const text of [
      "Intruders leaked the mail of the Andean National Congress, a party in Ecuador, in May.",
      "Intruders leaked the mail of the Ecuadorian Workers Congress, a party, in May.",
    ])
      expect(extract(wire(text)).entities.filter((e) => e.type === "agency")).toEqual([]);
  });

  it("reads no body in a house that is a building or a think tank", () => {
    const text = "Scholars at Harbour House said on Friday that the intrusion looked like Russian work.";
    expect(extract(wire(text)).entities.filter((e) => /House/.test(e.label))).toEqual([]);
  });
});

describe("an international body's assembly (REVIEW21 pass 4)", () => {
  /** The shared test gazetteer with an international organisation whose assembly has a name of its own. */
  const withCouncil = createExtractionContext(
    {
      entities: [
        ...testGazetteer.entities,
        {
          key: "organization:council-of-europe",
          label: "Council of Europe",
          type: "organization",
          aliases: [],
        },
      ],
    },
    { referenceYear: 2026 },
  );
  const read = (body: string) => extractDocument({ id: "doc.txt", text: wire(body) }, withCouncil);

  it("mints no body named after the organisation its assembly belongs to", () => {
    const hit = read("Intruders breached the Parliamentary Assembly of the Council of Europe in June 2025.");
    expect(hit.entities.some((e) => e.key === "agency:council-of-europe")).toBe(false);
    expect(hasClaim(hit, "attacked", "incident:*", "organization:council-of-europe")).toBe(true);
    const speaking = read(
      "The Parliamentary Assembly of the Council of Europe denounced the June 2025 breach of Chile's tax office.",
    );
    expect(speaking.entities.some((e) => e.key === "agency:council-of-europe")).toBe(false);
  });

  it("reads an alliance's assembly as no state's agency", () => {
    const ex = extract("Intruders wiped the mail servers of the NATO Parliamentary Assembly in June 2025.");
    expect(ex.entities.filter((e) => e.type === "agency")).toEqual([]);
    expect(hasClaim(ex, "attacked", "incident:*", "organization:nato")).toBe(true);
  });

  it("reads a union's congress as no state's agency even with a state owning it", () => {
    const ex = extract("Intruders wiped the mail servers of Ecuador's Trades Union Congress in June 2025.");
    expect(ex.entities.filter((e) => e.type === "agency")).toEqual([]);
  });
});
