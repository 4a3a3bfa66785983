/**
 * Claims that name an attack's culprit as the complement of a phrase describing whoever did it:
 * "the group responsible was X", "the culprit is X", "the crew behind the attack, X, ...".
 */
import {
  alternation,
  COPULAS,
  CULPRIT_MODIFIERS,
  CULPRIT_ROLE_WORDS,
  SPONSOR_VERB_ADVERBS,
  type Words,
} from "../lexicon";
import { attribute, negatedBefore } from "./attribution";
import { headsPhraseAt, incidentNear, objectAfter, ownedBody, patternFor, type Frame } from "./frame";
import type { ClaimRule } from "./rule";

/**
 * Whoever did it, described: a culprit noun ("the perpetrator"), or a group or attacker noun with
 * "responsible" or "behind" the attack ("the group responsible", "the hackers behind the breach",
 * "those responsible").
 */
const culpritDescription = (w: Words) =>
  String.raw`\b(?:the|those)\s+(?:(?:${alternation(CULPRIT_MODIFIERS)})\s+)?(?:(?:${w.nouns.culprit.any})|(?:(?:${w.nouns.group.any}|${w.nouns.attacker.any}|${w.nouns.culpritHead.any})\s+)?(?:${alternation(CULPRIT_ROLE_WORDS)}|behind\s+(?:it|them|(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?(?:${w.nouns.attack.any}))))`;

/**
 * "the group responsible was", "the culprit is probably", "the crew behind the attack,": the
 * description, then a copula (an adverb may follow it) or the comma opening an apposition.
 */
const culpritTrigger = (w: Words) =>
  new RegExp(
    String.raw`${culpritDescription(w)}(?:\s*,\s*|\s+(?:${alternation(COPULAS)})\s+(?:(?:${alternation(SPONSOR_VERB_ADVERBS)})\s+)?)`,
    "gi",
  );

/** What closes an apposition's name: a comma or another mark, or the sentence's end. */
const APPOSITION_CLOSE = /^\s*(?:[,;:.!?"”)]|$)/;

/** A noun the name only modifies ("a PLA unit", "an APT28 crew"): the complement's head is no name. */
const modifiedNoun = (w: Words) =>
  new RegExp(`^\\s+(?:${w.nouns.subordinate.any}|${w.nouns.group.any}|${w.nouns.attacker.any})\\b`, "i");

/**
 * "Investigators believe the group responsible was X", "the culprit, X, has struck before": the
 * name heading the complement (or the apposition) is behind the attack the sentence names, else the
 * one under discussion; who says the sentence claims it.
 */
export const culpritPredicateRule: ClaimRule = {
  id: "culprit-predicate",
  type: "attributed-to",
  trigger: culpritTrigger,
  apply(frame: Frame, { at, end, word }) {
    const { text, lexicon } = frame.state;
    // "Analysts doubt that the culprit is X": a doubt asserts nothing.
    const doubted = patternFor(
      lexicon.words,
      "doubt-verb",
      (w) => new RegExp(`\\b(?:${w.verbs.doubt.any})\\b`, "i"),
    );
    if (negatedBefore(frame, at) || doubted.test(text.slice(frame.sentence.start, at))) return;
    const objects = objectAfter(frame, end);
    const first = objects[0];
    if (!first || !headsPhraseAt(frame, end, first)) return;
    // "the culprit is Russia's GRU": a possessor names the culprit with the body it owns; "the culprit
    // is Estonia's own weak security" names none.
    const owned = ownedBody(frame, first);
    if (first.possessive && !owned) return;
    const named = owned && !objects.includes(owned) ? [...objects, owned] : objects;
    const last = named[named.length - 1]!;
    const after = text.slice(last.end, frame.sentence.end);
    if (patternFor(lexicon.words, "culprit-modified-noun", modifiedNoun).test(after)) return;
    // "the group behind it, which ...": an apposition holds a name and nothing else.
    if (word.trimEnd().endsWith(",") && !APPOSITION_CLOSE.test(after)) return;
    attribute(
      frame,
      incidentNear(frame, at),
      named.map((s) => s.key),
      frame.speakers,
      frame.hedged,
    );
  },
};
