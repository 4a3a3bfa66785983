/**
 * Speed without a change of output: a capitalised word is parsed by compromise (`nameWordTag`, the
 * first sight of each word costs a parse) only where a title's portfolio may run into a name, and
 * `slugify` skips Unicode decomposition for ASCII names, keying them as before.
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { slugify } from "../../src/model/types";
import { testGazetteer } from "./helpers";

describe("the portfolio before a name", () => {
  const text = [
    "Minister of Coastal Affairs Idris Kallenby said the pumps failed on Tuesday.",
    "Engineers from Varnholt Water worked through the night at Osterby Reservoir.",
  ].join(" ");

  it("is still read past when a title stands before it", () => {
    const context = createExtractionContext(testGazetteer, { referenceYear: 2026 });
    const persons = extractDocument({ id: "doc.txt", text }, context).entities.filter(
      (e) => e.type === "person",
    );
    expect(persons.map((p) => [p.label, p.role])).toContainEqual([
      "Idris Kallenby",
      "Minister of Coastal Affairs",
    ]);
  });

  // A guard of the parse count, not of output: it reads the lexicon's cache of compromise's tags.
  it("guards the parse count: no compromise parse of capitalised words no title stands before", () => {
    const context = createExtractionContext(testGazetteer, { referenceYear: 2026 });
    extractDocument({ id: "doc.txt", text }, context);
    for (const word of ["Engineers", "Varnholt", "Osterby"])
      expect(context.lexicon.nameWordTags.has(word)).toBe(false);
  });
});

describe("slugify", () => {
  it("keys ASCII and accented names as before", () => {
    expect(slugify("Jean-Noël Barrot")).toBe("jean-noel-barrot");
    expect(slugify("Ministry of Defence's Cyber Unit")).toBe("ministry-of-defences-cyber-unit");
    expect(slugify("  Grupo Ñandú  ")).toBe("grupo-nandu");
    // Compatibility forms decompose too: a ligature, full-width letters.
    expect(slugify("Oﬃce ＡＢＣ")).toBe("office-abc");
  });
});
