/**
 * Who reports a claim the frame found no speaker for, from the sentence's structure: the subject
 * of a verb of judging ("Chilean investigators believe the attack was carried out by X"), the owner
 * of an unnamed body that speaks ("Chile's cyber agency assessed that ..." → Chile), and the
 * subject a pronoun reporter refers back to ("Mandiant tied it to a group which it says works for X").
 */
import type { Words } from "../lexicon";
import { patternFor, type Frame } from "./frame";
import type { Slot } from "../mentions";
import { fold } from "../text";

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
  if (pronoun) {
    const at = sentence.start + pronoun.index;
    const subject = actors.find((s) => s.end <= at && !s.possessive);
    return subject ? [subject.key] : [];
  }
  const turn = turnSpeaker(frame);
  return turn ? [turn] : [];
}

/**
 * A transcript turn's label opening the sentence's line or paragraph: "HOLLOWAY:", "GUEST (DR
 * MAREN HOLLOWAY):", "AYESHA QURESHI (HOST):", "[CLIP] NADIA FAROOQ:". Either the label or its
 * bracket holds the name.
 */
const TURN_LABEL =
  /^[ \t]*(?:<p>\s*)?(?:\[[A-Z ]{2,20}\]\s*)?([A-Z][A-Z.'’ -]*[A-Z])(?:\s*\(([^()\n]{2,40})\))?:[ \t]/;

/**
 * Who speaks a transcript turn: what is said in it without naming a source ("in our assessment,
 * X works for Y") is the speaker's claim. The label names a person the text has introduced
 * ("joining us is Dr Maren Holloway" → "HOLLOWAY:"), matched by the last word of the name.
 */
function turnSpeaker(frame: Frame): string | undefined {
  const { text } = frame.state;
  const at = frame.sentence.start;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const paragraphStart = Math.max(0, text.lastIndexOf("\n\n", at - 1) + 2);
  const journalist = patternFor(
    frame.state.lexicon.words,
    "journalist",
    (w) => new RegExp(`\\b(?:${w.nouns.journalist.any})\\b`, "i"),
  );
  for (const from of new Set([lineStart, paragraphStart])) {
    const label = TURN_LABEL.exec(text.slice(from, frame.sentence.end));
    // "PAUL TREMBLAY (REPORTER):", "CORRESPONDENT:": the outlet's own voice asserts, it claims nothing.
    if (!label || journalist.test(label[0])) continue;
    const speaker = [label[2], label[1]].map((name) => name && personBySurname(frame, name)).find(Boolean);
    if (speaker && !journalist.test(frame.state.entities.get(speaker)?.role ?? "")) return speaker;
    if (speaker) return undefined;
  }
  return undefined;
}

function personBySurname(frame: Frame, name: string): string | undefined {
  const surname = fold(name.trim().split(/\s+/).pop()!);
  for (const entity of frame.state.entities.values())
    if (entity.type === "person" && fold(entity.label.split(/\s+/).pop()!) === surname) return entity.key;
  return undefined;
}
