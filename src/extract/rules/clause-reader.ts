/**
 * The clause reader: one general reading for the help, belonging and denial claims that the
 * wording rules before it did not make. For a trigger verb of a claim family it reads the clause's
 * subject (the actor heading the clause, past an opening phrase, a relative aside and who speaks
 * it, with coordinated actors; the subject of a verb joined by "and"; a demonym heading the clause;
 * the speaker a pronoun stands for; the by-agent of a passive) and its object (the first actor after
 * the verb, the antecedent of "X, which Y joined", or the incident a denial is about), and emits
 * the family's edge when the data model allows the two types. A noun of belonging ("both members
 * of", ", part of") reads the phrase before it the same way. It runs after every wording rule and
 * only for a clause whose two ends no claim of the type already joins, so it adds the plain clauses
 * the wordings missed without stating a claim twice. Negated, modal, conditional and questioning
 * clauses claim nothing.
 */
import { edgeAllowed, type EdgeType } from "../../model/types";
import { accusedSide } from "../document-state";
import {
  BASE_FORM_PRONOUNS,
  BELONGING_LINKS,
  BELONGING_NEGATORS,
  BELONGING_NOUN_NEGATORS,
  COPULAS,
  GENERIC_KINDS,
  QUALIFIES_NOUN,
  OTHER_DEED_QUALIFIERS,
  TENURE_ENDS,
  MODALS,
  NOUN_MARKERS,
  ONGOING_ADVERBS,
  JOINED_VERB_ADVERBS,
  PRONOUN_VERB_AUXILIARIES,
  UNASSERTED_VERB_LEADS,
  VERB_JOINING_CONJUNCTIONS,
  alternation,
  type VerbForms,
  type Words,
} from "../lexicon";
import type { Slot } from "../mentions";
import {
  actorsOf,
  clauseEnd,
  clauseStart,
  CONDITIONAL,
  conditionalPredicate,
  openedByConditional,
  emit,
  headsPhraseAt,
  hyphenOrSpace,
  isActor,
  memberNoun,
  objectAfter,
  ownedBody,
  PASSIVE_LEAD,
  pastOpeningPhrase,
  patternFor,
  pronounSpeaker,
  subjectBefore,
  typeOf,
  type Frame,
} from "./frame";
import { subjectBeforeAside } from "./condemnation";
import { hitSide, sideOf } from "./help/sides";
import type { ClaimRule, TriggerMatch } from "./rule";

/** One claim family the clause reader knows. */
interface ClauseFamily {
  id: string;
  /** The edge types the family states, the first the data model allows for the two ends ("joined": member-of, part-of). */
  types: readonly EdgeType[];
  /** The family's verb (its forms in the lexicon). */
  verb: (w: Words) => VerbForms;
  /** The object is the incident the clause speaks of, not an actor. */
  incidentObject?: boolean;
  /** What the clause after the verb must name for the verb to mean the family's act ("for help"). */
  cue?: (w: Words) => string;
}

/** A help noun, a verb of help or of the response work, or a team: what a request or offer is about. */
const helpCue = (w: Words) =>
  `${w.nouns.help.any}|${w.verbs.deliver.any}|${w.verbs.respond.any}|${w.nouns.team.any}|${w.nouns.deliverable.any}`;

/** An attack, an accusation or what was done: what a denial is about. */
const deedCue = (w: Words) =>
  `${w.nouns.attack.any}|${w.nouns.incident.any}|${w.nouns.accusation.any}|${w.nouns.hostileAct.any}|${w.nouns.cyberDeed.any}`;

/** What belonging to a body is, by the two ends' types: a state's membership, an agency's place, a group's sponsor, a person's post. */
const BELONGING: readonly EdgeType[] = ["member-of", "part-of", "attributed-to", "affiliated-with"];

const FAMILIES: readonly ClauseFamily[] = [
  { id: "request", types: ["requested-help"], verb: (w) => w.verbs.request, cue: helpCue },
  { id: "offer", types: ["offered-help"], verb: (w) => w.verbs.offer, cue: helpCue },
  { id: "aid", types: ["assisted"], verb: (w) => w.verbs.aid },
  { id: "belong", types: BELONGING, verb: (w) => w.verbs.belong },
  { id: "deny", types: ["denied"], verb: (w) => w.verbs.deny, incidentObject: true, cue: deedCue },
];

const HELP_TYPES: readonly EdgeType[] = ["requested-help", "offered-help", "assisted"];

/**
 * What makes a verb assert nothing besides a negation (which the runner drops before any rule sees
 * the trigger, rules/mood.ts): a modal or an infinitive ("could ask", 'plans to "help"').
 */
const UNASSERTED_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(MODALS)}|to)\s+(?:(?:\p{Ll}+ly|${alternation(UNASSERTED_VERB_LEADS)})\s+){0,2}["“]?$`,
  "iu",
);

/** A determiner or preposition right before the word: a noun of the same spelling ("the requested aid", "for helping"). */
const NOUN_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alternation(NOUN_MARKERS)})\s+["“]?$`, "iu");

/** A plain verb's base form asserts only after a pronoun subject ("we thank"); elsewhere it is an infinitive or a noun. */
const BASE_FORM_SUBJECT = new RegExp(
  String.raw`\b(?:${alternation(BASE_FORM_PRONOUNS)})\s+(?:(?:\p{Ll}+ly|also)\s+)?$`,
  "u",
);

/** A past participle of a regular verb ("helped", "assisted"): after "was", a passive. */
const PARTICIPLE_FORM = /ed$/i;

/**
 * The family's verb as a finite verb or a participle: its -s or past form, its -ing form after a
 * form of "be" ("is helping"; "denied helping" asserts no help), or its base form after "we".
 */
function finiteVerb(frame: Frame, family: ClauseFamily, word: string, before: string): boolean {
  const forms = (part: "finite" | "gerund") =>
    patternFor(frame.state.lexicon.words, `clause-${part}-${family.id}`, (w) => {
      const v = family.verb(w);
      return new RegExp(`^(?:${part === "finite" ? `${v.third}|${v.past}` : v.gerund})\\b`, "i");
    });
  if (forms("finite").test(word)) return true;
  if (forms("gerund").test(word)) return PROGRESSIVE_BE.test(before);
  return BASE_FORM_SUBJECT.test(before);
}

/** A form of "be" before an -ing form, adverbs between: a progressive ("has been quietly helping"). */
const PROGRESSIVE_BE = new RegExp(
  String.raw`\b(?:${alternation([...COPULAS])})\s+(?:(?:\p{Ll}+ly|${alternation(ONGOING_ADVERBS)})\s+){0,2}$`,
  "iu",
);

/** The family's cue, built once per lexicon. */
function cueOf(frame: Frame, family: ClauseFamily): RegExp | undefined {
  const cue = family.cue;
  return cue
    ? patternFor(
        frame.state.lexicon.words,
        `clause-cue-${family.id}`,
        (w) => new RegExp(`\\b(?:${cue(w)})\\b`, "i"),
      )
    : undefined;
}

/** "all forms of cyberattacks", "similar accusations": a deed or charge in general, or another one, no incident. */
const genericDeed = (words: Words) =>
  patternFor(
    words,
    "generic-deed",
    () =>
      new RegExp(
        `\\b(?:(?:all|any|every)\\s+(?:${alternation(GENERIC_KINDS)})\\s+of|${alternation(OTHER_DEED_QUALIFIERS)})\\b`,
        "i",
      ),
  );

/** "in the Lisbon bank theft": a deed a name qualifies, which no incident slot read, is another incident. */
const namedDeed = (words: Words) =>
  patternFor(
    words,
    "named-deed",
    (w) =>
      new RegExp(
        `\\b(?:the|a|an)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)+(?:${w.nouns.attack.any}|${w.nouns.incident.any}|${w.nouns.recalledEvent.any})\\b`,
        "u",
      ),
  );

/** Whether an entity is named between `from` and `to`. */
function namedWithin(frame: Frame, key: string, from: number, to: number): boolean {
  return !!frame.state.entities.get(key)?.mentions.some((m) => m.start >= from && m.end <= to);
}

/**
 * Whether a wording rule already read this clause: a claim of the type whose two ends the clause
 * names. Help is read once per sentence: the help rules weigh who really helps whom (a body in
 * apposition, a team's owner, "it" for the speaker), so a second reading of the same sentence
 * only adds a wrong pair.
 */
function claimedInClause(frame: Frame, type: EdgeType, from: number, to: number, objectFrom = from): boolean {
  const { start } = frame.sentence;
  return frame.state.claims.some(
    (c) =>
      c.type === type &&
      c.evidence[0]!.start === start &&
      (HELP_TYPES.includes(type) ||
        ((namedWithin(frame, c.source, from, to) || c.source.startsWith("incident:")) &&
          (namedWithin(frame, c.target, objectFrom, to) || c.target.startsWith("incident:")))),
  );
}

/**
 * The clause's subject at `at`: past an opening phrase and past who speaks the clause ("Its
 * spokesman says Bangladesh has asked"), or who speaks when a pronoun stands for them.
 */
function subjectOf(frame: Frame, at: number, before: string): Slot[] {
  const speakerEnd = Math.max(0, ...frame.speakerSlots.filter((s) => s.end <= at).map((s) => s.end));
  // "The bloc, which groups A, B and C, asked": the head before the aside, not its members.
  const subject = subjectBeforeAside(frame, at) ?? pastOpeningPhrase(frame, subjectBefore(frame, at), at);
  if (subject.length > 0 && subject[0]!.start >= speakerEnd) return subject;
  const afterSpeaker = frame.slots.find(
    (s) => s.kind === "actor" && s.start >= speakerEnd && s.end <= at && isActor(frame, s),
  );
  if (subject.length > 0) return afterSpeaker ? [afterSpeaker] : [];
  // "A team from X flew in, and has since been helping": a verb joined by "and" shares the subject.
  // "X said A was behind it, and condemned": a verb joined after a reported clause is the speaker's.
  const joined = VERB_JOINED.exec(before);
  if (joined) {
    const shared = subjectOf(frame, frame.sentence.start + joined.index, before.slice(0, joined.index));
    const speaker = frame.speakerSlots.find((s) => s.end <= (shared[0]?.start ?? 0));
    return speaker ? [speaker] : shared;
  }
  const demonym = demonymSubject(frame, at);
  if (demonym) return [demonym];
  return pronounSpeaker(frame, at, before);
}

/** A verb joined to the one before by "and", with no subject of its own ("flew in, and has since been helping"). */
const VERB_JOINED = new RegExp(
  String.raw`(?:\s|,\s*)(?:${alternation(VERB_JOINING_CONJUNCTIONS)})\s+(?:(?:${alternation([...JOINED_VERB_ADVERBS, ...PRONOUN_VERB_AUXILIARIES])})\s+){0,3}$`,
  "i",
);

/** "Peruvian prosecutors thanked": a demonym heading the clause stands for its state. */
function demonymSubject(frame: Frame, at: number): Slot | undefined {
  const from = clauseStart(frame, at);
  const head = frame.slots.find((s) => s.start >= from && s.end <= at);
  const opening = head ? frame.state.text.slice(from, head.start) : "";
  return head?.kind === "modifier" && typeOf(frame, head.key) === "state" && /^\W*(?:the\s+)?$/i.test(opening)
    ? head
    : undefined;
}

/**
 * The actors after the verb: a possessor gives way to the body it owns ("asked India's CERT-In"),
 * and a name qualifying a noun after it is no object ("joined EU sanctions"). `adjacent` (what one
 * belongs to): the first must head the phrase right after the verb ("is a unit of the bureau"),
 * and a possessor left alone is no object.
 */
function objectsOf(
  frame: Frame,
  from: number,
  exclude: string[],
  adjacent = false,
  ownsHelp = false,
): string[] {
  const objects = objectAfter(frame, from, exclude, true);
  if (adjacent && objects[0] && !headsPhraseAt(frame, from, objects[0])) return [];
  // "joined NATO's cyber centre": a possessor whose body went unnamed owns what one belongs to, it
  // is not it.
  return objects
    .map((s) => ownedBody(frame, s) ?? s)
    .filter(
      (s) =>
        isActor(frame, s) &&
        !(adjacent && s.possessive) &&
        !(ownsHelp && s.possessive && ownedBody(frame, s) === undefined) &&
        !QUALIFIES_NOUN.test(frame.state.text.slice(s.end, s.end + 30)),
    )
    .map((s) => s.key);
}

/**
 * The help families, where a possessor whose own body went unnamed is no end: "offered the
 * Centre's assistance" offers the Centre's help to someone else, and "requested the support of
 * Peru's Andean Cyber Unit" asks a unit the article does not name, not Peru.
 */
const OWNED_HELP = new Set(["request", "offer", "aid"]);

/** "NATO, which Türkiye joined": a relative pronoun before the subject is the verb's object, its antecedent named before it. */
function relativeObject(frame: Frame, subject: Slot[]): string[] {
  const head = subject[0];
  if (!head) return [];
  const { text } = frame.state;
  const relative = RELATIVE_OBJECT.exec(text.slice(frame.sentence.start, head.start));
  if (!relative) return [];
  const comma = frame.sentence.start + relative.index;
  const antecedent = [...frame.slots]
    .reverse()
    .find((s) => s.kind === "actor" && s.end <= comma && isActor(frame, s));
  return antecedent && ANTECEDENT_GAP.test(text.slice(antecedent.end, comma)) ? [antecedent.key] : [];
}

/** ", which", ", whom": a relative pronoun right before a clause's own subject. */
const RELATIVE_OBJECT = /,\s+(?:which|whom)\s+(?:the\s+)?$/i;
/** Between an antecedent and the comma: nothing, or a bracketed short form. */
const ANTECEDENT_GAP = /^\s*(?:\([^)]{1,30}\))?\s*$/;

/** The actors the article accuses (attributions' targets): they help no one and ask no one. */
function accused(frame: Frame): Set<string> {
  return new Set(frame.state.claims.filter((c) => c.type === "attributed-to").map((c) => c.target));
}

/**
 * Whether the edge's ends have types the data model allows; a help edge joins no group, no person
 * (a person helps or is helped as the body they hold office in) and no accused actor, nor a state
 * and its own body ("Japan offered experts from its police").
 */
function fits(frame: Frame, type: EdgeType, source: string, target: string, blamed: Set<string>): boolean {
  const from = typeOf(frame, source);
  const to = typeOf(frame, target);
  if (!from || !to || !edgeAllowed(type, from, to)) return false;
  if (!HELP_TYPES.includes(type)) return true;
  const ownBody = (state: string, body: string) =>
    typeOf(frame, state) === "state" && sideOf(frame, body) === state;
  return (
    !["group", "person"].includes(from) &&
    !["group", "person"].includes(to) &&
    !blamed.has(source) &&
    !blamed.has(target) &&
    !ownBody(source, target) &&
    !ownBody(target, source)
  );
}

/**
 * The incident a denial is about: one the clause names; else, unless the clause names another
 * deed ("similar accusations", "the Sony hack"), the last one the denier's side was accused
 * of (itself, its state, or a group that state sponsors). The incident under discussion is no fallback: in a story of several attacks, a denial
 * without a name is too often of another one.
 */
function incidentOf(frame: Frame, at: Range, agents: string[]): string | undefined {
  const named = frame.incidents.find((i) => i.start >= at.from && i.start < at.to);
  if (named) return named.key;
  const words = frame.state.lexicon.words;
  const rest = frame.state.text.slice(at.from, at.to);
  if (genericDeed(words).test(rest) || namedDeed(words).test(rest)) return undefined;
  const deniers = new Set(agents.flatMap((k) => [k, sideOf(frame, k) ?? k]));
  let incident: string | undefined;
  for (const [actor, accusedOf] of frame.state.lastAccusedOf)
    if ([...accusedSide(frame.state, [actor])].some((k) => deniers.has(k))) incident = accusedOf;
  return incident;
}

/** A span of the document. */
interface Range {
  from: number;
  to: number;
}

function readClause(family: ClauseFamily, frame: Frame, { at, end, word, before }: TriggerMatch): void {
  if (UNASSERTED_BEFORE.test(before) || NOUN_BEFORE.test(before) || /\?\s*$/.test(frame.sentence.text))
    return;
  if (!finiteVerb(frame, family, word, before)) return;
  const { text } = frame.state;
  const from = clauseStart(frame, at);
  if (CONDITIONAL.test(text.slice(from, at)) || openedByConditional(frame, from)) return;
  const clauseTo = clauseEnd(frame, end, true);
  const rest = text.slice(end, clauseTo);
  if (family.types.some((type) => claimedInClause(frame, type, clauseStart(frame, at), clauseTo))) return;
  const namesIncident = frame.incidents.some((i) => i.start >= end && i.start < clauseTo);
  if (cueOf(frame, family)?.test(rest) === false && !(family.incidentObject && namesIncident)) return;
  // "asked not to be quoted", "offered not to press charges": the infinitive after the verb is negated.
  if (/^\s+not\b/i.test(rest)) return;
  // "was helped by Mandiant": the by-agent acts; without one, no one named does.
  const passive = PASSIVE_LEAD.test(before) && PARTICIPLE_FORM.test(word);
  if (passive && !/^\s*by\b/i.test(rest)) return;
  const subjectSlots = subjectOf(frame, at, before);
  // "The government asked Seoul": a subject only a role names is read by the wording rules, which know whose it is.
  if (!passive && subjectSlots.length > 0 && subjectSlots.every((s) => s.source === "role")) return;
  const clauseSubject = actorsOf(frame, subjectSlots);
  const agents = passive ? objectsOf(frame, end, clauseSubject) : clauseSubject;
  const incident = family.incidentObject ? incidentOf(frame, { from: end, to: clauseTo }, agents) : undefined;
  const inverted = relativeObject(frame, subjectSlots);
  const objects = family.incidentObject
    ? [incident].filter((k) => k !== undefined)
    : passive
      ? clauseSubject
      : inverted.length > 0
        ? inverted
        : objectsOf(frame, end, clauseSubject, family.types === BELONGING, OWNED_HELP.has(family.id));
  const blamed = accused(frame);
  const isHit = hitSide(frame);
  for (const source of agents)
    for (const target of objects) {
      // "Chile asked Peru to share the samples", Peru hit: an outsider asking the side hit asks no aid.
      if (family.id === "request" && isHit(target) && !isHit(source)) continue;
      const type = family.types.find((t) => fits(frame, t, source, target, blamed));
      if (type) emit(frame, type, source, target);
    }
}

/**
 * What stands between a subject and a belonging noun: a copula or an apposition's comma, then a
 * few lower-case words ("are after all both members of", ", a founding member of", "is part of",
 * ", the cyber arm of"). A negation among them is read by the check after it.
 */
const BELONGING_GAP = new RegExp(
  String.raw`^(?:\s*\([^)]{1,30}\))?(?:\s*,\s*|\s+(?:${alternation([...COPULAS, ...BELONGING_LINKS])})\s+)(?:[\p{Ll}-]+\s+){0,4}$`,
  "u",
);

/** "until", "till": a membership or post that has ended. */
const TENURE = new RegExp(`\\b(?:${alternation(TENURE_ENDS)})\\b`, "i");

/** A negation or a past tenure in the gap: "is not a member of", "a former part of". */
const BELONGING_DENIED = new RegExp(String.raw`\b(?:${alternation(BELONGING_NEGATORS)})\b`, "i");
/** A negator right before the belonging noun: "is no member of". */
const NOUN_DENIED = new RegExp(String.raw`\b(?:${alternation(BELONGING_NOUN_NEGATORS)})\s+$`, "i");

/**
 * The actors heading the phrase that ends at `at`, with those joined to it by "and" or commas ("A
 * and B are both members"); a comma alone joins them only once an "and" closed the list ("A, B and
 * C"), so the body a clause names before ("briefed the alliance's council, A being a member of")
 * is none.
 */
function headsBefore(frame: Frame, at: number): Slot[] {
  const { text } = frame.state;
  const actors = frame.slots.filter((s) => s.kind === "actor" && s.end <= at && isActor(frame, s));
  const last = actors.pop();
  const gap = last && text.slice(last.end, at);
  if (!gap || !BELONGING_GAP.test(gap) || BELONGING_DENIED.test(gap) || NOUN_DENIED.test(gap)) return [];
  const out = [last];
  let closed = false;
  for (const s of actors.reverse()) {
    const join = text.slice(s.end, out[0]!.start);
    if (!/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(join) || !(closed ||= /\band\b/.test(join))) break;
    out.unshift(s);
  }
  return out;
}

/**
 * "A has been a member of B since 1995 and a founding member of C": a second noun of belonging
 * joined to a first has the first's members, those the sentence's claims on B have (a wording
 * rule may have read them), else the heads before the first noun.
 */
function joinedMembers(frame: Frame, at: number): string[] {
  const { text } = frame.state;
  const last = frame.slots.findLast((s) => s.kind === "actor" && s.end <= at && isActor(frame, s));
  const gap = last && text.slice(last.end, at);
  // "a member of B and a former member of C": the second membership is denied, whatever the first.
  if (!gap || !SECOND_BELONGING.test(gap) || BELONGING_DENIED.test(gap) || NOUN_DENIED.test(gap)) return [];
  const first = belongingNounBefore(frame.state.lexicon.words).exec(
    text.slice(frame.sentence.start, last.start),
  );
  if (!first) return [];
  const claimed = frame.state.claims
    .filter(
      (c) =>
        BELONGING.includes(c.type) && c.target === last.key && c.evidence[0]!.start === frame.sentence.start,
    )
    .map((c) => c.source);
  return claimed.length > 0
    ? [...new Set(claimed)]
    : actorsOf(frame, headsBefore(frame, frame.sentence.start + first.index));
}

/**
 * Between the body of one noun of belonging and a second one: "and", an article and a few
 * lower-case words, perhaps after the year the first began ("of B since 1995 and a member of", "in 1963 and").
 */
const SECOND_BELONGING = new RegExp(
  String.raw`^(?:\s+(?:since|in)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4})?\s*,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}$`,
  "u",
);

/** A noun of belonging and its "of" right before a body ("a member of the "): the first of two joined ones. */
const belongingNounBefore = (words: Words) =>
  patternFor(
    words,
    "clause-belonging-before",
    (w) => new RegExp(`\\b(?:${memberNoun(w)}|${w.nouns.subordinate.any})\\s+of\\s+(?:the\\s+)?$`, "i"),
  );

/** A member noun that names a state ("member state", "member countries"), as the belonging noun's trigger matched it. */
const stateMemberNoun = (words: Words) =>
  patternFor(
    words,
    "clause-state-member",
    (w) => new RegExp(String.raw`^(?:${hyphenOrSpace(w.nouns.stateMember.any)})\s+of$`, "i"),
  );
const STATE_MEMBERSHIP: readonly EdgeType[] = ["member-of"];

/**
 * "A and B are both members of C", "X, part of Y,", "the group, a unit of Y": a noun of belonging
 * with "of" says the phrase before it belongs to the actor after it; the types choose the edge.
 */
const belongingNounRule: ClaimRule = {
  id: "clause-belonging-noun",
  type: "member-of",
  trigger: (w) => new RegExp(`\\b(?:${memberNoun(w)}|${w.nouns.subordinate.any})\\s+of\\b`, "gi"),
  apply(frame, { at, end }) {
    const clauseTo = clauseEnd(frame, end);
    // A claim whose body this noun's phrase names was read; one of a body named before ("a member
    // of B and a member of C") leaves this noun's to read.
    if (BELONGING.some((type) => claimedInClause(frame, type, clauseStart(frame, at), clauseTo, at))) return;
    const heads = headsBefore(frame, at);
    // "If Timor-Leste became a member of the Forum": a condition states no membership.
    const [first, last] = [heads[0], heads.at(-1)];
    if (first && last && conditionalPredicate(frame, first, last, at)) return;
    const members = heads.length > 0 ? actorsOf(frame, heads) : joinedMembers(frame, at);
    // "a member of the bloc until 2019": the membership has ended.
    if (TENURE.test(frame.state.text.slice(end, clauseTo))) return;
    const bodies = objectsOf(frame, end, members, true);
    const blamed = accused(frame);
    // "the grid regulator of Lisk, one member country of the bloc": only a state is a member state.
    const types = stateMemberNoun(frame.state.lexicon.words).test(frame.state.text.slice(at, end))
      ? STATE_MEMBERSHIP
      : BELONGING;
    for (const member of members)
      for (const body of bodies) {
        const type = types.find((t) => fits(frame, t, member, body, blamed));
        if (type) emit(frame, type, member, body);
      }
  },
};

/** One rule object per family, each run after the wording rules (see rules/index.ts). */
const FAMILY_RULES: readonly ClaimRule[] = FAMILIES.map((family) => ({
  id: `clause-${family.id}`,
  type: family.types[0]!,
  trigger: (w: Words) => new RegExp(`\\b(?:${family.verb(w).any})\\b`, "gi"),
  apply: (frame: Frame, match: TriggerMatch) => readClause(family, frame, match),
}));

export const CLAUSE_READER_RULES: readonly ClaimRule[] = [...FAMILY_RULES, belongingNounRule];
