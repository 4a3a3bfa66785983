/**
 * Requests for help: "asked Britain for help", "sought assistance from CERT-In", a request
 * answered ("responds to the request of") and one owned ("at the government's request").
 */
import {
  GOVERNED,
  NEGATED_VERB_ADVERBS,
  PERFECT_AUXILIARIES,
  VERB_ADVERBS,
  VERB_NEGATORS,
  alternation,
  type Words,
} from "../../lexicon";
import {
  actorsOf,
  clauseEnd,
  clauseStart,
  isActor,
  mainSubjectAfter,
  objectAfter,
  ownedBody,
  patternFor,
  subjectBefore,
  typeOf,
  type Frame,
} from "../frame";
import type { ClaimRule } from "../rule";
import { helpOf, patternsOf } from "./patterns";
import {
  PASSIVE_BEFORE,
  TEAM_QUANTIFIER,
  accusedSides,
  attackedTopic,
  bodyAfterState,
  emitRequests,
  helperInHelpNoun,
  helpersNamedAt,
  isRequester,
} from "./sides";
import { actingSubject, describedSubject, issuerAsWe } from "./subjects";

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
    // "asked Ruritania's CERT for help": the body the possessive owns is asked, not its owner; so is
    // the body a state names as its own ("asked the US CISA for help").
    const direct = objectAfter(frame, after, roleOnly ? [] : requesters, true)
      .map((s) => ownedBody(frame, s) ?? bodyAfterState(frame, s) ?? s)
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

/** "want to thank X", not "want to obtain X": a verb after "want to" other than one of receiving. */
const wantsOtherThing = (words: Words) =>
  patternFor(
    words,
    "wants-other-thing",
    (w) => new RegExp(`^\\s+to\\s+(?!(?:${w.verbs.receive.any})\\b)\\p{L}`, "iu"),
  );
