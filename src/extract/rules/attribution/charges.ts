/**
 * Charges against named people: defendants charged or indicted (one person or a listed few, with
 * their ranks), and those who took part in an attack. Penalties are in penalties.ts.
 */
import { actorsOf, clauseEnd, incidentNear, patternFor, subjectBefore, typeOf, type Frame } from "../frame";
import {
  alternation,
  COPULAS,
  COUNT_WORDS,
  PERFECT_AUXILIARIES,
  PLURAL_COPULAS,
  type Words,
} from "../../lexicon";
import type { Slot } from "../../mentions";
import type { ClaimRule } from "../rule";
import { attribute, negatedBefore, negation } from "./shared";

/** Military or police ranks before a name ("Colonel", "Senior Lieutenant", "Maj."), at most two. */
export const ranks = (w: Words) => String.raw`(?:(?:${w.nouns.rank.any})\.?\s+){0,2}`;
/** Nothing but ranks between a list's verb or joint and the next name. */
const onlyRanks = (w: Words) =>
  patternFor(w, "defendants-ranks", (w) => new RegExp(String.raw`^\s*${ranks(w)}$`, "iu"));
/**
 * What joins two listed persons: a comma (after an age, perhaps), "and", or a semicolon that
 * closes an apposition or an age ("A, 41; B, 38; and C"), then perhaps ranks.
 */
const listJoint = (w: Words) =>
  patternFor(
    w,
    "person-list-joint",
    (w) =>
      new RegExp(
        String.raw`^(?:\s*,\s*\d{1,2}\s*)?(?:\s*,(?:[^,;:.]*;|\s)|\s*;)?\s*(?:and\s+)?${ranks(w)}$`,
        "iu",
      ),
  );
/** What may follow a listed person: the next joint, an apposition or the sentence's end, not a verb. */
const LIST_ITEM_END = /^\s*(?:[,;.]|and\b|$)/i;
/**
 * Persons listed from `first` on: joined by commas, "and", or semicolons closing an apposition
 * ("A, who the complaint says ran the servers; Major B and C, named as couriers; and D"), each
 * perhaps after a rank. A person after a semicolon who does not end a list item (is followed by
 * a verb) opens the next clause: "...names A and B; C will hear the case".
 */
export function personList(frame: Frame, first: Slot): Slot[] {
  const list = [first];
  const joint = listJoint(frame.state.lexicon.words);
  for (const slot of frame.slots) {
    const last = list[list.length - 1]!;
    if (slot.start < last.end || slot.kind !== "actor") continue;
    const between = frame.state.text.slice(last.end, slot.start);
    if (typeOf(frame, slot.key) !== "person" || !joint.test(between)) break;
    if (between.includes(";") && !LIST_ITEM_END.test(frame.state.text.slice(slot.end, frame.sentence.end)))
      break;
    if (!list.some((s) => s.key === slot.key)) list.push(slot);
  }
  return list;
}

/**
 * "The charge sheet names A", "prosecutors named A and B as", "the defendants include A": the
 * verb of a charge, its listed persons after it.
 */
const defendantsTrigger = (w: Words) =>
  new RegExp(
    String.raw`\b(?:(?:${w.nouns.prosecution.any})(?:\s*,[^,;.]*,)?\s+(?:also\s+)?(?:${w.verbs.chargeList.third}|${w.verbs.chargeList.past})|(?:${w.nouns.defendant.any})\s+(?:${PLURAL_COPULAS.join("|")}|${w.verbs.comprise.present}|${w.verbs.comprise.past})|(?:${w.nouns.defendant.any})\s+(?:${w.verbs.chargeList.past})\s+(?:${PLURAL_COPULAS.join("|")})(?:\s+as)?)\s+(?:as\s+)?`,
    "gi",
  );

/**
 * "A prosecutor named X said ...": "named" right after a noun may be the participle "called". It is
 * the verb of a charge after a charge document ("the indictment named X"), before a list or "as"
 * ("prosecutors named X as ..."), or when the name ends the sentence; never after "a"/"an".
 */
function participleNaming(frame: Frame, at: number, word: string, persons: Slot[]): boolean {
  const w = frame.state.lexicon.words;
  const participle = patternFor(
    w,
    "defendants-participle",
    (w) =>
      new RegExp(
        String.raw`^(?!(?:${w.nouns.defendant.any})\b)[\s\S]*\b(?:${w.verbs.chargeList.past})\s+$`,
        "i",
      ),
  );
  if (!participle.test(word)) return false;
  if (/\b(?:a|an|one)\s+(?:[\w-]+\s+)?$/i.test(frame.state.text.slice(frame.sentence.start, at))) return true;
  const document = patternFor(
    w,
    "charge-document-lead",
    (w) => new RegExp(String.raw`^(?:${w.nouns.chargeDocument.any})\b`, "i"),
  );
  if (document.test(word) || persons.length > 1) return false;
  const last = persons[persons.length - 1]!;
  return !/^\s*(?:,\s*)?(?:as\b|\.?\s*$)/i.test(frame.state.text.slice(last.end, frame.sentence.end));
}

/**
 * The persons a charge lists from `first` on (the first actor after the trigger, which ends at
 * `end`): none unless that actor is a person with nothing but ranks between the trigger and it.
 */
function chargedList(frame: Frame, first: Slot | undefined, end: number): Slot[] {
  if (!first || typeOf(frame, first.key) !== "person") return [];
  const gap = frame.state.text.slice(Math.min(end, first.start), first.start);
  return onlyRanks(frame.state.lexicon.words).test(gap) ? personList(frame, first) : [];
}

/**
 * The charged persons are behind the attack the sentence names near `end`, or the one under
 * discussion; the sentence's speakers claim it.
 */
function charge(frame: Frame, end: number, persons: Slot[]): void {
  attribute(
    frame,
    incidentNear(frame, end),
    persons.map((s) => s.key),
    frame.speakers,
    frame.hedged,
  );
}

/**
 * "The indictment, unsealed on Monday, names A, B and C", "the other defendants are A and B":
 * the persons a charge names are behind the attack it names, or the one under discussion; the
 * sentence's speakers claim it.
 */
export const defendantsRule: ClaimRule = {
  id: "defendants",
  type: "attributed-to",
  trigger: defendantsTrigger,
  apply(frame, { at, end, word }) {
    if (negatedBefore(frame, at)) return;
    const persons = chargedList(
      frame,
      frame.slots.find((s) => s.kind === "actor" && s.start >= end),
      end,
    );
    if (persons.length === 0 || participleNaming(frame, at, word, persons)) return;
    charge(frame, end, persons);
  },
};

/**
 * "the suspects, A and B,", "the two agents - A and B -": a plural phrase of the charged (or of
 * officers or agents), a comma or dash, then the persons it lists. Group 1 holds the phrase's noun.
 */
const listedDefendantsTrigger = (w: Words) =>
  new RegExp(
    String.raw`\b(?:the|these|those|all)\s+(?:(?:${alternation(COUNT_WORDS)}|\d+)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(${w.nouns.defendant.any}|${w.nouns.perpetrator.any}|${w.nouns.operative.any})\s*(?:,|\s[-–—])\s*`,
    "giu",
  );

/** What closes a list in apposition: a comma or dash, an age perhaps before it. */
const APPOSITION_LIST_END = /^(?:\s*,\s*\d{1,2})?\s*(?:,|[-–—])/;

/**
 * "The suspects, A, 52, and B, 47, remain abroad", "prosecutors say the two agents, A and B, wrote
 * the ransom note": the persons listed in apposition to the charged are behind the attack the
 * sentence names, or the one under discussion. Officers or agents are the charged only where a
 * charge governs the list (a prosecution noun or a charge verb before it, in the same clause or the
 * speech that reports it); a negated predicate after the list ("were not involved") says nothing.
 */
export const listedDefendantsRule: ClaimRule = {
  id: "listed-defendants",
  type: "attributed-to",
  trigger: listedDefendantsTrigger,
  apply(frame, { at, end, word }) {
    if (negatedBefore(frame, at)) return;
    const { state } = frame;
    const words = state.lexicon.words;
    // "the three officers, Major A": the mention may take the phrase in as A's office.
    const persons = chargedList(
      frame,
      frame.slots.find((s) => s.kind === "actor" && s.start >= at && s.end > end),
      end,
    );
    if (persons.length === 0) return;
    const last = persons[persons.length - 1]!;
    // "Captain C, serve in ...": a last mention read with a clause after its comma closes the list there.
    const closed =
      APPOSITION_LIST_END.test(state.text.slice(last.end, frame.sentence.end)) ||
      state.text.slice(last.start, last.end).includes(",");
    if (!closed) return;
    const charged = patternFor(
      words,
      "charged-noun",
      (w) =>
        new RegExp(String.raw`(?:${w.nouns.defendant.any}|${w.nouns.perpetrator.any})\s*[,–—-]?\s*$`, "i"),
    );
    const chargeSource = patternFor(
      words,
      "charge-source",
      (w) => new RegExp(String.raw`\b(?:${w.nouns.prosecution.any}|${w.verbs.charge.any})\b`, "i"),
    );
    const predicate = state.text.slice(last.end, frame.sentence.end).split(";")[0]!;
    // "Prosecutors charged nobody; the two officers, A and B, led the response": no charge governs the
    // list; "prosecutors said the two officers, A and B, led the inquiry": officers are the charged only
    // when the predicate after the list is a deed or a service.
    const lead = state.text.slice(frame.sentence.start, at);
    const deed = patternFor(
      words,
      "listed-deed",
      (w) =>
        new RegExp(
          String.raw`^[^;]*?,\s+(?:(?:${alternation([...PERFECT_AUXILIARIES, ...COPULAS])})\s+)?(?:\p{Ll}+ly\s+)?(?:${w.verbs.attack.any}|${w.verbs.perpetrate.any}|${w.verbs.serveIn.any}|${w.verbs.workAt.any})\b`,
          "iu",
        ),
    );
    if (
      !charged.test(word.trimEnd()) &&
      (!chargeSource.test(lead.slice(lead.lastIndexOf(";") + 1)) ||
        !deed.test(state.text.slice(last.start, last.end) + predicate))
    )
      return;
    if (patternFor(words, "negation", negation).test(predicate)) return;
    charge(frame, end, persons);
  },
};

/**
 * "Badin, a GRU officer who prosecutors believe took part in the attack", "an SVR officer involved
 * in the intrusion", "the group participated in the campaign": the one who took part (the subject
 * of the clause, or the head of the phrase a relative clause or participle qualifies) is behind
 * the attack named as the object.
 */
export const participationRule: ClaimRule = {
  id: "participation",
  type: "attributed-to",
  trigger: (w) => new RegExp(`\\b(?:${w.verbs.participate.any}|involved\\s+in)\\s+`, "gi"),
  apply(frame, { at, end, before }) {
    if (negatedBefore(frame, at) || patternFor(frame.state.lexicon.words, "deny-word", denyWord).test(before))
      return;
    // "who could have taken part", "asked whether X took part": a question says nothing.
    if (/\b(?:who|whoever|whether|if)\s+(?:\w+\s+)?$/i.test(before)) return;
    const incident = frame.incidents.find((i) => i.start >= end && i.start < clauseEnd(frame, end));
    if (
      !incident ||
      !/^\s*(?:(?:the|this|that|these|those|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(
        frame.state.text.slice(end, incident.start),
      )
    )
      return;
    const actors = participants(frame, at);
    attribute(frame, incident.key, actors, [...believers(frame, at), ...frame.speakers], frame.hedged);
  },
};

/** ", a GRU officer": what stands between the apposition's comma and the body the office is in. */
const OFFICE_OPENING = /^,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

const denyWord = (words: Words) => new RegExp(`\\b(?:${words.verbs.deny.any})\\b`, "i");

/** "a GRU officer who German prosecutors believe took part": who says so inside the relative clause. */
function believers(frame: Frame, at: number): string[] {
  const re = patternFor(
    frame.state.lexicon.words,
    "relative-believer",
    (w) =>
      new RegExp(
        `\\b(?:who|whom|which|that)\\s+([^,;]{1,60}?)\\s+(?:${w.verbs.speech.present}|${w.verbs.speechThat.present}|suspect|suspects)\\s+$`,
        "i",
      ),
  );
  const m = re.exec(frame.state.text.slice(frame.sentence.start, at));
  if (!m) return [];
  const from = frame.sentence.start + m.index;
  return actorsOf(
    frame,
    frame.slots.filter((s) => s.kind === "actor" && s.start > from && s.end <= at),
  );
}

/**
 * Who takes part: the head an apposition or relative clause qualifies ("Badin, a GRU officer who
 * ... took part": Badin and the GRU), else the clause's subject.
 */
function participants(frame: Frame, at: number): string[] {
  const before = frame.state.text.slice(frame.sentence.start, at);
  const apposition = /,\s+(?:an?|the)\s+[^,;]*$/.exec(before);
  if (apposition) {
    const from = frame.sentence.start + apposition.index;
    // The person stage may have made the apposition part of the name's slot ("Petrov, a GRU officer").
    const head = [...frame.slots].reverse().find((s) => s.kind === "actor" && s.start < from);
    const office = frame.slots.filter(
      (s) =>
        s.kind === "actor" &&
        s.end <= at &&
        OFFICE_OPENING.test(frame.state.text.slice(from, Math.max(from, s.start))),
    );
    if (head && /^\s*$/.test(frame.state.text.slice(Math.min(head.end, from), from)))
      return [head, ...office.filter((s) => s !== head)].map((s) => s.key);
  }
  return subjectBefore(frame, at).map((s) => s.key);
}
