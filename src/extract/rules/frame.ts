/**
 * What every claim rule reads about one sentence: its slots, who speaks it (claimants), whether it
 * hedges, the date it names, and helpers that find the subject and object of a trigger word in
 * its clause. Rules stay small: find a trigger, ask the frame for the two ends, emit.
 */
import type { EdgeType, PartialDate } from "../../model";
import { entityType, namedLastBefore, type DocumentView } from "../document-state";
import {
  GOVERNED,
  CONDITIONALS,
  CYBER_INVASION_MODIFIERS,
  FOREIGN_MINISTRY_NAMES,
  LED_GOVERNMENT_NOUNS,
  PRONOUN_VERB_GAP,
  SPEAKER_PRONOUNS,
  TENURE_ENDS,
  TIME_PHRASE_PREPOSITIONS,
  alternation,
  patternFor,
  type Words,
} from "../lexicon";
import type { Slot } from "../mentions";
import type { SentenceReading } from "../reading";
import { clauseStarts, hedgeOf, opensWithOwnedOffice, SOURCE_PHRASE } from "../speakers";
import type { ExtractedClaim, ExtractedEntity } from "../types";
import { matchesOf, tokenize, type Token } from "../text";
import { TRACE, trace } from "../trace";

export { patternFor };

/** A foreign ministry's name in a body's label ("Ministry of External Affairs"). */
const FOREIGN_MINISTRY = new RegExp(alternation(FOREIGN_MINISTRY_NAMES), "i");
/** "a NATO member until the vote", "worked for X until 2022": the text says the membership or post has ended. */
export const TENURE_ENDED = new RegExp(String.raw`^\s*,?\s*(?:${alternation(TENURE_ENDS)})\b`, "i");

/** The claim stage's own memory over one article: the claims so far and what they established. */
export interface ClaimMemory {
  claims: ExtractedClaim[];
  /** The last incident attributed to each actor: what "rejected the accusations" refers to. */
  lastAccusedOf: Map<string, string>;
  /** Persons whose affiliated-with claims were emitted (their offices may be learnt while looking ahead for a quote's speaker). */
  affiliationsClaimed: Set<string>;
  /** What later sentences refer back to: the last speaker, and the last statement's issuers. */
  discourse: Discourse;
  /** Quotations whose speaker a later sentence names ("That was the assessment of X"), in text order. */
  quotationsNamedAfter: QuotationNamedAfter[];
}

/** A quotation standing alone in its paragraph (from..to), and the claimants of the speaker the next sentence names. */
export interface QuotationNamedAfter {
  from: number;
  to: number;
  claimants: string[];
}

export interface Discourse {
  /** Who spoke the last sentence that has a speaker, its index, and whether it quotes. */
  quotation?: { speakers: string[]; index: number; quotes: boolean };
  /**
   * The issuers of the statement the article last introduced ("A, B and C said in a joint
   * statement"): what a later "the statement said" refers back to, until another is introduced.
   */
  statement?: string[];
  /** The body the last sentence was about (its subject, or who spoke it), and that sentence's index. */
  subject?: { claimants: string[]; index: number };
  /**
   * Who the last sentence without quotation marks introduces as a quotation's speaker (who spoke it,
   * else the person opening it as its subject), and that sentence's index.
   */
  introduced?: { claimants: string[]; index: number };
}

/** What a claim rule may read and write: the article as read so far (read-only), and the claim memory. */
export type ClaimState = DocumentView & ClaimMemory;

/** One sentence as the claim rules see it: the reading stage's output for it, and who speaks it. */
export interface Frame extends SentenceReading {
  state: ClaimState;
  /** Who makes the claims of this sentence ("X said", "according to X"): the speakers and the bodies they speak for. */
  speakers: string[];
  hedged: boolean;
  /**
   * Entities a claim needs that the reading did not note (a sponsor named only inside a group's
   * name): the claim step's output, added to the article's entities after the sentence.
   */
  entitiesNeeded: ExtractedEntity[];
  /**
   * Who makes an attribution of `source` to `target`, given the claimants a rule found, where the
   * sentence's relative clauses name reporters ("X, which Orsk Labs believes works for Y"):
   * decided once before the rules run, read by emit; absent when no relative clause names one.
   */
  relativeClaimants?: (source: string, target: string, claimants: string[]) => string[];
  /** The rule (or ownership reading) making this frame's claims, for the claim trace (trace.ts): set only when tracing. */
  rule?: string;
  /**
   * `clauseStart` of each offset asked for: the rules ask for the clause of the same trigger word
   * again and again (about twice each in the bench's articles), and each answer scans the sentence
   * up to it. Filled as they ask; one map per sentence.
   */
  clauseStarts: Map<number, number>;
  /**
   * `clauseEnd` of each offset asked for, likewise (a third of the rules' questions repeat one):
   * keyed by the offset, negative when a quotation mark does not end the clause.
   */
  clauseEnds: Map<number, number>;
  /**
   * The membership rules' state–body pairs (membership.ts `nearPairs`): four rules read them, made
   * for the first. Undefined until then (set in the frame's literal, so the frame keeps one shape).
   */
  nearPairs: readonly NearPair[] | undefined;
}

/** One state and one body of a sentence, `a` before `b`, at most two slots apart. */
export interface NearPair {
  a: Slot;
  b: Slot;
  i: number;
  j: number;
  /** The text between the two. */
  between: string;
  /** The 30 characters after `b`. */
  afterB: string;
}

export function typeOf(frame: Frame, key: string) {
  return entityType(frame.state, key);
}

/** A noun alternation whose two-word nouns may be written with a hyphen too ("member-state"). */
export const hyphenOrSpace = (nouns: string) => nouns.replaceAll(String.raw`\s+`, String.raw`(?:-|\s+)`);
/** The lexicon's member nouns, a hyphen or a space between their words ("member-state", "member state"). */
export const memberNoun = (words: Words) => hyphenOrSpace(words.nouns.member.any);

export function isHedged(words: Words, text: string): boolean {
  return hedgeOf(words).test(text);
}

/** Start offset of the clause holding `at`. */
export function clauseStart(frame: Frame, at: number): number {
  let start = frame.clauseStarts.get(at);
  if (start === undefined) frame.clauseStarts.set(at, (start = readClauseStart(frame, at)));
  return start;
}

function readClauseStart(frame: Frame, at: number): number {
  const text = frame.state.text.slice(frame.sentence.start, at);
  const starts = clauseStarts(frame.state.lexicon.words, text);
  let start = starts[starts.length - 1]!;
  // A relative clause closed by a comma ("Estonia, which joined NATO in 2004, asked") gives the main clause back.
  // Only when the last break lies inside the relative clause: a break after its closing comma ("an official,
  // who requested anonymity, said the agency ...") starts a clause of its own.
  const relativeLast = /,\s+(?:which|who)\b[^,]*,\s*[^,]*$/.exec(text);
  if (
    relativeLast &&
    relativeLast.index < start &&
    start <= relativeLast.index + relativeLast[0].indexOf(",", 1) + 1
  )
    start = starts.filter((s) => s <= relativeLast.index).pop() ?? 0;
  return frame.sentence.start + start;
}

/** A conditional opening a clause: "if Lima asks", "whether NATO would help". */
export const CONDITIONAL = new RegExp(String.raw`\b(?:${alternation(CONDITIONALS)})\b`, "i");
/** A conditional right before a clause break's end: "whether" is itself a break, so the clause starts after it. */
const CONDITIONAL_OPENED = new RegExp(String.raw`\b(?:${alternation(CONDITIONALS)})\s*$`, "i");
/** "If, as expected, Fiji joins": a conditional whose subject follows an aside closed by a comma. */
const CONDITIONAL_ASIDE = new RegExp(String.raw`^\W*(?:${alternation(CONDITIONALS)})\s*,[^,]*,\s*$`, "i");

/**
 * Whether the clause of a subject (the states `first` … `last`, listed) is a conditional and what
 * follows the subject up to `at` is its verb, not an apposition: "If Fiji and Tonga joined NATO"
 * asserts no membership, "If Latvia, a NATO member, were attacked" still does. The conditional must
 * open the subject's own clause: in "If the outage spreads, Estonia is a member of NATO" it does not.
 */
export function conditionalPredicate(frame: Frame, first: Slot, last: Slot, at: number): boolean {
  const { text } = frame.state;
  if (/^\s*[,(–—]/.test(text.slice(last.end, at))) return false;
  const from = clauseStart(frame, first.start);
  const lead = text.slice(from, first.start);
  return (
    openedByConditional(frame, from) ||
    CONDITIONAL.test(lead.slice(lead.lastIndexOf(",") + 1)) ||
    CONDITIONAL_ASIDE.test(lead)
  );
}

/** Whether the clause starting at `from` is opened by a conditional that is itself a clause break ("unclear whether X …"). */
export function openedByConditional(frame: Frame, from: number): boolean {
  return CONDITIONAL_OPENED.test(frame.state.text.slice(frame.sentence.start, from));
}

/**
 * End offset of the clause holding `at`. `throughQuotes`: a quotation mark does not end it
 * ('asked Washington for "technical support"', 'is "ready to provide assistance" if Pakistan asks').
 */
export function clauseEnd(frame: Frame, at: number, throughQuotes = false): number {
  // Offsets start at 0: -1 - at is negative for every one of them.
  const key = throughQuotes ? -1 - at : at;
  let end = frame.clauseEnds.get(key);
  if (end === undefined) frame.clauseEnds.set(key, (end = readClauseEnd(frame, at, throughQuotes)));
  return end;
}

function readClauseEnd(frame: Frame, at: number, throughQuotes: boolean): number {
  const rest = frame.state.text.slice(at, frame.sentence.end);
  let names: { from: number; to: number }[] | undefined;
  let m: RegExpMatchArray | undefined;
  for (const e of matchesOf(throughQuotes ? CLAUSE_END_PAST_QUOTES : CLAUSE_END, rest)) {
    // 'a group it calls "Onyx Fox"': the marks around a name given by a naming verb quote no one
    // (the sentence's quoted names are looked for only once a quotation mark would end the clause).
    const mark = e[0].search(/["“”]/);
    if (mark >= 0) {
      const quote = at + e.index + mark;
      names ??= quotedNames(frame);
      if (names.some(({ from, to }) => quote >= from && quote < to)) continue;
    }
    m = e;
    break;
  }
  // "was the work of a Russian unit, said Britain's NCSC": an inverted speech tag ends the reported
  // clause, so its speaker (or the speaker's owner) is never read as the clause's object.
  const tag = patternFor(frame.state.lexicon.words, "speech-tag", speechTag).exec(rest);
  const end = Math.min(m?.index ?? rest.length, tag?.index ?? rest.length);
  return at + end;
}

/**
 * An inverted speech tag: ", said X", ", warns the ministry", ", according to X" (not ", said to be
 * backed by X"); an aside closed by a comma the clause goes on after ("a group which, according to
 * the DSS, works for X") ends nothing, but a relative clause or participle after the tag does not
 * go on with it (", said Britain, which has tracked it", ", said the NCSC, citing code").
 */
const speechTag = (w: Words) =>
  new RegExp(
    String.raw`,\s*(?:(?:${w.verbs.speech.any})\b(?!\s+(?:to|by)\b)|according\s+to\b)(?![^,;:.]*,\s+(?!(?:${CLAUSE_JOINT_WORDS})\b|[a-z]+ing\b)[a-z])`,
  );

/** A speech tag set off by commas inside the clause: ", according to X,", ", said X,". */
const speechAside = (w: Words) =>
  new RegExp(
    String.raw`,\s*(?:(?:${w.verbs.speech.any})\b(?!\s+(?:to|by)\b)|according\s+to\b)[^,;:.]*,`,
    "g",
  );

/**
 * A name in quotation marks right after a naming verb or a crew's own handle ('it calls "Onyx Fox"',
 * 'calling itself "Red_Dawn"', 'known as "Grey Owl"'): up to four capitalised words, never a phrase
 * ('called it "a crew of amateurs"'). Group 1 is the quoted name, marks included.
 */
const quotedName = (w: Words) =>
  new RegExp(
    String.raw`\b(?:${w.verbs.naming.any}|${w.verbs.handle.any}|itself|themselves)\s+(?:the\s+)?(["“](?:[\p{Lu}\d][\w$-]*\s+){0,3}[\p{Lu}\d][\w$-]*["”])`,
    // Case-sensitive: under "i", \p{Lu} would take lower-case words too.
    "gu",
  );

/** The sentence's quoted names (see `quotedName`): the offsets of their marks, both included. */
function quotedNames(frame: Frame): { from: number; to: number }[] {
  const { text, lexicon } = frame.state;
  return matchesOf(
    patternFor(lexicon.words, "quoted-name", quotedName),
    text.slice(frame.sentence.start, frame.sentence.end),
  ).map((q) => {
    const from = frame.sentence.start + q.index + q[0].length - q[1]!.length;
    return { from, to: from + q[1]!.length };
  });
}

/** A clause ends at a comma before a conjunction or relative word, or at a subordinating word. */
const CLAUSE_JOINT_WORDS = "and|but|while|as|after|which|who|where|when|saying|adding";
const CLAUSE_JOINT = String.raw`,\s+(?:${CLAUSE_JOINT_WORDS})\b|\s(?:but|after|because|although|whereas|while)\s`;
const CLAUSE_END = new RegExp(String.raw`[;:“”"]|${CLAUSE_JOINT}`, "g");
/** A closing quote with a comma before or after it ends the quotation and its clause ('"... at short notice," X said'). */
const CLAUSE_END_PAST_QUOTES = new RegExp(String.raw`[;:]|,?\s*["”](?=\s*,)|,\s*["”]|${CLAUSE_JOINT}`, "g");

/** A place where or whither ("in Kyiv", "sent analysts to Lima"): the object of a preposition, never a clause's subject. */
const isLocative = (frame: Frame, slot: Slot) =>
  /\b(in|at|near|inside|across|throughout|to|into)\s+(?:the\s+)?$/i.test(
    frame.state.text.slice(Math.max(frame.sentence.start, slot.start - 12), slot.start),
  );

/**
 * A phrase of time opening the clause ("Within hours of the", "Two days after the", "Following
 * the"), before a body that only qualifies the noun after it ("the NSC briefing", "the FBI report"):
 * the body is inside the phrase, and the clause's subject comes after it.
 */
const OPENING_TIME_PHRASE = new RegExp(
  String.raw`^\W*(?:[\p{L}\d-]+\s+){0,3}?(?:${alternation(TIME_PHRASE_PREPOSITIONS)})\s+(?:[\p{L}\d-]+\s+){0,3}?$`,
  "iu",
);
/** A lower-case word right after the body: the body qualifies it ("briefing", "report"). */
const QUALIFIED_NOUN = /^\s+\p{Ll}/u;

/**
 * Whether `slot` qualifies a noun inside a phrase of time opening the sentence (its verb at `at`);
 * read from the sentence's start, as "after" may itself have opened the clause ("A day after the X briefing").
 */
const qualifiesInTimePhrase = (frame: Frame, slot: Slot, at: number) =>
  OPENING_TIME_PHRASE.test(frame.state.text.slice(frame.sentence.start, slot.start)) &&
  QUALIFIED_NOUN.test(frame.state.text.slice(slot.end, at));

/** "Russia's military intelligence service, the GRU": a body in apposition to what owns it. */
const ownedApposition = (words: Words) =>
  patternFor(
    words,
    "owned-apposition",
    (w) => new RegExp(`^(?:['’]s)?\\s*(?:[\\w-]+\\s+){0,4}?(?:${w.nouns.body.any})\\s*,\\s*(?:the\\s+)?$`),
  );

/**
 * What stands between an actor and the name it goes by: "a group it calls", ", which researchers
 * track as", ", the group commonly known as".
 */
export const namingGap = (words: Words) =>
  patternFor(
    words,
    "naming-gap",
    (w) =>
      new RegExp(
        `^\\s*,?\\s*(?:(?:that|which)\\s+)?(?:(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.group.any})\\s+)?(?:(?:it|they|we|researchers|investigators|experts|analysts|[\\p{Lu}][\\p{L}]+)\\s+)?(?:(?:also|commonly|widely|better|publicly|often)\\s+)?(?:${w.verbs.naming.past}|${w.verbs.naming.present})\\s+(?:the\\s+)?$`,
        "u",
      ),
  );

/** Actor slots joined to `first` by "and" or commas ("Montenegro and British officials"). */
function withCoordinated(frame: Frame, first: Slot, limit: number): Slot[] {
  const group = [first];
  let last = first;
  for (const slot of frame.slots) {
    if (slot.start < last.end || slot.kind !== "actor" || slot.start > limit) continue;
    const gap = frame.state.text.slice(last.end, slot.start);
    // "a Chinese state-sponsored actor it calls Storm-0558": the name is the same actor's;
    // "Russia's military intelligence service, the GRU,": so is the body in apposition.
    const words = frame.state.lexicon.words;
    const naming = namingGap(words).test(gap) || ownedApposition(words).test(gap);
    if (!naming && !/^\s*(?:,\s*(?:the\s+)?|,?\s*and\s+(?:from\s+|the\s+)?|,?\s*as well as\s+)$/.test(gap))
      break;
    // A bare comma joins a list only when an "and" closes it ("Britain, France and Germany"), not an apposition.
    if (
      !naming &&
      /^\s*,\s*(?:the\s+)?$/.test(gap) &&
      !/^[^.;:]{0,60}?\band\b/.test(frame.state.text.slice(slot.end, limit))
    )
      break;
    // "the U.S. Federal Bureau of Investigation": a state right before a body only says whose body it is.
    const next = frame.slots.find((s) => s.start > slot.end && s.start <= slot.end + 1 && s.kind === "actor");
    group.push(next ?? slot);
    last = next ?? slot;
  }
  return group;
}

/**
 * "North Korea's Reconnaissance General Bureau", "Russia's military intelligence service GRU",
 * "Russia's military intelligence service, the GRU" (in apposition): the body a possessive owns.
 */
export function ownedBody(frame: Frame, owner: Slot): Slot | undefined {
  if (!owner.possessive) return undefined;
  return frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.start >= owner.end &&
      /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}-]+\s*,\s+(?:the\s+)?)?$/u.test(
        frame.state.text.slice(owner.end, s.start),
      ),
  );
}

/** A relative pronoun after a comma, ending the text before its clause (", whose", ", who"). */
const RELATIVE_OPENING = /,\s+(?:who|which|whose)$/i;
/** Between an antecedent and the comma of its relative clause: its bracketed short form at most. */
const ANTECEDENT_GAP = /^\s*(?:\([^()]{1,12}\))?\s*$/;

/** A lower-case head noun's "of" or "from" right before a name ("analysts from ", "the head of the "). */
const HEAD_COMPLEMENT = /\b\p{Ll}[\p{L}-]*\s+(?:of|from)\s+(?:the\s+)?$/u;
/** An office whose holder speaks for the body named after "of" ("the secretary-general of "). */
const speakingOfficeOf = (words: Words) =>
  patternFor(
    words,
    "speaking-office-of",
    (w) => new RegExp(String.raw`\b(?:${w.nouns.speakingOffice.any})\s+of\s+(?:the\s+)?$`, "i"),
  );

/**
 * "the Council, whose secretary-general condemned", "the head of ASEAN, who on Monday condemned":
 * a relative clause that names no actor of its own acts through its antecedent, the name right
 * before its comma. A name completing a lower-case head's "of" or "from" is no antecedent
 * ("researchers from Finland, who" are the researchers), save the body after an office that
 * speaks for it.
 */
export function relativeAntecedent(frame: Frame, at: number): Slot | undefined {
  const { text } = frame.state;
  const from = clauseStart(frame, at);
  const opening = RELATIVE_OPENING.exec(text.slice(frame.sentence.start, from));
  if (!opening) return undefined;
  const comma = frame.sentence.start + opening.index;
  const antecedent = frame.slots.findLast(
    (s) => s.kind === "actor" && s.end <= comma && ANTECEDENT_GAP.test(text.slice(s.end, comma)),
  );
  if (!antecedent) return undefined;
  const before = text.slice(frame.sentence.start, antecedent.start);
  const words = frame.state.lexicon.words;
  // "members of the Council, whose secretary-general condemned": the office is the antecedent's own.
  const officeOfAntecedent = /whose$/i.test(opening[0]) && opensWithOwnedOffice(words, text.slice(from, at));
  return officeOfAntecedent || !HEAD_COMPLEMENT.test(before) || speakingOfficeOf(words).test(before)
    ? antecedent
    : undefined;
}

/** The acting slots of the clause before `at`: its first actor that is not a place, with coordinated ones. */
export function subjectBefore(frame: Frame, at: number): Slot[] {
  const from = clauseStart(frame, at);
  const actors = frame.slots.filter((s) => s.kind === "actor" && s.start >= from && s.end <= at);
  const first = actors.find(
    (s, i) =>
      !isLocative(frame, s) && !s.possessive && !(actors[i + 1] && qualifiesInTimePhrase(frame, s, at)),
  );
  const possessive = frame.slots.find(
    (s) => s.kind === "actor" && s.start >= from && s.end <= at && s.possessive,
  );
  const chosen = first ?? possessive;
  if (chosen) return withCoordinated(frame, chosen, at);
  // 'Moscow "has nothing to do with" the attacks': a quotation opening the predicate keeps its subject.
  const quote = /["“]\s*$/.exec(frame.state.text.slice(frame.sentence.start, from));
  return quote && from > frame.sentence.start ? subjectBefore(frame, frame.sentence.start + quote.index) : [];
}

/** A pronoun standing before the verb for whoever speaks the sentence ("X said it had asked"). */
const PRONOUN_SUBJECT = new RegExp(
  String.raw`\b(?:${alternation(SPEAKER_PRONOUNS)})\s+(?:(?:\p{Ll}+ly|${alternation(PRONOUN_VERB_GAP)})\s+){0,3}["“]?$`,
  "iu",
);

/**
 * "X said it had asked", "X said it was not behind it": when a pronoun is the subject of the verb at
 * `at` (`before`: the sentence's text before it), the subject of the speech verb before it; else none.
 */
export function pronounSpeaker(frame: Frame, at: number, before: string): Slot[] {
  if (!PRONOUN_SUBJECT.test(before)) return [];
  const speaker = frame.speakerSlots.find((s) => s.end <= at);
  return speaker ? subjectBefore(frame, speaker.end) : [];
}

/** A passive auxiliary ending the text before a participle ("was run by", "had been quietly run by"). */
export const PASSIVE_LEAD =
  /\b(?:was|were|is|are|been|be|being)\s+(?:(?:\p{Ll}+ly|also|later|then|first|since|now|once|most|very|almost)\s+){0,3}$/u;

/** Auxiliaries, adverbs and raising verbs between a passive's subject and its participle ("is believed to have been"). */
const PASSIVE_VERB_GROUP =
  /(?:\b(?:is|was|are|were|be|been|being|has|have|had|to|also|now|later|then|first|since|once|long|most|believed|thought|said|understood|known|assessed|alleged|suspected|\p{Ll}+ly)\s+)+$/iu;
const PARTICIPLE_ASIDE = /(?:[\s,(–—-]|\b(?:\p{Ll}+ly|also|long|since|now|once|first|still)\b)*$/u;
/** A relative pronoun before the verb group, with a reporter inside the clause ("that analysts say"). */
const RELATIVE_BEFORE =
  /(?:,\s*)?\b(?:that|which|who)\s+(?:[^,;:.“”"]{0,60}?\b(?:says?|said|believes?|believed|assess(?:es)?|assessed|thinks?|thought|suspects?|suspected)\s+)?$/i;

/**
 * A quotation opening before the participle, at most adverbs between ('the group is "run by', 'is
 * "most probably tasked by'): its mark follows a space.
 */
const OPENING_QUOTE_END = /(?<=^|\s)["“](?=(?:\p{Ll}+\s+){0,3}$)/u;

/**
 * The sentence's text before a participle, without a quotation mark opening among the words right
 * before it: 'the group is "run by"', 'which it described as "controlled by"' quote the words, not
 * the clause, so the auxiliary or the relative pronoun before the mark still governs the participle.
 */
export function participleLead(lead: string): string {
  return lead.replace(OPENING_QUOTE_END, "");
}

/**
 * What a participle at `at` qualifies: the noun phrase right before it ("hackers backed by", "a
 * payment portal operated by"), the antecedent of a relative clause ("a portal that is run by",
 * "a group which analysts say is run by"), or, for a passive, its clause's subject ("The wiper
 * was written by"). `whole`: the subject phrase as a whole (it may end in what the attack hit),
 * not only its last words. `quoted`: a quotation opening before the participle stands aside
 * (see participleLead).
 */
export function participleHead(
  frame: Frame,
  at: number,
  quoted = false,
): { start: number; end: number; whole: boolean } {
  const { text } = frame.state;
  const said = text.slice(frame.sentence.start, at);
  const lead = quoted ? participleLead(said) : said;
  const verbGroup = PASSIVE_LEAD.test(lead) ? PASSIVE_VERB_GROUP.exec(lead) : null;
  if (!verbGroup) {
    // "APT29, widely associated with", "APT29 (run by": adverbs and an opening mark stand aside.
    const aside = PARTICIPLE_ASIDE.exec(lead)?.[0].length ?? 0;
    return { start: frame.sentence.start, end: at - aside, whole: false };
  }
  const end = frame.sentence.start + verbGroup.index;
  const relative = RELATIVE_BEFORE.exec(text.slice(frame.sentence.start, end));
  if (relative)
    return { start: frame.sentence.start, end: frame.sentence.start + relative.index, whole: false };
  return { start: clauseStart(frame, end), end, whole: true };
}

/** "run by", "operated by": a participle said of whatever a body runs, attacks and groups or not. */
export const governedBy = (words: Words) =>
  patternFor(
    words,
    "governed-by",
    (w) => new RegExp(`^(?:${w.verbs.govern.participle})\\s+(?:\\w+\\s+)?by\\b`, "i"),
  );

/** A phrase opening the sentence that names a source: "According to the ministry,", "Citing French officials,". */
const SOURCE_OPENING = new RegExp(`^\\W*(?:${SOURCE_PHRASE})\\s+[^,;]*$`);

const actorTypes = new Set(["state", "agency", "organization", "person", "group"]);
/** A slot naming who can act (not a place, a sector or a product). */
export const isActor = (frame: Frame, s: Slot) => actorTypes.has(typeOf(frame, s.key) ?? "");

/**
 * A phrase opening the sentence is never its acting subject: "According to Bolivia, Chile sent
 * experts", "Citing French officials, Iran carried out the attack", "a team deployed at the
 * request of X was working with". When the subject found heads such a phrase (a preposition's or
 * a source's object), the main clause's subject after the phrase acts, if it stands before `at`.
 */
export function pastOpeningPhrase(frame: Frame, subject: Slot[], at: number): Slot[] {
  const head = subject[0];
  if (!head || !inOpeningPhrase(frame, head)) return subject;
  const main = mainSubjectAfter(frame, head.end);
  return main.every((s) => s.end <= at) ? main : [];
}

function inOpeningPhrase(frame: Frame, s: Slot): boolean {
  const before = frame.state.text.slice(frame.sentence.start, s.start);
  if (SOURCE_OPENING.test(before)) return true;
  // "experts from X had helped", "the government of X turned to": the head noun names X's people.
  return GOVERNED.test(before.slice(-12)) && !actorHeadOf(frame.state.lexicon.words).test(before);
}

const actorHeadOf = (words: Words) =>
  patternFor(
    words,
    "actor-head-of",
    (w) =>
      new RegExp(
        `\\b(?:${w.nouns.team.any}|${w.nouns.institution.any}|${w.nouns.body.any})\\s+(?:of|from)\\s+(?:the\\s+)?$`,
        "i",
      ),
  );

/**
 * The subject of the main clause after an opening phrase that ends at the first comma after `from`;
 * none when that clause names no actor ("Thanks to help from X, the registry was back online, and
 * Y thanked Z": Y heads a clause of its own).
 */
export function mainSubjectAfter(frame: Frame, from: number): Slot[] {
  const { text } = frame.state;
  const comma = text.indexOf(",", from);
  if (comma < 0 || comma >= frame.sentence.end) return [];
  const end = clauseEnd(frame, comma + 1);
  const subject = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.start > comma &&
      s.end <= end &&
      isActor(frame, s) &&
      !GOVERNED.test(text.slice(Math.max(comma, s.start - 12), s.start)),
  );
  return subject ? withPossessor(frame, [subject]) : [];
}

/** "Russia's GRU": a body acts with the state that owns it. */
export function withPossessor(frame: Frame, slots: Slot[]): Slot[] {
  const first = slots[0];
  const owner =
    first &&
    frame.slots.find(
      (s) =>
        s.possessive && s.end <= first.start && /^['’]s\s+$/.test(frame.state.text.slice(s.end, first.start)),
    );
  return owner && typeOf(frame, owner.key) === "state" ? [...slots, owner] : slots;
}

/** The first actors after `at` in the same clause (with coordinated ones); who speaks the sentence is not its object. */
export function objectAfter(frame: Frame, at: number, exclude: string[] = [], throughQuotes = false): Slot[] {
  const end = clauseEnd(frame, at, throughQuotes);
  // "a crew that, according to Peru's minister, works for X": who speaks in an aside is no object.
  const asides = matchesOf(
    patternFor(frame.state.lexicon.words, "speech-aside", speechAside),
    frame.state.text.slice(at, end),
  ).map((m) => ({ from: at + m.index, to: at + m.index + m[0].length }));
  const first = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.start >= at &&
      s.start < end &&
      !exclude.includes(s.key) &&
      !frame.speakerSlots.includes(s) &&
      !asides.some(({ from, to }) => s.start >= from && s.end <= to),
  );
  if (!first) return [];
  // "two Peruvian government-run crews dubbed A and B": the demonym's state and the groups it names.
  const named = frame.slots.find((s) => s.kind === "actor" && s.start >= first.end && s.start < end);
  if (
    named &&
    typeOf(frame, first.key) === "state" &&
    demonymNaming(frame.state.lexicon.words).test(frame.state.text.slice(first.end, named.start))
  )
    return [first, ...withCoordinated(frame, named, end)];
  return withCoordinated(frame, first, end);
}

/** Between a demonym (its slot may hold "Peruvian state") and the names it introduces: "-backed groups known as ", " hacking crews dubbed ". */
const demonymNaming = (words: Words) =>
  patternFor(
    words,
    "demonym-naming",
    (w) =>
      new RegExp(
        String.raw`^(?:-[\w-]+)?\s+(?:[\w-]+\s+){0,2}?(?:${w.nouns.group.any})\s+(?:${w.verbs.naming.past})\s+(?:the\s+)?["“]?$`,
        "iu",
      ),
  );

/** `slot` heads the phrase that starts at `from`: only a determiner, a quote mark or a possessor stands between. */
export function headsPhraseAt(frame: Frame, from: number, slot: Slot): boolean {
  const gap = frame.state.text.slice(from, slot.start);
  if (/^\s*(?:(?:the|a|an|its|their)\s+)?["“]?$/i.test(gap)) return true;
  // "a hacking group known as APT31": the name given is the phrase's head.
  const named = patternFor(
    frame.state.lexicon.words,
    "named-head",
    (w) =>
      new RegExp(`^\\s*(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${w.verbs.naming.past})\\s+["“]?$`, "i"),
  );
  if (named.test(gap)) return true;
  // "a unit of North Korea's Reconnaissance General Bureau": the possessor opens the phrase.
  return frame.slots.some(
    (s) => s.possessive && s.start >= from && s.end <= slot.start && headsPhraseAt(frame, from, s),
  );
}

/** The incident a rule speaks of: a mention after `at` in the clause, else before it, else the current one. */
export function incidentNear(frame: Frame, at: number): string | undefined {
  const end = clauseEnd(frame, at);
  const after = frame.incidents.find((i) => i.start >= at && i.start < end);
  if (after) return after.key;
  const before = [...frame.incidents].reverse().find((i) => i.end <= at);
  return before?.key ?? frame.currentIncident;
}

/** A gazetteer entity a claim needs but the text did not name by itself (a sponsor inside a group's name, a body's owner). */
export function ensureEntity(frame: Frame, key: string): void {
  const { state } = frame;
  const info = state.lexicon.entities.get(key);
  if (state.entities.has(key) || frame.entitiesNeeded.some((e) => e.key === key) || !info) return;
  frame.entitiesNeeded.push({ key, type: info.type, label: info.label, aliases: [], mentions: [] });
}

/** The group whose latest mention before `at` is the latest of all groups'. */
export function lastGroupBefore(frame: Frame, at: number): string | undefined {
  return namedLastBefore(frame.state, at, (type) => type === "group");
}

/**
 * A government noun ("administration", "government") ends the mention ("Biden administration" read
 * as one person's name) or is the next word after it, past a possessive ("the Scholz government",
 * "Macron's government"): read by words, so nothing further on in the sentence counts.
 */
function governmentNounAt(frame: Frame, slot: Slot): boolean {
  const { text } = frame.state;
  const isNoun = (token: Token | undefined) => !!token && LED_GOVERNMENT_NOUNS.includes(token.norm);
  if (isNoun(tokenize(text.slice(slot.start, slot.end)).at(-1))) return true;
  const [first, second] = tokenize(text.slice(slot.end, frame.sentence.end), slot.end);
  const next = first?.norm === "s" ? second : first;
  // Only a space, or a possessive and a space, between the name and the noun.
  return isNoun(next) && /^(?:['’]s)?\s+$/.test(text.slice(slot.end, next!.start));
}

/**
 * "The Biden administration said": a government named after the one who heads it acts for that
 * one's state, not as the person (who said nothing in person).
 */
function governmentNamedAfter(frame: Frame, slot: Slot): string | undefined {
  const { state } = frame;
  if (entityType(state, slot.key) !== "person") return undefined;
  if (!governmentNounAt(frame, slot)) return undefined;
  const known = state.lexicon.entities.get(slot.key)?.country;
  if (known) return known;
  const body = state.persons.get(slot.key)?.affiliations[0];
  const entity = body ? (state.entities.get(body) ?? state.lexicon.entities.get(body)) : undefined;
  return entity?.type === "state" ? body : entity?.country;
}

/** Persons act for the bodies they hold office in: the claim is theirs and their body's. */
export function actorsOf(frame: Frame, slots: Slot[]): string[] {
  const keys: string[] = [];
  for (const slot of slots) {
    const government = governmentNamedAfter(frame, slot);
    if (government) {
      if (!keys.includes(government)) keys.push(government);
      ensureEntity(frame, government);
      continue;
    }
    if (!keys.includes(slot.key)) keys.push(slot.key);
    const person = frame.state.persons.get(slot.key);
    const body = person?.affiliations[0];
    if (body && !keys.includes(body)) keys.push(body);
    // A foreign ministry and its spokespeople speak for their state.
    const agency = frame.state.entities.get(body ?? slot.key);
    const speaksForState =
      FOREIGN_MINISTRY.test(agency?.label ?? "") ||
      patternFor(
        frame.state.lexicon.words,
        "spokesperson",
        (w) => new RegExp(`\\b(?:${w.nouns.spokesperson.any})\\b`, "i"),
      ).test(person?.role ?? "");
    if (agency?.type === "agency" && agency.country && speaksForState && !keys.includes(agency.country))
      keys.push(agency.country);
  }
  return keys;
}

/**
 * Who makes a claim, by the data model's rule: each speaker, the body they speak for, and the
 * state that body (or the speaker) belongs to ("Chile holds Pyongyang responsible, Interior
 * Minister Rosa Díaz said" → Rosa Díaz, the interior ministry where named, Chile).
 */
export function claimantsOf(frame: Frame, keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    addOnce(out, key);
    for (const body of frame.state.persons.get(key)?.affiliations ?? []) {
      addOnce(out, body);
      addOnce(out, agencyState(frame, body));
    }
    addOnce(out, agencyState(frame, key));
  }
  return out;
}

/** Adds `key` to `keys` unless absent or there already. */
function addOnce(keys: string[], key: string | undefined): void {
  if (key && !keys.includes(key)) keys.push(key);
}

/** The state an agency belongs to, from the article's entities or the gazetteer's. */
function agencyState(frame: Frame, key: string): string | undefined {
  const entity = frame.state.entities.get(key) ?? frame.state.lexicon.entities.get(key);
  return entity?.type === "agency" ? entity.country : undefined;
}

/**
 * A military invasion named in a cyber story is the war it is set in ("sanctions over its invasion
 * of Ukraine", "the group emerged after the invasion"): the story claims nothing about who invaded
 * whom, so no claim has it for an end. Coup plots and poisonings stay: a story accuses someone of them,
 * and so does a "cyber invasion", which is an attack by another word.
 */
function isBackgroundWar(state: ClaimState, key: string): boolean {
  const entity = state.entities.get(key);
  return (
    entity?.type === "incident" &&
    entity.kind === "invasion" &&
    !entity.aliases.some((alias) => CYBER_INVASION.test(alias))
  );
}

/** "a cyber invasion of its water utility" is an attack the story claims, not the war it is set in. */
const CYBER_INVASION = new RegExp(
  `\\b(?:${alternation(CYBER_INVASION_MODIFIERS)})[\\w-]*\\s+invasion\\b`,
  "i",
);

export function emit(
  frame: Frame,
  type: EdgeType,
  source: string | undefined,
  target: string | undefined,
  options: { claimants?: string[]; suspected?: boolean; confidence?: number; date?: PartialDate } = {},
): void {
  if (!source || !target || source === target) return;
  const { sentence, state } = frame;
  if (isBackgroundWar(state, source) || isBackgroundWar(state, target)) return;
  const given = options.claimants ?? frame.speakers;
  const reported =
    type === "attributed-to" && frame.relativeClaimants
      ? frame.relativeClaimants(source, target, given)
      : given;
  const claimants = reported.filter((c) => c !== source || type === "attributed-to");
  const claim: ExtractedClaim = {
    type,
    source,
    target,
    claimants,
    stance: (options.suspected ?? frame.hedged) ? "suspected" : "asserted",
    evidence: [{ doc: state.id, quote: sentence.text, start: sentence.start, end: sentence.end, claimants }],
    confidence: options.confidence ?? 0.7,
  };
  const date = options.date ?? frame.date;
  if (date) claim.date = date;
  // One sentence states a claim once, however many rules find it.
  const same = state.claims.find(
    (c) =>
      c.type === type &&
      c.source === source &&
      c.target === target &&
      c.evidence[0]!.start === sentence.start,
  );
  if (same) {
    for (const k of claimants) if (!same.claimants.includes(k)) same.claimants.push(k);
    if (claim.stance === "asserted") same.stance = "asserted";
    return;
  }
  state.claims.push(claim);
  if (TRACE) trace("TRACE", { doc: state.id, type, source, target, start: sentence.start, rule: frame.rule });
}
