/**
 * Help received and thanked for: "received indicators from CISA", "thanked Israel for its help",
 * "restored the system with help from X", "thanks to Peruvian support".
 */
import { topicState } from "../../document-state";
import { NAME_WORDS, PERFECT_AUXILIARIES, VERB_ADVERBS, thankVerb, type Words } from "../../lexicon";
import type { Slot } from "../../mentions";
import {
  actorsOf,
  clauseEnd,
  isActor,
  mainSubjectAfter,
  ownedBody,
  patternFor,
  subjectBefore,
  typeOf,
  type Frame,
} from "../frame";
import type { ClaimRule } from "../rule";
import { helpOf } from "./patterns";
import {
  attackedTopic,
  emitHelp,
  emitRequests,
  helpEach,
  helperInHelpNoun,
  helpersNamedAt,
  hitSide,
  ownerState,
} from "./sides";
import { VERB_COORDINATION, actingSubject, describedSubject, issuerAsWe, sharedSubject } from "./subjects";
import { matchesOf } from "../../text";

/** A future or planned clause: what it says has not happened. */
const FUTURE = /\b(?:will|would|shall|plans?\s+to|intends?\s+to|is\s+to|are\s+to|going\s+to)\s+[^;]*$/i;

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
    helpEach(frame, helperKeys, beneficiaries);
  },
};

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
    const helpNamed = helpOf(frame).helpNoun.test(rest) || helpWord.test(full);
    // "X sent a team, and Y thanked X" (help named before the thanks), "Y publicly thanked X" (none named):
    // thanks giving no reason of their own, an attack under discussion, are for help received, when
    // the one thanking is the side hit (checked once the beneficiary is known).
    // "thanked Paraguay at the regional summit", "During talks, X thanked Y": thanks said at a
    // gathering may be for anything.
    const unexplained =
      !helpNamed &&
      !!frame.currentIncident &&
      !/\b(?:for|with)\b/i.test(rest) &&
      !occasionNamed(state.lexicon.words).test(frame.sentence.text);
    if (!helpNamed && !unexplained) return;
    // "The office thanks A for X and likewise thanks B": the second verb's thanker is the first's.
    const verb = firstThanksJoined(frame, before) ?? { at, before };
    const direct = subjectBefore(frame, verb.at);
    // "confirmed the intrusion and thanked X": the subject of the verb "and" joins it to.
    const subject = direct.length > 0 ? direct : sharedSubject(frame, verb.before);
    // '"We thank ...," he said': the speaker thanks; "it was grateful" with no antecedent found:
    // the thanker is unknown, not the article's topic.
    const pronoun = subject.length === 0 ? PRONOUN_SUBJECT.exec(verb.before)?.[1]?.toLowerCase() : undefined;
    let thanker = actorsOf(frame, pronoun ? frame.speakerSlots : subject);
    const issued = pronoun === "we" && thanker.length === 0;
    if (issued) thanker = issuerAsWe(frame, verb.before);
    // "The Authority also thanked X": a definite description as the subject names the body it refers to.
    if (thanker.length === 0 && subject.length === 0 && !pronoun)
      thanker = describedSubject(frame, verb.at, verb.before);
    if (pronoun && pronoun !== "we" && thanker.length === 0) return;
    // The thanked stand before the reason ("for its help", "for sending", "who sent", "which helped");
    // a relative clause set off by commas ("X, which he said had worked the case for two years, and Y")
    // is skipped, so the list goes on after it.
    const tail = full.slice(end - at).replace(RELATIVE_ASIDE, (m) => " ".repeat(m.length));
    // "credited X with restoring": the reason may follow "with".
    const reason =
      (/^credit/i.test(word) ? /\b(?:for|with)\b/i : /\bfor\b/i).exec(tail) ??
      /\b(?:who|which|that)\b/i.exec(tail);
    // "thanked Bolivia and mocked the United States": unexplained thanks end at a second verb.
    const nextVerb = unexplained ? SECOND_VERB.exec(tail) : null;
    const limit = reason ? end + reason.index : nextVerb ? end + nextVerb.index : at + rest.length;
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
          // Unexplained thanks to a person ("thanked the minister") may be for anything.
          !(unexplained && typeOf(frame, s.key) === "person") &&
          !aside(s) &&
          !thanker.includes(s.key) &&
          // "and Poland's CERT Polska for sharing": the body is thanked, not its owner.
          !(s.possessive && ownedBody(frame, s)) &&
          !ownerInApposition(frame, s) &&
          // "thanks its partners and deploys specialists to X": a second verb's object was not thanked.
          !secondVerb.test(state.text.slice(end, s.start)),
      )
      .map((s) => s.key);
    // "for lending analysts of the ACSC": whoever the team came from helped too; a team a later
    // thanks verb names ("thanks A for its help, then thanks B for promising experts of C") is that verb's.
    const { teamBefore } = helpOf(frame);
    const nextThanks = thankVerb(state.lexicon.words).exec(state.text.slice(end, frame.sentence.end));
    const teamsEnd = nextThanks ? end + nextThanks.index : frame.sentence.end;
    for (const s of frame.slots)
      if (
        s.start >= limit &&
        s.start < teamsEnd &&
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
      (subject.length > 0 || UNREAD_SUBJECT.test(verb.before)
        ? undefined
        : (attackedTopic(frame, thanked)[0] ?? topicState(state, thanked)));
    // "Russia thanked Bolivia": thanks with no reason say help only from the side the attack hit.
    if (unexplained && !(beneficiary && hitSide(frame)(beneficiary))) return;
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
 * "The office thanks A for its aid and likewise thanks B": a thanks verb joined by "and" to an
 * earlier one in the sentence; the thanker is that first verb's subject (A is only thanked), so
 * the first verb is where the thanker is read. Undefined when the verb at hand is the first.
 */
function firstThanksJoined(frame: Frame, before: string): { at: number; before: string } | undefined {
  if (!VERB_COORDINATION.test(before)) return undefined;
  const first = thankVerb(frame.state.lexicon.words).exec(before);
  return first ? { at: frame.sentence.start + first.index, before: before.slice(0, first.index) } : undefined;
}

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
  for (const m of matchesOf(joiner, span)) {
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

/**
 * An acronym as the subject right before the verb that the mention stage read no entity from
 * ("In San José, INEC thanked"): a body the text names, not the article's topic. A capitalised
 * common noun ("Officials thanked") is no name.
 */
const UNREAD_SUBJECT = new RegExp(
  String.raw`\b\p{Lu}{2,}[\p{Lu}\d&-]*\s+(?:(?:${[...PERFECT_AUXILIARIES, ...VERB_ADVERBS].join("|")})\s+){0,2}$`,
  "u",
);

/** " and mocked", " but said": a second verb after the thanked, not another one thanked ("and the", "and its"). */
const SECOND_VERB = /\s(?:and|but)\s+(?!(?:the|its|their|his|her|our)\b)\p{Ll}/u;

/** "at the regional summit", "during talks in Asuncion", "on the sidelines of a forum": a gathering where the thanks were said. */
const occasionNamed = (words: Words) =>
  patternFor(
    words,
    "occasion-named",
    (w) =>
      new RegExp(
        // Not a press or news conference: there the side hit tells what happened, and whom it thanks.
        `\\b(?:at|during|on\\s+the\\s+sidelines\\s+of)\\s+(?:(?:the|a|an)\\s+)?(?:(?!(?:press|news)\\s)[\\p{L}-]+\\s+){0,3}?(?:${w.nouns.occasion.any})\\b`,
        "iu",
      ),
  );

/** "it", "they", "we", and a transcript speaker's or a quoted "I": the thanker is the one speaking. */
const PRONOUN_SUBJECT = /\b(it|they|we|I)\s+(?:\w+\s+)?(?:to\s+)?["“]?$/i;

/** ", which he said had worked the case for two years,": an aside inside a list of the thanked. */
const RELATIVE_ASIDE = /,\s+(?:which|who|whose)\b[^,]*,/gi;

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
    const isHit = hitSide(frame);
    const reversed = partnered && helperKeys.every(isHit) && !beneficiaries.some(isHit);
    helpEach(frame, helperKeys, beneficiaries, reversed);
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
