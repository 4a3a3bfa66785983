/**
 * Who speaks what a colon opens, when no verb of speech names a speaker:
 * - the subject whose own document the colon gives: "The agency published its assessment: the
 *   attack was carried out by X", "The bureau went further in its own statement: X 'is run by Y'",
 *   "Minister Roe read a statement on behalf of the cabinet: '...'";
 * - a person whose name alone, opening the line, labels the words after the colon, as interviews
 *   and tickers print their turns ("Okafor: We traced it to X.", "▶ Minister Jane Roe: it was X"),
 *   unless the turn speaks of an accusation (it answers another's claim: "Roe: the claims that X
 *   did it are baseless").
 * Read by the claim stage when nothing else named the sentence's speaker.
 */
import { patternFor, type Words } from "./lexicon";
import type { Slot } from "./mentions/slots";
import type { Frame } from "./rules/frame";
import { asideLength, SUBJECT_OPENING } from "./speakers";

/** Who puts out a document of their own: not a group or an incident. */
const AUTHOR_TYPES = new Set(["state", "agency", "organization", "person"]);

/**
 * Right after the subject (past its asides): a verb phrase of lower-case words, the document it owns
 * or puts out ("published its assessment", "went one step further in its own statement", "read a
 * statement on behalf of the cabinet"), and the colon opening the document's words.
 */
const documentColon = (words: Words) =>
  patternFor(
    words,
    "colon-speaker.document",
    (w) =>
      new RegExp(
        String.raw`^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,6}?(?:its|their|his|her|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${w.nouns.statedDocument.any})\b[^:;“”"]{0,40}:\s+\S`,
        "u",
      ),
  );

/** Before a turn's label: nothing on its line but list marks and symbols ("▶ ", "- "). */
const LABEL_OPENING = /(?:^|\n)[\p{P}\p{S}\s]*$/u;
/** Right after a turn's label: its colon, then the words said. */
const LABEL_COLON = /^\s*:\s+\S/;
/** An accusation's noun ("the claims of X that ... are baseless"): a turn that names one answers it. */
const accusationNoun = (words: Words) =>
  patternFor(
    words,
    "colon-speaker.accusation",
    (w) => new RegExp(String.raw`\b(?:${w.nouns.accusation.any})\b`, "i"),
  );

/**
 * The actor opening the sentence: the first one, or the body its owner's name stands before
 * ("Denmark's centre"); possessive when it owns a subject that is no actor ("The EU's statement").
 */
export function openingActor(frame: Frame): Slot | undefined {
  const { state, sentence } = frame;
  const [first, second] = frame.slots.filter((s) => s.kind === "actor");
  if (!first || !SUBJECT_OPENING.test(state.text.slice(sentence.start, first.start))) return undefined;
  const owned = first.possessive && second && /^['’]s?\s+$/.test(state.text.slice(first.end, second.start));
  return owned ? second : first;
}

/** The sentence's subject, opening it: the actor opening it, unless it only owns the subject. */
export function openingSubject(frame: Frame): Slot | undefined {
  const subject = openingActor(frame);
  return subject?.possessive ? undefined : subject;
}

/** A person named alone before a colon at the start of the sentence's line: the turn's speaker. */
function labelSpeaker(frame: Frame): string | undefined {
  const { state, sentence } = frame;
  const person = frame.slots.find((s) => s.kind === "actor");
  if (!person || person.possessive || state.entities.get(person.key)?.type !== "person") return undefined;
  const lineStart = state.text.lastIndexOf("\n", person.start - 1) + 1;
  const opening = state.text.slice(Math.max(lineStart, Math.min(sentence.start, person.start)), person.start);
  const said = state.text.slice(person.end, sentence.end);
  return LABEL_OPENING.test(opening) &&
    LABEL_COLON.test(said) &&
    !accusationNoun(state.lexicon.words).test(said)
    ? person.key
    : undefined;
}

/** Who speaks the words a colon of the sentence opens: a document's author or a turn's label. */
export function colonSpeaker(frame: Frame): string | undefined {
  const { state, sentence } = frame;
  if (!sentence.text.includes(":")) return undefined;
  const label = labelSpeaker(frame);
  if (label) return label;
  const subject = openingSubject(frame);
  if (!subject || !AUTHOR_TYPES.has(state.entities.get(subject.key)?.type ?? "")) return undefined;
  const rest = state.text.slice(subject.end, sentence.end);
  return documentColon(state.lexicon.words).test(rest.slice(asideLength(rest))) ? subject.key : undefined;
}
