/**
 * Penalties on those a state holds behind an attack: sanctions or charges "on"/"against" them, a
 * designation, a place on a sanctions list. Those penalised are a body's officers ("two officers
 * of Russia's GRU": the GRU, and the officers if the text names them), persons a count introduces
 * ("two Russian nationals, A and B"), or the phrase's head; the penalty's reason ("over", "for
 * their roles in") names the attack.
 */
import { WEEKDAYS } from "../../dates";
import { alternation, COUNT_WORDS, type Words } from "../../lexicon";
import type { Slot } from "../../mentions";
import {
  actorsOf,
  clauseEnd,
  headsPhraseAt,
  objectAfter,
  ownedBody,
  patternFor,
  subjectBefore,
  typeOf,
  type Frame,
} from "../frame";
import type { ClaimRule } from "../rule";
import { personList, ranks } from "./charges";
import { attribute, negatedBefore } from "./shared";

/** Who a penalty falls on, and whether the text names them (persons, or a body's officers) rather than a bare head. */
interface Penalised {
  slots: Slot[];
  named: boolean;
}

/**
 * "The EU imposed sanctions on two officers of Russia's GRU over the 2024 attack", "charges
 * against the head of X for the intrusion", "unsealed charges on Friday against two Russian
 * nationals, A and B, for their part in the attack": a penalty noun whose "on"/"against" phrase
 * names those it falls on and whose reason names the attack. The one who imposes it (the subject
 * of the verb governing the noun) claims it, with the sentence's speakers.
 */
export const penaltyRule: ClaimRule = {
  id: "penalty",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      String.raw`\b(?:${w.nouns.penalty.any})(?:\s+(?:on\s+(?:${WEEKDAYS.join("|")})|in\s+absentia))?\s+(?:on|against)\s+`,
      "gi",
    ),
  apply(frame, { at, end, before }) {
    if (negatedBefore(frame, at)) return;
    // The subject of the verb governing the penalty ("announced", a speech verb, would open a clause).
    const verb = IMPOSING_VERB.exec(before);
    penalise(frame, penalisedAt(frame, end).slots, verb ? frame.sentence.start + verb.index : at);
  },
};

/**
 * "The Treasury designated two officers of Iran's IRGC, A and B, for their roles in the attack",
 * "the Council added two Russian nationals, A and B, to its sanctions list over the intrusion": a
 * verb that penalises its object by itself, or "add" with a sanctions list after the object. Only
 * an object the text names as persons or officers is penalised ("designated the CERT as the lead
 * agency for the response" names no culprit); the verb's subject claims it.
 */
export const designationRule: ClaimRule = {
  id: "designation",
  type: "attributed-to",
  trigger: (w) => new RegExp(String.raw`\b(?:${w.verbs.designate.any}|${w.verbs.enlist.any})\s+`, "gi"),
  apply(frame, { at, end, word }) {
    const words = frame.state.lexicon.words;
    const enlisted = patternFor(
      words,
      "enlist-verb",
      (w) => new RegExp(String.raw`^(?:${w.verbs.enlist.any})\s+$`, "i"),
    ).test(word);
    // "added" is mostly a speech verb: a sentence with no sanctions list is not read further.
    const listed = sanctionsList(words);
    if (enlisted && !listed.test(frame.state.text.slice(end, frame.sentence.end))) return;
    if (negatedBefore(frame, at)) return;
    const { slots, named } = penalisedAt(frame, end);
    const last = slots[slots.length - 1];
    if (!named || !last) return;
    const rest = frame.state.text.slice(last.end, clauseEnd(frame, last.end));
    const listNext = patternFor(
      words,
      "sanctions-list-next",
      (w) => new RegExp(String.raw`^\s*,?\s*${sanctionsList(w).source}`, "iu"),
    );
    if (enlisted && !listNext.test(rest)) return;
    penalise(frame, slots, at);
  },
};

/** "to its national sanctions list", "to the EU's cyber sanctions regime": where "add" puts those it penalises. */
const sanctionsList = (words: Words) =>
  patternFor(
    words,
    "sanctions-list",
    (w) =>
      new RegExp(
        String.raw`\bto\s+(?:(?:its|the|their|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:${w.nouns.penalty.any})\s+(?:${w.nouns.penaltyRegister.any})\b`,
        "iu",
      ),
  );

/**
 * The attack a penalty's reason names after the last of those penalised, put on them; the
 * subject of the clause at `subjectAt` and the sentence's speakers claim it.
 */
function penalise(frame: Frame, penalised: Slot[], subjectAt: number): void {
  const last = penalised[penalised.length - 1];
  if (!last) return;
  const reason = penaltyReason(frame.state.lexicon.words);
  const incident = frame.incidents.find(
    (i) => i.start >= last.end && reason.test(frame.state.text.slice(last.end, i.start)),
  );
  const imposers = actorsOf(frame, subjectBefore(frame, subjectAt));
  attribute(
    frame,
    incident?.key,
    penalised.map((s) => s.key),
    [...new Set([...imposers, ...frame.speakers])],
    frame.hedged,
  );
}

/** The verb a penalty noun is the object of, with its determiners ("imposed new", "announced the"). */
const IMPOSING_VERB = /\b[\w-]+\s+(?:(?:the|its|their|new|fresh|further|more|targeted|financial)\s+)*$/i;

/**
 * What links those penalised to the attack the penalty answers: "over", "for", "in connection
 * with", "in response to", "for their roles in", "for his part in", or a deed of theirs whose object
 * it is ("officers who directed the intrusion", "whom it accuses of organising the attack"). Never a
 * bare "the response to the attack": a task given them ("designated two officials to lead the response
 * to the attack", "as coordinators of the response to it"), not the blame.
 */
const penaltyReason = (words: Words) =>
  patternFor(
    words,
    "penalty-reason",
    (w) =>
      new RegExp(
        String.raw`^[^.;]*?\b(?:over|for|in connection with|in\s+response to|behind|responsible for|involvement in|roles? in|part in|${w.verbs.perpetrate.past}|${w.verbs.perpetrate.gerund})\s+["“]?(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,3}$`,
        "i",
      ),
  );

/**
 * Those a penalty or charge falls on, from the phrase at `at`: "two Russian nationals, A and B" →
 * A and B; "two officers of Russia's GRU" → the GRU (the body whose personnel it names, with the
 * state that owns it), and the officers if named after a comma ("..., Colonel A and B"); "the GRU
 * and the FSB" → both. Nothing when the phrase's head is no actor ("sanctions on exports to Russia").
 */
function penalisedAt(frame: Frame, at: number): Penalised {
  const counted = countedPersons(frame, at);
  if (counted.length > 0) return { slots: counted, named: true };
  const objects = objectAfter(frame, at);
  const first = objects[0];
  if (!first) return { slots: [], named: false };
  const text = frame.state.text;
  if (personnelOf(frame.state.lexicon.words).test(text.slice(at, first.start))) {
    const owned = ownedBody(frame, first);
    const bodies = owned ? [owned, ...objects.filter((s) => s !== first)] : objects;
    return { slots: [...bodies, ...appositionPersons(frame, bodies[bodies.length - 1]!)], named: true };
  }
  if (!headsPhraseAt(frame, at, first)) return { slots: [], named: false };
  const owned = ownedBody(frame, first);
  return {
    slots: owned ? [owned, ...objects.filter((s) => s !== first)] : objects,
    named: objects.every((s) => typeOf(frame, s.key) === "person"),
  };
}

/** "two officers of ", "the head of the ": a body's personnel, the body named next. */
const personnelOf = (words: Words) =>
  patternFor(
    words,
    "penalised-personnel-of",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:(?:the|a|an|\d+|several|${alternation(COUNT_WORDS)})\s+)?(?:[\w-]+\s+){0,2}?(?:${w.nouns.personnel.any})\s+(?:of|in|from)\s+(?:the\s+)?$`,
        "i",
      ),
  );

/**
 * "two Russian nationals, A and B", "three officers, Colonel A, B and C": a count and a noun of
 * persons, then the persons it introduces after a comma. The first person's mention may hold the
 * noun phrase ("officers of the GRU, Colonel A"): the count alone stands before it.
 */
function countedPersons(frame: Frame, at: number): Slot[] {
  const end = clauseEnd(frame, at);
  const first = frame.slots.find(
    (s) => s.kind === "actor" && s.start >= at && s.start < end && typeOf(frame, s.key) === "person",
  );
  if (!first) return [];
  const counted = patternFor(
    frame.state.lexicon.words,
    "counted-persons-apposition",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:the\s+)?(?:\d+|${alternation(COUNT_WORDS)})\s+(?:(?:[\p{L}'’-]+\s+){0,2}?(?:${w.nouns.countedPerson.any}|${w.nouns.personnel.any})\s*,\s*${ranks(w)})?$`,
        "iu",
      ),
  );
  return counted.test(frame.state.text.slice(at, first.start)) ? personList(frame, first) : [];
}

/** The persons named in apposition after a body's personnel: "officers of X, Colonel A and B". */
function appositionPersons(frame: Frame, body: Slot): Slot[] {
  const next = frame.slots.find((s) => s.kind === "actor" && s.start >= body.end);
  if (!next || typeOf(frame, next.key) !== "person") return [];
  const comma = patternFor(
    frame.state.lexicon.words,
    "apposition-ranks",
    (w) => new RegExp(String.raw`^\s*,\s*${ranks(w)}$`, "iu"),
  );
  return comma.test(frame.state.text.slice(body.end, next.start)) ? personList(frame, next) : [];
}
