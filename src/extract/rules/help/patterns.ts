/**
 * The patterns every help rule shares, compiled once per lexicon.
 */
import { type Words } from "../../lexicon";
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
const helpPatterns = new WeakMap<Words, HelpPatterns>();

export function patternsOf(words: Words): HelpPatterns {
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

export const helpOf = (frame: Frame) => patternsOf(frame.state.lexicon.words);

/**
 * A team present where the attack hit, after a be-verb: "were on site", "has been on the ground
 * since Friday", "had been at the hospitals" (the place after "at" is the one helped, if named).
 */
export const ON_SITE = String.raw`(?:(?<=\b(?:been|were|was|are|is)\s+)|(?:are|is)\s+)(?:already\s+|now\s+|still\s+)?(?:on[\s-]+site|on\s+the\s+ground|at\s+(?=the\s))`;

/** After an arrival verb, no place and no purpose: the team came where the attack was ("landed on Tuesday"). */
export const NO_DESTINATION = String.raw`(?!\s+(?:in|to|into|at|for)\b)`;
