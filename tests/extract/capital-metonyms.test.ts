/**
 * Capitals and demonyms read as states from the country data (lexicon/entities.ts): a capital that
 * is as often a person or another place stands for its state only in an article naming that state;
 * a demonym two states share belongs to the one whose name it opens. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { entitiesOfType, extract, hasClaim } from "./helpers";

const states = (text: string) => entitiesOfType(text, "state").map((e) => e.key);

describe("an ambiguous capital", () => {
  it("stands for its state where the article names the state", () => {
    const hit = "Hackers took Libya's oil ministry offline in June.";
    const asked = extract(`${hit} Egypt sent experts. Tripoli asked Italy for technical support.`);
    expect(hasClaim(asked, "requested-help", "state:libya", "state:italy")).toBe(true);
    const blamed = extract(`${hit} Tripoli blamed Russia for the attack.`);
    const claim = blamed.claims.find((c) => c.type === "attributed-to" && c.target === "state:russia");
    expect(claim?.claimants).toContain("state:libya");
  });

  it("is no state opening a longer name", () => {
    const text =
      "Hackers leaked files from Chile's tax office on 2 May. Santiago Pena, Paraguay's president, condemned the attack.";
    expect(hasClaim(extract(text), "condemned", "state:chile", "incident:*")).toBe(false);
  });

  it("is no state where the article never names it", () => {
    expect(states("Lima announced that the new plant would open in spring.")).toEqual([]);
  });
});

describe("a demonym two states share", () => {
  it("belongs to the state whose name it opens", () => {
    expect(states("A Dominican court jailed a hacker on Friday.")).toEqual(["state:dominican-republic"]);
  });
});
