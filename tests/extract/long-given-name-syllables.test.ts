/**
 * A hyphenated given name whose second syllable has five or six letters ("Wen-chieh", "Mi-kyung"):
 * the whole name is the person, so the claims the person makes or the office they hold name the
 * person gold lists, not a truncated "Hsu Wen". English words after a hyphen stay out of a name.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const personLabels = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.label);

describe("a long second syllable of a hyphenated given name", () => {
  it("keeps a five- or six-letter romanised syllable in the name", () => {
    expect(personLabels("Vice Premier Tsao Ming-chieh told lawmakers the backup servers held.")).toEqual([
      "Tsao Ming-chieh",
    ]);
    expect(personLabels("Agency chief Paek Hye-kyung said the outage lasted nine hours.")).toEqual([
      "Paek Hye-kyung",
    ]);
    expect(personLabels("Deputy Minister Yao Chi-hsiung said the grid contracts would be reviewed.")).toEqual(
      ["Yao Chi-hsiung"],
    );
  });

  it("makes the claim with the whole name", () => {
    const x = extract(
      "Premier Tsao Ming-chieh condemned the intrusion at Orchid Harbour Authority, which Taiwan blamed on China.",
    );
    expect(hasClaim(x, "condemned", "person:tsao-ming-chieh", "incident:*")).toBe(true);
    expect(hasClaim(x, "condemned", "person:tsao-ming", "incident:*")).toBe(false);
  });

  it("leaves a longer English word joined by a hyphen out of the name", () => {
    for (const word of ["based", "backed", "linked", "owned", "style"])
      expect(
        personLabels(`Minister Ilse Kessler met the Vardo-${word} delegation on Friday, said Olmo Wexford.`),
      ).not.toContain(`Ilse Kessler Vardo-${word}`);
    expect(personLabels("A Wexford-based analyst, Anouk Brandt, said the Vardo-backed crew did it.")).toEqual(
      ["Anouk Brandt"],
    );
  });
});
