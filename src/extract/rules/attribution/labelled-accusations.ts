/**
 * Denials by label: an accused side answers the accusation with a quotation of its own ("called the
 * accusations 'irresponsible speculation'", "characterized the findings as 'fantasies'", "said that
 * the accusation 'has no basis in fact'"). No denial verb and no fixed dismissal word: what makes it
 * a denial is who labels what. The labeller must be a side the article accused (it, its state, that
 * state's bodies or groups), and what it labels the accusation or the accuser's text.
 */
import { emit, GOVERNED, pronounSpeaker, subjectBefore, type ClaimState, type Frame } from "../frame";
import {
  alternation,
  DEFINITE_DETERMINERS,
  FINITE_BE,
  KIND_QUANTIFIERS,
  POSSESSIVE_DETERMINERS,
  SPEAKER_PRONOUNS,
  THING_PRONOUNS,
  type Words,
} from "../../lexicon";
import type { ClaimRule } from "../rule";
import { deniedIncident, deniersOf, lastAccusedOfSide } from "./denials";

/** Up to three words before the head noun ("the Kyrgyz", "the Cyber Centre's"), and an "of" phrase after it. */
const MODIFIERS = String.raw`(?:[\p{L}'’.-]+\s+){0,3}?`;
const OF_PHRASE = String.raw`(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?`;
const OPENING_QUOTE = String.raw`["“]`;

/**
 * 'called the accusations "…"', 'characterized the findings as "…"', 'called it "…"', and
 * 'the accusation "has no basis"', 'the accusations were "another episode of …"'.
 */
const labelTrigger = (w: Words) => {
  const determiners = [...DEFINITE_DETERMINERS, ...POSSESSIVE_DETERMINERS, ...KIND_QUANTIFIERS];
  const determiner = String.raw`(?:(?:${alternation(determiners)})\s+)?`;
  const accused = String.raw`(?:${w.nouns.accusation.any}|${w.nouns.reportDocument.any}|${w.nouns.accusingText.any})`;
  const labelled = String.raw`(?:${w.verbs.labelAccusation.any})\s+(?:${determiner}${MODIFIERS}${accused}${OF_PHRASE}|${alternation(THING_PRONOUNS)})\s+(?:as\s+)?`;
  const predicated = String.raw`(?:${alternation(DEFINITE_DETERMINERS)})\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${w.nouns.accusation.any})\s+(?:(?:${alternation(FINITE_BE)})\s+)?`;
  return new RegExp(String.raw`\b(?:${labelled}|${predicated})${OPENING_QUOTE}`, "giu");
};

/** Whether the article laid an incident at the door of `key` or of its side. */
const accusedSide = (state: ClaimState, key: string) =>
  state.lastAccusedOf.has(key) || lastAccusedOfSide(state, key) !== undefined;

/** A person answers for an accused side when a body they hold office in is on it (a spokesperson, not an analyst). */
const speaksForAccused = (state: ClaimState, key: string) =>
  (state.persons.get(key)?.affiliations ?? []).some((body) => accusedSide(state, body));

/** "it"/"they" right before the verb, adverbs between at most ("In a communiqué it called"). */
const PRONOUN_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(SPEAKER_PRONOUNS)})\s+(?:\p{Ll}+ly\s+)?$`,
  "iu",
);
const BODY_TYPES = new Set(["state", "agency", "organization"]);

/**
 * Who labels: the clause's subject, a pronoun's speaker ("X said it called them"), else who speaks
 * the sentence. A pronoun subject with none of these ('In a short statement it called them "…"')
 * stands for the body named last before the sentence.
 */
function labellers(frame: Frame, at: number, before: string): string[] {
  // "says Russia never attacked Zambia and calls the reports": a preposition's object is no subject.
  const subject = subjectBefore(frame, at).filter(
    (s) => !GOVERNED.test(frame.state.text.slice(frame.sentence.start, s.start)),
  );
  const slots = subject.length > 0 ? subject : pronounSpeaker(frame, at, before);
  if (slots.length > 0 || frame.speakerSlots.length > 0)
    return deniersOf(frame, slots.length > 0 ? slots : frame.speakerSlots);
  const named = PRONOUN_BEFORE.test(before) ? lastBodyBefore(frame) : undefined;
  if (!named) return [];
  return deniersOf(frame, [
    { start: at, end: at, key: named, kind: "actor", source: "pronoun", possessive: false },
  ]);
}

/**
 * The body whose mention ends last before the sentence; of mentions ending together the longest
 * ("the Embassy of China in Santiago", not the capital inside its name).
 */
function lastBodyBefore(frame: Frame): string | undefined {
  let best: { key: string; start: number; end: number } | undefined;
  for (const entity of frame.state.entities.values()) {
    if (!BODY_TYPES.has(entity.type)) continue;
    for (const { start, end } of entity.mentions)
      if (
        end <= frame.sentence.start &&
        (!best || end > best.end || (end === best.end && start < best.start))
      )
        best = { key: entity.key, start, end };
  }
  return best?.key;
}

export const labelledAccusationRule: ClaimRule = {
  id: "labelled-accusation",
  type: "denied",
  trigger: labelTrigger,
  apply(frame, { at, end, before }) {
    const { state } = frame;
    const keys = labellers(frame, at, before);
    // Only a side the article accused answers the accusation: a bystander's or the victim's label
    // ("called the report 'sobering'") judges it, it does not deny.
    if (!keys.some((k) => accusedSide(state, k))) return;
    for (const key of keys) {
      if (!accusedSide(state, key) && !speaksForAccused(state, key)) continue;
      const incident = deniedIncident(frame, key, end, true);
      if (incident) emit(frame, "denied", key, incident, { claimants: [] });
    }
  },
};
