/**
 * The patterns every help rule shares, compiled once per lexicon.
 */
import { patternFor, type Words } from "../../lexicon";
import { type Frame } from "../frame";

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
/** "help", "assist": a help noun or the verb's stem. */
const helpNoun = (words: Words) => new RegExp(`\\b(${words.nouns.help.any}|assist)\\b`, "i");

/** "the request of", "a request from": the one asked follows. */
const requestNoun = (words: Words) =>
  new RegExp(`\\b(?:the |a )?(?:${words.nouns.request.any}) (?:of|from) `, "gi");

/** A modal or an infinitive before the verb: help promised, not given. */
const modalBefore = (words: Words) =>
  new RegExp(
    `\\b(will|would|could|can|may|might|shall|to|ready to|going to|plans? to|(?:${words.verbs.offer.past}) to)\\s+(?:\\w+\\s+)?$`,
    "i",
  );

/** What a delivery verb's object is when it gives help: a deliverable, help, a team, or "experts to provide ...". */
const deliveryObject = (words: Words) =>
  new RegExp(
    `^\\s*["“]?(?:[\\w-]+\\s+){0,5}?(${words.nouns.deliverable.any}|${words.nouns.help.any}|${words.nouns.team.any}|\\w+ to (?:provide|carry out|${words.verbs.deliver.present}))\\b`,
    "i",
  );

/** A team arrived ("has arrived in", "landed on Tuesday") or on site. */
const teamArrived = (words: Words) =>
  new RegExp(
    `^\\s*(?:(?:has|have|had)\\s+)?(?:(?:been|were|was)\\s+)?(?:(?:${words.verbs.arrive.past})(?:\\s+(?:in|to)\\s+|${NO_DESTINATION})|${ON_SITE})`,
    "i",
  );

/** The help patterns of a lexicon, each compiled once and kept on the lexicon (`patternFor`). */
export function patternsOf(words: Words): HelpPatterns {
  return {
    helpNoun: patternFor(words, "help.help-noun", helpNoun),
    requestNoun: patternFor(words, "help.request-noun", requestNoun),
    modalBefore: patternFor(words, "help.modal-before", modalBefore),
    deliveryObject: patternFor(words, "help.delivery-object", deliveryObject),
    teamArrived: patternFor(words, "help.team-arrived", teamArrived),
    helpTo: patternFor(
      words,
      "help.help-to",
      (w) => new RegExp(`\\bto\\s+(?:${w.verbs.deliver.present})\\s+`, "i"),
    ),
    teamAfter: patternFor(
      words,
      "help.team-after",
      (w) => new RegExp(`^\\s+(?:${w.nouns.team.any})\\b`, "i"),
    ),
    teamBefore: patternFor(
      words,
      "help.team-before",
      (w) => new RegExp(`\\b(?:${w.nouns.team.any})\\s+(?:of|from)\\s+(?:the\\s+)?$`, "i"),
    ),
  };
}

export const helpOf = (frame: Frame) => patternsOf(frame.state.lexicon.words);

/**
 * A team present where the attack hit, after a be-verb: "were on site", "has been on the ground
 * since Friday", "had been at the hospitals" (the place after "at" is the one helped, if named).
 */
export const ON_SITE = String.raw`(?:(?<=\b(?:been|were|was|are|is)\s+)|(?:are|is)\s+)(?:already\s+|now\s+|still\s+)?(?:on[\s-]+site|on\s+the\s+ground|at\s+(?=the\s))`;

/** After an arrival verb, no place and no purpose: the team came where the attack was ("landed on Tuesday"). */
export const NO_DESTINATION = String.raw`(?!\s+(?:in|to|into|at|for)\b)`;
