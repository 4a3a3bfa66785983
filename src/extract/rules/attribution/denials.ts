/**
 * Denials and disavowals: "Russia denied the accusations", "rejected any involvement", and
 * which accusation (which incident) a denial answers when it names none.
 */
import {
  actorsOf,
  clauseEnd,
  emit,
  patternFor,
  pronounSpeaker,
  subjectBefore,
  typeOf,
  type ClaimState,
  type Frame,
} from "../frame";
import { parsePartialDate } from "../../dates";
import { entityType } from "../../document-state";
import { latestIncident } from "../../incident-registry";
import {
  alternation,
  AUTHORSHIP_NEGATORS,
  AUTHORSHIP_PREDICATES,
  DEFINITE_DETERMINERS,
  DO_AUXILIARIES,
  FINITE_BE,
  GENERIC_KINDS,
  HABIT_ADVERBS,
  KIND_QUANTIFIERS,
  MODALS,
  LABELLING_VERBS,
  OBJECT_PRONOUNS,
  PERFECT_AUXILIARIES,
  THING_PRONOUNS,
  type Words,
} from "../../lexicon";
import { missionSeat, type Slot } from "../../mentions";
import { VERB_LEAD } from "../../speakers";
import { matchesOf } from "../../text";
import { sideOf } from "../help/sides";
import type { ClaimRule } from "../rule";
import { NEGATED_VERB } from "./shared";
import { statesHit } from "./victim-states";

const BLANKET_DENIAL =
  /^\s*(?:everything|all\s+(?:the\s+|such\s+|these\s+)?(?:accusations|allegations|claims|charges)|(?:the|these)\s+findings)\b/i;
const denialObject = (words: Words) =>
  new RegExp(
    `^\\s*["”]?\\s*(?:any\\s+|all\\s+|the\\s+|these\\s+|such\\s+|those\\s+|its\\s+|\\w+\\s+)?(?:(?:earlier|recent|latest|western|similar|so-called)\\s+)?(?:${words.nouns.accusation.any}|being behind|that it|it was|attacks?|everything|wrongdoing|(?:all\\s+forms\\s+of\\s+)?(?:cyber[- ]?attacks?|hacking)|(?:it|them)(?=\\s*(?:[.,;]|$)))`,
    "i",
  );

/** An event named by what it hit ("in the Sony hack", "over the pipeline breach"). */
const namedEvent = (words: Words) =>
  patternFor(
    words,
    "named-event",
    (w) =>
      new RegExp(
        `\\b(?:in|for|over|of|behind)\\s+the\\s+(?:\\p{Lu}[\\p{L}\\d-]*\\s+)+(?:${w.nouns.attack.any})\\b`,
        "u",
      ),
  );

/** An accusation "similar" to this one is another one ("any similar charge", "such similar claims"). */
const SIMILAR_OBJECT = new RegExp(
  String.raw`^\s*["”]?\s*(?:(?:${[...KIND_QUANTIFIERS, ...DEFINITE_DETERMINERS].join("|")})\s+)?(?:other\s+)?similar\s`,
  "i",
);
/**
 * A habit adverb in the verb group that ends right before the denial verb: "routinely denies", "has in
 * the past rejected", "has, in the past, dismissed". Only auxiliaries and -ly adverbs may stand between
 * it and the verb, so an adverb of the denier's relative clause ("Peru, which regularly comments on
 * such matters, denied"; "which was accused of similar attacks in the past, denied") does not count.
 */
const HABITUAL_VERB_GROUP = (() => {
  const habit = HABIT_ADVERBS.map((a) => a.replaceAll(" ", String.raw`\s+`)).join("|");
  const auxiliary = [...PERFECT_AUXILIARIES, ...DO_AUXILIARIES, ...MODALS].join("|");
  return new RegExp(
    String.raw`(?:\b(?:${habit})\s+|,\s*(?:${habit})\s*,\s*)(?:(?:${auxiliary}|\p{Ll}+ly)\s+)*$`,
    "iu",
  );
})();

/** "Russia denied the accusations", "rejected any involvement in the attack": the denier denies. */
export const denialRule: ClaimRule = {
  id: "denial",
  type: "denied",
  trigger: (w) => new RegExp(`\\b(${w.verbs.deny.any})\\b`, "gi"),
  apply(frame, { at, end: after }) {
    const { state } = frame;
    // 'rejected what it called "hostile claims"': the quotation names the object, and the clause
    // goes on past it ('what it calls "allegations" linking Russia to the attack').
    const named = calledAccusation(frame, after);
    // 'Peru "opposes" hacking in all its forms': a quote closing on the verb does not end its clause.
    const objectFrom = named ?? (/^["”]/.test(state.text.slice(after, after + 1)) ? after + 1 : after);
    const clauseEndsAt = clauseEnd(frame, objectFrom);
    const object = state.text.slice(after, clauseEndsAt);
    if (deniedBefore(frame, at)) return;
    // "Moscow has not rejected the allegations", "declined to deny any role": no denial was made.
    if (NEGATED_VERB.test(state.text.slice(frame.sentence.start, at))) return;
    // "dismissed the allegations as a smear by those who want A and B at odds": the accusation is the
    // object; an incident the clause names later is not what is denied.
    const accusationObject = patternFor(state.lexicon.words, "accusation-object", accusationAlone).test(
      object,
    );
    const incidentAfter = accusationObject
      ? undefined
      : frame.incidents.find((i) => i.start >= after && i.start < clauseEndsAt);
    if (!incidentAfter && named === undefined && !denialObject(state.lexicon.words).test(object)) return;
    if (!incidentAfter && proposalMeant(frame, at, object)) return;
    // "has in the past rejected similar allegations", "routinely denies conducting cyber operations":
    // a habit of denying, no answer to this incident.
    // An object naming an incident ("denied any role in the attack") answers it, habit or not.
    const habitual = !incidentAfter && HABITUAL_VERB_GROUP.test(state.text.slice(frame.sentence.start, at));
    if ((SIMILAR_OBJECT.test(object) || habitual) && !DEFINITE_OBJECT.test(object)) return;
    // "rejected any part in the Sony hack": an event the text names but no incident of it was found.
    if (!incidentAfter && namedEvent(state.lexicon.words).test(object)) return;
    // "Beijing denied everything", "dismissed the findings", in a sentence naming no attack: every
    // incident laid at its door so far.
    const blanket = frame.incidents.length === 0 && BLANKET_DENIAL.test(object);
    const stance = !incidentAfter && named === undefined && generalStance(state.lexicon.words, object);
    // A spokesperson denies for the ministry and the state it speaks for.
    for (const key of withStateSpeakers(frame, deniersOf(frame, subjectBefore(frame, at)))) {
      // "France opposes cyberattacks of any kind": a stance against attacks in general answers an
      // accusation only from a side the article accused of one.
      if (stance && !state.lastAccusedOf.has(key) && !lastAccusedOfSide(state, key)) continue;
      const accusedOf = blanket
        ? state.claims.filter((c) => c.type === "attributed-to" && c.target === key).map((c) => c.source)
        : [];
      const incident = incidentAfter?.key ?? deniedIncident(frame, key, after, accusationObject);
      for (const denied of new Set(accusedOf.length ? accusedOf : incident ? [incident] : []))
        emit(frame, "denied", key, denied, { claimants: [] });
    }
  },
};

/** An accusation noun anywhere ("allegations", "the charge"). */
const accusationWord = (w: Words) => new RegExp(`\\b(?:${w.nouns.accusation.any})\\b`, "i");

/**
 * An object that names attacks in general, no accusation and no one deed: "cyberattacks of any kind",
 * "all forms of hacking", "any attack" (not "the attack", which is the one under discussion).
 */
const generalStance = (words: Words, object: string) =>
  patternFor(
    words,
    "general-stance",
    (w) =>
      new RegExp(
        String.raw`^\s*["”]?\s*(?:(?:${alternation(KIND_QUANTIFIERS)})\s+(?:(?:${alternation(GENERIC_KINDS)})\s+of\s+)?)?(?!(?:${alternation(DEFINITE_DETERMINERS)})\b)(?:[\p{Ll}-]+\s+)?(?:${w.nouns.attack.any}|hacking)\b`,
        "iu",
      ),
  ).test(object) && !patternFor(words, "accusation-word", accusationWord).test(object);

/**
 * A pronoun object ("X backed the summit proposal; Y turned it down") stands for what the sentence
 * named last before the verb; a proposal or an invitation rejected is no denial.
 */
function proposalMeant(frame: Frame, at: number, object: string): boolean {
  if (!THING_PRONOUN.test(object)) return false;
  const words = frame.state.lexicon.words;
  const nouns = patternFor(
    words,
    "proposal-or-accusation",
    (w) => new RegExp(`\\b(?:${w.nouns.proposal.any}|${w.nouns.accusation.any})\\b`, "gi"),
  );
  const last = matchesOf(nouns, frame.state.text.slice(frame.sentence.start, at)).at(-1);
  return (
    last !== undefined &&
    patternFor(words, "proposal-noun", (w) => new RegExp(`^(?:${w.nouns.proposal.any})$`, "i")).test(last[0])
  );
}

/**
 * 'what it calls "allegations"', 'what he termed "baseless claims"' after a denial verb: the end of
 * the quotation when it names an accusation, else undefined. A dismissal alone in the quotation
 * ('what it called "absurd"') is not taken: on validation it added more false denials than found ones.
 */
function calledAccusation(frame: Frame, after: number): number | undefined {
  const words = frame.state.lexicon.words;
  const called = patternFor(
    words,
    "what-it-calls",
    () =>
      new RegExp(
        String.raw`^\s*["”]?\s*what\s+(?:it|he|she|they)\s+(?:${alternation(LABELLING_VERBS)})\s+["“]([^"”]{1,80})["”]`,
        "u",
      ),
  ).exec(frame.state.text.slice(after, frame.sentence.end));
  const accusing = patternFor(words, "accusation-word", accusationWord);
  if (!called) return undefined;
  const end = after + called[0].length;
  // '"insinuations" linking Russia to the attack': what the quotation links to an actor accuses, whatever its word.
  const linking = patternFor(
    words,
    "linking-next",
    (w) => new RegExp(`^\\s+(?:${w.verbs.attribute.gerund})\\b`, "i"),
  );
  return accusing.test(called[1]!) || linking.test(frame.state.text.slice(end)) ? end : undefined;
}

/**
 * "…, an accusation Washington dismissed", "claims that Moscow has always denied": the accusation
 * stands before its denier, the object of a relative clause. The denier denies what the sentence
 * (or, failing that, an earlier one) laid at its door. True when the sentence was read so.
 */
function deniedBefore(frame: Frame, at: number): boolean {
  const { state } = frame;
  const before = state.text.slice(frame.sentence.start, at);
  const relative = patternFor(
    state.lexicon.words,
    "accusation-relative",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.nouns.accusation.any})\s+(?:(?:that|which)\s+)?(?:the\s+)?([^\s,;:.“”"][^,;:.“”"]{0,40}?)\s+${VERB_LEAD}(?:always\s+|repeatedly\s+|since\s+)*$`,
        "iu",
      ),
  ).exec(before);
  if (!relative) return false;
  const from = frame.sentence.start + relative.index + relative[0].indexOf(relative[1]!);
  const deniers = frame.slots.filter(
    (s) => s.kind === "actor" && s.start >= from && s.end <= from + relative[1]!.length,
  );
  if (deniers.length === 0) return false;
  for (const key of deniersOf(frame, deniers)) {
    const accused = state.claims.findLast(
      (c) =>
        c.type === "attributed-to" &&
        c.evidence[0]!.start === frame.sentence.start &&
        (c.target === key || state.entities.get(c.target)?.country === key),
    );
    const incident = accused?.source ?? state.lastAccusedOf.get(key);
    if (incident) emit(frame, "denied", key, incident, { claimants: [] });
  }
  return true;
}

/** A mission abroad: what it rejects, the state it represents rejects. */
const REPRESENTATION = /^(?:embassy|consulate|high commission|permanent mission)\b/i;

/**
 * Who denies: the subject's actors (a spokesperson with the ministry and state it speaks for),
 * and for an embassy or consulate the state it represents ("the Russian embassy in Oslo
 * dismissed the allegation": the embassy and Russia).
 */
export function deniersOf(frame: Frame, slots: Slot[]): string[] {
  const keys = actorsOf(frame, slots);
  for (const key of [...keys]) {
    const mission = frame.state.entities.get(key);
    if (mission?.type === "agency" && mission.country && REPRESENTATION.test(mission.label))
      if (!keys.includes(mission.country)) keys.push(mission.country);
  }
  return keys;
}

/**
 * "Peru 'opposes' hacking, its embassy told reporters": who speaks the sentence
 * for a state that denies (its mission, its ministry, their spokespeople unless `speakingPersons` is
 * false) denies with it.
 */
function withStateSpeakers(
  frame: Frame,
  deniers: string[],
  { speakingPersons }: { speakingPersons: boolean } = { speakingPersons: true },
): string[] {
  const states = new Set(deniers.filter((k) => typeOf(frame, k) === "state"));
  if (states.size === 0) return deniers;
  const out = [...deniers];
  for (const speaker of frame.speakerSlots) {
    const keys = deniersOf(frame, [speaker]);
    if (!keys.some((k) => states.has(k))) continue;
    for (const key of keys)
      if (!out.includes(key) && (speakingPersons || typeOf(frame, key) !== "person")) out.push(key);
  }
  return out;
}

/** "the accusation" standing alone as a denial's object: no "of", "that" or "linking" names what it accuses. */
const accusationAlone = (words: Words) =>
  new RegExp(
    `^\\s*["”]?\\s*(?:the|these|those|such|its|any|all|all\\s+the)\\s+(?:${words.nouns.accusation.any})(?![\\w-])(?!\\s+(?:of|that|over|about|linking|tying|connecting|regarding|concerning|against|on|by|from|in\\s+connection)\\b)`,
    "i",
  );

/**
 * The incident a denial at `at` answers: one named after it in the clause; for "those accusations",
 * the one the sentence before laid at anyone's door; else the last one laid at the denier's door,
 * else at its side's (its state, that state's bodies, their groups) unless of an earlier year than
 * the one under discussion, else the cyber attack under discussion (a denial in cyber news does not
 * answer an invasion it was never accused of).
 */
export function deniedIncident(
  frame: Frame,
  denier: string,
  after: number,
  /**
   * The clause names no incident denied, even if an incident stands in it: a habit with an
   * indefinite object ("has never run hacking campaigns against X"), or an accusation standing
   * alone ("dismissed the charge in a note, calling it a smear aimed at X").
   */
  clauseNamesNoIncident = false,
): string | undefined {
  const { state } = frame;
  const end = clauseEnd(frame, after);
  const named = clauseNamesNoIncident
    ? undefined
    : frame.incidents.find((i) => i.start >= after && i.start < end)?.key;
  if (named) return named;
  if (DEMONSTRATIVE_ACCUSATION.test(state.text.slice(after, end))) {
    const last = state.claims.findLast((c) => c.type === "attributed-to" && c.source.startsWith("incident:"));
    const gap = last ? state.text.slice(last.evidence[0]!.end, frame.sentence.start) : "";
    if (last && last.evidence[0]!.end <= frame.sentence.start && /^(?:\s|<[^>]*>)*$/.test(gap))
      return last.source;
  }
  const current = frame.currentIncident;
  const isCyber = (key: string | undefined) =>
    !!key && (state.entities.get(key)?.kind ?? "cyber") === "cyber";
  // An embassy answers for its state: what the state was accused of.
  const mission = state.entities.get(denier);
  const country = mission && REPRESENTATION.test(mission.label) ? mission.country : undefined;
  const answered =
    state.lastAccusedOf.get(denier) ??
    (country ? state.lastAccusedOf.get(country) : undefined) ??
    notEarlier(state, lastAccusedOfSide(state, country ?? denier), current) ??
    laterAccused(state, current) ??
    (isCyber(current) ? current : (latestIncident(state, "cyber") ?? current));
  // "The Russian embassy in Tashkent rejected the accusation": a mission answers the accusation of the
  // state it sits in. An attack told as hitting only other states (a case recalled for comparison), or
  // one no one laid at the denier's side's door (the story's default), is not it; one laid there whose
  // victims are of no known state may be the host's. The seat's attack never displaces an accusation
  // of a later year: the embassy in the dateline's city answers today's charge, not one it met years ago.
  const seat = deniersSeat(frame, denier);
  if (!seat || !answered) return answered;
  const accused = accusedOfSide(state, country ?? denier);
  const hit = statesHit(state, answered);
  if (hit.includes(seat) || (hit.length === 0 && accused.includes(answered))) return answered;
  // Else the attack last told as hitting the seat, laid at no one's door yet: an embassy answers
  // its host's charge, even one the article told without naming the accused side, rather than a
  // case elsewhere, unless that case is the one under discussion and no older than the host's.
  const host =
    hit.length > 0 ? latestIncident(state, "cyber", (i) => statesHit(state, i).includes(seat)) : undefined;
  const hostFirst =
    !!host && (answered !== frame.currentIncident || (yearsAfter(state, host, answered) ?? 0) > 0);
  const there = accused.findLast((i) => statesHit(state, i).includes(seat)) ?? (hostFirst ? host : undefined);
  const older = !!there && accused.includes(answered) && (yearsAfter(state, there, answered) ?? 0) < 0;
  return there && !older ? there : answered;
}

/**
 * The state where the denier, or the mission in the sentence speaking for it, sits, when the text
 * names its seat ("the Chinese embassy in Reykjavík": Iceland).
 */
function deniersSeat(frame: Frame, denier: string): string | undefined {
  for (const slot of frame.slots) {
    const mission = slot.kind === "actor" ? frame.state.entities.get(slot.key) : undefined;
    if (!mission || !REPRESENTATION.test(mission.label)) continue;
    if (mission.key !== denier && mission.country !== denier) continue;
    const seat = missionSeat(frame.state, mission);
    if (seat) return seat;
  }
  return undefined;
}

/**
 * The incident last laid at the door of a denier's side: its state, that state's bodies and persons,
 * and the groups said to work for any of them ("the group operates on behalf of China's MSS ... China's
 * foreign ministry rejected the accusation").
 */
export function lastAccusedOfSide(state: ClaimState, denier: string): string | undefined {
  return accusedOfSide(state, denier).at(-1);
}

/** The incidents laid at the door of a denier's side (see `lastAccusedOfSide`), in the order they were. */
function accusedOfSide(state: ClaimState, denier: string): string[] {
  const home = state.entities.get(denier)?.country ?? denier;
  const side = new Set(
    [...state.entities.values()].filter((e) => e.key === home || e.country === home).map((e) => e.key),
  );
  for (const c of state.claims)
    if (c.type === "attributed-to" && side.has(c.target) && entityType(state, c.source) === "group")
      side.add(c.source);
  return state.claims
    .filter(
      (c) => c.type === "attributed-to" && side.has(c.target) && entityType(state, c.source) === "incident",
    )
    .map((c) => c.source);
}

/**
 * An incident, unless dated before the one under discussion (a recalled past attack): an earlier
 * year, or an earlier month when both are dated to the month and the one under discussion was laid
 * at someone's door too (an attack no one was accused of is no accusation to answer).
 */
function notEarlier(state: ClaimState, incident: string | undefined, current: string | undefined) {
  const from = current ? state.entities.get(current)?.date : undefined;
  const to = incident ? state.entities.get(incident)?.date : undefined;
  const earlierMonth =
    !!from &&
    !!to &&
    from.length >= 7 &&
    to.length >= 7 &&
    to.slice(0, 7) < from.slice(0, 7) &&
    state.claims.some((c) => c.type === "attributed-to" && c.source === current);
  return (yearsAfter(state, incident, current) ?? 0) < 0 || earlierMonth ? undefined : incident;
}

/**
 * "Beijing rejected the findings" when only a group was blamed, after the article recalled an older
 * attack: the incident last laid at anyone's door, when it is dated in a later YEAR than the one under
 * discussion (a recalled past attack is not what today's denial answers). Years only: a month later
 * in the same year is not taken as later.
 */
function laterAccused(state: ClaimState, current: string | undefined): string | undefined {
  const accused = state.claims.findLast(
    (c) => c.type === "attributed-to" && entityType(state, c.source) === "incident",
  )?.source;
  return (yearsAfter(state, accused, current) ?? 0) > 0 ? accused : undefined;
}

/** How many years an incident's date lies after that of the one under discussion; undefined if either is undated. */
function yearsAfter(state: ClaimState, incident: string | undefined, current: string | undefined) {
  const from = current ? state.entities.get(current)?.date : undefined;
  const to = incident ? state.entities.get(incident)?.date : undefined;
  return from && to ? parsePartialDate(to).year - parsePartialDate(from).year : undefined;
}

/** An object opened by a definite determiner ("the 2019 attack", "that intrusion"); "such" is no name. */
const DEFINITE_OBJECT = new RegExp(
  `^\\s*["“]?\\s*(?:${DEFINITE_DETERMINERS.filter((d) => d !== "such").join("|")})\\s`,
  "i",
);

/** A pronoun object, after a closing quote or none ("rejected it", 'called it "absurd" and rejected it'). */
const THING_PRONOUN = new RegExp(`^\\s*["”]?\\s*(?:${THING_PRONOUNS.join("|")})\\b`, "i");

/** "dismissed those accusations", "rejected these claims": the accusation just reported. */
const DEMONSTRATIVE_ACCUSATION =
  /^\s*(?:those|these|such|the\s+same)\s+(?:accusations?|allegations?|claims?|charges?)\b/i;

/** "was not behind", "has never been responsible", "is in no way involved": a copula's authorship negated. */
const NEGATED_AUTHORSHIP = String.raw`(?:${alternation(FINITE_BE)}|(?:${alternation(PERFECT_AUXILIARIES)})\s+been)(?:\s+(?:${alternation(AUTHORSHIP_NEGATORS)})|n['’]t)\s+(?:\w+ly\s+)?(?:${alternation(AUTHORSHIP_PREDICATES)})\b`;
const DISOWNED = new RegExp(`^${NEGATED_AUTHORSHIP}`, "i");

/**
 * What may follow a negated authorship predicate when it disowns the deed: nothing (the clause ends),
 * "it"/"this", "in any way", or a deed, after "for"/"in" or not ("for the attack", "behind the breach").
 */
const disownedDeed = (words: Words) =>
  patternFor(
    words,
    "disowned-deed",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:[.,;:!?"”)]|$|(?:${alternation(OBJECT_PRONOUNS)}|this|that)\b|(?:(?:in|for)\s+)?(?:any\s+way|(?:it|this|that|them)\b|(?:(?:${alternation(DEFINITE_DETERMINERS)}|any|an?)\s+)?(?:[\w-]+\s+){0,3}?(?:${w.nouns.attack.any}|${w.nouns.incident.any})\b))`,
        "i",
      ),
  );

/** Whether one who speaks the sentence is on the side of one of the actors (itself, its state, that state's bodies). */
function spokenBySide(frame: Frame, slots: Slot[]): boolean {
  const sides = new Set(actorsOf(frame, slots).map((k) => sideOf(frame, k) ?? k));
  return frame.speakers.some((k) => sides.has(sideOf(frame, k) ?? k));
}

/**
 * Denials state media word without a denial verb: "Moscow has nothing to do with the attacks",
 * "has no connection to this incident", "has never conducted cyberattacks", "called the
 * charges unfounded".
 */
export const disavowalRule: ClaimRule = {
  id: "disavowal",
  type: "denied",
  trigger: (w) =>
    new RegExp(
      `\\b(?:(?:has|had|have)\\s+["“]?(?:nothing\\s+to\\s+do\\s+with|no\\s+(?:${w.nouns.disownedTie.any})(?:\\s+(?:whatsoever|at\\s+all))?["”]?\\s+(?:to|in|with))|(?:the|these|those|such|this|that)\\s+(?:${w.nouns.accusation.any})\\s+(?:was|were|is|are)\\s+["“]?(?:(?:a|an|simply|totally|completely|entirely)\\s+)*(?:[\\w-]+\\s+)?(?:${w.dismissal})|(?:never|not)\\s+(?:(?:${w.verbs.perpetrate.any}|engaged?\\s+in|engages\\s+in|resorts?\\s+to)["”]?\\s+(?=["“]?(?:[\\w-]+["”]?\\s+["“]?){0,4}?(?:(?:${w.nouns.attack.any})|hacking|cyber[- ]?\\w+|malicious|these\\s+methods)))|(?:${w.verbs.speech.past}|called|calling|calls)\\s+(?:the|these|such|those|all)\\s+(?:${w.nouns.accusation.any})\\s+(?:as\\s+)?["“]?(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+)?(?:${w.dismissal})|${NEGATED_AUTHORSHIP})`,
      "gi",
    ),
  apply(frame, { at, end, word, before }) {
    // "X said the accusations were baseless": the one who says so denies. "X said it had nothing to
    // do with it": the pronoun is the speaker.
    const named = subjectBefore(frame, at);
    const subject = named.length > 0 ? named : pronounSpeaker(frame, at, before);
    const judgesAccusation = /^(?:the|these|those|such|this|that)\s/i.test(word);
    // "has never carried out attacks on X" is a habit; "has never carried out the 2019 attack on X"
    // names the incident it denies.
    const habitual = /^(?:never|not)\s/i.test(word) && !DEFINITE_OBJECT.test(frame.state.text.slice(end));
    const deniers = subject.length > 0 || !judgesAccusation ? subject : frame.speakerSlots;
    // "X said it was not behind the attack" denies; "Y said X was not behind it" is Y's word, not X's.
    const disowned = DISOWNED.test(word);
    if (disowned && (named.length > 0 ? !spokenBySide(frame, named) : subject.length === 0)) return;
    // "was not involved in the investigation", "not responsible for defending networks": another task.
    if (disowned && !disownedDeed(frame.state.lexicon.words).test(frame.state.text.slice(end))) return;
    // "The embassy said Russia has nothing to do with it", "Iran has no connection with it, the ministry's
    // spokesman said": the body speaking for the disavowing state disavows with it. Its spokesperson
    // only reports the state's word (a denial verb is the speaker's own act: see `denialRule`).
    for (const key of withStateSpeakers(frame, deniersOf(frame, deniers), { speakingPersons: false })) {
      // Only a side the article accused disowns the attack (not the victim's ministry, not a bystander).
      if (disowned && !frame.state.lastAccusedOf.has(key) && !lastAccusedOfSide(frame.state, key)) continue;
      if (!["state", "agency", "organization", "group", "person"].includes(typeOf(frame, key) ?? ""))
        continue;
      const incident = deniedIncident(frame, key, end, habitual);
      if (incident) emit(frame, "denied", key, incident, { claimants: [] });
    }
  },
};
