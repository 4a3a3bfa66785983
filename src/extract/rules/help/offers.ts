/**
 * Offers of help: "stands ready to assist", "offered support", "will send experts". A modal or
 * future form is an offer, never delivered help.
 */
import { type Words } from "../../lexicon";
import { actorsOf, clauseEnd, isActor, objectAfter, patternFor, withPossessor, type Frame } from "../frame";
import type { ClaimRule } from "../rule";
import { helpOf } from "./patterns";
import {
  TEAM_QUANTIFIER,
  attackedTopic,
  emitHelp,
  helpedNamedAt,
  isRequester,
  onSide,
  sideOf,
  withBodyNamed,
} from "./sides";
import { actingSubject, bodyReferredAt } from "./subjects";

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
    // "pledged the Commonwealth Secretariat's support": the body whose help is offered gives it, it is not helped;
    // "offered the services of CISA", "offered to send a team from its CERT": nor is a body of the helpers' own side.
    const sides = helpers.map((k) => sideOf(frame, k) ?? k);
    let beneficiaries = objectAfter(frame, end, helpers, true)
      .filter(
        (s) =>
          isActor(frame, s) &&
          !onSide(frame, s.key, sides) &&
          !ownHelpAfter(frame.state.lexicon.words).test(frame.state.text.slice(s.end)) &&
          !NOT_HELPED_BEFORE.test(frame.state.text.slice(at, s.start)),
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
    // "offered to share what it has on the gang with the RCMP": the one shared with is helped; one the
    // text does not resolve ("with its partners") leaves no place to the state the article is about.
    const shared = beneficiaries.length === 0 ? sharedWith(frame, at, end, helpers) : undefined;
    if (shared) beneficiaries = shared.named ? [shared.named] : [];
    else if (beneficiaries.length === 0 && helpMeant) {
      const open = heldOpenFor(frame, end, sides);
      beneficiaries = open ? [open] : attackedTopic(frame, helpers);
    }
    for (const helper of helpers)
      for (const b of beneficiaries) emitHelp(frame, helper, b, "offered-help", helpers);
  },
};

/**
 * "offered to share its findings with the Center", "will share its files with ZimCIRT": the one
 * named after "with" (a name heading the phrase, or a body the article named with that head noun);
 * undefined when the offer shares nothing with anyone.
 */
function sharedWith(
  frame: Frame,
  at: number,
  end: number,
  helpers: string[],
): { named: string | undefined } | undefined {
  const { text } = frame.state;
  const rest = text.slice(at, Math.min(frame.sentence.end, end + SHARED_SPAN));
  const share = sharedObject(frame.state.lexicon.words).exec(rest);
  if (!share) return undefined;
  const sides = helpers.map((k) => sideOf(frame, k) ?? k);
  return { named: helpedNamedAt(frame, at + share.index + share[0].length, sides) };
}

/**
 * "offered to send a team if the Romanian side needs it", "as soon as Moldova wants them", "if the
 * hospital wishes": an offer held open for someone names who it is for, a state, body or company
 * (or a body the article named with that head noun) not on the helpers' `sides`.
 */
function heldOpenFor(frame: Frame, end: number, sides: readonly string[]): string | undefined {
  const { text, lexicon } = frame.state;
  const condition = HELD_OPEN.exec(text.slice(end, frame.sentence.end));
  if (!condition) return undefined;
  const at = end + condition.index + condition[0].length;
  const named = frame.slots.find(
    (s) =>
      (s.kind === "actor" || s.kind === "modifier") &&
      s.start >= at &&
      /^\s*(?:the\s+)?$/i.test(text.slice(at, s.start)) &&
      isRequester(frame, s.key),
  );
  const key = named?.key ?? bodyReferredAt(frame, at);
  const takesUp = takeUpAfter(lexicon.words).test(text.slice(named?.end ?? at));
  return key && takesUp && !onSide(frame, key, sides) ? key : undefined;
}

/** "if", "as soon as", "whenever", "should": a condition an offer is held open under. */
const HELD_OPEN = /\b(?:if|as soon as|once|whenever|should)\s+/i;

/** After the one an offer is held open for: a few words, then a verb of taking it up ("side needs", "wants them"). */
const takeUpAfter = (words: Words) =>
  patternFor(
    words,
    "take-up-after",
    (w) => new RegExp(String.raw`^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,3}?(?:${w.verbs.takeUp.any})\b`, "iu"),
  );

/** How far after the offer its sharing verb and "with" are read. */
const SHARED_SPAN = 120;

/** The offer's sharing verb, what is shared, then "with" ("offered to share its findings on the crew with X"). */
const sharedObject = (words: Words) =>
  patternFor(
    words,
    "shared-object",
    (w) => new RegExp(`^\\S+(?:\\s+to)?\\s+(?:${w.verbs.shareWith.present})\\b[^;:()]*?\\bwith\\s+`, "i"),
  );

/**
 * Right before a name, what makes it no one helped: "to lend engineers from its Cyber Defence
 * Centre", "through their national CERT" (the offerer's own body, the means of its help, whose
 * state the text gives only by the pronoun), "per the consulate", "according to the embassy"
 * (the source of the news, not its object). Read from the offer's verb to the name.
 */
const NOT_HELPED_BEFORE =
  /(?:\b(?:from|through|via)\s+(?:its|their)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}|\b(?:per|according\s+to)\s+(?:the\s+)?)$/u;

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
