/** Threat groups and companies no gazetteer holds, found by how a sentence introduces them (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const typeOf = (text: string, label: string) => extract(text).entities.find((e) => e.label === label)?.type;

describe("a threat group named as the sentence introduces it", () => {
  it("reads a name after 'tracked as' in wire copy", () => {
    expect(
      typeOf(
        "Investigators tied the outage to a cluster tracked as Hollow Lynx, the regulator said.",
        "Hollow Lynx",
      ),
    ).toBe("group");
  });

  it("reads a quoted name after a naming verb, with or without 'the'", () => {
    expect(
      typeOf('Police said a gang calling itself the "Amber Jackals" defaced the portal.', "Amber Jackals"),
    ).toBe("group");
    expect(
      typeOf(
        "The minister blamed a hacking outfit she called \u201cNight Heron\u201d for the leak.",
        "Night Heron",
      ),
    ).toBe("group");
  });

  it("reads the name an agency gives the group when the verb comes first", () => {
    expect(typeOf("The agency named the group as Copper Wren in its advisory.", "Copper Wren")).toBe("group");
    expect(
      typeOf(
        "In a technical note, the centre named the group, Gravel Moth, and linked it to a military unit.",
        "Gravel Moth",
      ),
    ).toBe("group");
  });

  it("finds the group again by its name later in the article", () => {
    const ex = extract(
      "Analysts followed a crew dubbed Slate Osprey. Slate Osprey later struck a port operator.",
    );
    expect(ex.entities.find((e) => e.label === "Slate Osprey")?.mentions).toHaveLength(2);
  });

  it("makes no group of a state or a lower-case description after a naming verb", () => {
    const ex = extract("Officials called the group a nuisance and named the attack a crime.");
    expect(ex.entities.some((e) => e.type === "group")).toBe(false);
  });
});

describe("a company named by the noun phrase beside it", () => {
  it("reads a name in apposition to a company noun phrase, in several wordings", () => {
    expect(
      typeOf(
        "Ransomware forced Tarn Freight, the state-owned logistics company, to halt its container terminals.",
        "Tarn Freight",
      ),
    ).toBe("organization");
    expect(
      typeOf(
        "The campaign reached Orr Avionics, a Kansas defence contractor that builds radar parts.",
        "Orr Avionics",
      ),
    ).toBe("organization");
    expect(typeOf("Kestrel Mobile, a Singapore-based telecoms operator.", "Kestrel Mobile")).toBe(
      "organization",
    );
  });

  it("takes no sentence-opening adverb or date before a clause for a company", () => {
    const ex = extract(
      "Still, the company said service was restored. On Monday, the firm, which runs ports, was hit.",
    );
    expect(ex.entities.filter((e) => e.type === "organization").map((e) => e.label)).toEqual([]);
  });

  it("leaves a known actor in apposition alone and makes no company of a central bank's name", () => {
    const ex = extract("The Reserve Bank of Lisk, the country's central bank, said NATO experts helped.");
    expect(ex.entities.some((e) => e.type === "organization" && /Reserve Bank/.test(e.label))).toBe(false);
  });
});
