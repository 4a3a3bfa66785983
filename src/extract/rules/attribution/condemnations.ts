/**
 * Judging the attack and naming its targets: verdicts ('"totally unacceptable"'), condemnations
 * ("NATO condemned the attack") and the attacked claims of each incident's targets.
 */
import {
  actorsOf,
  clauseEnd,
  clauseStart,
  emit,
  ensureEntity,
  incidentNear,
  patternFor,
  relativeAntecedent,
  subjectBefore,
  type Frame,
} from "../frame";
import type { Slot } from "../../mentions";
import { EXTRACTION_DEFAULTS } from "../../defaults";
import {
  ADVERBIAL_PREPOSITIONS,
  alternation,
  COPULAS,
  DEFINITE_DETERMINERS,
  HEAD_COMPLEMENT_PREPOSITIONS,
  MODALS,
  ONGOING_ADVERBS,
  TIME_RELATIONS,
  VERB_JOINING_CONJUNCTIONS,
  type Words,
} from "../../lexicon";
import { subjectBeforeAside } from "../condemnation";
import type { ClaimRule } from "../rule";
import { NEGATED_VERB, negatedBefore } from "./shared";
import { victimStateIncident } from "./victim-states";
import { matchesOf } from "../../text";

const AMONG_THOSE_WHO =
  /\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:countries|governments|states|nations|allies|members|organi[sz]ations|leaders|capitals)\s+(?:that|which|who)\s+(?:(?:also|have|had|quickly|publicly|swiftly)\s+)*$/i;

/** 'said the campaign was "totally unacceptable"': judging the attack condemns it. */
export const verdictRule: ClaimRule = {
  id: "verdict",
  type: "condemned",
  trigger: (w) =>
    new RegExp(
      `\\b(?:was|were|is|are|as)\\s+(?:an?\\s+)?["“]?(?:(?:totally|completely|utterly|wholly|simply|absolutely|deeply)\\s+)?(?:${w.verdict})\\b`,
      "gi",
    ),
  apply(frame, { at }) {
    if (negatedBefore(frame, at)) return;
    // The attack is the subject judged, in the same clause as the verdict.
    const from = clauseStart(frame, at);
    const incident = [...frame.incidents].reverse().find((i) => i.end <= at && i.start >= from)?.key;
    for (const actor of condemners(frame, actorsOf(frame, frame.speakerSlots)))
      emit(frame, "condemned", actor, incident, { claimants: [] });
  },
};

/** "NATO condemned the attack"; "Japan was among the countries that also condemned it". */
export const condemnRule: ClaimRule = {
  id: "condemn",
  type: "condemned",
  trigger: (w) => new RegExp(`\\b(${w.verbs.condemn.any})\\b`, "gi"),
  apply(frame, { at, end: after, before }) {
    const { state } = frame;
    // "Quito urged its neighbours to condemn the attack", "declined to condemn it": no one condemned.
    if (actLeftUndone(state.lexicon.words).test(state.text.slice(clauseStart(frame, at), at))) return;
    // "did not condemn the attack", "would condemn any such attack": no condemnation was made.
    if (NEGATED_VERB.test(before) || MODAL_BEFORE.test(before)) return;
    // Only an attack named as the object is condemned ("condemned the decision to cut ties" is not);
    // an object that only describes an attack ("the attack", 'what she called "malicious cyber
    // activity"') is the attack under discussion.
    // "condemned the accusations of a cyberattack" condemns the accusation, not the attack it names.
    const named = frame.incidents.find(
      (i) =>
        i.start >= after &&
        i.start < clauseEnd(frame, after) &&
        !accusationNoun(state.lexicon.words).test(state.text.slice(after, i.start)),
    )?.key;
    const object = state.text.slice(after, frame.sentence.end);
    const described =
      !named &&
      !negatedBefore(frame, at) &&
      (describedAttack(state.lexicon.words).test(object) ||
        // "condemned it/them" stands for anything said since the attack, unless that was the attack
        // or the attack ends the verb phrase the condemnation is joined to ("holds X responsible
        // for the attack and condemns it").
        (ATTACK_PRONOUN.test(object) &&
          (incidentInSentenceBefore(frame) ||
            (joinedAfterAttack(state.lexicon.words).test(before) &&
              // "would hold X responsible for the attack and condemn it": the joined verb is as unasserted as the first.
              !MODAL_IN_CLAUSE.test(state.text.slice(clauseStart(frame, at), at))))));
    const incident = named ?? (described ? incidentNear(frame, after) : undefined);
    const among = AMONG_THOSE_WHO.exec(state.text.slice(frame.sentence.start, at));
    const subject = subjectBeforeAside(frame, at) ?? orAntecedent(frame, at, subjectBefore(frame, at));
    // "X said the group was behind it, and condemned ...": the speaker's second verb.
    const actors =
      subject.length === 0 && among
        ? subjectBefore(frame, frame.sentence.start + among.index)
        : SECOND_VERB.test(before) && frame.speakerSlots.length > 0
          ? frame.speakerSlots
          : subject;
    const who = condemners(frame, actorsOf(frame, actors));
    // "denounced the malicious activity against Qatari ministries": the victim's state the object names picks the incident.
    const meant = incident && victimStateIncident(frame, incident, after, clauseEnd(frame, after, true), who);
    for (const actor of who) emit(frame, "condemned", actor, meant || incident, { claimants: [] });
  },
};

/**
 * No subject in the verb's clause: a relative clause's antecedent ("NATO, whose head condemned"),
 * unless an infinitive leaves the act undone ("NATO, which is expected to condemn").
 */
function orAntecedent(frame: Frame, at: number, subject: Slot[]): Slot[] {
  if (subject.length > 0) return subject;
  if (INFINITIVE_BEFORE.test(frame.state.text.slice(frame.sentence.start, at))) return [];
  const antecedent = relativeAntecedent(frame, at);
  return antecedent ? [antecedent] : [];
}

/** An infinitive's "to" right before the verb, an adverb between at most. */
const INFINITIVE_BEFORE = /\bto\s+(?:\p{Ll}+ly\s+)?$/iu;

/** A modal anywhere before the verb in its clause ("would blame X for the attack and condemn"). */
// Case-sensitive: "May" is a month.
const MODAL_IN_CLAUSE = new RegExp(String.raw`\b(?:${alternation(MODALS)})\b`);

/** A modal right before a verb ("would condemn", "could be condemned"): a condemnation not yet made. */
const MODAL_BEFORE = new RegExp(String.raw`\b(?:${alternation(MODALS)})\s+(?:\p{Ll}+ly\s+)?$`, "iu");

/** A verb of asking or declining, then "to", right before an infinitive ("urged the regional bloc to "). */
const actLeftUndone = (words: Words) =>
  patternFor(
    words,
    "act-left-undone",
    (w) => new RegExp(String.raw`\b(?:${w.verbs.actLeftUndone.any})\b(?:\s+[^\s,;.]+){0,6}?\s+to\s+$`, "i"),
  );

/**
 * Who condemns: a body (which cannot condemn in the data model) condemns for what owns it, the
 * state or organization ("the ECOWAS Commission condemned" is ECOWAS's word).
 */
function condemners(frame: Frame, keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const owner = condemningOwner(frame, key);
    if (owner) ensureEntity(frame, owner);
    const who = owner ?? key;
    if (!out.includes(who)) out.push(who);
  }
  return out;
}

/** The state or organization owning an agency: the gazetteer's owner first, as the part-of claims take it. */
function condemningOwner(frame: Frame, key: string): string | undefined {
  const { state } = frame;
  const entity = state.entities.get(key);
  if (entity?.type !== "agency") return undefined;
  const info = state.lexicon.entities.get(key);
  const owner = info?.country ?? info?.parent ?? entity.country ?? entity.parent;
  const ownerInfo = owner ? (state.entities.get(owner) ?? state.lexicon.entities.get(owner)) : undefined;
  return ownerInfo && ["state", "organization"].includes(ownerInfo.type) ? owner : undefined;
}

/**
 * A verb joined by "and" to a verb phrase ending in an attack noun, adverbs between ("blamed Y for
 * the intrusion and later condemned"): the pronoun object after it stands for that attack.
 */
const joinedAfterAttack = (words: Words) =>
  patternFor(
    words,
    "joined-after-attack",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.nouns.attack.any}|${w.nouns.incident.any})\s*,?\s+(?:${alternation(VERB_JOINING_CONJUNCTIONS)})\s+(?:(?:\p{Ll}+ly|${alternation(ONGOING_ADVERBS)})\s+){0,2}$`,
        "iu",
      ),
  );

/** "condemned it", "condemns them": a pronoun that may stand for an attack as the verb's object. */
const ATTACK_PRONOUN = /^\s*(?:it|them)\b/i;
/** A sentence's closing mark (a quotation's mark or bracket may close after it). */
const SENTENCE_CLOSE = /[.!?]["”’)]?(?=\s|$)/g;

/**
 * The sentence right before `frame`'s says what the attack was ('"It was a reckless attack on a
 * whole city. We condemn it"'): a pronoun opening the next sentence's object refers to it. A
 * sentence that only mentions the attack ("The attack came after the sanctions vote.") tells of
 * something else the pronoun may stand for, so the mention must be the copula's complement.
 */
function incidentInSentenceBefore(frame: Frame): boolean {
  const { state, sentence } = frame;
  const last = [...state.entities.values()]
    .filter((e) => e.type === "incident")
    .flatMap((e) => e.mentions.filter((m) => m.doc === state.id && m.end <= sentence.start))
    .reduce<{ start: number; end: number } | undefined>((a, m) => (!a || m.end > a.end ? m : a), undefined);
  return (
    !!last &&
    matchesOf(SENTENCE_CLOSE, state.text.slice(last.end, sentence.start)).length <= 1 &&
    COPULAR_COMPLEMENT.test(
      state.text.slice(Math.max(0, last.start - EXTRACTION_DEFAULTS.copulaReach), last.start),
    )
  );
}

/** A word modifying the complement's head ("cowardly"): no determiner, nor a preposition opening another phrase ("days after the"). */
const COMPLEMENT_MODIFIER = String.raw`(?!(?:${alternation([...DEFINITE_DETERMINERS, ...HEAD_COMPLEMENT_PREPOSITIONS, ...TIME_RELATIONS])})\b)[\w'’-]+\s+`;
/** A copula and the complement's article and modifiers right before a mention ("was a cowardly "). */
const COPULAR_COMPLEMENT = new RegExp(
  String.raw`\b(?:${alternation(COPULAS)})\s+(?:(?:an?|the|one)\s+)?(?:${COMPLEMENT_MODIFIER}){0,3}$`,
  "i",
);

/** An accusation noun anywhere ("the allegations of"). */
const accusationNoun = (words: Words) =>
  patternFor(words, "accusation-noun", (w) => new RegExp(String.raw`\b(?:${w.nouns.accusation.any})\b`, "i"));

/** A verb joined to the sentence's first by "and" after a comma. */
const SECOND_VERB = /,\s+and\s+(?:(?:also|later|then|strongly|publicly)\s+)?$/i;

/**
 * Up to two time or manner phrases before a condemnation's object, quoted or not ("on Thursday
 * evening", '"in the strongest terms"', "firmly").
 */
const ADVERBIALS = String.raw`(?:["“]?(?:${alternation(ADVERBIAL_PREPOSITIONS)})\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+["”]?\s*,?\s+|[a-z]+ly\s+){0,2}`;

/**
 * An object that describes an attack without naming one: 'the attack', '"any attack on the
 * institutions of a member state"', 'what she called "malicious cyber activity"', after a time or
 * manner phrase or not. A bare "the incident" is no such object: "condemned the incident response"
 * or "the incident on the border, where a drone crashed" name no attack. No accusation noun stands before the attack noun: "condemned the accusations of a
 * cyberattack" condemns no attack.
 */
const describedAttack = (words: Words) =>
  patternFor(
    words,
    "described-attack",
    (w) =>
      new RegExp(
        `^\\s*${ADVERBIALS}(?:what\\s+[\\w-]+\\s+(?:called|termed|described\\s+as)\\s+)?(?:the\\s+)?["“]?\\s*(?:(?:the|any|all|such|this|these|those|its|their)\\s+)?(?:(?!(?:${w.nouns.accusation.any})\\b)[\\w'’-]+\\s+){0,3}?(?:${w.nouns.attack.any}|${w.nouns.incident.any}|${w.nouns.hostileAct.any})\\b`,
        "i",
      ),
  );

/**
 * Each incident's targets, as the text names them: an attack on a ministry is not also claimed
 * against its state (the data model's own example lists only the ministry; the ministry's part-of
 * edge already ties it to the state).
 */
export const attackRule: ClaimRule = {
  id: "attack",
  type: "attacked",
  apply(frame) {
    for (const incident of frame.incidents)
      for (const target of new Set(incident.targets))
        emit(frame, "attacked", incident.key, target, { claimants: [], date: incident.date });
  },
};
