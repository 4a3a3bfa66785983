/**
 * What the help rules share once the actors are read: the state each stands for, who was attacked
 * or accused (the one helped when the text names no one), who asked whom, the helpers a list names,
 * and the emitting of requests and help (a body's help is also its owner's).
 */
import { accusedSide, topicState } from "../../document-state";
import { latestIncident } from "../../incident-registry";
import { GOVERNED, TEAM_QUANTIFIERS } from "../../lexicon";
import type { Slot } from "../../mentions";
import { tokenize, matchesOf } from "../../text";
import {
  actorsOf,
  clauseEnd,
  emit,
  headsPhraseAt,
  isActor,
  objectAfter,
  ownedBody,
  typeOf,
  type Frame,
} from "../frame";
import { helpOf } from "./patterns";
import { actingSubject, bodyReferredAt } from "./subjects";

/**
 * "The ministry accepted help from Portugal, whose centre sent two analysts to Brasília": help sent
 * to a state goes to that state's body the sentence names first, when it names one.
 */
export function bodyOfSentence(frame: Frame, beneficiary: string, verbAt: number): string | undefined {
  if (typeOf(frame, beneficiary) !== "state") return undefined;
  // "X deployed two analysts to <capital> and they are working alongside <body>": a body a later
  // clause names is not the one the team was sent to; only one named before the verb is.
  return frame.slots.find((s) => {
    if (s.end > verbAt) return false;
    const entity = s.kind === "actor" && !s.possessive ? frame.state.entities.get(s.key) : undefined;
    // A subject, not the object of a preposition ("detected by CERT.LV").
    const governed = GOVERNED.test(
      frame.state.text.slice(Math.max(frame.sentence.start, s.start - 12), s.start),
    );
    return entity?.type === "agency" && entity.country === beneficiary && !governed;
  })?.key;
}

/**
 * "the U.S. Federal Bureau of Investigation", "the US CISA": a state naming whose body follows it
 * is that body's attribute; the body acts, with its state.
 */
export function withBodyNamed(frame: Frame, slots: Slot[]): Slot[] {
  const out = [...slots];
  for (const s of slots) {
    const body = bodyAfterState(frame, s);
    if (body && !out.includes(body)) out.push(body);
  }
  return out;
}

/** The body a state names whose it is, right after it ("the US CISA", "the United States FBI"). */
export function bodyAfterState(frame: Frame, s: Slot): Slot | undefined {
  if (typeOf(frame, s.key) !== "state") return undefined;
  return frame.slots.find(
    (b) =>
      b.kind === "actor" &&
      b.start >= s.end &&
      /^[.\s]*$/.test(frame.state.text.slice(s.end, b.start)) &&
      ownerState(frame, b.key) === s.key,
  );
}

/**
 * The owners of the bodies a mention names with them ("Portugal, whose National Cybersecurity
 * Centre"): the state that sent its body's team helps as well.
 */
export function ownersNamedWith(frame: Frame, slots: Slot[]): string[] {
  const named = slots.filter((s) => /,\s+whose\s/i.test(frame.state.text.slice(s.start, s.end)));
  return withNamedState(frame, named).filter((k) => !slots.some((s) => s.key === k));
}

/** The state a body belongs to, as the article or the gazetteer places it. */
export const ownerState = (frame: Frame, key: string) =>
  frame.state.entities.get(key)?.country ?? frame.state.lexicon.entities.get(key)?.country;

/** The state an actor stands for: itself, or the state owning the body. */
export const sideOf = (frame: Frame, key: string) =>
  typeOf(frame, key) === "state" ? key : ownerState(frame, key);

/** A state or body qualified by a demonym or possessive in the help noun's phrase ("British help"). */
export function helperInHelpNoun(frame: Frame, from: number, to: number): string[] {
  const text = frame.state.text.slice(from, to);
  const noun = helpOf(frame).helpNoun.exec(text);
  if (!noun) return [];
  const at = from + noun.index;
  return frame.slots
    .filter(
      (s) =>
        s.end <= at &&
        s.start >= from &&
        (s.source === "demonym" || s.possessive) &&
        /^(?:['’]s)?\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(frame.state.text.slice(s.end, at)),
    )
    .map((s) => s.key);
}

/**
 * Help with no beneficiary named goes to the state hit by the incident under discussion, else to
 * the state the article is about when it (or one of its bodies) was attacked.
 */
export function attackedTopic(frame: Frame, helpers: string[]): string[] {
  const { state } = frame;
  const stateOf = (key: string) => (typeOf(frame, key) === "state" ? key : state.entities.get(key)?.country);
  // Help in cyber news answers a cyber attack: an invasion or a coup plot named nearby is not what was helped with.
  const isCyber = (key: string | undefined) =>
    !!key && (state.entities.get(key)?.kind ?? "cyber") === "cyber";
  const incident =
    frame.incidents.map((i) => i.key).find(isCyber) ??
    (isCyber(frame.currentIncident) ? frame.currentIncident : latestIncident(state, "cyber"));
  // Help never goes to the side the article accuses, nor to the one denying the attack.
  const exclude = [...helpers, ...accusedSides(frame)];
  const victim = (incident ? (state.entities.get(incident)?.targets ?? []) : [])
    .map(stateOf)
    .find((k): k is string => !!k && !exclude.includes(k));
  if (victim) return [victim];
  const topic = topicState(state, exclude);
  // A cyber incident whose target the text does not name happened to the state the article is about.
  const attacked = [...state.entities.values()].some(
    (e) =>
      e.type === "incident" &&
      ((e.targets ?? []).some((t) => !!topic && stateOf(t) === topic) ||
        ((e.targets ?? []).length === 0 && isCyber(e.key))),
  );
  return topic && attacked ? [topic] : [];
}

/**
 * The sides the article accuses of an attack, or that deny one, with the states behind them: a
 * group's known sponsor, the state of an accused body ("blamed the GRU": Russia is not helped), the
 * state of the body said to run a group ("a group tied to the IRGC": Iran is not helped).
 */
export function accusedSides(frame: Frame): string[] {
  const { claims } = frame.state;
  const accused = claims.filter((c) => c.type === "attributed-to").map((c) => c.target);
  const sides = accusedSide(frame.state, accused);
  // A state an attack hit stays helpable when only one of its bodies is named as accused: the one
  // helped is the one hit (as the ownership stage keeps a victim state's bodies).
  for (const e of frame.state.entities.values())
    if (e.type === "incident")
      for (const t of e.targets ?? []) {
        const hit = typeOf(frame, t) === "state" ? t : frame.state.entities.get(t)?.country;
        if (hit && !accused.includes(hit)) sides.delete(hit);
      }
  // A victim's body may deny a leak ("the commission denied that data was stolen"): only the denier is out.
  for (const c of claims) if (c.type === "denied") sides.add(c.source);
  return [...sides];
}

/** The one whose request the sentence answers ("the request of the Peruvian authorities"): the head of that phrase. */
export function requesterAnswered(frame: Frame, at: number, exclude: string[]): string[] {
  const before = frame.state.text.slice(frame.sentence.start, at);
  const requestNoun = helpOf(frame).requestNoun;
  requestNoun.lastIndex = 0;
  const m = requestNoun.exec(before);
  if (!m) return [];
  const requester = objectAfter(frame, frame.sentence.start + m.index + m[0].length, exclude)[0];
  return requester && ["state", "agency", "organization"].includes(typeOf(frame, requester.key) ?? "")
    ? [requester.key]
    : [];
}

/** Who asked one of `helpers` for help earlier in the sentence: "X sought assistance from A, which sent a team". */
export function askedInSentence(frame: Frame, helpers: string[]): string[] {
  const out: string[] = [];
  for (const c of frame.state.claims)
    if (
      c.type === "requested-help" &&
      helpers.includes(c.target) &&
      !helpers.includes(c.source) &&
      !out.includes(c.source) &&
      c.evidence.some((e) => e.start === frame.sentence.start)
    )
      out.push(c.source);
  return out;
}

/** Each requester asked each helper for help; who asked says so, so the claim has no other claimant. */
export function emitRequests(frame: Frame, requesters: readonly string[], helpers: readonly string[]): void {
  for (const requester of requesters)
    for (const helper of helpers) emit(frame, "requested-help", requester, helper, { claimants: [] });
}

/** "a", "its", "two", "further": what may stand before a team's people. */
export const TEAM_QUANTIFIER = `(?:${TEAM_QUANTIFIERS.join("|")})`;

export const isRequester = (frame: Frame, key: string) =>
  ["state", "agency", "organization"].includes(typeOf(frame, key) ?? "");

/** The states (or companies) hit by the article's incidents. */
function victimSides(frame: Frame): Set<string> {
  const out = new Set<string>();
  for (const e of frame.state.entities.values())
    if (e.type === "incident") for (const t of e.targets ?? []) out.add(sideOf(frame, t) ?? t);
  return out;
}

/** Whether an actor's side (the state it is or belongs to, else the actor itself) is one the incidents hit. */
export function hitSide(frame: Frame): (key: string) => boolean {
  const hit = victimSides(frame);
  return (key) => hit.has(sideOf(frame, key) ?? key);
}

/** A body whose name carries its state ("US Cyber Command", "the Australian Signals Directorate"): the state helps too. */
export function withNamedState(frame: Frame, slots: Slot[]): string[] {
  const keys = slots.map((s) => s.key);
  for (const s of slots) {
    const country = frame.state.entities.get(s.key)?.country;
    const first = tokenize(frame.state.text.slice(s.start, s.end)).find((t) => !/^the$/i.test(t.text));
    const named = first && frame.state.lexicon.phrases.get(first.norm)?.some((p) => p.key === country);
    if (country && named && !keys.includes(country)) keys.push(country);
  }
  return keys;
}

/**
 * The actors named where a help phrase's object starts ("assistance from Spain and Portugal"), when
 * the first heads that phrase; a body named with its owner ("Germany's BSI") helps with its state.
 */
const PARTNERS_IN =
  /^\s*(?:our|its|their)\s+(?:\p{Ll}+\s+)?(?:partners|allies|counterparts|colleagues|friends)\s+(?:in|at|from)\s+(?:the\s+)?$/u;

export function helpersNamedAt(frame: Frame, end: number): string[] | undefined {
  const helpers = withBodyNamed(
    frame,
    objectAfter(frame, end).filter((s) => isActor(frame, s)),
  );
  const first = helpers[0];
  if (!first) return undefined;
  // "the support of our partners in NATO and the EU": partners named by where they sit.
  const partners = PARTNERS_IN.test(frame.state.text.slice(end, first.start));
  if (!partners && !headsPhraseAt(frame, end, first)) return undefined;
  const owned = ownedBody(frame, first);
  const keys = (owned ? [owned, ...helpers] : helpers).map((s) => s.key);
  // "from CISA of the United States and from the NCSC of the Netherlands": each "and from" names one more.
  const clause = frame.state.text.slice(end, clauseEnd(frame, end));
  for (const more of matchesOf(/\b(?:and|as well as)\s+(?:also\s+)?from\s+/gi, clause)) {
    const at = end + more.index + more[0].length;
    const next = objectAfter(frame, at).filter((s) => isActor(frame, s));
    if (next[0] && headsPhraseAt(frame, at, next[0]))
      for (const s of [ownedBody(frame, next[0]) ?? next[0], ...withBodyNamed(frame, next)])
        if (!keys.includes(s.key)) keys.push(s.key);
  }
  return keys;
}

/**
 * The one helped named where an offer's phrase starts ("with the Center", "available to Australia's
 * ASD"): an actor heading the phrase (the body a possessor owns, when it owns one), else a body the
 * article named with that head noun ("with the directorate"); none on the helpers' `sides`.
 */
export function helpedNamedAt(frame: Frame, from: number, sides: readonly string[]): string | undefined {
  const [first] = objectAfter(frame, from).filter((s) => isActor(frame, s));
  const head = first && headsPhraseAt(frame, from, first) ? (ownedBody(frame, first) ?? first) : undefined;
  if (head && !onSide(frame, head.key, sides)) return head.key;
  const referred = bodyReferredAt(frame, from);
  return referred && !onSide(frame, referred, sides) ? referred : undefined;
}

/** Whether `key` is on one of `sides` (the state it is or belongs to, else itself). */
export const onSide = (frame: Frame, key: string, sides: readonly string[]) =>
  sides.includes(sideOf(frame, key) ?? key);

/**
 * A passive clause whose by-agent is a state, body or company and whose subject is an actor:
 * "the ministry was assisted by Spain's INCIBE", "Fiji was helped by Australia and New Zealand",
 * "X, who were brought in by the regulator": the agent helped the subject; `hired`: the subject
 * was hired by the agent, and helped it. `byAt` is where "by" starts. A threat group as the
 * subject is backed, not helped.
 */
export function passiveHelp(frame: Frame, at: number, before: string, byAt: number, hired = false): void {
  const agents = helpersNamedAt(frame, byAt + 2);
  if (!agents || agents.some((k) => typeOf(frame, k) === "group")) return;
  const helperKeys = withNamedState(
    frame,
    withBodyNamed(
      frame,
      frame.slots.filter((s) => agents.includes(s.key)),
    ),
  );
  const subject = actorsOf(frame, actingSubject(frame, at, before)).filter(
    (k) => !helperKeys.includes(k) && typeOf(frame, k) !== "person",
  );
  if (subject.some((k) => typeOf(frame, k) === "group")) return;
  helpEach(frame, helperKeys, subject, hired);
}

/** A be-verb right before a participle makes it passive ("was assisted", "were brought in"). */
export const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+\s+)?$/i;

/**
 * Help goes between two parties: a state and its own body are one side ("Japan has offered to pay,
 * a Japanese embassy official said" offers Japan nothing).
 */
export function emitHelp(
  frame: Frame,
  helper: string | undefined,
  beneficiary: string | undefined,
  type: "assisted" | "offered-help" = "assisted",
  helpers: readonly string[] = [],
): void {
  // A threat group deploys malware, not help; one is never helped either ("would hand over its
  // files on the gang to X": the gang is the topic, X is helped).
  if (!helper || !beneficiary || typeOf(frame, helper) === "group" || typeOf(frame, beneficiary) === "group")
    return;
  if (ownerState(frame, beneficiary) === helper || ownerState(frame, helper) === beneficiary) return;
  emit(frame, type, helper, throughOwnBody(frame, helper, beneficiary, helpers), { claimants: [] });
}

/**
 * Each helper helps each beneficiary, helper by helper; `reversed` (the sentence's roles read the
 * other way round: the one hired, the side hit) makes each beneficiary the helper instead.
 */
export function helpEach(
  frame: Frame,
  helpers: readonly string[],
  beneficiaries: readonly string[],
  reversed = false,
): void {
  for (const h of helpers)
    for (const b of beneficiaries)
      if (reversed) emitHelp(frame, b, h);
      else emitHelp(frame, h, b, "assisted", helpers);
}

/**
 * "Austria's CERT has offered to help the Kenyan tax office", "the Irish NCSC shared logs with the
 * Fijian police": a state that helps through one of its bodies, named with it, helps the helped
 * body's state; the body helps the body. A state helping in its own name ("Norway lent the tax
 * office two engineers") keeps the body.
 */
function throughOwnBody(
  frame: Frame,
  helper: string,
  beneficiary: string,
  helpers: readonly string[],
): string {
  if (
    typeOf(frame, helper) !== "state" ||
    !helpers.some((k) => k !== helper && ownerState(frame, k) === helper)
  )
    return beneficiary;
  if (!["agency", "organization"].includes(typeOf(frame, beneficiary) ?? "")) return beneficiary;
  const owner = ownerState(frame, beneficiary);
  return owner && owner !== helper ? owner : beneficiary;
}
