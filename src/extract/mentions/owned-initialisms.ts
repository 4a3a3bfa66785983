/**
 * A public body a state owns, written by its initials alone right after the state's possessive
 * ("Lisk's NDCS", "Orr's national NCSO"): writers name a state's agencies so once the reader is
 * told whose they are, and the possessive says it. The run is that state's body, an agency with
 * its initials as its name, found again by them later. A run the text calls a company's or a
 * party's ("Lisk's state carrier LAC", "Orr's ruling OPP", "..., a listed firm") is not.
 */
import { entityType, type DocumentState } from "../document-state";
import { alternation, NAME_WORDS } from "../lexicon";
import type { Sentence } from "../sentences";
import { matchesOf } from "../text";
import { bodyWithInitials, CAPITALS_RUN, LIST_GOES_ON, mayStandForBody } from "./initialisms";
import { addInstitution } from "./institutions";
import { possessiveMark, type Slot } from "./slots";

/** Lower-case words that make the run beside them no public body's: a company's or a party's. */
const NOT_PUBLIC = new Set<string>([
  ...NAME_WORDS.companyNouns,
  ...NAME_WORDS.organizationDescriptors,
  ...NAME_WORDS.companyOwnership,
  ...NAME_WORDS.nonPublicInitialismWords,
]);

/** Between the possessive and the run: at most two lower-case words ("Lisk's national NDCS"). */
const GAP_WORDS = /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,2})$/u;

/** The lower-case word right after the run ("NDCS analysts", "OPP party"). */
const WORD_AFTER = /^\s+(\p{Ll}[\p{L}-]*)/u;

/** A word with a capital inside right after the run ("BGD e-GOV CIRT"): the run opens a longer name. */
const NAME_GOES_ON = /^\s+\p{Ll}[\p{L}-]*\p{Lu}/u;

/** An apposition after the run that calls it something (", a listed firm"; ", the state carrier"). */
const APPOSITION = /^\s*,\s+(?:a|an|the)\s+([^,.;:]{1,60})/u;

/** Whether any word of `words` is one of NOT_PUBLIC's ("state-owned", "firm", "ruling"). */
const saysNotPublic = (words: string): boolean =>
  words
    .toLowerCase()
    .split(/\s+/)
    .some((w) => NOT_PUBLIC.has(w) || NOT_PUBLIC.has(w.replace(/s$/, "")));

/**
 * Between the owner and a run in apposition: a lower-case description of a public body, up to six
 * words ending in its head, and a comma ("'s national computer emergency team, ").
 */
const DESCRIBED_GAP = new RegExp(
  String.raw`^\s+((?:[\p{Ll}-]+\s+){0,5}(?:${alternation([...NAME_WORDS.institutionHeads, ...NAME_WORDS.describedBodyExtraHeads])})),\s+$`,
  "u",
);

/** A run in apposition closes at a comma, a stop or a bracket, or the sentence's end. */
const APPOSITION_CLOSES = /^(?:[,.;:)]|\s*$)/;

/**
 * The gate of findOwnedInitialisms: a possessive then a run of capitals within two words, or a run of
 * capitals between commas.
 */
export const OWNED_INITIALISM_CUE = /['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}{3}|,\s+\p{Lu}{3,6}[,.;:)]/u;

/**
 * The state owning the run at `start`, from the slot ending nearest before it: a state's possessive
 * (named or by its capital) with at most two lower-case words between that say no company or
 * party ("Lisk's national NDCS"), or before a lower-case description of a body that the run, set
 * between commas, names ("Lisk's cyber agency, NDCS,"). `closes` tells whether the run ends as an
 * apposition does.
 */
function owningState(
  state: DocumentState,
  slots: readonly Slot[],
  start: number,
  closes: boolean,
): Slot | undefined {
  // The finders before this one add their slots out of text order.
  const owner = slots.reduce<Slot | undefined>(
    (best, s) => (s.end <= start && (!best || s.end > best.end) ? s : best),
    undefined,
  );
  if (!owner?.possessive || entityType(state, owner.key) !== "state") return undefined;
  const gap = state.text.slice(owner.end + possessiveMark(state.text, owner.end), start);
  if (owner.source !== "name" && owner.source !== "capital") return undefined;
  const words = GAP_WORDS.exec(gap) ?? (closes ? DESCRIBED_GAP.exec(gap) : null);
  return words && !saysNotPublic(words[1]!) ? owner : undefined;
}

/**
 * Whether the article calls `run` a party's or a company's anywhere, by the word right before or
 * after it ("BJP lawmakers", "the ruling BJP"): a party named bare after its state's possessive
 * ("India's BJP said") reads like an agency there, and the rest of the story tells which it is.
 */
function calledNotPublicElsewhere(text: string, run: string): boolean {
  const beside = new RegExp(String.raw`(\p{Ll}[\p{L}-]*)?\s*\b${run}\b\s*(\p{L}[\p{L}-]*)?`, "gu");
  return matchesOf(beside, text).some((m) => saysNotPublic(`${m[1] ?? ""} ${m[2] ?? ""}`));
}

export function findOwnedInitialisms(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const run of matchesOf(CAPITALS_RUN, sentence.text)) {
    const start = sentence.start + run.index;
    const end = start + run[0].length;
    const after = sentence.text.slice(run.index + run[0].length);
    if (state.localNames.has(run[0]) || !mayStandForBody(run[0], after) || NAME_GOES_ON.test(after)) continue;
    if (slots.some((s) => s.start < end && s.end > start)) continue;
    // Initials of a body the article named before ("Kenya's NSC" after Ghana's National Security
    // Council): the reading of initials (initialisms.ts) decides whose they are.
    if (bodyWithInitials(state, run[0])) continue;
    const owner = owningState(
      state,
      slots,
      start,
      APPOSITION_CLOSES.test(after) && !LIST_GOES_ON.test(after),
    );
    if (!owner) continue;
    const next = WORD_AFTER.exec(after)?.[1] ?? "";
    const apposition = APPOSITION.exec(after)?.[1] ?? "";
    if (saysNotPublic(next) || saysNotPublic(apposition) || calledNotPublicElsewhere(state.text, run[0]))
      continue;
    addInstitution(state, sentence.index, slots, start, end, run[0], owner, run[0]);
  }
}
