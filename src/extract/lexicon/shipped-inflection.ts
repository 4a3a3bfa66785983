/**
 * The default lemmas' inflected forms, computed when the extractor is bundled
 * (src/cli/worker/shipped-inflection.ts replaces this module with them as data) rather than at
 * every extracting thread's start, where conjugating and pluralising the lists and writing each
 * form list as a trie took some 0.2 CPU-seconds per thread. Run from the TypeScript sources (the
 * tests, a first run before the bundle exists) there is none, and the lemmas are inflected as ever.
 */
import type { NounForms, VerbForms, VerbList, NounList } from "./words";

export interface ShippedInflection {
  /** The lemmas they were made from (`lemmaKey`): other lemmas (a caller's extra ones) are inflected afresh. */
  key: string;
  verbs: Record<VerbList, VerbForms>;
  nouns: Record<NounList, NounForms>;
}

const shipped: ShippedInflection | undefined = undefined;
export default shipped;
