/**
 * Offers named by a noun: "welcomed the offer by Chile to send analysts", "acknowledges the offer of
 * assistance from Peru's CSIRT", "thanks Canada for its offer to make its centre available to the
 * utility". The offer's maker is named after it (by, from, of) or owns it ("its", "X's"); the one
 * offered help is named in what is offered ("available to X", "at X's disposal", "share it with X"),
 * else it is the side that welcomes or thanks for the offer.
 */
import { type Words } from "../../lexicon";
import { matchesOf } from "../../text";
import { isActor, patternFor, typeOf, type Frame } from "../frame";
import type { ClaimRule } from "../rule";
import { helpOf } from "./patterns";
import {
  attackedTopic,
  emitHelp,
  helpedNamedAt,
  helpersNamedAt,
  onSide,
  ownersNamedWith,
  ownerState,
  sideOf,
} from "./sides";

export const offerNounRule: ClaimRule = {
  id: "offer-noun",
  type: "offered-help",
  trigger: (w) => new RegExp(`(?:\\b(?:its|their|the|an?)|['’]s?)\\s+(?:${w.nouns.offer.any})\\b`, "gi"),
  apply(frame, { at, end, before }) {
    const { text } = frame.state;
    const rest = text.slice(end, frame.sentence.end);
    const words = frame.state.lexicon.words;
    const maker = offerMakerAfter(words).exec(rest);
    const makers = maker ? (helpersNamedAt(frame, end + maker[0].length) ?? []) : [];
    // "an offer of help from Portugal, whose national centre sent analysts": the state made the offer, its body sent them.
    const owners = ownersNamedWith(
      frame,
      frame.slots.filter((s) => makers.includes(s.key)),
    );
    const named = owners.length > 0 ? owners : makers;
    // "thanks the United States for the offer of the FBI": the state thanked offers through its body.
    const thanked = ownerBefore(frame, at, before);
    const offerers = maker
      ? [
          ...named,
          ...thanked.filter((k) => named.some((n) => ownerState(frame, n) === k) && !named.includes(k)),
        ]
      : thanked;
    if (offerers.length === 0 || offerers.some((k) => typeOf(frame, k) === "group")) return;
    // "the offer of talks", "its offer to host a summit": only help, a team, or what help hands over is help offered;
    // a thanks for an offer to do the work of help ("thanks X for its offer to investigate the breach") thanks for help
    // offered, not one for an offer to host the next summit.
    const offered = rest.slice(0, OFFER_SPAN);
    const helpMeant =
      helpOf(frame).helpNoun.test(offered) ||
      helpOffered(words).test(offered) ||
      (/\bfor\s+$/i.test(before) && helpWorkAfter(words).test(offered));
    if (!helpMeant) return;
    const sides = offerers.map((k) => sideOf(frame, k) ?? k);
    const beneficiary =
      namedBeneficiary(frame, end, sides) ??
      receivingSubject(frame, before, sides) ??
      attackedTopic(frame, offerers)[0];
    // "thanks A for its offer of help": the thanks rule (run before) read it with its thanker.
    for (const h of offerers)
      if (!offeredInSentence(frame, h)) emitHelp(frame, h, beneficiary, "offered-help");
  },
};

/** Whether a rule already read an offer by `helper` in this sentence. */
function offeredInSentence(frame: Frame, helper: string): boolean {
  return frame.state.claims.some(
    (c) =>
      c.type === "offered-help" &&
      c.source === helper &&
      c.evidence.some((e) => e.start === frame.sentence.start),
  );
}

/** "for its offer to investigate the breach", "to contribute its analysts": an infinitive of help's work says help was offered. */
const helpWorkAfter = (words: Words) =>
  patternFor(
    words,
    "offer-help-work-after",
    (w) =>
      new RegExp(
        `^[^;]*?\\bto\\s+(?:${w.verbs.deliver.present}|${w.verbs.respond.present}|${w.verbs.contribute.present})\\b`,
        "i",
      ),
  );

/** How far after the noun what is offered is read: one phrase and its infinitive ("to place its experts at X's disposal"). */
const OFFER_SPAN = 160;

/** "the offer by X", "the offer made by X", "the offer of help from X", "the offer of the FBI": its maker follows. */
const offerMakerAfter = (words: Words) =>
  patternFor(
    words,
    "offer-maker-after",
    (w) =>
      new RegExp(
        `^\\s+(?:(?:made|extended)\\s+)?(?:by|from|of\\s+(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.help.any})\\s+(?:by|from)|of(?=\\s+(?:the\\s+)?\\p{Lu}))\\s+`,
        "iu",
      ),
  );

/** What marks help as offered besides a help noun: a team, what help hands over, a verb of giving help, a body put at someone's disposal. */
const helpOffered = (words: Words) =>
  patternFor(
    words,
    "help-offered",
    (w) =>
      new RegExp(
        `\\b(?:${w.nouns.team.any}|${w.nouns.deliverable.any}|available|disposal)\\b|\\bto\\s+(?:${w.verbs.deliver.present})\\b`,
        "i",
      ),
  );

/**
 * "thanks Canada for its offer", "Chile's offer": the maker owns the offer. "its"/"their" after "for"
 * is the one thanked right before; a possessive name is the one named.
 */
function ownerBefore(frame: Frame, at: number, before: string): string[] {
  const { text } = frame.state;
  const possessor = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.possessive &&
      s.end <= at + 2 &&
      s.end >= at - 1 &&
      /^['’]?s?\s*$/.test(text.slice(s.end, at)),
  );
  if (possessor) return isActor(frame, possessor) ? [possessor.key] : [];
  const reason = /\bfor\s+$/i.exec(before);
  if (!reason) return [];
  const forAt = frame.sentence.start + reason.index;
  const thanked = [...frame.slots]
    .reverse()
    .find(
      (s) =>
        s.kind === "actor" && s.end <= forAt && /^\s*(?:\([^)]{1,30}\)\s*)?$/.test(text.slice(s.end, forAt)),
    );
  return thanked && isActor(frame, thanked) && typeOf(frame, thanked.key) !== "person" ? [thanked.key] : [];
}

/** "available to X", "at the disposal of X", "share its findings with X", "to help X": who the offer names as helped. */
const beneficiaryMark = (words: Words) =>
  patternFor(
    words,
    "offer-beneficiary-mark",
    (w) =>
      new RegExp(`\\b(?:available\\s+to|disposal\\s+of|with|to\\s+(?:${w.verbs.deliver.present}))\\s+`, "gi"),
  );

/** "at Bahrain's disposal": the possessor whose disposal it is. */
const DISPOSAL_AFTER = /^['’]s?\s+disposal\b/i;

function namedBeneficiary(frame: Frame, end: number, sides: string[]): string | undefined {
  const { text } = frame.state;
  const spanEnd = Math.min(frame.sentence.end, end + OFFER_SPAN);
  const possessor = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.start >= end &&
      s.end <= spanEnd &&
      DISPOSAL_AFTER.test(text.slice(s.end)) &&
      isActor(frame, s) &&
      !onSide(frame, s.key, sides),
  );
  if (possessor) return possessor.key;
  for (const mark of matchesOf(beneficiaryMark(frame.state.lexicon.words), text.slice(end, spanEnd))) {
    const named = helpedNamedAt(frame, end + mark.index + mark[0].length, sides);
    if (named) return named;
  }
  return undefined;
}

/**
 * "Brasília's ministry accepted an offer of help", "The Council welcomes the offer": the subject
 * right before the verb taking up the offer is offered help ("Besides X, the ministry accepted":
 * an opening phrase's name is not). A thanks for an offer ("thanks A for this support, and B for
 * its offer") names its thanker elsewhere: the side hit is helped.
 */
function receivingSubject(frame: Frame, before: string, sides: string[]): string | undefined {
  if (/\bfor\s+$/i.test(before)) return undefined;
  const verb = TAKING_UP.exec(before);
  if (!verb) return undefined;
  const verbAt = frame.sentence.start + verb.index;
  const subject = frame.slots.find(
    (s) => s.kind === "actor" && s.end === verbAt && isActor(frame, s) && !onSide(frame, s.key, sides),
  );
  return subject && typeOf(frame, subject.key) !== "person" ? subject.key : undefined;
}

/** The verb taking up an offer right before its noun phrase, with what may stand between ("has also accepted "). */
const TAKING_UP = /\s+(?:(?:has|have|had|also|formally|publicly)\s+){0,2}\p{Ll}+(?:s|ed)?\s+$/u;
