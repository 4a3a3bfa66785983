/**
 * Blame verbs: "X accused Y of the attack", "Y was blamed for it", "blamed the intrusion on Y",
 * with the accused found before or after the verb and the incidents a blame names coordinated.
 */
import {
  actorsOf,
  clauseEnd,
  clauseStart,
  headsPhraseAt,
  incidentNear,
  objectAfter,
  ownedBody,
  patternFor,
  subjectBefore,
  typeOf,
  type Frame,
} from "../frame";
import { OBJECT_PRONOUNS, type Words } from "../../lexicon";
import type { IncidentSlot } from "../../incidents";
import type { Slot } from "../../mentions";
import type { ClaimRule } from "../rule";
import { personList } from "./charges";
import {
  MONTH_OR_DAY,
  PASSIVE_AUXILIARY,
  accusationJudged,
  attribute,
  attributorsBefore,
  negatedBefore,
  quotedActors,
  speakersOfClause,
} from "./shared";

/** The gerunds that name an attack or taking part in one ("of hacking", "for carrying out", "of being behind"). */
const attackAct = (words: Words) =>
  patternFor(words, "attack-act", (w) => {
    const v = w.verbs;
    return new RegExp(
      `^(?:${[v.attack, v.impact, v.perpetrate, v.attempt, v.proxy, v.sponsor, v.wrongdoing].map((f) => f.gerund).join("|")})$`,
      "i",
    );
  });

/** A determiner or adjective before "charges", "sanctions": they are nouns there. */
const blameNounBefore = (words: Words) =>
  patternFor(
    words,
    "blame-noun-before",
    (w) =>
      new RegExp(
        `\\b(?:the|a|an|any|no|new|further|fresh|more|these|those|such|its|their|his|her|criminal|federal|formal|${w.verbs.proceed.any})\\s+$`,
        "i",
      ),
  );

/** "X accused Y of the attack", "Y was blamed for it", "blamed the intrusion on Y", "holds Y responsible for". */
export const blameRule: ClaimRule = {
  id: "blame",
  type: "attributed-to",
  trigger: (w) => new RegExp(`\\b(${w.verbs.blame.any}|holds?)\\b`, "gi"),
  apply(frame, { at, end: after, word, before }) {
    const { state } = frame;
    // "to bring criminal charges", "the sanctions": the noun, not the verb.
    if (blameNounBefore(state.lexicon.words).test(before) && /s$/i.test(word)) return;
    if (accusationJudged(frame, at)) return;
    const passive = /\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i.test(before);
    const rest = state.text.slice(after, clauseEnd(frame, after));
    const holds = /^holds?$/i.test(word);
    // "charged two officers with the intrusion": a charge names its act after "with".
    const charges = patternFor(
      state.lexicon.words,
      "charge-verb",
      (w) => new RegExp(`^(?:${w.verbs.charge.any})$`, "i"),
    ).test(word);
    const actAfter = charges ? /\b(of|for|over|on|with)\b/i : /\b(of|for|over|on)\b/i;
    if (!actAfter.test(rest)) {
      // "Officials blamed Russia at the time.": the accused alone, for the attack under discussion.
      if (!holds && !passive && !negatedBefore(frame, at)) blamedAlone(frame, at, after, rest);
      return;
    }
    // "holds X responsible for": only with "responsible".
    if (holds && !/\bresponsible\b/i.test(rest)) return;
    const accusers = passive ? [] : actorsOf(frame, attributorsBefore(frame, at));
    // The accused stand between the verb and what they are accused of ("accused Russia of the attack").
    const incidentAfter = frame.incidents.find((i) => i.start >= after);
    const responsible = holds ? after + rest.search(/\bresponsible\b/) : (incidentAfter?.start ?? Infinity);
    // "blamed the intrusions on a group it calls Hafnium": the one blamed follows "on";
    // "blamed X for the attack on Y" names the accused before "for": the "on" there is the target's.
    let blamedOn = /^blam/i.test(word)
      ? new RegExp(`^[^,;]*?\\bon\\s+(?!(?:${MONTH_OR_DAY})\\b)`, "i").exec(rest)
      : null;
    if (blamedOn && /\bfor\b/i.test(blamedOn[0])) blamedOn = null;
    // "accused the United States of fabricating claims": an act that is no attack is not this attack.
    const act = (charges ? /\b(?:of|for|with)\s+([a-z]+ing)\b/i : /\b(?:of|for)\s+([a-z]+ing)\b/i).exec(rest);
    if (act && !incidentAfter && !attackAct(state.lexicon.words).test(act[1]!)) return;
    // "The cyberattack on X was blamed on Y": a passive whose subject is the incident; the accused follow "on".
    const blamedIncident =
      passive && blamedOn
        ? frame.incidents.filter((i) => i.end <= at && i.start >= clauseStart(frame, at)).pop()
        : undefined;
    // "accusing them of wiping computers at X": a pronoun is the accused; X, after it, is not.
    const pronounObject = !passive && !blamedOn && OBJECT_PRONOUN.test(rest);
    const accused =
      passive && !blamedIncident
        ? passiveAccused(frame, at)
        : pronounObject
          ? []
          : accusedAfter(frame, blamedOn ? after + blamedOn[0].length : after)
              .filter((s) => blamedOn || s.end <= responsible)
              .map((s) => s.key);
    // 'blamed the attack on "Russian special services"': the quoted actor and the state its demonym names.
    if (blamedOn && accused.length === 0) accused.push(...quotedActors(frame, after + blamedOn[0].length));
    const blamed = blamedIncident
      ? [blamedIncident.key]
      : blamedOn
        ? blamedBefore(frame, after, after + blamedOn[0].length, accused)
        : coordinatedIncidents(frame, after);
    const speakers = accusers.length > 0 ? speakersOfClause(frame, after) : frame.speakers;
    for (const incident of blamed)
      attribute(frame, incident, accused, [...new Set([...accusers, ...speakers])], frame.hedged);
  },
};

/**
 * The subject of a passive blame: the clause's subject, else persons listed at the sentence's
 * opening with an apposition between them and the verb ("Captain A and Sergeant B, now living
 * abroad, are accused of ..."), also when the subject found is one of them.
 */
function passiveAccused(frame: Frame, at: number): string[] {
  const subject = subjectBefore(frame, at).map((s) => s.key);
  const listed = openingPersons(frame, at);
  // The clause's subject may be one person of the list ("A and B, both X, were accused of").
  return subject.length > 0 && !subject.every((k) => listed.includes(k))
    ? subject
    : listed.length
      ? listed
      : subject;
}

/** Persons listed at the sentence's opening, then an apposition and the passive's auxiliary before `at`. */
function openingPersons(frame: Frame, at: number): string[] {
  const first = frame.slots.find((s) => s.kind === "actor" && typeOf(frame, s.key) === "person");
  if (
    !first ||
    first.start >= at ||
    !/^\W*(?:(?:\p{Lu}[\p{L}.]*\s+){0,3})$/u.test(frame.state.text.slice(frame.sentence.start, first.start))
  )
    return [];
  const persons = personList(frame, first);
  const last = persons[persons.length - 1]!;
  if (last.end > at) return [];
  const gap = frame.state.text.slice(last.end, at);
  // An apposition, then the passive's auxiliary ("were", "have been", "were formally").
  return /^\s*(?:,[^,;]*)?,\s*(?:(?:have|has|had)\s+)?\w+\s+(?:\w+\s+)?$/i.test(gap) &&
    PASSIVE_AUXILIARY.test(gap)
    ? persons.map((s) => s.key)
    : [];
}

/** An object pronoun opening the text ("them of wiping ..."). */
const OBJECT_PRONOUN = new RegExp(`^\\s*(?:${OBJECT_PRONOUNS.join("|")})\\b`, "i");

/**
 * "blamed the attack on X": the incident is the object between the verb and "on". One whose
 * targets hold the one blamed read "the attack on X" as X attacked: the attack is then the one
 * under discussion.
 */
function blamedBefore(frame: Frame, after: number, on: number, accused: string[]): (string | undefined)[] {
  const object = frame.incidents.filter((i) => i.start >= after && i.start < on);
  const misread = (i: IncidentSlot) => i.targets.some((t) => accused.includes(t));
  if (object.length > 0 && !object.some(misread)) return object.map((i) => i.key);
  const current = frame.currentIncident;
  return [current && !object.some((i) => i.key === current) ? current : undefined];
}

/**
 * The accused after a blame verb: the object phrase's actors, and where its head is owned ("accused
 * Russia's military intelligence service", "charged two officers of North Korea's RGB") the body
 * owned as well.
 */
function accusedAfter(frame: Frame, at: number): Slot[] {
  const objects = objectAfter(frame, at);
  const owned = objects[0] && ownedBody(frame, objects[0]);
  return owned && !objects.includes(owned) ? [...objects, owned] : objects;
}

/** Incidents joined by "and" after a blamed-for: "for the 2021 port attack and the 2022 ministry breach". */
const COORDINATION =
  /^(?:\s+(?:on|of|against|at|in|into)\s+[^,;:.]{1,60}?)?\s*,?\s+(?:and|as well as)\s+(?:(?:for|of|over)\s+)?$/u;

/** The incident a blame names after `at`, and each incident coordinated with it. */
function coordinatedIncidents(frame: Frame, at: number): (string | undefined)[] {
  const first = incidentNear(frame, at);
  const after = frame.incidents.filter((i) => i.start >= at);
  const from = after.findIndex((i) => i.key === first);
  if (from < 0) return [first];
  const keys = [first];
  for (let k = from + 1; k < after.length; k++) {
    const previous = after[k - 1]!;
    const next = after[k]!;
    // "the 2015 and 2016 blackouts": one mention, one incident per year.
    const sameMention = next.start < previous.end;
    const between = frame.state.text.slice(previous.end, next.start).replace(/\s*\bthe$/i, " ");
    if (!sameMention && !COORDINATION.test(between)) break;
    if (!keys.includes(next.key)) keys.push(next.key);
  }
  return keys;
}

/** "Estonian officials blamed Russia at the time": nothing follows the accused but when. */
function blamedAlone(frame: Frame, at: number, after: number, rest: string): void {
  const accused = objectAfter(frame, after);
  const last = accused[accused.length - 1];
  if (!last || !headsPhraseAt(frame, after, accused[0]!)) return;
  const tail = frame.state.text.slice(last.end, after + rest.length);
  if (
    !/^\s*(?:(?:at the time|again|too|as well|publicly|directly|instead|(?:on|last|this|in|at once) [\w-]+)\s*)?["”]?\s*(?:[.,;!]|$)/i.test(
      tail,
    )
  )
    return;
  const accusers = actorsOf(frame, subjectBefore(frame, at));
  attribute(
    frame,
    frame.incidents[0]?.key ?? frame.currentIncident,
    accused.map((s) => s.key),
    [...new Set([...accusers, ...frame.speakers])],
    frame.hedged,
  );
}
