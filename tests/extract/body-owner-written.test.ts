import { describe, expect, it } from "vitest";
import type { Gazetteer } from "../../src/model";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { buildLexicon } from "../../src/extract/lexicon";
import { extract, hasClaim, testGazetteer } from "./helpers";

describe("a body's owner written with its name", () => {
  it("reads a known name owned by a state none of its gazetteer bodies belong to as that state's own body", () => {
    const ex = extract(
      "Iran rejected the charge on Monday, and Iran said the accusers had shown no evidence. The National Cyber Security Centre of Kenya said on Tuesday that a wiper had erased the land records.",
    );
    expect(ex.entities.some((e) => e.key === "agency:ncsc-uk" || e.key === "agency:ncsc-nl")).toBe(false);
    const centre = ex.entities.find(
      (e) => e.type === "agency" && e.label.includes("National Cyber Security Centre"),
    );
    expect(centre?.country).toBe("state:kenya");
    expect(hasClaim(ex, "part-of", centre?.key ?? "", "state:kenya")).toBe(true);
  });

  it("keeps a gazetteer body whose full name holds its state with that state, whatever the article is about", () => {
    const gazetteer: Gazetteer = {
      entities: [
        ...testGazetteer.entities,
        {
          key: "agency:norway-cyber-centre",
          label: "National Cyber Centre of Norway",
          type: "agency",
          aliases: [],
          country: "state:norway",
        },
      ],
    };
    const context = createExtractionContext(gazetteer, { referenceYear: 2026 });
    const ex = extractDocument(
      {
        id: "doc.txt",
        text: "Chile said hackers reached the customs servers of Chile in May. Chile thanked the National Cyber Centre of Norway for its help on Friday.",
      },
      context,
    );
    expect(hasClaim(ex, "part-of", "agency:norway-cyber-centre", "state:norway")).toBe(true);
    expect(
      ex.claims.some(
        (c) => c.type === "part-of" && c.target === "state:chile" && c.source.includes("cyber-centre"),
      ),
    ).toBe(false);
  });
});

describe("a state name written bare before a body's name", () => {
  const gazetteer: Gazetteer = {
    entities: [
      ...testGazetteer.entities,
      {
        key: "agency:crime-bureau",
        label: "Cyber Crime Bureau",
        type: "agency",
        aliases: ["CCB"],
        country: "state:canada",
      },
    ],
  };
  const run = (text: string) =>
    extractDocument({ id: "doc.txt", text }, createExtractionContext(gazetteer, { referenceYear: 2026 }));

  it("is a modifier before a body's own name, which keeps its gazetteer owner", () => {
    const ex = run(
      "Thieves wiped the land registry of Kenya in May 2024. Kenya CCB liaison officers later told reporters that a Russian crew was behind it.",
    );
    expect(ex.entities.some((e) => e.key === "agency:crime-bureau")).toBe(true);
  });

  it("owns a name many states give their bodies", () => {
    const ex = run(
      "Thieves wiped the land registry of Kenya in May 2024. The Kenya National Cyber Security Centre told reporters that a Russian crew was behind it.",
    );
    expect(ex.entities.some((e) => e.key === "agency:ncsc-uk" || e.key === "agency:ncsc-nl")).toBe(false);
    const centre = ex.entities.find((e) => e.label.includes("National Cyber Security Centre"));
    expect(centre?.country).toBe("state:kenya");
  });
});

describe("a state's written names", () => {
  it("include its label, which is how a body's full name says whose it is", () => {
    const lexicon = buildLexicon(testGazetteer);
    for (const info of lexicon.entities.values()) expect(info.aliases).toContain(info.label);
  });
});

describe("regional bodies", () => {
  it("guesses no state for a regional body named with no owner, even when it speaks of an attack", () => {
    const ex = extract(
      "Hackers shut down the customs portal of Latvia on Friday, and Latvia blamed Moscow. The North Atlantic Council condemned the attack on an ally in a statement. The Eurasian Monitoring Agency said its own servers were untouched.",
    );
    const regional = ex.entities.filter(
      (e) => e.label === "North Atlantic Council" || e.label === "Eurasian Monitoring Agency",
    );
    expect(regional.length).toBeGreaterThan(0);
    for (const body of regional) {
      expect(body.country).toBeUndefined();
      expect(ex.claims.some((c) => c.type === "part-of" && c.source === body.key)).toBe(false);
    }
  });
});
