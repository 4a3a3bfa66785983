/**
 * Who reports a claim the frame found no speaker for, from the sentence's structure: the subject
 * of a verb of judging ("Chilean investigators believe the attack was carried out by X"), the owner
 * of an unnamed body that speaks ("Chile's cyber agency assessed that ..." → Chile), and the
 * subject a pronoun reporter refers back to ("Mandiant tied it to a group which it says works for X").
 */
import type { Words } from "../lexicon";
import { patternFor, type Frame } from "./frame";
import type { Slot } from "../mentions";

/** Adverbs and auxiliaries that may stand between a subject and its verb. */
const BETWEEN = String.raw`(?:(?:also|now|still|strongly|privately|firmly|publicly|have|has|had|later)\s+){0,2}`;

/** "believe", "suspected", not "believed to be", "thought of". */
const judging = (w: Words) =>
  `(?:${w.verbs.judgement.present}|${w.verbs.judgement.past})\\b(?!\\s+(?:in|to|of|by)\\b)`;

/** Any reporting verb: speech, speech before "that", judging. */
const reporting = (w: Words) => {
  const { speech, speechThat, speechPast } = w.verbs;
  return `(?:${speech.present}|${speech.past}|${speechPast.past}|(?:${speechThat.present}|${speechThat.past})\\s+that|${judging(w)})`;
};

/** What follows a subject that judges: "investigators believe", "police have long suspected that". */
const judgingAfter = (words: Words) =>
  patternFor(words, "judging-after", (w) => new RegExp(`^\\s+${BETWEEN}${judging(w)}`, "i"));

/** What follows the owner of an unnamed body that reports: "'s cyber agency assessed that". */
const ownedReporterAfter = (words: Words) =>
  patternFor(
    words,
    "owned-reporter-after",
    (w) => new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+){1,3}${BETWEEN}${reporting(w)}\\b`, "u"),
  );

/** A relative clause whose reporter is a pronoun: "which it says", "that they believe". */
const pronounReporter = (words: Words) =>
  patternFor(
    words,
    "pronoun-reporter",
    (w) => new RegExp(`\\b(?:which|that|who|whom)\\s+(?:it|they)\\s+${BETWEEN}${reporting(w)}\\b`, "i"),
  );

const OWNER_TYPES = new Set(["state", "organization", "agency"]);

export function reportersOf(frame: Frame): string[] {
  const { state, sentence } = frame;
  const words = state.lexicon.words;
  const actors = frame.slots.filter((s) => s.kind === "actor");
  const reports = (slot: Slot) => {
    const after = state.text.slice(slot.end, sentence.end);
    return slot.possessive
      ? OWNER_TYPES.has(state.entities.get(slot.key)?.type ?? "") && ownedReporterAfter(words).test(after)
      : judgingAfter(words).test(after);
  };
  const keys = actors.filter(reports).map((s) => s.key);
  if (keys.length > 0) return [...new Set(keys)];
  // "a group which it says works for X": the pronoun stands for the sentence's subject.
  const pronoun = pronounReporter(words).exec(sentence.text);
  if (!pronoun) return [];
  const at = sentence.start + pronoun.index;
  const subject = actors.find((s) => s.end <= at && !s.possessive);
  return subject ? [subject.key] : [];
}
