/**
 * Mention stage: the actors a sentence names, as slots with offsets. States come from names,
 * capitals and demonyms; a demonym is only an actor when it qualifies a collective noun ("British
 * officials", "the French government"), otherwise it modifies ("Russian-backed", "British help").
 * Known actors come from the gazetteer; institutions it lacks ("Ukraine's foreign ministry",
 * "the Ministry of Finance", "the cabinet of ministers") become agencies of their state.
 */
import { noteEntity, noteKnown, topicState, type DocumentState } from "../document-state";
import {
  alternation,
  matchPhrases,
  NAME_WORDS,
  patternFor,
  cueIndexFor,
  STATE_ONLY_COLLECTIVES,
  type Lexicon,
  type PhraseMatch,
  type Words,
} from "../lexicon";
import type { ExtractedEntity } from "../types";
import type { Sentence } from "../sentences";
import { isCapitalized, type Token } from "../text";
import { EXTRACTION_DEFAULTS } from "../defaults";
import { CueIndex, isCandidate } from "../pattern-cue";
import { type Slot, possessiveMark, ownerGap, type NamedIncidentMention, onOneLine } from "./slots";
import {
  COLLECTIVE,
  SPEAKER_NOUN,
  INSTITUTION_HEAD,
  ROLE_WORD,
  bodyOfState,
  institutionKey,
  noteOwnerSource,
} from "./institutions";
import { isSpace, findCapitalisedInstitutions } from "./capitalised-bodies";
import {
  LOWER_INSTITUTION_CUE,
  findLowerInstitutions,
  OWNED_BODY_CUE,
  findOwnedBodies,
  COORDINATED_BODIES_CUE,
  findCoordinatedBodies,
  SHARED_HEAD_CUE,
  findSharedHeadBodies,
  findBodiesWithAcronyms,
} from "./lower-case-bodies";
import {
  RESPONSE_TEAM_CUE,
  findResponseTeams,
  EMBASSY_CUE,
  findEmbassies,
  APPOSITION_CUE,
  findAppositiveInstitutions,
} from "./teams-and-embassies";
import {
  groupCuesIn,
  findNamedGroups,
  findAliasedGroups,
  VENDOR_DESIGNATION_CUE,
  findVendorDesignations,
  findDescribedGroups,
  findGroupsIntroducedLater,
  findGroupsBeforeTheirNoun,
} from "./groups";
import {
  BASED_FIRM_CUE,
  findBasedFirms,
  DESCRIPTION_CUE,
  findDescribedOrganizations,
  COMPANY_NOUN_CUE,
  findAppositiveCompanies,
  COMPANY_SUFFIX_CUE,
  findSuffixedCompanies,
} from "./companies";
import { HEAD_CUE, findDescribedCompanies } from "./described-companies";
import { victimCue, findNamedVictims, findStateNamedCompanies } from "./victims";
import { demonymOfRegion } from "./name-roles";
import { addInitialisms, noteApposedShortForms } from "./initialisms";
import { OWNED_INITIALISM_CUE, findOwnedInitialisms } from "./owned-initialisms";
export {
  type Slot,
  type NamedIncidentMention,
  type IntroducedGroups,
  actorSlot,
  type SlotKind,
  type SlotSource,
  possessiveMark,
  ownerGap,
} from "./slots";
export { institutionLabel, bodyOfState, institutionKey, ownedByNoState } from "./institutions";
export { noteLocalOrganization } from "./local-organizations";
export { isOrdinaryWord, nameWordTag } from "./person-names";
export { introducedGroupNames } from "./groups";
export { missionSeat } from "./teams-and-embassies";

/** Demonyms and possessive names before a collective noun act as the state or body itself. */
function promoteCollectives(state: DocumentState, slots: Slot[]): void {
  for (const slot of slots) {
    if (slot.source !== "demonym" && slot.source !== "name" && slot.source !== "capital") continue;
    // "U.S. officials": an abbreviation's closing dot is the name's, not a stop.
    const dot = state.text[slot.end] === "." && state.text.slice(slot.start, slot.end).includes(".") ? 1 : 0;
    const mark = dot || possessiveMark(state.text, slot.end, slot.start);
    const after = state.text.slice(slot.end + mark, slot.end + mark + 60);
    const m = COLLECTIVE.exec(after);
    if (!m) continue;
    // "Iranian engineers" are the state's; "NATO engineers" in a list of victims stay a plain name.
    if (STATE_ONLY_COLLECTIVES.includes(m[1]!) && state.entities.get(slot.key)?.type !== "state") continue;
    slot.kind = "actor";
    slot.end += mark + m[0].length;
    slot.possessive = false;
    if (SPEAKER_NOUN.test(m[1]!)) slot.spokesperson = true;
  }
  // "the Czech and German governments": a demonym coordinated with one that heads a collective
  // noun shares that noun.
  for (let i = slots.length - 2; i >= 0; i--) {
    const slot = slots[i]!;
    const next = slots[i + 1]!;
    if (slot.source !== "demonym" || slot.kind === "actor" || next.source !== "demonym") continue;
    if (next.kind !== "actor" || !/^(?:,|,?\s+(?:and|or))\s+$/.test(state.text.slice(slot.end, next.start)))
      continue;
    slot.kind = "actor";
    if (next.spokesperson) slot.spokesperson = true;
  }
}

/** Names this article introduced ("the Storting, the country's parliament") found again later in it. */
function addLocalNames(state: DocumentState, sentence: Sentence, matches: PhraseMatch[]): void {
  for (const [name, key] of state.localNames) {
    for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + name.length)) {
      const start = sentence.start + at;
      const end = start + name.length;
      if (/\w/.test(state.text[start - 1] ?? "") || /\w/.test(state.text[end] ?? "")) continue;
      if (matches.some((m) => m.start < end && m.end > start)) continue;
      matches.push({ start, end, from: -1, to: -1, key, via: "name" });
    }
  }
  matches.sort((a, b) => a.start - b.start);
}

/**
 * One of several gazetteer entries sharing a name ("National Cyber Security Centre"): the one whose
 * state this sentence names, else the one whose state the article mentions most, else the first.
 */
function chooseByContext(
  state: DocumentState,
  m: PhraseMatch,
  keys: string[],
  matches: PhraseMatch[],
): string {
  const countryOf = (k: string) => state.lexicon.entities.get(k)?.country;
  const owner = ownerStateOf(state, m, matches);
  const owned = owner && keys.find((k) => countryOf(k) === owner.key);
  if (owned) return owned;
  const inSentence = keys.find((k) => matches.some((m) => m.key === countryOf(k)));
  if (inSentence) return inSentence;
  let best = keys[0]!;
  let bestCount = 0;
  for (const k of keys) {
    const count = state.stateSalience.get(countryOf(k) ?? "")?.count ?? 0;
    if (count > bestCount) [best, bestCount] = [k, count];
  }
  return best;
}

/**
 * The state that owns a body's name where it is written: "the UK's National Cyber Security Centre",
 * "the Dutch National Cyber Security Centre", "the National Cyber Security Centre of the Netherlands".
 */
function ownerStateOf(state: DocumentState, m: PhraseMatch, matches: PhraseMatch[]): PhraseMatch | undefined {
  const isState = (x: PhraseMatch) => state.lexicon.entities.get(x.key)?.type === "state";
  return matches.find(
    (x) =>
      isState(x) &&
      ((x.end <= m.start && ownerGap(state.text, x, m.start, false)) ||
        (x.start >= m.end && /^\s+of\s+(?:the\s+)?$/.test(state.text.slice(m.end, x.start)))),
  );
}

/** What the mention stage found in one sentence: actor slots in text order, and named incidents. */
export interface SentenceMentions {
  slots: Slot[];
  namedIncidents: NamedIncidentMention[];
}

/** Names of national bodies that many states give theirs ("National ...", "Foreign Office", "Security Service"). */
const GENERIC_BODY_NAME = new RegExp(`^(?:${alternation(NAME_WORDS.genericBodyNameOpeners)})\\s`);

/**
 * "the National Security Agency (NSA)" in an article that never names the gazetteer body's state:
 * a body of the state the article is about, with its acronym, not another country's namesake.
 */
function localBody(
  state: DocumentState,
  m: PhraseMatch,
  matches: PhraseMatch[],
  slots: Slot[],
): string | undefined {
  const surface = state.text.slice(m.start, m.end);
  // The acronym in brackets right after a local body is that body's.
  const previous = slots[slots.length - 1];
  if (
    previous &&
    /^\s*\($/.test(state.text.slice(previous.end, m.start)) &&
    state.entities.get(previous.key)?.type === "agency" &&
    !state.lexicon.entities.has(previous.key)
  ) {
    state.localNames.set(surface, previous.key);
    return previous.key;
  }
  const info = state.lexicon.entities.get(m.key);
  if (info?.type !== "agency" || !info.country || !GENERIC_BODY_NAME.test(surface)) return undefined;
  // "the National Cyber Security Centre of Lithuania": a name that says whose it is stays that state's.
  const home = state.lexicon.entities.get(info.country);
  if (home?.aliases.some((a) => ` ${surface} `.includes(` ${a} `))) return undefined;
  if (state.stateSalience.has(info.country) || matches.some((x) => x.key === info.country)) return undefined;
  const topic = topicState(state);
  if (!topic || topic === info.country) return undefined;
  const key = institutionKey(surface, topic);
  noteOwnerSource(state, key, { label: surface, ownerInKey: true });
  noteEntity(state, key, { type: "agency", label: bodyOfState(state, surface, topic), country: topic });
  state.localNames.set(surface, key);
  return key;
}

/**
 * "The Security Service of Ukraine (SBU) says": a body's short form in brackets is part of its
 * mention, so what follows the bracket (a speech verb) follows the body. Slots in text order.
 */
function joinShortForms(state: DocumentState, slots: Slot[]): void {
  for (let i = slots.length - 1; i > 0; i--) {
    const short = slots[i]!;
    const full = slots[i - 1]!;
    if (short.key !== full.key || !/^\s*\($/.test(state.text.slice(full.end, short.start))) continue;
    if (state.text[short.end] !== ")") continue;
    full.end = short.end + 1;
    slots.splice(i, 1);
  }
}

/**
 * "the U.S. Federal Bureau of Investigation", "the US Treasury": a state's name written right before
 * one of its own bodies qualifies it as an owner does ("the U.S.'s FBI"), so the body, not the
 * state, heads the phrase (the subject that says, the object hit); the state still comes with it.
 */
function markQualifyingStates(state: DocumentState, slots: Slot[]): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const owner = slots[i]!;
    const body = slots[i + 1]!;
    if (owner.kind !== "actor" || owner.source !== "name" || owner.possessive || body.kind !== "actor")
      continue;
    // "U.S." is read without its last full stop.
    if (!/^\.?\s+$/.test(state.text.slice(owner.end, body.start))) continue;
    const info = state.entities.get(body.key) ?? state.lexicon.entities.get(body.key);
    if (info?.type === "agency" && info.country === owner.key) owner.possessive = true;
  }
}

/** Words that open many states' body names ("National", "State", "Police"): lower case, one word each. */
const BODY_NAME_OPENER = new Set(
  NAME_WORDS.genericBodyLabelStarts.filter((w) => !w.includes(" ")).map((w) => w.toLowerCase()),
);

/**
 * A gazetteer body's several-word name read inside a longer capitalised name is not that body:
 * "the State Security Service" is not the body called "Security Service", nor "the Department of
 * Labour Services" the "Department of Labour". The longer name is read as a body of its own.
 */
function insideLongerName(text: string, tokens: Token[], m: PhraseMatch): boolean {
  if (m.to - m.from < 2) return false;
  const before = tokens[m.from - 1];
  if (
    before &&
    BODY_NAME_OPENER.has(before.norm) &&
    isCapitalized(before.text) &&
    isSpace(text.slice(before.end, m.start))
  )
    return true;
  const after = tokens[m.to];
  return (
    after !== undefined &&
    isCapitalized(after.text) &&
    isSpace(text.slice(m.end, after.start)) &&
    INSTITUTION_HEAD.has(after.norm.replace(/s$/, ""))
  );
}

/** A capitalised name going on after a match: "Alliance| of Sahel States", "Dukes| Mining". */
const LONGER_NAME_AFTER = /^[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?(\p{Lu}[\p{L}-]*)/u;

/**
 * "The Alliance of Sahel States" is not NATO, whose alias is "the Alliance": a bare alias, written
 * with its article, that opens a longer capitalised name is that name's first words, not the body
 * it stands for elsewhere ("The Alliance promised support"). An office title after it ("The
 * Alliance Secretary General") goes on no name.
 */
function aliasOpensLongerName(text: string, tokens: Token[], m: PhraseMatch): boolean {
  const rest = text.slice(m.end, m.end + 80);
  if (blocWordOpensStateName(tokens, m, rest)) return true;
  if (tokens[m.from]?.norm !== "the" || m.to - m.from < 2) return false;
  const after = LONGER_NAME_AFTER.exec(rest);
  return after !== null && !ROLE_WORD.test(after[1] ?? "");
}

/** "of" or "for" and a capitalised name right after a match: "Commonwealth| of Virginia". */
const OF_NAME_AFTER = /^[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}/u;

/**
 * "the Commonwealth of Virginia", "the Commonwealth of Dominica": a bloc's one-word alias after "the"
 * and before "of" and a name opens a state's formal name (or another body's), not the bloc it stands
 * for alone ("the Commonwealth condemned").
 */
function blocWordOpensStateName(tokens: Token[], m: PhraseMatch, rest: string): boolean {
  return (
    m.to - m.from === 1 &&
    tokens[m.from - 1]?.norm === "the" &&
    m.key.startsWith("organization:") &&
    OF_NAME_AFTER.test(rest)
  );
}

/** A capitalised word, then the bracket a short form opens in (a module constant: see README.md on `\p` literals). */
const NAME_BEFORE_BRACKET = /\p{Lu}[\p{L}-]*\s+\($/u;

/**
 * "the National Cyber Security Centre (NCSC)" in an article that never names the state of the
 * gazetteer's "NCSC": the short form in brackets is the local body's, read with its full name.
 */
function foreignShortForm(state: DocumentState, m: PhraseMatch, matches: PhraseMatch[]): boolean {
  const text = state.text;
  if (text[m.start - 1] !== "(" || text[m.end] !== ")") return false;
  if (!NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  const country = state.lexicon.entities.get(m.key)?.country;
  return (
    country !== undefined && !state.stateSalience.has(country) && !matches.some((x) => x.key === country)
  );
}

/**
 * "the National Cyber Security Centre of Bahrain" when the gazetteer knows that name only for other
 * states' bodies: the owner written with the name says it is none of them, so the dictionary match
 * is dropped and the institution readers name the owner's own body.
 */
function ownedByAnotherState(state: DocumentState, m: PhraseMatch, matches: PhraseMatch[]): boolean {
  const owner = ownerStateOf(state, m, matches);
  if (!owner) return false;
  // "Kenya FBI liaison officers": a bare state name before a body's own name is a modifier, not its
  // owner; it names an owner only before a name many states give their bodies ("the Kenya National ...").
  const bareName =
    owner.end <= m.start &&
    owner.via !== "demonym" &&
    possessiveMark(state.text, owner.end, owner.start) === 0;
  if (bareName && !GENERIC_BODY_NAME.test(state.text.slice(m.start, m.end))) return false;
  const countries = [m.key, ...(m.alternatives ?? [])].map((k) => state.lexicon.entities.get(k)?.country);
  return countries.every((c) => c !== undefined && c !== owner.key);
}

/** A currency sign: a state's short name written right before it names a currency ("US$"). */
const CURRENCY_SIGN = /^\p{Sc}$/u;

/** A noun of text or speech right after a demonym ("the Portuguese original", "an English translation"). */
const languageNoun = (words: Words) =>
  patternFor(
    words,
    "mentions.language-noun",
    ({ nouns }) => new RegExp(String.raw`^\s+(?:${nouns.languageText.any})\b`, "i"),
  );

/** "pro-Russian", "anti-Western": a prefix that makes the name after it a leaning. */
const LEANING_PREFIX = new RegExp(`\\b(?:${NAME_WORDS.leaningPrefixes.join("|")})-$`, "i");

/**
 * A state's name or demonym that names no state where it is written: "US$2 million" is a sum,
 * "the Portuguese original is binding" a language, and in "a Turkish Cypriot official" the first
 * demonym qualifies the second, which alone names the state; "the Pan American Health
 * Organization" is a region's body. "A pro-Russian hacktivist crew" tells a crew's leaning: the
 * state neither acts in the sentence nor is what the article is about.
 */
function namesNoState(state: DocumentState, m: PhraseMatch, matches: PhraseMatch[]): boolean {
  const isState = state.lexicon.entities.get(m.key)?.type === "state";
  if (isState && CURRENCY_SIGN.test(state.text.charAt(m.end))) return true;
  if (isState && LEANING_PREFIX.test(state.text.slice(Math.max(0, m.start - 6), m.start))) return true;
  if (m.via !== "demonym") return false;
  return (
    demonymOfRegion(state.text, m.start, state.lexicon.entities.get(m.key)?.label ?? "") ||
    matches.some((x) => x.via === "demonym" && x.start === m.end + 1 && state.text[m.end] === " ") ||
    languageNoun(state.lexicon.words).test(state.text.slice(m.end, m.end + 24))
  );
}

/** Whether the article names a state by a name or demonym of its own ("Peru", "Peruvian"), not only by its capital. */
function namesStateItself(state: DocumentState, key: string): boolean {
  const info = state.lexicon.entities.get(key);
  return [...(info?.names ?? []), ...(info?.demonyms ?? [])].some((name) => hasWord(state.text, name));
}

/** A capitalised word right after a name, one space between: the name goes on. */
const NAME_WORD_AFTER = /^ \p{Lu}/u;

/** Whether `word` stands in `text` as a whole word. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!/\p{L}/u.test(text[at - 1] ?? "") && !/\p{L}/u.test(text[at + word.length] ?? "")) return true;
  return false;
}

/** What a finder of the actors the dictionary lacks reads, and the slots it adds to. */
interface FinderInput {
  state: DocumentState;
  line: Sentence;
  tokens: Token[];
  slots: Slot[];
}

/**
 * The finders of the bodies and companies the dictionary lacks, in the order they run (each sees
 * the slots of those before it), each with its gate: a pattern a sentence must match for the
 * finder to find anything in it. The gates live here, not in the finders: a finder called
 * elsewhere reads every sentence (the same slots, more slowly).
 */
const FINDERS: ReadonlyArray<{ gate?: (words: Words) => RegExp; find: (input: FinderInput) => void }> = [
  { gate: () => EMBASSY_CUE, find: (i) => findEmbassies(i.state, i.line, i.slots) },
  { find: (i) => findCapitalisedInstitutions(i.state, i.line, i.tokens, i.slots) },
  { gate: () => LOWER_INSTITUTION_CUE, find: (i) => findLowerInstitutions(i.state, i.line, i.slots) },
  { gate: () => OWNED_BODY_CUE, find: (i) => findOwnedBodies(i.state, i.line, i.tokens, i.slots) },
  { gate: () => COORDINATED_BODIES_CUE, find: (i) => findCoordinatedBodies(i.state, i.line, i.slots) },
  { gate: () => SHARED_HEAD_CUE, find: (i) => findSharedHeadBodies(i.state, i.line, i.slots) },
  { gate: () => APPOSITION_CUE, find: (i) => findAppositiveInstitutions(i.state, i.line, i.slots) },
  { find: (i) => findBodiesWithAcronyms(i.state, i.line, i.slots) },
  { gate: () => RESPONSE_TEAM_CUE, find: (i) => findResponseTeams(i.state, i.line, i.slots) },
  { gate: () => OWNED_INITIALISM_CUE, find: (i) => findOwnedInitialisms(i.state, i.line, i.slots) },
  { gate: () => COMPANY_SUFFIX_CUE, find: (i) => findSuffixedCompanies(i.state, i.line, i.slots) },
  { gate: () => BASED_FIRM_CUE, find: (i) => findBasedFirms(i.state, i.line, i.slots) },
  { gate: () => DESCRIPTION_CUE, find: (i) => findDescribedOrganizations(i.state, i.line, i.slots) },
  { gate: () => COMPANY_NOUN_CUE, find: (i) => findAppositiveCompanies(i.state, i.line, i.slots) },
  { gate: () => HEAD_CUE, find: (i) => findDescribedCompanies(i.state, i.line, i.slots) },
  { gate: victimCue, find: (i) => findNamedVictims(i.state, i.line, i.slots) },
];

/**
 * The finders' gates, compiled once per lexicon, and which of them a sentence may match: one walk
 * over the sentence for the cue words of all (see pattern-cue.ts) spares it most gates' scans.
 * Each regex a sentence runs costs several times what it costs alone, as every sentence runs
 * hundreds of distinct patterns in turn, each cold in the processor's caches.
 */
const finderGates = (words: Words) =>
  cueIndexFor(words, "mentions.finders", (w) => new CueIndex(FINDERS.map((finder) => finder.gate?.(w))));

/** Runs each finder whose gate the sentence matches. */
function runFinders(input: FinderInput): void {
  const gates = finderGates(input.state.lexicon.words);
  const candidates = gates.candidates(input.line.text);
  FINDERS.forEach((finder, index) => {
    const gate = gates.patterns[index];
    if (isCandidate(candidates, index) && (!gate || gate.test(input.line.text))) finder.find(input);
  });
}

/** Dictionary actors, institutions and collectives of one sentence, in text order. */
export function findActorMentions(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
): SentenceMentions {
  const slots: Slot[] = [];
  const namedIncidents: NamedIncidentMention[] = [];
  const matches = matchPhrases(tokens, state.lexicon);
  // The readers below see wrapped lines joined; the matches above read the tokens.
  const line = onOneLine(sentence);
  addLocalNames(state, line, matches);
  addInitialisms(state, line, matches);
  for (const m of matches) {
    // A capital that is as often a person or another place ("Kingston", "Nassau") stands for its
    // state only in an article that names the state itself, and never opening a longer name (a
    // capitalised word right after it: "Santiago Pena", "Victoria Falls").
    if (
      m.ambiguous &&
      (NAME_WORD_AFTER.test(state.text.slice(m.end, m.end + 3)) || !namesStateItself(state, m.key))
    )
      continue;
    // The owner named after a body ("... Centre of the Netherlands") is part of the body's mention.
    const previous = slots[slots.length - 1];
    if (previous && previous.start < m.start && previous.end >= m.end) continue;
    // Operations and malware are no actors: the incident stage places them.
    const known = state.lexicon.entities.get(m.key)?.type;
    if (known === "incident") {
      namedIncidents.push({ start: m.start, end: m.end, key: m.key });
      continue;
    }
    // A currency ("US$"), a language ("the Portuguese original") or a demonym qualifying another is no state.
    if (namesNoState(state, m, matches)) continue;
    if (known === "agency" && !sentence.headline && insideLongerName(state.text, tokens, m)) continue;
    if (aliasOpensLongerName(state.text, tokens, m)) continue;
    if (known === "agency" && foreignShortForm(state, m, matches)) continue;
    if (known === "agency" && ownedByAnotherState(state, m, matches)) continue;
    // "the National Cyber Security Centre of the Netherlands": that surface, owner and all, is an alias.
    let ownedEnd = m.end;
    if (m.alternatives) {
      m.key = chooseByContext(state, m, [m.key, ...m.alternatives], matches);
      const owner = ownerStateOf(state, m, matches);
      if (owner && owner.start > m.end) ownedEnd = owner.end;
    }
    // A name this article gave its own body ("National Security Agency" of the state it is about).
    const surfaceForm = state.text.slice(m.start, m.end);
    const local = state.localNames.get(surfaceForm) ?? localBody(state, m, matches, slots);
    if (local) {
      m.key = local;
      m.from = -1;
    }
    const type = state.lexicon.entities.get(m.key)?.type ?? state.entities.get(m.key)?.type;
    const possessive = possessiveMark(state.text, m.end, m.start) > 0;
    const demonym = m.via === "demonym";
    // A state name directly before a noun it qualifies ("Ukraine cyber attack") still names the state.
    slots.push({
      start: m.start,
      end: ownedEnd,
      key: m.key,
      kind: demonym && !/s$/.test(state.text.slice(m.start, m.end)) ? "modifier" : "actor",
      source: type === "state" ? m.via : "name",
      possessive,
    });
    if (m.from < 0)
      noteEntity(state, m.key, { type: "agency", label: "" }, { start: m.start, end: m.end }, surfaceForm);
    else {
      const entity = noteKnown(
        state,
        m.key,
        { start: m.start, end: m.end },
        state.text.slice(m.start, m.end),
      );
      // Only a name with its owner after it has a longer surface to keep (most have none).
      const ownedSurface = ownedEnd > m.end ? state.text.slice(m.start, ownedEnd).replace(/\s+/g, " ") : "";
      if (ownedSurface && entity && !entity.aliases.includes(ownedSurface)) entity.aliases.push(ownedSurface);
    }
  }
  findStateNamedCompanies(state, line, tokens, slots);
  promoteCollectives(state, slots);
  // A name right after a naming verb is the group's, whatever a comma after it seems to start;
  // the name before a phrase giving it another one is the same group's, so it is read first.
  const groupCues = groupCuesIn(state, line);
  if (groupCues.named) {
    findAliasedGroups(state, line, slots, namedIncidents);
    findNamedGroups(state, line, slots);
  }
  if (VENDOR_DESIGNATION_CUE.test(line.text)) findVendorDesignations(state, line, slots);
  if (groupCues.described) {
    findDescribedGroups(state, line, slots);
    findGroupsBeforeTheirNoun(state, line, slots, namedIncidents);
  }
  if (state.groupNames.size > 0) findGroupsIntroducedLater(state, line, slots, namedIncidents);
  runFinders({ state, line, tokens, slots });
  slots.sort((a, b) => a.start - b.start);
  joinShortForms(state, slots);
  noteApposedShortForms(state, line, slots);
  markQualifyingStates(state, slots);
  return { slots, namedIncidents };
}

/**
 * The names a graph node is known by besides those this article wrote: a gazetteer entry's label
 * and aliases ("Ministry of Intelligence and Security" for the article's "Ministry of Intelligence"),
 * and for a state's agency the name that says whose it is ("Ministry of Intelligence of Iran"), the
 * form the article's own bodies take ("Ministry of Health of Chile"). Keys, types and claims stay.
 */
export function withKnownNames(entities: ExtractedEntity[], lexicon: Lexicon): ExtractedEntity[] {
  return entities.map((entity) => {
    if (entity.type === "incident" || entity.type === "state" || entity.type === "person") return entity;
    const info = lexicon.entities.get(entity.key);
    const names = [...entity.aliases];
    const add = (name: string) => {
      if (name !== entity.label && !names.includes(name) && name.length < EXTRACTION_DEFAULTS.maxAliasLength)
        names.push(name);
    };
    if (info) [info.label, ...info.aliases].forEach(add);
    const country = entity.type === "agency" ? (info?.country ?? entity.country) : undefined;
    const owner = country ? lexicon.entities.get(country) : undefined;
    if (owner?.type === "state" && !entity.label.includes(owner.label))
      add(`${entity.label} of ${owner.label}`);
    return names.length === entity.aliases.length ? entity : { ...entity, aliases: names };
  });
}
