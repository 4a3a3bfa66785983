/**
 * What every attribution rule shares: `attribute` (the claim, its claimants and whether it is
 * suspected or rejected), the negation and judged-accusation tests that stop one, and the subjects
 * and quoted actors several rules read as the ones who attribute.
 */
import {
  actorsOf,
  claimantsOf,
  clauseEnd,
  clauseStart,
  emit,
  isActor,
  objectAfter,
  pastOpeningPhrase,
  patternFor,
  subjectBefore,
  typeOf,
  type Frame,
} from "../frame";
import {
  GOVERNED,
  JOINED_CLAUSE_OPENERS,
  alternation,
  DISMISSALS,
  FINITE_BE,
  MODALS,
  NEGATED_VERB_ADVERBS,
  VERB_NEGATORS,
  type Words,
} from "../../lexicon";
import type { Slot } from "../../mentions";
import { reportersOf } from "../reporters";
import { RELATIVE_WORD, VERB_LEAD } from "../../speakers";

export const MONTH_OR_DAY =
  "\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december";
/**
 * "there was no evidence that", "neither A nor B has suggested that": the clause under it is not
 * asserted. "claimed without evidence that" still claims: the phrase says how, not whether.
 */
const negatedReport = (words: Words) =>
  new RegExp(
    `\\b(?:no|not|neither|nor|never|without(?!\\s+(?:(?:any|offering|providing|giving|citing|presenting)\\s+)?(?:evidence|proof)\\b)|n't)\\s+(?:[\\w-]+\\s+){0,4}?(?:evidence|sign|signs|proof|indication|indications|clear|known|${words.verbs.establish.any})\\b[^;]*$`,
    "i",
  );
/** A negation or a question opening the clause: what follows is not asserted. */
export const negation = (words: Words) => new RegExp(`\\b(?:${words.negation}|whether|if)\\b`, "i");

export const attributable = new Set(["state", "agency", "group", "person"]);

export function attribute(
  frame: Frame,
  incident: string | undefined,
  actors: string[],
  claimants: string[],
  suspected: boolean,
  /** "X claimed responsibility": the actor is its own claimant. */
  selfClaimed = false,
): void {
  if (!incident || !sameTime(frame, incident)) return;
  // "Russia rejected claims by the Czech government that ...": the accusers claim, not the denier.
  // With no speaker found: who judges it ("investigators believe"), an unnamed body's owner, a pronoun's subject.
  const said = rejectedClaimants(frame) ?? (claimants.length > 0 ? claimants : reportersOf(frame));
  // The accused and their states never claim the accusation (a unit named beside its state is accused with it).
  const accusedSide = new Set(actors.flatMap((a) => [a, frame.state.entities.get(a)?.country ?? a]));
  // "blamed the attack on hackers linked to Russia" read as an attack on Russia: no one attacks itself.
  const targets = frame.state.entities.get(incident)?.targets ?? [];
  // "the ministry said it was investigating": the hit state's own body that reports or looks into
  // the attack is not the accused; any other body of that state can be ("carried out by the
  // state's own security service" in a domestic spyware story).
  const victimStates = new Set(
    targets
      .flatMap((t) => [t, frame.state.entities.get(t)?.country ?? t])
      .filter((k) => typeOf(frame, k) === "state"),
  );
  const victimSide = (actor: string) => {
    const entity = frame.state.entities.get(actor);
    return (
      entity?.type === "agency" &&
      !!entity.country &&
      victimStates.has(entity.country) &&
      (said.includes(actor) || reporterBody(frame, actor))
    );
  };
  for (const actor of actors) {
    if (!attributable.has(typeOf(frame, actor) ?? "") || targets.includes(actor) || victimSide(actor))
      continue;
    emit(frame, "attributed-to", incident, actor, {
      claimants: claimantsOf(frame, said).filter((c) => !accusedSide.has(c) || (selfClaimed && c === actor)),
      suspected,
    });
    frame.state.lastAccusedOf.set(actor, incident);
  }
}

/**
 * Between an accusation's clause and the subject of a clause a conjunction joins after it (", and the ",
 * " but "). Not a semicolon: a headline's "X charges Y over the hack; Z says it was Y" sets two
 * statements of one accusation side by side.
 */
const JOINED_CLAUSE = new RegExp(`^,?\\s*(?:${alternation(JOINED_CLAUSE_OPENERS)})\\s+(?:the\\s+)?$`);

/**
 * The sentence's speakers who speak for the accusation its clause at `at` makes with a subject of its
 * own: "Britain blamed Russia for the attack, and Brazil said it would help" is Britain's accusation,
 * and Brazil speaks only the clause it opens. A speech tag after the clause ("..., the minister
 * said") opens no clause of its own and stays a speaker.
 */
export function speakersOfClause(frame: Frame, at: number): string[] {
  const end = clauseEnd(frame, at);
  const text = frame.state.text;
  const later = frame.speakerSlots.filter(
    (s) => s.start >= end && JOINED_CLAUSE.test(text.slice(end, s.start)),
  );
  if (later.length === 0) return frame.speakers;
  const kept = new Set(
    actorsOf(
      frame,
      frame.speakerSlots.filter((s) => !later.includes(s)),
    ),
  );
  const dropped = new Set(actorsOf(frame, later));
  return frame.speakers.filter((k) => !dropped.has(k) || kept.has(k));
}

/**
 * The accusers of a claim the sentence reports as rejected ("rejected claims by the Czech
 * government that ...", "dismissed Prague's accusations that ..."), or none when it names none;
 * undefined when the sentence rejects nothing.
 */
function rejectedClaimants(frame: Frame): string[] | undefined {
  const re = patternFor(
    frame.state.lexicon.words,
    "rejected-claim",
    (w) =>
      new RegExp(
        `\\b(?:${w.verbs.deny.any})\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${w.nouns.accusation.any})\\s+(?:(?:by|from|of)\\s+)?`,
        "i",
      ),
  );
  const m = re.exec(frame.sentence.text);
  // "...; officials have always rejected that claim too": a rejection with no "that" clause of its own rejects another claim.
  if (!m || !/^[^;:]*?\bthat\b/i.test(frame.sentence.text.slice(m.index + m[0].length))) return undefined;
  const at = frame.sentence.start + m.index;
  const end = at + m[0].length;
  // "Prague's accusations": the possessor accuses; "claims by the Czech government": the agent does.
  const possessor = frame.slots.filter((s) => s.possessive && s.start > at && s.end < end);
  const agents = /(?:by|from|of)\s+$/i.test(m[0]) ? objectAfter(frame, end) : [];
  return actorsOf(frame, [...possessor, ...agents]);
}

/**
 * An incident the sentence does not name is the one under discussion only if the sentence's years
 * allow it: "In 2016 prosecutors charged X with an intrusion in 2013" speaks of another attack.
 */
function sameTime(frame: Frame, incident: string): boolean {
  if (frame.incidents.some((i) => i.key === incident)) return true;
  const year = frame.state.entities.get(incident)?.date?.slice(0, 4);
  const years = frame.sentence.text.match(/\b(?:19|20)\d\d\b/g);
  return !year || !years || years.includes(year);
}

/** Negated, or asked rather than said: "could not confirm whether X is behind", "if X was behind". */
export function negatedBefore(frame: Frame, at: number): boolean {
  const before = frame.state.text.slice(frame.sentence.start, at);
  return (
    patternFor(frame.state.lexicon.words, "negation", negation).test(
      frame.state.text.slice(clauseStart(frame, at), at),
    ) ||
    accusationJudged(frame, at) ||
    /\b(whether|if)\s+[^,;.]*$/i.test(before) ||
    patternFor(frame.state.lexicon.words, "negated-report", negatedReport).test(before)
  );
}

/**
 * "Linking Peru to the breach is irresponsible", "Blaming X for it without proof was reckless": an
 * accusation that is the subject of a judgement (its clause opens with the accusing verb's gerund,
 * a be-verb follows in the clause) is dismissed, not made, and the judgement condemns no attack.
 */
export function accusationJudged(frame: Frame, at: number): boolean {
  const from = clauseStart(frame, at);
  return patternFor(frame.state.lexicon.words, "accusation-judged", judgedAccusation).test(
    frame.state.text.slice(from, clauseEnd(frame, at)),
  );
}

/**
 * A clause opening with an accusing gerund, then its be-verb and a verdict or a dismissal within
 * three words ("Tying X to Y was reckless", "would be utterly absurd"); "Accusing X was the first
 * thing they did" judges nothing.
 */
const judgedAccusation = (w: Words) =>
  new RegExp(
    `^\\W*(?:${w.verbs.blame.gerund}|${w.verbs.attribute.gerund})\\b[^,;:]*?\\s(?:${alternation(FINITE_BE)}|(?:${alternation(MODALS)})\\s+be)\\s+(?:[\\w-]+\\s+){0,3}?["“]?(?:${w.verdict}|${alternation(DISMISSALS)})\\b`,
    "i",
  );

/** The body is the subject of a verb that reports, looks into or names ("the ministry said", "police are investigating"). */
function reporterBody(frame: Frame, key: string): boolean {
  const words = frame.state.lexicon.words;
  return frame.slots.some(
    (s) =>
      s.key === key &&
      patternFor(words, "reporter-verb-next", reporterVerbNext).test(
        frame.state.text.slice(s.end, frame.sentence.end),
      ),
  );
}

const reporterVerbNext = (words: Words) =>
  new RegExp(
    `^\\s+(?:(?:has|have|had|is|are|was|were|now|also|later)\\s+)*(?:${words.verbs.speech.any}|${words.verbs.naming.any}|${words.verbs.inquire.any})\\b`,
    "i",
  );

/** Actors named inside a quotation opening at `at` ('"Russian special services"'). */
export function quotedActors(frame: Frame, at: number): string[] {
  const quote = /^\s*["“]([^"”]{1,80})["”]/.exec(frame.state.text.slice(at, frame.sentence.end));
  if (!quote) return [];
  const end = at + quote[0].length;
  return frame.slots
    .filter(
      (s) =>
        s.kind !== "incident" && s.start > at && s.end < end && attributable.has(typeOf(frame, s.key) ?? ""),
    )
    .map((s) => s.key);
}

/**
 * Who does what the verb at `at` says: its clause's subject; in a relative clause with no subject
 * of its own, what the relative word stands for ("the firm X, which first linked the wiper to Y":
 * X); "..., which it blamed on Y": the sentence's subject.
 */
export function attributorsBefore(frame: Frame, at: number): Slot[] {
  const subject = subjectBefore(frame, at);
  if (subject.length > 0) return subject;
  const { text } = frame.state;
  const relative = RELATIVE_OPENING.exec(text.slice(frame.sentence.start, at));
  if (!relative) return [];
  const opens = frame.sentence.start + relative.index;
  if (relative[1]) return sentenceSubject(frame, opens);
  const antecedent = frame.slots.findLast((s) => s.kind === "actor" && s.end <= opens);
  return antecedent &&
    !antecedent.possessive &&
    /^\s*$/.test(text.slice(antecedent.end, opens)) &&
    isActor(frame, antecedent)
    ? [antecedent]
    : [];
}

/** ", which first linked", ", who blamed", ", which it attributed": a relative clause opening right before a verb. */
const RELATIVE_OPENING = new RegExp(
  String.raw`,\s*(?:${RELATIVE_WORD})\s+((?:it|they)\s+)?${VERB_LEAD}$`,
  "iu",
);

/** The sentence's subject before `at`: its first actor no preposition governs, past an opening phrase. */
export function sentenceSubject(frame: Frame, at: number): Slot[] {
  const { text } = frame.state;
  const first = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.end <= at &&
      !s.possessive &&
      isActor(frame, s) &&
      !GOVERNED.test(text.slice(Math.max(frame.sentence.start, s.start - 12), s.start)),
  );
  return first ? pastOpeningPhrase(frame, [first], at) : [];
}

/** A passive auxiliary right before the verb ("was linked", "had previously been tied"). */
export const PASSIVE_AUXILIARY =
  /\b(?:was|were|is|are|been|being|be)\s+(?:(?:previously|also|now|since|repeatedly|publicly|formally|widely|first|already|long)\s+)?$/i;

/** A negation or a refusal right before a verb ("has not", "never", "did not publicly", "refused to"). */
export const NEGATED_VERB = new RegExp(
  String.raw`\b(?:${alternation(VERB_NEGATORS)})\s+(?:(?:${alternation(NEGATED_VERB_ADVERBS)})\s+)?$`,
  "i",
);
