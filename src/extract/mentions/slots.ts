/** Mention slots: the Slot types every stage shares, possessive marks, actor slots and one-line sentences. */
import { sentenceWith, type Sentence } from "../sentences";

export type SlotKind = "actor" | "modifier" | "incident";

export type SlotSource =
  "name" | "demonym" | "capital" | "institution" | "person" | "role" | "pronoun" | "incident";

export interface Slot {
  start: number;
  end: number;
  key: string;
  kind: SlotKind;
  source: SlotSource;
  /** Written as a possessive ("Ukraine's"). */
  possessive: boolean;
  /** A spokesperson or official of the entity: it speaks, it is not the whole of it. */
  spokesperson?: boolean;
  /** "the NATO member": the organization the state referred to belongs to. */
  memberOf?: string;
}

/**
 * The length of the possessive mark right after a name: "'s" ("Ukraine's"), or the bare apostrophe
 * news write after a name ending in s ("the Philippines' foreign ministry"); 0 when there is none.
 */
export function possessiveMark(text: string, nameEnd: number, nameStart = nameEnd): number {
  if (/^['’]s\b/.test(text.slice(nameEnd, nameEnd + 3))) return 2;
  // "the so-called 'Cyber Partisans' unit": an apostrophe closing a quoted name is no possessive.
  if (/['‘]/.test(text[nameStart - 1] ?? "")) return 0;
  return text[nameEnd - 1] === "s" && /^['’]\s/.test(text.slice(nameEnd, nameEnd + 2)) ? 1 : 0;
}

/**
 * Whether an owner written at `owner` stands right before position `at`: its possessive mark, if
 * any, then spaces and, where `article` allows, "the" ("Peru's ministry", "the Peruvian the ...").
 */
export function ownerGap(
  text: string,
  owner: { start: number; end: number },
  at: number,
  article = true,
): boolean {
  const after = owner.end + possessiveMark(text, owner.end, owner.start);
  return after <= at && (article ? /^\s+(?:the\s+)?$/ : /^\s+$/).test(text.slice(after, at));
}

/** The slot of an actor named at start..end; `nameEnd` is where a possessive "'s" would follow the name. */
export function actorSlot(
  text: string,
  start: number,
  end: number,
  key: string,
  source: SlotSource = "name",
  nameEnd = end,
): Slot {
  return {
    start,
    end,
    key,
    kind: "actor",
    source,
    possessive: possessiveMark(text, nameEnd, start) > 0,
  };
}

/** A well-known operation or malware the gazetteer lists ("NotPetya"), named in a sentence. */
export interface NamedIncidentMention {
  start: number;
  end: number;
  /** The gazetteer's incident key. */
  key: string;
}

/** A single line break inside a sentence: wire copy wraps its lines anywhere ("a group calling\nitself"). */
const WRAPPED_LINE = /(?<![\r\n])\r?\n(?![\r\n])/g;

/**
 * The sentence with its wrapped lines joined by spaces of the same length, so the readers' phrases
 * ("calling itself", "Blue Kite") match across a wire line break and offsets stay those of the text.
 */
export function onOneLine(sentence: Sentence): Sentence {
  if (!sentence.text.includes("\n")) return sentence;
  return sentenceWith(sentence, { text: sentence.text.replace(WRAPPED_LINE, (br) => " ".repeat(br.length)) });
}

/** A threat group's name a naming phrase or a group's description gives, with its offsets in the text. */
export interface GroupNameSpan {
  start: number;
  end: number;
  name: string;
}

/**
 * What the pre-read of an article's group names (`introducedGroupNames`) found in one sentence's
 * line: the names its naming phrases give and its described groups' names (undefined where the line
 * lacks the phrase's cue). The sentence's own reading takes them instead of scanning the line again.
 */
export interface SentenceGroupNames {
  /** The line read: a sentence whose text differs is read afresh. */
  text: string;
  named: readonly GroupNameSpan[] | undefined;
  described: readonly GroupNameSpan[] | undefined;
}

/** The names an article introduces as threat groups, and what each sentence's line gave, by its start. */
export interface IntroducedGroups {
  names: ReadonlySet<string>;
  /** Every line of the article: its own reading takes the cues' verdicts from here (`groupCuesIn`). */
  bySentence: ReadonlyMap<number, SentenceGroupNames>;
}
