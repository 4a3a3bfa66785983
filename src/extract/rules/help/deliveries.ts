/**
 * Help delivered: "sent a team of experts", "is helping to restore", "provided intelligence",
 * "worked alongside", and whom it went to (the body restored, the staff helped, the victim).
 */
import { accusedSide } from "../../document-state";
import {
  FINITE_BE,
  ONGOING_ADVERBS,
  PERFECT_AUXILIARIES,
  RELATIVE_CLAUSE_LEADS,
  alternation,
  type Words,
} from "../../lexicon";
import type { Slot } from "../../mentions";
import {
  actorsOf,
  clauseEnd,
  headsPhraseAt,
  isActor,
  objectAfter,
  ownedBody,
  patternFor,
  typeOf,
  type Frame,
} from "../frame";
import type { ClaimRule } from "../rule";
import { helpOf } from "./patterns";
import {
  PASSIVE_BEFORE,
  TEAM_QUANTIFIER,
  askedInSentence,
  attackedTopic,
  bodyOfSentence,
  helpEach,
  helpedNamedAt,
  hitSide,
  isRequester,
  ownersNamedWith,
  passiveHelp,
  requesterAnswered,
  sideOf,
  withBodyNamed,
} from "./sides";
import {
  actingSubject,
  bodyReferredAt,
  incidentBody,
  institutionSubject,
  namedBody,
  pressIssuer,
} from "./subjects";

/** "is already providing", "has also sent", "are still working with": one auxiliary and adverb list each. */
const PERFECT = `(?:${PERFECT_AUXILIARIES.join("|")})`;
const BE = `(?:${FINITE_BE.join("|")}|${PERFECT}\\s+been)`;
const ONGOING = `(?:(?:${ONGOING_ADVERBS.join("|")})\\s+)?`;

/** "are still working with", "worked closely alongside": a finite verb of working beside someone. */
const PARTNERED = `(?:${BE}\\s+${ONGOING}working|${PERFECT}\\s+${ONGOING}worked|worked)\\s+(?:closely\\s+|together\\s+|jointly\\s+)?(?:alongside|with)`;
const PARTNERED_WHOLE = new RegExp(`^${PARTNERED}$`, "i");

/**
 * "spent three weeks working with", "arrived to work with", "has since been working alongside",
 * "worked on site in Tashkent alongside": working beside someone in any other form, which says
 * help only when the one beside is a body's own people (see `staffOwner`) and one of the two is
 * on the side hit: police working with a partner's unit ("the FBI, working with Europol's
 * cybercrime unit") is ordinary cooperation, no response to the attack.
 */
const WORK_BESIDE = `work(?:ing|ed)?\\s+(?:[\\w'’-]+\\s+){0,4}?(?:alongside|with)`;
const LOOSE_PARTNER = `(?:(?:${PERFECT}\\s+since\\s+been|to)\\s+)?${WORK_BESIDE}`;
export const WORKS_BESIDE = new RegExp(`\\b${WORK_BESIDE}\\b`, "i");

/** "sent a team of experts", "is helping to restore", "provided intelligence", "made the agency available". */
export const deliverRule: ClaimRule = {
  id: "deliver",
  type: "assisted",
  trigger: (w) => {
    const d = w.verbs.deliver;
    return new RegExp(
      `\\b(?:${BE}\\s+${ONGOING}(?:${d.gerund})|${PERFECT}\\s+${ONGOING}(?:${d.past})|${d.past}|(?:makes?|made|making)\\s+(?:[\\w.-]+\\s+){0,4}?available|(?:puts?|placed?|placing)\\s+at\\s+(?:the\\s+)?disposal\\s+of|commissioned|,\\s+(?:helping|assisting)|${PARTNERED}|${LOOSE_PARTNER})\\b`,
      "gi",
    );
  },
  apply(frame, { at, end: afterVerb, word, before }) {
    const { state } = frame;
    const { modalBefore, deliveryObject } = helpOf(frame);
    if (modalBefore.test(before) || /\b(not|never)\s+$/i.test(before)) return;
    // "helped", "has supported", "is helping": help by itself; "supported", "provided", "lent" need an object.
    // "whose experts supported the port", "FBI agents supported": help stated as a team's work needs no object word.
    const bareHelpVerb =
      /^(?:helped|assisted)$|\s(?:helping|assisting|supporting|helped|assisted|supported)$|\bwork/i.test(
        word,
      ) || teamHelpsActor(frame, before, afterVerb);
    const placed = /available|disposal|commissioned/i.test(word);
    const rest = state.text.slice(afterVerb, clauseEnd(frame, afterVerb));
    // "the ministry was assisted by X": the agent helps; "a group supported by Moscow" says who backs, not who helps.
    const by = /^\s*by\b/i.exec(rest);
    if (by) {
      if (PASSIVE_BEFORE.test(before)) passiveHelp(frame, at, before, afterVerb + by[0].length - 2);
      return;
    }
    // "made available the NCSC", "made the BSI available": the body put at someone's service.
    const madeAvailable = [
      ...frame.slots.filter((s) => s.kind === "actor" && s.start > at && s.end <= afterVerb),
      ...objectAfter(frame, afterVerb),
    ].find((s) => ["agency", "organization"].includes(typeOf(frame, s.key) ?? ""));
    // "sent a team of hackers to break into its systems", "sent operatives to plant the malware": attackers sent help no one.
    if (attackersSent(state.lexicon.words).test(rest)) return;
    // "provided" or "sent" alone is not help: what was given must be ("sent experts", "shared intelligence with").
    if (
      !bareHelpVerb &&
      !(placed && madeAvailable) &&
      !deliveryObject.test(rest) &&
      !/^\s*(?:the\s+)?\S+\s+(?:with|to)\b/i.test(rest)
    )
      return;
    // "Germany's BSI is helping X": the body helps; its possessor state is tied to it by part-of, as a hit
    // body's state is no target ("Germany has sent BSI analysts": the state is the subject and helps).
    const named = withBodyNamed(frame, actingSubject(frame, at, before));
    const helpers = named.length > 0 ? named : institutionSubject(frame, at);
    if (helpers.length === 0) return;
    const { helpTo, teamAfter, teamBefore } = helpOf(frame);
    const helperKeys = [...actorsOf(frame, helpers), ...ownersNamedWith(frame, helpers)];
    // "commissioned ANSSI to provide", "makes X available": the body put to work helps as well.
    if (placed && madeAvailable) helperKeys.push(madeAvailable.key);
    const partnered = /\bwork/i.test(word);
    const clauseEndsAt = clauseEnd(frame, afterVerb);
    // "worked with Belarusian intelligence on the hack of Lithuania's grid": working beside someone
    // on an attack whose victim is another is no help to anyone: the victim is what the work was
    // about, and the partner (an accomplice, or an ordinary partner) was not hit.
    const workedOn = partnered
      ? attackWorkedOn(state.lexicon.words).exec(state.text.slice(afterVerb, clauseEndsAt))
      : null;
    const partner = workedOn ? partnerAt(frame, afterVerb) : undefined;
    if (workedOn && partner && !partnerMayBeHelped(frame, partner, afterVerb + workedOn.index)) return;
    const objects = objectAfter(frame, afterVerb, helperKeys).filter(
      (s) => isActor(frame, s) && (!workedOn || s.start < afterVerb + workedOn.index),
    );
    // "sent a team of FBI agents": whoever the team is made of helps too; "working alongside
    // the operator's engineers", "helped the operator's engineers": the partner's staff are helped, they send no one.
    // "helped LPDC engineers restore": the object of a verb of helping is helped, its staff with it.
    const helpsObject = (s: Slot) =>
      aidVerb(state.lexicon.words).test(word) && headsPhraseAt(frame, afterVerb, s);
    for (const s of frame.slots)
      if (
        !partnered &&
        s.kind === "actor" &&
        !helpsObject(s) &&
        s.start >= afterVerb &&
        s.end <= clauseEndsAt &&
        (teamAfter.test(state.text.slice(s.end)) || teamBefore.test(state.text.slice(afterVerb, s.start))) &&
        !helperKeys.includes(s.key)
      )
        helperKeys.push(s.key);
    const exclude = [...helperKeys];
    // "sent experts to Tallinn to help RIA": the one helped follows "to help".
    const to = helpTo.exec(rest);
    const helpedAt = to ? afterVerb + to.index + to[0].length : afterVerb;
    const helped = to ? objectAfter(frame, helpedAt, exclude) : [];
    let beneficiaries = (helped.length ? helped : objects)
      .filter((s) => !exclude.includes(s.key) && isActor(frame, s) && typeOf(frame, s.key) !== "person")
      .map((s) => s.key);
    // "assisted our incident response team" in a press release: the page's issuer is helped.
    const ours = !to && /^\s*(?:us|our)\b/i.test(rest);
    const issuer = ours ? pressIssuer(frame) : undefined;
    if (issuer && !exclude.includes(issuer)) beneficiaries = [issuer];
    // "helping the bank to rebuild": a definite description as the object names the body the
    // article named, whatever actor a later phrase names ("... to rebuild its systems").
    const referred = helped.length === 0 ? bodyReferredAt(frame, helpedAt) : undefined;
    if (referred && !exclude.includes(referred)) beneficiaries = [referred];
    // "helped rebuild the mill's payroll servers": whose systems were restored is helped.
    const restored =
      beneficiaries.length === 0 && aidVerb(state.lexicon.words).test(word)
        ? restoredOwner(frame, afterVerb, exclude)
        : undefined;
    if (restored) beneficiaries = [restored];
    // "working with the court's IT staff", "alongside KNEDC engineers": the body whose people they are is helped.
    const found = partnered ? staffOwner(frame, afterVerb, exclude) : undefined;
    const isHit = hitSide(frame);
    // The looser forms say help only where one of the two is the side hit (see LOOSE_PARTNER).
    const loose = partnered && !PARTNERED_WHOLE.test(word);
    const staff = loose && found && !isHit(found) && !helperKeys.some(isHit) ? undefined : found;
    if (staff) beneficiaries = [staff];
    else if (loose) return;
    // "responds to the request of the Montenegrin authorities and makes X available": help answers the request.
    // "has teamed up with Orlatek and a registrar": a partner named by a name the article never
    // resolved is no one helped, and not the state the article is about.
    const name = UNRESOLVED_NAME.exec(rest);
    const nameAt = name ? afterVerb + name[0].length - 1 : -1;
    // "is helping Comelec to rebuild": so is a name right after a help verb that takes the helped as its object.
    if (
      beneficiaries.length === 0 &&
      (partnered || aidVerb(state.lexicon.words).test(word)) &&
      !to &&
      name &&
      !frame.slots.some((s) => s.start <= nameAt && s.end > nameAt)
    )
      return;
    // "sent two analysts, who are working with ZimCIRT": with no place named, the body worked beside
    // is helped, not the state the article is about (a place named, "to Harare", is kept).
    const later =
      beneficiaries.length === 0 &&
      !partnered &&
      !to &&
      teamSent(state.lexicon.words).test(rest) &&
      partnerLater(frame, afterVerb, exclude);
    if (later) beneficiaries = [later];
    if (beneficiaries.length === 0) beneficiaries = requesterAnswered(frame, at, exclude);
    // "sought help from A and B, both of which have deployed teams": the one who asked them is helped.
    if (beneficiaries.length === 0) beneficiaries = askedInSentence(frame, helperKeys);
    // "working with the company on the investigation": the company the article spoke of last.
    if (
      beneficiaries.length === 0 &&
      frame.lastOrganization &&
      /^\s*(?:alongside\s+|with\s+)?the\s+(?:company|firm|operator|business)\b/i.test(rest)
    )
      beneficiaries = [frame.lastOrganization];
    if (beneficiaries.length === 0) beneficiaries = speakerHelped(frame, helperKeys);
    if (beneficiaries.length === 0) beneficiaries = attackedTopic(frame, helperKeys);
    beneficiaries = beneficiaries.map((b) => bodyOfSentence(frame, b, at) ?? b);
    // "The ministry has worked closely with the FBI": of two working together, the side hit is helped.
    // "The ministry has been working with Microsoft's engineers": the people's body helps the side hit.
    const reversed =
      partnered &&
      helperKeys.some(isHit) &&
      beneficiaries.every((k) => (staff || typeOf(frame, sideOf(frame, k) ?? k) === "state") && !isHit(k));
    helpEach(
      frame,
      helperKeys,
      beneficiaries.filter((b) => !helperKeys.includes(b)),
      reversed,
    );
  },
};

/** "on the hack of", "in the March intrusion into": the attack a work beside someone was about. */
const attackWorkedOn = (words: Words) =>
  patternFor(
    words,
    "attack-worked-on",
    (w) =>
      new RegExp(`\\b(?:on|in)\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.attack.any})\\b`, "i"),
  );

/** What may stand before a partner's name or adjective after "with"/"alongside": an article, "both". */
const PARTNER_LEAD = /^\s*(?:(?:both|the|a|an)\s+)?$/i;

/** The state, body or state's adjective heading the phrase after a verb of working beside ("with Belarusian intelligence"). */
function partnerAt(frame: Frame, at: number): Slot | undefined {
  const end = clauseEnd(frame, at);
  const first = frame.slots.find(
    (s) => (s.kind === "actor" || s.kind === "modifier") && s.start >= at && s.start < end,
  );
  return first && PARTNER_LEAD.test(frame.state.text.slice(at, first.start)) && isRequester(frame, first.key)
    ? first
    : undefined;
}

/**
 * Whether partners worked beside on an attack (named from `attackAt`) can be the ones helped: not
 * when every victim named there is of another side than each partner ("with Estonian and Latvian
 * police on the breach of Latvia's customs": the Latvian police are helped).
 */
function partnerMayBeHelped(frame: Frame, first: Slot, attackAt: number): boolean {
  const sides = frame.slots
    .filter(
      (s) =>
        (s.kind === "actor" || s.kind === "modifier") &&
        s.start >= first.start &&
        s.start < attackAt &&
        isRequester(frame, s.key),
    )
    .map((s) => sideOf(frame, s.key) ?? s.key);
  return !frame.slots.some(
    (s) =>
      s.kind === "actor" &&
      s.start >= attackAt &&
      s.end <= clauseEnd(frame, attackAt) &&
      !sides.includes(sideOf(frame, s.key) ?? s.key),
  );
}

/** "helped restore", "helped to rebuild": a verb of the response work right after a verb of help. */
const restoreAfterAid = (words: Words) =>
  patternFor(
    words,
    "restore-after-aid",
    (w) => new RegExp(`^\\s+(?:to\\s+)?(?:${w.verbs.respond.present})\\s+`, "i"),
  );

/**
 * The owner of what a helper's work restored, right after the verb of help ("helped rebuild the
 * mill's payroll servers", "helped recover Tarn Water's billing system"): an actor named as the
 * object's possessor, or a body's head noun in the possessive (the body the article named with it).
 */
function restoredOwner(frame: Frame, afterVerb: number, exclude: string[]): string | undefined {
  const { text } = frame.state;
  const verb = restoreAfterAid(frame.state.lexicon.words).exec(
    text.slice(afterVerb, clauseEnd(frame, afterVerb)),
  );
  if (!verb) return undefined;
  const at = afterVerb + verb[0].length;
  const owner = objectAfter(frame, at, exclude).find(
    (s) => s.possessive && isActor(frame, s) && headsPhraseAt(frame, at, s),
  );
  if (owner) return owner.key;
  const noun = HEAD_NOUN_POSSESSIVE.exec(text.slice(at, frame.sentence.end))?.[1];
  const body = noun ? namedBody(frame, noun, at) : undefined;
  return body && !exclude.includes(body) ? body : undefined;
}

/** A body's head noun in the possessive ("the port's"): the body the article named with it. */
const HEAD_NOUN_POSSESSIVE = /^the\s+(\p{Ll}+)['’]s?\s/u;

/** A trigger ending on a verb of help whose object is the one helped ("helped", "is assisting"). */
const aidVerb = (words: Words) =>
  patternFor(words, "aid-verb", (w) => new RegExp(`\\b(?:${w.verbs.aid.any})$`, "i"));

/**
 * A body's own people as the object of working beside ("the court's IT staff", "KNEDC engineers",
 * "the statistics agency's own staff", "its investigators", "our cybercrime unit"): the phrase
 * before the people noun names their body.
 */
const staffPhrase = (words: Words) =>
  patternFor(
    words,
    "staff-phrase",
    (w) =>
      new RegExp(
        `^(\\s*(?:the\\s+)?(?:[\\p{L}.&-]+\\s+){0,2}?[\\p{L}.&-]+?)(?:['’]s?)?\\s+(?:own\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${w.nouns.team.any}|${w.nouns.staff.any})\\b`,
        "iu",
      ),
  );

/**
 * The body whose own people a team works beside, from `at` (after "with"/"alongside"): a body
 * named in the phrase ("Ghana's Electoral Commission staff": the commission); "its"/"their": the one
 * that asked the team's senders for help in the sentence, else the body the incident under
 * discussion hit; "our": the speaker's body or the page's issuer; a head noun ("the police's own"),
 * or a word of a name ("Pelindo's engineers"), names the body the article named last with it.
 */
export function staffOwner(frame: Frame, at: number, helpers: string[]): string | undefined {
  const { state } = frame;
  const ofBody = staffOfBody(frame, at, helpers);
  if (ofBody) return ofBody;
  const phrase = staffPhrase(state.lexicon.words).exec(state.text.slice(at, clauseEnd(frame, at)));
  const owner = phrase?.[1];
  if (!phrase || !owner) return undefined;
  const head = frame.slots.find(
    (s) => s.kind === "actor" && s.start >= at && s.end <= at + phrase[0].length && isActor(frame, s),
  );
  const word = /[\p{L}.&-]+$/u.exec(owner)?.[0] ?? "";
  const pronoun = /^(?:its|their)$/i.test(word);
  // "its" read by coreference as the helper names its own people ("the BSI said it is working with
  // its engineers": the helper is no candidate), unless someone in the sentence asked the helpers
  // for help: their people, then; the body hit only when no coreference read "its".
  const candidates = [
    head && (ownedBody(frame, head) ?? head).key,
    ...(pronoun ? askedInSentence(frame, helpers) : []),
    pronoun && !head ? incidentBody(frame) : undefined,
    ...(/^our$/i.test(word) ? [...actorsOf(frame, frame.speakerSlots), pressIssuer(frame)] : []),
    pronoun ? undefined : namedBody(frame, word, at),
  ];
  return candidates.find((k): k is string => !!k && !helpers.includes(k) && isRequester(frame, k));
}

/**
 * "sent two analysts to Harare, and they are working with ZimCIRT", "arrived in Suva and has since
 * worked alongside officers of the ministry", "sent three specialists, who are working with the
 * commission's IT staff": the team goes on, in a clause joined to the one that sent it, to work
 * beside a body (or its people); its people, or a body of the side hit, are the ones helped. Read
 * from `from` (after the verb of sending or arriving) to the sentence's end.
 */
export function partnerLater(frame: Frame, from: number, helpers: string[]): string | undefined {
  const rest = frame.state.text.slice(from, frame.sentence.end);
  const beside = WORKS_BESIDE.exec(rest);
  if (!beside || !TEAM_GOES_ON.test(rest.slice(0, beside.index))) return undefined;
  const at = from + beside.index + beside[0].length;
  const sides = helpers.map((k) => sideOf(frame, k) ?? k);
  const named = helpedNamedAt(frame, at, sides);
  // A body's own people worked beside ("the utility's engineers") are where the help goes; a body
  // worked beside by name is helped only when it is on the side hit (the victim, a body of the
  // attacked state) or asked the helpers: a firm or a fellow helper ("working with Mandiant", "with
  // Interpol") is a partner in the work, and the side the article is about stays the one helped.
  const onHitSide =
    named &&
    ["agency", "organization"].includes(typeOf(frame, named) ?? "") &&
    (hitSide(frame)(named) || askedInSentence(frame, helpers).includes(named));
  return staffOwner(frame, at, helpers) ?? (onHitSide ? named : undefined);
}

/**
 * Between a team's sending (or arrival) and its working beside someone: ", and they are", " and
 * has since been", ", who are already", ", where they": the same team goes on, with no subject of its own.
 */
const TEAM_GOES_ON = new RegExp(
  String.raw`^[^;:.()"“”]*?(?:,?\s+and\s+(?:they\s+)?|,\s+(?:who|which|where\s+they)\s+)(?:(?:${alternation([...RELATIVE_CLAUSE_LEADS, ...ONGOING_ADVERBS, "since"])})\s+){0,3}$`,
  "i",
);

/** A team as what a verb of sending sends ("two analysts to Lima", "a team of four"). */
const teamSent = (words: Words) =>
  patternFor(
    words,
    "team-sent",
    (w) =>
      new RegExp(String.raw`^\s*(?:${TEAM_QUANTIFIER}\s+)?(?:[\w-]+\s+){0,3}?(?:${w.nouns.team.any})\b`, "i"),
  );

/** People named before their body: "the engineers of the water utility", "specialists at the Treasury". */
const staffOf = (words: Words) =>
  patternFor(
    words,
    "staff-of",
    (w) =>
      new RegExp(
        `^\\s*(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${w.nouns.team.any}|${w.nouns.staff.any})\\s+(?:of|at)\\s+`,
        "iu",
      ),
  );

/**
 * The body whose people a team works beside when they are named before it ("alongside the engineers
 * of the water utility", "with the analysts at the CERT", "beside technicians at the operator"): a
 * body named there, or the one a definite description refers to; only a body on the side hit (a
 * team of the helpers' own partners, "with analysts of Europol", is cooperation, no help).
 */
function staffOfBody(frame: Frame, at: number, helpers: string[]): string | undefined {
  const of = staffOf(frame.state.lexicon.words).exec(frame.state.text.slice(at, clauseEnd(frame, at)));
  if (!of) return undefined;
  const from = at + of[0].length;
  const named = objectAfter(frame, from, helpers).find(
    (s) => isActor(frame, s) && headsPhraseAt(frame, from, s),
  );
  const key = named ? (ownedBody(frame, named) ?? named).key : describedBody(frame, from);
  return key && !helpers.includes(key) && isRequester(frame, key) && hitSide(frame)(key) ? key : undefined;
}

/** "the grid operator", "the water utility", "the agency": a definite description of up to three words. */
const DESCRIPTION = /^the\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;

/**
 * The body a definite description at `at` refers to: the last of its words that names one ("the
 * water company": a company the article named by that noun), whatever follows it ("for ten days").
 * Not merely the company named last: "the grid operator" may be one the text never named.
 */
function describedBody(frame: Frame, at: number): string | undefined {
  const words = DESCRIPTION.exec(frame.state.text.slice(at, frame.sentence.end))?.[1]?.split(/\s+/) ?? [];
  for (const word of words.reverse()) {
    const body = namedBody(frame, word, at, false);
    if (body) return body;
  }
  return undefined;
}

/** Attackers as what is sent ("a team of hackers"), or an attack as what they are sent to do ("to break into", "to plant the malware"). */
const attackersSent = (words: Words) =>
  patternFor(
    words,
    "attackers-sent",
    (w) =>
      new RegExp(
        `^\\s*(?:${TEAM_QUANTIFIER}\\s+)?(?:(?:${w.nouns.team.any})\\s+of\\s+)?(?:${w.nouns.attacker.any})\\b|\\bto\\s+(?:${w.verbs.attack.present}|${w.verbs.steal.present}|(?:${w.verbs.implant.present})\\s+(?:the\\s+|a\\s+|its\\s+)?(?:${w.nouns.hostileAct.any}))\\b`,
        "i",
      ),
  );

/** A capitalised word right after "with"/"alongside": a name (no slot read it, or the objects would hold it). */
const UNRESOLVED_NAME = /^\s*(?:the\s+)?\p{Lu}[\p{L}-]*/u;

/**
 * A team noun as the verb's subject ("whose engineers", "its analysts have also") and an actor as
 * its object ("supported the port"): help as the team's work. "supported the conclusion that" is not.
 */
function teamHelpsActor(frame: Frame, before: string, afterVerb: number): boolean {
  if (!teamSubject(frame.state.lexicon.words).test(before)) return false;
  const object = objectAfter(frame, afterVerb)[0];
  return !!object && isActor(frame, object) && headsPhraseAt(frame, afterVerb, object);
}

/** A team noun right before the verb, as its subject ("whose engineers", "its analysts have also"). */
const teamSubject = (words: Words) =>
  patternFor(
    words,
    "team-subject",
    (w) => new RegExp(`\\b(?:${w.nouns.team.any})\\s+(?:(?:has|have|had|also|already|then)\\s+){0,2}$`, "i"),
  );

/**
 * "The Netherlands said British intelligence had helped", "Ozola said RIA had provided valuable
 * support": help reported with no one named as helped went to the one reporting it, a state or body.
 */
function speakerHelped(frame: Frame, helpers: string[]): string[] {
  const accused = accusedSide(
    frame.state,
    frame.state.claims.filter((c) => c.type === "attributed-to").map((c) => c.target),
  );
  const reporter = frame.speakers.find(
    (k) =>
      ["state", "agency"].includes(typeOf(frame, k) ?? "") &&
      !helpers.includes(k) &&
      !accused.has(k) &&
      // Help reported by the one helped comes from abroad: a body of the reporter's own state only works with it.
      !!sideOf(frame, k) &&
      !helpers.some((h) => sideOf(frame, h) === sideOf(frame, k)),
  );
  return reporter ? [reporter] : [];
}
