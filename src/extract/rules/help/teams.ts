/**
 * Teams sent and hired: "a team of experts from A and B travelled to", "a team had arrived in
 * Manila to help", "brought in the security firm X", "was called in to help".
 */
import {
  actorsOf,
  clauseEnd,
  headsPhraseAt,
  isActor,
  objectAfter,
  ownedBody,
  patternFor,
  subjectBefore,
  typeOf,
  withPossessor,
  type Frame,
} from "../frame";
import type { ClaimRule } from "../rule";
import { WORKS_BESIDE, partnerLater, staffOwner } from "./deliveries";
import { NO_DESTINATION, ON_SITE, helpOf } from "./patterns";
import {
  PASSIVE_BEFORE,
  attackedTopic,
  emitHelp,
  helpEach,
  hitSide,
  passiveHelp,
  sideOf,
  withBodyNamed,
  withNamedState,
} from "./sides";
import { actingSubject, bodyReferredAt } from "./subjects";

/** "a team of experts from A, B and C travelled to Ukraine": help delivered by each sender. */
export const teamRule: ClaimRule = {
  id: "team",
  type: "assisted",
  trigger: (w) => new RegExp(`\\b(?:${w.nouns.team.any})\\s+(?:[\\w-]+\\s+){0,3}?from\\s+`, "gi"),
  apply(frame, { at, end: after, before }) {
    const { state } = frame;
    const named = objectAfter(frame, after).filter((s) => isActor(frame, s));
    const head = named[0];
    if (!head) return;
    // Only a determiner, or a state's adjective ("from the American FBI"), stands before the sender.
    const adjective = frame.slots.find(
      (s) => s.kind === "modifier" && s.start >= after && /^\s+$/.test(state.text.slice(s.end, head.start)),
    );
    if (!/^\s*(?:the\s+)?$/i.test(state.text.slice(after, (adjective ?? head).start))) return;
    // "from the German Federal Office for Information Security and ...": the list goes on from the body
    // the state's adjective qualifies; "investigators from the FBI and Britain's National Crime
    // Agency (NCA) arrived": the body each possessive owns sends too. The phrase ends after the last.
    const qualified = withBodyNamed(frame, [head])[1];
    const listed = qualified
      ? [head, ...objectAfter(frame, qualified.start).filter((s) => isActor(frame, s))]
      : named;
    const senders = withBodyNamed(frame, listed);
    for (const s of listed) {
      const owned = ownedBody(frame, s);
      if (owned && !senders.includes(owned)) senders.push(owned);
    }
    const last = senders.reduce((a, b) => (b.end > a.end ? b : a));
    // "the Australian Signals Directorate (ASD) landed in": an acronym in brackets is part of the name.
    const acronym = /^\s*(?:\([^)]{1,12}\)|\))/.exec(state.text.slice(last.end, frame.sentence.end));
    const from = last.end + (acronym?.[0].length ?? 0);
    const arrived = helpOf(frame).teamArrived.exec(state.text.slice(from, frame.sentence.end));
    const senderKeys = withNamedState(frame, withBodyNamed(frame, senders));
    if (arrived) helpArrived(frame, senderKeys, from + arrived[0].length, isDelegation(frame, at));
    // "the agency led the response together with experts from X": foreign experts worked beside the
    // clause's subject, for its state.
    else if (WORKED_WITH.test(before)) {
      const subject = actorsOf(frame, actingSubject(frame, at, before))
        .filter((k) => typeOf(frame, k) !== "person")
        .map((k) => sideOf(frame, k) ?? k)
        .filter((k, i, all) => !senderKeys.includes(k) && all.indexOf(k) === i);
      helpEach(frame, senderKeys, subject);
    }
  },
};

/** Before a team noun: the team works beside the clause's subject ("together with", "alongside"). */
const WORKED_WITH =
  /\b(?:together\s+with|along\s+with|jointly\s+with|alongside)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:team|group)\s+of\s+)?$/i;

/** "a US Cyber Command team had arrived in Manila to help the Philippine military": the team's body helps. */
export const teamArrivedRule: ClaimRule = {
  id: "team-arrived",
  type: "assisted",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.nouns.team.any})\\s+(?:(?:has|have|had)\\s+)?(?:(?:been|were|was)\\s+)?(?:(?:${w.verbs.arrive.past})(?:\\s+(?:in|to)\\s+|${NO_DESTINATION})|${ON_SITE})`,
      "gi",
    ),
  apply(frame, { at, end }) {
    const { state } = frame;
    // The sender qualifies the team noun: only modifiers stand between ("a US Cyber Command 'hunt forward' team").
    const from = frame.sentence.start;
    const sender = [...frame.slots]
      .reverse()
      .find(
        (s) =>
          s.kind === "actor" &&
          s.start >= from &&
          s.end <= at &&
          isActor(frame, s) &&
          TEAM_MODIFIERS.test(state.text.slice(s.end, at)),
      );
    if (!sender) return;
    helpArrived(frame, withNamedState(frame, withPossessor(frame, [sender])), end, isDelegation(frame, at));
  },
};

/** Between a sender and its team noun: a few modifiers or a quoted nickname, no verb or clause. */
const TEAM_MODIFIERS = /^(?:['’]s)?\s+(?:(?:["“][^"”]{1,30}["”]|[\p{L}-]+)\s+){0,3}$/u;

/** The team noun at `at` names a delegation ("officials", "agents"), not a response team. */
const isDelegation = (frame: Frame, at: number) =>
  patternFor(
    frame.state.lexicon.words,
    "delegation-at",
    (w) => new RegExp(`^(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.delegate.any})\\b`, "i"),
  ).test(frame.state.text.slice(at, at + 40));

/**
 * Help by a team that arrived somewhere: "to help X" names the one helped, else the place it
 * arrived in (a capital stands for its state).
 */
function helpArrived(frame: Frame, senders: string[], arrivedAt: number, delegation: boolean): void {
  const rest = frame.state.text.slice(arrivedAt, clauseEnd(frame, arrivedAt));
  // "arrived in Muscat to work with its investigators": the deliver rule reads the body worked beside, not the place.
  const beside = WORKS_BESIDE.exec(rest);
  const partner = beside
    ? staffOwner(frame, arrivedAt + beside.index + beside[0].length, senders)
    : undefined;
  if (partner && hitSide(frame)(partner)) return;
  const to = helpOf(frame).helpTo.exec(rest);
  const helped = to ? objectAfter(frame, arrivedAt + to.index + to[0].length, senders)[0] : undefined;
  const beneficiary = helped ?? objectAfter(frame, arrivedAt, senders)[0];
  if (beneficiary && (!isActor(frame, beneficiary) || typeOf(frame, beneficiary.key) === "person")) return;
  // "had been at the hospital": present at a place helps only a body named right there.
  const atPlace = /\bat\s+$/.test(frame.state.text.slice(arrivedAt - 4, arrivedAt));
  if (
    atPlace &&
    !(
      beneficiary &&
      headsPhraseAt(frame, arrivedAt, beneficiary) &&
      ["agency", "organization"].includes(typeOf(frame, beneficiary.key) ?? "")
    )
  )
    return;
  // "arrived to help the company": the company the article named.
  const referred =
    !beneficiary && to ? bodyReferredAt(frame, arrivedAt + to.index + to[0].length) : undefined;
  // "A team from X landed on Tuesday": a response team arriving with no one named came to the state
  // hit; "Officials from X arrived on Tuesday" may have come for anything.
  // "landed on Monday and has since worked alongside the ministry's officers": with no place
  // named, the body worked beside is helped, not the state the article is about.
  const later = beneficiary || referred ? undefined : partnerLater(frame, arrivedAt, senders);
  const keys = beneficiary
    ? [beneficiary.key]
    : referred && !senders.includes(referred)
      ? [referred]
      : later
        ? [later]
        : delegation
          ? []
          : attackedTopic(frame, senders);
  helpEach(frame, senders, keys);
}

/** "brought in the security firm X to investigate": the one hired helps the one hiring. */
export const hireRule: ClaimRule = {
  id: "hire",
  type: "assisted",
  trigger: (w) =>
    new RegExp(`\\b(?:${w.verbs.hire.past}|${w.verbs.hire.third}|${w.verbs.hire.gerund})\\b`, "gi"),
  apply(frame, { at, end, before }) {
    if (helpOf(frame).modalBefore.test(before)) return;
    if (PASSIVE_BEFORE.test(before)) {
      const by = /^\s*by\b/i.exec(frame.state.text.slice(end, frame.sentence.end));
      if (by) passiveHelp(frame, at, before, end + by[0].length - 2, true);
      else calledIn(frame, at, end);
      return;
    }
    const hirers = subjectBefore(frame, at).map((s) => s.key);
    const hired = objectAfter(frame, end, hirers).filter((s) => isActor(frame, s));
    const rest = frame.state.text.slice(end, clauseEnd(frame, end));
    if (
      !patternFor(
        frame.state.lexicon.words,
        "hired-to",
        (w) =>
          new RegExp(
            `\\bto\\s+(?:help\\s+)?(?:${w.verbs.respond.present}|${w.verbs.deliver.present})\\b`,
            "i",
          ),
      ).test(rest)
    )
      return;
    for (const h of hired) for (const b of hirers) emitHelp(frame, h.key, b);
  },
};

/** "the BSI was called in to help the parliament's IT staff": the subject helps whom "to help" names, else the victim. */
function calledIn(frame: Frame, at: number, end: number): void {
  const rest = frame.state.text.slice(end, clauseEnd(frame, end));
  const to = patternFor(
    frame.state.lexicon.words,
    "called-in-to",
    (w) => new RegExp(`\\bto\\s+(?:${w.verbs.deliver.present})\\b\\s*`, "i"),
  ).exec(rest);
  if (!to) return;
  const helpers = actorsOf(frame, subjectBefore(frame, at));
  if (helpers.length === 0) return;
  const named = objectAfter(frame, end + to.index + to[0].length, helpers).filter(
    (s) => isActor(frame, s) && typeOf(frame, s.key) !== "person",
  );
  const first = named[0];
  const owned = first && ownedBody(frame, first);
  const helped = owned ? [owned.key] : named.map((s) => s.key);
  const beneficiaries = helped.length ? helped : attackedTopic(frame, helpers);
  helpEach(frame, helpers, beneficiaries);
}
