/**
 * The lookup tables built once per extraction context: every country of `world-countries` (common
 * and official names, demonyms, capitals used as metonyms), the gazetteer's actors and their
 * aliases, indexed as a phrase dictionary keyed by first token so a sentence is matched in one pass.
 */
import countries from "world-countries";
import type { Gazetteer, NodeType, PartialDate } from "../../model";
import { nodeKey } from "../../model/types";
import { isAllCaps, isCapitalized, phraseTokens, startsUpperOrDigit, tokenize, type Token } from "../text";
import { inflectLemmas } from "./inflect";
import { DEFAULT_LEMMAS, type Lemmas, type Words } from "./words";

export type Via = "name" | "demonym" | "capital";

export interface EntityInfo {
  key: string;
  type: NodeType;
  label: string;
  aliases: string[];
  country?: string;
  parent?: string;
  role?: string;
  sponsor?: string;
  /** Incidents (well-known operations and malware): when it happened. */
  date?: PartialDate;
  /** States: subregion and region, for "the Balkan nation", "the Baltic state". */
  regions?: string[];
  /** States: ISO 3166 alpha-2 and alpha-3 codes, for names built on them ("EcuCERT", "PKCERT"). */
  codes?: string[];
  /** States: demonyms, by which a body of the state is described ("Russian military intelligence"). */
  demonyms?: string[];
  /** States: names written as the possessor of their bodies ("Russia's military intelligence"). */
  names?: string[];
}

interface Phrase {
  tokens: string[];
  key: string;
  /** Other gazetteer entries known by the same words ("NCSC" of several states): chosen by context. */
  alternatives?: string[];
  via: Via;
  /** Short acronyms ("US", "NSA") match only in capitals. */
  exactCase?: string[];
  /** A body written after its state as possessor ("Russia's military intelligence"): both are read. */
  possessor?: { key: string; tokens: number; via: Via };
  /** A capital that is as often a person or another place: the state only where the article names it. */
  ambiguous?: boolean;
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  key: string;
  via: Via;
  alternatives?: string[];
  /** A capital read as its state only where the article names the state ("Lima" for Peru). */
  ambiguous?: boolean;
}

/** Whether compromise reads a word alone as a given name, a surname, or both. */
export interface NameWordTag {
  given: boolean;
  surname: boolean;
}

export interface Lexicon {
  entities: Map<string, EntityInfo>;
  phrases: Map<string, Phrase[]>;
  /** compromise's verdict on capitalised runs already seen: names recur across a corpus, its parse is slow. */
  personNames: Map<string, boolean>;
  /** compromise's tags for one capitalised word read alone ("Silva": a surname), for the same reason. */
  nameWordTags: Map<string, NameWordTag>;
  /** Where a "ministry of" portfolio ends, by the words after "of" (-1: none), as compromise tags them. */
  portfolioReach: Map<string, number>;
  /** Whether compromise reads an "-s" word after "that" as a verb (incidents.ts), for the same reason. */
  verbReadings: Map<string, boolean>;
  /** The trigger words of the claim rules, inflected from lemmas. */
  words: Words;
}

/** Everyday aliases of states that `world-countries` does not list. */
const EXTRA_STATE_ALIASES: Record<string, string[]> = {
  GB: ["Britain", "Great Britain", "UK", "U.K.", "Britons", "Brits", "Downing Street", "Whitehall"],
  US: ["US", "U.S.", "USA", "U.S.A.", "America", "Washington", "White House", "Americans"],
  RU: ["Kremlin", "Russian Federation"],
  UA: ["Kiev"],
  TR: ["Turkey", "Turkish"],
  CZ: ["Czech Republic"],
  NL: ["Holland", "Dutch"],
  KP: ["DPRK", "Pyongyang"],
  CN: ["PRC"],
  KR: ["Republic of Korea"],
  AE: ["UAE"],
  FR: ["Elysee", "Élysée"],
  // A state's formal name cut short, as its own officials and media say it ("the Islamic Republic categorically rejects").
  IR: ["Islamic Republic"],
  VE: ["Bolivarian Republic"],
  // What Iranian and allied state media call Israel.
  IL: ["Zionist regime", "Zionist entity"],
};

/** Demonyms news use beside the one world-countries lists ("Ecuadorean"), as reference data. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  EC: ["Ecuadorian"],
  AR: ["Argentinian"],
  PH: ["Philippine"],
  SA: ["Saudi"],
  SK: ["Slovakian"],
  SI: ["Slovenian"],
  KG: ["Kyrgyz"],
  TJ: ["Tajik"],
  MV: ["Maldivian"],
  KZ: ["Kazakh"],
  UZ: ["Uzbek"],
  IS: ["Icelandic"],
  NP: ["Nepali"],
  CV: ["Cape Verdean"],
  LA: ["Lao"],
};

/**
 * Capitals as their own governments and the news spell them where `world-countries` has another
 * spelling ("Ulan Bator"): read as the state, like the listed capital.
 */
const EXTRA_CAPITALS: Record<string, string[]> = {
  MN: ["Ulaanbaatar"],
};

const METONYMS = new Set([
  "Kremlin",
  "Washington",
  "White House",
  "Downing Street",
  "Whitehall",
  "Elysee",
  "Élysée",
  "Pyongyang",
]);
const ADJECTIVES = new Set(["Turkish", "Dutch", "Britons", "Brits", "Americans"]);

/**
 * Capitals that are as often a person, a word or another place as the state ("Victoria", "Lima,
 * Ohio", "Tripoli" in Lebanon): read as their state only in an article that names the state
 * itself (see `PhraseMatch.ambiguous`).
 */
const AMBIGUOUS_CAPITALS = new Set([
  "Victoria",
  "Kingston",
  "Georgetown",
  "Hamilton",
  "Male",
  "Kuwait City",
  "Panama City",
  "Mexico City",
  "Guatemala City",
  "Castries",
  "Saint John's",
  "Basseterre",
  "Roseau",
  "Avarua",
  "Alofi",
  "Palikir",
  "Apia",
  "Honiara",
  "Nassau",
  "Belmopan",
  "Santiago",
  "Lima",
  "Praia",
  "Tripoli",
  "Sucre",
  "Nicosia",
]);

/**
 * Capitals never read as their state: a name the state shares ("Singapore", "Luxembourg"), read as
 * the state already, or the seat of another body ("Brussels": the EU as often as Belgium).
 */
const UNREAD_CAPITALS = new Set([
  "Brussels",
  "Luxembourg",
  "Monaco",
  "Singapore",
  "San Marino",
  "Vatican City",
  "Djibouti",
  "Washington D.C.",
]);

function pluralDemonym(demonym: string): string | undefined {
  if (
    /(ese|ss|sh|ch|s|x|z|i)$/.test(demonym) ||
    /(French|British|Irish|Welsh|Dutch|Swiss|English)$/.test(demonym)
  )
    return undefined;
  return `${demonym}s`;
}

function addPhrase(
  lexicon: Lexicon,
  text: string,
  key: string,
  via: Via,
  firstComer = false,
  possessor?: Phrase["possessor"],
  ambiguous = false,
): void {
  const tokens = phraseTokens(text);
  if (tokens.length === 0) return;
  // A demonym shared by several countries ("French", "American") belongs to the first one listed.
  if (firstComer && lexicon.phrases.get(tokens[0]!)?.some((p) => p.tokens.join(" ") === tokens.join(" ")))
    return;
  const surface = tokenize(text);
  const exactCase = surface.some((t) => isAllCaps(t.text) && t.text.length <= 4)
    ? surface.map((t) => t.text)
    : undefined;
  const list = lexicon.phrases.get(tokens[0]!) ?? [];
  const same = list.find((p) => p.tokens.join(" ") === tokens.join(" "));
  if (same?.key === key || same?.alternatives?.includes(key)) return;
  if (same && via === "name" && same.via === "name") {
    (same.alternatives ??= []).push(key);
    return;
  }
  list.push({ tokens, key, via, exactCase, possessor, ...(ambiguous ? { ambiguous } : {}) });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  lexicon.phrases.set(tokens[0]!, list);
}

/** Removes a demonym another state took first. */
function dropDemonym(lexicon: Lexicon, text: string | undefined): void {
  const tokens = text ? phraseTokens(text) : [];
  const list = lexicon.phrases.get(tokens[0] ?? "");
  if (!list) return;
  const kept = list.filter((p) => p.via !== "demonym" || p.tokens.join(" ") !== tokens.join(" "));
  lexicon.phrases.set(tokens[0]!, kept);
}

function addCountries(lexicon: Lexicon): void {
  // Independent states first, so shared demonyms and names go to them rather than to territories.
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const key = nodeKey("state", c.name.common);
    const demonym = c.demonyms?.eng?.m;
    const stateNames: string[] = [];
    const demonyms: string[] = [];
    const info: EntityInfo = {
      key,
      type: "state",
      label: c.name.common,
      aliases: [],
      regions: [c.subregion, c.region].filter(Boolean),
      codes: [c.cca2, c.cca3],
      demonyms,
      names: stateNames,
    };
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((a) => a.length > 3 && /^[A-Z][a-z]/.test(a) && !a.includes(",")),
    ];
    const extra = EXTRA_STATE_ALIASES[c.cca2] ?? [];
    for (const n of new Set([...names, ...extra])) {
      const via = METONYMS.has(n) ? "capital" : ADJECTIVES.has(n) ? "demonym" : "name";
      addPhrase(lexicon, n, key, via);
      info.aliases.push(n);
      if (via === "name") stateNames.push(n);
      if (via === "demonym") demonyms.push(n);
    }
    if (demonym && !lexicon.entities.has(key)) {
      for (const d of [demonym, ...(EXTRA_DEMONYMS[c.cca2] ?? [])]) {
        const plural = pluralDemonym(d);
        // A demonym several independent states share ("Dominican") is the one whose name it opens
        // ("the Dominican Republic", not Dominica); else the first listed ("French": France, not
        // the French Southern and Antarctic Lands).
        if (c.independent && c.name.common.startsWith(`${d} `))
          for (const form of [d, plural]) dropDemonym(lexicon, form);
        addPhrase(lexicon, d, key, "demonym", true);
        if (plural) addPhrase(lexicon, plural, key, "demonym", true);
        info.aliases.push(d);
        demonyms.push(d);
      }
    }
    if (c.independent) {
      for (const capital of [...(c.capital ?? []), ...(EXTRA_CAPITALS[c.cca2] ?? [])]) {
        if (UNREAD_CAPITALS.has(capital)) continue;
        addPhrase(lexicon, capital, key, "capital", false, undefined, AMBIGUOUS_CAPITALS.has(capital));
        info.aliases.push(capital);
      }
    }
    if (!lexicon.entities.has(key)) lexicon.entities.set(key, info);
  }
}

function addGazetteer(lexicon: Lexicon, gazetteer: Gazetteer): void {
  for (const entry of gazetteer.entities) {
    const existing = lexicon.entities.get(entry.key);
    const info: EntityInfo = existing ?? {
      key: entry.key,
      type: entry.type,
      label: entry.label,
      aliases: [],
      country: entry.country,
      parent: entry.parent,
      role: entry.role,
      sponsor: entry.sponsor,
      date: entry.date,
    };
    for (const alias of [entry.label, ...entry.aliases]) {
      addPhrase(
        lexicon,
        alias,
        entry.key,
        entry.type === "state" && /^\p{Ll}/u.test(alias) ? "demonym" : "name",
      );
      if (!info.aliases.includes(alias)) info.aliases.push(alias);
    }
    for (const form of possessiveForms(lexicon, entry.aliases, entry.country))
      addPhrase(lexicon, form.text, entry.key, "name", false, form.possessor);
    lexicon.entities.set(entry.key, info);
  }
}

/**
 * A state body's description under its state's demonym ("Russian military intelligence") written
 * with the state as possessor ("Russia's military intelligence", "the Zionist regime's military"):
 * without it the state alone is read and the body is lost. Only descriptions in lower case: a
 * capitalised name after a possessive is read as a body's name by the mention stage already.
 */
function possessiveForms(
  lexicon: Lexicon,
  aliases: readonly string[],
  country: string | undefined,
): { text: string; possessor: NonNullable<Phrase["possessor"]> }[] {
  const state = country ? lexicon.entities.get(country) : undefined;
  if (!state?.demonyms || !state.names) return [];
  const forms: { text: string; possessor: NonNullable<Phrase["possessor"]> }[] = [];
  for (const alias of aliases) {
    const demonym = state.demonyms.find((d) => alias.startsWith(`${d} `));
    const rest = demonym && alias.slice(demonym.length + 1);
    if (!rest || !/^\p{Ll}/u.test(rest)) continue;
    for (const name of state.names)
      forms.push({
        text: `${name}${name.endsWith("s") ? "'" : "'s"} ${rest}`,
        possessor: { key: state.key, tokens: phraseTokens(name).length, via: "name" },
      });
  }
  return forms;
}

export function buildLexicon(gazetteer: Gazetteer, lemmas: Lemmas = DEFAULT_LEMMAS): Lexicon {
  const lexicon: Lexicon = {
    entities: new Map(),
    phrases: new Map(),
    personNames: new Map(),
    nameWordTags: new Map(),
    portfolioReach: new Map(),
    verbReadings: new Map(),
    words: inflectLemmas(lemmas),
  };
  addCountries(lexicon);
  addGazetteer(lexicon, gazetteer);
  return lexicon;
}

/** Longest dictionary phrases in a token sequence, left to right, without overlaps. */
export function matchPhrases(tokens: Token[], lexicon: Lexicon): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const first = tokens[i]!;
    // Only a capital or a digit starts a name: the look-up is skipped for every other word.
    const candidates = startsUpperOrDigit(first.text) ? lexicon.phrases.get(first.norm) : undefined;
    let matched: PhraseMatch | undefined;
    if (candidates) {
      for (const phrase of candidates) {
        const n = phrase.tokens.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const t = tokens[i + k]!;
          ok =
            t.norm === phrase.tokens[k] &&
            (!phrase.exactCase ||
              t.text === phrase.exactCase[k] ||
              (phrase.exactCase[k]!.length >= 4 && isCapitalized(t.text)));
        }
        if (ok && phrase.possessor) {
          // The state as possessor, then its body: the article names both.
          const { key, tokens: owned, via } = phrase.possessor;
          // The "s" token of "'s" stands between them ("Netherlands'" has none).
          const bodyFrom = i + owned + (phrase.tokens[owned] === "s" ? 1 : 0);
          matches.push({
            start: first.start,
            end: tokens[i + owned - 1]!.end,
            from: i,
            to: i + owned,
            key,
            via,
          });
          matched = {
            start: tokens[bodyFrom]!.start,
            end: tokens[i + n - 1]!.end,
            from: bodyFrom,
            to: i + n,
            key: phrase.key,
            via: phrase.via,
          };
          break;
        }
        if (ok) {
          matched = {
            start: first.start,
            end: tokens[i + n - 1]!.end,
            from: i,
            to: i + n,
            key: phrase.key,
            via: phrase.via,
            alternatives: phrase.alternatives,
            ...(phrase.ambiguous ? { ambiguous: true } : {}),
          };
          break;
        }
      }
    }
    if (matched) {
      matches.push(matched);
      i = matched.to;
    } else i++;
  }
  return matches;
}
