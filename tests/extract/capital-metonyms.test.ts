/**
 * Capitals and demonyms read as states from the country data (lexicon/entities.ts): a capital that
 * is as often a person or another place stands for its state only in an article naming that state;
 * a demonym two states share belongs to the one whose name it opens. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const states = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "state")
    .map((e) => e.key);

describe("an ambiguous capital", () => {
  it("stands for its state where the article names the state", () => {
    const hit = "Hackers took Libya's oil ministry offline in June.";
    const thanked = extract(`${hit} Egypt sent experts. Tripoli thanked Tunisia for its help.`);
    expect(hasClaim(thanked, "assisted", "state:tunisia", "state:libya")).toBe(true);
    expect(hasClaim(thanked, "assisted", "state:tunisia", "state:egypt")).toBe(false);
    const blamed = extract(`${hit} Tripoli blamed Russia for the attack.`);
    const claim = blamed.claims.find((c) => c.type === "attributed-to" && c.target === "state:russia");
    expect(claim?.claimants).toContain("state:libya");
  });

  it("is no state where the article never names it", () => {
    expect(states("Lima announced that the new plant would open in spring.")).toEqual([]);
  });
});

describe("a demonym two states share", () => {
  it("belongs to the state whose name it opens", () => {
    expect(states("Dominican prosecutors charged two men over the customs breach.")).toEqual([
      "state:dominican-republic",
    ]);
  });
});
