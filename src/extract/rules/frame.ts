/**
 * What every claim rule reads about one sentence: its slots, who speaks it (claimants), whether it
 * hedges, the date it names, and helpers that find the subject and object of a trigger word in
 * its clause. Rules stay small: find a trigger, ask the frame for the two ends, emit.
 */
import type { EdgeType, PartialDate } from "../../model";
import { entityType, type DocumentView } from "../document-state";
import { patternFor, type Words } from "../lexicon";

export { patternFor };
import type { Slot } from "../mentions";
import type { SentenceReading } from "../reading";
import type { Sentence } from "../sentences";
import type { ExtractedClaim, ExtractedEntity } from "../types";

/** The claim stage's own memory over one article: the claims so far and what they established. */
export interface ClaimMemory {
  claims: ExtractedClaim[];
  /** The last incident attributed to each actor: what "rejected the accusations" refers to. */
  lastAccusedOf: Map<string, string>;
  /** Persons whose affiliated-with claims were emitted (their offices may be learnt while looking ahead for a quote's speaker). */
  affiliationsClaimed: Set<string>;
}

/** What a claim rule may read and write: the article as read so far (read-only), and the claim memory. */
export type ClaimState = DocumentView & ClaimMemory;

/** One sentence as the claim rules see it: the reading stage's output for it, and who speaks it. */
export interface Frame extends SentenceReading {
  state: ClaimState;
  /** Who makes the claims of this sentence ("X said", "according to X"): the speakers and the bodies they speak for. */
  speakers: string[];
  hedged: boolean;
  /**
   * Entities a claim needs that the reading did not note (a sponsor named only inside a group's
   * name): the claim step's output, added to the article's entities after the sentence.
   */
  entitiesNeeded: ExtractedEntity[];
}

/** What opens a phrase naming the source of a claim ("according to X", "citing X", "quoted by X"). */
const SOURCE_PHRASE = "[Aa]ccording to|[Cc]iting|[Cc]ited|[Qq]uoted|[Qq]uoting";

/** The sentence-level patterns built from a lexicon's words, compiled once per lexicon. */
interface FramePatterns {
  speechAfter: RegExp;
  speechBefore: RegExp;
  hedge: RegExp;
  clauseBreak: RegExp;
  speechJoined: RegExp;
}
const framePatterns = new WeakMap<Words, FramePatterns>();

export function patternsOf(words: Words): FramePatterns {
  let p = framePatterns.get(words);
  if (!p) {
    const speech = words.verbs.speech;
    const said = `${speech.past}|${words.verbs.speechPast.past}`;
    p = {
      speechAfter: new RegExp(
        `^\\s*(?:\\)\\s*|\\([^)]{1,12}\\)\\s*)?(?:,\\s*)?(?:(?:has|have|had|also|later|then|since|repeatedly|publicly|previously)\\s+){0,2}(${speech.present}|${said}|(?:${words.verbs.speechThat.present}|${words.verbs.speechThat.past})\\s+that)\\b`,
      ),
      speechBefore: new RegExp(
        `\\b(${said}|${speech.third}|told \\w+)\\s+(?:the\\s+|a\\s+)?$|\\b(${SOURCE_PHRASE})\\b[^.;“”"]{0,70}$`,
      ),
      hedge: new RegExp(`\\b(?:${words.hedges})\\b`, "i"),
      speechJoined: new RegExp(`\\band\\s+(?:(?:later|also|then|has|have|had)\\s+)*(?:${said})\\b`),
      clauseBreak: new RegExp(
        `[;:“”"]|,\\s+(?:and|but|while|as|after|which|who|whose|where|when|saying|adding)\\b|\\b(?:but|after|before|when|while|because|although|though|whereas|that|whether)\\s|\\b(?:(?!told\\b|tells\\b)(?:${said}|${speech.third})|told\\s+(?:reporters|journalists|lawmakers|parliament|Reuters|AFP|AP))\\s+(?:on\\s+\\w+\\s+)?`,
        "g",
      ),
    };
    framePatterns.set(words, p);
  }
  return p;
}

export function typeOf(frame: Frame, key: string) {
  return entityType(frame.state, key);
}

export function findSpeakers(state: DocumentView, sentence: Sentence, slots: Slot[]): Slot[] {
  const { speechAfter, speechBefore } = patternsOf(state.lexicon.words);
  const speakers: Slot[] = [];
  for (const slot of slots) {
    if (slot.kind !== "actor") continue;
    // "Ironbark Security, who were brought in by the ministry, said": the relative clause stands aside.
    const aside = RELATIVE_ASIDE.exec(state.text.slice(slot.end, sentence.end))?.[0].length ?? 0;
    const after = state.text.slice(slot.end + aside, Math.min(sentence.end, slot.end + aside + 40));
    const before = state.text.slice(Math.max(sentence.start, slot.start - 30), slot.start);
    // "said the GRU's campaign was reckless": a possessive after the verb opens what is said.
    // A possessive heads a noun phrase, never a verb: "his remarks", "Israel's claims" are no speech.
    // "said Venezuela was behind it": after the verb, a slot with a verb of its own is what is said.
    const said = speechBefore.exec(before);
    const saysItself = said && !(said[1] && SUBJECT_OF_VERB.test(after));
    if (!slot.possessive && (speechAfter.test(after) || saysItself)) {
      for (const joint of coordinatedBefore(state, sentence, slots, slot))
        if (!speakers.includes(joint)) speakers.push(joint);
      speakers.push(slot);
    }
  }
  // "Jalali, who heads the agency, blamed X and later said ...": the sentence's subject speaks a
  // second verb joined to the first by "and".
  const subject = slots.find((s) => s.kind === "actor");
  if (
    speakers.length === 0 &&
    subject &&
    !subject.possessive &&
    /^\W*(?:the\s+)?$/i.test(state.text.slice(sentence.start, subject.start)) &&
    patternsOf(state.lexicon.words).speechJoined.test(state.text.slice(subject.end, sentence.end))
  )
    speakers.push(subject);
  return speakers;
}

/** What joins two items of a list: ", ", " and ", ", and ", " as well as ". */
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:the\s+)?$/;
const LIST_LAST_JOINT = /^\s*(?:,\s*)?(?:and|as well as)\s+(?:the\s+)?$/;
/** Before a list that is a clause's subject: the sentence's or an opening phrase's end. */
const SUBJECT_LIST_OPENING = /(?:^|,)\s*(?:the\s+)?$/i;

/**
 * "In a joint statement, the United States, Britain and Australia said": the actors listed
 * before the one the speech verb follows speak too, when the list is the clause's subject
 * (closed by "and", opening the sentence or following an opening phrase's comma).
 */
function coordinatedBefore(state: DocumentView, sentence: Sentence, slots: Slot[], last: Slot): Slot[] {
  const actors = slots.filter((s) => s.kind === "actor" && s.end <= last.start);
  const list: Slot[] = [];
  let next = last;
  for (let k = actors.length - 1; k >= 0; k--) {
    const gap = state.text.slice(actors[k]!.end, next.start);
    if (!(next === last ? LIST_LAST_JOINT : LIST_JOINT).test(gap) || actors[k]!.possessive) break;
    list.unshift(actors[k]!);
    next = actors[k]!;
  }
  if (list.length === 0) return [];
  const opening = state.text.slice(sentence.start, list[0]!.start);
  return SUBJECT_LIST_OPENING.test(opening) ? list : [];
}

/** The lexicon's member nouns, a hyphen or a space between their words ("member-state", "member state"). */
export const memberNoun = (words: Words) =>
  words.nouns.member.any.replaceAll(String.raw`\s+`, String.raw`(?:-|\s+)`);

/** A relative clause between commas right after a slot ("X, whose team was brought in last week,"). */
const RELATIVE_ASIDE = /^\s*,\s*(?:who|which|whose)\b[^,;.“”"]{1,100},(?=\s)/i;

/** A slot followed by a finite verb is a clause's subject ("said Venezuela was behind"), not an inverted speaker. */
const SUBJECT_OF_VERB =
  /^\s+(?:(?:also|then|had|has|have)\s+)?(?:was|were|is|are|had|has|have|would|could|will|may|might|did|does|do|carried|launched|hacked|conducted)\b/i;

export function isHedged(words: Words, text: string): boolean {
  return patternsOf(words).hedge.test(text);
}

/** Start offset of the clause holding `at`. */
export function clauseStart(frame: Frame, at: number): number {
  const text = frame.state.text.slice(frame.sentence.start, at);
  const starts = [0];
  const clauseBreak = patternsOf(frame.state.lexicon.words).clauseBreak;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(text); m; m = clauseBreak.exec(text)) starts.push(m.index + m[0].length);
  let start = starts[starts.length - 1]!;
  // A relative clause closed by a comma ("Estonia, which joined NATO in 2004, asked") gives the main clause back.
  const relative = /,\s+(?:which|who)\b[^,]*,\s*[^,]*$/.exec(text);
  if (relative && relative.index < start) start = starts.filter((s) => s <= relative.index).pop() ?? 0;
  return frame.sentence.start + start;
}

/**
 * End offset of the clause holding `at`. `throughQuotes`: a quotation mark does not end it
 * ('asked Washington for "technical support"', 'is "ready to provide assistance" if Pakistan asks').
 */
export function clauseEnd(frame: Frame, at: number, throughQuotes = false): number {
  const rest = frame.state.text.slice(at, frame.sentence.end);
  const re = throughQuotes ? CLAUSE_END_PAST_QUOTES : CLAUSE_END;
  re.lastIndex = 0;
  const m = re.exec(rest);
  return m ? at + m.index : frame.sentence.end;
}

/** A clause ends at a comma before a conjunction or relative word, or at a subordinating word. */
const CLAUSE_JOINT = String.raw`,\s+(?:and|but|while|as|after|which|who|where|when|saying|adding)\b|\s(?:but|after|because|although|whereas|while)\s`;
const CLAUSE_END = new RegExp(String.raw`[;:“”"]|${CLAUSE_JOINT}`, "g");
/** A closing quote with a comma before or after it ends the quotation and its clause ('"... at short notice," X said'). */
const CLAUSE_END_PAST_QUOTES = new RegExp(String.raw`[;:]|,?\s*["”](?=\s*,)|,\s*["”]|${CLAUSE_JOINT}`, "g");

const isLocative = (frame: Frame, slot: Slot) =>
  /\b(in|at|near|inside|across|throughout)\s+(?:the\s+)?$/i.test(
    frame.state.text.slice(Math.max(frame.sentence.start, slot.start - 12), slot.start),
  );

/** "Russia's military intelligence service, the GRU": a body in apposition to what owns it. */
const ownedApposition = (words: Words) =>
  patternFor(
    words,
    "owned-apposition",
    (w) => new RegExp(`^(?:['’]s)?\\s*(?:[\\w-]+\\s+){0,4}?(?:${w.nouns.body.any})\\s*,\\s*(?:the\\s+)?$`),
  );

/**
 * What stands between an actor and the name it goes by: "a group it calls", ", which researchers
 * track as", ", the group commonly known as".
 */
export const namingGap = (words: Words) =>
  patternFor(
    words,
    "naming-gap",
    (w) =>
      new RegExp(
        `^\\s*,?\\s*(?:(?:that|which)\\s+)?(?:(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.group.any})\\s+)?(?:(?:it|they|we|researchers|investigators|experts|analysts|[\\p{Lu}][\\p{L}]+)\\s+)?(?:(?:also|commonly|widely|better|publicly|often)\\s+)?(?:${w.verbs.naming.past}|${w.verbs.naming.present})\\s+(?:the\\s+)?$`,
        "u",
      ),
  );

/** Actor slots joined to `first` by "and" or commas ("Montenegro and British officials"). */
function withCoordinated(frame: Frame, first: Slot, limit: number): Slot[] {
  const group = [first];
  let last = first;
  for (const slot of frame.slots) {
    if (slot.start < last.end || slot.kind !== "actor" || slot.start > limit) continue;
    const gap = frame.state.text.slice(last.end, slot.start);
    // "a Chinese state-sponsored actor it calls Storm-0558": the name is the same actor's;
    // "Russia's military intelligence service, the GRU,": so is the body in apposition.
    const words = frame.state.lexicon.words;
    const naming = namingGap(words).test(gap) || ownedApposition(words).test(gap);
    if (!naming && !/^\s*(?:,\s*(?:the\s+)?|,?\s*and\s+(?:from\s+|the\s+)?|,?\s*as well as\s+)$/.test(gap))
      break;
    // A bare comma joins a list only when an "and" closes it ("Britain, France and Germany"), not an apposition.
    if (
      !naming &&
      /^\s*,\s*(?:the\s+)?$/.test(gap) &&
      !/^[^.;:]{0,60}?\band\b/.test(frame.state.text.slice(slot.end, limit))
    )
      break;
    // "the U.S. Federal Bureau of Investigation": a state right before a body only says whose body it is.
    const next = frame.slots.find((s) => s.start > slot.end && s.start <= slot.end + 1 && s.kind === "actor");
    group.push(next ?? slot);
    last = next ?? slot;
  }
  return group;
}

/**
 * "North Korea's Reconnaissance General Bureau", "Russia's military intelligence service GRU",
 * "Russia's military intelligence service, the GRU" (in apposition): the body a possessive owns.
 */
export function ownedBody(frame: Frame, owner: Slot): Slot | undefined {
  if (!owner.possessive) return undefined;
  return frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.start >= owner.end &&
      /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}-]+\s*,\s+(?:the\s+)?)?$/u.test(
        frame.state.text.slice(owner.end, s.start),
      ),
  );
}

/** The acting slots of the clause before `at`: its first actor that is not a place, with coordinated ones. */
export function subjectBefore(frame: Frame, at: number): Slot[] {
  const from = clauseStart(frame, at);
  const first = frame.slots.find(
    (s) => s.kind === "actor" && s.start >= from && s.end <= at && !isLocative(frame, s) && !s.possessive,
  );
  const possessive = frame.slots.find(
    (s) => s.kind === "actor" && s.start >= from && s.end <= at && s.possessive,
  );
  const chosen = first ?? possessive;
  if (chosen) return withCoordinated(frame, chosen, at);
  // 'Moscow "has nothing to do with" the attacks': a quotation opening the predicate keeps its subject.
  const quote = /["“]\s*$/.exec(frame.state.text.slice(frame.sentence.start, from));
  return quote && from > frame.sentence.start ? subjectBefore(frame, frame.sentence.start + quote.index) : [];
}

/** A preposition right before a slot: its object ("experts from X", "at the request of X") is no subject. */
export const GOVERNED = /\b(?:by|from|with|to|in|at|of|for|on)\s+(?:the\s+)?$/i;
/** A phrase opening the sentence that names a source: "According to the ministry,", "Citing French officials,". */
const SOURCE_OPENING = new RegExp(`^\\W*(?:${SOURCE_PHRASE})\\s+[^,;]*$`);

const actorTypes = new Set(["state", "agency", "organization", "person", "group"]);
/** A slot naming who can act (not a place, a sector or a product). */
export const isActor = (frame: Frame, s: Slot) => actorTypes.has(typeOf(frame, s.key) ?? "");

/**
 * A phrase opening the sentence is never its acting subject: "According to Bolivia, Chile sent
 * experts", "Citing French officials, Iran carried out the attack", "a team deployed at the
 * request of X was working with". When the subject found heads such a phrase (a preposition's or
 * a source's object), the main clause's subject after the phrase acts, if it stands before `at`.
 */
export function pastOpeningPhrase(frame: Frame, subject: Slot[], at: number): Slot[] {
  const head = subject[0];
  if (!head || !inOpeningPhrase(frame, head)) return subject;
  const main = mainSubjectAfter(frame, head.end);
  return main.every((s) => s.end <= at) ? main : [];
}

function inOpeningPhrase(frame: Frame, s: Slot): boolean {
  const before = frame.state.text.slice(frame.sentence.start, s.start);
  if (SOURCE_OPENING.test(before)) return true;
  // "experts from X had helped", "the government of X turned to": the head noun names X's people.
  return GOVERNED.test(before.slice(-12)) && !actorHeadOf(frame.state.lexicon.words).test(before);
}

const actorHeadOf = (words: Words) =>
  patternFor(
    words,
    "actor-head-of",
    (w) =>
      new RegExp(
        `\\b(?:${w.nouns.team.any}|${w.nouns.institution.any}|${w.nouns.body.any})\\s+(?:of|from)\\s+(?:the\\s+)?$`,
        "i",
      ),
  );

/** The subject of the main clause after an opening phrase that ends at the first comma after `from`. */
export function mainSubjectAfter(frame: Frame, from: number): Slot[] {
  const { text } = frame.state;
  const comma = text.indexOf(",", from);
  if (comma < 0 || comma >= frame.sentence.end) return [];
  const subject = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.start > comma &&
      isActor(frame, s) &&
      !GOVERNED.test(text.slice(Math.max(comma, s.start - 12), s.start)),
  );
  return subject ? withPossessor(frame, [subject]) : [];
}

/** "Russia's GRU": a body acts with the state that owns it. */
export function withPossessor(frame: Frame, slots: Slot[]): Slot[] {
  const first = slots[0];
  const owner =
    first &&
    frame.slots.find(
      (s) =>
        s.possessive && s.end <= first.start && /^['’]s\s+$/.test(frame.state.text.slice(s.end, first.start)),
    );
  return owner && typeOf(frame, owner.key) === "state" ? [...slots, owner] : slots;
}

/** The first actors after `at` in the same clause (with coordinated ones); who speaks the sentence is not its object. */
export function objectAfter(frame: Frame, at: number, exclude: string[] = [], throughQuotes = false): Slot[] {
  const end = clauseEnd(frame, at, throughQuotes);
  const first = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.start >= at &&
      s.start < end &&
      !exclude.includes(s.key) &&
      !frame.speakerSlots.includes(s),
  );
  return first ? withCoordinated(frame, first, end) : [];
}

/** `slot` heads the phrase that starts at `from`: only a determiner, a quote mark or a possessor stands between. */
export function headsPhraseAt(frame: Frame, from: number, slot: Slot): boolean {
  const gap = frame.state.text.slice(from, slot.start);
  if (/^\s*(?:(?:the|a|an|its|their)\s+)?["“]?$/i.test(gap)) return true;
  // "a hacking group known as APT31": the name given is the phrase's head.
  const named = patternFor(
    frame.state.lexicon.words,
    "named-head",
    (w) =>
      new RegExp(`^\\s*(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${w.verbs.naming.past})\\s+["“]?$`, "i"),
  );
  if (named.test(gap)) return true;
  // "a unit of North Korea's Reconnaissance General Bureau": the possessor opens the phrase.
  return frame.slots.some(
    (s) => s.possessive && s.start >= from && s.end <= slot.start && headsPhraseAt(frame, from, s),
  );
}

/** The incident a rule speaks of: a mention after `at` in the clause, else before it, else the current one. */
export function incidentNear(frame: Frame, at: number): string | undefined {
  const end = clauseEnd(frame, at);
  const after = frame.incidents.find((i) => i.start >= at && i.start < end);
  if (after) return after.key;
  const before = [...frame.incidents].reverse().find((i) => i.end <= at);
  return before?.key ?? frame.currentIncident;
}

/** Persons act for the bodies they hold office in: the claim is theirs and their body's. */
export function actorsOf(frame: Frame, slots: Slot[]): string[] {
  const keys: string[] = [];
  for (const slot of slots) {
    if (!keys.includes(slot.key)) keys.push(slot.key);
    const person = frame.state.persons.get(slot.key);
    const body = person?.affiliations[0];
    if (body && !keys.includes(body)) keys.push(body);
    // A foreign ministry and its spokespeople speak for their state.
    const agency = frame.state.entities.get(body ?? slot.key);
    const speaksForState =
      /foreign affairs|foreign ministry|foreign office|state department/i.test(agency?.label ?? "") ||
      patternFor(
        frame.state.lexicon.words,
        "spokesperson",
        (w) => new RegExp(`\\b(?:${w.nouns.spokesperson.any})\\b`, "i"),
      ).test(person?.role ?? "");
    if (agency?.type === "agency" && agency.country && speaksForState && !keys.includes(agency.country))
      keys.push(agency.country);
  }
  return keys;
}

/**
 * Who makes a claim, by the data model's rule: each speaker, the body they speak for, and the
 * state that body (or the speaker) belongs to ("Chile holds Pyongyang responsible, Interior
 * Minister Rosa Díaz said" → Rosa Díaz, the interior ministry where named, Chile).
 */
export function claimantsOf(frame: Frame, keys: string[]): string[] {
  const out: string[] = [];
  const add = (key: string | undefined) => {
    if (key && !out.includes(key)) out.push(key);
  };
  const stateOf = (key: string) => {
    const entity = frame.state.entities.get(key) ?? frame.state.lexicon.entities.get(key);
    return entity?.type === "agency" ? entity.country : undefined;
  };
  for (const key of keys) {
    add(key);
    for (const body of frame.state.persons.get(key)?.affiliations ?? []) {
      add(body);
      add(stateOf(body));
    }
    add(stateOf(key));
  }
  return out;
}

export function emit(
  frame: Frame,
  type: EdgeType,
  source: string | undefined,
  target: string | undefined,
  options: { claimants?: string[]; suspected?: boolean; confidence?: number; date?: PartialDate } = {},
): void {
  if (!source || !target || source === target) return;
  const { sentence, state } = frame;
  const claimants = (options.claimants ?? frame.speakers).filter(
    (c) => c !== source || type === "attributed-to",
  );
  const claim: ExtractedClaim = {
    type,
    source,
    target,
    claimants,
    stance: (options.suspected ?? frame.hedged) ? "suspected" : "asserted",
    evidence: [{ doc: state.id, quote: sentence.text, start: sentence.start, end: sentence.end, claimants }],
    confidence: options.confidence ?? 0.7,
  };
  const date = options.date ?? frame.date;
  if (date) claim.date = date;
  // One sentence states a claim once, however many rules find it.
  const same = state.claims.find(
    (c) =>
      c.type === type &&
      c.source === source &&
      c.target === target &&
      c.evidence[0]!.start === sentence.start,
  );
  if (same) {
    for (const k of claimants) if (!same.claimants.includes(k)) same.claimants.push(k);
    if (claim.stance === "asserted") same.stance = "asserted";
    return;
  }
  state.claims.push(claim);
}
