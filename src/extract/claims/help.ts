/**
 * Help claims, kept apart as CAMEO keeps them: a request (appeal for aid), an offer (intent to
 * provide aid: "stand ready", "pledged", "will help", "offered") and help delivered ("sent
 * experts", "are helping", "shared information", "provided", "commissioned X to provide").
 * A modal or future form is an offer, never delivered help.
 */
import { topicState } from "../document-state";
import type { Slot } from "../mentions";
import { actorsOf, clauseEnd, emit, objectAfter, subjectBefore, typeOf, type Frame } from "./frame";

const HELP_NOUN = /\b(help|assistance|support|aid|expertise|backing|cooperation|assist)\b/i;
const REQUEST =
  /\b(ask(?:s|ed|ing)?|request(?:s|ed|ing)?|appeal(?:s|ed|ing)?(?: to)?|call(?:s|ed|ing)? on|turn(?:s|ed|ing)? to|seek(?:s|ing)?|sought|want(?:s|ed)?)\b/gi;
const REQUEST_NOUN = /\b(?:the |a )?(?:request|appeal|plea)s? (?:of|from) /gi;
const OFFER =
  /\b(stands? ready to|ready to (?:help|assist|support|engage)|offer(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed)? to|prepared to|willing to|will (?:help|assist|support|provide|send|offer|deploy)|would (?:help|assist|support|provide|send)|(?:is|are|was|were) going to (?:[\w-]+ ){0,4}?(?:to )?(?:help|assist|support|provide|send)|announced to bring|expressed (?:its |their )?readiness|(?:is|are|was|were|remains?|remained) (?:fully |firmly )?committed to (?:help|helping|support|supporting|assist|assisting)|plans? to (?:help|send|provide|support))\b/gi;
const DELIVERED =
  /\b(?:(?:is|are|was|were|has been|have been|had been)\s+(?:already\s+|also\s+|now\s+)?(?:helping|assisting|supporting|providing|exchanging|sharing)|helped|assisted|(?:has|have|had)\s+(?:also\s+)?(?:helped|assisted|supported|provided|shared|sent|deployed|dispatched)|provided|shared|sent|deployed|dispatched|delivered|makes? available|made available|(?:puts?|placed?|placing)\s+at\s+(?:the\s+)?disposal\s+of|commissioned|(?:is|are) supporting|(?:had been|have been|has been|are|were|is|was)\s+working\s+(?:alongside|with))\b/gi;
const MODAL_BEFORE =
  /\b(will|would|could|can|may|might|shall|to|ready to|going to|pledged to|offered to|promised to|plans? to)\s+(?:\w+\s+)?$/i;
const DELIVERY_OBJECT =
  /^\s*(?:[\w-]+\s+){0,4}?(information|intelligence|data|assessments|expertise|support|assistance|help|aid|equipment|experts|specialists|team|teams|investigators|resources|\w+ to (?:provide|carry out|help|assist|support))\b/i;
const HIRED =
  /\b(?:brought in|brings in|bringing in|hired|hires|called in|calls in|engaged|enlisted|retained|contracted)\b/gi;
/** "a team of experts from A, B and C travelled to Ukraine": help delivered by each sender. */
const TEAM_FROM =
  /\b(?:teams?|experts|specialists|investigators|officials|agents|officers)\s+(?:[\w-]+\s+){0,3}?from\s+/gi;
const TEAM_ARRIVED =
  /^\s*(?:(?:has|have|had)\s+)?(?:(?:been|were|was)\s+)?(?:travell?ed|arrived|flew|went|sent|deployed|dispatched)\s+(?:in|to)\s+/i;
const HELP_PURPOSE =
  /\bto\s+(?:provide|carry out|conduct|help|assist|support)\b[^;]*\b(?:help|assistance|support|aid|expertise|mission|investigat\w*)\b/i;
const THANKS = /\b(thank(?:s|ed|ing)?|gratitude|grateful)\b/gi;

const actorTypes = new Set(["state", "agency", "organization", "person", "group"]);
const isActor = (frame: Frame, s: Slot) => actorTypes.has(typeOf(frame, s.key) ?? "");

/** A state or body qualified by a demonym or possessive right before the help noun ("British help"). */
function helperInHelpNoun(frame: Frame, from: number, to: number): string[] {
  const text = frame.state.text.slice(from, to);
  const noun = HELP_NOUN.exec(text);
  if (!noun) return [];
  const at = from + noun.index;
  return frame.slots
    .filter(
      (s) => s.end <= at && s.start >= from && at - s.end <= 24 && (s.source === "demonym" || s.possessive),
    )
    .map((s) => s.key);
}

/** Help with no beneficiary named goes to the state the article is about, when it was attacked. */
function attackedTopic(frame: Frame, helpers: string[]): string[] {
  const topic = topicState(frame.state, helpers);
  const attacked = [...frame.state.entities.values()].some(
    (e) => e.type === "incident" && e.targets?.includes(topic ?? ""),
  );
  return topic && attacked ? [topic] : [];
}

/** The one whose request the sentence answers, before `at` ("the request of the Peruvian authorities"). */
function requesterAnswered(frame: Frame, at: number, exclude: string[]): string[] {
  const before = frame.state.text.slice(frame.sentence.start, at);
  REQUEST_NOUN.lastIndex = 0;
  const m = REQUEST_NOUN.exec(before);
  if (!m) return [];
  const after = frame.sentence.start + m.index + m[0].length;
  const first = frame.slots.find(
    (s) => s.start >= after && s.start <= after + 30 && !exclude.includes(s.key),
  );
  return first && ["state", "agency", "organization"].includes(typeOf(frame, first.key) ?? "")
    ? [first.key]
    : [];
}

function requests(frame: Frame): void {
  const text = frame.sentence.text;
  REQUEST.lastIndex = 0;
  for (let m = REQUEST.exec(text); m; m = REQUEST.exec(text)) {
    const at = frame.sentence.start + m.index;
    if (/\b(the|a|an|this|that|its|their|his|her|our|whose)\s+$/i.test(text.slice(0, m.index))) continue; // the noun "request"
    const end = clauseEnd(frame, at + m[0].length);
    const clause = frame.state.text.slice(at, end);
    if (!HELP_NOUN.test(clause)) continue;
    if (/^want/i.test(m[0]) && !/help|assistance|expertise/i.test(clause)) continue;
    const requesters = actorsOf(frame, subjectBefore(frame, at));
    if (requesters.length === 0) continue;
    const helpers = new Set<string>();
    const from = /\bfrom\s+/i.exec(clause);
    const direct = objectAfter(frame, at + m[0].length, requesters).filter((s) => isActor(frame, s));
    const noun = HELP_NOUN.exec(clause);
    for (const s of direct) {
      // "asked Britain for help", "asked for help from its allies", "requested France for help"
      if (noun && s.start < at + noun.index) helpers.add(s.key);
      else if (from && s.start >= at + from.index) helpers.add(s.key);
    }
    for (const k of helperInHelpNoun(frame, at, end)) helpers.add(k);
    for (const helper of helpers)
      for (const requester of requesters) emit(frame, "requested-help", requester, helper, { claimants: [] });
  }
  // "responds positively to the request of the Montenegrin authorities": the subject is asked.
  REQUEST_NOUN.lastIndex = 0;
  for (let m = REQUEST_NOUN.exec(text); m; m = REQUEST_NOUN.exec(text)) {
    const at = frame.sentence.start + m.index;
    const requester = objectAfter(frame, at + m[0].length)[0];
    const helpers = actorsOf(frame, subjectBefore(frame, at));
    if (requester)
      for (const h of helpers) emit(frame, "requested-help", requester.key, h, { claimants: [] });
  }
}

function offers(frame: Frame): void {
  const text = frame.sentence.text;
  OFFER.lastIndex = 0;
  for (let m = OFFER.exec(text); m; m = OFFER.exec(text)) {
    const at = frame.sentence.start + m.index;
    if (/\b(not|never|no longer)\s+$/i.test(text.slice(0, m.index))) continue;
    const clauseText = frame.state.text.slice(at, clauseEnd(frame, at + m[0].length));
    if (
      /^offer/i.test(m[0]) &&
      !HELP_NOUN.test(clauseText) &&
      !/\bto (help|assist|support)/i.test(clauseText)
    )
      continue;
    if (/^offer/i.test(m[0]) && /\bgratitude|thanks|condolences\b/i.test(clauseText)) continue;
    const helpers = actorsOf(frame, subjectBefore(frame, at));
    let beneficiaries = objectAfter(frame, at + m[0].length, helpers)
      .filter((s) => isActor(frame, s))
      .slice(0, 2)
      .map((s) => s.key);
    if (beneficiaries.length === 0 && /^offer/i.test(m[0])) beneficiaries = attackedTopic(frame, helpers);
    for (const helper of helpers)
      for (const b of beneficiaries) emit(frame, "offered-help", helper, b, { claimants: [] });
  }
}

function delivered(frame: Frame): void {
  const { state } = frame;
  const text = frame.sentence.text;
  DELIVERED.lastIndex = 0;
  for (let m = DELIVERED.exec(text); m; m = DELIVERED.exec(text)) {
    const at = frame.sentence.start + m.index;
    const afterVerb = at + m[0].length;
    if (MODAL_BEFORE.test(text.slice(0, m.index)) || /\b(not|never)\s+$/i.test(text.slice(0, m.index)))
      continue;
    const plainVerb =
      /^(provided|shared|sent|deployed|dispatched|delivered|commissioned|makes? available|made available)$/i.test(
        m[0],
      ) || /(providing|exchanging|sharing|provided|shared|sent|deployed|dispatched)$/i.test(m[0]);
    const rest = state.text.slice(afterVerb, clauseEnd(frame, afterVerb));
    // "makes available the agency (X) to carry out a mission of support": the purpose says it is help.
    const madeAvailable = /available|disposal/i.test(m[0]) && HELP_PURPOSE.test(rest);
    if (
      plainVerb &&
      !madeAvailable &&
      !DELIVERY_OBJECT.test(rest) &&
      !/^\s*(?:the\s+)?\S+\s+(?:with|to)\b/i.test(rest)
    )
      continue;
    // "The FBI said it was working with the company": "it" is the speaker.
    const pronounSubject = /\b(?:it|they)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index));
    const subject = subjectBefore(frame, at);
    const speaker = frame.speakerSlots.find((s) => s.end <= at);
    const helpers =
      subject.length === 0 && pronounSubject && speaker ? subjectBefore(frame, speaker.end) : subject;
    if (helpers.length === 0) continue;
    const helperKeys = actorsOf(frame, helpers);
    // "commissioned ANSSI to provide", "makes available X to carry out": X helps as well.
    if (/commissioned|available|disposal/i.test(m[0])) {
      const agent = objectAfter(frame, afterVerb).find(
        (s) => typeOf(frame, s.key) === "agency" || typeOf(frame, s.key) === "organization",
      );
      if (agent) helperKeys.push(agent.key);
    }
    const exclude = [...helperKeys];
    let beneficiaries = objectAfter(frame, afterVerb, exclude)
      .filter((s) => isActor(frame, s) && typeOf(frame, s.key) !== "person")
      .map((s) => s.key);
    // "responds to the request of the Montenegrin authorities and makes available X": help answers the request.
    if (beneficiaries.length === 0 && madeAvailable) beneficiaries = requesterAnswered(frame, at, exclude);
    // "working with the company on the investigation": the company the article spoke of last.
    if (
      beneficiaries.length === 0 &&
      state.lastOrganization &&
      /^\s*(?:alongside\s+|with\s+)?the\s+(?:company|firm|operator|business)\b/i.test(rest)
    )
      beneficiaries = [state.lastOrganization];
    if (beneficiaries.length === 0) beneficiaries = attackedTopic(frame, helperKeys);
    for (const helper of helperKeys)
      for (const b of beneficiaries)
        if (!helperKeys.includes(b)) emit(frame, "assisted", helper, b, { claimants: [] });
  }
  TEAM_FROM.lastIndex = 0;
  for (let m = TEAM_FROM.exec(text); m; m = TEAM_FROM.exec(text)) {
    const after = frame.sentence.start + m.index + m[0].length;
    const senders = objectAfter(frame, after).filter((s) => isActor(frame, s));
    const last = senders[senders.length - 1];
    if (!last || senders[0]!.start > after + 4) continue;
    const arrived = TEAM_ARRIVED.exec(state.text.slice(last.end, frame.sentence.end));
    if (!arrived) continue;
    const senderKeys = senders.map((s) => s.key);
    const beneficiary = objectAfter(frame, last.end + arrived[0].length, senderKeys)[0];
    if (beneficiary && isActor(frame, beneficiary))
      for (const k of senderKeys) emit(frame, "assisted", k, beneficiary.key, { claimants: [] });
  }
  // "brought in the security firm X to investigate": the one hired helps the one hiring.
  HIRED.lastIndex = 0;
  for (let m = HIRED.exec(text); m; m = HIRED.exec(text)) {
    const at = frame.sentence.start + m.index;
    if (MODAL_BEFORE.test(text.slice(0, m.index))) continue;
    const hirers = subjectBefore(frame, at).map((s) => s.key);
    const hired = objectAfter(frame, at + m[0].length, hirers).filter((s) => isActor(frame, s));
    const rest = state.text.slice(at + m[0].length, clauseEnd(frame, at + m[0].length));
    if (
      !/\bto\s+(?:help\s+)?(?:investigate|help|assist|respond|restore|recover|contain|clean up|analy[sz]e|examine)\b/i.test(
        rest,
      )
    )
      continue;
    for (const h of hired) for (const b of hirers) emit(frame, "assisted", h.key, b, { claimants: [] });
  }
  // "Montenegro thanks France for assistance", "gratitude for the support and assistance of France".
  THANKS.lastIndex = 0;
  for (let m = THANKS.exec(text); m; m = THANKS.exec(text)) {
    const at = frame.sentence.start + m.index;
    const rest = state.text.slice(at, clauseEnd(frame, at + m[0].length));
    if (!HELP_NOUN.test(rest)) continue;
    const thanker = actorsOf(frame, subjectBefore(frame, at));
    const beneficiary = thanker.find((k) => typeOf(frame, k) === "state") ?? topicState(state);
    const helpers = frame.slots.filter(
      (s) =>
        s.start > at &&
        s.start < at + rest.length &&
        s.kind === "actor" &&
        isActor(frame, s) &&
        s.key !== beneficiary,
    );
    for (const h of helpers) emit(frame, "assisted", h.key, beneficiary, { claimants: [] });
  }
}

export function helpClaims(frame: Frame): void {
  requests(frame);
  offers(frame);
  delivered(frame);
}
