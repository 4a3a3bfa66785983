/**
 * A person's service in a body → affiliated-with, stated by a verb ("A and B worked for the GRU",
 * "the officers, A and B, belonged to the SVR") or by a personnel noun ("X is an officer of the GRU",
 * "A and B, officers of the Cyberspace Force", "officers of the bureau, A, B and C"). The persons
 * are those listed right before (or, after a plural noun, right after the body), or those a count
 * refers back to ("both men are officers of X", "all three serve in a GRU unit"): the last persons
 * the text listed, when they are as many as the count says.
 */
import {
  COUNT_WORDS,
  FINITE_BE,
  REPORTED_PARTICIPLES,
  SERVICE_BODY_FOLLOWERS,
  SERVICE_LEAD_ADVERBS,
  alternation,
  type Words,
} from "../lexicon";
import type { Slot } from "../mentions";
import { TENURE_ENDED, emit, patternFor, typeOf, type Frame } from "./frame";
import type { ClaimRule } from "./rule";

/**
 * "serve in", "worked for", "belonged to", "officers of": a person's service in a body, the body
 * right after. Group 1 holds a personnel noun.
 */
const servesIn = (words: Words) =>
  patternFor(
    words,
    "serves-in",
    (w) =>
      new RegExp(
        String.raw`\b(?:(?:${w.verbs.serveIn.any}|${w.verbs.workAt.any})\s+(?:in|for)|${w.verbs.belongTo.any}|(?:an?\s+)?(${w.nouns.operative.any})\s+(?:of|in))\s+(?:the\s+|an?\s+)?`,
        "gi",
      ),
  );
/** The trigger's personnel noun in the plural ("officers of"): it may list its persons after the body. */
const pluralNoun = (words: Words) =>
  patternFor(
    words,
    "plural-personnel",
    (w) => new RegExp(String.raw`^(?:${w.nouns.operative.any})(?<=s)\s`, "i"),
  );
/** A belonging verb opening the trigger ("belonged to"). */
const belongingVerb = (words: Words) =>
  patternFor(words, "belonging-verb", (w) => new RegExp(String.raw`^(?:${w.verbs.belongTo.any})\b`, "i"));
/**
 * What may follow the body a person serves in: the phrase's end, or a word closing its name, a
 * possessive's lower-case part of it first ("the IRGC's cyber command"); or a lower-case "unit" ("a
 * GRU unit known as X"). Both keep the named body as the one served.
 */
const SERVICE_BODY_ENDS = new RegExp(
  String.raw`^(?:\s+unit\b|(?:['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,2}?)?(?:\s*[,.;:()"”]|\s*$|\s+(?:${alternation(SERVICE_BODY_FOLLOWERS)})\b))`,
  "u",
);
/** Between two persons of one list: an age, a comma or "and", a rank before the next name ("Major"). */
const PERSON_LIST_GAP = /^(?:,\s*\d{1,3})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** Between a plural personnel noun's body and the first person it lists: a comma, a rank perhaps. */
const LIST_AFTER_BODY = /^\s*,\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** What closes a list after a plural noun's body: a comma or dash not followed by a verb of saying, or the end. */
const listClosed = (words: Words) =>
  patternFor(
    words,
    "service-list-closed",
    (w) => new RegExp(String.raw`^(?:\s*(?:,|[-–—])(?!\s*(?:${w.verbs.speech.any})\b)|\s*[.;]|\s*$)`, "i"),
  );
/**
 * Between the last person listed and the verb or noun: an age, an aside's comma or dash, "all said
 * to (be)", "whom it calls (\")".
 */
const beforeService = (words: Words) =>
  patternFor(
    words,
    "before-service",
    (w) =>
      new RegExp(
        String.raw`^(?:,\s*\d{1,3})?\s*(?:,\s*|[-–—]\s*)?(?:whom\s+(?:\S+\s+){1,3}?(?:${w.verbs.naming.any})\s+["“]?)?(?:(?:${alternation(SERVICE_LEAD_ADVERBS)})\s+)*(?:(?:${alternation(FINITE_BE)})\s+)?(?:(?:${alternation(REPORTED_PARTICIPLES)})\s+to\s+(?:be\s+)?)?$`,
        "i",
      ),
  );
/**
 * What may stand before a floating count ("both", "all three") that is its clause's subject: the
 * sentence's start, a comma, "that", a verb of saying or labelling. "Their wives both work for X"
 * and "A and B both serve in X" say it of others.
 */
const countOpening = (words: Words) =>
  patternFor(
    words,
    "count-opening",
    (w) =>
      new RegExp(
        String.raw`(?:^|[,;:]\s*|\b(?:${w.verbs.speech.any}|${w.verbs.labelAccusation.any}|that)\s+)$`,
        "i",
      ),
  );
/**
 * Persons referred back to by their count right before the verb or noun ("both men are", "the two
 * men are", "all three serve", "describes both as"). Groups 2 and 3 hold the count word, absent for
 * "both"; groups 1 and 4 the noun, which a belonging verb needs (bare "both belong to" may mean two states).
 */
const countedPersons = (words: Words) =>
  patternFor(
    words,
    "counted-persons",
    (w) =>
      new RegExp(
        String.raw`\b(?:both(?:\s+(${w.nouns.countedPerson.any}))?|all\s+(${alternation(COUNT_WORDS)})|the\s+(${alternation(COUNT_WORDS)})\s+(${w.nouns.countedPerson.any}|${w.nouns.operative.any}|${w.nouns.defendant.any}))\s+(?:(?:${alternation(FINITE_BE)}|as)\s+)?$`,
        "i",
      ),
  );

export const serviceRule: ClaimRule = {
  id: "service",
  type: "affiliated-with",
  trigger: servesIn,
  apply(frame, { at, end, word }) {
    const { state, slots } = frame;
    const named = slots.find((s) => s.start === end && s.kind === "actor");
    // "serve in the GRU's Unit 29155": the body the owner's possessive opens is the one served.
    const body =
      (named &&
        slots.find(
          (s) =>
            s.kind === "actor" &&
            s.start > named.end &&
            /^['’]s\s+$/.test(state.text.slice(named.end, s.start)),
        )) ||
      named;
    if (!body || !["agency", "organization"].includes(typeOf(frame, body.key) ?? "")) return;
    // "serving in the Navy signals command": a body opening a longer name is not the body served in.
    const after = state.text.slice(body.end, frame.sentence.end);
    if (!SERVICE_BODY_ENDS.test(after)) return;
    // "who all worked for X until 2022": a post the text says has ended.
    if (TENURE_ENDED.test(after)) return;
    const persons =
      listedBefore(frame, at) ??
      countedBefore(frame, at, word) ??
      (pluralNoun(state.lexicon.words).test(word) ? listedAfter(frame, body) : []);
    for (const p of persons) emit(frame, "affiliated-with", p, body.key, { claimants: [], date: undefined });
  },
};

/** The persons listed right before the verb or noun ("A, B and C, all said to serve in"), if any. */
function listedBefore(frame: Frame, at: number): string[] | undefined {
  const { state, slots } = frame;
  const persons = slots
    .filter((s) => s.end <= at && typeOf(frame, s.key) === "person")
    .sort((x, y) => x.start - y.start);
  const last = persons.at(-1);
  if (!last || !beforeService(state.lexicon.words).test(state.text.slice(last.end, at))) return undefined;
  return listEndingWithLast(state.text, persons).map((p) => p.key);
}

/** The run of persons (sorted by place) that ends the list: the last one and those joined to it by list gaps, last first. */
function listEndingWithLast<T extends { start: number; end: number }>(
  text: string,
  persons: readonly T[],
): T[] {
  const listed = persons.slice(-1);
  for (const p of persons.slice(0, -1).reverse()) {
    if (!PERSON_LIST_GAP.test(text.slice(p.end, listed.at(-1)!.start))) break;
    listed.push(p);
  }
  return listed;
}

/** "officers of the bureau, A, B and C": the persons a plural noun's body lists after a comma. */
function listedAfter(frame: Frame, body: Slot): string[] {
  const { state, slots } = frame;
  const persons = slots
    .filter((s) => s.start >= body.end && typeOf(frame, s.key) === "person")
    .sort((x, y) => x.start - y.start);
  const first = persons[0];
  if (!first || !LIST_AFTER_BODY.test(state.text.slice(body.end, first.start))) return [];
  const listed = [first];
  for (const p of persons.slice(1)) {
    if (!PERSON_LIST_GAP.test(state.text.slice(listed.at(-1)!.end, p.start))) break;
    listed.push(p);
  }
  // "Agents of the FBI, Senator A said, were sent": one name, or a name a verb of saying follows,
  // is a speaker's aside, not the noun's list; the list closes at a comma, a dash or the sentence's end.
  const rest = state.text.slice(listed.at(-1)!.end, frame.sentence.end);
  if (listed.length < 2 || !listClosed(state.lexicon.words).test(rest)) return [];
  return listed.map((p) => p.key);
}

/**
 * "both men are officers of X", "all three serve in": the last persons the text named before the
 * count, when they form one list ("A and B", "Colonel A, Major B and Captain C") exactly as long as
 * the count. A list of another length, or persons named apart, is someone else.
 */
function countedBefore(frame: Frame, at: number, word: string): string[] | undefined {
  const { state } = frame;
  const words = state.lexicon.words;
  const counted = countedPersons(words).exec(state.text.slice(frame.sentence.start, at));
  if (!counted) return undefined;
  const opening = frame.sentence.start + counted.index;
  // "lists both as agents of X", "the two men are": the count is an object, or a subject of its own.
  const subjectOnly = !/^the\s/i.test(counted[0]) && !/\sas\s+$/i.test(counted[0]);
  if (subjectOnly && !countOpening(words).test(state.text.slice(frame.sentence.start, opening)))
    return undefined;
  // "both belong to NATO": without a noun of persons, a belonging verb may speak of states.
  if (belongingVerb(words).test(word) && !counted[1] && !counted[4]) return undefined;
  const countWord = (counted[2] ?? counted[3])?.toLowerCase();
  const count = countWord ? COUNT_WORDS.indexOf(countWord) + 1 : 2;
  const mentions = [...state.entities.values()]
    .filter((e) => e.type === "person")
    .flatMap((e) => e.mentions.filter((m) => m.end <= opening).map((m) => ({ ...m, key: e.key })))
    .sort((x, y) => x.start - y.start);
  const listed = listEndingWithLast(state.text, mentions);
  const keys = [...new Set(listed.map((m) => m.key))];
  return keys.length === count && listed.length === count ? keys : undefined;
}
