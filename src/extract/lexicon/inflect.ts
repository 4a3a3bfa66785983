/**
 * The rules' verb and noun lemmas inflected through compromise's own tables. Apart from words.ts,
 * which holds only the lists: importing compromise builds its whole lexicon (a few hundred
 * milliseconds), and modules that need only a word list (dates.ts, read by the article-dump
 * reader on the ingest command's main thread) do not pay for it.
 */
import nlp from "compromise";
import { trieAlternation } from "./alternations";
import SHIPPED, { type ShippedInflection } from "./shipped-inflection";
import { alternation, mapValues, type Lemmas, type NounForms, type VerbForms, type Words } from "./words";

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

/** compromise's own inflection tables, called without parsing a sentence (parsing is ~1000× slower). */
interface Inflector {
  methods: {
    two: {
      transform: {
        verb: { conjugate(word: string, model: unknown): Conjugation };
        noun: { toPlural(word: string, model: unknown): string };
      };
    };
  };
  model: unknown;
}

function inflector(): Inflector {
  // compromise types `world()` loosely; these two transforms are part of its documented plugin API.
  return nlp.world() as unknown as Inflector;
}

/** Participles compromise's tables lack, so that its past would stand in for them ("ran by" for "run by"). */
const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = { run: "run" };

function conjugate(lemma: string, { methods, model }: Inflector) {
  const [head = lemma, ...rest] = lemma.split(" ");
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  const c = methods.two.transform.verb.conjugate(head, model);
  const regular = head.endsWith("e") ? `${head}d` : `${head}ed`;
  const past = c.PastTense ?? regular;
  return {
    Infinitive: lemma,
    PresentTense: (c.PresentTense ?? `${head}s`) + tail,
    PastTense: past + tail,
    Participle: (c.Participle ?? IRREGULAR_PARTICIPLES[head] ?? past) + tail,
    Gerund: (c.Gerund ?? `${head}ing`) + tail,
    // compromise gives some regular verbs an unchanged past ("siphon", "tweet", "mastermind"):
    // the regular form is added beside it, which costs nothing for a truly unchanged one ("hit").
    RegularPast: past === head ? [regular + tail] : [],
  };
}

function plural(noun: string, { methods, model }: Inflector): string {
  return methods.two.transform.noun.toPlural(noun, model) || `${noun}s`;
}

export function inflectVerbs(lemmas: readonly string[], world = inflector()): VerbForms {
  const all = lemmas.map((l) => conjugate(l, world));
  const present = all.flatMap((c) => [c.Infinitive, c.PresentTense]);
  const past = all.flatMap((c) => [c.PastTense, c.Participle, ...c.RegularPast]);
  const participle = all.flatMap((c) => [c.Participle, ...c.RegularPast]);
  const gerund = all.map((c) => c.Gerund);
  const forms = [...new Set([...present, ...past, ...gerund])];
  return {
    any: trieAlternation(forms),
    present: trieAlternation(present),
    third: trieAlternation(all.map((c) => c.PresentTense)),
    past: trieAlternation(past),
    participle: trieAlternation(participle),
    gerund: trieAlternation(gerund),
    stem: trieAlternation(lemmas.map((l) => l.replace(/e$/, ""))),
    forms,
  };
}

export function inflectNouns(lemmas: readonly string[], world = inflector()): NounForms {
  const forms = [...new Set(lemmas.flatMap((n) => [n, plural(n, world)]))];
  return { any: trieAlternation(forms), forms };
}

/**
 * What shipped forms are checked against: the verb and noun lemmas, every list in order (a few
 * thousand words written out, well under a millisecond).
 */
export const lemmaKey = (lemmas: Pick<Lemmas, "verbs" | "nouns">): string =>
  JSON.stringify([lemmas.verbs, lemmas.nouns]);

/** The verb and noun lists inflected: what the bundle ships for the default lemmas (`ShippedInflection`). */
export function inflectLists(lemmas: Pick<Lemmas, "verbs" | "nouns">): Omit<ShippedInflection, "key"> {
  const world = inflector();
  return {
    verbs: mapValues(lemmas.verbs, (v) => inflectVerbs(v, world)),
    nouns: mapValues(lemmas.nouns, (n) => inflectNouns(n, world)),
  };
}

/**
 * Inflects every list once; the result is what rules build their trigger patterns from. The verb
 * and noun lists' forms are the bundle's (`shipped`) when it carries those of these very lemmas:
 * they are read, never changed, so contexts may share them.
 */
export function inflectLemmas(lemmas: Lemmas, shipped: ShippedInflection | undefined = SHIPPED): Words {
  const { verbs, nouns } = shipped?.key === lemmaKey(lemmas) ? shipped : inflectLists(lemmas);
  return {
    verbs,
    nouns,
    hedges: alternation(lemmas.hedges),
    negation: alternation(lemmas.negations),
    verdict: alternation(lemmas.verdicts),
    dismissal: alternation(lemmas.dismissals),
    patterns: new Map(),
    cueIndexes: new Map(),
  };
}
