/**
 * A body's initials standing alone after the article named it in full ("the Kenya Revenue Authority
 * ... the attack on KRA"): writers shorten a body's name to its initials once a reader has met the
 * name, defined or not, so the initials are another mention of that body, not a body of their own.
 * Capitals that only happen to spell a body's initials are not: a technical word of the trade ("ICS
 * networks", "bypassed MFA"), a name of its own ("NSO Group"), another owner's body ("Poland's
 * national CERT"), a legal form or an item of a list.
 */
import { noteEntity, type DocumentState } from "../document-state";
import { NAME_WORDS, NEWS_AGENCIES, type PhraseMatch } from "../lexicon";
import type { Sentence } from "../sentences";
import { initialWords, initialsOf, matchesOf } from "../text";
import type { Slot } from "./slots";

/**
 * A run of three to six capitals standing as a word of its own: not part of a hyphenated or dotted
 * code ("KE-CIRT", "CERT.LV"), not a word in capitals' opening ("ABC" of "ABCs").
 */
export const CAPITALS_RUN = /(?<![\p{L}\p{N}\-/.&])\p{Lu}{3,6}(?![\p{L}\p{N}\-/&]|\.\p{L})/gu;

/** A word of a proper name: it opens on a capital (function words such as "of" are skipped by `initialWords`). */
const PROPER_WORD = /^[\p{Lu}\p{N}]/u;

/** A letter in lower case: a name in capitals throughout is a headline's or a masthead's, no body's usual name. */
const LOWER_CASE = /\p{Ll}/u;

/**
 * A name whose words are all proper ("Kenya Revenue Authority"), not a description ("state-owned
 * power company") nor a line in capitals ("HARBOUR PRESS SERVICE").
 */
function properName(name: string): boolean {
  const words = initialWords(name);
  return words.length >= 2 && LOWER_CASE.test(name) && words.every((w) => PROPER_WORD.test(w));
}

/**
 * Technical and generic initialisms, legal forms ("LLC", "PLC") and news agencies ("..., AFP reported"
 * after the Armed Forces of the Philippines): capitals that are never a body's initials.
 */
const NO_BODY_INITIALS = new Set<string>([
  ...NAME_WORDS.technicalInitialisms,
  ...NEWS_AGENCIES,
  ...NAME_WORDS.legalFormWords,
  ...NAME_WORDS.companySuffixes,
]);

/**
 * The word right after a run of capitals, when only spaces part them: a capitalised word makes the
 * run part of a name of its own ("NSO Group", "APT Labs").
 */
const NEXT_WORD = /^[ \t]+([\p{L}][\p{L}-]*)/u;

/** Whether a run of capitals is a technical word or a legal form, never the initials of a body. */
export const spellsNoBody = (run: string): boolean => NO_BODY_INITIALS.has(run);

/**
 * Whether a run of capitals followed by `after` (the text after it) may stand for a body named
 * elsewhere: no technical word or legal form, nor the first word of a longer name ("NSO Group").
 * A lower-case noun after it may be the body's ("KRA network", "VGA engineers"), so "ICS networks"
 * is told by its word alone.
 */
export function mayStandForBody(run: string, after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  return !spellsNoBody(run) && !(next && PROPER_WORD.test(next));
}

/** A possessive after the initials ("the NRA's inspection unit"): they name the owner of the unit that acts. */
const POSSESSIVE_NEXT = /^['’]s?\b/;

/** Whether one of a body's proper names has these initials ("KRA" for "Kenya Revenue Authority"). */
export function hasInitials(names: readonly string[], acronym: string): boolean {
  return names.some((n) => properName(n) && initialsOf(n).includes(acronym));
}

/**
 * The one agency or organization the article named before whose name's initials are `acronym`
 * ("KRA" for "Kenya Revenue Authority", "NSS" for "National Security Service of Armenia"); none
 * when two bodies share them, as then the initials do not say which.
 */
export function bodyWithInitials(state: DocumentState, acronym: string): string | undefined {
  let found: string | undefined;
  for (const e of state.entities.values()) {
    if (e.type !== "agency" && e.type !== "organization") continue;
    if (!hasInitials([e.label, ...e.aliases], acronym)) continue;
    if (found && found !== e.key) return undefined;
    found = e.key;
  }
  return found;
}

/**
 * What stands between an owner and the run it owns: a possessive and at most two lower-case words
 * ("Poland's national CERT"), or nothing ("the Polish NSC"); "Britain sent KRA" owns nothing.
 */
const OWNER_GAP = /^(?:['’]s(?:\s+\p{Ll}[\p{L}-]*){0,2})?\s+$/u;
/** A possessive of a capitalised word right before the run, likewise ("Microsoft's SOC"). */
const POSSESSIVE_BEFORE = /\p{Lu}[\p{L}.-]*['’]s(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u;

/**
 * Whether the run at `start` is owned by someone other than body `key`'s state: a state named right
 * before it that is not the body's ("Poland's national CERT" when the body is Ukraine's), or a
 * possessive of a name that is no state ("Microsoft's SOC").
 */
function ownedByAnother(
  state: DocumentState,
  sentence: Sentence,
  matches: readonly PhraseMatch[],
  start: number,
  key: string,
): boolean {
  const before = sentence.text.slice(0, start - sentence.start);
  const owner = matches.findLast((m) => m.end <= start && OWNER_GAP.test(state.text.slice(m.end, start)));
  if (owner) {
    const type = state.entities.get(owner.key)?.type ?? owner.key.split(":")[0];
    return type === "state" && owner.key !== state.entities.get(key)?.country && owner.key !== key;
  }
  return POSSESSIVE_BEFORE.test(before);
}

/**
 * Adds to a sentence's phrase matches the runs of capitals that are the initials of a body named
 * before (and no name of their own: a dictionary's or one this article gave), as mentions of that
 * body; the article's later sentences find them as that body's local name. A run in brackets after
 * a name ("Mongolia's General Election Commission (GEC)") is that name's definition, read with it.
 */
export function addInitialisms(state: DocumentState, sentence: Sentence, matches: PhraseMatch[]): void {
  let added = false;
  for (const run of matchesOf(CAPITALS_RUN, sentence.text)) {
    const start = sentence.start + run.index;
    const end = start + run[0].length;
    const after = sentence.text.slice(run.index + run[0].length);
    if (state.localNames.has(run[0]) || POSSESSIVE_NEXT.test(after)) continue;
    if (sentence.text[run.index - 1] === "(" && after.startsWith(")")) continue;
    if (!mayStandForBody(run[0], after)) continue;
    if (matches.some((m) => m.start < end && m.end > start)) continue;
    const key = bodyWithInitials(state, run[0]);
    if (!key || ownedByAnother(state, sentence, matches, start, key)) continue;
    state.localNames.set(run[0], key);
    matches.push({ start, end, from: -1, to: -1, key, via: "name" });
    added = true;
  }
  if (added) matches.sort((a, b) => a.start - b.start);
}

/**
 * A body's short form set after its name by a comma ("the Varnland Grid Authority, VGA, said";
 * "..., the VGA."): a run of capitals closing the apposition, not opening a list ("..., VGA and").
 */
const APPOSED_SHORT_FORM = /^,\s+(?:the\s+)?(\p{Lu}{2,6})(?=[,.;:)]|\s*$)/u;

/**
 * After the short form's closing comma, another item of a list ("the Ministry of Finance, NHIA, and
 * the ports authority"; "..., NHIA, the ports authority and ..."): a conjunction, a determiner or a
 * name opens it, where an apposition goes on with the sentence's verb ("..., VGA, said").
 */
// Case-sensitive: under "i", \p{Lu} would take lower-case words too.
export const LIST_GOES_ON = /^,\s*(?:(?:[Aa]nd|[Oo]r|[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\b|\p{Lu})/u;

/**
 * Notes the short forms a sentence (`line`) sets after its bodies' names as those bodies' local
 * names (and aliases), so that later sentences writing the short form alone mention the body.
 * `slots` are the sentence's, in text order; a short form that is itself a slot (a name the
 * dictionary knows), a legal form ("Colonial Pipeline Company, LLC,") or an item of a list is left.
 */
export function noteApposedShortForms(state: DocumentState, line: Sentence, slots: readonly Slot[]): void {
  for (const slot of slots) {
    const entity = state.entities.get(slot.key);
    if (!entity || (entity.type !== "agency" && entity.type !== "organization")) continue;
    const rest = line.text.slice(slot.end - line.start);
    const m = APPOSED_SHORT_FORM.exec(rest);
    if (!m || state.localNames.has(m[1]!)) continue;
    const after = rest.slice(m[0].length);
    if (!mayStandForBody(m[1]!, after) || LIST_GOES_ON.test(after)) continue;
    const at = slot.end + m[0].length - m[1]!.length;
    if (slots.some((s) => s.start < at + m[1]!.length && s.end > at)) continue;
    state.localNames.set(m[1]!, slot.key);
    noteEntity(state, slot.key, { type: entity.type, label: entity.label }, undefined, m[1]);
  }
}
