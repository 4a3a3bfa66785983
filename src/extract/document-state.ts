/**
 * What the reading of one article has established so far, read by the later sentences of the same
 * article: its entities, the persons by surname, the state it is about, the incident under
 * discussion, the year it is talking about. The mention stage's own memory, created per document
 * and dropped after it; the claim stage sees only its read-only `DocumentView`.
 */
import { TRACE, trace } from "./trace";
import type { Mention, NodeType, PartialDate } from "../model";
import type { DayDate } from "./dates";
import type { Lexicon } from "./lexicon";
import type { IntroducedGroups } from "./mentions/slots";
import type { ExtractedClaim, ExtractedEntity } from "./types";
import { EXTRACTION_DEFAULTS } from "./defaults";

export interface PersonInfo {
  key: string;
  surname: string;
  /**
   * The person entity's label folded, hyphens and spaces as one space: what a later mention's name
   * is compared with. A copy made when the person is first read: it holds because a person's label
   * never changes once read (noteEntity keeps the first) and person entities are never deleted; a
   * change that renames a person must update it.
   */
  spacedLabel: string;
  /** Node keys the person holds an office in, nearest first (agency or organization before state). */
  affiliations: string[];
  role?: string;
}

/** A role stated without a name ("Britain's most senior commander"), waiting for the next new person. */
export interface PendingRole {
  affiliation: string;
  role?: string;
  sentence: number;
}

/** How often, and how lately, the article names a state: for "the country". */
interface StateSalience {
  count: number;
  /** Index of the last sentence naming it. */
  last: number;
  /** Named in the lead. */
  lead: boolean;
}

/**
 * What the claims of the sentences read so far found, as the reading of the next sentence consults
 * it: an unqualified title belongs to a state only if that state was not just accused (or has just
 * denied it). Written by the claim stage alone.
 */
export interface ClaimRecord {
  readonly claims: readonly ExtractedClaim[];
  /** The last incident attributed to each actor. */
  readonly lastAccusedOf: ReadonlyMap<string, string>;
}

/** What the claim stage sees of the article read so far: its entities, persons and states' salience. */
export interface DocumentView {
  readonly id: string;
  readonly text: string;
  readonly lexicon: Lexicon;
  readonly entities: ReadonlyMap<string, Readonly<ExtractedEntity>>;
  readonly persons: ReadonlyMap<string, Readonly<PersonInfo>>;
  /** Head mentions of states, by key, for "the country". */
  readonly stateSalience: ReadonlyMap<string, Readonly<StateSalience>>;
}

export interface DocumentState extends DocumentView {
  anchor?: DayDate;
  entities: Map<string, ExtractedEntity>;
  persons: Map<string, PersonInfo>;
  stateSalience: Map<string, StateSalience>;
  /** The claim stage's findings so far (read-only here). */
  claimed: ClaimRecord;
  lastOrganization?: string;
  /** The body that last published a document or spoke as a firm: who "the report says" and "the firm wrote" stand for. */
  lastPublisher?: { key: string; sentence: number };
  lastPerson?: string;
  /** The incident the text last spoke of: what "the attack" refers back to. */
  currentIncident?: string;
  pendingRole?: PendingRole;
  /** The state acting in the previous sentence ("Britain quickly joined the attribution."), or named as where it happens ("In Washington, ..."). */
  lastSubjectState?: { key: string; sentence: number };
  /** The body (or state) the previous sentence opened with as its subject: whose office "Its secretary-general" is. */
  lastSubjectBody?: { key: string; sentence: number };
  focusYear?: { year: number; sentence: number };
  /** The state whose capital the dateline names: whose officials unqualified titles ("Foreign Secretary X") mean. */
  datelineState?: string;
  incidentCounter: number;
  /** Institutions this article named and explained ("the Storting, the country's parliament"): found again by name. */
  localNames: Map<string, string>;
  /** Incidents by their own names ("SolarWinds", "NotPetya"). */
  incidentNames: Map<string, string>;
  /** Incidents dated only by the publication month, waiting for a real date. */
  provisionalDates: Set<string>;
  /** Past incidents recalled in passing ("the 2015 hack of the bank"): "the attack" later is not them. */
  recalledIncidents: Set<string>;
  /** The victims a sentence telling the story's attack as one of a series named, and where it ended: the next sentence's earlier incident hit them. */
  seriesVictims?: { end: number; targets: string[] };
  /**
   * The latest year an undated page names, read once when an attack first needs it (incidents.ts
   * `latestYearOf`): `date` undefined when it names none.
   */
  latestYear?: { date: PartialDate | undefined };
  /** Incidents the text calls separate ("in a separate intrusion"): never folded into another one. */
  separateIncidents: Set<string>;
  /** Bodies written with no owner, whose state `homeState` guessed: settled once the article is read. */
  guessedOwners: Map<string, GuessedOwner>;
  /**
   * Officials whose state only the article's topic gave ("Energy Secretary X" with no state, no
   * dateline, no state acting just before), by person: settled once the article says who is accused.
   */
  guessedOffices: Map<string, string>;
  /** The names the whole article introduces as threat groups, read before its sentences (`introducedGroupNames`). */
  readonly groupNames: ReadonlySet<string>;
  /** What that pre-read found in each sentence, by its start: the sentence's reading takes it rather than scan again. */
  readonly groupsBySentence: IntroducedGroups["bySentence"];
}

/** A body whose owner the text never wrote: its label without an owner, and whether its key holds the owner. */
export interface GuessedOwner {
  label: string;
  ownerInKey: boolean;
  /** Another state named before the body in its own sentence contradicts the guess (institutions.ts contestsGuess). */
  contested?: boolean;
}

export function createDocumentState(
  document: { id: string; text: string },
  lexicon: Lexicon,
  claimed: ClaimRecord,
  place: { anchor?: DayDate; datelineState?: string },
  groups: IntroducedGroups = { names: new Set(), bySentence: new Map() },
): DocumentState {
  // Every field is there from the start, the optional ones as undefined: a state that gained them
  // one by one, in each article's own order, would have its own hidden class per article, and
  // every function reading it would be recompiled for each new one.
  return {
    id: document.id,
    text: document.text,
    anchor: place.anchor,
    lexicon,
    entities: new Map(),
    persons: new Map(),
    stateSalience: new Map(),
    claimed,
    lastOrganization: undefined,
    lastPublisher: undefined,
    lastPerson: undefined,
    currentIncident: undefined,
    pendingRole: undefined,
    lastSubjectState: undefined,
    lastSubjectBody: undefined,
    focusYear: undefined,
    datelineState: place.datelineState,
    incidentCounter: 0,
    localNames: new Map(),
    incidentNames: new Map(),
    provisionalDates: new Set(),
    recalledIncidents: new Set(),
    seriesVictims: undefined,
    latestYear: undefined,
    separateIncidents: new Set(),
    guessedOwners: new Map(),
    guessedOffices: new Map(),
    groupNames: groups.names,
    groupsBySentence: groups.bySentence,
  };
}

/** Registers (or extends) an entity of this document and records one mention of it. */
export function noteEntity(
  state: DocumentState,
  key: string,
  init: { type: NodeType; label: string; country?: string; role?: string; date?: PartialDate; kind?: string },
  mention?: { start: number; end: number },
  alias?: string,
): ExtractedEntity {
  let entity = state.entities.get(key);
  if (!entity) {
    entity = { key, type: init.type, label: init.label, aliases: [], mentions: [] };
    if (init.country) entity.country = init.country;
    if (TRACE && init.country)
      trace("OWNER", { doc: state.id, key, country: init.country, at: mention?.start });
    if (init.role) entity.role = init.role;
    if (init.date) entity.date = init.date;
    if (init.kind) entity.kind = init.kind;
    state.entities.set(key, entity);
  }
  if (mention && !entity.mentions.some((m) => m.start === mention.start)) {
    const m: Mention = { doc: state.id, start: mention.start, end: mention.end };
    entity.mentions.push(m);
  }
  if (
    alias &&
    alias !== entity.label &&
    !entity.aliases.includes(alias) &&
    alias.length < EXTRACTION_DEFAULTS.maxAliasLength
  )
    entity.aliases.push(alias);
  return entity;
}

/** Makes sure a known entity (a country or gazetteer entry) is part of this document's entities. */
export function noteKnown(
  state: DocumentState,
  key: string,
  mention?: { start: number; end: number },
  alias?: string,
): ExtractedEntity | undefined {
  const info = state.lexicon.entities.get(key);
  if (!info && !state.entities.has(key)) return undefined;
  const entity = noteEntity(
    state,
    key,
    info
      ? { type: info.type, label: info.label, country: info.country, role: info.role }
      : { type: "state", label: key },
    mention,
    alias,
  );
  if (info?.country) noteKnown(state, info.country);
  return entity;
}

/** The type of an entity this article noted, else of the gazetteer's entry. */
export function entityType(state: DocumentView, key: string) {
  return state.entities.get(key)?.type ?? state.lexicon.entities.get(key)?.type;
}

/**
 * The entity of an accepted type whose latest mention before `at` is the latest of all such
 * entities': what "the same group" (reading) or a rule's "the group named last" refers back to.
 */
export function namedLastBefore(
  state: DocumentView,
  at: number,
  accept: (type: ExtractedEntity["type"]) => boolean,
): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  for (const entity of state.entities.values()) {
    if (!accept(entity.type)) continue;
    for (const m of entity.mentions)
      if (m.end <= at && m.start > bestAt) {
        best = entity.key;
        bestAt = m.start;
      }
  }
  return best;
}

/** How `topicState` scores: whether its incidents' victims count extra, and by how much the best must lead. */
export interface TopicScoring {
  /** The best state's score must lead every other's by this much, else there is no topic (default 0). */
  margin?: number;
  /** Whether a state said to be hit counts extra (default true). */
  victims?: boolean;
}

/**
 * The state an article is about: the most mentioned one, the lead's state and (unless `scoring`
 * says not) the victims of its incidents counting extra (an attribution story names the accused
 * often, but is about the victim), of its recent incidents only (see `topicVictimYears`).
 */
export function topicState(
  state: DocumentView,
  exclude: string[] = [],
  regions?: string[],
  { margin = 0, victims = true }: TopicScoring = {},
): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  let second: number | undefined;
  const victimCount = new Map<string, number>();
  const incidents = [...state.entities.values()].filter((e) => e.type === "incident");
  // The victims of an incident years older than the article's latest ("the 2016 heist on Bangladesh's
  // central bank", recalled in a story on this month's theft in Nigeria) are its background, not its topic.
  const latestYear = Math.max(...incidents.map((e) => yearOf(e.date) ?? -Infinity));
  for (const e of incidents) {
    const year = yearOf(e.date);
    if (year !== undefined && latestYear - year > EXTRACTION_DEFAULTS.topicVictimYears) continue;
    for (const t of e.targets ?? []) victimCount.set(t, (victimCount.get(t) ?? 0) + 1);
  }
  for (const [key, s] of state.stateSalience) {
    if (exclude.includes(key)) continue;
    if (regions && !regions.some((r) => state.lexicon.entities.get(key)?.regions?.includes(r))) continue;
    const victimScore = victims ? 4 * (victimCount.get(key) ?? 0) : 0;
    const score = s.count + (s.lead ? EXTRACTION_DEFAULTS.topicLeadWeight : 0) + victimScore;
    if (score > bestScore) {
      second = best === undefined ? undefined : bestScore;
      best = key;
      bestScore = score;
    } else if (second === undefined || score > second) second = score;
  }
  return second === undefined || bestScore - second >= margin ? best : undefined;
}

/** An incident's year; an undated one is never the older. */
const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/**
 * The accused and the states behind them: a group's sponsor, a body's state ("APT29 took part in
 * the attack": Russia is on the attacker's side). The gazetteer's notes count as well as the text's:
 * they only keep a state out (of an owner, of a beneficiary), never become an edge. A body whose
 * owner is only `guessed` gives no state: that guess is what the caller is checking.
 */
export function accusedSide(
  view: Pick<DocumentView, "entities" | "lexicon">,
  accused: Iterable<string>,
  guessed?: ReadonlyMap<string, GuessedOwner>,
): Set<string> {
  const side = new Set<string>();
  for (const actor of accused) {
    side.add(actor);
    const known = view.lexicon.entities.get(actor);
    const noted = guessed?.has(actor) ? undefined : view.entities.get(actor);
    for (const behind of [known?.sponsor, known?.country, noted?.country]) if (behind) side.add(behind);
  }
  return side;
}

/**
 * Whom an unqualified title never means: the side accused so far, the sponsors the text gave an
 * accused group ("Grey Lantern, a unit working for Lisk's military intelligence": that service and
 * Lisk), and the sponsor of every known group the article names ("North Korea's Lazarus").
 */
export function attackersSide(state: DocumentState): Set<string> {
  const accused = new Set(state.claimed.lastAccusedOf.keys());
  const sponsors = state.claimed.claims
    .filter((c) => c.type === "attributed-to" && accused.has(c.source))
    .map((c) => c.target);
  const side = accusedSide(state, [...accused, ...sponsors]);
  for (const key of state.entities.keys()) {
    const sponsor = state.lexicon.entities.get(key)?.sponsor;
    if (sponsor && key.startsWith("group:")) side.add(sponsor);
  }
  return side;
}

/**
 * "Moscow rejected the accusations. Deputy Foreign Minister X ...", "Beijing denied it. The foreign
 * ministry said ...": the accused state spoke last, denying; the next unqualified title is its own.
 */
export function deniedLast(state: DocumentState, key: string): boolean {
  const at = lastClaimEvidence(state)?.start;
  return (
    at !== undefined &&
    state.claimed.claims.some((c) => c.type === "denied" && c.source === key && c.evidence[0]!.start === at)
  );
}

/** Where the last claim made stands (affiliations aside: they come with any person named). */
function lastClaimEvidence(state: DocumentState): { start: number; end: number } | undefined {
  return state.claimed.claims.findLast((c) => c.type !== "affiliated-with")?.evidence[0];
}

/**
 * "Japan's cyber agency offered training. The Ministry of Finance said ...": the state acting last
 * only helped (its sentence's help claim has it, or one of its bodies, as the helper); the next
 * body the text names with no owner is the helped side's, not the helper's. The help claim must
 * come from the sentence that named the helper last, so an older offer does not count.
 */
export function helpedLast(state: DocumentState, key: string): boolean {
  const last = lastClaimEvidence(state);
  if (!last) return false;
  const { start, end } = last;
  return state.claimed.claims.some((c) => {
    if ((c.type !== "assisted" && c.type !== "offered-help") || c.evidence[0]!.start !== start) return false;
    const helper = state.entities.get(c.source);
    const named = helper?.mentions.at(-1);
    return (
      (c.source === key || helper?.country === key) && !!named && named.start >= start && named.end <= end
    );
  });
}

/** Who an unqualified title or body may be the voice of, besides the state acting last. */
export interface HomeReading {
  /** The accused state that just denied stays: the caller's title or body is the one it denies through. */
  denierSpeaks?: boolean;
  /** A state that just helped is not the home: the caller is a body or an office, which the helped side owns (see helpedLast). */
  notHelper?: boolean;
  /** States the caller's own sentence rules out as the home (one its official thanks for help). */
  notThese?: readonly string[];
}

/**
 * Whose office or institution an unqualified title means ("Foreign Secretary X", "the defence
 * ministry"): the state acting in the previous sentence unless it is on the accused side (see
 * `HomeReading` for the exceptions), else the topic among the other states, else none.
 */
export function homeState(
  state: DocumentState,
  sentenceIndex: number,
  scoring?: TopicScoring,
  { denierSpeaks = false, notHelper = false, notThese = [] }: HomeReading = {},
): string | undefined {
  const accused = attackersSide(state);
  const previous = state.lastSubjectState;
  const recent =
    previous && sentenceIndex - previous.sentence <= 1 && !notThese.includes(previous.key)
      ? previous.key
      : undefined;
  const helper = recent && notHelper && helpedLast(state, recent) ? recent : undefined;
  if (recent && !helper && (!accused.has(recent) || (denierSpeaks && deniedLast(state, recent))))
    return recent;
  // Only the accused side (and the helper) is named: the text gives the body no owner.
  return topicState(state, [...accused, ...(helper ? [helper] : []), ...notThese], undefined, scoring);
}

/** What stands between two members of one list: ", ", " and ", ", and the ", " or the ". */
const LIST_JOIN = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/i;

/**
 * The state of the public bodies a body is listed after ("experts from the FBI, the DHS and the
 * Department of Energy"): members of one list of bodies share the state the others agree on. A
 * list holding anything but a state's body (a state, a group, a company) gives no owner.
 */
export function listedBodiesState(
  state: DocumentState,
  spans: readonly { start: number; end: number; key: string }[],
  start: number,
): string | undefined {
  const countries = new Set<string>();
  for (let at = start; ;) {
    const before = spans.filter((s) => s.end <= at);
    const previous = before.reduce<(typeof before)[number] | undefined>(
      (best, s) => (!best || s.end > best.end ? s : best),
      undefined,
    );
    if (!previous || !LIST_JOIN.test(state.text.slice(previous.end, at))) break;
    if (entityType(state, previous.key) !== "agency") return undefined;
    const country =
      state.entities.get(previous.key)?.country ?? state.lexicon.entities.get(previous.key)?.country;
    if (!country) return undefined;
    countries.add(country);
    at = previous.start;
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}
