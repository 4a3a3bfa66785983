/**
 * Whether a trigger is asserted at all. A claim needs a statement: "Norway did not accuse Iran",
 * "Did China hack the senate?" and "analysts doubt that Russia was behind it" name both ends and
 * the trigger, yet say nothing happened; nor do "analysts asked whether Estonia had asked NATO for
 * help" and "if Lima asks Madrid for help". The runner asks this once per trigger occurrence, so no
 * rule has to remember it. Denials said in the negative ("has never conducted cyberattacks") keep
 * working: their triggers start at the negation, which is then not before them.
 */
import type { EdgeType } from "../../model";
import {
  alternation,
  deniedClauseEnd,
  DOUBT_CANCELLERS,
  NEGATED_VERB_ADVERBS,
  patternFor,
  VERB_NEGATORS,
  type Words,
} from "../lexicon";
import { clauseStart, CONDITIONAL, openedByConditional, type Frame } from "./frame";
import type { TriggerMatch } from "./rule";

/**
 * "doubt that", "questioned whether": the clause under a doubting verb is not asserted; "no doubt
 * that", "cannot doubt that" assert it.
 */
const doubtedClause = (words: Words) =>
  patternFor(
    words,
    "doubted-clause",
    (w) =>
      new RegExp(
        `(?<!\\b(?:${w.negation}|${alternation(DOUBT_CANCELLERS)})\\s+(?:\\w+\\s+)?)\\b(?:${w.verbs.doubt.any})\\s+(?:that|whether|if)\\b`,
        "i",
      ),
  );

/**
 * A negation or a refusal right before the trigger, an adverb and an opening quotation mark allowed
 * between ("did not ask", "has never publicly blamed", "won’t 'help'", "refused to condemn").
 */
const NEGATED_BEFORE = new RegExp(
  String.raw`(?:\b|(?=n['’]t))(?:${alternation(VERB_NEGATORS).replaceAll("'", "['’]")})\s+(?:(?:${alternation(NEGATED_VERB_ADVERBS)})\s+)?["“]?$`,
  "iu",
);

/** The end of the trigger's sentence part: a question mark there makes it a question. */
const QUESTION_AFTER = /^[^.!?]*\?/;

/** A verb coordinated right before the trigger: "was asked whether Moscow was behind it and denied it". */
const COORDINATED_VERB = /\b(?:and|but)\s*$/;

/**
 * Whether the trigger's clause is a condition or an embedded question: opened by "if", "unless" or
 * "whether" ("reporters asked if Finland condemned the attack", "unclear whether Russia denied it").
 * The condition reaches no further than a comma ("Asked whether Moscow was behind it, Peskov denied
 * it") or a verb coordinated with the one asking ("was asked whether … and denied it"); a
 * coordinated subject stays inside it ("whether the government and its embassy denied it").
 */
function conditionalClause(frame: Frame, at: number): boolean {
  const { text } = frame.state;
  const sentenceLead = text.slice(frame.sentence.start, at);
  // The cheap cue: most triggers have no conditional before them in their sentence.
  if (!CONDITIONAL.test(sentenceLead) || COORDINATED_VERB.test(sentenceLead)) return false;
  const from = clauseStart(frame, at);
  const lead = text.slice(from, at);
  const comma = lead.lastIndexOf(",");
  if (comma >= 0) return CONDITIONAL.test(lead.slice(comma + 1));
  return CONDITIONAL.test(lead) || openedByConditional(frame, from);
}

/**
 * Whether the sentence states what the trigger of a rule of edge `type` says: not negated, not
 * asked (directly or in an embedded question), not under a condition, not doubted, and, but for a
 * denial, not what a denial rejects.
 */
export function asserted(frame: Frame, { at, end, before }: TriggerMatch, type: EdgeType): boolean {
  if (NEGATED_BEFORE.test(before)) return false;
  if (QUESTION_AFTER.test(frame.state.text.slice(end, frame.sentence.end))) return false;
  if (conditionalClause(frame, at)) return false;
  const words = frame.state.lexicon.words;
  if (type !== "denied" && deniedClauseEnd(words).test(before)) return false;
  return !doubtedClause(words).test(before);
}
