/** Whether a name reads as a person's: compromise tags of its words. */
import nlp from "compromise";
import type { Lexicon, NameWordTag } from "../lexicon";

/** compromise's tags for one capitalised word, read alone ("Silva": LastName), remembered by the lexicon. */
export function nameWordTag(lexicon: Lexicon, word: string): NameWordTag {
  let tag = lexicon.nameWordTags.get(word);
  if (tag === undefined) {
    const term = nlp(word);
    tag = { given: term.has("#FirstName"), surname: term.has("#LastName") };
    lexicon.nameWordTags.set(word, tag);
  }
  return tag;
}

/**
 * A capitalised run that is a person's name: a given name first and a known surname last ("Maria
 * da Silva", "Jorge Soto"); after a job noun, which already tells a person, any second word will
 * do ("contractor Ana Vell"). Not "Leonardo da Vinci Airport", not "Harlan Rail".
 */
export function readsAsPersonName(lexicon: Lexicon, name: string, jobBefore = false): boolean {
  const words = name.split(/\s+/);
  const [first = ""] = words;
  const last = (words.at(-1) ?? "").replace(/['’]s$/, "");
  if (words.length < 2 || !nameWordTag(lexicon, first).given) return false;
  // "contractor Carmen Logistics", "carrier Rosa Air": an ordinary last word names a firm.
  return jobBefore ? !isOrdinaryWord(last) : nameWordTag(lexicon, last).surname;
}

/** compromise's lexicon tags a person's name word may carry ("Ana", "Quispe"). */
const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);

/** An ordinary English word of compromise's lexicon, not a name word: "Logistics", "Harbor"; not "Soto", "Vell". */
export function isOrdinaryWord(word: string): boolean {
  const { lexicon } = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one;
  const tag = lexicon[word.toLowerCase()];
  return tag !== undefined && !NAME_TAGS.has(tag);
}
