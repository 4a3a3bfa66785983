/**
 * The mention stage: reads one sentence at a time into what the claim rules need of it (its actor
 * slots, persons, speakers, first date and incidents), resolving references ("the country", "he",
 * "the attack") against what the sentences before established. That memory (`DocumentState`) is
 * this stage's own; the claim stage reads it only through the fields of each `SentenceReading` and
 * the read-only `DocumentView`.
 */
import type { PartialDate } from "../model";
import { resolvePronouns, resolveRolePhrases } from "./coref";
import { resolveGroupPhrases } from "./group-references";
import { findDates } from "./dates";
import {
  noteLocative,
  notePendingRole,
  noteSubjectBody,
  noteSubjectState,
  updateSalience,
} from "./discourse";
import type { DocumentState } from "./document-state";
import { datesForAttacks, findIncidents, incidentToldThen, type IncidentSlot } from "./incidents";
import { findActorMentions, type Slot } from "./mentions";
import { findPersons, type PersonSlotInfo } from "./people";
import { findSpeakers, mayNameSpeech, speechVerbsAt, turnSpeaker } from "./speakers";
import { notePublisher, publicationSpeaker } from "./publishers";
import type { Sentence } from "./sentences";
import { tokenize } from "./text";
import { EXTRACTION_DEFAULTS } from "./defaults";

/** One sentence as read: what the claim stage gets of it. */
export interface SentenceReading {
  sentence: Sentence;
  /** Actor and modifier slots, text order. */
  slots: Slot[];
  incidents: IncidentSlot[];
  /** Who speaks the sentence ("X said", "according to X"), or the speaker a later sentence names for its quotation. */
  speakerSlots: Slot[];
  /** Persons named in this sentence, with the offices the person stage found for them. */
  persons: PersonSlotInfo[];
  /** The first date the sentence names. */
  date: PartialDate | undefined;
  /**
   * The incident the text speaks of once this sentence is read: what "the attack" refers back to; in
   * a sentence told "at the time" of a past incident, naming none, that one (incidents.ts `incidentToldThen`).
   */
  currentIncident: string | undefined;
  /** The organization last named: who "the company" is when it asks for help. */
  lastOrganization: string | undefined;
}

/**
 * A quotation left open: more opening than closing curly marks, or an odd number of straight ones.
 * Counted by code in one pass (three `match` calls allocated their arrays for every sentence).
 */
function leavesQuotationOpen(text: string): boolean {
  let opening = 0;
  let closing = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201c) opening++;
    else if (code === 0x201d) closing++;
    else if (code === 0x22) straight++;
  }
  return opening > closing || straight % 2 === 1;
}

/**
 * Who speaks a quotation that runs over several sentences: the speaker named after the closing
 * mark ("... a reckless act. We expected worse,” the envoy, Ilse Marrow, told reporters").
 */
function quoteSpeaker(state: DocumentState, sentence: Sentence, sentences: Sentence[]): Slot | undefined {
  if (!leavesQuotationOpen(sentence.text)) return undefined;
  for (const next of sentences.slice(
    sentence.index + 1,
    sentence.index + 1 + EXTRACTION_DEFAULTS.quoteSpeakerSentences,
  )) {
    if (!/[”"]/.test(next.text)) continue;
    const tokens = tokenize(next.text, next.start);
    const { slots } = findActorMentions(state, next, tokens);
    findPersons(state, next, tokens, slots);
    const closing = next.start + next.text.search(/[”"]/);
    return findSpeakers(state, next, slots).find((s) => s.start > closing);
  }
  return undefined;
}

/** Whether `slots` are still the slots `read` saw: the same objects, in the same order, each field as it was. */
function sameSlots(slots: readonly Slot[], read: readonly { slot: Slot; was: Slot }[]): boolean {
  return (
    slots.length === read.length &&
    read.every(({ slot, was }, i) => {
      if (slots[i] !== slot) return false;
      const keys = Object.keys(slot) as (keyof Slot)[];
      return keys.length === Object.keys(was).length && keys.every((k) => slot[k] === was[k]);
    })
  );
}

/** The year the text is speaking of: an explicit year in this sentence or the one before dates "in May". */
function focusYearOf(state: DocumentState, sentence: Sentence): number | undefined {
  const focus = state.focusYear;
  return focus && sentence.index - focus.sentence <= 1 ? focus.year : undefined;
}

/** Reads one sentence of the article (`sentences` for a quotation whose speaker comes later). */
export function readSentence(
  state: DocumentState,
  sentence: Sentence,
  sentences: Sentence[],
): SentenceReading {
  const tokens = tokenize(sentence.text, sentence.start);
  const { slots, namedIncidents } = findActorMentions(state, sentence, tokens);
  updateSalience(state, sentence, slots);
  resolveRolePhrases(state, sentence, slots);
  noteLocative(state, sentence, slots);
  const persons = findPersons(state, sentence, tokens, slots);
  const speech = mayNameSpeech(state.lexicon.words, sentence.text);
  // Both readings of the speakers below share what they read at the slots that did not move.
  const verbsAt = speechVerbsAt();
  const firstSpeakers = findSpeakers(state, sentence, slots, speech, verbsAt);
  const slotsRead = slots.map((slot) => ({ slot, was: { ...slot } }));
  // A quotation whose speaker is named after it closes, in a later sentence, is that speaker's.
  const quoted = firstSpeakers.length === 0 ? quoteSpeaker(state, sentence, sentences) : undefined;
  const turn = turnSpeaker(state, sentence);
  resolvePronouns(state, sentence, slots, firstSpeakers[0] ?? quoted, turn);
  notePendingRole(state, sentence, slots);
  noteSubjectState(state, sentence, slots);
  noteSubjectBody(state, sentence, slots);
  const dates = findDates(sentence.text, state.anchor, focusYearOf(state, sentence), sentence.start);
  // A year before the networks of the 1980s ("which it joined in 1952") tells history: it dates no
  // attack, and is no year the text speaks of.
  const storyDates = dates.filter((d) => Number(d.date.slice(0, 4)) >= EXTRACTION_DEFAULTS.earliestStoryYear);
  // A year after "since", "until" or "by" bounds a span of time ("insured since 2021"): it tells no
  // year the text is speaking of.
  const explicit = storyDates.some((d) => d.explicitYear)
    ? datesForAttacks(state, sentence.start, storyDates).find((d) => d.explicitYear)
    : undefined;
  if (explicit) state.focusYear = { year: Number(explicit.date.slice(0, 4)), sentence: sentence.index };
  const incidents = findIncidents(state, sentence, slots, storyDates, namedIncidents);
  const thenIncident = incidentToldThen(state, sentence, incidents);
  // After the incidents: a group referred to is an actor of the claims, not a name the incidents read.
  resolveGroupPhrases(state, sentence, slots);
  // Pronouns resolved and incidents read since: the speakers are found again on the final slots
  // (the first reading stands when no slot changed: the speakers are read from the slots and the text).
  const speakers = sameSlots(slots, slotsRead)
    ? [...firstSpeakers]
    : findSpeakers(state, sentence, slots, speech, verbsAt);
  // "the report says": a publication speaks for the body that just published it.
  const published = speakers.length === 0 ? publicationSpeaker(state, sentence) : undefined;
  if (published) speakers.push(published);
  notePublisher(state, sentence, slots, speakers);
  // "We found that ..." in a transcript turn: the turn's "we" (its speaker's body) speaks with the speaker.
  const turnWe =
    turn &&
    speakers.some(
      (s) =>
        s.source === "pronoun" &&
        /^(?:we|our)$/i.test(sentence.text.slice(s.start - sentence.start, s.end - sentence.start)),
    );
  if (turnWe && !speakers.some((s) => s.key === turn.key)) speakers.unshift(turn);
  return {
    sentence,
    slots,
    incidents,
    speakerSlots: speakers.length === 0 && quoted ? [quoted] : speakers,
    persons,
    date: dates[0]?.date,
    currentIncident: thenIncident ?? state.currentIncident,
    lastOrganization: state.lastOrganization,
  };
}
