/**
 * Attribution by traces: the attackers of a body, tools and infrastructure "used by" or
 * "matching" an actor's, and an attack said to be the work of the same group as another.
 */
import {
  clauseEnd,
  clauseStart,
  headsPhraseAt,
  incidentNear,
  lastGroupBefore,
  objectAfter,
  ownedBody,
  patternFor,
  namingGap,
  type Frame,
} from "../frame";
import {
  GOVERNED,
  alternation,
  COPULAS,
  COUNT_WORDS,
  COUNTED_ATTACK_MODIFIERS,
  DISOWNING_ADVERBS,
  DEFINITE_DETERMINERS,
  DO_AUXILIARIES,
  FINITE_BE,
  HEAD_COMPLEMENT_PREPOSITIONS,
  MODALS,
  VERB_NEGATORS,
  PERFECT_AUXILIARIES,
  TRACE_VERB_ADVERBS,
  type Words,
} from "../../lexicon";
import { sameDoer } from "../../group-references";
import { VERB_LEAD } from "../../speakers";
import type { ClaimRule } from "../rule";
import { attribute, negatedBefore } from "./shared";
import { reportersOf } from "../reporters";
import { ownVoiceOf } from "../../claimant-bodies";

/**
 * "hackers working for Iran had accessed", "hackers linked to Mustang Panda", "attackers suspected
 * of acting on behalf of X": whom the attackers serve is behind the attack.
 */
export const attackersOfRule: ClaimRule = {
  id: "attackers-of",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.nouns.attacker.any})\\s+(?:(?:suspected|believed|thought|said)\\s+(?:of|to\\s+be)\\s+)?(?:(?:linked|tied|connected|loyal|affiliated|close)\\s+(?:to|with)|(?:${w.verbs.proxy.gerund})\\s+(?:for|on\\s+behalf\\s+of)|(?:${w.verbs.sponsor.participle})\\s+by|from)\\s+`,
      "gi",
    ),
  apply(frame, { at, end }) {
    if (negatedBefore(frame, at)) return;
    const actors = objectAfter(frame, end);
    const first = actors[0];
    if (!first || !headsPhraseAt(frame, end, first)) return;
    // "hackers working for Estonia's tax office broke into its payroll system": attackers going into
    // the body's own systems work for it as testers; it is behind no attack.
    const clause = frame.state.text.slice(first.end, clauseEnd(frame, first.end));
    if (patternFor(frame.state.lexicon.words, "own-systems-deed", ownSystemsDeed).test(clause)) return;
    const owned = ownedBody(frame, first);
    const keys = (owned ? [owned, ...actors] : actors).map((s) => s.key);
    const suspected =
      frame.hedged || /\b(?:suspected|believed|thought)\b/i.test(frame.state.text.slice(at, end));
    attribute(frame, incidentNear(frame, end), keys, frame.speakers, suspected);
  },
};

/** An attack verb whose object is "its" own ("broke into its payroll system"). */
const ownSystemsDeed = (w: Words) =>
  new RegExp(`\\b(?:${w.verbs.attack.past}|${w.verbs.attack.third})\\s+its\\b`, "i");

/**
 * "the tools found on the servers belong to a group they call X": what the attack left behind
 * leads to its owner, the attack under discussion to the actor heading the phrase after the verb.
 */
export const tracesRule: ClaimRule = {
  id: "traces",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.nouns.trace.any})\\b(?:\\s+[\\w'’-]+){0,6}?\\s+(?:${w.verbs.provenance.any}|${w.verbs.provenanceMatch.any}|${w.verbs.provenanceUse.any})\\s+`,
      "gi",
    ),
  apply(frame, { at, end, word }) {
    const words = frame.state.lexicon.words;
    // "the code did not match that of X": a negation between the noun and its verb clears X.
    if (negatedBefore(frame, at) || patternFor(words, "verb-negator", verbNegator).test(word)) return;
    // "the malware targeted computers used by X": another verb or head noun in between takes the
    // provenance said with "used by" or "matched those of" (only "belong to" waits behind a clause).
    if (!patternFor(words, "provenance-loose", provenanceLoose).test(word) && !traceHeaded(frame, at, word))
      return;
    const actors = objectAfter(frame, end);
    const first = actors[0];
    const gap = frame.state.text.slice(end, first?.start);
    // "belong to a group they call X": the name given heads the phrase too.
    if (!first || !(headsPhraseAt(frame, end, first) || namingGap(frame.state.lexicon.words).test(gap)))
      return;
    const incident = incidentNear(frame, at);
    // "the infrastructure used by the Estonian government was outdated": a tool the hit side uses
    // says nothing of who attacked it. Only "used by" can name a user; "belong to" and "matched
    // those of" speak of the attack's own traces.
    const usedBy = patternFor(words, "used-trace", usedTrace).test(word);
    const hitSide = usedBy ? hitSideOf(frame, incident) : new Set<string>();
    attribute(
      frame,
      incident,
      actors
        .map((s) => s.key)
        .filter((key) => !hitSide.has(key) && !hitSide.has(frame.state.entities.get(key)?.country ?? "")),
      frame.speakers,
      frame.hedged,
    );
  },
};

/** The incident's targets and the states they belong to. */
function hitSideOf(frame: Frame, incident: string | undefined): Set<string> {
  const targets = (incident && frame.state.entities.get(incident)?.targets) || [];
  return new Set(targets.flatMap((t) => [t, frame.state.entities.get(t)?.country ?? t]));
}

/** A negation or a refusal anywhere in a verb group ("did not", "didn't", "never", "refused to"). */
const verbNegator = () =>
  new RegExp(String.raw`(?:\b|(?=n['’]t))(?:${alternation(VERB_NEGATORS).replaceAll("'", "['’]")})\b`, "i");

/** A trace noun's trigger ending in "belong to", whose subject may carry a clause ("the tools found on the servers"). */
const provenanceLoose = (w: Words) => new RegExp(`(?:${w.verbs.provenance.any})\\s+$`, "i");

/** Adverbs between a trace noun and "used by" or "matched those of" ("the infrastructure once used by"). */
const traceAdverb = () => String.raw`\s+(?:${alternation(TRACE_VERB_ADVERBS)}|[\p{Ll}]+ly)`;
const traceDeterminer = () => alternation([...DEFINITE_DETERMINERS, "a", "an", "their"]);
const traceAuxiliary = () => alternation([...COPULAS, ...PERFECT_AUXILIARIES, ...DO_AUXILIARIES, ...MODALS]);

/**
 * The trace noun's own head phrase: a compound ("malware samples", "code base") and a coordinated
 * noun ("tools and techniques"); a verb there would take another head.
 */
const traceHead = (w: Words) =>
  String.raw`\b(?:${w.nouns.trace.any})(?:\s+(?!(?:${traceAuxiliary()}|that|which|and|or)\b)[\w'’-]+)?(?:\s+(?:and|or)\s+(?:(?:${traceDeterminer()})\s+)?[\w'’-]+)?`;

/**
 * "the tools and servers used in the intrusion matched those of X": the finite verb's subject is the
 * trace noun the trigger opens with, only its own modifiers (a participle's or a preposition's
 * phrase, a coordinated noun, adverbs) between.
 */
const matchedTrace = (w: Words) => {
  const nominal = String.raw`(?:(?:${traceDeterminer()})\s+)?[\w'’-]+(?:\s+[\w'’-]+)?`;
  const modifier = String.raw`\s+(?:(?:(?!(?:${traceAuxiliary()})\b)[\w'’-]+\s+)?(?:${alternation(HEAD_COMPLEMENT_PREPOSITIONS)})|and|or)\s+${nominal}`;
  return new RegExp(
    String.raw`^${traceHead(w)}(?:${modifier}|${traceAdverb()})*(?:\s+(?:that|which))?\s+(?:${w.verbs.provenanceMatch.any})\s+$`,
    "iu",
  );
};

/** "the malware samples that were previously used by": the trace phrase right before the participle, a passive's auxiliary between. */
const usedTrace = (w: Words) =>
  new RegExp(
    String.raw`${traceHead(w)}(?:(?:\s+(?:that|which))?\s+(?:${alternation(FINITE_BE)}|(?:${alternation(PERFECT_AUXILIARIES)})\s+been))?(?:${traceAdverb()})*\s+(?:${w.verbs.provenanceUse.any})\s+$`,
    "iu",
  );

/**
 * What stands before the trace noun "used by" qualifies: it is the attack's own when it opens its
 * clause ("analysts said the tools used by X") or is likened to the attack's traces ("the code
 * resembled tools used by X", "planted the same backdoor used by X"); not when another verb takes it
 * ("copied a tool", "stole tools").
 */
const usedTraceRole = (w: Words) => {
  const modifiers = String.raw`(?:(?:${traceDeterminer()})\s+)?(?:[\w'’-]+\s+){0,2}`;
  // A past form among the modifiers is a verb taking the trace noun as its object.
  const ownModifiers = String.raw`(?:(?:${traceDeterminer()})\s+)?(?:(?![\w'’-]+ed\s)[\w'’-]+\s+){0,2}`;
  return new RegExp(
    String.raw`(?:(?:^|[,;:"“(]|\b(?:that|said|says))\s*${ownModifiers}|\b(?:${w.verbs.traceLikeness.any}|the\s+same)\s+${modifiers})$`,
    "iu",
  );
};

/**
 * The trace noun heads the phrase before "used by" or "matched those of": no other verb or head noun
 * between ("the malware targeted computers used by X" is not X's).
 */
function traceHeaded(frame: Frame, at: number, word: string): boolean {
  const words = frame.state.lexicon.words;
  if (patternFor(words, "matched-trace", matchedTrace).test(word)) return true;
  const used = patternFor(words, "used-trace", usedTrace).exec(word);
  if (!used) return false;
  const before = frame.state.text.slice(frame.sentence.start, at + used.index);
  return (
    patternFor(words, "used-trace-role", usedTraceRole).test(before) &&
    !patternFor(words, "stolen-likened", stolenLikened).test(before)
  );
}

/** "the stolen files included tools used by X": what was taken, not what the attack left, holds X's tools. */
const stolenLikened = (w: Words) =>
  new RegExp(String.raw`\b(?:${w.verbs.steal.any})\b[^,;]*\b(?:${w.verbs.traceLikeness.any})\b`, "iu");

/**
 * "The same group stole data from the finance ministry in 2023", "that same crew is blamed for a
 * 2021 intrusion at Y": a definite "same" group or attacker phrase, the doer of its clause, refers
 * back to the group the text named last; the incidents its clause names are that group's.
 */
export const sameGroupRule: ClaimRule = {
  id: "same-group",
  type: "attributed-to",
  trigger: sameDoer,
  apply(frame, { at, end, before }) {
    const { state } = frame;
    if (negatedBefore(frame, at)) return;
    // "linked to the same group", "it was the same group": an object or a complement, not the subject.
    if (GOVERNED.test(before) || COPULA_BEFORE.test(before)) return;
    // The phrase is the doer: an active attack or theft verb follows it, or "was behind / responsible for"
    // ("the same group, which", "the same group that hit X" head a relative clause: no verb follows).
    const deed = patternFor(state.lexicon.words, "same-group-deed", sameGroupDeed).exec(
      state.text.slice(end, frame.sentence.end),
    );
    // "was wrongly blamed for": the adverb takes the deed back.
    if (!deed || DISOWNING_ADVERB.test(deed[0])) return;
    // An actor of the clause's own stands before it (the subject is someone else's).
    const from = clauseStart(frame, at);
    if (
      frame.slots.some(
        (s) => s.kind === "actor" && s.start >= from && s.end <= at && !frame.speakerSlots.includes(s),
      )
    )
      return;
    const group = lastGroupBefore(frame, at);
    if (!group) return;
    const claimants = frame.speakers.length > 0 ? frame.speakers : reportersOf(frame);
    // "The same actor was responsible for the 2024 breach", said by no one: the article goes on
    // telling the finding of whoever it last had tie the group to a deed or a sponsor.
    const said =
      claimants.length > 0 || !ownVoiceOf(state.lexicon.words)(frame.sentence.text)
        ? claimants
        : lastClaimantsOf(frame, group);
    for (const incident of sameGroupIncidents(frame, end, end + deed[0].length))
      attribute(frame, incident, [group], said, frame.hedged);
  },
};

/**
 * The claimants of the attribution naming `group` (its deed or its sponsor) whose evidence stands
 * last before the sentence, less the group; none when no one was said to make one.
 */
function lastClaimantsOf(frame: Frame, group: string): string[] {
  let best: { at: number; claimants: readonly string[] } = { at: -1, claimants: [] };
  for (const claim of frame.state.claims) {
    if (claim.type !== "attributed-to" || (claim.target !== group && claim.source !== group)) continue;
    for (const e of claim.evidence)
      if (
        e.doc === frame.state.id &&
        e.start < frame.sentence.start &&
        e.start > best.at &&
        e.claimants?.length
      )
        best = { at: e.start, claimants: e.claimants };
  }
  return best.claimants.filter((k) => k !== group);
}

/**
 * The incidents a "same group" clause from `end` names: those of its clause (the incident's span may
 * open on the subject itself, "the same group stole data from X"); when the deed (ending at
 * `deedEnd`) is said of a counted attack phrase that a colon opens a list of ("was behind two other
 * intrusions in the region: last year ..., and in March ..."), the first incidents of the list, as
 * many as counted, not the phrase itself.
 */
function sameGroupIncidents(frame: Frame, end: number, deedEnd: number): string[] {
  const { state } = frame;
  const counted = patternFor(state.lexicon.words, "counted-list-opening", countedListOpening).exec(
    state.text.slice(deedEnd, frame.sentence.end),
  );
  if (counted) {
    const listed = frame.incidents.filter((i) => i.start >= deedEnd + counted[0].length);
    const count = COUNT_WORDS.indexOf(counted[1]!.toLowerCase()) + 1;
    return listed.slice(0, count > 0 ? count : listed.length).map((i) => i.key);
  }
  // A quoted hedge ('was "most likely" responsible for') does not end the clause.
  const until = clauseEnd(frame, end, true);
  return frame.incidents.filter((i) => i.end > end && i.start < until).map((i) => i.key);
}

/**
 * The complement of the deed: "two earlier operations in the region: ", "several other intrusions
 * as well: ", a counted plural attack noun, then (in the same clause) a colon.
 */
const countedListOpening = (w: Words) =>
  new RegExp(
    String.raw`^\s+(${alternation([...COUNT_WORDS.slice(1), "several"])})\s+(?:(?:${alternation(COUNTED_ATTACK_MODIFIERS)})\s+)*(?:${w.nouns.attack.any})\b[^:;.]{0,40}:\s*`,
    "i",
  );

/** "wrongly", "falsely": an adverb in the verb group that takes the deed back. */
const DISOWNING_ADVERB = new RegExp(String.raw`\b(?:${alternation(DISOWNING_ADVERBS)})\b`, "i");

/** A copula right before a phrase: the phrase is its complement ("it was the same group"). */
const COPULA_BEFORE = new RegExp(`\\b(?:${COPULAS.join("|")})\\s+$`, "i");

/**
 * What a "same group" subject did, right after it: an active attack, theft or perpetration verb
 * ("had quietly infiltrated", "stole"; not "was hacked", whose subject was hit, nor "hacked by") or
 * a responsibility phrase ("was behind", "is blamed for").
 */
const sameGroupDeed = (w: Words) => {
  const deeds = [w.verbs.attack, w.verbs.hit, w.verbs.steal, w.verbs.perpetrate, w.verbs.impact];
  const active = deeds.flatMap((v) => [v.past, v.third, v.participle]).join("|");
  // 'was "most likely" responsible for', "was most probably behind": a hedge, quoted or not, may
  // stand between the copula and the phrase.
  const hedge = String.raw`(?:["“]?\s*(?:(?:most|almost|very|highly)\s+)?(?:${w.hedges}|\p{Ll}+ly)\s*["”]?\s+)?`;
  return new RegExp(
    `^\\s+${VERB_LEAD}(?:(?:${active})\\b(?!\\s+by\\b)|(?:${COPULAS.join("|")})\\s+${VERB_LEAD}${hedge}(?:behind|responsible\\s+for|(?:${w.verbs.blame.participle})\\s+(?:by\\s+[^,;:.]{1,60}?\\s+)?(?:for|over)))\\b`,
    "iu",
  );
};
