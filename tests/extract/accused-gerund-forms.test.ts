import { describe, expect, it } from "vitest";
import { DEFAULT_LEMMAS, inflectLemmas, inflectVerbs } from "../../src/extract/lexicon";
import { accusedGerund } from "../../src/extract/incident-spans";

const words = inflectLemmas(DEFAULT_LEMMAS);

/** Each attack lemma's gerund as written ("gaining access to"): the form whose first word is. */
const gerunds = DEFAULT_LEMMAS.verbs.attack.map((lemma) => {
  const { forms } = inflectVerbs([lemma]);
  return forms.filter((f) => /^\S+ing\b/.test(f)).sort((a, b) => b.length - a.length)[0]!;
});

/** The verb the accused-gerund pattern reads in `text`, if it matches. */
const verbIn = (text: string) => [...text.matchAll(accusedGerund(words))].map((m) => m.groups?.verb)[0];

/**
 * The pattern edits the gerunds' alternation text (a year slot before "to" / "into"), which holds
 * only while each phrasal gerund's "to" ends a branch of it: these fail for a lemma that stops
 * matching, with its year or without.
 */
describe("accused-gerund", () => {
  it("reads every attack gerund after an accusation", () => {
    expect(gerunds.length).toBe(DEFAULT_LEMMAS.verbs.attack.length);
    const missed = gerunds.filter(
      (g) => verbIn(`Ministers accused the unit of ${g} the harbour's systems.`) !== g,
    );
    expect(missed).toEqual([]);
  });

  it("reads a year inside every gerund that ends in 'to' or 'into'", () => {
    const phrasal = gerunds.filter((g) => / (?:to|into)$/.test(g));
    expect(phrasal.length).toBeGreaterThan(2);
    const missed = phrasal.filter((g) => {
      const dated = g.replace(/ (to|into)$/, " in 2011 $1");
      return verbIn(`Ministers accused the unit of ${dated} the harbour's systems.`) !== dated;
    });
    expect(missed).toEqual([]);
  });
});
