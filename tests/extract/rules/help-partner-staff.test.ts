/**
 * Deliver rule, a team working beside a body's own people ("alongside the agency's network
 * engineers", "with its investigators"): the body the people belong to is the one helped, in
 * whatever form the verb of working takes, once one of the two is the side hit. Thanks rule: an
 * acronym no entity was read from, as the thanker, thanks for no guessed state.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `LA PAZ, 9 June 2025 (AP) - ${body}`;
const hit = "A ransomware attack hit Bolivia's customs agency last week. ";
const assisted = (text: string) =>
  extract(wire(`${hit}${text}`))
    .claims.filter((c) => c.type === "assisted")
    .map((c) => `${c.source} > ${c.target}`);
const helpsCustoms = (claims: string[], helper: string) =>
  claims.some((c) => c.startsWith(`${helper} > agency:`) && c.includes("customs"));

describe("deliver rule, working beside a body's own people", () => {
  it("gives the help to the body whose people the team works beside, not to its state", () => {
    const cases: Array<[string, string]> = [
      [
        "agency:ncsc-uk",
        "Three NCSC analysts spent the weekend working alongside the customs agency's network engineers.",
      ],
      [
        "agency:bsi",
        "For a week two BSI engineers worked on site alongside the customs agency's own technicians.",
      ],
    ];
    for (const [helper, text] of cases) {
      const ex = assisted(text);
      expect(helpsCustoms(ex, helper)).toBe(true);
      expect(ex.some((c) => c.endsWith("> state:bolivia"))).toBe(false);
    }
  });

  it("reads 'its' people as the one that asked the team's senders for help in the sentence", () => {
    const ex = assisted(
      "Three NCSC analysts are now in La Paz working alongside its investigators, after the customs agency sought assistance from the NCSC.",
    );
    expect(helpsCustoms(ex, "agency:ncsc-uk")).toBe(true);
  });

  it("makes the people's body help when the side hit is the one working beside them", () => {
    const ex = assisted(
      "The customs agency has since been working with NCSC engineers to rebuild its servers.",
    );
    expect(helpsCustoms(ex, "agency:ncsc-uk")).toBe(true);
    expect(ex.some((c) => /^agency:bolivia-customs-agency >/.test(c))).toBe(false);
  });

  it("reads no help beside anyone but a body's own people, nor in cooperation between bodies not hit", () => {
    expect(assisted("Germany's BSI, working with the press, published the indicators on Monday.")).toEqual(
      [],
    );
    expect(assisted("Analysts say the hackers spent months working with Russian officers.")).toEqual([]);
    expect(
      assisted("The FBI, working with Europol's cybercrime unit, arrested two suspects in Spain."),
    ).toEqual([]);
    expect(assisted("Germany's BSI has worked for years with Interpol's cybercrime unit.")).toEqual([]);
  });

  it("does not read the helper's own people, named by 'its', as the customs agency's", () => {
    const ex = assisted("Germany's BSI said it is working with its engineers on a new standard.");
    expect(helpsCustoms(ex, "agency:bsi")).toBe(false);
  });
});

describe("thanks rule, a thanker named by an acronym no entity was read from", () => {
  const thanks = (text: string) => assisted(text).filter((c) => c.startsWith("agency:bsi"));

  it("gives such thanks to no one, not to the state the article is about", () => {
    expect(thanks("Late on Friday ANB thanked Germany's BSI for its support.")).toEqual([]);
  });

  it("still gives the thanks of a pronoun, a described office or a common noun to the state hit", () => {
    for (const text of [
      "He thanked Germany's BSI for its rapid help.",
      "On Friday the minister thanked Germany's BSI for its rapid help.",
      "Officials thanked Germany's BSI for its rapid help.",
    ])
      expect(thanks(text)).toEqual(["agency:bsi > state:bolivia"]);
  });
});
