/**
 * Who reports a claim the frame found no speaker for, from the sentence's structure: the subject
 * of a verb of judging ("Chilean investigators believe the attack was carried out by X"), the owner
 * of an unnamed body that speaks ("Chile's cyber agency assessed that ..." → Chile), and the
 * subject a pronoun reporter refers back to ("Mandiant tied it to a group which it says works for X").
 */
import { EXTRACTION_DEFAULTS } from "../defaults";
import { topicState } from "../document-state";
import {
  alternation,
  NAME_WORDS,
  NON_RELATIVE_THAT_LEADS,
  REPORT_ISSUING_VERBS,
  REPORT_MODIFIERS,
  REPORT_TIME_LEADS,
  UNNAMED_REPORTER_MODIFIERS,
  VERB_LEAD_ADVERBS,
  type Words,
} from "../lexicon";
import {
  asideLength,
  listFrom,
  OPENING_IT,
  RELATIVE_WORD,
  SOURCE_PHRASE,
  SUBJECT_OPENING,
} from "../speakers";
import { patternFor, type Frame } from "./frame";
import type { Slot } from "../mentions";
import { fold, personNameCase, matchesOf, quotationOpen } from "../text";
import { nodeKey } from "../../model/types";
import { ARTICLE_STATE_LATER, PAGE_ISSUER_LATER, PROSECUTING_BODY_LATER } from "../claimant-bodies";

/** Adverbs and auxiliaries that may stand between a subject and its verb. */
const BETWEEN = String.raw`(?:(?:${alternation(VERB_LEAD_ADVERBS)})\s+){0,2}`;

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

/** A relative clause whose reporter is a pronoun: "which it says", "that they believe", "which it attributed to". */
const pronounReporter = (words: Words) =>
  patternFor(
    words,
    "pronoun-reporter",
    (w) =>
      new RegExp(
        `\\b(?:which|that|who|whom)\\s+(?:it|they)\\s+${BETWEEN}(?:${reporting(w)}|(?:${w.verbs.attribute.past}|${w.verbs.blame.past})\\b)`,
        "i",
      ),
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
  const accuser = accusingSubject(frame);
  if (accuser) return [accuser];
  const issuers = reportIssuers(frame);
  if (issuers.length > 0) return issuers;
  const tellers = informingReporters(frame);
  if (tellers.length > 0) return tellers;
  const author = documentAuthor(frame);
  if (author) return [author];
  // "a group which it says works for X": the pronoun stands for the sentence's subject; "which they
  // say", for each actor listed as that subject ("A and Britain's B named X, which they say ...").
  const pronoun = pronounReporter(words).exec(sentence.text);
  if (pronoun) {
    // "It named the group, X, which it says ...": both pronouns stand for the body the sentence's
    // opening "It" was read as (its speakers, claiming.ts), not for the group named before the clause.
    const it = !/\bthey\b/i.test(pronoun[0]);
    if (it && OPENING_IT.test(sentence.text)) return frame.speakers;
    const at = sentence.start + pronoun.index;
    const subject = actors.find((s) => s.end <= at && !s.possessive);
    if (!subject) return [];
    if (it) return [subject.key];
    return [
      ...new Set(
        listFrom(state, actors, subject)
          .filter((s) => s.end <= at)
          .map((s) => s.key),
      ),
    ];
  }
  const unnamed = unnamedReporters(frame);
  if (unnamed.length > 0) return unnamed;
  // "X and Y are accused of planting ...", "A grand jury has indicted ...": the body bringing the charges.
  // Named only later in the article, the body is found once it has been read (claimant-bodies.ts).
  if (chargingCue(words).test(sentence.text)) return [prosecutingBody(frame) ?? PROSECUTING_BODY_LATER];
  const turn = turnSpeaker(frame);
  if (turn.length > 0) return turn;
  const penalising = listPenaliser(frame);
  if (penalising.length > 0) return penalising;
  // "We condemn ...", "our agencies" in a statement its co-signers introduced: the co-signers' voice.
  const statement = state.discourse.statement;
  if (statement && (pageVoice(frame) || statementPoint(frame))) return [...statement];
  const issuer = issuerSpeaking(frame);
  if (issuer) return [issuer];
  // The page's voice with no issuer named yet: its issuer is found once the page is read (claimant-bodies.ts).
  return pageVoice(frame) ? [PAGE_ISSUER_LATER] : [];
}

/** A numbered point opening the sentence's paragraph ("1. In May 2025, ..."), outside any quotation. */
function statementPoint(frame: Frame): boolean {
  const { state, sentence } = frame;
  const paragraphStart = Math.max(0, state.text.lastIndexOf("\n\n", sentence.start - 1) + 2);
  return (
    /^[ \t]*\d{1,2}\.[ \t]+/.test(state.text.slice(paragraphStart, sentence.end)) &&
    !insideQuotation(state.text, sentence.start) &&
    !/[“”"]/.test(sentence.text)
  );
}

/** A list item's mark opening a line. */
const LIST_ITEM = /^[ \t]*[-–—•*][ \t]+/;

/** A penalty named by its noun or its verb: "sanctions", "designated", "the persons charged". */
const penaltyWords = (words: Words) =>
  patternFor(
    words,
    "penalty-words",
    (w) => new RegExp(`\\b(?:${w.nouns.penalty.any}|${w.verbs.blame.past})\\b`, "i"),
  );

/**
 * "The individuals sanctioned today are:" and a bulleted list of names: each item is the
 * penaliser's claim, as the sentence that imposed the penalty made it ("The UK has today sanctioned
 * three officers ..."): the claimants of the latest attribution made in a sentence naming a penalty,
 * before the list.
 */
function listPenaliser(frame: Frame): string[] {
  const { state, sentence } = frame;
  const lineStart = state.text.lastIndexOf("\n", sentence.start - 1) + 1;
  if (!LIST_ITEM.test(state.text.slice(lineStart, sentence.end))) return [];
  // The list's introducer: the nearest line above that is neither blank nor an item, ending in a colon.
  let end = lineStart - 1;
  let introducer: string | undefined;
  while (end > 0) {
    const start = state.text.lastIndexOf("\n", end - 1) + 1;
    const line = state.text.slice(start, end);
    end = start - 1;
    if (line.trim() === "" || LIST_ITEM.test(line)) continue;
    introducer = line.trim();
    break;
  }
  const penalty = penaltyWords(state.lexicon.words);
  if (!introducer?.endsWith(":") || !penalty.test(introducer)) return [];
  for (let i = state.claims.length - 1; i >= 0; i--) {
    const claim = state.claims[i]!;
    if (claim.type !== "attributed-to" || claim.claimants.length === 0) continue;
    const said = claim.evidence.find((e) => e.start < lineStart && penalty.test(e.quote));
    if (said) return [...(said.claimants ?? claim.claimants)];
  }
  return [];
}

/** After a sentence's subject, a verb that accuses: "has traced the intrusion to", "'s new report ties", "describes X as". */
const accusingAfter = (words: Words) =>
  patternFor(words, "accusing-after", (w) => {
    const { attribute, blame, describe } = w.verbs;
    const report = String.raw`['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${w.nouns.reportDocument.any})\s+`;
    return new RegExp(
      String.raw`^(?:${report}|\s+)${BETWEEN}(?:${attribute.past}|${attribute.third}|${blame.past}|${blame.third}|${describe.third}|${describe.past})\b`,
      "u",
    );
  });

/**
 * "Velmar's response team links the outage to X", "Orsk Labs' latest analysis ties it to Y",
 * "Since May, the Corvin agency describes X as", "The Corvin agency (CA), which ran the inquiry, has
 * traced it to Z": the subject of a verb that accuses, opening the sentence, makes the claim.
 */
function accusingSubject(frame: Frame): string | undefined {
  const { state, sentence } = frame;
  const actors = frame.slots.filter((s) => s.kind === "actor");
  // "Google's Mandiant has described X as": the body its owner's name stands before is the subject.
  const owned =
    actors[0]?.possessive && /^['’]s?\s+$/.test(state.text.slice(actors[0].end, actors[1]?.start));
  const subject = owned ? actors[1] : actors[0];
  if (
    !subject ||
    (!OWNER_TYPES.has(state.entities.get(subject.key)?.type ?? "") &&
      state.entities.get(subject.key)?.type !== "person")
  )
    return undefined;
  const opening = state.text.slice(sentence.start, owned ? actors[0]!.start : subject.start);
  if (!SUBJECT_OPENING.test(opening)) return undefined;
  const rest = state.text.slice(subject.end, sentence.end);
  const after = rest.slice(asideLength(rest));
  return accusingAfter(state.lexicon.words).test(after) ? subject.key : undefined;
}

/** A report and who put it out: "in a joint advisory issued by", "according to a report published last week by". */
const issuedReport = (words: Words) =>
  patternFor(
    words,
    "issued-report",
    (w) =>
      new RegExp(
        String.raw`\b(?:in|according\s+to|citing)\s+(?:an?|the|its|their)\s+(?:(?:${alternation(REPORT_MODIFIERS)})\s+)?(?:${w.nouns.reportDocument.any})\s+(?:${alternation(REPORT_ISSUING_VERBS)})\s+(?:(?:${alternation(REPORT_TIME_LEADS)})\s+[\p{L}\d]+\s+)?by\s+$`,
        "iu",
      ),
  );

/** A verb that tells a named party what follows, in any form: a sentence without one has no teller. */
const informCue = (words: Words) =>
  patternFor(words, "inform-cue", (w) => new RegExp(String.raw`\b(?:${w.verbs.inform.any})\b`, "i"));

/** Before a body that tells what follows: "has been informed by (the)", "was notified by". */
const informedBy = (words: Words) =>
  patternFor(
    words,
    "informed-by",
    (w) => new RegExp(String.raw`\b(?:${w.verbs.inform.past})\s+by\s+(?:the\s+)?$`, "i"),
  );

/** After a subject, the verb that tells what follows: "has separately informed", "notified". */
const informingAfter = (words: Words) =>
  patternFor(
    words,
    "informing-after",
    (w) =>
      new RegExp(
        String.raw`^\s+${BETWEEN}(?:\p{Ll}+ly\s+)?(?:${w.verbs.inform.past}|${w.verbs.inform.third})\b`,
        "iu",
      ),
  );

/**
 * "The regulator was notified by X that ...", "X informed the regulator that ...": the body
 * that tells makes the claim, never the party told.
 */
function informingReporters(frame: Frame): string[] {
  const { state, sentence } = frame;
  const words = state.lexicon.words;
  if (!informCue(words).test(sentence.text)) return [];
  const actors = frame.slots.filter((s) => s.kind === "actor");
  const at = actors.findIndex((a) => informedBy(words).test(state.text.slice(sentence.start, a.start)));
  // "was informed by Finland's NCSC-FI": the owner opens the name of the body that tells.
  const teller = at < 0 ? undefined : ownedBody(state.text, actors, at);
  if (teller && !teller.possessive) return [teller.key];
  const subject = actors[0];
  if (!subject || !SUBJECT_OPENING.test(state.text.slice(sentence.start, subject.start))) return [];
  // "Chile's cyber agency has informed": the owner opens the name of the body that tells.
  const body = ownedBody(state.text, actors, 0);
  if (body.possessive) return [];
  return informingAfter(words).test(state.text.slice(body.end, sentence.end)) ? [body.key] : [];
}

/** The actor at `at`, or the body it owns when it is that body's owner ("Chile's cyber agency"). */
function ownedBody(text: string, actors: readonly Slot[], at: number): Slot {
  const owner = actors[at]!;
  const next = actors[at + 1];
  return owner.possessive && next && /^['’]s?\s+$/.test(text.slice(owner.end, next.start)) ? next : owner;
}

/** A finding's noun before "of": a sentence without one names no author of a finding. */
const documentOfCue = (words: Words) =>
  patternFor(
    words,
    "document-of-cue",
    (w) => new RegExp(String.raw`\b(?:${w.nouns.reportDocument.any})\s+of\b`, "i"),
  );

/** Before the author of a finding: "the latest finding of", "a report of the". */
const documentOf = (words: Words) =>
  patternFor(
    words,
    "document-of",
    (w) =>
      new RegExp(
        String.raw`\b(?:the|an?|its)\s+(?:\p{Ll}+\s+){0,2}(?:${w.nouns.reportDocument.any})\s+of\s+(?:the\s+)?$`,
        "iu",
      ),
  );

/**
 * "The bureau welcomed the latest finding of Peru's agency that X runs Y": the
 * author of a finding whose words "that" opens makes the claim, not who notes it.
 */
function documentAuthor(frame: Frame): string | undefined {
  const { state, sentence } = frame;
  if (!documentOfCue(state.lexicon.words).test(sentence.text)) return undefined;
  const actors = frame.slots.filter((s) => s.kind === "actor");
  const at = actors.findIndex((a) =>
    documentOf(state.lexicon.words).test(state.text.slice(sentence.start, a.start)),
  );
  if (at < 0) return undefined;
  // "of Peru's agency": the owner opens the name of the body that wrote it.
  const author = ownedBody(state.text, actors, at);
  return /^\s*(?:\([^)]{1,12}\)\s*)?that\b/.test(state.text.slice(author.end, sentence.end))
    ? author.key
    : undefined;
}

/** What joins two items of a list of issuers. */
const ISSUER_JOINT = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;

/**
 * "X was linked to Y in a joint advisory issued by A and B": the bodies or states a report names
 * as its issuers make what it says, listed right after "by".
 */
function reportIssuers(frame: Frame): string[] {
  const { state, sentence } = frame;
  const actors = frame.slots.filter((s) => s.kind === "actor" && !s.possessive);
  const pattern = issuedReport(state.lexicon.words);
  const first = actors.findIndex((a) => pattern.test(state.text.slice(sentence.start, a.start)));
  if (first < 0) return [];
  const list = [actors[first]!];
  for (const next of actors.slice(first + 1)) {
    if (!ISSUER_JOINT.test(state.text.slice(list.at(-1)!.end, next.start))) break;
    list.push(next);
  }
  return [...new Set(list.map((a) => a.key))];
}

/** "we", "our" as written by the page itself (never "US"). */
const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|[Oo]ur|[Oo]urs)\b/;
/** What may open a sentence before its subject: a paragraph number, "The". */
const SENTENCE_OPENING = /(?:^|\n)[ \t]*(?:<p>\s*)?(?:\d{1,2}\.\s+)?(?:[Tt]he\s+)?$/;

/**
 * A page that speaks in its own voice ("We attribute the activity to X", "Our technical analysis
 * indicates ...", "which we attributed to X" outside any quotation): press releases, advisories
 * and vendor blogs. What it says is its issuer's: the first body the page makes the subject of a
 * sentence in its head ("The Ministry of X wishes to state ...", "X Research has tracked ..."),
 * never a body the page says was hit (a news page's "we" is the outlet's, and its first subject is
 * often the victim).
 */
/** The sentence is said in the page's own voice: "we", outside any quotation or transcript turn. */
function pageVoice(frame: Frame): boolean {
  const { state, sentence } = frame;
  return (
    FIRST_PERSON_PLURAL.test(sentence.text) &&
    !insideQuotation(state.text, sentence.start) &&
    !/[“”"]/.test(sentence.text) &&
    !turnLabelled(state.text, sentence.start, sentence.end)
  );
}

export function issuerSpeaking(frame: Frame): string | undefined {
  const { state, sentence } = frame;
  if (!pageVoice(frame)) return undefined;
  const hit = new Set(state.claims.filter((c) => c.type === "attacked").map((c) => c.target));
  const head = Math.min(sentence.start, EXTRACTION_DEFAULTS.pageHeadChars);
  let issuer: string | undefined;
  let first = Infinity;
  for (const entity of state.entities.values()) {
    if ((entity.type !== "agency" && entity.type !== "organization") || hit.has(entity.key)) continue;
    for (const m of entity.mentions) {
      if (m.start >= first || m.start >= head) continue;
      if (SENTENCE_OPENING.test(state.text.slice(Math.max(0, m.start - 24), m.start))) {
        issuer = entity.key;
        first = m.start;
      }
    }
  }
  return issuer;
}

/** A transcript turn's label opens the line or the paragraph of the sentence at `start`: its "we" is the speaker's. */
export function turnLabelled(text: string, start: number, end: number): boolean {
  const line = text.lastIndexOf("\n", start - 1) + 1;
  const paragraph = Math.max(0, text.lastIndexOf("\n\n", start - 1) + 2);
  return [line, paragraph].some((from) => TURN_LABEL.test(text.slice(from, end)));
}

/** An odd number of quotation marks between the paragraph's start and `at`: a quotation is still open. */
export function insideQuotation(text: string, at: number): boolean {
  return quotationOpen(text.slice(text.lastIndexOf("\n\n", at) + 1, at));
}

/** Titles before a noun of unnamed people ("senior officials", "federal prosecutors"). */
const UNNAMED_TITLE = String.raw`(?:(?:senior|top|security|intelligence|government|federal|state|police|law\s+enforcement|local|national|military)\s+){0,2}`;

/**
 * Unnamed people who report or accuse: "officials said", "according to investigators", "who
 * prosecutors say", "Government assesses", "Prosecutors also charge". The noun opens its clause
 * (after the sentence's start, a stop, a source phrase or a relative word) with no name or
 * demonym before it: "Latvian officials" is a slot of Latvia, read before this.
 */
const unnamedReporter = (words: Words) =>
  patternFor(words, "unnamed-reporter", (w) => {
    const nouns = `${w.nouns.officialdom.any}|${w.nouns.prosecution.any}`;
    const acts = `${reporting(w)}|(?:${w.verbs.blame.any}|${w.verbs.attribute.any})\\b`;
    return new RegExp(
      `(?:^|[,;:(“"]\\s*|\\b(?:${RELATIVE_WORD}|and|but)\\s+)(?:the\\s+)?${UNNAMED_TITLE}(${nouns})\\s+${BETWEEN}(?:${acts})|\\b(?:${SOURCE_PHRASE})\\s+(?:the\\s+)?${UNNAMED_TITLE}(${nouns})\\b`,
      "iu",
    );
  });

/**
 * Who unnamed reporters stand for: prosecutors and what they file, the body that brings charges
 * named so far ("the interior ministry's prosecutors filed charges"); officials and investigators,
 * the state the article is about (an accused state is dropped by the caller).
 */
function unnamedReporters(frame: Frame): string[] {
  const { state, sentence } = frame;
  const words = state.lexicon.words;
  const m = unnamedReporter(words).exec(sentence.text);
  if (!m) return [];
  const noun = (m[1] ?? m[2])!;
  const prosecution = patternFor(
    words,
    "prosecution-noun",
    (w) => new RegExp(`^(?:${w.nouns.prosecution.any})$`, "i"),
  );
  if (prosecution.test(noun)) {
    const body = prosecutingBody(frame);
    if (body) return [body];
  }
  // Whose the article is shows only once it is read: a state named most in its first paragraphs
  // may be the accused one ("blamed on the pro-Russian collective X"). With no state named yet the
  // sentence is left to the other readings (charges, a turn, a list, the issuer).
  return topicState(state) ? [ARTICLE_STATE_LATER] : [];
}

/**
 * A sentence that tells of charges brought: "are accused of planting", "has indicted six
 * officers", "The indictment names", "prosecutors charged X with".
 */
const chargingCue = (words: Words) =>
  patternFor(
    words,
    "charging-cue",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.nouns.prosecution.any})\b|\b(?:is|are|was|were|been|being|stands?|stood)\s+(?:\p{Ll}+ly\s+)?(?:accused|charged|indicted)\s+(?:of|with|for|over)\b|\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:indicted|charged)\b`,
        "iu",
      ),
  );

/** The body that brings charges the article named last before this sentence's end. */
function prosecutingBody(frame: Frame): string | undefined {
  const named = patternFor(
    frame.state.lexicon.words,
    "prosecuting-body",
    (w) => new RegExp(`\\b(?:${w.nouns.prosecutingBody.any})\\b`, "i"),
  );
  let best: string | undefined;
  let bestAt = -1;
  for (const entity of frame.state.entities.values()) {
    if (entity.type !== "agency" || !named.test(entity.label)) continue;
    const at = Math.max(
      -1,
      ...entity.mentions.filter((m) => m.start < frame.sentence.end).map((m) => m.start),
    );
    if (at > bestAt) [best, bestAt] = [entity.key, at];
  }
  return best;
}

/**
 * A transcript turn's label opening the sentence's line or paragraph: "HOLLOWAY:", "GUEST (DR
 * MAREN HOLLOWAY):", "AYESHA QURESHI (HOST):", "[CLIP] NADIA FAROOQ:", "Hon. ARUN MEHTA:" (a
 * parliament's record), after the time a podcast's transcript stamps on the turn ("[00:02:14] ").
 * Either the label or its bracket holds the name.
 */
const TURN_LABEL = new RegExp(
  String.raw`^[ \t]*(?:<p>\s*)?(?:\[\d{1,2}(?::\d{2}){1,2}\][ \t]*)?(?:\[[A-Z ]{2,20}\]\s*)?(?:(?:(?:${NAME_WORDS.honorifics.join("|")})\.?\s+)?([A-Z][A-Z.'’ -]*[A-Z])(?:\s*\(([^()\n]{2,40})\))?:[ \t]|(?:${NAME_WORDS.honorifics.join("|")})\.?\s+(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){1,3})(?:[ \t]*\(([^()\n]{2,80})\))?:\s)`,
  "u",
);

/**
 * Who speaks a transcript turn: what is said in it without naming a source ("in our assessment,
 * X works for Y") is the speaker's claim. The label names a person the text has introduced
 * ("joining us is Dr Maren Holloway" → "HOLLOWAY:"), matched by the last word of the name.
 */
function turnSpeaker(frame: Frame): string[] {
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
    // "Ms. Jane Doe (Minister of State for X):", a parliament's record: the name in title case.
    let [name, bracket] = label[3] ? [label[3], label[4]] : [label[1], label[2]];
    let speaker = [bracket, name].map((n) => n && personBySurname(frame, n)).find(Boolean);
    // "MWANSA:" after "JANE MWANSA (National Agency):": a surname alone is the turn of the speaker
    // an earlier label introduced in full, with that label's bracket, also when the prose named her
    // ("KOFI MENSAH (HOST):" then "MENSAH:" is still the host's voice, which claims nothing).
    const introduced =
      (!speaker || !bracket) && name && !/\s/.test(name.trim()) ? fullLabel(text, from, name) : undefined;
    if (introduced) {
      if (introduced.bracket && journalist.test(introduced.bracket)) continue;
      [name, bracket] = [introduced.name, bracket ?? introduced.bracket];
      speaker ??= personBySurname(frame, introduced.name) ?? labelledPerson(frame, introduced);
    }
    if (speaker && journalist.test(frame.state.entities.get(speaker)?.role ?? "")) return [];
    // "JANE DOE (National Cyber Agency):": the body in the bracket speaks with her, and a full name the
    // article introduces only later ("That was Jane Doe, ...") is hers (kept if the article names her).
    const body = bracket ? (bodyNamed(frame, bracket) ?? ministryOfOffice(frame, bracket)) : undefined;
    const labelName = (name ?? "").trim();
    const named = speaker ?? (/\s/.test(labelName) ? nodeKey("person", labelName) : undefined);
    return [named, body].filter((k): k is string => k !== undefined);
  }
  return [];
}

/** A turn label naming its speaker in full: the name (group 1 or 3) and its bracket (2 or 4). */
const FULL_TURN_LABEL = new RegExp(TURN_LABEL.source, "gmu");

/** The latest label before `before` that names in full ("JANE MWANSA (...):") the speaker `surname` stands for. */
function fullLabel(
  text: string,
  before: number,
  surname: string,
): { name: string; bracket?: string; start: number; end: number } | undefined {
  const wanted = fold(surname.trim());
  let found: { name: string; bracket?: string; start: number; end: number } | undefined;
  for (const m of matchesOf(FULL_TURN_LABEL, text.slice(0, before))) {
    const [name, bracket] = m[3] ? [m[3], m[4]] : [m[1], m[2]];
    if (!name) continue;
    const words = name.trim().split(/\s+/);
    if (words.length < 2 || fold(words.at(-1) ?? "") !== wanted) continue;
    const start = m.index + m[0].indexOf(name);
    found = { name: name.trim(), bracket, start, end: start + name.trim().length };
  }
  return found;
}

/** The person a full turn label names, added to the article's entities when the text names them nowhere else. */
function labelledPerson(frame: Frame, label: { name: string; start: number; end: number }): string {
  const key = nodeKey("person", label.name);
  if (!frame.state.entities.has(key) && !frame.entitiesNeeded.some((e) => e.key === key))
    frame.entitiesNeeded.push({
      key,
      type: "person",
      label: personNameCase(label.name),
      aliases: [],
      mentions: [{ doc: frame.state.id, start: label.start, end: label.end }],
    });
  return key;
}

/** A body of the article named by a turn label's bracket, whole or by one of its comma-separated parts ("GKNB SPOKESMAN, RECORDED"). */
function bodyNamed(frame: Frame, bracket: string): string | undefined {
  const parts = bracket.split(",").map((p) => fold(p.trim()));
  for (const entity of frame.state.entities.values()) {
    if (entity.type !== "agency" && entity.type !== "organization") continue;
    const names = [entity.label, ...entity.aliases].map((n) => fold(n));
    if (parts.some((p) => names.includes(p))) return entity.key;
  }
  return undefined;
}

/** A minister's office: "Minister of State for Digital Affairs", "Minister for Home Affairs", "Minister of Defence". */
const MINISTER_OF =
  /^(?:(?:deputy|federal|state|junior)\s+)?minister(?:\s+of\s+state)?\s+(?:for|of)\s+(?:the\s+)?(.+)$/i;

/**
 * The ministry a turn label's bracket gives its speaker's office in ("Ms. Jane Doe (Minister of State
 * for Digital Affairs):" → the Ministry of Digital Affairs), when the article names it.
 */
function ministryOfOffice(frame: Frame, bracket: string): string | undefined {
  const office = MINISTER_OF.exec(bracket.trim());
  if (!office) return undefined;
  const ministry = fold(`ministry of ${office[1]!.trim()}`);
  for (const entity of frame.state.entities.values()) {
    if (entity.type !== "agency") continue;
    const names = [entity.label, ...entity.aliases].map((n) => fold(n));
    if (names.some((n) => n === ministry || n.startsWith(`${ministry} of `))) return entity.key;
  }
  return undefined;
}

function personBySurname(frame: Frame, name: string): string | undefined {
  const surname = fold(name.trim().split(/\s+/).pop()!);
  for (const entity of frame.state.entities.values())
    if (entity.type === "person" && fold(entity.label.split(/\s+/).pop()!) === surname) return entity.key;
  return undefined;
}

/**
 * A relative clause that reports what it says of its antecedent: "Grey Heron, which Orsk Labs
 * believes works for X", "a crew that Velmar and Corvin both said in May is paid by X", "an outfit
 * whom the Tarn agency links to X", "the outage, which three governments have pinned on X". Group 1
 * is what stands between the relative word and the verb: the reporters, never across another
 * relative word ("X, which Orsk tracks as Y and which it said is run by Z": Orsk says nothing of Z).
 * The lookahead comes first:
 * the look-behind over every form of the speech verbs then runs only where a relative word starts
 * (placed first, it ran at every position of every sentence: ~2% of extraction time).
 */
const relativeReport = (words: Words) =>
  patternFor(words, "relative-report", (w) => {
    const { speech, speechThat, speechPast, attribute, blame } = w.verbs;
    const verbs = `${speech.present}|${speech.past}|${speechPast.past}|${speechThat.present}|${speechThat.past}|${attribute.present}|${attribute.past}|${blame.present}|${blame.past}`;
    return new RegExp(
      String.raw`\b(?=(?:which|that|whom)\s)(?<!\b(?:${speech.any}|${speechThat.any}|${speechPast.any}|${alternation(NON_RELATIVE_THAT_LEADS)})\s+)(?:which|that|whom)\s+((?:the\s+)?(?:(?!\b(?:which|that|whom)\s)[^;:.“”"()]){2,${EXTRACTION_DEFAULTS.relativeReporterChars}}?)\s+${BETWEEN}(?:\p{Ll}+ly\s+)?(?:${verbs})\b`,
      "giu",
    );
  });

/** What every match of `relativeReport` holds: its relative word and the space after it. */
const RELATIVE_REPORT_CUE = /(?:which|that|whom)\s/i;

/** An attack's noun right before a relative word ("a global hacking campaign that", "the 2021 breach, which"). */
const attackNounBefore = (words: Words) =>
  patternFor(
    words,
    "attack-noun-before",
    (w) => new RegExp(String.raw`\b(?:${w.nouns.attack.any}|${w.nouns.incident.any})\s*,?\s*$`, "i"),
  );

/** A phrase saying when or where a report was made ("on Monday", "in its annual report"). */
const ADVERBIAL = new RegExp(String.raw`^\s*(?:${alternation(REPORT_TIME_LEADS)})\b`, "i");

/** Who vouches for an unnamed reporter's word: no one ("Grey Heron, whom outside analysts tie to X"). */
const unnamedFirms = (words: Words) =>
  patternFor(
    words,
    "unnamed-firms",
    (w) =>
      new RegExp(
        String.raw`^(?:the\s+)?(?:${alternation(UNNAMED_REPORTER_MODIFIERS)}|\s)*\s*(?:${w.nouns.researcher.any}|${w.nouns.namer.any})$`,
        "i",
      ),
  );

/** A relative clause that names who reports what it says (reportsInRelatives). */
export interface RelativeReport {
  /** Where its reporters are named, between the relative word and the verb. */
  start: number;
  end: number;
  /** The verb's end: what the clause says follows it. */
  verbEnd: number;
  /** The keys of the slots and incidents the relative word may refer back to. */
  antecedents: string[];
  /** The relative word refers back to an attack ("an attack that X attributed to Y"). */
  attackAntecedent: boolean;
  /** The actors named as reporters; empty for unnamed firms or researchers. */
  reporters: string[];
}

/**
 * The relative clauses of the sentence that name their own reporter ("Grey Heron, which Orsk
 * Labs believes works for X"): the actors named between the relative word and its verb, or no one
 * when they are unnamed firms or researchers ("Grey Heron, whom outside analysts tie to X").
 * A pronoun reporter ("which it says") is read by reportersOf.
 */
export function reportsInRelatives(frame: Frame): RelativeReport[] {
  const { state, sentence } = frame;
  const out: RelativeReport[] = [];
  // relativeReport has no cue pattern-cue.ts can read; its relative word is one.
  if (!RELATIVE_REPORT_CUE.test(sentence.text)) return out;
  const re = relativeReport(state.lexicon.words);
  re.lastIndex = 0;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const relativeAt = sentence.start + m.index;
    const phrase = m[1] ?? "";
    const start = relativeAt + m[0].indexOf(phrase);
    const end = start + phrase.length;
    const named = frame.slots.filter((s) => s.kind === "actor" && s.start >= start && s.end <= end);
    // A comma in the reporters' phrase joins a list of them or sets off when they said it
    // ("the United States, the EU and Britain on Monday", "the agency, in its annual report,").
    let at = start;
    const pieces = phrase.split(",").map((piece) => {
      const span = { start: at, end: at + piece.length };
      at = span.end + 1;
      return { piece, span };
    });
    if (
      pieces.length > 1 &&
      !pieces.every(
        ({ piece, span }) =>
          ADVERBIAL.test(piece) || named.some((s) => s.start >= span.start && s.end <= span.end),
      )
    )
      continue;
    // "analysts at the Tallinn consultancy Orsk": a place naming what a body is says nothing.
    const reporters = named.filter((s, k) => {
      const next = named[k + 1];
      const between = next ? state.text.slice(s.end, next.start) : "";
      return !(
        state.entities.get(s.key)?.type === "state" &&
        !s.possessive &&
        next &&
        /^[\s\p{Ll}-]+$/u.test(between) &&
        !/\b(?:and|or)\b/.test(between)
      );
    });
    if (reporters.length === 0 && !unnamedFirms(state.lexicon.words).test(phrase.trim())) continue;
    // What the relative word may refer back to: the actors and incidents named in the phrase before
    // it ("Grey Heron, an outfit that").
    const mentions = [...frame.slots.filter((s) => s.kind === "actor"), ...frame.incidents];
    const near = mentions
      .filter(
        (s) =>
          s.end <= relativeAt &&
          s.end >= Math.max(sentence.start, relativeAt - EXTRACTION_DEFAULTS.relativeAntecedentChars) &&
          !/[;:]/.test(state.text.slice(s.end, relativeAt)),
      )
      .sort((a, b) => b.end - a.end);
    const antecedents = near.map((s) => s.key);
    const before = state.text.slice(
      Math.max(sentence.start, relativeAt - EXTRACTION_DEFAULTS.relativeAttackNounChars),
      relativeAt,
    );
    out.push({
      start,
      end,
      verbEnd: relativeAt + m[0].length,
      antecedents,
      attackAntecedent:
        frame.incidents.some((i) => i.key === antecedents[0]) ||
        attackNounBefore(state.lexicon.words).test(before),
      // "Germany's BSI": the body first, its owner after it (the owner is added with it anyway).
      reporters: [...new Set([...reporters.filter((s) => !s.possessive), ...reporters].map((s) => s.key))],
    });
  }
  return out;
}

/** The relative clause that reports the attribution of `source` to `target`: the target named after its verb, in the same clause. */
export function reportOf(
  frame: Frame,
  reports: readonly RelativeReport[],
  source: string,
  target: string,
): RelativeReport | undefined {
  const { text } = frame.state;
  const sourceIsIncident = frame.state.entities.get(source)?.type === "incident";
  return reports.find((r) => {
    if (!r.antecedents.includes(source) && !(sourceIsIncident && r.attackAntecedent)) return false;
    const slot = frame.slots.find((s) => s.key === target && s.start >= r.verbEnd);
    return (
      !!slot &&
      slot.start - r.verbEnd <= EXTRACTION_DEFAULTS.relativeReportReach &&
      !/[;:]|[”"]\s*,/.test(text.slice(r.verbEnd, slot.start))
    );
  });
}
