/**
 * Helpers of the condemnation rules: who condemns.
 */
import { subjectBefore, type Frame } from "./frame";
import type { Slot } from "../mentions";
import { matchesOf } from "../text";

/**
 * A relative aside between a subject and its verb, closed by a comma: "X, which groups A, B and C,
 * condemned"; "X, whose members include A and B, issued a statement condemning". Group 1 ends right
 * before the aside, group 2 is what stands between its closing comma and the verb.
 */
const RELATIVE_ASIDE =
  /^(.*?),\s*(?:(?:of|to|in|with|for|among)\s+)?(?:which|who|whom|whose)\s[^;:]*?,\s+([^,;:]*)$/isu;

/** A preposition right before a name: what it governs is no subject. */
const GOVERNING =
  /\b(?:about|on|of|after|before|against|for|from|with|to|in|at|by|over|like|unlike)\s+(?:the\s+)?$/i;

/**
 * The subject of a verb at `at` that a relative aside parts from it: the actors before the aside,
 * not those the aside names ("the bloc, which groups Mali and Niger, condemned": the bloc); none when a
 * preposition governs them. Undefined when there is no such aside, or when an actor stands between
 * its end and the verb.
 */
export function subjectBeforeAside(frame: Frame, at: number): Slot[] | undefined {
  const { state, sentence } = frame;
  const before = state.text.slice(sentence.start, at);
  const aside = RELATIVE_ASIDE.exec(before);
  // "Officials thanked X, which had sent experts, and condemned": the verb goes on from a subject
  // further left. "A, which ..., and B, which ..., condemned": more than one head, left to the subject.
  if (!aside || COORDINATED.test(aside[2]!) || matchesOf(ASIDE_OPENING, before).length > 1)
    return undefined;
  const predicateFrom = at - aside[2]!.length;
  if (frame.slots.some((s) => s.kind === "actor" && s.start >= predicateFrom && s.end <= at))
    return undefined;
  const head = subjectBefore(frame, sentence.start + aside[1]!.length);
  if (head.length === 0) return undefined;
  const opening = state.text.slice(sentence.start, head[0]!.start);
  // "Speaking about Uganda, which was hit a year earlier, the minister condemned": a preposition's
  // object heads no subject, and the subject after the aside is no name the rule can take.
  if (GOVERNING.test(opening)) return [];
  // "The president met Uganda's leader, who ...": only a head opening the sentence is its subject.
  return SENTENCE_OPENING.test(opening) ? head : undefined;
}

/** A predicate that a conjunction joins to an earlier one. */
const COORDINATED = /^(?:and|but|or|then)\b/i;
/** Where a relative aside opens. */
const ASIDE_OPENING = /,\s*(?:(?:of|to|in|with|for|among)\s+)?(?:which|who|whom|whose)\s/gi;
/** What may stand before a sentence's subject: a dateline or heading (no lower-case word), and a determiner. */
const SENTENCE_OPENING = /^[^\p{Ll}]*(?:(?:[Tt]he|[Aa]n?)\s+)?$/u;
