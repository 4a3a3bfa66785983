/**
 * Help claims, kept apart as CAMEO keeps them: a request (appeal for aid), an offer (intent to
 * provide aid: "stand ready", "pledged", "will help", "offered") and help delivered ("sent
 * experts", "are helping", "shared information", "provided", "made X available").
 * A modal or future form is an offer, never delivered help.
 */
import nlp from "compromise";
import { bodyCalled } from "../coref";
import { EXTRACTION_DEFAULTS } from "../defaults";
import { accusedSide, topicState } from "../document-state";
import { latestIncident } from "../incident-registry";
import {
  FINITE_BE,
  NAME_WORDS,
  NEGATED_VERB_ADVERBS,
  ONGOING_ADVERBS,
  PERFECT_AUXILIARIES,
  RELATIVE_CLAUSE_LEADS,
  TEAM_QUANTIFIERS,
  VERB_ADVERBS,
  VERB_NEGATORS,
  ISSUED_DOCUMENTS,
  alternation,
  type Words,
} from "../lexicon";
import type { Slot } from "../mentions";
import { tokenize } from "../text";
import {
  actorsOf,
  clauseEnd,
  clauseStart,
  emit,
  GOVERNED,
  headsPhraseAt,
  isActor,
  mainSubjectAfter,
  memberNoun,
  objectAfter,
  ownedBody,
  pastOpeningPhrase,
  patternFor,
  subjectBefore,
  typeOf,
  withPossessor,
  type Frame,
} from "./frame";
import { issuerSpeaking } from "./reporters";
import type { ClaimRule } from "./rule";

/** Patterns every help rule shares, compiled once per lexicon. */
interface HelpPatterns {
  helpNoun: RegExp;
  requestNoun: RegExp;
  modalBefore: RegExp;
  deliveryObject: RegExp;
  teamArrived: RegExp;
  /** "to help X", "to assist X": the beneficiary follows. */
  helpTo: RegExp;
  /** A slot followed by a team noun ("FBI agents") or after "team of/from": it sends, it is not helped. */
  teamAfter: RegExp;
  teamBefore: RegExp;
}
const helpPatterns = new WeakMap<Words, HelpPatterns>();

function patternsOf(words: Words): HelpPatterns {
  let p = helpPatterns.get(words);
  if (!p) {
    const deliver = words.verbs.deliver;
    p = {
      helpNoun: new RegExp(`\\b(${words.nouns.help.any}|assist)\\b`, "i"),
      requestNoun: new RegExp(`\\b(?:the |a )?(?:${words.nouns.request.any}) (?:of|from) `, "gi"),
      modalBefore: new RegExp(
        `\\b(will|would|could|can|may|might|shall|to|ready to|going to|plans? to|(?:${words.verbs.offer.past}) to)\\s+(?:\\w+\\s+)?$`,
        "i",
      ),
      deliveryObject: new RegExp(
        `^\\s*["“]?(?:[\\w-]+\\s+){0,5}?(${words.nouns.deliverable.any}|${words.nouns.help.any}|${words.nouns.team.any}|\\w+ to (?:provide|carry out|${deliver.present}))\\b`,
        "i",
      ),
      teamArrived: new RegExp(
        `^\\s*(?:(?:has|have|had)\\s+)?(?:(?:been|were|was)\\s+)?(?:(?:${words.verbs.arrive.past})(?:\\s+(?:in|to)\\s+|${NO_DESTINATION})|${ON_SITE})`,
        "i",
      ),
      helpTo: new RegExp(`\\bto\\s+(?:${deliver.present})\\s+`, "i"),
      teamAfter: new RegExp(`^\\s+(?:${words.nouns.team.any})\\b`, "i"),
      teamBefore: new RegExp(`\\b(?:${words.nouns.team.any})\\s+(?:of|from)\\s+(?:the\\s+)?$`, "i"),
    };
    helpPatterns.set(words, p);
  }
  return p;
}

const helpOf = (frame: Frame) => patternsOf(frame.state.lexicon.words);

/**
 * Who acts at `at`: the clause's subject, or the speaker when the subject is a pronoun ("Spain
 * said it stands ready", "The FBI said it was working with").
 */
function actingSubject(frame: Frame, at: number, before: string): Slot[] {
  // "a team deployed at the request of the Vanuatu government was working with": a preposition's object is no subject;
  // "According to Bolivia, Chile sent experts": after an opening phrase, the main clause's subject acts.
  // "sought help from A and B, both of which have deployed teams": the relative's antecedents act, not the main subject.
  const antecedents = relativeAntecedent(frame, before);
  if (antecedents.length > 0) return antecedents;
  const subject = pastOpeningPhrase(frame, membersNamed(frame, subjectBefore(frame, at)), at);
  // "Portugal, whose cyber centre has sent two analysts": the centre acts, and its owner with it.
  const whose = WHOSE_CLAUSE.exec(before);
  if (whose) {
    // "help from Portugal, whose National Cybersecurity Centre has sent": one mention names the body
    // with its owner, and that body acts (its owner with it: see `ownersNamedWith`).
    const whoseAt = frame.sentence.start + whose.index;
    const named = frame.slots.find(
      (s) => s.kind === "actor" && s.start < whoseAt && s.end > whoseAt && isActor(frame, s),
    );
    if (named) return [named];
    const owner = [...frame.slots]
      .reverse()
      .find((s) => s.kind === "actor" && s.end <= frame.sentence.start + whose.index && isActor(frame, s));
    const ownerEnd = owner ? owner.end - frame.sentence.start : -1;
    // "thanks A and B, whose experts supported": both own the experts.
    if (owner && /^\s*["”]?\s*$/.test(before.slice(ownerEnd, whose.index)))
      return [...subject, ...antecedentsAt(frame, frame.sentence.start + whose.index)];
  }
  if (subject.length === 0) {
    const antecedent = relativeAntecedent(frame, before);
    if (antecedent.length > 0) return antecedent;
    const shared = sharedSubject(frame, before);
    if (shared.length > 0) return shared;
  }
  if (subject.length > 0 || !/\b(?:it|they|we)\s+(?:\w+\s+)?["“]?$/i.test(before)) return subject;
  // "X sent a team to <city> on Monday, and it is helping": the pronoun is the first clause's subject.
  const coordinated = COORDINATED_PRONOUN.exec(before);
  if (coordinated) {
    const first = subjectBefore(frame, frame.sentence.start + coordinated.index).filter(
      (s) => typeOf(frame, s.key) !== "person",
    );
    if (first.length > 0) return first;
  }
  const speaker = frame.speakerSlots.find((s) => s.end <= at);
  if (speaker) return subjectBefore(frame, speaker.end);
  // "The British government, for its part, said it": the subject of the verb that reports the pronoun's clause.
  const reported = reportedPronoun(frame.state.lexicon.words).exec(before);
  return reported ? subjectBefore(frame, frame.sentence.start + reported.index) : [];
}

/** ", and it is", "and they have": a clause joined by "and" whose subject is a pronoun. */
const COORDINATED_PRONOUN = /,?\s+and\s+(?:it|they)\s+(?:\w+\s+)?$/i;

/** A verb joined to the one before by "and", with no subject of its own ("confirmed the intrusion and thanked"). */
const VERB_COORDINATION =
  /(?:\s|,\s*)(?:and|but)\s+(?:(?:also|later|then|has|have|had|is|are|was|were|now)\s+){0,2}$/i;

/**
 * "The harbour board, in a memo, admitted a leak and thanked Firm Z": a verb
 * coordinated with the one before shares its subject, the subject of the clause before "and".
 */
function sharedSubject(frame: Frame, before: string): Slot[] {
  const and = VERB_COORDINATION.exec(before);
  if (!and) return [];
  const at = frame.sentence.start + and.index;
  const subject = subjectBefore(frame, at);
  // "The bank, in a statement, confirmed ... and thanked": the sentence's opening subject, past an aside.
  const opening = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.end < at &&
      !s.possessive &&
      /^\W*(?:the\s+)?$/i.test(frame.state.text.slice(frame.sentence.start, s.start)),
  );
  const chosen = subject.length > 0 ? subject : opening ? [opening] : [];
  // The first clause has a verb of its own between its subject and "and".
  return chosen.length > 0 && chosen[0]!.end - frame.sentence.start < and.index - 8 ? chosen : [];
}

/**
 * "NATO allies Estonia and Latvia", "fellow EU member Finland": an alliance naming whose members
 * follow qualifies them; the members are the phrase's head.
 */
function membersNamed(frame: Frame, subject: Slot[]): Slot[] {
  const alliance = subject[0];
  if (!alliance || typeOf(frame, alliance.key) !== "organization") return subject;
  const gap = memberNounAfter(frame.state.lexicon.words).exec(
    frame.state.text.slice(alliance.end, frame.sentence.end),
  );
  if (!gap) return subject;
  const members = objectAfter(frame, alliance.end + gap[0].length);
  return members[0]?.start === alliance.end + gap[0].length &&
    members.every((s) => typeOf(frame, s.key) === "state")
    ? members
    : subject;
}

/** A member noun between an alliance and its members' names ("NATO allies", "EU member states", "EU partners"). */
const memberNounAfter = (words: Words) =>
  patternFor(
    words,
    "member-noun-after",
    (w) => new RegExp(`^\\s+(?:${memberNoun(w)}|${w.nouns.ally.any}|${w.nouns.partner.any})\\s+`, "i"),
  );

/**
 * The subject of a relative clause is its antecedent: "the CISA, which shared indicators",
 * "CERT-In and the NCIIPC, both of which have deployed teams", "ANSSI, which sent three experts":
 * the actors right before the comma (joined by "and"), a bracketed short form or a team noun between.
 */
function relativeAntecedent(frame: Frame, before: string): Slot[] {
  const relative = RELATIVE_SUBJECT.exec(before);
  if (relative) return antecedentsAt(frame, frame.sentence.start + relative.index);
  // "thanking Russian specialists who helped": a restrictive relative after a team noun has the team's
  // owner for its subject, not the sentence's subject ("the analysts who helped" names no one).
  const restrictive = patternFor(
    frame.state.lexicon.words,
    "team-relative",
    (w) =>
      new RegExp(
        `\\s+(?:${w.nouns.team.any})\\s+(?:who|that)\\s+(?:(?:${RELATIVE_ADVERBS})\\s+){0,2}["“]?$`,
        "i",
      ),
  ).exec(before);
  return restrictive
    ? antecedentsAt(
        frame,
        frame.sentence.start + restrictive.index + restrictive[0].search(/\s+(?:who|that)\b/i),
      )
    : [];
}

/** The actors a relative clause opening at `comma` refers to: the one before it, and those joined to it by "and". */
function antecedentsAt(frame: Frame, comma: number): Slot[] {
  const { text } = frame.state;
  const actors = frame.slots.filter((s) => s.kind === "actor" && s.end <= comma && isActor(frame, s));
  const out: Slot[] = [];
  let edge = comma;
  for (const s of [...actors].reverse()) {
    const gap = text.slice(s.end, edge);
    // "the BSI and the UK's NCSC, whose": the possessor is part of the next antecedent's name.
    const owner = s.possessive && out.length > 0 && /^['’]s\s+$/.test(gap);
    const fits =
      owner ||
      (out.length === 0 ? ANTECEDENT_TAIL.test(gap) : /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/i.test(gap));
    // "sent a team to Port Moresby, which worked with ...": a destination is not what the clause is
    // about; a body is no place ("its appreciation to the Council, whose responders worked").
    const destination =
      typeOf(frame, s.key) === "state" &&
      /\b(?:to|in|into|at)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(frame.sentence.start, s.start - 8), s.start),
      );
    if (!fits || destination) break;
    // The possessor only bridges to the antecedents before it: the body it owns acts, not its state.
    if (!owner) out.unshift(s);
    edge = s.start;
  }
  return out;
}

/** Auxiliaries and adverbs between a relative pronoun and its verb, as one alternation. */
const RELATIVE_ADVERBS = alternation(RELATIVE_CLAUSE_LEADS);

/** ", which", ", who have", ", both of which have": a relative clause whose subject is the antecedent. */
const RELATIVE_SUBJECT = new RegExp(
  `,\\s+(?:(?:both|all|each|some|one|two|three)\\s+of\\s+)?(?:which|who)\\s+(?:(?:${RELATIVE_ADVERBS})\\s+){0,2}$`,
  "i",
);

/** What may stand between an antecedent and the comma: a bracketed short form, a team noun ("SRI teams"). */
const ANTECEDENT_TAIL = /^(?:\s*\([^)]{1,20}\))?(?:\s+[\p{Ll}-]+){0,1}\s*$/u;

/**
 * "The ministry accepted help from Portugal, whose centre sent two analysts to Brasília": help sent
 * to a state goes to that state's body the sentence names first, when it names one.
 */
function bodyOfSentence(frame: Frame, beneficiary: string, verbAt: number): string | undefined {
  if (typeOf(frame, beneficiary) !== "state") return undefined;
  // "X deployed two analysts to <capital> and they are working alongside <body>": a body a later
  // clause names is not the one the team was sent to; only one named before the verb is.
  return frame.slots.find((s) => {
    if (s.end > verbAt) return false;
    const entity = s.kind === "actor" && !s.possessive ? frame.state.entities.get(s.key) : undefined;
    // A subject, not the object of a preposition ("detected by CERT.LV").
    const governed = GOVERNED.test(
      frame.state.text.slice(Math.max(frame.sentence.start, s.start - 12), s.start),
    );
    return entity?.type === "agency" && entity.country === beneficiary && !governed;
  })?.key;
}

/** "... said it", "... says that they": the verb reporting a pronoun subject's clause. */
const reportedPronoun = (words: Words) =>
  patternFor(
    words,
    "reported-pronoun",
    (w) =>
      new RegExp(
        `\\b(?:${w.verbs.speech.past}|${w.verbs.speech.third}|${w.verbs.speechPast.past})\\s+(?:that\\s+)?(?:it|they|we)\\s+(?:\\w+\\s+)?["“]?$`,
        "i",
      ),
  );

/** A future or planned clause: what it says has not happened. */
const FUTURE = /\b(?:will|would|shall|plans?\s+to|intends?\s+to|is\s+to|are\s+to|going\s+to)\s+[^;]*$/i;

/** ", whose cybersecurity program offered": a relative clause whose owner is the actor before it. */
const WHOSE_CLAUSE = /,\s+whose\s+[^,;:]*$/i;

/**
 * "the U.S. Federal Bureau of Investigation", "the US CISA": a state naming whose body follows it
 * is that body's attribute; the body acts, with its state.
 */
function withBodyNamed(frame: Frame, slots: Slot[]): Slot[] {
  const out = [...slots];
  for (const s of slots) {
    if (typeOf(frame, s.key) !== "state") continue;
    const body = frame.slots.find(
      (b) =>
        b.kind === "actor" &&
        b.start >= s.end &&
        /^[.\s]*$/.test(frame.state.text.slice(s.end, b.start)) &&
        ownerState(frame, b.key) === s.key,
    );
    if (body && !out.includes(body)) out.push(body);
  }
  return out;
}

/**
 * The owners of the bodies a mention names with them ("Portugal, whose National Cybersecurity
 * Centre"): the state that sent its body's team helps as well.
 */
function ownersNamedWith(frame: Frame, slots: Slot[]): string[] {
  const named = slots.filter((s) => /,\s+whose\s/i.test(frame.state.text.slice(s.start, s.end)));
  return withNamedState(frame, named).filter((k) => !slots.some((s) => s.key === k));
}

/** The state a body belongs to, as the article or the gazetteer places it. */
const ownerState = (frame: Frame, key: string) =>
  frame.state.entities.get(key)?.country ?? frame.state.lexicon.entities.get(key)?.country;

/** The state an actor stands for: itself, or the state owning the body. */
const sideOf = (frame: Frame, key: string) => (typeOf(frame, key) === "state" ? key : ownerState(frame, key));

/** A state or body qualified by a demonym or possessive in the help noun's phrase ("British help"). */
function helperInHelpNoun(frame: Frame, from: number, to: number): string[] {
  const text = frame.state.text.slice(from, to);
  const noun = helpOf(frame).helpNoun.exec(text);
  if (!noun) return [];
  const at = from + noun.index;
  return frame.slots
    .filter(
      (s) =>
        s.end <= at &&
        s.start >= from &&
        (s.source === "demonym" || s.possessive) &&
        /^(?:['’]s)?\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(frame.state.text.slice(s.end, at)),
    )
    .map((s) => s.key);
}

/**
 * Help with no beneficiary named goes to the state hit by the incident under discussion, else to
 * the state the article is about when it (or one of its bodies) was attacked.
 */
function attackedTopic(frame: Frame, helpers: string[]): string[] {
  const { state } = frame;
  const stateOf = (key: string) => (typeOf(frame, key) === "state" ? key : state.entities.get(key)?.country);
  // Help in cyber news answers a cyber attack: an invasion or a coup plot named nearby is not what was helped with.
  const isCyber = (key: string | undefined) =>
    !!key && (state.entities.get(key)?.kind ?? "cyber") === "cyber";
  const incident =
    frame.incidents.map((i) => i.key).find(isCyber) ??
    (isCyber(frame.currentIncident) ? frame.currentIncident : latestIncident(state, "cyber"));
  // Help never goes to the side the article accuses, nor to the one denying the attack.
  const exclude = [...helpers, ...accusedSides(frame)];
  const victim = (incident ? (state.entities.get(incident)?.targets ?? []) : [])
    .map(stateOf)
    .find((k): k is string => !!k && !exclude.includes(k));
  if (victim) return [victim];
  const topic = topicState(state, exclude);
  // A cyber incident whose target the text does not name happened to the state the article is about.
  const attacked = [...state.entities.values()].some(
    (e) =>
      e.type === "incident" &&
      ((e.targets ?? []).some((t) => !!topic && stateOf(t) === topic) ||
        ((e.targets ?? []).length === 0 && isCyber(e.key))),
  );
  return topic && attacked ? [topic] : [];
}

/**
 * The sides the article accuses of an attack, or that deny one, with the states behind them: a
 * group's known sponsor, the state of an accused body ("blamed the GRU": Russia is not helped), the
 * state of the body said to run a group ("a group tied to the IRGC": Iran is not helped).
 */
function accusedSides(frame: Frame): string[] {
  const { claims } = frame.state;
  const accused = claims.filter((c) => c.type === "attributed-to").map((c) => c.target);
  const sides = accusedSide(frame.state, accused);
  // A state an attack hit stays helpable when only one of its bodies is named as accused: the one
  // helped is the one hit (as the ownership stage keeps a victim state's bodies).
  for (const e of frame.state.entities.values())
    if (e.type === "incident")
      for (const t of e.targets ?? []) {
        const hit = typeOf(frame, t) === "state" ? t : frame.state.entities.get(t)?.country;
        if (hit && !accused.includes(hit)) sides.delete(hit);
      }
  // A victim's body may deny a leak ("the commission denied that data was stolen"): only the denier is out.
  for (const c of claims) if (c.type === "denied") sides.add(c.source);
  return [...sides];
}

/** The one whose request the sentence answers ("the request of the Peruvian authorities"): the head of that phrase. */
function requesterAnswered(frame: Frame, at: number, exclude: string[]): string[] {
  const before = frame.state.text.slice(frame.sentence.start, at);
  const requestNoun = helpOf(frame).requestNoun;
  requestNoun.lastIndex = 0;
  const m = requestNoun.exec(before);
  if (!m) return [];
  const requester = objectAfter(frame, frame.sentence.start + m.index + m[0].length, exclude)[0];
  return requester && ["state", "agency", "organization"].includes(typeOf(frame, requester.key) ?? "")
    ? [requester.key]
    : [];
}

/** Who asked one of `helpers` for help earlier in the sentence: "X sought assistance from A, which sent a team". */
function askedInSentence(frame: Frame, helpers: string[]): string[] {
  const out: string[] = [];
  for (const c of frame.state.claims)
    if (
      c.type === "requested-help" &&
      helpers.includes(c.target) &&
      !helpers.includes(c.source) &&
      !out.includes(c.source) &&
      c.evidence.some((e) => e.start === frame.sentence.start)
    )
      out.push(c.source);
  return out;
}

/** "asked Britain for help", "appealed to its allies for support", "sought assistance from CERT-In". */
export const requestRule: ClaimRule = {
  id: "request",
  type: "requested-help",
  trigger: (w) => new RegExp(`\\b(${w.verbs.request.any})\\b`, "gi"),
  apply(frame, { at, end: after, word, before }) {
    if (/\b(the|a|an|this|that|its|their|his|her|our|whose)\s+$/i.test(before)) return; // the noun "request"
    if (NEGATED_BEFORE.test(before)) return; // "has not yet asked the alliance for help": no request made
    const { helpNoun } = helpOf(frame);
    const end = clauseEnd(frame, after, true);
    const clause = frame.state.text.slice(at, end);
    // "appealed to Velmar for two forensic teams": a team asked for is help asked for.
    const noun = helpNoun.exec(clause) ?? teamAskedFor(frame.state.lexicon.words).exec(clause);
    if (!noun) return;
    if (/^want/i.test(word) && !/help|assistance|expertise/i.test(noun[0])) return;
    // "I want to thank X for its assistance": wanting to do something asks no one for help.
    if (
      /^want/i.test(word) &&
      wantsOtherThing(frame.state.lexicon.words).test(frame.state.text.slice(after, end))
    )
      return;
    if (PASSIVE_BEFORE.test(before) && askedPast(frame.state.lexicon.words).test(word)) {
      passiveRequest(frame, at, before, after);
      return;
    }
    // "said it had asked its allies", "Estonia, which joined NATO, asked": the subject the verb's clause refers to.
    const subject = actingSubject(frame, at, before);
    let requesters = actorsOf(frame, subject);
    // "We requested the support of X" in a press release: the page's issuer asks.
    if (requesters.length === 0) requesters = issuerAsWe(frame, before);
    // "Later the lender sought aid from X": a definite description as the subject names the body it refers to.
    if (requesters.length === 0 && subject.length === 0) requesters = describedSubject(frame, at, before);
    // "The National Government had already asked", "the regime has asked": a government no slot
    // names asks for the state hit by the attack.
    const government = subject.length === 0 && governmentSubject(frame.state.lexicon.words).test(before);
    if (requesters.length === 0 && !government) return;
    const helpers = new Set<string>();
    const from = /\bfrom\s+/i.exec(clause);
    // "requested the assistance of Body Z": the helper heads the help noun's of-phrase.
    const of = /^\s+of\s+/i.exec(clause.slice(noun.index + noun[0].length));
    const ofAt = of ? at + noun.index + noun[0].length + of[0].length : -1;
    // "The kingdom asked the United States for help", "the kingdom" read by coreference as the state
    // the sentence names: a subject only a role or description names is no reason to skip the one asked.
    const roleOnly = subject.length > 0 && subject.every((s) => s.source === "role");
    // "asked India's CERT-In for help": the body the possessive owns is asked, not its owner.
    const direct = objectAfter(frame, after, roleOnly ? [] : requesters, true)
      .map((s) => ownedBody(frame, s) ?? s)
      .filter((s) => isActor(frame, s));
    for (const s of direct) {
      // "asked Britain for help", "asked for help from its allies", "appealed to NATO for support"
      if (s.start < at + noun.index) helpers.add(s.key);
      else if (from && s.start >= at + from.index) helpers.add(s.key);
    }
    // "the assistance of Taiwan's cyber institute": a possessor whose body went unnamed is not the helper.
    const ofHead = of ? objectAfter(frame, ofAt)[0] : undefined;
    const unnamedBody =
      !!ofHead?.possessive &&
      !ownedBody(frame, ofHead) &&
      /^['’]s?\s+\p{Lu}/u.test(frame.state.text.slice(ofHead.end, ofHead.end + 6));
    if (of && !unnamedBody && (helpers.size === 0 || from === null)) {
      const named = helpersNamedAt(frame, ofAt);
      for (const k of named ?? []) if (!requesters.includes(k)) helpers.add(k);
    }
    for (const k of helperInHelpNoun(frame, at, end)) helpers.add(k);
    if (helpers.size === 0) return;
    // "The government asked Chile for help" read as the accused state: the one asking is the side
    // hit, never the side accused; an unnamed government asks for the state hit.
    const accused = accusedSides(frame);
    // "The government asked Seoul for help" read by coreference as a state the article named last: a
    // government asking for help asks for the state hit, when the text says which one that is.
    const roleState = roleOnly && requesters.every((k) => typeOf(frame, k) === "state");
    const hitState = roleState ? attackedTopic(frame, [...helpers]) : [];
    if (government || (roleOnly && requesters.every((k) => accused.includes(k))))
      requesters = attackedTopic(frame, [...helpers]);
    else if (hitState.length > 0) requesters = hitState;
    emitRequests(
      frame,
      requesters.filter((k) => !helpers.has(k)),
      [...helpers],
    );
  },
};

/** A negation right before the verb ("has not yet asked", "never sought", "hasn't requested"). */
const NEGATED_BEFORE = new RegExp(
  String.raw`(?:\b|(?=n['’]t))(?:${alternation(VERB_NEGATORS).replaceAll("'", "['’]")})\s+(?:(?:${alternation(NEGATED_VERB_ADVERBS)})\s+)?$`,
  "i",
);

/** A government the text names by its head noun only, as a clause's subject ("The National Government had already"). */
// Case-sensitive: the word before the head is a listed adjective or a capitalised name word, never any word.
const governmentSubject = (words: Words) =>
  patternFor(
    words,
    "government-subject",
    (w) =>
      new RegExp(
        `(?:^|[.;:]\\s+|,\\s+(?:(?:and|but)\\s+)?|\\b(?:${w.verbs.speech.past}|${w.verbs.speech.third}|that)\\s+)` +
          String.raw`(?:[Tt]he|[Ii]ts)\s+(?:(?:[Ff]ederal|[Nn]ational|[Cc]entral|[Ii]nterim|[Tt]ransitional|\p{Lu}\p{Ll}+)\s+)?(?:[Gg]overnment|[Rr]egime|[Aa]uthorities|[Aa]dministration)\s+` +
          `(?:(?:${[...PERFECT_AUXILIARIES, ...VERB_ADVERBS].join("|")})\\s+){0,3}$`,
        "u",
      ),
  );

/** Each requester asked each helper for help; who asked says so, so the claim has no other claimant. */
function emitRequests(frame: Frame, requesters: readonly string[], helpers: readonly string[]): void {
  for (const requester of requesters)
    for (const helper of helpers) emit(frame, "requested-help", requester, helper, { claimants: [] });
}

const askedPast = (words: Words) =>
  patternFor(words, "asked-past", (w) => new RegExp(`^(?:${w.verbs.request.past})$`, "i"));

/**
 * A passive request: "Chile was asked by Bolivia to help", "the FBI has been called on to assist":
 * the subject is asked, the by-agent asks, else the state hit by the attack under discussion.
 */
function passiveRequest(frame: Frame, at: number, before: string, after: number): void {
  const helpers = actorsOf(frame, actingSubject(frame, at, before)).filter(
    (k) => typeOf(frame, k) !== "person",
  );
  if (helpers.length === 0) return;
  const by = /^\s*by\b/i.exec(frame.state.text.slice(after, clauseEnd(frame, after)));
  const requesters = by ? (helpersNamedAt(frame, after + by[0].length) ?? []) : attackedTopic(frame, helpers);
  emitRequests(
    frame,
    requesters.filter((k) => !helpers.includes(k)),
    helpers,
  );
}

/** "responds positively to the request of the Montenegrin authorities": the subject is asked. */
export const requestAnsweredRule: ClaimRule = {
  id: "request-answered",
  type: "requested-help",
  trigger: (w) => patternsOf(w).requestNoun,
  apply(frame, { at, end, before }) {
    const requester = objectAfter(frame, end)[0];
    if (!requester) return;
    // "At the request of X, Y has deployed ...": the phrase opens the sentence, the main clause's subject is asked.
    const opening = /^\W*(?:at|on|upon|following)\s+$/i.test(before);
    const helpers = actorsOf(
      frame,
      opening ? mainSubjectAfter(frame, requester.end) : subjectBefore(frame, at),
    );
    emitRequests(frame, [requester.key], helpers);
  },
};

/**
 * A request named by its possessor, in a phrase saying why the clause's subject acted: "at
 * Chile's request", "at the government's urgent request", "at its request" (the pronoun is who
 * reports it, never the one asked). Opening the sentence, it answers the main clause's subject.
 */
export const possessiveRequestRule: ClaimRule = {
  id: "possessive-request",
  type: "requested-help",
  trigger: (w) =>
    new RegExp(
      `\\b(?:at|on|upon|following|after)\\s+(?:the\\s+)?(?:its|their|[\\p{L}.-]+['’]s?)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${w.nouns.request.any})\\b`,
      "giu",
    ),
  apply(frame, { at, end, before }) {
    possessiveRequest(frame, at, end, before);
  },
};

function possessiveRequest(frame: Frame, at: number, end: number, before: string): void {
  // "agreed, at Washington's request, to shelter refugees": only a request for help is one.
  const clause = frame.state.text.slice(clauseStart(frame, at), clauseEnd(frame, end));
  if (!helpGiven(frame.state.lexicon.words).test(clause)) return;
  const opening = /^\W*$/.test(before);
  // "flew three analysts to Lima at its request": a preposition's object sent no one.
  const subject = (opening ? mainSubjectAfter(frame, end) : subjectBefore(frame, at)).filter(
    (s) => !GOVERNED.test(frame.state.text.slice(Math.max(frame.sentence.start, s.start - 12), s.start)),
  );
  const helpers = actorsOf(frame, subject).filter((k) => typeOf(frame, k) !== "person");
  if (helpers.length === 0) return;
  // "its" read as the helper by coreference is no request of its own.
  const possessor = frame.slots.find(
    (s) => s.possessive && s.start >= at && s.end <= end && !helpers.includes(s.key),
  );
  const pronoun = !possessor && /\b(?:its|their)\s/i.test(frame.state.text.slice(at, end));
  const reporter = pronoun
    ? actorsOf(frame, frame.speakerSlots).find((k) => !helpers.includes(k) && typeOf(frame, k) !== "person")
    : undefined;
  // A request owned by "the authorities'" or "the government's", no name given: the hit state's government asks.
  const government =
    !possessor &&
    !pronoun &&
    governmentPossessor(frame.state.lexicon.words).test(frame.state.text.slice(at, end))
      ? attackedTopic(frame, helpers)[0]
      : undefined;
  const requester = possessor?.key ?? reporter ?? government;
  if (requester && isRequester(frame, requester)) emitRequests(frame, [requester], helpers);
}

/** "the government's", "the authorities'": a government no name gives, owning a request. */
const governmentPossessor = (words: Words) =>
  patternFor(
    words,
    "government-possessor",
    (w) => new RegExp(`\\bthe\\s+(?:${w.nouns.unnamedGovernment.any})['’]s?\\s`, "i"),
  );

/** "a", "its", "two", "further": what may stand before a team's people. */
const TEAM_QUANTIFIER = `(?:${TEAM_QUANTIFIERS.join("|")})`;

/** "for a regional response team", "for experts": a team asked for. */
const teamAskedFor = (words: Words) =>
  patternFor(
    words,
    "team-asked-for",
    (w) =>
      new RegExp(`\\bfor\\s+(?:${TEAM_QUANTIFIER}\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.team.any})\\b`, "i"),
  );

/** A clause about help: a verb of delivery, a team sent or a help noun. */
const helpGiven = (words: Words) =>
  patternFor(
    words,
    "help-given",
    (w) => new RegExp(`\\b(?:${w.verbs.deliver.any}|${w.nouns.team.any}|${w.nouns.help.any})\\b`, "i"),
  );

const isRequester = (frame: Frame, key: string) =>
  ["state", "agency", "organization"].includes(typeOf(frame, key) ?? "");

/** "stands ready to assist Chile", "offered support", "pledged to help", "will send experts". */
export const offerRule: ClaimRule = {
  id: "offer",
  type: "offered-help",
  trigger: (w) => {
    const d = w.verbs.deliver.present;
    return new RegExp(
      `\\b(stands? ready["”]?\\s+to|(?:is|are|was|were|remains?)\\s+["“]?ready to|ready to (?:${d}|engage)|${w.verbs.offer.any}|prepared to|willing to|will (?:${d}|offer)|would (?:${d})|can (?:${d})|(?:is|are|was|were) going to (?:[\\w-]+ ){0,4}?(?:to )?(?:${d})|announced to bring|expressed (?:its |their )?readiness|(?:is|are|was|were|remains?|remained) (?:fully |firmly )?committed to (?:${w.verbs.deliver.any})|plans? to (?:${d}))\\b`,
      "gi",
    );
  },
  apply(frame, { at, end, word, before }) {
    if (/\b(not|never|no longer)\s+$/i.test(before)) return;
    // "accepted an offer of help": the noun, not the verb.
    if (/\b(?:a|an|the|its|their|his|her|this|that|whose)\s+$/i.test(before)) return;
    const clauseText = frame.state.text.slice(at, clauseEnd(frame, end, true));
    const isOfferVerb = patternFor(
      frame.state.lexicon.words,
      "offer-verb",
      (w) => new RegExp(`^(?:${w.verbs.offer.any})$`, "i"),
    ).test(word);
    // "offered support", "offered to share its findings": help; "offered condolences" is not.
    if (isOfferVerb && !helpOf(frame).helpNoun.test(clauseText) && !/^\S+\s+to\s+\w+/i.test(clauseText))
      return;
    if (isOfferVerb && /\b(gratitude|thanks|condolences)\b/i.test(clauseText)) return;
    const helpers = actorsOf(
      frame,
      withBodyNamed(frame, withPossessor(frame, actingSubject(frame, at, before))),
    );
    // "pledged the Commonwealth Secretariat's support": the body whose help is offered gives it, it is not helped.
    let beneficiaries = objectAfter(frame, end, helpers, true)
      .filter(
        (s) =>
          isActor(frame, s) && !ownHelpAfter(frame.state.lexicon.words).test(frame.state.text.slice(s.end)),
      )
      .slice(0, 2)
      .map((s) => s.key);
    // "stands ready to help.": the attacked state the article is about; "prepared to act" offers nothing.
    // "will send a team", "is ready to deploy experts": a team offered is help offered.
    const helpMeant =
      isOfferVerb ||
      helpOf(frame).helpTo.test(`${clauseText} `) ||
      helpOf(frame).helpNoun.test(clauseText) ||
      teamOffered(frame.state.lexicon.words).test(clauseText);
    // "has offered to help the land registry": the body the article named with that head noun.
    const to = helpOf(frame).helpTo.exec(clauseText);
    const referred =
      beneficiaries.length === 0 && to ? bodyReferredAt(frame, at + to.index + to[0].length) : undefined;
    if (referred && !helpers.includes(referred)) beneficiaries = [referred];
    if (beneficiaries.length === 0 && helpMeant) beneficiaries = attackedTopic(frame, helpers);
    for (const helper of helpers)
      for (const b of beneficiaries) emitHelp(frame, helper, b, "offered-help", helpers);
  },
};

/** A possessive and the help it owns right after a name ("'s help", "'s technical support"). */
const ownHelpAfter = (words: Words) =>
  patternFor(
    words,
    "own-help-after",
    (w) => new RegExp(String.raw`^['’]s?\s+(?:[\w-]+\s+)?(?:${w.nouns.help.any})\b`, "i"),
  );

/** A team as what a modal verb of sending offers ("will send a team", "ready to deploy experts"). */
const teamOffered = (words: Words) =>
  patternFor(
    words,
    "team-offered",
    (w) =>
      new RegExp(
        `^\\S+(?:\\s+\\S+)?\\s+(?:${w.verbs.deliver.present})\\s+(?:${TEAM_QUANTIFIER}\\s+)?(?:[\\w-]+\\s+){0,2}?(?!(?:${w.nouns.delegate.any})\\b)(?:${w.nouns.team.any})`,
        "i",
      ),
  );

/** "is already providing", "has also sent", "are still working with": one auxiliary and adverb list each. */
const PERFECT = `(?:${PERFECT_AUXILIARIES.join("|")})`;
const BE = `(?:${FINITE_BE.join("|")}|${PERFECT}\\s+been)`;
const ONGOING = `(?:(?:${ONGOING_ADVERBS.join("|")})\\s+)?`;

/** "are still working with", "worked closely alongside": a finite verb of working beside someone. */
const PARTNERED = `(?:${BE}\\s+${ONGOING}working|${PERFECT}\\s+${ONGOING}worked|worked)\\s+(?:closely\\s+|together\\s+|jointly\\s+)?(?:alongside|with)`;
const PARTNERED_WHOLE = new RegExp(`^${PARTNERED}$`, "i");

/**
 * "spent three weeks working with", "arrived to work with", "has since been working alongside",
 * "worked on site in Tashkent alongside": working beside someone in any other form, which says
 * help only when the one beside is a body's own people (see `staffOwner`) and one of the two is
 * on the side hit: police working with a partner's unit ("the FBI, working with Europol's
 * cybercrime unit") is ordinary cooperation, no response to the attack.
 */
const WORK_BESIDE = `work(?:ing|ed)?\\s+(?:[\\w'’-]+\\s+){0,4}?(?:alongside|with)`;
const LOOSE_PARTNER = `(?:(?:${PERFECT}\\s+since\\s+been|to)\\s+)?${WORK_BESIDE}`;
const WORKS_BESIDE = new RegExp(`\\b${WORK_BESIDE}\\b`, "i");

/** "sent a team of experts", "is helping to restore", "provided intelligence", "made the agency available". */
export const deliverRule: ClaimRule = {
  id: "deliver",
  type: "assisted",
  trigger: (w) => {
    const d = w.verbs.deliver;
    return new RegExp(
      `\\b(?:${BE}\\s+${ONGOING}(?:${d.gerund})|${PERFECT}\\s+${ONGOING}(?:${d.past})|${d.past}|(?:makes?|made|making)\\s+(?:[\\w.-]+\\s+){0,4}?available|(?:puts?|placed?|placing)\\s+at\\s+(?:the\\s+)?disposal\\s+of|commissioned|,\\s+(?:helping|assisting)|${PARTNERED}|${LOOSE_PARTNER})\\b`,
      "gi",
    );
  },
  apply(frame, { at, end: afterVerb, word, before }) {
    const { state } = frame;
    const { modalBefore, deliveryObject } = helpOf(frame);
    if (modalBefore.test(before) || /\b(not|never)\s+$/i.test(before)) return;
    // "helped", "has supported", "is helping": help by itself; "supported", "provided", "lent" need an object.
    // "whose experts supported the port", "FBI agents supported": help stated as a team's work needs no object word.
    const bareHelpVerb =
      /^(?:helped|assisted)$|\s(?:helping|assisting|supporting|helped|assisted|supported)$|\bwork/i.test(
        word,
      ) || teamHelpsActor(frame, before, afterVerb);
    const placed = /available|disposal|commissioned/i.test(word);
    const rest = state.text.slice(afterVerb, clauseEnd(frame, afterVerb));
    // "the ministry was assisted by X": the agent helps; "a group supported by Moscow" says who backs, not who helps.
    const by = /^\s*by\b/i.exec(rest);
    if (by) {
      if (PASSIVE_BEFORE.test(before)) passiveHelp(frame, at, before, afterVerb + by[0].length - 2);
      return;
    }
    // "made available the NCSC", "made the BSI available": the body put at someone's service.
    const madeAvailable = [
      ...frame.slots.filter((s) => s.kind === "actor" && s.start > at && s.end <= afterVerb),
      ...objectAfter(frame, afterVerb),
    ].find((s) => ["agency", "organization"].includes(typeOf(frame, s.key) ?? ""));
    // "sent a team of hackers to break into its systems", "sent operatives to plant the malware": attackers sent help no one.
    if (attackersSent(state.lexicon.words).test(rest)) return;
    // "provided" or "sent" alone is not help: what was given must be ("sent experts", "shared intelligence with").
    if (
      !bareHelpVerb &&
      !(placed && madeAvailable) &&
      !deliveryObject.test(rest) &&
      !/^\s*(?:the\s+)?\S+\s+(?:with|to)\b/i.test(rest)
    )
      return;
    // "Germany's BSI is helping X": the body helps; its possessor state is tied to it by part-of, as a hit
    // body's state is no target ("Germany has sent BSI analysts": the state is the subject and helps).
    const named = withBodyNamed(frame, actingSubject(frame, at, before));
    const helpers = named.length > 0 ? named : institutionSubject(frame, at);
    if (helpers.length === 0) return;
    const { helpTo, teamAfter, teamBefore } = helpOf(frame);
    const helperKeys = [...actorsOf(frame, helpers), ...ownersNamedWith(frame, helpers)];
    // "commissioned ANSSI to provide", "makes X available": the body put to work helps as well.
    if (placed && madeAvailable) helperKeys.push(madeAvailable.key);
    // "sent a team of FBI agents": whoever the team is made of helps too; "working alongside
    // the operator's engineers", "helped the operator's engineers": the partner's staff are helped, they send no one.
    const objects = objectAfter(frame, afterVerb, helperKeys).filter((s) => isActor(frame, s));
    const clauseEndsAt = clauseEnd(frame, afterVerb);
    const partnered = /\bwork/i.test(word);
    // "helped LPDC engineers restore": the object of a verb of helping is helped, its staff with it.
    const helpsObject = (s: Slot) =>
      aidVerb(state.lexicon.words).test(word) && headsPhraseAt(frame, afterVerb, s);
    for (const s of frame.slots)
      if (
        !partnered &&
        s.kind === "actor" &&
        !helpsObject(s) &&
        s.start >= afterVerb &&
        s.end <= clauseEndsAt &&
        (teamAfter.test(state.text.slice(s.end)) || teamBefore.test(state.text.slice(afterVerb, s.start))) &&
        !helperKeys.includes(s.key)
      )
        helperKeys.push(s.key);
    const exclude = [...helperKeys];
    // "sent experts to Tallinn to help RIA": the one helped follows "to help".
    const to = helpTo.exec(rest);
    const helpedAt = to ? afterVerb + to.index + to[0].length : afterVerb;
    const helped = to ? objectAfter(frame, helpedAt, exclude) : [];
    let beneficiaries = (helped.length ? helped : objects)
      .filter((s) => !exclude.includes(s.key) && isActor(frame, s) && typeOf(frame, s.key) !== "person")
      .map((s) => s.key);
    // "assisted our incident response team" in a press release: the page's issuer is helped.
    const ours = !to && /^\s*(?:us|our)\b/i.test(rest);
    const issuer = ours ? pressIssuer(frame) : undefined;
    if (issuer && !exclude.includes(issuer)) beneficiaries = [issuer];
    // "helping the bank to rebuild": a definite description as the object names the body the
    // article named, whatever actor a later phrase names ("... to rebuild its systems").
    const referred = helped.length === 0 ? bodyReferredAt(frame, helpedAt) : undefined;
    if (referred && !exclude.includes(referred)) beneficiaries = [referred];
    // "helped rebuild the mill's payroll servers": whose systems were restored is helped.
    const restored =
      beneficiaries.length === 0 && aidVerb(state.lexicon.words).test(word)
        ? restoredOwner(frame, afterVerb, exclude)
        : undefined;
    if (restored) beneficiaries = [restored];
    // "working with the court's IT staff", "alongside KNEDC engineers": the body whose people they are is helped.
    const found = partnered ? staffOwner(frame, afterVerb, exclude) : undefined;
    const hit = victimSides(frame);
    const isHit = (k: string) => hit.has(sideOf(frame, k) ?? k);
    // The looser forms say help only where one of the two is the side hit (see LOOSE_PARTNER).
    const loose = partnered && !PARTNERED_WHOLE.test(word);
    const staff = loose && found && !isHit(found) && !helperKeys.some(isHit) ? undefined : found;
    if (staff) beneficiaries = [staff];
    else if (loose) return;
    // "responds to the request of the Montenegrin authorities and makes X available": help answers the request.
    // "has teamed up with Orlatek and a registrar": a partner named by a name the article never
    // resolved is no one helped, and not the state the article is about.
    const name = UNRESOLVED_NAME.exec(rest);
    const nameAt = name ? afterVerb + name[0].length - 1 : -1;
    // "is helping Comelec to rebuild": so is a name right after a help verb that takes the helped as its object.
    if (
      beneficiaries.length === 0 &&
      (partnered || aidVerb(state.lexicon.words).test(word)) &&
      !to &&
      name &&
      !frame.slots.some((s) => s.start <= nameAt && s.end > nameAt)
    )
      return;
    if (beneficiaries.length === 0) beneficiaries = requesterAnswered(frame, at, exclude);
    // "sought help from A and B, both of which have deployed teams": the one who asked them is helped.
    if (beneficiaries.length === 0) beneficiaries = askedInSentence(frame, helperKeys);
    // "working with the company on the investigation": the company the article spoke of last.
    if (
      beneficiaries.length === 0 &&
      frame.lastOrganization &&
      /^\s*(?:alongside\s+|with\s+)?the\s+(?:company|firm|operator|business)\b/i.test(rest)
    )
      beneficiaries = [frame.lastOrganization];
    if (beneficiaries.length === 0) beneficiaries = speakerHelped(frame, helperKeys);
    if (beneficiaries.length === 0) beneficiaries = attackedTopic(frame, helperKeys);
    beneficiaries = beneficiaries.map((b) => bodyOfSentence(frame, b, at) ?? b);
    // "The ministry has worked closely with the FBI": of two working together, the side hit is helped.
    // "The ministry has been working with Microsoft's engineers": the people's body helps the side hit.
    const reversed =
      partnered &&
      helperKeys.some(isHit) &&
      beneficiaries.every((k) => (staff || typeOf(frame, sideOf(frame, k) ?? k) === "state") && !isHit(k));
    for (const helper of helperKeys)
      for (const b of beneficiaries)
        if (helperKeys.includes(b)) continue;
        else if (reversed) emitHelp(frame, b, helper);
        else emitHelp(frame, helper, b, "assisted", helperKeys);
  },
};

/** "helped restore", "helped to rebuild": a verb of the response work right after a verb of help. */
const restoreAfterAid = (words: Words) =>
  patternFor(
    words,
    "restore-after-aid",
    (w) => new RegExp(`^\\s+(?:to\\s+)?(?:${w.verbs.respond.present})\\s+`, "i"),
  );

/**
 * The owner of what a helper's work restored, right after the verb of help ("helped rebuild the
 * mill's payroll servers", "helped recover Tarn Water's billing system"): an actor named as the
 * object's possessor, or a body's head noun in the possessive (the body the article named with it).
 */
function restoredOwner(frame: Frame, afterVerb: number, exclude: string[]): string | undefined {
  const { text } = frame.state;
  const verb = restoreAfterAid(frame.state.lexicon.words).exec(
    text.slice(afterVerb, clauseEnd(frame, afterVerb)),
  );
  if (!verb) return undefined;
  const at = afterVerb + verb[0].length;
  const owner = objectAfter(frame, at, exclude).find(
    (s) => s.possessive && isActor(frame, s) && headsPhraseAt(frame, at, s),
  );
  if (owner) return owner.key;
  const noun = HEAD_NOUN_POSSESSIVE.exec(text.slice(at, frame.sentence.end))?.[1];
  const body = noun ? namedBody(frame, noun, at) : undefined;
  return body && !exclude.includes(body) ? body : undefined;
}

/** A body's head noun in the possessive ("the port's"): the body the article named with it. */
const HEAD_NOUN_POSSESSIVE = /^the\s+(\p{Ll}+)['’]s?\s/u;

/** A trigger ending on a verb of help whose object is the one helped ("helped", "is assisting"). */
const aidVerb = (words: Words) =>
  patternFor(words, "aid-verb", (w) => new RegExp(`\\b(?:${w.verbs.aid.any})$`, "i"));

/**
 * A body's own people as the object of working beside ("the court's IT staff", "KNEDC engineers",
 * "the statistics agency's own staff", "its investigators", "our cybercrime unit"): the phrase
 * before the people noun names their body.
 */
const staffPhrase = (words: Words) =>
  patternFor(
    words,
    "staff-phrase",
    (w) =>
      new RegExp(
        `^(\\s*(?:the\\s+)?(?:[\\p{L}.&-]+\\s+){0,2}?[\\p{L}.&-]+?)(?:['’]s?)?\\s+(?:own\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${w.nouns.team.any}|${w.nouns.staff.any})\\b`,
        "iu",
      ),
  );

/**
 * The body whose own people a team works beside, from `at` (after "with"/"alongside"): a body
 * named in the phrase ("Ghana's Electoral Commission staff": the commission); "its"/"their": the one
 * that asked the team's senders for help in the sentence, else the body the incident under
 * discussion hit; "our": the speaker's body or the page's issuer; a head noun ("the police's own"),
 * or a word of a name ("Pelindo's engineers"), names the body the article named last with it.
 */
function staffOwner(frame: Frame, at: number, helpers: string[]): string | undefined {
  const { state } = frame;
  const phrase = staffPhrase(state.lexicon.words).exec(state.text.slice(at, clauseEnd(frame, at)));
  const owner = phrase?.[1];
  if (!phrase || !owner) return undefined;
  const head = frame.slots.find(
    (s) => s.kind === "actor" && s.start >= at && s.end <= at + phrase[0].length && isActor(frame, s),
  );
  const word = /[\p{L}.&-]+$/u.exec(owner)?.[0] ?? "";
  const pronoun = /^(?:its|their)$/i.test(word);
  // "its" read by coreference as the helper names its own people ("the BSI said it is working with
  // its engineers": the helper is no candidate), unless someone in the sentence asked the helpers
  // for help: their people, then; the body hit only when no coreference read "its".
  const candidates = [
    head && (ownedBody(frame, head) ?? head).key,
    ...(pronoun ? askedInSentence(frame, helpers) : []),
    pronoun && !head ? incidentBody(frame) : undefined,
    ...(/^our$/i.test(word) ? [...actorsOf(frame, frame.speakerSlots), pressIssuer(frame)] : []),
    pronoun ? undefined : namedBody(frame, word, at),
  ];
  return candidates.find((k): k is string => !!k && !helpers.includes(k) && isRequester(frame, k));
}

/** A body by one word: a head noun ("the court", "the company": the company spoken of last), or a word of its name. */
function namedBody(frame: Frame, word: string, at: number): string | undefined {
  const noun = word.toLowerCase();
  if (COMPANY_NOUNS.has(noun)) return bodyCalled(frame.state, noun, at) ?? frame.lastOrganization;
  // A capitalised word, not an acronym ("IT staff"): acronyms the article resolved are slots.
  if (BODY_NOUNS.has(noun) || /^\p{Lu}\p{Ll}/u.test(word)) return bodyCalled(frame.state, word, at);
  return undefined;
}

/** The body (not a state) the incident under discussion hit. */
function incidentBody(frame: Frame): string | undefined {
  const incident = frame.currentIncident ? frame.state.entities.get(frame.currentIncident) : undefined;
  return incident?.targets?.find((t) => ["agency", "organization"].includes(typeOf(frame, t) ?? ""));
}

/** Attackers as what is sent ("a team of hackers"), or an attack as what they are sent to do ("to break into", "to plant the malware"). */
const attackersSent = (words: Words) =>
  patternFor(
    words,
    "attackers-sent",
    (w) =>
      new RegExp(
        `^\\s*(?:${TEAM_QUANTIFIER}\\s+)?(?:(?:${w.nouns.team.any})\\s+of\\s+)?(?:${w.nouns.attacker.any})\\b|\\bto\\s+(?:${w.verbs.attack.present}|${w.verbs.steal.present}|(?:${w.verbs.implant.present})\\s+(?:the\\s+|a\\s+|its\\s+)?(?:${w.nouns.hostileAct.any}))\\b`,
        "i",
      ),
  );

/** A capitalised word right after "with"/"alongside": a name (no slot read it, or the objects would hold it). */
const UNRESOLVED_NAME = /^\s*(?:the\s+)?\p{Lu}[\p{L}-]*/u;

/**
 * A team noun as the verb's subject ("whose engineers", "its analysts have also") and an actor as
 * its object ("supported the port"): help as the team's work. "supported the conclusion that" is not.
 */
function teamHelpsActor(frame: Frame, before: string, afterVerb: number): boolean {
  if (!teamSubject(frame.state.lexicon.words).test(before)) return false;
  const object = objectAfter(frame, afterVerb)[0];
  return !!object && isActor(frame, object) && headsPhraseAt(frame, afterVerb, object);
}

/** A team noun right before the verb, as its subject ("whose engineers", "its analysts have also"). */
const teamSubject = (words: Words) =>
  patternFor(
    words,
    "team-subject",
    (w) => new RegExp(`\\b(?:${w.nouns.team.any})\\s+(?:(?:has|have|had|also|already|then)\\s+){0,2}$`, "i"),
  );

/** The states (or companies) hit by the article's incidents. */
function victimSides(frame: Frame): Set<string> {
  const out = new Set<string>();
  for (const e of frame.state.entities.values())
    if (e.type === "incident") for (const t of e.targets ?? []) out.add(sideOf(frame, t) ?? t);
  return out;
}

const requestWord = (words: Words) =>
  patternFor(words, "request-word", (w) => new RegExp(`\\b(?:${w.nouns.request.any})\\b`, "i"));

/**
 * "DNSC has received indicators of compromise from CISA", "the ministry obtained technical
 * assistance from Israel": what was received names help, the one after "from" gave it to the subject.
 */
export const receivedRule: ClaimRule = {
  id: "received",
  type: "assisted",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.verbs.receive.past}|${w.verbs.receive.third}|${w.verbs.receive.gerund})\\s+(?:[\\w"“”-]+\\s+){0,5}?(?:${w.nouns.deliverable.any}|${w.nouns.help.any}|${w.nouns.team.any})\\b[^,;:.]{0,40}?\\bfrom\\s+`,
      "gi",
    ),
  apply(frame, { at, end, word, before }) {
    const { modalBefore } = helpOf(frame);
    if (modalBefore.test(before) || /\b(?:not|never|no)\s+(?:\w+\s+)?$/i.test(before)) return;
    // "accepted an offer of help from Portugal": an offer received is no help given yet.
    const offer = patternFor(
      frame.state.lexicon.words,
      "offer-word",
      (w) => new RegExp(`\\b(?:${w.verbs.offer.any})\\b`, "i"),
    );
    if (offer.test(word)) return;
    const helperKeys = helpersNamedAt(frame, end);
    if (!helperKeys) return;
    // "received a request for help from Bolivia": the one after "from" asked the subject.
    if (requestWord(frame.state.lexicon.words).test(word)) {
      const asked = actorsOf(frame, actingSubject(frame, at, before)).filter(
        (k) => typeOf(frame, k) !== "person",
      );
      emitRequests(frame, helperKeys, asked);
      return;
    }
    const beneficiaries = actorsOf(frame, actingSubject(frame, at, before)).filter(
      (k) => !helperKeys.includes(k) && typeOf(frame, k) !== "person",
    );
    for (const h of helperKeys) for (const b of beneficiaries) emitHelp(frame, h, b, "assisted", helperKeys);
  },
};

/** "a team of experts from A, B and C travelled to Ukraine": help delivered by each sender. */
export const teamRule: ClaimRule = {
  id: "team",
  type: "assisted",
  trigger: (w) => new RegExp(`\\b(?:${w.nouns.team.any})\\s+(?:[\\w-]+\\s+){0,3}?from\\s+`, "gi"),
  apply(frame, { at, end: after, before }) {
    const { state } = frame;
    const named = objectAfter(frame, after).filter((s) => isActor(frame, s));
    const head = named[0];
    if (!head) return;
    // Only a determiner, or a state's adjective ("from the American FBI"), stands before the sender.
    const adjective = frame.slots.find(
      (s) => s.kind === "modifier" && s.start >= after && /^\s+$/.test(state.text.slice(s.end, head.start)),
    );
    if (!/^\s*(?:the\s+)?$/i.test(state.text.slice(after, (adjective ?? head).start))) return;
    // "from the German Federal Office for Information Security and ...": the list goes on from the body
    // the state's adjective qualifies; "investigators from the FBI and Britain's National Crime
    // Agency (NCA) arrived": the body each possessive owns sends too. The phrase ends after the last.
    const qualified = withBodyNamed(frame, [head])[1];
    const listed = qualified
      ? [head, ...objectAfter(frame, qualified.start).filter((s) => isActor(frame, s))]
      : named;
    const senders = withBodyNamed(frame, listed);
    for (const s of listed) {
      const owned = ownedBody(frame, s);
      if (owned && !senders.includes(owned)) senders.push(owned);
    }
    const last = senders.reduce((a, b) => (b.end > a.end ? b : a));
    // "the Australian Signals Directorate (ASD) landed in": an acronym in brackets is part of the name.
    const acronym = /^\s*(?:\([^)]{1,12}\)|\))/.exec(state.text.slice(last.end, frame.sentence.end));
    const from = last.end + (acronym?.[0].length ?? 0);
    const arrived = helpOf(frame).teamArrived.exec(state.text.slice(from, frame.sentence.end));
    const senderKeys = withNamedState(frame, withBodyNamed(frame, senders));
    if (arrived) helpArrived(frame, senderKeys, from + arrived[0].length, isDelegation(frame, at));
    // "the agency led the response together with experts from X": foreign experts worked beside the
    // clause's subject, for its state.
    else if (WORKED_WITH.test(before)) {
      const subject = actorsOf(frame, actingSubject(frame, at, before))
        .filter((k) => typeOf(frame, k) !== "person")
        .map((k) => sideOf(frame, k) ?? k)
        .filter((k, i, all) => !senderKeys.includes(k) && all.indexOf(k) === i);
      for (const k of senderKeys) for (const b of subject) emitHelp(frame, k, b, "assisted", senderKeys);
    }
  },
};

/**
 * A team present where the attack hit, after a be-verb: "were on site", "has been on the ground
 * since Friday", "had been at the hospitals" (the place after "at" is the one helped, if named).
 */
const ON_SITE = String.raw`(?:(?<=\b(?:been|were|was|are|is)\s+)|(?:are|is)\s+)(?:already\s+|now\s+|still\s+)?(?:on[\s-]+site|on\s+the\s+ground|at\s+(?=the\s))`;

/** After an arrival verb, no place and no purpose: the team came where the attack was ("landed on Tuesday"). */
const NO_DESTINATION = String.raw`(?!\s+(?:in|to|into|at|for)\b)`;

/** Before a team noun: the team works beside the clause's subject ("together with", "alongside"). */
const WORKED_WITH =
  /\b(?:together\s+with|along\s+with|jointly\s+with|alongside)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:team|group)\s+of\s+)?$/i;

/** "a US Cyber Command team had arrived in Manila to help the Philippine military": the team's body helps. */
export const teamArrivedRule: ClaimRule = {
  id: "team-arrived",
  type: "assisted",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.nouns.team.any})\\s+(?:(?:has|have|had)\\s+)?(?:(?:been|were|was)\\s+)?(?:(?:${w.verbs.arrive.past})(?:\\s+(?:in|to)\\s+|${NO_DESTINATION})|${ON_SITE})`,
      "gi",
    ),
  apply(frame, { at, end }) {
    const { state } = frame;
    // The sender qualifies the team noun: only modifiers stand between ("a US Cyber Command 'hunt forward' team").
    const from = frame.sentence.start;
    const sender = [...frame.slots]
      .reverse()
      .find(
        (s) =>
          s.kind === "actor" &&
          s.start >= from &&
          s.end <= at &&
          isActor(frame, s) &&
          TEAM_MODIFIERS.test(state.text.slice(s.end, at)),
      );
    if (!sender) return;
    helpArrived(frame, withNamedState(frame, withPossessor(frame, [sender])), end, isDelegation(frame, at));
  },
};

/** Between a sender and its team noun: a few modifiers or a quoted nickname, no verb or clause. */
const TEAM_MODIFIERS = /^(?:['’]s)?\s+(?:(?:["“][^"”]{1,30}["”]|[\p{L}-]+)\s+){0,3}$/u;

/** The team noun at `at` names a delegation ("officials", "agents"), not a response team. */
const isDelegation = (frame: Frame, at: number) =>
  patternFor(
    frame.state.lexicon.words,
    "delegation-at",
    (w) => new RegExp(`^(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.delegate.any})\\b`, "i"),
  ).test(frame.state.text.slice(at, at + 40));

/**
 * Help by a team that arrived somewhere: "to help X" names the one helped, else the place it
 * arrived in (a capital stands for its state).
 */
function helpArrived(frame: Frame, senders: string[], arrivedAt: number, delegation: boolean): void {
  const rest = frame.state.text.slice(arrivedAt, clauseEnd(frame, arrivedAt));
  // "arrived in Muscat to work with its investigators": the deliver rule reads the body worked beside, not the place.
  const beside = WORKS_BESIDE.exec(rest);
  const partner = beside
    ? staffOwner(frame, arrivedAt + beside.index + beside[0].length, senders)
    : undefined;
  if (partner && victimSides(frame).has(sideOf(frame, partner) ?? partner)) return;
  const to = helpOf(frame).helpTo.exec(rest);
  const helped = to ? objectAfter(frame, arrivedAt + to.index + to[0].length, senders)[0] : undefined;
  const beneficiary = helped ?? objectAfter(frame, arrivedAt, senders)[0];
  if (beneficiary && (!isActor(frame, beneficiary) || typeOf(frame, beneficiary.key) === "person")) return;
  // "had been at the hospital": present at a place helps only a body named right there.
  const atPlace = /\bat\s+$/.test(frame.state.text.slice(arrivedAt - 4, arrivedAt));
  if (
    atPlace &&
    !(
      beneficiary &&
      headsPhraseAt(frame, arrivedAt, beneficiary) &&
      ["agency", "organization"].includes(typeOf(frame, beneficiary.key) ?? "")
    )
  )
    return;
  // "arrived to help the company": the company the article named.
  const referred =
    !beneficiary && to ? bodyReferredAt(frame, arrivedAt + to.index + to[0].length) : undefined;
  // "A team from X landed on Tuesday": a response team arriving with no one named came to the state
  // hit; "Officials from X arrived on Tuesday" may have come for anything.
  const keys = beneficiary
    ? [beneficiary.key]
    : referred && !senders.includes(referred)
      ? [referred]
      : delegation
        ? []
        : attackedTopic(frame, senders);
  for (const k of senders) for (const b of keys) emitHelp(frame, k, b, "assisted", senders);
}

/** A body whose name carries its state ("US Cyber Command", "the Australian Signals Directorate"): the state helps too. */
function withNamedState(frame: Frame, slots: Slot[]): string[] {
  const keys = slots.map((s) => s.key);
  for (const s of slots) {
    const country = frame.state.entities.get(s.key)?.country;
    const first = tokenize(frame.state.text.slice(s.start, s.end)).find((t) => !/^the$/i.test(t.text));
    const named = first && frame.state.lexicon.phrases.get(first.norm)?.some((p) => p.key === country);
    if (country && named && !keys.includes(country)) keys.push(country);
  }
  return keys;
}

/**
 * "The Netherlands said British intelligence had helped", "Dutch police have assisted": a
 * subject made of a state's adjective and a service noun is that state.
 */
function institutionSubject(frame: Frame, at: number): Slot[] {
  const from = clauseStart(frame, at);
  const pattern = patternFor(
    frame.state.lexicon.words,
    "institution-subject",
    (w) =>
      new RegExp(
        `^\\s+(?:${w.nouns.institution.any}|${w.nouns.team.any})\\s+(?:(?:has|have|had|also|already)\\s+){0,2}$`,
        "i",
      ),
  );
  const modifier = frame.slots.find(
    (s) =>
      s.source === "demonym" &&
      s.start >= from &&
      s.end <= at &&
      typeOf(frame, s.key) === "state" &&
      pattern.test(frame.state.text.slice(s.end, at)),
  );
  return modifier ? [modifier] : [];
}

/**
 * "The Netherlands said British intelligence had helped", "Ozola said RIA had provided valuable
 * support": help reported with no one named as helped went to the one reporting it, a state or body.
 */
function speakerHelped(frame: Frame, helpers: string[]): string[] {
  const accused = accusedSide(
    frame.state,
    frame.state.claims.filter((c) => c.type === "attributed-to").map((c) => c.target),
  );
  const reporter = frame.speakers.find(
    (k) =>
      ["state", "agency"].includes(typeOf(frame, k) ?? "") &&
      !helpers.includes(k) &&
      !accused.has(k) &&
      // Help reported by the one helped comes from abroad: a body of the reporter's own state only works with it.
      !!sideOf(frame, k) &&
      !helpers.some((h) => sideOf(frame, h) === sideOf(frame, k)),
  );
  return reporter ? [reporter] : [];
}

/** "brought in the security firm X to investigate": the one hired helps the one hiring. */
export const hireRule: ClaimRule = {
  id: "hire",
  type: "assisted",
  trigger: (w) =>
    new RegExp(`\\b(?:${w.verbs.hire.past}|${w.verbs.hire.third}|${w.verbs.hire.gerund})\\b`, "gi"),
  apply(frame, { at, end, before }) {
    if (helpOf(frame).modalBefore.test(before)) return;
    if (PASSIVE_BEFORE.test(before)) {
      const by = /^\s*by\b/i.exec(frame.state.text.slice(end, frame.sentence.end));
      if (by) passiveHelp(frame, at, before, end + by[0].length - 2, true);
      else calledIn(frame, at, end);
      return;
    }
    const hirers = subjectBefore(frame, at).map((s) => s.key);
    const hired = objectAfter(frame, end, hirers).filter((s) => isActor(frame, s));
    const rest = frame.state.text.slice(end, clauseEnd(frame, end));
    if (
      !patternFor(
        frame.state.lexicon.words,
        "hired-to",
        (w) =>
          new RegExp(
            `\\bto\\s+(?:help\\s+)?(?:${w.verbs.respond.present}|${w.verbs.deliver.present})\\b`,
            "i",
          ),
      ).test(rest)
    )
      return;
    for (const h of hired) for (const b of hirers) emitHelp(frame, h.key, b);
  },
};

/** "the BSI was called in to help the parliament's IT staff": the subject helps whom "to help" names, else the victim. */
function calledIn(frame: Frame, at: number, end: number): void {
  const rest = frame.state.text.slice(end, clauseEnd(frame, end));
  const to = patternFor(
    frame.state.lexicon.words,
    "called-in-to",
    (w) => new RegExp(`\\bto\\s+(?:${w.verbs.deliver.present})\\b\\s*`, "i"),
  ).exec(rest);
  if (!to) return;
  const helpers = actorsOf(frame, subjectBefore(frame, at));
  if (helpers.length === 0) return;
  const named = objectAfter(frame, end + to.index + to[0].length, helpers).filter(
    (s) => isActor(frame, s) && typeOf(frame, s.key) !== "person",
  );
  const first = named[0];
  const owned = first && ownedBody(frame, first);
  const helped = owned ? [owned.key] : named.map((s) => s.key);
  const beneficiaries = helped.length ? helped : attackedTopic(frame, helpers);
  for (const h of helpers) for (const b of beneficiaries) emitHelp(frame, h, b, "assisted", helpers);
}

/**
 * "Kenya thanked Israel for its help", "thanked the agency for sending a team", "thanked X and Y,
 * which he said helped": the thanked (named before the reason) helped the thanker.
 */
export const thanksRule: ClaimRule = {
  id: "thanks",
  type: "assisted",
  trigger: (w) => new RegExp(`\\b(${w.verbs.thank.any}|gratitude|grateful)\\b`, "gi"),
  apply(frame, { at, end, word, before }) {
    const { state } = frame;
    if (/^thanks$/i.test(word) && /^\s+to\b/i.test(state.text.slice(end, end + 4))) return; // "thanks to X's help": a preposition, read by the with-help rule
    const rest = state.text.slice(at, clauseEnd(frame, end));
    const helpWord = patternFor(
      state.lexicon.words,
      "help-word",
      // "thanked the teams who have worked on site to restore the systems": the work done is the help.
      (w) =>
        new RegExp(
          `\\b(?:${w.nouns.help.any}|${w.verbs.deliver.any}|${w.verbs.respond.any}|assist|work(?:ed|ing)?)\\b`,
          "i",
        ),
    );
    const full = state.text.slice(at, frame.sentence.end);
    if (!helpOf(frame).helpNoun.test(rest) && !helpWord.test(full)) return;
    const direct = subjectBefore(frame, at);
    // "confirmed the intrusion and thanked X": the subject of the verb "and" joins it to.
    const subject = direct.length > 0 ? direct : sharedSubject(frame, before);
    // '"We thank ...," he said': the speaker thanks; "it was grateful" with no antecedent found:
    // the thanker is unknown, not the article's topic.
    const pronoun = subject.length === 0 ? PRONOUN_SUBJECT.exec(before)?.[1]?.toLowerCase() : undefined;
    let thanker = actorsOf(frame, pronoun ? frame.speakerSlots : subject);
    const issued = pronoun === "we" && thanker.length === 0;
    if (issued) thanker = issuerAsWe(frame, before);
    // "The Authority also thanked X": a definite description as the subject names the body it refers to.
    if (thanker.length === 0 && subject.length === 0 && !pronoun)
      thanker = describedSubject(frame, at, before);
    if (pronoun && pronoun !== "we" && thanker.length === 0) return;
    // The thanked stand before the reason ("for its help", "for sending", "who sent", "which helped");
    // a relative clause set off by commas ("X, which he said had worked the case for two years, and Y")
    // is skipped, so the list goes on after it.
    const tail = full.slice(end - at).replace(RELATIVE_ASIDE, (m) => " ".repeat(m.length));
    // "credited X with restoring": the reason may follow "with".
    const reason =
      (/^credit/i.test(word) ? /\b(?:for|with)\b/i : /\bfor\b/i).exec(tail) ??
      /\b(?:who|which|that)\b/i.exec(tail);
    const limit = reason ? end + reason.index : at + rest.length;
    const secondVerb = patternFor(
      state.lexicon.words,
      "and-deliver",
      (w) => new RegExp(`\\band\\s+(?:${w.verbs.deliver.third}|${w.verbs.deliver.past})\\b`, "i"),
    );
    const aside = (s: Slot) => tail[s.start - end] === " " && /\S/.test(state.text[s.start] ?? "");
    const thanked = frame.slots
      .filter(
        (s) =>
          s.start > at &&
          s.start < limit &&
          s.kind === "actor" &&
          isActor(frame, s) &&
          !aside(s) &&
          !thanker.includes(s.key) &&
          // "and Poland's CERT Polska for sharing": the body is thanked, not its owner.
          !(s.possessive && ownedBody(frame, s)) &&
          !ownerInApposition(frame, s) &&
          // "thanks its partners and deploys specialists to X": a second verb's object was not thanked.
          !secondVerb.test(state.text.slice(end, s.start)),
      )
      .map((s) => s.key);
    // "for sending a team from the ACSC": whoever the team came from helped too.
    const { teamBefore } = helpOf(frame);
    for (const s of frame.slots)
      if (
        s.start >= limit &&
        s.kind === "actor" &&
        teamBefore.test(state.text.slice(limit, s.start)) &&
        !thanked.includes(s.key)
      )
        thanked.push(s.key);
    // A body thanks for itself, and so does its head ("the police service thanked", "the head of the
    // agency thanked"); a minister thanks for their state; "The minister thanked ...": the state hit
    // by the attack under discussion.
    const beneficiary =
      thanker.find((k) => typeOf(frame, k) === "state") ??
      thanker.find((k) => thanksForItself(frame, k)) ??
      thanker.map((k) => stateOfBody(frame, k)).find((k) => k !== undefined) ??
      thanker.find((k) => typeOf(frame, k) !== "person") ??
      // A named person whose office is unknown thanks for a state the text does not say; a name no
      // entity was read from ("In San José, INEC thanked") is someone, not the article's topic.
      (subject.length > 0 || UNREAD_SUBJECT.test(before)
        ? undefined
        : (attackedTopic(frame, thanked)[0] ?? topicState(state, thanked)));
    // The beneficiary's own bodies serve it, they do not help it ("thanked the FBI's field office"),
    // but they help the thanker's body ("the electoral authority's head thanked the cyber directorate").
    const thankerBody = thanker.find((k) => ["agency", "organization"].includes(typeOf(frame, k) ?? ""));
    // A press release's issuer thanking a government thanks for its state ("We thank the Government of X").
    const issuerState = issued ? stateOfBody(frame, thanker[0]!) : undefined;
    // "thanked X, which has offered training", "thanked X for its offer of help": thanks for an offer;
    // "for its offer of talks, and for the engineers it sent": an offer and help given, each its own reason.
    const offerAfter = offeredAfter(state.lexicon.words);
    const reasons = reasonsFrom(state.text, limit, frame.sentence.end);
    const given = (r: { text: string }) =>
      !offerReason(state.lexicon.words).test(r.text) &&
      (helpOf(frame).helpNoun.test(r.text) || deliveryVerb(state.lexicon.words).test(r.text));
    const offered = new Set<string>();
    const givenToo = new Set<string>();
    for (const s of frame.slots) {
      if (s.start <= at || !thanked.includes(s.key)) continue;
      // The thanked before the first reason share every reason; one a reason names ("for sending a team
      // from X") has that reason only.
      const own = s.start < limit ? reasons : reasons.filter((r) => r.start <= s.start && s.start < r.end);
      if (
        own.some((r) => offerReason(state.lexicon.words).test(r.text)) ||
        offerAfter.test(state.text.slice(s.end, frame.sentence.end))
      )
        offered.add(s.key);
      if (own.some(given)) givenToo.add(s.key);
    }
    const kinds = (h: string): Array<"assisted" | "offered-help"> =>
      !offered.has(h) ? ["assisted"] : givenToo.has(h) ? ["offered-help", "assisted"] : ["offered-help"];
    for (const h of thanked.filter((k) => !helpedNamedBody(frame, k)))
      for (const kind of kinds(h))
        if (issuerState && typeOf(frame, h) === "state") emitHelp(frame, h, issuerState, kind);
        // "thanked Nigeria's ngCERT": the state thanked with its body helps the thanker's state.
        else if (stateOfBody(frame, h) !== beneficiary) emitHelp(frame, h, beneficiary, kind, thanked);
        else if (thankerBody && thankerBody !== h) emitHelp(frame, h, thankerBody, kind);
  },
};

/**
 * "thanks the X Office, whose engineers have backed the land registry": a body the sentence already says
 * helped a body it names (the rule reading that help runs first) is thanked for that help, not for
 * help to the thanker besides; a state thanked this way still helps the thanker's state.
 */
function helpedNamedBody(frame: Frame, key: string): boolean {
  return (
    typeOf(frame, key) !== "state" &&
    frame.state.claims.some(
      (c) =>
        c.type === "assisted" &&
        c.source === key &&
        typeOf(frame, c.target) !== "state" &&
        c.evidence.some((e) => e.start === frame.sentence.start),
    )
  );
}

/**
 * "thanked Nigeria's national response team, ngCERT,", "grateful to KZ-CERT, Kazakhstan's national
 * team": a state naming whose body an apposition names is that body's owner, not one more thanked.
 */
function ownerInApposition(frame: Frame, s: Slot): boolean {
  if (!s.possessive || typeOf(frame, s.key) !== "state") return false;
  const { text } = frame.state;
  return frame.slots.some(
    (b) =>
      b.kind === "actor" &&
      ownerState(frame, b.key) === s.key &&
      (b.start > s.end
        ? /^['’]s?\s+[^,;:.()]{1,60},\s+(?:the\s+)?$/.test(text.slice(s.end, b.start))
        : b.end < s.start && /^,\s+$/.test(text.slice(b.end, s.start))),
  );
}

/** ", which has offered", " (CERT-X), who had pledged": a relative clause saying the one thanked offered help. */
const offeredAfter = (words: Words) =>
  patternFor(
    words,
    "offered-after",
    (w) =>
      new RegExp(
        `^\\s*(?:\\([^)]{1,20}\\))?,\\s+(?:which|who)\\s+(?:(?:${[...PERFECT_AUXILIARIES, ...VERB_ADVERBS].join("|")})\\s+){0,2}(?:${w.verbs.offer.past})\\b`,
        "i",
      ),
  );

/**
 * The reasons a thanks gives, from `from` (its first "for") to `to`: "for A, and for B" and "for A and for B"
 * are two reasons, each with its start and end.
 */
function reasonsFrom(
  text: string,
  from: number,
  to: number,
): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const joiner = /(?:,\s*(?:and\s+)?|\s+and\s+)(?=for\b)/gi;
  const span = text.slice(from, to);
  let start = 0;
  for (const m of span.matchAll(joiner)) {
    out.push({ text: span.slice(start, m.index), start: from + start, end: from + m.index });
    start = m.index + m[0].length;
  }
  out.push({ text: span.slice(start), start: from + start, end: to });
  return out;
}

/** A verb of delivery in any form ("the engineers it sent", "for providing"): help given. */
const deliveryVerb = (words: Words) =>
  patternFor(words, "delivery-verb", (w) => new RegExp(`\\b(?:${w.verbs.deliver.any})\\b`, "i"));

/** "for its offer of help", "for offering to": the reason thanked is an offer. */
const offerReason = (words: Words) =>
  patternFor(
    words,
    "offer-reason",
    // The offer verbs' base and -s forms stand as nouns here ("its offer", "their pledges").
    (w) =>
      new RegExp(
        `^\\s*for\\s+(?:(?:its|their|his|her|the)\\s+)?(?:\\w+\\s+)?(?:${w.verbs.offer.present}|${w.verbs.offer.gerund})\\b`,
        "i",
      ),
  );

/** A body, not a government ministry, that thanks: it was helped itself. */
function thanksForItself(frame: Frame, key: string): boolean {
  const entity = frame.state.entities.get(key);
  return (entity?.type === "agency" || entity?.type === "organization") && !MINISTRY_LABEL.test(entity.label);
}

/** A government ministry or department, whose thanks are its state's. */
const MINISTRY_LABEL = new RegExp(
  `\\b(?:${Object.values(NAME_WORDS.coordinatedBodyHeads).join("|")})\\b`,
  "i",
);

/** Head nouns of a definite description of a company ("the operator"), and of a public body or company ("the bank"). */
const COMPANY_NOUNS = new Set<string>(NAME_WORDS.referringBodyNouns.company);
const BODY_NOUNS = new Set<string>([
  ...NAME_WORDS.institutionHeads,
  ...NAME_WORDS.looseInstitutionHeads,
  ...NAME_WORDS.referringBodyNouns.body,
  ...NAME_WORDS.partnerBodyNouns,
]);

/**
 * The body a definite description or "it" in object position refers back to: "helping the bank to
 * rebuild", "arrived to help the company", "helped the authority get ... back", "helping it restore":
 * the body or company named last whose name has that head noun (a company noun: the company the
 * article spoke of last); "it" before a verb: the body hit by the incident under discussion.
 */
function bodyReferredAt(frame: Frame, at: number): string | undefined {
  const { state } = frame;
  const rest = state.text.slice(at, Math.min(frame.sentence.end, at + 40));
  if (/^\s*it\s+(?:to\s+)?\p{Ll}/u.test(rest)) return incidentBody(frame);
  // "to help the Commission audit": a body's head noun capitalised alone, as a house style writes it.
  const capitalised = /^\s*the\s+(\p{Lu}\p{Ll}+)\b(?!\s+(?:of|on|for|\p{Lu}))/u
    .exec(rest)?.[1]
    ?.toLowerCase();
  if (capitalised && BODY_NOUNS.has(capitalised)) return bodyCalled(state, capitalised, at);
  const article = /^\s*the\s+(?=\p{Ll})/u.exec(rest);
  if (!article) return undefined;
  // "assisting the regional tax authority with", "the harbour police": the head is the phrase's last noun.
  // Tagging the sentence costs a compromise parse: only when a word of the phrase could be that head.
  if (!mayNameBody(state.text.slice(at + article[0].length, frame.sentence.end))) return undefined;
  const noun = phraseHead(
    state.text.slice(frame.sentence.start, frame.sentence.end),
    at + article[0].length - frame.sentence.start,
  );
  const isCompany = !!noun && COMPANY_NOUNS.has(noun);
  if (!noun || (!isCompany && !BODY_NOUNS.has(noun))) return undefined;
  return bodyCalled(state, noun, at) ?? (isCompany ? frame.lastOrganization : undefined);
}

/** Whether the lower-case words opening `text` hold a body's or a company's noun (phraseHead's head can only be one of them). */
function mayNameBody(text: string): boolean {
  for (const word of text.split(/\s+/)) {
    if (!/^\p{Ll}/u.test(word)) return false;
    for (const part of word.split(/[-–]/)) {
      const bare = part
        .toLowerCase()
        .replace(/[^\p{L}'’]+$/u, "")
        .replace(/['’]s?$/, "");
      if (COMPANY_NOUNS.has(bare) || BODY_NOUNS.has(bare)) return true;
    }
  }
  return false;
}

/**
 * The head of the noun phrase starting at `from` in `text` (lower case): the last of its nouns and
 * adjectives (compromise's tags), a possessive ending it ("the agency's staff": agency); a noun a
 * determiner or pronoun follows is a mis-tagged verb ("the board restore its"). None before "of"/"for".
 */
function phraseHead(text: string, from: number): string | undefined {
  // compromise keeps every character in a term's pre, text or post: a term starts where the ones before it end.
  const terms: Array<{ text: string; post: string; tags: ReadonlySet<string> }> = [];
  let elapsed = 0;
  for (const t of nlp(text.replace(/\s/g, " ")).docs.flat()) {
    if (elapsed + t.pre.length >= from) terms.push({ text: t.text, post: t.post, tags: t.tags ?? new Set() });
    elapsed += t.pre.length + t.text.length + t.post.length;
  }
  let head: { text: string; next?: string } | undefined;
  for (const [i, t] of terms.entries()) {
    const next = terms[i + 1]?.text;
    if (!/^\p{Ll}/u.test(t.text) || !(t.tags.has("Noun") || t.tags.has("Adjective"))) break;
    if (t.tags.has("Pronoun") || /^(?:its|their|his|her)$/.test(t.text)) break;
    if (head && /^(?:its|their|the|a|an|his|her)$/i.test(next ?? "")) break;
    head = { text: t.text, next };
    if (t.tags.has("Possessive") || /[,.;:)]/.test(t.post)) break;
  }
  if (!head || /^(?:of|for)$/i.test(head.next ?? "")) return undefined;
  return head.text.toLowerCase().replace(/['’]s$/, "");
}

/**
 * A clause whose subject is a definite description of a body ("the bank asked", "that the
 * hospital had asked"): the body named last with that head noun.
 */
function describedSubject(frame: Frame, at: number, before: string): string[] {
  const noun = describedSubjectBefore(frame.state.lexicon.words).exec(before)?.[1]?.toLowerCase();
  if (!noun || !(COMPANY_NOUNS.has(noun) || BODY_NOUNS.has(noun))) return [];
  const body = bodyCalled(frame.state, noun, at);
  return body ? [body] : [];
}

/** "The lender then asked", "said the agency had asked": "the" and a lower-case noun opening the clause. */
const describedSubjectBefore = (words: Words) =>
  patternFor(
    words,
    "described-subject",
    (w) =>
      new RegExp(
        // "The Authority also thanked": a head noun capitalised alone, as a house style writes it.
        `(?:^\\W*|[.;:]\\s+|,\\s+(?:and\\s+)?|\\b(?:that|${w.verbs.speech.past}|${w.verbs.speech.third})\\s+)[Tt]he\\s+(\\p{Ll}+|\\p{Lu}\\p{Ll}+)\\s+` +
          `(?:(?:${[...PERFECT_AUXILIARIES, ...VERB_ADVERBS].join("|")})\\s+){0,3}$`,
        "u",
      ),
  );

/** "want to thank X", not "want to obtain X": a verb after "want to" other than one of receiving. */
const wantsOtherThing = (words: Words) =>
  patternFor(
    words,
    "wants-other-thing",
    (w) => new RegExp(`^\\s+to\\s+(?!(?:${w.verbs.receive.any})\\b)\\p{L}`, "iu"),
  );

/** "we" outside any quotation, in a page written in its issuer's voice: the issuer ("We thank X"). */
function issuerAsWe(frame: Frame, before: string): string[] {
  if (!/\b[Ww]e\s+(?:(?:have|had|also|then|later|would|again)\s+){0,2}$/.test(before)) return [];
  const issuer = pressIssuer(frame);
  return issuer ? [issuer] : [];
}

/**
 * The issuer of its own document (a press release, an advisory or bulletin with its number, a
 * "TLP:" marking in the page head) speaking outside quotations, if any. A news page's first
 * sentence-opening body is a source, not the writer, and a sentence ending in a speech tag
 * ("We thank X, a minister told reporters") is the speaker's, quotation marks lost or not.
 */
function pressIssuer(frame: Frame): string | undefined {
  if (frame.speakerSlots.length > 0) return undefined;
  const { words } = frame.state.lexicon;
  const head = frame.state.text.slice(0, EXTRACTION_DEFAULTS.pageHeadChars);
  if (!ISSUED_DOCUMENT.test(head) || speechTagged(words).test(frame.sentence.text)) return undefined;
  return issuerSpeaking(frame);
}

/** A head marking an issuer's own document: "press release", "communiqué", "ADVISORY CERT-X-2026-117", "Bulletin No. 12", "TLP:CLEAR". */
const ISSUED_DOCUMENT = new RegExp(
  String.raw`\b(?:press|media|news)\s+(?:release|statement)|communiqu[eé]|\bTLP:|\b(?:${alternation(ISSUED_DOCUMENTS)})\s+(?:(?:no\.?|number|#)\s*[\p{L}\d-]*\d|[\p{L}\d]+(?:-[\p{L}\d]+)*-[\p{L}\d]*\d)`,
  "iu",
);

/** ", an Estonian minister told reporters." closing the sentence: who speaks it is named there, not the page. */
const speechTagged = (words: Words) =>
  patternFor(
    words,
    "speech-tagged",
    (w) =>
      new RegExp(
        String.raw`,\s+(?!(?:which|who|whose|that)\b)[^,;]{1,80}?\b(?:${w.verbs.speech.past}|${w.verbs.speech.third})\b[^,;]{0,40}$`,
        "iu",
      ),
  );

/**
 * An acronym as the subject right before the verb that the mention stage read no entity from
 * ("In San José, INEC thanked"): a body the text names, not the article's topic. A capitalised
 * common noun ("Officials thanked") is no name.
 */
const UNREAD_SUBJECT = new RegExp(
  String.raw`\b\p{Lu}{2,}[\p{Lu}\d&-]*\s+(?:(?:${[...PERFECT_AUXILIARIES, ...VERB_ADVERBS].join("|")})\s+){0,2}$`,
  "u",
);

/** "it", "they", "we", and a transcript speaker's or a quoted "I": the thanker is the one speaking. */
const PRONOUN_SUBJECT = /\b(it|they|we|I)\s+(?:\w+\s+)?(?:to\s+)?["“]?$/i;

/** ", which he said had worked the case for two years,": an aside inside a list of the thanked. */
const RELATIVE_ASIDE = /,\s+(?:which|who|whose)\b[^,]*,/gi;

/**
 * The actors named where a help phrase's object starts ("assistance from Spain and Portugal"), when
 * the first heads that phrase; a body named with its owner ("Germany's BSI") helps with its state.
 */
const PARTNERS_IN =
  /^\s*(?:our|its|their)\s+(?:\p{Ll}+\s+)?(?:partners|allies|counterparts|colleagues|friends)\s+(?:in|at|from)\s+(?:the\s+)?$/u;

function helpersNamedAt(frame: Frame, end: number): string[] | undefined {
  const helpers = withBodyNamed(
    frame,
    objectAfter(frame, end).filter((s) => isActor(frame, s)),
  );
  const first = helpers[0];
  if (!first) return undefined;
  // "the support of our partners in NATO and the EU": partners named by where they sit.
  const partners = PARTNERS_IN.test(frame.state.text.slice(end, first.start));
  if (!partners && !headsPhraseAt(frame, end, first)) return undefined;
  const owned = ownedBody(frame, first);
  const keys = (owned ? [owned, ...helpers] : helpers).map((s) => s.key);
  // "from CISA of the United States and from the NCSC of the Netherlands": each "and from" names one more.
  const clause = frame.state.text.slice(end, clauseEnd(frame, end));
  for (const more of clause.matchAll(/\b(?:and|as well as)\s+(?:also\s+)?from\s+/gi)) {
    const at = end + more.index + more[0].length;
    const next = objectAfter(frame, at).filter((s) => isActor(frame, s));
    if (next[0] && headsPhraseAt(frame, at, next[0]))
      for (const s of [ownedBody(frame, next[0]) ?? next[0], ...withBodyNamed(frame, next)])
        if (!keys.includes(s.key)) keys.push(s.key);
  }
  return keys;
}

/** The state a body (or a person's first office) belongs to. */
function stateOfBody(frame: Frame, key: string): string | undefined {
  const body = frame.state.persons.get(key)?.affiliations[0] ?? key;
  if (typeOf(frame, body) === "state") return body === key ? undefined : body;
  return frame.state.entities.get(body)?.country ?? frame.state.lexicon.entities.get(body)?.country;
}

/**
 * Help named as a noun in an adverbial phrase: "restored the system with help from the NSM", "with
 * the assistance of Israeli experts", "with Chile's help", "thanks to Peruvian support", "Thanks to
 * help from X, the ministry ...": the helper helps the clause's subject.
 */
export const withHelpRule: ClaimRule = {
  id: "with-help",
  type: "assisted",
  trigger: (w) =>
    new RegExp(
      `\\b(?:(?:with|thanks\\s+to)\\s+(?:the\\s+)?(?:[\\w'’.-]+\\s+){0,3}?(?:${w.nouns.help.any})\\b(?:\\s+(?:of|from)\\s+)?|(?:in|with)\\s+(?:close\\s+)?(?:${w.nouns.partnership.any})\\s+with\\s+)`,
      "gi",
    ),
  apply(frame, { at, end, word, before }) {
    if (/\b(?:no|without)\s+$/i.test(before)) return;
    // "it will table a policy next year, with support from X": help to come is no help delivered.
    if (FUTURE.test(before)) return;
    // "with help from X" names X after the noun; "with Chile's help", "with Peruvian support" before it;
    // "in cooperation with X" after "with".
    const partnered = /\swith\s+$/i.test(word);
    // "signed a deal in cooperation with X": working together is help only on a response to an attack.
    if (partnered && !responseWork(frame.state.lexicon.words).test(frame.sentence.text)) return;
    const named = /(?:of|from|with)\s+$/i.test(word)
      ? helpersNamedAt(frame, end)
      : helperInHelpNoun(frame, at, end);
    const helperKeys = named && named.length > 0 ? named : undefined;
    if (!helperKeys) return;
    // "NoName057(16) acts with support from Russian intelligence": backing a threat group is sponsorship, not help.
    const subject = actorsOf(frame, subjectBefore(frame, at)).filter(
      (k) => !helperKeys.includes(k) && typeOf(frame, k) !== "person",
    );
    if (subject.some((k) => typeOf(frame, k) === "group")) return;
    // "Thanks to help from Chile, Bolivia restored ...": an opening phrase helps the main clause's subject.
    const opening = subject.length === 0 && /^\W*$/.test(before);
    const main = opening
      ? actorsOf(frame, mainSubjectAfter(frame, end)).filter((k) => !helperKeys.includes(k))
      : [];
    const beneficiaries = subject.length ? subject : main.length ? main : attackedTopic(frame, helperKeys);
    // "The FBI, in cooperation with the ministry, traced ...": of two working together, the side hit is helped.
    const hit = victimSides(frame);
    const isHit = (k: string) => hit.has(sideOf(frame, k) ?? k);
    const reversed = partnered && helperKeys.every(isHit) && !beneficiaries.some(isHit);
    for (const h of helperKeys)
      for (const b of beneficiaries)
        if (reversed) emitHelp(frame, b, h);
        else emitHelp(frame, h, b, "assisted", helperKeys);
  },
};

/**
 * A verb of responding to an attack or of help, or the work itself ("restored", "the investigation").
 * Not bare "work": "Moscow, in cooperation with Minsk, has worked for years to weaken X" is no response.
 */
const responseWork = (words: Words) =>
  patternFor(
    words,
    "response-work",
    (w) =>
      new RegExp(`\\b(?:${w.verbs.respond.any}|${w.verbs.deliver.any}|${w.nouns.responseWork.any})\\b`, "i"),
  );

/**
 * A passive clause whose by-agent is a state, body or company and whose subject is an actor:
 * "the ministry was assisted by Spain's INCIBE", "Fiji was helped by Australia and New Zealand",
 * "X, who were brought in by the regulator": the agent helped the subject; `hired`: the subject
 * was hired by the agent, and helped it. `byAt` is where "by" starts. A threat group as the
 * subject is backed, not helped.
 */
function passiveHelp(frame: Frame, at: number, before: string, byAt: number, hired = false): void {
  const agents = helpersNamedAt(frame, byAt + 2);
  if (!agents || agents.some((k) => typeOf(frame, k) === "group")) return;
  const helperKeys = withNamedState(
    frame,
    withBodyNamed(
      frame,
      frame.slots.filter((s) => agents.includes(s.key)),
    ),
  );
  const subject = actorsOf(frame, actingSubject(frame, at, before)).filter(
    (k) => !helperKeys.includes(k) && typeOf(frame, k) !== "person",
  );
  if (subject.some((k) => typeOf(frame, k) === "group")) return;
  for (const h of helperKeys)
    for (const b of subject)
      if (hired) emitHelp(frame, b, h);
      else emitHelp(frame, h, b, "assisted", helperKeys);
}

/** A be-verb right before a participle makes it passive ("was assisted", "were brought in"). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+\s+)?$/i;

/**
 * Help goes between two parties: a state and its own body are one side ("Japan has offered to pay,
 * a Japanese embassy official said" offers Japan nothing).
 */
function emitHelp(
  frame: Frame,
  helper: string | undefined,
  beneficiary: string | undefined,
  type: "assisted" | "offered-help" = "assisted",
  helpers: readonly string[] = [],
): void {
  // A threat group deploys malware, not help.
  if (!helper || !beneficiary || typeOf(frame, helper) === "group") return;
  if (ownerState(frame, beneficiary) === helper || ownerState(frame, helper) === beneficiary) return;
  emit(frame, type, helper, throughOwnBody(frame, helper, beneficiary, helpers), { claimants: [] });
}

/**
 * "Austria's CERT has offered to help the Kenyan tax office", "the Irish NCSC shared logs with the
 * Fijian police": a state that helps through one of its bodies, named with it, helps the helped
 * body's state; the body helps the body. A state helping in its own name ("Norway lent the tax
 * office two engineers") keeps the body.
 */
function throughOwnBody(
  frame: Frame,
  helper: string,
  beneficiary: string,
  helpers: readonly string[],
): string {
  if (
    typeOf(frame, helper) !== "state" ||
    !helpers.some((k) => k !== helper && ownerState(frame, k) === helper)
  )
    return beneficiary;
  if (!["agency", "organization"].includes(typeOf(frame, beneficiary) ?? "")) return beneficiary;
  const owner = ownerState(frame, beneficiary);
  return owner && owner !== helper ? owner : beneficiary;
}
