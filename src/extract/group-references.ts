/**
 * "pinned the 2024 breach on the same crew", "tied the outage to the same actors", "it was the same
 * outfit that wiped the servers": a definite "same" phrase headed by a group or attacker noun points
 * back at the threat group the article named last. Where it is no subject it becomes a slot of that
 * group, so every claim rule reads it as it reads the name (an object, an agent, a complement).
 */
import { alternation, COPULAS, GOVERNING_PREPOSITIONS, patternFor, type Words } from "./lexicon";
import { namedLastBefore, type DocumentState } from "./document-state";
import type { Slot } from "./mentions/slots";
import type { Sentence } from "./sentences";
import { matchesOf } from "./text";

/**
 * The phrase: a definite determiner, "same", at most one modifier, a doer's noun (the trigger of
 * the same-group rule too). Doers' nouns only: a "team" or "unit" is as often a responder's.
 */
export const sameDoer = (w: Words) =>
  new RegExp(
    `\\b(?:the|that|this)\\s+same\\s+(?:[\\w-]+\\s+)?(?:${w.nouns.group.any}|${w.nouns.attacker.any}|${w.nouns.culprit.any}|${w.nouns.perpetrator.any})\\b`,
    "gi",
  );

/**
 * What stands right before a phrase that is no subject: a preposition ("traced it to the same
 * group"), a copula ("it was the same crew that"), or a verb of blaming or tying whose object it is
 * ("blamed the same group for"). A subject is left to the same-group rule, which reads its deed.
 */
const objectPosition = (w: Words) =>
  new RegExp(
    `\\b(?:${alternation(GOVERNING_PREPOSITIONS)}|${alternation(COPULAS)}|${w.verbs.blame.any}|${w.verbs.attribute.any})\\s+$`,
    "i",
  );

/** The cheap cue: a sentence without "same" holds no such phrase. */
const SAME = /\bsame\s/i;

/** "the same group of allies", "the same group of countries": a group of others, not the doers. */
const OF_AFTER = /^\s+of\b/i;

/** Adds a slot of the group named last before each "the same group" phrase of the sentence. */
export function resolveGroupPhrases(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  if (!SAME.test(sentence.text)) return;
  for (const m of matchesOf(patternFor(state.lexicon.words, "same-doer", sameDoer), sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (slots.some((s) => s.start < end && s.end > start)) continue;
    if (OF_AFTER.test(state.text.slice(end, sentence.end))) continue;
    const before = state.text.slice(sentence.start, start);
    if (!patternFor(state.lexicon.words, "same-doer-object", objectPosition).test(before)) continue;
    const group = namedLastBefore(state, start, (type) => type === "group");
    if (group) slots.push({ start, end, key: group, kind: "actor", source: "role", possessive: false });
  }
  slots.sort((a, b) => a.start - b.start);
}
