/**
 * Denials by label: an accused side answers the accusation with a quotation of its own that rejects
 * it ('termed the charges "pure invention"', 'portrayed the findings as "a fairy tale without proof"',
 * 'wrote that the allegation "rests on nothing"'). The labeller must be a side the article accused
 * (it, its state, that state's bodies or groups), what it labels the accusation or the accuser's
 * text, and the quotation must reject: a negation in it, or a word of the lexicon's dismissals.
 */
import { emit, patternFor, pronounSpeaker, subjectBefore, type ClaimState, type Frame } from "../frame";
import {
  GOVERNED,
  alternation,
  DEFINITE_DETERMINERS,
  FINITE_BE,
  HEAD_COMPLEMENT_PREPOSITIONS,
  KIND_QUANTIFIERS,
  MODALS,
  NEGATIONS,
  POSSESSIVE_DETERMINERS,
  type Words,
} from "../../lexicon";
import type { ClaimRule } from "../rule";
import { deniedIncident, deniersOf, lastAccusedOfSide } from "./denials";

/**
 * Up to three words before the head noun (an adjective, a possessive owner), none a preposition: a
 * phrase crossing one names something else ("called for an international investigation").
 */
const MODIFIERS = String.raw`(?:(?!(?:${alternation(HEAD_COMPLEMENT_PREPOSITIONS)})\s)[\p{L}'’.-]+\s+){0,3}?`;
/** An "of" phrase after the head noun naming whose it is (the conclusions "of the other side"). */
const OF_PHRASE = String.raw`(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?`;
const OPENING_QUOTE = String.raw`["“]`;
/**
 * What stands between the labelled noun and the quotation: a space, or the spoken quotation mark of a
 * transcript ("called the charges, and I quote, '...'", "the accusation is, quote, '...'").
 */
const BEFORE_QUOTATION = String.raw`(?:\s*,\s*(?:and\s+)?(?:I\s+)?quote\s*,\s*|\s+)`;

/**
 * A labelling verb with the accusation, a report noun or the accuser's text as its object, then a
 * quotation; or the accusation itself, a copula perhaps, then a quotation.
 */
const labelTrigger = (w: Words) => {
  const determiners = [...DEFINITE_DETERMINERS, ...POSSESSIVE_DETERMINERS, ...KIND_QUANTIFIERS];
  const determiner = String.raw`(?:(?:${alternation(determiners)})\s+)?`;
  const accused = String.raw`(?:${w.nouns.accusation.any}|${w.nouns.reportDocument.any}|${w.nouns.accusingText.any})`;
  const labelled = String.raw`(?:${w.verbs.labelAccusation.any})\s+${determiner}${MODIFIERS}${accused}${OF_PHRASE}${BEFORE_QUOTATION}(?:as\s+)?`;
  const predicated = String.raw`(?:${alternation(DEFINITE_DETERMINERS)})\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${w.nouns.accusation.any})(?:\s+(?:${alternation(FINITE_BE)}))?${BEFORE_QUOTATION}`;
  return new RegExp(String.raw`\b(?:${labelled}|${predicated})${OPENING_QUOTE}`, "giu");
};

/** The quotation opened at the trigger's end, up to its closing mark or the sentence's end. */
const QUOTATION = /^[^"”]*/;

/** A quotation that rejects: a negation in it ("has no basis"), or a dismissal ("a fabrication"). */
const rejecting = (words: Words) =>
  patternFor(
    words,
    "rejecting-quotation",
    (w) => new RegExp(String.raw`\b(?:${alternation(NEGATIONS)}|${w.dismissal})`, "i"),
  );

/** An infinitive or a modal right before the verb: a label foreseen or wished, not given ("is expected to call"). */
const UNGIVEN = new RegExp(String.raw`\b(?:to|${alternation(MODALS)})\s+(?:\p{Ll}+ly\s+)?$`, "iu");

/** Whether the article laid an incident at the door of `key` or of its side. */
const accusedSide = (state: ClaimState, key: string) =>
  state.lastAccusedOf.has(key) || lastAccusedOfSide(state, key) !== undefined;

/** A person answers for an accused side when a body they hold office in is on it (a spokesperson, not an analyst). */
const speaksForAccused = (state: ClaimState, key: string) =>
  (state.persons.get(key)?.affiliations ?? []).some((body) => accusedSide(state, body));

/** Who labels: the clause's subject (no preposition's object), a pronoun's speaker, else who speaks the sentence. */
function labellers(frame: Frame, at: number, before: string): string[] {
  // "says Russia never attacked Zambia and calls the reports": a preposition's object is no subject.
  const subject = subjectBefore(frame, at).filter(
    (s) => !GOVERNED.test(frame.state.text.slice(frame.sentence.start, s.start)),
  );
  const slots = subject.length > 0 ? subject : pronounSpeaker(frame, at, before);
  return deniersOf(frame, slots.length > 0 ? slots : frame.speakerSlots);
}

export const labelledAccusationRule: ClaimRule = {
  id: "labelled-accusation",
  type: "denied",
  trigger: labelTrigger,
  apply(frame, { at, end, before }) {
    const { state } = frame;
    if (UNGIVEN.test(before)) return;
    const quotation = QUOTATION.exec(state.text.slice(end, frame.sentence.end))![0];
    if (!rejecting(state.lexicon.words).test(quotation)) return;
    const keys = labellers(frame, at, before);
    // Only a side the article accused answers the accusation: a bystander's or the victim's label
    // judges it, it does not deny.
    if (!keys.some((k) => accusedSide(state, k))) return;
    for (const key of keys) {
      if (!accusedSide(state, key) && !speaksForAccused(state, key)) continue;
      const incident = deniedIncident(frame, key, end, true);
      if (incident) emit(frame, "denied", key, incident, { claimants: [] });
    }
  },
};
