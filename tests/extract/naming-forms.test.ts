import { describe, expect, it } from "vitest";
import { DEFAULT_LEMMAS, inflectLemmas } from "../../src/extract/lexicon";

/**
 * groups.ts `namingForms` writes the naming forms ending in "as" ("tracked as", "known as") as one
 * group, in the place of the first of them: the same matches only while no other naming form
 * ("called", "dubbed") opens on a letter one of them opens on. A new naming lemma that breaks this
 * ("tag" beside "track as") needs the forms written one by one again.
 */
describe("naming forms", () => {
  it("no form without 'as' opens on a letter a form with 'as' opens on", () => {
    const forms = [...inflectLemmas(DEFAULT_LEMMAS).verbs.naming.forms];
    const withAs = new Set(forms.filter((f) => / as$/.test(f)).map((f) => f.charAt(0)));
    expect(withAs.size).toBeGreaterThan(0);
    expect(forms.filter((f) => !/ as$/.test(f) && withAs.has(f.charAt(0)))).toEqual([]);
  });
});
