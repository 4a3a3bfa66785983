/**
 * A body's initials standing alone after the article named it in full ("the Kenya Revenue Authority
 * ... the attack on KRA"): writers shorten a body's name to its initials once a reader has met the
 * name, defined or not, so the initials are another mention of that body, not a body of their own.
 */
import { noteEntity, type DocumentState } from "../document-state";
import type { PhraseMatch } from "../lexicon";
import type { Sentence } from "../sentences";
import { initialsOf, matchesOf } from "../text";
import type { Slot } from "./slots";

/**
 * A run of three to six capitals standing as a word of its own: not part of a hyphenated or dotted
 * code ("KE-CIRT", "CERT.LV"), not a word in capitals' opening ("ABC" of "ABCs").
 */
const CAPITALS_RUN = /(?<![\p{L}\p{N}\-/.&])\p{Lu}{3,6}(?![\p{L}\p{N}\-/&]|\.\p{L})/gu;

/** A word of a proper name: it opens on a capital (function words such as "of" are skipped by `initialsOf`). */
const PROPER_WORD = /^[\p{Lu}\p{N}]/u;

/** Function words a name keeps in lower case ("Ministry of the Interior"): `initialsOf` skips them. */
const FUNCTION_WORD = /^(?:of|and|the|for|on|in)$/i;

/** A letter in lower case: a name in capitals throughout is a headline's or a masthead's, no body's usual name. */
const LOWER_CASE = /\p{Ll}/u;

/**
 * A name whose words are all proper ("Kenya Revenue Authority"), not a description ("state-owned
 * power company") nor a line in capitals ("HARBOUR PRESS SERVICE").
 */
function properName(name: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => w && !FUNCTION_WORD.test(w));
  return words.length >= 2 && LOWER_CASE.test(name) && words.every((w) => PROPER_WORD.test(w));
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
 * Adds to a sentence's phrase matches the runs of capitals that are the initials of a body named
 * before (and no name of their own: a dictionary's or one this article gave), as mentions of that
 * body; the article's later sentences find them as that body's local name.
 */
export function addInitialisms(state: DocumentState, sentence: Sentence, matches: PhraseMatch[]): void {
  let added = false;
  for (const run of matchesOf(CAPITALS_RUN, sentence.text)) {
    const start = sentence.start + run.index;
    const end = start + run[0].length;
    if (state.localNames.has(run[0]) || POSSESSIVE_NEXT.test(state.text.slice(end, end + 3))) continue;
    if (matches.some((m) => m.start < end && m.end > start)) continue;
    const key = bodyWithInitials(state, run[0]);
    if (!key) continue;
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
 * Notes the short forms a sentence sets after its bodies' names as those bodies' local names (and
 * aliases), so that later sentences writing the short form alone mention the body. `slots` are the
 * sentence's, in text order; a short form that is itself a slot (a name the dictionary knows) is left.
 */
export function noteApposedShortForms(state: DocumentState, slots: readonly Slot[]): void {
  for (const slot of slots) {
    const entity = state.entities.get(slot.key);
    if (!entity || (entity.type !== "agency" && entity.type !== "organization")) continue;
    const m = APPOSED_SHORT_FORM.exec(state.text.slice(slot.end, slot.end + 16));
    if (!m || state.localNames.has(m[1]!)) continue;
    const at = slot.end + m[0].length - m[1]!.length;
    if (slots.some((s) => s.start < at + m[1]!.length && s.end > at)) continue;
    state.localNames.set(m[1]!, slot.key);
    noteEntity(state, slot.key, { type: entity.type, label: entity.label }, undefined, m[1]);
  }
}
