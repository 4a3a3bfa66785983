/**
 * Who names the group a sentence blames, when no verb of speech names who speaks it: "the service
 * put out a statement saying the attack was carried out by a group it calls X", "the actor the
 * Centre tracks as X". Only the body that tracks a group under its own name calls it so, and the
 * sentence reports that body's finding: it is the claim's claimant. A name written out as the
 * namer ("a group that Proofpoint tracks as X") is a vendor's label the writer borrows, often in a
 * sentence the article asserts itself; only a reference back ("it", "the Centre", "the NIS") is
 * read, the namer being the body the article is already reporting.
 */
import { accusedSide } from "./document-state";
import {
  alternation,
  GOVERNING_PREPOSITIONS,
  patternFor,
  SUBORDINATORS,
  VERB_LEAD_ADVERBS,
  type Words,
} from "./lexicon";
import type { Slot } from "./mentions/slots";
import type { Frame } from "./rules/frame";
import { matchesOf } from "./text";

/**
 * "group it calls", "cluster, which the agency tracks as": group 1 is what comes before the namer,
 * group 2 the namer ("it" or "the …").
 */
const namingPattern = (words: Words) =>
  patternFor(
    words,
    "group-namer.naming",
    ({ nouns, verbs }) =>
      new RegExp(
        String.raw`(\b(?:${nouns.group.any})\s*,?\s+(?:(?:that|which)\s+)?)(it|the\s+\p{L}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)\s+(?:(?:${alternation(VERB_LEAD_ADVERBS)})\s+)?(?:${verbs.naming.third}|${verbs.naming.past})\b`,
        "gu",
      ),
  );

/** The types of actor that track and name groups: not a person ("it"), a group or an incident. */
const NAMER_TYPES = new Set(["agency", "organization", "state"]);

function namesGroups(frame: Frame, slot: Slot): boolean {
  return slot.kind === "actor" && NAMER_TYPES.has(frame.state.entities.get(slot.key)?.type ?? "");
}

/**
 * A preposition other than "by" right before a slot, or before the owner opening its phrase ("the
 * utility of Chile", "an attack on Chile's grid"): the slot is what the sentence is about, not the
 * body whose finding it reports ("announced by Japan's police agency" is that body).
 */
const GOVERNED_NOT_AGENT = new RegExp(
  String.raw`\b(?:${GOVERNING_PREPOSITIONS.filter((w) => w !== "by").join("|")})\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s+)?$`,
  "iu",
);

/** A relative clause the body is the subject of: "lent engineers to Germany, which traced …". */
const RELATIVE_AFTER = /^\s*,\s*(?:which|who)\b/i;

/** An attack's noun right after a body ("the Harbour Fund intrusion"). */
const attackNounAfter = (words: Words) =>
  patternFor(
    words,
    "group-namer.attack-noun-after",
    (w) => new RegExp(String.raw`^\s+(?:${w.nouns.attack.any}|${w.nouns.incident.any})\b`, "i"),
  );

/** What opens a clause of its own: "it" names no body before it ("Russia denied it, but the agency links …"). */
const CLAUSE_OPENING = new RegExp(String.raw`;|\b(?:but|${alternation(SUBORDINATORS)})\b`, "gi");

/**
 * "it": the nearest body named before it in its own clause ("Finland sent experts to Estonia, which
 * traced the attack to a crew it calls X": Estonia) that is no owner, not on the side the article
 * has accused, and no preposition's object unless a relative clause it heads follows.
 */
function pronounNamer(frame: Frame, before: number): Slot | undefined {
  const { state, sentence, slots } = frame;
  const opening = matchesOf(CLAUSE_OPENING, state.text.slice(sentence.start, before)).at(-1);
  const from = sentence.start + (opening ? opening.index + opening[0].length : 0);
  const accused = accusedSide(state, state.lastAccusedOf.keys());
  return slots.findLast(
    (s) =>
      s.start >= from &&
      s.end <= before &&
      !s.possessive &&
      namesGroups(frame, s) &&
      !accused.has(s.key) &&
      // "traced the Harbour Fund intrusion to": a body naming an attack was hit by it.
      !attackNounAfter(state.lexicon.words).test(state.text.slice(s.end, before)) &&
      (RELATIVE_AFTER.test(state.text.slice(s.end, before)) ||
        !GOVERNED_NOT_AGENT.test(state.text.slice(sentence.start, s.start))),
  );
}

/** The key of the body that names the sentence's group under its own name, if the sentence says so. */
export function groupNamer(frame: Frame): string | undefined {
  const { state, sentence, slots } = frame;
  for (const m of matchesOf(namingPattern(state.lexicon.words), sentence.text)) {
    const namer = m[2]!;
    const start = sentence.start + m.index + m[1]!.length;
    const end = start + namer.length;
    // "the Centre", "the NIS": the body the reading found in that reference.
    const slot =
      namer === "it"
        ? pronounNamer(frame, start)
        : slots.find((s) => s.start >= start && s.end <= end && namesGroups(frame, s));
    if (slot) return slot.key;
  }
  return undefined;
}
