/**
 * Who speaks a sentence: the actors a speech verb follows or precedes ("X said", "said X",
 * "according to X"), with the actors listed before them as one subject ("the United States,
 * Britain and Australia said"). Read by the reading stage (a quotation's speaker, pronouns) and
 * by the claim stage (claimants); the speech, hedge and clause-break patterns are built here once
 * per lexicon for both.
 */
import { MONTH_ALTERNATION, WEEKDAYS } from "./dates";
import { EXTRACTION_DEFAULTS } from "./defaults";
import type { DocumentView } from "./document-state";
import {
  alternation,
  CONFIDENCE_DEGREES,
  EVIDENCE_GATHERING_PARTICIPLES,
  FINDING_NOUNS,
  MAIN_CLAUSE_OPENERS,
  CONFIDENT_COPULAS,
  NEWS_AGENCIES,
  PARTNER_PHRASES,
  patternFor,
  SOURCE_CONTINUERS,
  SOURCE_PARTICIPLE_PREPOSITIONS,
  SPEECH_TIME_WORDS,
  SUBJECT_OPENING_LEADS,
  SUBORDINATORS,
  VERB_LEAD_ADVERBS,
  type Words,
} from "./lexicon";
import type { Slot } from "./mentions/slots";
import type { Sentence } from "./sentences";
import { matchesOf } from "./text";

/** What opens a phrase naming the source of a claim ("according to X", "citing X", "quoted by X", "a wire quotes X saying"). */
export const SOURCE_PHRASE = "[Aa]ccording to|[Cc]iting|[Cc]ited|[Qq]uoted|[Qq]uoting|[Qq]uotes";
/**
 * What opens a phrase naming a body whose findings the sentence presents ("on the basis of the
 * findings of X", "repeating the conclusions of X", "the evidence collected by X"): a source too.
 */
const FINDINGS_SOURCE = String.raw`\b(?:${alternation(FINDING_NOUNS)})\s+(?:of|by)|\bevidence\s+(?:${alternation(EVIDENCE_GATHERING_PARTICIPLES)})\s+by`;
/** A match of `speechBefore` that is a findings phrase ("findings of ", "evidence collected by the "). */
const FINDINGS_HEAD = new RegExp(String.raw`^(?:${FINDINGS_SOURCE})`);
/** A source phrase ending right before the source it names ("according to the ", "the findings of "). */
const SOURCE_HEAD = new RegExp(String.raw`^(?:(?:${SOURCE_PHRASE})|${FINDINGS_SOURCE})\s+(?:the\s+)?$`);
/**
 * A comma and then a lower-case word that opens no noun phrase, list or relative clause: the source
 * phrase has closed and the sentence's own predicate goes on ("The attack, according to officials,
 * was carried out by X": X is the agent, not a source). A participle with its preposition ("according
 * to a report, written by analysts at X", "led by X") still describes the source.
 */
const SOURCE_CLOSED = String.raw`,\s+(?!(?:${alternation(SOURCE_CONTINUERS)})\b)(?!\p{Ll}+(?:ed|en|wn|ing)\s+(?:${alternation(SOURCE_PARTICIPLE_PREPOSITIONS)})\b)\p{Ll}`;

/**
 * "X had high confidence that", "X is highly confident that": a stated confidence reports what
 * follows as "X assessed that" does (the auxiliary before it is read with the other leads).
 */
const CONFIDENCE = String.raw`(?:(?:a\s+)?(?:${CONFIDENCE_DEGREES.join("|")})\s+(?:degree\s+of\s+)?confidence|(?:${CONFIDENT_COPULAS.join("|")})\s+(?:[a-z]+ly\s+)?confident)\s+that`;

/** "It" opening a sentence as its subject: the body the sentence before was about (read by the claim stage). */
export const OPENING_IT = /^\W{0,3}It\b/;

/** What may open a sentence before its subject: a list item's mark, "The", a short opening phrase ("In its technical note"). */
export const SUBJECT_OPENING = new RegExp(
  String.raw`^[\s\-–—•*]*(?:\(?[a-z\d]{1,3}\)\s*)?(?:(?:${alternation(
    SUBJECT_OPENING_LEADS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  )})\b[^,;:“”"]{0,${EXTRACTION_DEFAULTS.subjectOpeningChars}}?,?\s+)?(?:[Tt]he\s+)?$`,
);

/** The sentence-level patterns built from a lexicon's words, compiled once per lexicon. */
interface FramePatterns {
  speechAfter: RegExp;
  speechBefore: RegExp;
  /**
   * A verb form or source phrase every match of `speechAfter` and of `speechBefore` holds, in any
   * case: a sentence without one has no speaker a verb of speech names.
   */
  speechCue: RegExp;
  hedge: RegExp;
  clauseBreak: RegExp;
  speechJoined: RegExp;
}
/** "X said", "X, the ministry said": a verb of speech (or a stated confidence) right after the speaker. */
function speechAfterPattern(words: Words): RegExp {
  const speech = words.verbs.speech;
  return new RegExp(
    `^\\s*(?:\\)\\s*|\\([^)]{1,12}\\)\\s*)?(?:,\\s*)?(?:(?:${alternation(VERB_LEAD_ADVERBS)})\\s+){0,3}(${speech.present}|${saidForms(words)}|(?:${words.verbs.speechThat.present}|${words.verbs.speechThat.past})\\s+that|${CONFIDENCE})\\b`,
  );
}

/** The past forms of the speech verbs ("said", "told", "stated"). */
const saidForms = (words: Words) => `${words.verbs.speech.past}|${words.verbs.speechPast.past}`;

const MONTHS = capitalisedAlternation(MONTH_ALTERNATION.split("|"));
/**
 * When or where a speaker spoke, between an inverted verb and the speaker: '"...," declared on
 * Friday the minister', 'affirmed on this Monday (12) the Minister', 'said yesterday in the
 * Senate the minister'. Read only after a quotation's or a clause's close, where the verb can have
 * no subject before it.
 */
const SPOKEN_WHEN = String.raw`(?:on\s+(?:this\s+)?(?:${capitalisedAlternation(WEEKDAYS)})(?:\s+\(\d{1,2}\))?|on\s+(?:${MONTHS})\.?\s+\d{1,2}|on\s+\d{1,2}\s+(?:${MONTHS})|${SPEECH_TIME_WORDS.map((w) => w.replace(" ", String.raw`\s+`)).join("|")})`;
const SPOKEN_WHERE = String.raw`(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*)*`;
const SPOKEN_ADVERBIALS = String.raw`(?:(?:${SPOKEN_WHEN}|${SPOKEN_WHERE}),?\s+){1,2}`;

/** A list of lower-case words as an alternation of their capitalised forms ("Monday|Tuesday"). */
function capitalisedAlternation(list: readonly string[]): string {
  return list.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|");
}

/**
 * "said a spokeswoman for the ministry": the body a spokesperson speaks for follows the verb.
 * '"...," declared on Friday the minister': after a quotation's close, when and where the speaker
 * spoke may stand between the verb and the speaker (group 3 holds that verb, as group 1 the other's).
 */
function speechBeforePattern(words: Words): RegExp {
  const said = `${saidForms(words)}|${words.verbs.speech.third}|told \\w+`;
  return new RegExp(
    `\\b(${said})\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:[\\w-]+\\s+)?(?:${words.nouns.spokesperson.any})\\s+(?:for|of|at)\\s+(?:the\\s+)?(?:[\\p{L}.-]+['’]s\\s+)?)?$|(?:\\b(${SOURCE_PHRASE})|${FINDINGS_SOURCE})\\b(?:(?!${SOURCE_CLOSED})[^.;“”"]){0,70}$|[,”"]\\s*(${said})\\s+${SPOKEN_ADVERBIALS}(?:the\\s+)?$`,
    "u",
  );
}

function speechCuePattern(words: Words): RegExp {
  const speech = words.verbs.speech;
  return new RegExp(
    `${speech.present}|${saidForms(words)}|${speech.third}|told|${words.verbs.speechThat.present}|${words.verbs.speechThat.past}|confiden|${SOURCE_PHRASE}|${FINDINGS_SOURCE}`,
    "i",
  );
}

/**
 * A second verb of the subject: "and later said", or a participle of speech after a comma ("X went
 * further, alleging that ...", "Y condemned the raid, saying it ...").
 */
function speechJoinedPattern(words: Words): RegExp {
  const v = words.verbs;
  return new RegExp(
    `\\band\\s+(?:(?:later|also|then|has|have|had)\\s+)*(?:${saidForms(words)})\\b|,\\s+(?:${v.speech.gerund}|${v.speechPast.gerund}|(?:${v.speechThat.gerund})\\s+that)\\b`,
  );
}

/** ", claiming Belarus had done it": a participle of speech after a comma opens what is said. */
function clauseBreakPattern(words: Words): RegExp {
  const v = words.verbs;
  return new RegExp(
    `[;:“”"]|,\\s+(?:and|but|while|as|after|which|who|whose|where|when|${v.speech.gerund}|${v.speechPast.gerund}|${v.speechThat.gerund})\\b|\\b(?:but|after|before|when|while|because|although|though|whereas|that|whether)\\s|\\b(?:(?!told\\b|tells\\b)(?:${saidForms(words)}|${v.speech.third})|told\\s+(?:reporters|journalists|lawmakers|parliament|${alternation(NEWS_AGENCIES)}))\\s+(?:on\\s+\\w+\\s+)?`,
    "g",
  );
}

/**
 * Each sentence-level pattern of a lexicon, compiled once and kept on the lexicon (`patternFor`).
 * The readers run for every sentence and every trigger fetch the one they need: the whole set
 * (`patternsOf`) is six look-ups and an object.
 */
const speechAfterOf = (words: Words) => patternFor(words, "speakers.speech-after", speechAfterPattern);
const speechBeforeOf = (words: Words) => patternFor(words, "speakers.speech-before", speechBeforePattern);
const speechCueOf = (words: Words) => patternFor(words, "speakers.speech-cue", speechCuePattern);
const hedgePattern = (words: Words) => new RegExp(`\\b(?:${words.hedges})\\b`, "i");
export const hedgeOf = (words: Words) => patternFor(words, "speakers.hedge", hedgePattern);
const speechJoinedOf = (words: Words) => patternFor(words, "speakers.speech-joined", speechJoinedPattern);
const clauseBreakOf = (words: Words) => patternFor(words, "speakers.clause-break", clauseBreakPattern);

/** The sentence-level patterns of a lexicon. */
export function patternsOf(words: Words): FramePatterns {
  return {
    speechAfter: speechAfterOf(words),
    speechBefore: speechBeforeOf(words),
    speechCue: speechCueOf(words),
    hedge: hedgeOf(words),
    speechJoined: speechJoinedOf(words),
    clauseBreak: clauseBreakOf(words),
  };
}

/**
 * Offsets in `text` (a sentence's opening) where a clause opens: 0, then after each clause break
 * (a conjunction, a relative after a comma, a reporting verb). Shared by the claim stage's
 * clauseStart and the reading stage's passive subject.
 */
export function clauseStarts(words: Words, text: string): number[] {
  const starts = [0, ...matchesOf(clauseBreakOf(words), text).map((m) => m.index + m[0].length)];
  const fronted = FRONTED_CLAUSE.exec(text);
  if (fronted) starts.push(fronted[0].length);
  return starts.sort((a, b) => a - b);
}

/** A name of capitalised words, "the" allowed before it ("the United States"). */
const CAPITALISED_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*`;

/**
 * A subordinate clause opening the sentence, through the comma that closes it: "After hackers struck
 * the grid, Estonia asked NATO for help" — what follows the comma is the main clause, whose subject
 * the fronted clause's actor is not. The clause must hold a lower-case word besides "and"/"or"/"the"
 * (its verb) before that comma: "If Fiji, Tonga and Samoa joined NATO" closes no clause at "Fiji,".
 * An aside right after the subordinator is skipped ("If, as expected, Fiji joins, ..."), and so is a list of
 * names ending the fronted clause. The comma must be followed by a subject: "Since Monday a team is on
 * site, working alongside …" ends no fronted clause (its "since" opens a phrase, not a clause).
 */
const FRONTED_CLAUSE = new RegExp(
  String.raw`^\W*(?:${alternation(SUBORDINATORS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})\b` +
    String.raw`(?:\s*,[^,]*,)?(?=[^,;:]*\b(?!(?:and|or|the)\b)\p{Ll}{2,})[^,;:]*` +
    // "After hackers hit Latvia, Lithuania and Estonia, NATO …": a list of names runs on past its commas.
    String.raw`(?:(?:,\s*${CAPITALISED_NAME})+,?\s+(?:and|or)\s+${CAPITALISED_NAME})?,\s*` +
    // The main clause's subject follows: a name or a determiner or pronoun, not "working alongside …".
    String.raw`(?=\p{Lu}|(?:${alternation(MAIN_CLAUSE_OPENERS)})\b)`,
  "u",
);

/** Whether a text holds a verb of speech (or "according to"): a sentence without one has no speaker before or after one. */
export const mayNameSpeech = (words: Words, text: string): boolean => speechCueOf(words).test(text);

/**
 * The sentence's speakers. `speech` is `mayNameSpeech` of the sentence: the reading tests it once
 * for the two reads of a sentence (before and after its pronouns and incidents are resolved).
 */
export function findSpeakers(
  state: DocumentView,
  sentence: Sentence,
  slots: Slot[],
  speech = mayNameSpeech(state.lexicon.words, sentence.text),
  verbsAt: SpeechVerbsAt = speechVerbsAt(),
): Slot[] {
  const speechJoined = speechJoinedOf(state.lexicon.words);
  const speakers = speech ? verbSpeakers(state, sentence, slots, verbsAt) : [];
  // "Vasquel, who runs the agency, blamed X and later said ...", "Vasquel blamed X, saying ...": the
  // sentence's subject speaks a second verb joined to the first by "and", or a participle of speech.
  const subject = slots.find((s) => s.kind === "actor");
  if (
    speakers.length === 0 &&
    subject &&
    !subject.possessive &&
    /^\W*(?:the\s+)?$/i.test(state.text.slice(sentence.start, subject.start)) &&
    speechJoined.test(state.text.slice(subject.end, sentence.end))
  )
    speakers.push(subject);
  return speakers;
}

/** Whether another slot than `slot` starts within `length` characters after it. */
function otherActorWithin(slots: readonly Slot[], slot: Slot, length: number): boolean {
  return slots.some((s) => s.key !== slot.key && s.start >= slot.end && s.start < slot.end + length);
}

/** A verb of denial and up to three words, right before what it rejects ("rejected the ", "flatly dismissed all the "). */
const rejectingBefore = (words: Words) =>
  patternFor(
    words,
    "speakers.rejecting-before",
    (w) => new RegExp(String.raw`\b(?:${w.verbs.deny.any})\s+(?:[\w'’-]+\s+){0,3}?$`, "i"),
  );

/**
 * "China rejected the findings of BIS that APT31 was behind it": findings a denial rejects are not
 * presented by the sentence, whose speaker is the denier; the body is the accuser of the rejected
 * claim, read as such by the attribution rules (a speaker slot is never a rejected claim's agent).
 */
function rejectedFindings(words: Words, beforeCue: string, cue: RegExpExecArray): boolean {
  return FINDINGS_HEAD.test(cue[0]) && rejectingBefore(words).test(beforeCue);
}

/** The speakers a verb of speech names: before it, after it, with their partners and the bodies they come from. */
/**
 * The speech verbs read at a sentence's slot offsets, by offset in the article: readSentence finds
 * the sentence's speakers twice (before and after resolving pronouns and incidents), over slots that
 * mostly have not moved, and each reading runs both long patterns at every actor slot. One per sentence.
 */
export interface SpeechVerbsAt {
  /** `speechBefore` over the text before a slot's start. */
  before: Map<number, RegExpExecArray | null>;
  /** `speechAfter` over the text from a slot's end (past its asides). */
  after: Map<number, RegExpExecArray | null>;
}

export const speechVerbsAt = (): SpeechVerbsAt => ({ before: new Map(), after: new Map() });

function readOnce(
  readings: Map<number, RegExpExecArray | null>,
  at: number,
  read: () => RegExpExecArray | null,
): RegExpExecArray | null {
  let found = readings.get(at);
  if (found === undefined) readings.set(at, (found = read()));
  return found;
}

function verbSpeakers(
  state: DocumentView,
  sentence: Sentence,
  slots: Slot[],
  verbsAt: SpeechVerbsAt,
): Slot[] {
  const speechAfter = speechAfterOf(state.lexicon.words);
  const speechBefore = speechBeforeOf(state.lexicon.words);
  const speakers: Slot[] = [];
  // Slots inside a speaker's description in apposition: the speaker again, never a second one.
  const described: Slot[] = [];
  for (const slot of slots) {
    if (slot.kind !== "actor") continue;
    // "Sorvik Labs, which the ministry hired in May, said": the relative clause stands aside.
    // "The Velmar institute, a private research body, now says": so does a description in apposition.
    const rest = state.text.slice(slot.end, sentence.end);
    const relative = RELATIVE_ASIDE.exec(rest)?.[0].length ?? 0;
    // "Chile's cyber agency, ANCI, said": its short form is a description too, unless it names another actor.
    const shortForm = SHORT_FORM_ASIDE.exec(rest)?.[0].length ?? 0;
    const description = relative
      ? 0
      : (DESCRIPTION_ASIDE.exec(rest)?.[0].length ??
        (otherActorWithin(slots, slot, shortForm) ? 0 : shortForm));
    // "The Council's secretary-general said", "Its spokesperson told": the office speaks for its owner.
    const office = slot.possessive ? (ownedOffice(state.lexicon.words).exec(rest)?.[0].length ?? 0) : 0;
    const aside = office || relative || description;
    const after = state.text.slice(slot.end + aside, Math.min(sentence.end, slot.end + aside + 40));
    const before = state.text.slice(Math.max(sentence.start, slot.start - 50), slot.start);
    // "said the GRU's campaign was reckless": a possessive after the verb opens what is said.
    // A possessive heads a noun phrase, never a verb: "his remarks", "Israel's claims" are no speech.
    // "said Venezuela was behind it": after the verb, a slot with a verb of its own is what is said.
    const cue = readOnce(verbsAt.before, slot.start, () => speechBefore.exec(before));
    const cueAt = slot.start - before.length + (cue?.index ?? 0);
    const said =
      cue && rejectedFindings(state.lexicon.words, state.text.slice(sentence.start, cueAt), cue) ? null : cue;
    const saysItself = said && !((said[1] ?? said[3]) && subjectOfVerb(state.lexicon.words).test(after));
    // "X, which linked the attack to Y, said": the comma closing the relative clause gives the verb to X.
    const closesRelative =
      /^\s*,/.test(after) && OPEN_RELATIVE.test(state.text.slice(sentence.start, slot.start));
    // "... the Harbour Fund, said Jane Doe": a verb after a comma that names its speaker right after
    // it ends what is said; the actor before the comma is no speaker. An actor with a verb of its
    // own after it opens what is said ("An MP, Jane Roe, said China was behind it"): Jane Roe speaks.
    const verbAfter = readOnce(verbsAt.after, slot.end + aside, () => speechAfter.exec(after));
    const verbEnd = slot.end + aside + (verbAfter?.[0].length ?? 0);
    const invertedAfter =
      verbAfter !== null &&
      /^\s*,/.test(after) &&
      slots.some(
        (s) =>
          s.kind === "actor" &&
          s.start >= verbEnd &&
          /^\s*(?:the\s+)?$/.test(state.text.slice(verbEnd, s.start)) &&
          !subjectOfVerb(state.lexicon.words).test(state.text.slice(s.end, sentence.end)),
      );
    const speaksAsOffice = office > 0 && verbAfter !== null;
    if (
      (!slot.possessive || speaksAsOffice) &&
      !closesRelative &&
      !invertedAfter &&
      (verbAfter !== null || saysItself)
    ) {
      for (const joint of coordinatedBefore(state, sentence, slots, slot))
        if (!speakers.includes(joint)) speakers.push(joint);
      speakers.push(slot);
      // "according to A and B", "the findings of A and B": the window before B may no longer reach
      // the source phrase when A's name is long; the bodies listed with A, which heads the phrase, are
      // sources too (not those of a clause the phrase runs into: "according to media, X asked A and B").
      if (said && SOURCE_HEAD.test(said[0]))
        for (const item of listFrom(state, slots, slot)) if (!speakers.includes(item)) speakers.push(item);
      const asideEnd = slot.end + description;
      described.push(...slots.filter((s) => s.start >= slot.end && s.end <= asideEnd));
    }
  }
  if (described.length > 0)
    speakers.splice(0, speakers.length, ...speakers.filter((s) => !described.includes(s)));
  // "Investigations by X, working with Y, have established that", "X, together with Y, said": the
  // body the speaker is named as the partner of heads the clause and speaks too.
  for (const speaker of [...speakers]) {
    const partner = slots.filter((s) => s.kind === "actor" && s.end <= speaker.start).at(-1);
    if (!partner || partner.possessive || speakers.includes(partner)) continue;
    if (PARTNER_JOINT.test(state.text.slice(partner.end, speaker.start))) speakers.push(partner);
  }
  // "Jorge Salas of the Interior Ministry said", "Ana Ruiz of the Treasury's cyber unit
  // said": a person named with the body they come from speaks, with the bodies of that phrase.
  for (const person of slots) {
    if (
      person.kind !== "actor" ||
      person.source !== "person" ||
      person.possessive ||
      speakers.includes(person)
    )
      continue;
    const of = PERSON_OF.exec(state.text.slice(person.end, sentence.end));
    if (!of) continue;
    const phraseEnd = person.end + of[0].length;
    const bodies = slots.filter((s) => s.kind === "actor" && s.start > person.end && s.end <= phraseEnd);
    if (bodies.length === 0 || !speechAfter.test(state.text.slice(phraseEnd, sentence.end))) continue;
    for (const s of [person, ...bodies]) if (!speakers.includes(s)) speakers.push(s);
  }
  return speakers;
}

/** After a person: "of" and the body they come from, up to the verb ("of the Treasury's sanctions office"). */
const PERSON_OF =
  /^\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.&-]*(?:['’]s?)?\s+|(?:and|for|of|the|on)\s+){1,8}(?!(?:and|for|of|the|on)\s)(?=(?:has\s+|have\s+|had\s+|also\s+|later\s+)?\p{Ll})/u;

/** What joins two items of a list: ", ", " and ", ", and ", " as well as ", after an item's short form in brackets if any ("the Federal Office (BSI), ..."). */
const LIST_JOINT = /^\s*(?:\([^)]{1,12}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:the\s+)?$/;
const LIST_LAST_JOINT = /^\s*(?:\([^)]{1,12}\)\s*)?(?:,\s*)?(?:and|as well as)\s+(?:the\s+)?$/;
/**
 * The actors listed from `first` on as one subject ("A, B and Britain's C": A, B, C), each owned item
 * by its body, not its owner: who "they" may stand for.
 */
export function listFrom(state: DocumentView, slots: readonly Slot[], first: Slot): Slot[] {
  const list = [first];
  for (const actor of slots.filter((s) => s.kind === "actor" && s.start >= first.end)) {
    const last = list.at(-1)!;
    const gap = state.text.slice(last.end, actor.start);
    // "and Britain's C": the owner opens the item, its body ends it.
    if (last.possessive && /^['’]s?\s+$/.test(gap)) list[list.length - 1] = actor;
    else if (LIST_JOINT.test(gap)) list.push(actor);
    else break;
  }
  return list.filter((s) => !s.possessive);
}

/** Before a list that is a clause's subject: the sentence's or an opening phrase's end. */
const subjectListOpening = (words: Words) =>
  patternFor(
    words,
    "speakers.subjectListOpening",
    (w) =>
      new RegExp(
        String.raw`(?:^|,)\s*(?:the\s+)?(?:(?:${w.nouns.listedBodies.any})\s+of\s+(?:the\s+)?)?$`,
        "i",
      ),
  );

/**
 * "In a joint statement, the United States, Britain and Australia said": the actors listed
 * before the one the speech verb follows speak too, when the list is the clause's subject
 * (closed by "and", opening the sentence or following an opening phrase's comma).
 */
function coordinatedBefore(state: DocumentView, sentence: Sentence, slots: Slot[], last: Slot): Slot[] {
  const actors = slots.filter((s) => s.kind === "actor" && s.end <= last.start);
  const list: Slot[] = [];
  let next = last;
  // Where an item opens: its owner ("the B's agency" opens at "B").
  let itemStart = last.start;
  for (let k = actors.length - 1; k >= 0; k--) {
    const actor = actors[k]!;
    // "A's police agency and the B's intelligence service said": the owner is part of the item.
    if (actor.possessive && /^['’]s\s+$/.test(state.text.slice(actor.end, itemStart))) {
      itemStart = actor.start;
      continue;
    }
    const gap = state.text.slice(actor.end, itemStart);
    if (!(next === last ? LIST_LAST_JOINT : LIST_JOINT).test(gap) || actor.possessive) break;
    list.unshift(actor);
    next = actor;
    itemStart = actor.start;
  }
  if (list.length === 0) return [];
  const opening = state.text.slice(sentence.start, itemStart);
  // "In a joint statement the United States, Britain and Australia said": an opening phrase need not close on a comma.
  return subjectListOpening(state.lexicon.words).test(opening) || SUBJECT_OPENING.test(opening) ? list : [];
}

/** The words that open a relative clause; read here and by the claim rules. */
export const RELATIVE_WORD = "which|who|whom|whose|that";
/** Adverbs and auxiliaries between a clause's subject and its verb ("which it later linked", "who has publicly blamed"). */
export const VERB_LEAD = String.raw`(?:(?:\p{Ll}+ly|also|first|later|then|has|have|had)\s+)*`;
/** A relative clause opened after a comma and not yet closed by another. */
const OPEN_RELATIVE = new RegExp(String.raw`,\s*(?:${RELATIVE_WORD})\b[^,;.“”"]*$`, "iu");
/**
 * An office whose holder speaks for a body, right after its owner ("'s Secretary-General", " spokesperson"
 * after "its" or "whose"). Group 0 ends with the office.
 */
const ownedOffice = (words: Words) =>
  patternFor(
    words,
    "speakers.owned-office",
    (w) => new RegExp(String.raw`^(?:['’]s)?\s+(?:${w.nouns.speakingOffice.any})\b`, "i"),
  );

/** Whether `text` (what follows an owner: "its", "whose", "NATO") opens with an office that speaks for the owner. */
export const opensWithOwnedOffice = (words: Words, text: string) => ownedOffice(words).test(text);

/** A relative clause between commas right after a slot ("X, whose team was brought in last week,"). */
const RELATIVE_ASIDE = new RegExp(String.raw`^\s*,\s*(?:${RELATIVE_WORD})\b[^,;.“”"]{1,100},(?=\s)`, "iu");

/** A description between commas right after a slot ("X, a French security company,", "X, the country's cyber agency,"). */
const DESCRIPTION_ASIDE = new RegExp(
  String.raw`^\s*,\s*(?:an?\s+|the\s+(?=\p{Ll}))[^,;.“”"]{1,${EXTRACTION_DEFAULTS.descriptionAsideChars}},(?=\s)`,
  "u",
);

/** A body's short form set off by commas right after its name ("Chile's cyber agency, ANCI, said"). */
const SHORT_FORM_ASIDE = /^\s*,\s*\p{Lu}[\p{Lu}\d&/-]{1,11},(?=\s)/u;

/**
 * What stands aside between a subject and its verb, as a length of `rest` (the text right after the
 * subject): a short form in brackets, then a relative clause or a description between commas
 * ("Romania's directorate (DNSC), which investigated the wiper, had traced it to X").
 */
export function asideLength(rest: string): number {
  const bracket = /^\s*\([^)]{1,12}\)/.exec(rest)?.[0].length ?? 0;
  const after = rest.slice(bracket);
  const aside = RELATIVE_ASIDE.exec(after) ?? DESCRIPTION_ASIDE.exec(after);
  return bracket + (aside?.[0].length ?? 0);
}

/** A slot followed by a finite verb is a clause's subject ("said Venezuela was behind"), not an inverted speaker. */
const subjectOfVerb = (words: Words) =>
  patternFor(
    words,
    "speakers.subjectOfVerb",
    (w) =>
      new RegExp(
        String.raw`^\s+(?:(?:also|then|had|has|have)\s+)?(?:was|were|is|are|had|has|have|would|could|will|may|might|did|does|do|${w.verbs.subjectDeed.past})\b`,
        "i",
      ),
  );

/** Between a body and the speaker after it, the body's partner in the clause's subject: ", working with the". */
const PARTNER_JOINT = new RegExp(
  String.raw`^\s*\)?\s*,\s*(?:${alternation(PARTNER_PHRASES)})\s+(?:the\s+)?$`,
  "i",
);

/**
 * A transcript's speaker line: a name in capitals opening a line, perhaps with the body spoken for
 * in brackets, then a colon ("JANE ROE (Ministry of X): ..."). A surname alone ("ROE:") is a
 * speaker's once the person was introduced (the person stage decides who the label names).
 */
export const TRANSCRIPT_SPEAKER =
  /^((?:\p{Lu}[\p{Lu}'’‐-]+\s){0,3}\p{Lu}[\p{Lu}'’‐-]+)(?:\s*\(([^()\n]{2,90})\))?\s*:\s/u;

/**
 * The speaker of a transcript's turn: the person whose label opens the line a sentence stands in
 * ("OKAFOR: Thank you. We asked Ghana for help."), as the person stage read that label. A turn is
 * one speaker's speech throughout, without quotation marks: its "we" and "our" are the body the
 * speaker serves (coref.ts; its "I" is left alone, a guest's "I'm told" reporting more often than
 * acting). A label nobody was read from ("HOST:") gives none.
 */
export function turnSpeaker(state: DocumentView, sentence: Sentence): Slot | undefined {
  const lineStart = state.text.lastIndexOf("\n", sentence.start - 1) + 1;
  const label = TRANSCRIPT_SPEAKER.exec(state.text.slice(lineStart, sentence.end));
  if (!label) return undefined;
  const end = lineStart + label[1]!.length;
  for (const key of state.persons.keys()) {
    const read = state.entities.get(key)?.mentions.some((m) => m.start === lineStart && m.end === end);
    if (read) return { start: lineStart, end, key, kind: "actor", source: "person", possessive: false };
  }
  return undefined;
}
