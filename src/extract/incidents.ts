/**
 * Incident stage: the attack mentions of a sentence (incident-spans.ts) become incidents with a
 * kind, a date and targets. Each mention is read in steps: its targets, the dates of its clause,
 * whether it speaks of the incident under discussion, then it joins that incident or is placed
 * as a new or merged one (incident-registry.ts). Mentions of one incident in an article merge
 * (same kind, compatible dates, a shared target); definite ones ("the attack", "these attacks")
 * refer back.
 */
import type { PartialDate } from "../model";
import { datesCompatible, daysBetween, formatDate, RANGE_JOINER, type DateMention } from "./dates";
import { attackersSide, type DocumentState } from "./document-state";
import nlp from "compromise";
import {
  alternation,
  COMPARISON_PHRASES,
  COPULAS,
  deniedClauseEnd,
  INCIDENT_WORDS,
  MODALS,
  patternFor,
  PERFECT_AUXILIARIES,
  PLACED_MENTION_DETERMINERS,
  POSTING_SERVICES,
  RESTRICTIVE_RELATIVES,
  SERIES_ORDINALS,
  TIME_RELATIONS,
  type Lexicon,
  type Words,
} from "./lexicon";
import {
  attackersOf,
  BRACKETED_SHORT_FORM,
  canBeAttacked,
  chargedBefore,
  noVictimLink,
  targetsOf,
} from "./incident-targets";
import { closeDates, latestIncident, placeIncident, referent } from "./incident-registry";
import { NAME_WORD_BREAK, nameWords, victimNamedIncident } from "./incident-victims";
import {
  attackSpans,
  mayNameAttack,
  SOURCE_THEN_DATE,
  spanCuesOf,
  type AttackSpan,
  type SentenceScan,
} from "./incident-spans";
import type { NamedIncidentMention, Slot } from "./mentions";
import type { Sentence } from "./sentences";
import { EXTRACTION_DEFAULTS } from "./defaults";
import type { ExtractedEntity } from "./types";
import { matchesOf } from "./text";
export interface IncidentSlot extends Slot {
  kind: "incident";
  /** Actors the wording itself blames: "Russian-backed coup plot", "its invasion". */
  attackers: string[];
  /** Targets found for this mention in this sentence. */
  targets: string[];
  incidentKind: string;
  date?: PartialDate;
}

/** "The attack, which began on Nov. 24": a relative clause telling when it happened dates it. */
const began = (words: Words) =>
  patternFor(
    words,
    "began",
    (w) =>
      new RegExp(
        `^,\\s+(?:which|that)\\s+(?:\\w+\\s+)?(?:began|started|occurred|happened|took place|unfolded|took|knocked|shut|${w.verbs.attack.past}|${w.verbs.impact.past})\\b[^;:]*$`,
        "i",
      ),
  );

/** A reporting verb between an attack and a date after it: the date is the report's. */
const saidBetween = (words: Words) =>
  patternFor(
    words,
    "said-between",
    (w) => new RegExp(`\\b(?:${w.verbs.speech.past}|${w.verbs.speechPast.past})\\b`, "i"),
  );

/** A reporting verb, any tense but the base form ("said", "says", "told", "confirmed"). */
const speechWord = (words: Words) =>
  patternFor(
    words,
    "speech-word",
    (w) =>
      new RegExp(`\\b(?:${w.verbs.speech.past}|${w.verbs.speech.third}|${w.verbs.speechPast.past})\\b`, "i"),
  );

/** Every reporting verb of a text, for `matchesOf`. */
const speechWords = (words: Words) =>
  patternFor(words, "speech-words", (w) => new RegExp(speechWord(w).source, "gi"));

/** A verb of the list, in the past, before "that". */
const pastThat = (words: Words, list: "speechThat" | "discover") =>
  patternFor(words, `${list}-that`, (w) => new RegExp(`\\b(?:${w.verbs[list].past})\\s+that\\b`, "i"));

/**
 * "alleged that", "had determined that": a verb that reports only before "that" (words.ts
 * `speechThat`), between a date and the attack it reports, times the report, as a reporting verb does.
 */
const reportedThat = (words: Words) => pastThat(words, "speechThat");

/** "discovered that", "found that": a finding, told when it was made (an intrusion is dated by its discovery). */
const discoveredThat = (words: Words) => pastThat(words, "discover");

/** "had foiled a coordinated": a defence verb just before an attack noun. */
const foiledBefore = (words: Words) =>
  patternFor(
    words,
    "foiled-before",
    (w) => new RegExp(`\\b(?:${w.verbs.foil.past})\\s+(?:[\\w-]+\\s+){0,3}$`, "i"),
  );

/** "accused X of", "blamed X for", "the charges": an accusation between a date and the attack it names. */
const accusationBetween = (words: Words) =>
  patternFor(words, "accusation-between", (w) => new RegExp(`\\b(?:${w.verbs.blame.stem})\\w*`, "i"));

/** A sentence telling an attack as one more of a series ("the ministry was also breached in 2015"). */
const RECALL = new RegExp(`\\b(?:${alternation(INCIDENT_WORDS.recall)})\\b`, "i");

/**
 * Whether the words of a span's own clause, up to it, tell it as one more of a series ("the
 * parliament was also breached in 2015", "not the first time: X was hacked"), not those of a
 * reporting clause before it ("Officials also said the registry was breached").
 */
function toldAsRecalled(scan: SentenceScan, span: AttackSpan): boolean {
  const before = scan.state.text.slice(Math.max(scan.base, span.start - 60), span.end);
  const reported = matchesOf(speechWords(scan.words), before).pop();
  return RECALL.test(reported ? before.slice(reported.index + reported[0].length) : before);
}

/** "at the time", "back then" (not "at the time of writing"), "then-minister": words placing what a sentence tells back when a recalled incident happened. */
const THEN_TOLD = /\b(?:at the time|back then)\b(?!\s+(?:of|when)\b)/i;
const AT_THE_TIME = new RegExp(String.raw`${THEN_TOLD.source}|\bthen-`, "i");
/** A relative clause ("who was ... at the time") tells of its noun, not of the sentence's claim. */
const IN_RELATIVE = /,\s*(?:who|which|whose)\b[^,]*$/i;
/** What ends the clause of the adverbial before the sentence does: another clause follows it ("At the time, X was ..., and Y blamed ..."). */
const CLAUSE_AFTER = /;|,\s*(?:and|but|while|whereas)\b/i;

/**
 * The past incident a sentence tells of "at the time" or "back then" while naming none: the last one
 * named, when it is one recalled in passing or of an earlier year than the one under discussion
 * ("Remember the 2019 leak at the port? A crew claimed it back then."). The words must time the
 * sentence's last clause, not a relative one ("the minister, who was abroad at the time, blamed X")
 * or an earlier one ("At the time, X was ..., and Y blamed ..."). The one under discussion stays so
 * for the sentences after.
 */
export function incidentToldThen(
  state: DocumentState,
  sentence: Sentence,
  incidents: readonly IncidentSlot[],
): string | undefined {
  if (incidents.length > 0) return undefined;
  const then = THEN_TOLD.exec(sentence.text);
  if (!then) return undefined;
  const before = sentence.text.slice(0, then.index);
  if (IN_RELATIVE.test(before) || CLAUSE_AFTER.test(sentence.text.slice(then.index))) return undefined;
  const last = latestIncident(state, "cyber");
  const current = state.currentIncident ? state.entities.get(state.currentIncident) : undefined;
  if (!last || last === current?.key) return undefined;
  return state.recalledIncidents.has(last) || olderThan(state, last, current) ? last : undefined;
}

/** "investigators were also looking at an earlier incident: in July, ...": what follows is told in passing. */
const EARLIER_ONE =
  /\b(?:an?|the)\s+(?:earlier|previous|prior)\s+(?:incident|attack|intrusion|breach|episode|case|hack)\s*[:,(\u2013\u2014-]\s*(?:[^.;:]*[\s,])?$/i;
/** "looked similar to an intrusion in August at X": the incident an attack is compared to is told in passing. */
const COMPARED_TO = new RegExp(String.raw`\b(?:${alternation(COMPARISON_PHRASES)})\s+$`, "i");

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Words saying the attack is news of the day: only then does the publication month date it. */
const CURRENT =
  /\b(?:today|tonight|yesterday|overnight|this (?:week|weekend|morning|afternoon|evening)|(?:on |late |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| evening| afternoon)?|ongoing|under way|underway|still (?:unfolding|continuing))\b/i;

/**
 * The date of an attack the text does not date: the publication month when the sentence tells it
 * as current news, else only the publication year (an attack in the background of a story may be
 * months old).
 */
function publicationFallback(state: DocumentState, text: string): PartialDate | undefined {
  const a = state.anchor;
  if (!a) return latestYearOf(state);
  return CURRENT.test(text) && a.month !== undefined
    ? `${a.year}-${String(a.month).padStart(2, "0")}`
    : String(a.year);
}

/**
 * A page with no publication date was written no earlier than the latest year it names ("© 2025",
 * "in 2024"): that year stands for an undated attack until the text dates it. Deadlines ("by
 * 2030") are not years the page has lived through.
 */
function latestYearOf(state: DocumentState): PartialDate | undefined {
  if (state.latestYear) return state.latestYear.date;
  let latest: number | undefined;
  for (const m of matchesOf(/(?<!\b(?:by|until|through|before|to)\s)\b(19[89]\d|20\d\d)\b/gi, state.text)) {
    const year = Number(m[1]);
    if (latest === undefined || year > latest) latest = year;
  }
  const date = latest === undefined ? undefined : String(latest);
  state.latestYear = { date };
  return date;
}

/**
 * How far date `d` stands from mention `s` (see `datesOf`). "Earlier this month, a system at the
 * port was disrupted by a cyber attack": an opening adverbial dates its whole clause, however long
 * ("the opening" is undefined when the attack sits in the complement of another event: "sanctions
 * on officers accused of a hack").
 */
function dateDistance(
  d: DateMention,
  s: { start: number; end: number },
  span: { start: number; end: number },
  opening: DateMention | undefined,
  objectEnd: number,
): number {
  return d === opening && s.start >= d.end
    ? 0
    : s === span && d.start >= objectEnd
      ? d.start - objectEnd
      : d.start >= s.end
        ? d.start - s.end
        : 2 * (s.start - d.end);
}

/**
 * "sent phishing emails to the ministry in December 2024, weeks before the wiper was triggered": a
 * mention placed in time from the date ("before", "after") is not dated by it.
 */
function placedFromDate(text: string, d: DateMention, s: { start: number; end: number }): boolean {
  return s.start >= d.end && RELATIVE_TO_DATE.test(text.slice(d.end, s.start));
}

/**
 * Each date of the sentence belongs to the attack mention nearest to it (a following one counts
 * double distance). A date after the mention's own victims is as near as if it followed the mention
 * itself: "hackers broke into the benefit payment and appointment booking systems of the Maltese
 * Social Welfare Fund (MSWF), the island's pensions agency, on Sunday" is dated by "on Sunday",
 * however long the object between ("objectEnd", where the last victim named after the mention ends,
 * else the mention's end). Past that point a date reaches less far than one inside the mention's own
 * words (`incidentDateReachAfter`).
 */
function datesOf(
  text: string,
  dates: DateMention[],
  spans: Array<{ start: number; end: number }>,
  span: { start: number; end: number },
  opening: DateMention | undefined,
  objectEnd: number,
): DateMention[] {
  // "A ransomware attack that forced staff at three hospitals back to paper began on Sunday": after
  // a relative clause on the mention itself, its own verb and date come late; the long reach stays.
  const afterReach =
    objectEnd === span.end && RELATIVE_AFTER_MENTION.test(text.slice(span.end))
      ? EXTRACTION_DEFAULTS.incidentDateReach
      : EXTRACTION_DEFAULTS.incidentDateReachAfter;
  return dates.filter(
    (d) =>
      dateDistance(d, span, span, opening, objectEnd) <=
        (d.start >= objectEnd ? afterReach : EXTRACTION_DEFAULTS.incidentDateReach) &&
      spans.every(
        (other) =>
          placedFromDate(text, d, other) ||
          dateDistance(d, span, span, opening, objectEnd) <= dateDistance(d, other, span, opening, objectEnd),
      ),
  );
}

/** "that ", ", which ": a relative clause opening right after an attack mention. */
const RELATIVE_AFTER_MENTION = /^\s*,?\s*(?:that|which)\b/i;
/** ", weeks before the ", " days after an ": what places a mention in time from a date before it. */
const RELATIVE_TO_DATE = new RegExp(
  String.raw`^,?\s+(?:[\w-]+\s+){0,2}(?:${alternation(TIME_RELATIONS)})\s+(?:(?:${alternation(PLACED_MENTION_DETERMINERS)})\s+)?$`,
  "i",
);

/**
 * "a member since 2009" dates the membership, not the attack; nor does "the worst attack since July
 * 2016" date the attack (the date's own words may hold the preposition), nor "had been inside since
 * at least July" (when a stay began, not when the attack was told). Nor does such a bound say
 * which year the text is speaking of (reading.ts, the focus year).
 */
export function datesForAttacks(
  state: DocumentState,
  base: number,
  sentenceDates: DateMention[],
): DateMention[] {
  return sentenceDates.filter(
    (d) =>
      !/(?<!\b(?:just|shortly|right|days|weeks|hours|soon)\s)\b(since|until|before|by)\s+(?:at\s+least\s+)?(?:the\s+)?(?:end of\s+)?$/i.test(
        state.text.slice(Math.max(base, d.start - 20), d.start),
      ) && !/^(?:since|until|by)\b/i.test(state.text.slice(d.start, d.end)),
  );
}

/**
 * "In April and May 2007, ...", "In December 2021 the ministry lost access ...": a date opening
 * the sentence, after a comma or a preposition, dates its main clause.
 */
function opensSentence(scan: SentenceScan, d: DateMention): boolean {
  const { state, base, dates } = scan;
  // "2. In May 2024, ...": a list item's number is no word of the sentence.
  const before = state.text.slice(base, d.start).replace(/^\s*\d{1,2}[.)]\s+/, "");
  const words = dates.reduce(
    (t, o) => (o.end <= d.start ? t.replace(state.text.slice(o.start, o.end), " ") : t),
    before,
  );
  // "Between March and May of last year, the crew ...": a range opens with its first date.
  const range = dates.find((o) => o.start >= d.end && RANGE_JOINER.test(state.text.slice(d.end, o.start)));
  const end = range && /^\W*between\s/i.test(before + state.text.slice(d.start, d.end)) ? range.end : d.end;
  return (
    // "However, in 2023 ...", "Meanwhile, on 4 May, ...": a sentence adverb may come first.
    /^\W*(?:[\w-]+,\s+)?(?:[\w-]+\s+){0,2}$/.test(words) &&
    (/^\s*,/.test(state.text.slice(end, end + 2)) ||
      ((/^\W*(?:[\w-]+,\s+)?(?:in|on|during|between|from)\b/i.test(
        before + state.text.slice(d.start, d.end),
      ) ||
        BARE_RELATIVE_DATE.test(state.text.slice(d.start, d.end))) &&
        /^\s+(?!(?:and|or|to|through|until)\b)(?:the\s+|an?\s+)?\p{L}/u.test(
          state.text.slice(end, end + 10),
        )))
  );
}

/** The start of a clause inside a sentence: after a semicolon, a conjunction or "that". */
const CLAUSE_START = /(?:[;:]\s*|\b(?:and|but|that|while|whereas)\s+)$/i;
const CLAUSE_START_PREPOSITION = /(?:[;:]\s*|\b(?:and|but|that|while|whereas)\s+)(?:in|on|during|from)\s+$/i;
const DATE_PREPOSITION = /^(?:in|on|during|from)\s/i;
/** "last year", "two years ago", "earlier this month": a relative date is an adverbial without a preposition. */
const BARE_RELATIVE_DATE = /^(?:last\s|(?:earlier|later)\s+this\s)|\bago$/i;
/** What may follow a clause's opening date: its subject, not another date or a conjunction. */
const SUBJECT_AFTER = /^,?\s+(?!(?:and|or|to|through|until|when|after|before)\b)(?:the\s+|an?\s+)?\p{L}/u;

/**
 * "..., and in September 2022 the payroll servers were encrypted", "recalling that in April 2019
 * public institutions received attack attempts": a date after a conjunction, "that" or a
 * semicolon, in a prepositional phrase followed by the clause's subject, opens that clause and
 * dates it as a sentence opening dates the sentence. The preposition is part of the date ("in
 * September 2022") or just before it ("on 3 March").
 */
function opensClause(scan: SentenceScan, d: DateMention): boolean {
  const { state, base } = scan;
  const before = state.text.slice(Math.max(base, d.start - 40), d.start);
  const prepositional =
    (CLAUSE_START.test(before) &&
      (DATE_PREPOSITION.test(state.text.slice(d.start, d.end)) ||
        BARE_RELATIVE_DATE.test(state.text.slice(d.start, d.end)))) ||
    CLAUSE_START_PREPOSITION.test(before);
  return prepositional && SUBJECT_AFTER.test(state.text.slice(d.end, d.end + 12));
}

/** The date opening the sentence, and those opening its later clauses. */
interface Openings {
  sentence: DateMention | undefined;
  clauses: DateMention[];
}

function openingsOf(scan: SentenceScan): Openings {
  const sentence = scan.dates.find((d) => opensSentence(scan, d));
  const from = sentence?.end ?? scan.base;
  return { sentence, clauses: scan.dates.filter((d) => d.start >= from && opensClause(scan, d)) };
}

/** The opening of the clause a span sits in: the last clause opening before it, else the sentence's. */
const openingFor = (openings: Openings, span: AttackSpan) =>
  openings.clauses.filter((d) => d.end <= span.start).pop() ?? openings.sentence;

/** "claimed those attacks", "claiming responsibility for the Polish attacks": a claim of responsibility ends here. */
const claimedBefore = (words: Words) =>
  patternFor(
    words,
    "incidents.claimed-before",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.verbs.selfClaim.any})\s+(?:responsibility\s+for\s+)?(?:(?:the|those|these|both|its|their)\s+)?(?:[\w-]+\s+){0,2}$`,
        "i",
      ),
  );
const POSTED_ON = /^\s+on\s+(?:(?:its|their)\s+)?$/i;

/** "claimed those attacks on Telegram": the service the claim was posted on was not hit. */
function postedOn(scan: SentenceScan, span: AttackSpan, key: string): boolean {
  const { state, sentence, slots } = scan;
  const label = state.entities.get(key)?.label;
  return (
    !!label &&
    POSTING_SERVICES.includes(label) &&
    claimedBefore(state.lexicon.words).test(state.text.slice(sentence.start, span.start)) &&
    slots.some(
      (s) =>
        s.key === key &&
        s.start >= span.end &&
        POSTED_ON.test(state.text.slice(span.end, s.start)) &&
        // "claimed the attack on Telegram that took it offline": a relative clause tells what was hit.
        !/^,?\s+(?:that|which)\b/i.test(state.text.slice(s.end, sentence.end)),
    )
  );
}

/**
 * The victims a span names; an impact word with none hits the agencies and states after it in its
 * clause, unless the words between name the means or the agent ("were compromised through a flaw
 * in software from a U.S. firm").
 */
function spanTargets(scan: SentenceScan, span: AttackSpan): string[] {
  let read = scan.spanTargets.get(span);
  if (!read) scan.spanTargets.set(span, (read = readSpanTargets(scan, span)));
  return [...read];
}

function readSpanTargets(scan: SentenceScan, span: AttackSpan): string[] {
  const { state, sentence, slots } = scan;
  const targets = targetsOf(
    state,
    sentence,
    slots,
    span.start,
    span.end,
    span.kind,
    span.verb,
    span.passive,
  ).filter((key) => !postedOn(scan, span, key));
  if (targets.length === 0 && /infected|compromised|breached|encrypted|defaced/i.test(span.surface)) {
    for (const s of slots) {
      const between = state.text.slice(span.end, s.start);
      if (
        s.kind === "actor" &&
        ["agency", "state"].includes(state.entities.get(s.key)?.type ?? "") &&
        s.start > span.start &&
        !/[;:]/.test(between) &&
        !noVictimLink(scan.words).test(between)
      )
        targets.push(s.key);
    }
  }
  return targets;
}

/**
 * "a shipbuilder that builds warships": "that" after a singular noun and before a finite verb opens
 * a relative clause, not a reported one. The head before "that" ends in neither "-ed" (a verb:
 * "concluded that") nor "-s" (a plural, or a verb: "officials that", "says that"). The finite verb
 * is a singular auxiliary or an "-s" word that compromise reads as a verb and the lexicon knows as
 * none of its nouns ("that servers at X were breached", "that files at X were encrypted" are
 * reported clauses whose subject is a plural noun; compromise alone reads "files" as a verb).
 */
const RELATIVE_THAT =
  /\b(?:an?|the)\s+(?:[\w'-]+\s+){0,3}?(?![\w'-]*(?:ed|s)\s)[\w'-]+\s+that\s+(?=(?:is|was|has|had)\b|(?<finite>\w+s)\b)/gi;
/** Whether compromise reads an "-s" word as a verb (remembered by the lexicon: few words come this way). */
function readsAsVerb(lexicon: Lexicon, word: string): boolean {
  const key = word.toLowerCase();
  let verb = lexicon.verbReadings.get(key);
  if (verb === undefined) {
    const tags = nlp(key).docs.flat()[0]?.tags;
    verb = (tags?.has("Verb") ?? false) && !(tags?.has("Noun") ?? false);
    lexicon.verbReadings.set(key, verb);
  }
  return verb;
}
/** One of the lexicon's noun forms, as a whole word. */
const lexiconNoun = (words: Words) =>
  patternFor(
    words,
    "lexicon-noun",
    (w) => new RegExp(`^(?:${alternation(Object.values(w.nouns).flatMap((n) => n.forms))})$`, "i"),
  );
/** The text without its relative "that" clauses' openings. */
const withoutRelativeThat = (text: string, lexicon: Lexicon) =>
  text.replace(RELATIVE_THAT, (match, ...rest: unknown[]) => {
    const groups = rest.at(-1);
    const finite =
      typeof groups === "object" && groups !== null && "finite" in groups ? groups.finite : undefined;
    if (typeof finite !== "string") return " ";
    return readsAsVerb(lexicon, finite) && !lexiconNoun(lexicon.words).test(finite) ? " " : match;
  });

/** How the sentence's opening date stands to one span: whether it dates it, and the words between. */
interface OpeningReading {
  /** The opening date when it dates the span's clause. */
  opens: DateMention | undefined;
  /** The text from the opening date to the span. */
  between: string;
}

/**
 * "In May, X opened an inquiry into the 2019 hack": an attack in the complement of another event
 * ("of", "for", "over" just before it, but not "the target of") is not dated by the opening ("the Ministry of Health lost
 * access ... after an attack" is). An opening date before "said ... that" dates the saying,
 * except the date of a discovery ("In 2023 the agency discovered that a state actor had gained
 * access to ...") or a defence told as it happens ("In June last year, the agency said it had
 * foiled an attack").
 */
function readOpening(scan: SentenceScan, span: AttackSpan, opening: DateMention | undefined): OpeningReading {
  const between = opening ? scan.state.text.slice(opening.end, span.start) : "";
  if (!opening) return { opens: undefined, between };
  const discovered = discoveredThat(scan.words).test(between) && !speechWord(scan.words).test(between);
  const foiled = !/[;:]/.test(between) && foiledBefore(scan.words).test(between);
  // A passive's "of" belongs to its subject ("the laptops of two clerks were compromised").
  const complement =
    !span.passive &&
    /(?<!\b(?:targets?|victims?)\s)\b(?:of|for|over|into)\s+(?:[\w-]+\s+){0,2}$/i.test(between);
  const opens =
    !/[;:]/.test(between) &&
    !complement &&
    !accusationBetween(scan.words).test(between) &&
    (discovered ||
      foiled ||
      !(
        /\bthat\b/i.test(withoutRelativeThat(between, scan.state.lexicon)) ||
        speechWord(scan.words).test(between)
      ));
  return { opens: opens ? opening : undefined, between };
}

/**
 * Whether a date and a span are in one clause. A date before the mention across "said ... that"
 * or "blamed ... for" dates the saying or the blaming, not the attack ("On Thursday Canada blamed
 * Iran for an attack on ..."); so does one after it across a reporting verb ("an attack on the
 * ministry, the spokeswoman said on Friday"). A date opening the sentence dates its main clause,
 * whatever clause comes between.
 */
function inSpanClause(
  scan: SentenceScan,
  span: AttackSpan,
  opens: DateMention | undefined,
  d: DateMention,
): boolean {
  const { state, words } = scan;
  if (d.start >= span.end) {
    const gap = state.text.slice(span.end, d.start);
    return (
      !saidBetween(words).test(gap) &&
      (/\bagain\b/i.test(gap) ||
        began(words).test(gap) ||
        !/[;:]|,\s+(?:and|but|which|who|whose|while)\b|\b(?:and|but)\s+(?:did|does|was|were|is|has|had|said|says|will|would)\b/i.test(
          gap,
        ))
    );
  }
  const gap = state.text.slice(d.end, span.start);
  // "in June 2012, when two substations were hit": a "when" clause tells what happened then.
  if (/^\s*,\s*when\b[^,;:]*$/i.test(gap)) return true;
  return (
    d === opens ||
    !(
      /\b(that|when|before|since)\b|[;:]/i.test(gap) ||
      // "fined the firm on Tuesday for a data breach": the date is the fine's.
      /^\s*(?:over|for|into|about)\s+$/i.test(gap) ||
      speechWord(words).test(gap) ||
      accusationBetween(words).test(gap)
    )
  );
}

/**
 * "The watchdog disclosed the breach last summer": a verb that makes an attack known (the
 * `disclose` family) just before a definite mention, its object.
 */
const disclosedBefore = (words: Words) =>
  patternFor(words, "disclosed-before", (w) => new RegExp(`\\b(?:${w.verbs.disclose.past})\\s+$`, "i"));
/** Between such an object and a time of the disclosure: nothing, or "in" ("disclosed the hack in 2024"). */
const DISCLOSURE_TIME_GAP = /^\s*(?:in\s+)?$/i;
/** A date that closes the clause of the noun before it ("... the breach last summer."). */
const CLOSING_DATE = /^\s*(?:[.;,]|$)/;

/**
 * A definite mention is dated only by a year inside it ("the 2015 hack of the bank"), a date after
 * it in its clause ("the attack on March 3"), or the opening of a clause it is the subject of ("In
 * April last year that campaign reached ...") or whose verb it is.
 */
function datesDefinite(
  scan: SentenceScan,
  span: AttackSpan,
  opens: DateMention | undefined,
  d: DateMention,
): boolean {
  if (!span.definite) return true;
  // "the October 12, 2020 outage", "the August outage": a date inside the noun phrase is the mention's own.
  if (d.start >= span.start && d.end <= span.end) return true;
  // "Back in June, laptops at the registry were infected": an impact verb's clause opens with its subject.
  if (d === opens) return span.impact || /^\s*,?\s*$/.test(scan.state.text.slice(d.end, span.start));
  if (d.start < span.end) return false;
  // "disclosed the breach last summer": a time after the object alone tells when it was disclosed.
  if (
    disclosedBefore(scan.words).test(
      scan.state.text.slice(Math.max(scan.base, span.start - 40), span.start),
    ) &&
    DISCLOSURE_TIME_GAP.test(scan.state.text.slice(span.end, d.start)) &&
    CLOSING_DATE.test(scan.state.text.slice(d.end, d.end + 3))
  )
    return false;
  const gap = scan.state.text.slice(span.end, d.start);
  return began(scan.words).test(gap) || !/[;:]|,\s+(?:and|but|which|who)\b/.test(gap);
}

/**
 * Where the last of the mention's victims named after it ends, with a short form in brackets
 * ("the Lisk Social Fund (LSF)"); the mention's own end when none follows it.
 */
function objectEnd(scan: SentenceScan, span: AttackSpan, targets: readonly string[]): number {
  let end = span.end;
  for (const s of scan.slots) {
    if (s.start < span.end || !targets.includes(s.key)) continue;
    // A victim past a clause break is told in another clause; its date is that clause's.
    if (/[;:.]/.test(scan.state.text.slice(span.end, s.start))) continue;
    end = Math.max(end, s.end);
  }
  if (end === span.end) return end;
  return end + (BRACKETED_SHORT_FORM.exec(scan.state.text.slice(end))?.[0].length ?? 0);
}

/**
 * The dates of a span, text order: those of its clause nearest to it. "In 2023 Peru accused X of
 * a cyberattack on its tax agency", "In 2021 a firm reported that X had penetrated ...": the
 * year of an accusation or a report is the best year of an attack that has no date of its own
 * (its day would be the accusation's or the report's).
 */
function spanDates(
  scan: SentenceScan,
  span: AttackSpan,
  spans: AttackSpan[],
  opening: DateMention | undefined,
  targets: readonly string[],
): DateMention[] {
  const { opens, between } = readOpening(scan, span, opening);
  const near = datesOf(scan.state.text, scan.dates, spans, span, opens, objectEnd(scan, span, targets))
    .filter((d) => inSpanClause(scan, span, opens, d))
    .filter((d) => datesDefinite(scan, span, opens, d))
    .sort((a, b) => a.start - b.start);
  if (
    near.length === 0 &&
    !span.definite &&
    opening?.explicitYear &&
    opening !== opens &&
    (accusationBetween(scan.words).test(between) ||
      saidBetween(scan.words).test(between) ||
      (reportedThat(scan.words).test(between) && !laterYear(scan, opening)))
  )
    near.push({ start: opening.start, end: opening.end, date: opening.date.slice(0, 4), explicitYear: true });
  return near;
}

/**
 * "In 2024, analysts maintained that X broke into Y, but the attack took place in 2022": a year of
 * its own later in the sentence dates the attack, not the report's.
 */
function laterYear(scan: SentenceScan, opening: DateMention): boolean {
  return scan.dates.some((d) => d.start > opening.end && d.explicitYear);
}

/**
 * Between an attack noun and a year, a time phrase of the noun's own: its victim phrase if any
 * (at most five words), then at most a comma and two words ("that attack, some N years ago",
 * "the breach of the registry in 2017"); not a clause of its own ("the breach, carried out
 * with tools first sold in 2019").
 */
const TIME_OF_NOUN =
  /^(?:\s+(?:on|against|at|of|into|in)\s+(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+)?,?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * The words between an attack noun and a year of its own: a time phrase (TIME_OF_NOUN) or what was
 * taken and where from ("the theft of 5 million dollars from X, a lender in the north, in 2024").
 */
const ownTimeGap = (gap: string) => TIME_OF_NOUN.test(gap) || SOURCE_THEN_DATE.test(gap);

/**
 * Whether a mention speaks of the incident under discussion. A definite mention refers back unless
 * it is given another year ("the 2015 hack", "the breach in 2017"); a weekday beside it names the
 * day of what is said ("condemned the attack on Thursday"), and a year written inside it ("the
 * 2016 theft") or after an attack noun ("claimed that attack, about nine years ago") years before
 * a provisional date names another incident, and so does one naming
 * only victims of other states, or its own day after "of" days from the incident's own day
 * (`otherDayNamed`). Others refer back when
 * their dates are close to its date.
 */
function refersBackTo(
  state: DocumentState,
  span: AttackSpan,
  current: ExtractedEntity | undefined,
  near: DateMention[],
  targets: string[],
): boolean {
  if (!current) return false;
  if (!span.definite) return near.every((d) => closeDates(current.date, d.date));
  if (foreignMention(state, span, targets, current)) return false;
  const otherTime = (d: DateMention) =>
    !WEEKDAY.test(state.text.slice(d.start, d.end)) &&
    !!current.date &&
    (state.provisionalDates.has(current.key)
      ? d.date.slice(0, 4) !== current.date.slice(0, 4) &&
        d.start >= span.start &&
        (d.end <= span.end ||
          (d.explicitYear &&
            !span.verb &&
            !span.passive &&
            ownTimeGap(state.text.slice(span.end, d.start)))) &&
        (Number(current.date.slice(0, 4)) - Number(d.date.slice(0, 4)) > 1 || toldWithDate(state, d, current))
      : monthsApart(d.date, current.date) > 1 || otherDayNamed(state, span, current, d, targets));
  return !near.some(otherTime);
}

/** "the strike of 20 February": a day written after "of" is the one the noun names. */
const DAY_OF_NOUN = /^\s+of\s+$/i;

/** A noun phrase ending its sentence: "The DDoS strike of 20 February." heading a section. */
const ENDS_SENTENCE = /^[.:](?:\s|$)/;

/**
 * "The DDoS strike of 20 February on the water company's website", or a section headed "The DDoS
 * strike of 20 February.": a definite noun naming its own day, days from the day of the incident
 * under discussion, picks out another attack, when its sentence names what it hit or the noun
 * heads what follows. Not when that incident is dated by the day it was reported, which an earlier
 * day of its own may refine (`joinCurrent`); nor when the noun names no victim in a sentence of its
 * own ("The attack of 12 March was carried out by X" may date the start of the story's incident).
 */
function otherDayNamed(
  state: DocumentState,
  span: AttackSpan,
  current: ExtractedEntity,
  d: DateMention,
  targets: readonly string[],
): boolean {
  const day = current.date;
  return (
    d.date.length === 10 &&
    day?.length === 10 &&
    d.start >= span.end &&
    DAY_OF_NOUN.test(state.text.slice(span.end, d.start)) &&
    !closeDates(day, d.date) &&
    (!state.anchor || day !== formatDate(state.anchor)) &&
    (targets.length > 0 || ENDS_SENTENCE.test(state.text.slice(d.end, d.end + 2)))
  );
}

/**
 * "in 2014 it called the finding that it was behind the hack of X a fabrication": a sentence told
 * in a year before the incident under discussion speaks of another one, however definite. The
 * date it was told in, if any.
 */
function toldBefore(
  scan: SentenceScan,
  span: AttackSpan,
  current: ExtractedEntity | undefined,
): DateMention | undefined {
  const year =
    current?.date && !scan.state.provisionalDates.has(current.key) ? current.date.slice(0, 4) : undefined;
  if (!year || !span.definite) return undefined;
  // Only a date that times the telling ("in 2014 it called", "On 3 May 2019, ..."), not one inside a
  // noun phrase ("the 2021 cyber strategy", "like the 2007 assault on X").
  return [...scan.dates, ...(scan.openingDates ?? [])].find(
    (d) =>
      d.explicitYear &&
      d.end <= span.start &&
      d.date.slice(0, 4) < year &&
      TIMES_THE_TELLING.test(scan.state.text.slice(Math.max(scan.base, d.start - 12), d.start)),
  );
}

/** The preposition a date that times a clause stands after ("in 2014", "on 3 May 2019"). */
const TIMES_THE_TELLING = /\b(?:in|on|during)\s+$/i;

/**
 * "In May 2019, thieves emptied the ministry's mailboxes ... police tied the 2019 breach to X": a
 * mention naming its own year speaks of the page's incident told with that date, not of one whose
 * date is only the publication's guess.
 */
function toldWithDate(state: DocumentState, d: DateMention, current: ExtractedEntity): boolean {
  return [...state.entities.values()].some(
    (e) =>
      e.type === "incident" &&
      e.key !== current.key &&
      !!e.date &&
      !state.provisionalDates.has(e.key) &&
      e.mentions.some((m) => m.doc === state.id) &&
      datesCompatible(e.date, d.date),
  );
}

/**
 * How many months lie between two dates, 0 when either is only a year of the same year: "the
 * registry was defaced in June" is another incident than one of November, but "the attack on
 * October 30" may be one reported on November 2.
 */
function monthsApart(a: PartialDate, b: PartialDate): number {
  const years = Number(a.slice(0, 4)) - Number(b.slice(0, 4));
  if (a.length < 7 || b.length < 7) return years === 0 ? 0 : Infinity;
  return Math.abs(years * 12 + Number(a.slice(5, 7)) - Number(b.slice(5, 7)));
}

/** The state a victim is or belongs to. */
function victimState(state: DocumentState, key: string): string | undefined {
  return state.entities.get(key)?.type === "state" ? key : state.entities.get(key)?.country;
}

/** Whether incident `e` was against one of `targets`. */
function sharesTarget(targets: string[], e: ExtractedEntity): boolean {
  return targets.some((t) => e.targets?.includes(t));
}

/**
 * "the intrusion last week into the servers of Bolivia's electoral tribunal" in an article about an
 * attack on Ecuador's bodies: a definite mention naming only victims of other states than every
 * victim of the incident under discussion speaks of another incident.
 */
function otherStates(state: DocumentState, targets: string[], known: string[]): boolean {
  const states = targets.map((k) => victimState(state, k));
  const knownStates = new Set(known.map((k) => victimState(state, k)));
  return (
    targets.length > 0 &&
    known.length > 0 &&
    states.every((s) => s !== undefined) &&
    !knownStates.has(undefined) &&
    states.every((s) => !knownStates.has(s))
  );
}

/**
 * A definite attack noun naming only other states' victims, unless it says the attack "also" hit
 * them; victim lists ("Victims included ...") and "was struck by the same ransomware" add victims
 * to the incident under discussion. So does one whose relative clause tells what it hit ("the
 * attack that wiped the booking computers at X"), naming only bodies the incident under discussion
 * was never said to hit while it was said to hit some: the clause picks out another attack.
 */
function foreignMention(
  state: DocumentState,
  span: AttackSpan,
  targets: string[],
  current: ExtractedEntity,
): boolean {
  return (
    !span.verb &&
    !span.passive &&
    !/^[\s,]+(?:(?:which|that|has|have|had)\s+)*also\b/i.test(state.text.slice(span.end, span.end + 30)) &&
    (otherStates(state, targets, current.targets ?? []) || otherBodies(state, span, targets, current))
  );
}

/** A restrictive relative word right after an attack noun, no comma between ("the attack that hit X"). */
const RESTRICTIVE_RELATIVE = new RegExp(String.raw`^\s+(?:${alternation(RESTRICTIVE_RELATIVES)})\b`, "i");

/**
 * A definite mention whose restrictive relative clause names only bodies other than those the
 * incident hit: none of them, nor one whose name shares a word with theirs (a "Narva Water
 * Company" and a "Narva Water" may be one body read twice).
 */
function otherBodies(
  state: DocumentState,
  span: AttackSpan,
  targets: string[],
  current: ExtractedEntity,
): boolean {
  if (!RESTRICTIVE_RELATIVE.test(state.text.slice(span.end, span.end + 12))) return false;
  const bodies = (keys: readonly string[]) => keys.filter((k) => state.entities.get(k)?.type !== "state");
  const known = bodies(current.targets ?? []);
  const own = bodies(targets);
  if (known.length === 0 || own.length === 0) return false;
  const knownWords = new Set(known.flatMap((k) => nameWords(state, k)));
  return !own.some((t) => known.includes(t) || nameWords(state, t).some((w) => knownWords.has(w)));
}

/**
 * A mention joins the incident under discussion: its targets, its date when the incident had none
 * or only a provisional one (or the earlier day it struck on, when dated the day it was reported:
 * "Kenya on Thursday thanked ..." then "the attack, which struck on June 10"), and its name.
 */
function joinCurrent(
  state: DocumentState,
  current: ExtractedEntity,
  span: AttackSpan,
  targets: string[],
  near: DateMention[],
): string {
  for (const t of targets) if (!current.targets!.includes(t)) current.targets!.push(t);
  current.mentions.push({ doc: state.id, start: span.start, end: span.end });
  const date = near[0]?.date;
  const reportedDay =
    !!state.anchor && current.date === formatDate(state.anchor) && current.date.length === 10;
  const struckEarlier =
    !!date &&
    reportedDay &&
    date.length === 10 &&
    date < current.date! &&
    daysBetween(date, current.date!) <= 31;
  if (date && (!current.date || state.provisionalDates.has(current.key) || struckEarlier)) {
    current.date = date;
    state.provisionalDates.delete(current.key);
  }
  // "a virus known as Shamoon": the name now stands for this incident.
  if (span.name && !state.incidentNames.has(span.name)) {
    state.incidentNames.set(span.name, current.key);
    for (const alias of [span.name, `${span.name} ${span.surface}`])
      if (!current.aliases.includes(alias)) current.aliases.push(alias);
  }
  return current.key;
}

/**
 * The dates that each make an incident of their own: "on October 16 and again in mid-February";
 * "attacks on the grid in December 2015 and December 2016", "the 2015 and 2016 blackouts" (a
 * plural noun with dates of different years joined by "and"). Otherwise the nearest date, one
 * after the mention counting closer than one before it.
 */
function incidentDates(state: DocumentState, span: AttackSpan, near: DateMention[]): DateMention[] {
  const joined =
    /s$/i.test(span.surface) &&
    near.length > 1 &&
    new Set(near.map((d) => d.date.slice(0, 4))).size === near.length &&
    near.every((d, i) => {
      const previous = near[i - 1];
      return (
        previous === undefined ||
        /^\s*(?:,|,?\s*and)\s+(?:in\s+|on\s+)?$/i.test(state.text.slice(previous.end, d.start))
      );
    });
  const first = near[0];
  const last = near[near.length - 1];
  const again =
    joined ||
    (near.length > 1 &&
      first !== undefined &&
      last !== undefined &&
      /\bagain\b/i.test(state.text.slice(first.end, last.start)));
  if (again) return near;
  const weight = (d: DateMention) => (d.start >= span.end ? d.start - span.end : 2 * (span.start - d.end));
  return [...near].sort((a, b) => weight(a) - weight(b)).slice(0, 1);
}

/**
 * Between two dates of a list of victims: a conjunction, the next victim (the item, one noun
 * phrase inside the clause), and the preposition of its date.
 */
const NEXT_LISTED =
  /^\s*(?:,\s*(?:and\s+)?|and\s+)(?!(?:again|also|then)\b)(?<item>[^;:,.()]+?)\s+(?:in|on)\s*$/i;
/** Before a list's first date: the victim's phrase and the preposition of its date. */
const FIRST_LISTED = /^(?<item>[^;:,.()]+?)\s+(?:in|on)\s*$/i;
/** Auxiliaries and copulas, which a listed noun phrase never holds ("and were later tried in"); lower case only ("Can Tho", "May"). */
const AUXILIARY_WORD = new RegExp(`\\b(?:${[...COPULAS, ...PERFECT_AUXILIARIES, ...MODALS].join("|")})\\b`);

/** A possessive word ("Hungary's", "the lottery's"), which compromise sometimes reads as a contraction. */
const POSSESSIVE_WORD = /['’]s$/i;

/**
 * A listed item is a noun phrase whose verb is the mention's, elided: "hit A in 2017 and B in 2019".
 * An item holding a verb of its own ("and sold the files to buyers in B in 2019") is another
 * clause, whose place is no victim: an auxiliary, or a word compromise tags as a verb only (not a
 * participle modifying the noun).
 */
function holdsVerb(item: string): boolean {
  if (AUXILIARY_WORD.test(item)) return true;
  // compromise reads some lower-case possessives as contractions and adds an empty term for the
  // verb it supposes ("the lottery's betting site": "lottery's" + "" tagged "is"): such terms are no words.
  const terms = nlp(item.replace(/\s/g, " "))
    .docs.flat()
    .filter((t) => t.text !== "");
  const tagged = (i: number, tag: string) => terms[i]?.tags?.has(tag) ?? false;
  // A participle modifies the noun when the words before it, back to a determiner or possessive,
  // are adverbs or adjectives ("the hacked servers", "Hungary's recently merged tax authority").
  const modifier = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) {
      if (tagged(j, "Determiner") || tagged(j, "Possessive") || POSSESSIVE_WORD.test(terms[j]?.text ?? ""))
        return true;
      if (!tagged(j, "Adverb") && !tagged(j, "Adjective")) return false;
    }
    return false;
  };
  // A bare form ending the item after a noun is the head of a compound noun ("the customs service").
  const head = (i: number) => i === terms.length - 1 && tagged(i, "Infinitive") && tagged(i - 1, "Noun");
  return terms.some(
    (_, i) => tagged(i, "Verb") && !tagged(i, "Noun") && !tagged(i, "Adjective") && !modifier(i) && !head(i),
  );
}

/**
 * "targeted the tax agency in 2019 and the central bank in 2021", "after attacks on A in 2018, B
 * in 2020 and C in 2022": a list of victims each with its own date after the mention tells one
 * incident per victim, each hit on the date that follows it. Returns each date's victims, or
 * undefined when the sentence is no such list (every victim then stands for every date).
 */
function listedVictims(
  scan: SentenceScan,
  span: AttackSpan,
  targets: string[],
): Map<DateMention, string[]> | undefined {
  const { state, slots } = scan;
  const after = scan.dates.filter((d) => d.start >= span.end).sort((a, b) => a.start - b.start);
  if (after.length < 2 || new Set(after.map((d) => d.date)).size < after.length) return undefined;
  // The list as its pattern reads it: each item runs from the date before to its own date.
  const items: Array<{ date: DateMention; text: string; victims: string[] }> = [];
  let from = span.end;
  for (const d of after) {
    const text = (items.length === 0 ? FIRST_LISTED : NEXT_LISTED).exec(state.text.slice(from, d.start))
      ?.groups?.item;
    if (!text) break;
    const start = from;
    const victims = slots
      .filter(
        (slot) =>
          slot.start >= start &&
          slot.end <= d.start &&
          (targets.includes(slot.key) || (slot.kind === "actor" && canBeAttacked(state, slot.key))),
      )
      .map((slot) => slot.key);
    items.push({ date: d, text, victims: [...new Set(victims)] });
    from = d.end;
  }
  // Every date must have a victim of its own, else the dates are of one victim ("hit in 2015 and 2017"); the first
  // two items decide that before compromise is asked whether an item holds a verb (a parse per item, and slow).
  if (items.length < 2 || items.slice(0, 2).some((item) => item.victims.length === 0)) return undefined;
  const byDate = new Map<DateMention, string[]>();
  for (const item of items) {
    if (holdsVerb(item.text)) break;
    if (item.victims.length === 0) return undefined;
    byDate.set(item.date, item.victims);
  }
  if (byDate.size < 2) return undefined;
  // A victim the list does not place (the owning state of listed bodies) is hit every time.
  const placed = new Set([...byDate.values()].flat());
  const unplaced = targets.filter((t) => !placed.has(t));
  for (const hit of byDate.values()) for (const t of unplaced) if (!hit.includes(t)) hit.push(t);
  return byDate;
}

/** Places a mention that does not refer back: one incident (new or merged, never into `apartFrom`) per date it is given. */
function placeSpan(
  scan: SentenceScan,
  span: AttackSpan,
  targets: string[],
  near: DateMention[],
  namedKeys: string[],
  apartFrom: string | undefined,
): Array<{ key: string; targets: string[] }> {
  const { state, text } = scan;
  const listed = span.definite ? undefined : listedVictims(scan, span, targets);
  const dates = listed ? [...listed.keys()] : incidentDates(state, span, near);
  const fallback = span.kind === "cyber" ? publicationFallback(state, text) : undefined;
  const keys: Array<{ key: string; targets: string[] }> = [];
  for (const d of dates.length ? dates : [undefined]) {
    const hit = (d && listed?.get(d)) || targets;
    keys.push({
      targets: hit,
      key: placeIncident(state, {
        kind: span.kind,
        date: d?.date,
        targets: hit,
        surface: span.surface,
        mention: { start: span.start, end: span.end },
        named: namedKeys,
        fallback,
        name: span.name,
        known: span.known,
        separate: span.separate,
        apartFrom,
        recalled: toldAsRecalled(scan, span),
      }),
    });
  }
  return keys;
}

function incidentSlot(
  state: DocumentState,
  span: AttackSpan,
  key: string,
  attackers: string[],
  targets: string[],
): IncidentSlot {
  return {
    start: span.start,
    end: span.end,
    key,
    kind: "incident",
    source: "incident",
    possessive: false,
    attackers,
    targets,
    incidentKind: span.kind,
    date: state.entities.get(key)?.date,
  };
}

/**
 * "... was minor.", "... were far less serious.": a copula and a short predicate with no noun phrase,
 * participle or clause of its own closing the sentence; what follows an attack noun when the sentence
 * only weighs the deed it names (an aside), not when it tells a finding ("was a state-backed
 * operation", "was carried out by X").
 */
const WEIGHED_ONLY =
  /^[^.;:!?]{0,60}?\s(?:was|were)\s+(?:(?:far|much|less|more|\w+ly)\s+){0,2}(?!(?:a|an|the|not|no|never|part|behind)\b)[\p{L}-]+(?<!ed)\s*(?:[.;!]|$)/u;
const weighedOnly = (rest: string) => WEIGHED_ONLY.test(rest);

/**
 * An incident other than the one under discussion, both dated by the text, in a later month than it
 * (a later year when either has no month).
 */
function laterThan(state: DocumentState, key: string, current: ExtractedEntity): boolean {
  const date = state.entities.get(key)?.date;
  if (key === current.key || !date || !current.date) return false;
  if (state.provisionalDates.has(key) || state.provisionalDates.has(current.key)) return false;
  const precision = date.length >= 7 && current.date.length >= 7 ? 7 : 4;
  return date.slice(0, precision) > current.date.slice(0, precision);
}

/** Whether an incident is dated in the month (at least) of another one's date. */
function sameMonthAs(state: DocumentState, key: string, other: ExtractedEntity): boolean {
  const date = state.entities.get(key)?.date;
  return (
    !!date &&
    !!other.date &&
    date.length >= 7 &&
    other.date.length >= 7 &&
    datesCompatible(date.slice(0, 7), other.date.slice(0, 7))
  );
}

/** An incident other than the one under discussion, dated in an earlier year than it. */
function olderThan(state: DocumentState, key: string, current: ExtractedEntity | undefined): boolean {
  const date = state.entities.get(key)?.date;
  return (
    !!current?.date &&
    current.key !== key &&
    !!date &&
    !state.provisionalDates.has(key) &&
    Number(date.slice(0, 4)) < Number(current.date.slice(0, 4))
  );
}

/**
 * The incident of a kind told before the separate ones, most recent first: the last one `wanted`
 * takes, else the one the story tells most of.
 */
function earlierIncident(
  state: DocumentState,
  kind: string,
  wanted: (e: ExtractedEntity) => boolean,
): ExtractedEntity | undefined {
  const earlier = [...state.entities.values()]
    .reverse()
    .filter(
      (e) =>
        e.type === "incident" &&
        (e.kind ?? "cyber") === kind &&
        !state.separateIncidents.has(e.key) &&
        !state.recalledIncidents.has(e.key),
    );
  return (
    earlier.find(wanted) ??
    earlier.reduce<ExtractedEntity | undefined>(
      (best, e) => (!best || e.mentions.length > best.mentions.length ? e : best),
      undefined,
    )
  );
}

/**
 * "the port attack", "the airport attack": an attack noun after "the" and a word naming what was hit
 * speaks of the one incident, among those already told, whose victim's name or alias holds that word
 * ("port" in "Ports Authority"), or beside one of whose mentions it stands ("an attack hit the
 * port"). A whole word, or its plural, only ("port" is not "portal"). Undefined when no incident or
 * more than one fits (the referent decides), or when the span has its own determiner.
 */
function describedIncident(scan: SentenceScan, span: AttackSpan): ExtractedEntity | undefined {
  if (span.definite || span.name || span.known) return undefined;
  const { state } = scan;
  const before = DESCRIBED_BEFORE.exec(state.text.slice(Math.max(scan.base, span.start - 40), span.start));
  if (!before) return undefined;
  const word = before[1]!.toLowerCase();
  const names = (key: string) => {
    const target = state.entities.get(key);
    return target ? [target.label, ...target.aliases] : [];
  };
  const hasWord = (text: string) =>
    text
      .toLowerCase()
      .split(NAME_WORD_BREAK)
      .some((w) => w === word || w === `${word}s` || w === `${word}es` || `${w}s` === word);
  const reach = EXTRACTION_DEFAULTS.describedIncidentReach;
  const named = (e: ExtractedEntity) =>
    (e.targets ?? []).some((t) => names(t).some(hasWord)) ||
    e.mentions.some(
      (m) =>
        m.doc === state.id &&
        m.end <= span.start &&
        hasWord(state.text.slice(Math.max(0, m.start - reach), m.end + reach)),
    );
  const fitting = [...state.entities.values()].filter((e) => e.type === "incident" && named(e));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** "the port ", "that airport ": a determiner and one word of four letters or more, right before an attack noun. */
const DESCRIBED_BEFORE = /\b(?:the|that|this)\s+(\p{L}[\p{L}\d]{3,})\s+$/iu;

/**
 * One mention to its incidents. A definite mention ("the attack") and a bare one naming no date
 * or target ("these are sophisticated attacks") speak of the incident under discussion; a named
 * mention places itself by its name; the others make or join incidents by kind, date and target.
 */
function resolveSpan(
  scan: SentenceScan,
  mention: AttackSpan,
  spans: AttackSpan[],
  opening: DateMention | undefined,
  namedKeys: string[],
): IncidentSlot[] {
  const { state, slots } = scan;
  const own = spanTargets(scan, mention);
  // "denounced the cyberattack against the Peruvian court", "the Kestrel breach": words naming a victim of one
  // told incident speak of it, whichever the story is discussing; a name that is its victim's is no
  // incident's own.
  const byVictim = victimNamedIncident(scan, mention, own);
  const span = byVictim && mention.name ? { ...mention, name: undefined, definite: true } : mention;
  const near = spanDates(scan, span, spans, opening, own);
  const inherited = own.length ? [] : seriesTargets(scan, span, near);
  // The state the words named ("this assault on Peru's elections") is its victim's, no victim of its own.
  const targets = byVictim ? [] : own.length ? own : inherited;
  // A state is not read as the attacker of its own bodies, nor one named with what was hit or taken;
  // "China denied its hackers broke into the bank": the clause a denial rejects names no attacker.
  const attackers =
    span.undergone || deniedClauseEnd(state.lexicon.words).test(state.text.slice(scan.base, span.start))
      ? []
      : attackersOf(state, slots, span.start, span.end).filter(
          (a) => !targets.some((t) => t === a || state.entities.get(t)?.country === a),
        );
  // "Officials said at the time that the attack ...": the attack last named, recalled or not.
  const thenTold = AT_THE_TIME.test(state.text.slice(scan.base, span.start));
  const last =
    byVictim ?? describedIncident(scan, span) ?? referent(state, thenTold ? { ...span, distal: true } : span);
  // "A separate wave of attacks hit the court ... condemned the attack on the customs service": a
  // definite mention naming none of the victims of the incident told apart speaks of an earlier one,
  // the last naming one of its victims, else the one of its kind the story tells most of.
  const toldApart =
    span.definite &&
    last &&
    state.separateIncidents.has(last.key) &&
    targets.length > 0 &&
    !sharesTarget(targets, last);
  const current = toldApart
    ? (earlierIncident(state, span.kind, (e) => sharesTarget(targets, e)) ?? last)
    : last;
  const told = toldBefore(scan, span, current);
  const refersBack = !told && refersBackTo(state, span, current, near, targets);
  // "the intrusion into Uruguay's central bank" amid an article on Paraguay: not merged with Paraguay's.
  const foreign = span.definite && !!current && foreignMention(state, span, targets, current);
  const named = !!(span.known || (span.name && current?.name !== span.name));
  const joins =
    !named &&
    !span.separate &&
    (span.definite || targets.length === 0) &&
    refersBack &&
    (near.length === 0 || span.definite);
  // "On 3 May somebody got into the ledger system of X": a deed told aside, dated,
  // hitting none of the current incident's victims, is one of its own, even in the same month.
  const apart =
    span.aside && near.length > 0 && targets.length > 0 && !!current && !sharesTarget(targets, current);
  const placed = joins
    ? [{ key: joinCurrent(state, current!, span, targets, near), targets }]
    : // The earlier incident of a series is never the story's own, whatever victim they share.
      placeSpan(
        scan,
        apart ? { ...span, separate: true } : span,
        targets,
        // Told in that year, the attack was no later: the year dates it when the words give none.
        near.length || !told ? near : [told],
        namedKeys,
        foreign || told || inherited.length ? current?.key : undefined,
      );
  // A past incident recalled in passing does not become the one under discussion. A new one dated
  // in an earlier year than it is what the next words speak of ("..., which Ruritania blamed on X"), but
  // "the intrusion" later is still the story's own.
  // A definite mention dated after the incident under discussion is no past deed, though: "The March
  // breach of the port was the work of ..." after a heading's "breaches of 2021 to 2025" moves the
  // story on to it (and "the breach" next speaks of it), unless it names only other states' victims
  // or the sentence only weighs it ("The May defacement of the ministry's site was minor").
  const movesOn =
    !foreign &&
    current !== undefined &&
    !weighedOnly(state.text.slice(span.end, scan.sentence.end)) &&
    placed.every(({ key }) => laterThan(state, key, current));
  const recalled = span.definite && current !== undefined && !refersBack && !movesOn;
  // "Prosecutors also accused the crew of a 2019 breach of the port authority": another incident
  // named in the complement of a charge or of blame (chargedBefore: accuse, blame, charge,
  // convict, wanted), or the one an attack is compared to, is background; the one under
  // discussion stays so.
  const charged =
    !joins &&
    current !== undefined &&
    (chargedBefore(scan.words).test(state.text.slice(scan.base, span.start)) ||
      EARLIER_ONE.test(state.text.slice(scan.base, span.start)) ||
      COMPARED_TO.test(state.text.slice(scan.base, span.start)));
  // A second victim of the story's month introduced with "also" ("the port's servers were also
  // wiped that week") is told in passing: a later "the attack" still means the story's own.
  const alsoTold = !joins && current !== undefined && toldAsRecalled(scan, span);
  return placed.map(({ key, targets: hit }) => {
    const aside =
      (span.aside || (alsoTold && sameMonthAs(state, key, current))) &&
      current !== undefined &&
      key !== current.key;
    if (recalled || aside || (charged && key !== current!.key)) state.recalledIncidents.add(key);
    else state.currentIncident = key;
    if (!joins && olderThan(state, key, current)) state.recalledIncidents.add(key);
    return incidentSlot(state, span, key, attackers, hit);
  });
}

/**
 * A sentence telling the story's attack as one of a series, whose next sentence tells the earlier
 * one. The series is said OF the attack or its victim: the attack is the copula's subject ("This
 * breach was the fourth against the depot"), or the ordinal's "time" clause is the victim's perfect
 * passive ("the third time that the depot has been breached"). An ordinal in another clause
 * ("officials met for the second time") tells no series. Ordinals: SERIES_ORDINALS; "not the
 * first": INCIDENT_WORDS.recall's negated words.
 */
const series = (words: Words) =>
  patternFor(words, "series", (w) => {
    const ordinal = alternation(SERIES_ORDINALS);
    const notFirst = alternation(INCIDENT_WORDS.recall.filter((r) => r.startsWith("not ")));
    const participle = `${w.verbs.attack.participle}|${w.verbs.impact.participle}`;
    return new RegExp(
      `\\b(?:(?:it|this|that|the\\s+(?:[\\w-]+\\s+)?(?:${w.nouns.attack.any}))\\s+(?:is|was)\\s+(?:${notFirst}|the\\s+(?:${ordinal}))\\b(?!\\s+time\\b)` +
        `|(?:${notFirst}|the\\s+(?:${ordinal}))\\s+time\\s+(?:that\\s+)?(?:[\\w'-]+\\s+){1,4}?(?:has|have|had)\\s+been\\s+(?:\\w+ly\\s+)?(?:${participle})\\b)`,
      "i",
    );
  });

/**
 * The victims an earlier incident told right after a series sentence hit when its own clause names
 * none ("Its website was defaced in 2020"): those the series sentence named itself (never a state
 * derived from a named body: the data model lists the body).
 */
function seriesTargets(scan: SentenceScan, span: AttackSpan, near: DateMention[]): string[] {
  const { state } = scan;
  const series = state.seriesVictims;
  if (!series || span.known || span.name || near.length === 0) return [];
  // Only the next sentence: no sentence's end between the two.
  if (series.end > scan.base || /[.!?]\s/.test(state.text.slice(series.end, scan.base))) return [];
  const current = state.currentIncident ? state.entities.get(state.currentIncident) : undefined;
  if (!near.every((d) => olderDate(d.date, current?.date))) return [];
  return series.targets;
}

/** Whether `date` lies wholly before `than` (an incident told as the earlier one of a series). */
function olderDate(date: PartialDate, than: PartialDate | undefined): boolean {
  return than !== undefined && !datesCompatible(date, than) && date < than;
}

/** Remembers what a series sentence named as hit, for the sentence after it. */
function noteSeries(scan: SentenceScan, hit: string[]): void {
  const { state } = scan;
  if (!series(scan.words).test(scan.text)) return;
  const targets = [...new Set(hit)];
  if (targets.length) state.seriesVictims = { end: scan.sentence.end, targets };
}

/**
 * "not the first time": what opens a clause telling that attacks came before ("the third time"
 * counts the present deed among them: its clause tells that one).
 */
const SERIES_TIME = new RegExp(
  String.raw`\b(?:${alternation(INCIDENT_WORDS.recall.filter((r) => r.startsWith("not ")))})\s+time\b`,
  "gi",
);

/**
 * "It is not the first time the regulator was hit", "not the first time Israel has
 * blamed Tehran for hacking its infrastructure": the clause after such an opening says that
 * attacks came before and tells none of them; an undated, unnamed mention in it is no incident
 * (its victims still stand for the earlier one the next sentence dates: `seriesTargets`).
 */
function inSeriesClause(scan: SentenceScan, span: AttackSpan): boolean {
  if (span.definite || span.name || span.known) return false;
  const { state, base } = scan;
  return matchesOf(SERIES_TIME, scan.text).some((m) => {
    const opened = base + m.index + m[0].length;
    if (opened > span.start || /[;:]/.test(state.text.slice(opened, span.start))) return false;
    const clauseEnd = /[;:]/.exec(state.text.slice(span.end, scan.sentence.end));
    const end = clauseEnd ? span.end + clauseEnd.index : scan.sentence.end;
    return !scan.dates.some((d) => d.start >= opened && d.end <= end);
  });
}

/**
 * "Western capitals say nothing of cyberattacks against Ruritania", "it is Ruritania that suffers
 * real attacks", "they kept quiet when Ruritania itself was hit": the accused
 * side saying it is attacked too, in an undated, unnamed, indefinite mention hitting only states
 * of that side, makes a complaint and tells no incident (a dated one, "in January its railways were
 * paralysed", is one).
 */
function accusedComplains(scan: SentenceScan, span: AttackSpan): boolean {
  const { state } = scan;
  if (span.definite || span.name || span.known || scan.dates.length > 0) return false;
  if (state.claimed.lastAccusedOf.size === 0) return false;
  const targets = spanTargets(scan, span);
  if (targets.length === 0) return false;
  const side = attackersSide(state);
  if (!targets.every((t) => state.entities.get(t)?.type === "state" && side.has(t))) return false;
  // "Kyiv blamed Moscow for cyberattacks on Ukraine", "Kyiv said Russia was behind cyberattacks on
  // Ukraine", "attacks by Russian military intelligence": a counter-accusation names who did it, in
  // a blame word or in any actor outside the accused side (subject, predicate or by-agent), and
  // tells a deed.
  if (accusationBetween(scan.words).test(scan.text)) return false;
  return scan.slots.every((x) => x.kind !== "actor" || side.has(x.key) || targets.includes(x.key));
}

export function findIncidents(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  sentenceDates: DateMention[],
  namedIncidents: NamedIncidentMention[] = [],
): IncidentSlot[] {
  const text = sentence.text;
  const words = state.lexicon.words;
  if (!mayNameAttack(state, text, namedIncidents)) return [];
  const scan: SentenceScan = {
    state,
    sentence,
    text,
    base: sentence.start,
    slots,
    dates: datesForAttacks(state, sentence.start, sentenceDates),
    words,
    spanCues: spanCuesOf(words, text),
    spanTargets: new Map(),
  };
  const openings = openingsOf(scan);
  scan.openingDates = [...(openings.sentence ? [openings.sentence] : []), ...openings.clauses];
  const spans = attackSpans(scan, namedIncidents);
  const namedKeys = slots.map((s) => s.key);
  // An appositive names the event of the clause before it and takes no date from it.
  const clauses = spans.filter((span, i) => i === 0 || !inApposition(scan, spans[i - 1]!, span));
  const found: IncidentSlot[] = [];
  const seriesHit: string[] = [];
  spans.forEach((span, i) => {
    const head = i > 0 ? spans[i - 1]! : undefined;
    const headSlots = head ? found.filter((f) => f.start === head.start) : [];
    if (head && headSlots.length > 0 && renames(scan, head, headSlots[0]!.key, span))
      found.push(...headSlots.map((h) => renamedSlot(scan, span, h)));
    else if (inSeriesClause(scan, span) || accusedComplains(scan, span))
      seriesHit.push(...spanTargets(scan, span));
    else found.push(...resolveSpan(scan, span, clauses, openingFor(openings, span), namedKeys));
  });
  noteSeries(scan, [...found.flatMap((f) => f.targets), ...seriesHit]);
  return found;
}

/** An attack, its date, then a "when" clause telling what happened then. */
const WHEN_AT_DATE = /^[^;:]{0,80}?,\s+when\b[^,;:]{0,100}$/i;
/** What may stand between a clause telling an attack and a noun phrase in apposition to it. */
const APPOSITION = /^[^;:()"“”]{0,160}?(?:,|\s[-–—])\s+$/;

/**
 * "Intruders got into the land registry in 2016 — a compromise nobody claimed": an
 * indefinite attack noun in apposition at the end of a clause that tells an attack renames that
 * attack, it is no other incident; so does a "when" clause after the attack's date.
 */
function renames(scan: SentenceScan, head: AttackSpan, headKey: string, span: AttackSpan): boolean {
  return whenClauseTells(scan, head, headKey, span) || inApposition(scan, head, span);
}

/**
 * "an attack on the grid in June 2012, when two substations were hit": the clause tells that
 * attack (not "the outage recalled June 2012, when ...": the date must be the attack's).
 */
function whenClauseTells(scan: SentenceScan, head: AttackSpan, headKey: string, span: AttackSpan): boolean {
  return (
    WHEN_AT_DATE.test(scan.state.text.slice(head.end, span.start)) &&
    !span.known &&
    !span.name &&
    scan.dates.some(
      (d) =>
        d.start >= head.end &&
        d.end <= span.start &&
        datesCompatible(d.date, scan.state.entities.get(headKey)?.date),
    )
  );
}

/** An indefinite attack noun after a comma or dash that closes the head's clause, with no predicate of its own. */
function inApposition(scan: SentenceScan, head: AttackSpan, span: AttackSpan): boolean {
  const text = scan.state.text;
  const between = text.slice(head.end, span.start);
  return (
    !span.definite &&
    !span.separate &&
    !span.known &&
    /^an?\s/i.test(text.slice(span.start, span.end)) &&
    (head.verb || head.passive) &&
    !WHEN_AT_DATE.test(between) &&
    APPOSITION.test(between) &&
    (between.match(/,/g) ?? []).length <= 2 &&
    !/\b(?:and|but|while|whereas|then)\b/i.test(between) &&
    !speechWord(scan.words).test(between) &&
    !clauseVerb(scan.words).test(text.slice(span.end, span.end + 40))
  );
}

/** "..., and in 2020 a ransomware attack shut the port": an attack verb after the noun makes it a clause's subject. */
const clauseVerb = (words: Words) =>
  patternFor(
    words,
    "clause-verb",
    (w) =>
      new RegExp(
        `^\\s+(?:\\w+ly\\s+)?(?:${w.verbs.attack.past}|${w.verbs.impact.past}|${w.verbs.steal.past})\\b`,
        "i",
      ),
  );

/** The appositive's mention joins the incident its clause told, with its targets and name. */
function renamedSlot(scan: SentenceScan, span: AttackSpan, head: IncidentSlot): IncidentSlot {
  const { state } = scan;
  const incident = state.entities.get(head.key)!;
  const targets = spanTargets(scan, span);
  joinCurrent(state, incident, span, targets, []);
  return incidentSlot(state, span, head.key, attackersOf(state, scan.slots, span.start, span.end), targets);
}
