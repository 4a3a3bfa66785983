/**
 * Person stage: names of people, with the office they hold and whom they hold it for, read from
 * the titles and appositions of news copy: "Prime Minister X", "NATO Secretary-General X",
 * "X, Ukraine's defence minister,", "the Minister of Public Services, X", "his British
 * counterpart, X". A capitalised run counts as a name when such a cue or compromise says so.
 */
import nlp from "compromise";
import { nodeKey } from "../model/types";
import {
  attackersSide,
  deniedLast,
  entityType,
  helpedLast,
  homeState,
  noteEntity,
  noteKnown,
  type DocumentState,
  type PersonInfo,
} from "./document-state";
import {
  actorSlot,
  institutionLabel,
  isOrdinaryWord,
  nameWordTag,
  noteLocalOrganization,
  type Slot,
} from "./mentions";
import { bodyWithInitials } from "./mentions/initialisms";
import type { Sentence } from "./sentences";
import {
  alternation,
  COUNT_WORDS,
  DISAVOWALS,
  matchPhrases,
  NEGATIONS,
  NAME_WORDS,
  NOUN_LEMMAS,
  patternFor,
  thankVerb,
  type Words,
} from "./lexicon";
import { patternsOf, RELATIVE_WORD, TRANSCRIPT_SPEAKER } from "./speakers";
import {
  editDistance,
  fold,
  isCapitalized,
  personNameCase,
  startsCapitalized,
  tokenize,
  type Token,
  matchesOf,
} from "./text";
import { EXTRACTION_DEFAULTS } from "./defaults";
import type { ExtractedEntity } from "./types";

/** Nouns that make a phrase a statement of office. */
export const ROLE_NOUN =
  /\b(prime minister|minister|president|premier|chancellor|secretary[- ]general|secretary|spokes(?:man|woman|person)|head|chief|director|commander|ambassador|envoy|diplomat|counterpart|official|general|adviser|advisor|prosecutor|leader|king|queen|senator|chairman|chairwoman|chairperson|governor|mayor|deputy|delegate|commissioner|representative|officer|attorney general|attorney|chief executive|executive|ceo|founder|(?:under-?)?secretary|researcher|analyst|lecturer|professor|manager|mp)s?\b/i;
/** Every role noun of a phrase, the last one first found by scanning them all. */
const ROLE_NOUNS = new RegExp(ROLE_NOUN.source, "gi");
/** Honorifics before a name ("Dr", "Sir", "Gen"); never a name word themselves. */
const HONORIFICS = new Set([
  "sir",
  "gen",
  "dr",
  "mr",
  "mrs",
  "ms",
  "lord",
  "dame",
  "lt",
  "col",
  "adm",
  "admiral",
  "colonel",
  "prof",
  "hon",
  "sen",
  "rep",
]);
const NOT_NAME = new Set([
  ...HONORIFICS,
  // "Instituto Nacional de Catastro": a public body's head in another language opens no person's name.
  ...NAME_WORDS.foreignPublicBodyHeads.flatMap((word) => [word.toLowerCase(), fold(word)]),
  ...(
    "the a an for in on at after before both but and when while meanwhile however previously earlier later " +
    "this that these those it its his her their our we he she they january february march april may june july " +
    "august september october november december monday tuesday wednesday thursday friday saturday sunday " +
    "conference summit forum group news media times post union organization organisation alliance treaty party " +
    "professor republic kingdom states day street square house road university institute company corporation inc ltd limited " +
    "bank act law program programme project platform initiative strategy service services security cyber council " +
    "ministry agency office centre center committee department command bureau authority commission cabinet " +
    "government parliament congress senate court twitter facebook telegram reuters afp ap photo credit read also " +
    "defence defense affairs foreign digital transition telecommunications minister president prime secretary " +
    "general chief head director commander delegate spokesman spokeswoman spokesperson vice deputy staff sir gen " +
    "ambassador envoy senator governor mayor chancellor king queen prince commissioner representative " +
    "top former outgoing acting then national public state admiral colonel major captain " +
    "lieutenant sergeant brigadier marshal commodore attorney " +
    // Offices written before a name ("Undersecretary Ana Cruz", "Premier Li Qiang"), never part of it.
    "undersecretary under-secretary premier chairman chairwoman chairperson"
  ).split(" "),
]);
/**
 * "Chief Superintendent A B", "Warrant Officer C D": a rank's head word opening a run of name words
 * is no part of the name; inside or at the end of one it may be a surname ("Paul Major").
 */
const RANK_HEADS = new Set(NOUN_LEMMAS.rank.map((rank) => rank.split(" ").pop()!));
const REPORTING_AFTER =
  /^\s*(?:,\s*)?(said|says|told|added|declared|stated|warned|announced|wrote|insisted|noted|claimed|assured|tweeted|confirmed|denied|condemned|accused)\b/;

export interface PersonSlotInfo {
  slot: Slot;
  affiliations: string[];
  role?: string;
}

function roleText(zone: string): string | undefined {
  const m = ROLE_NOUN.exec(zone);
  if (!m) return undefined;
  const cleaned = zone
    .replace(/^\s*(?:the|a|an|his|her|its|their|then|former|one of|all|both)\s+/gi, "")
    .replace(/[,\s]+$/, "")
    .trim();
  return cleaned.length > 0 && cleaned.length <= 90 ? cleaned : undefined;
}

/** A slot naming an agency or organization. */
const isBodySlot = (state: DocumentState, s: Slot) =>
  ["agency", "organization"].includes(entityType(state, s.key) ?? "");

/**
 * "ambassador to the EU", "envoy in Kyiv": where an official is posted is not whom they serve;
 * "a secretary in the health ministry" is. The preposition is the title's own: "according to DSS
 * spokesman X" names the body X speaks for.
 */
function isPostedTo(state: DocumentState, start: number, s: Slot): boolean {
  const before = state.text.slice(Math.max(start, s.start - 8), s.start);
  return (
    /\bto\s+(?:the\s+)?$/i.test(before) ||
    (/\bin\s+(?:the\s+)?$/i.test(before) && entityType(state, s.key) === "state")
  );
}

/**
 * "serving in the GRU's Unit 26165": a body owning the body named after it is that body's parent;
 * the person holds office in the one owned.
 */
function ownsBodyAfter(state: DocumentState, within: Slot[], s: Slot): boolean {
  return (
    s.possessive &&
    isBodySlot(state, s) &&
    within.some(
      (b) => b.start > s.end && /^['’]s?\s+$/.test(state.text.slice(s.end, b.start)) && isBodySlot(state, b),
    )
  );
}

/** The keys of the slots whose entity has type `type`, each once, in order. */
function keysOfType(state: DocumentState, slots: Slot[], type: string): string[] {
  return [...new Set(slots.filter((s) => entityType(state, s.key) === type).map((s) => s.key))];
}

/** Bodies and states named inside a title or apposition, institutions and organizations first. */
function namedInside(state: DocumentState, slots: Slot[], start: number, end: number) {
  const within = slots.filter(
    (s) =>
      s.start >= start &&
      s.end <= end &&
      s.kind !== "incident" &&
      s.source !== "person" &&
      !isPostedTo(state, start, s),
  );
  const inside = within.filter((s) => !ownsBodyAfter(state, within, s));
  return {
    bodies: [...keysOfType(state, inside, "agency"), ...keysOfType(state, inside, "organization")],
    states: keysOfType(state, inside, "state"),
  };
}

/** The state a key stands for: itself, or the state an agency belongs to. */
function stateOfKey(state: DocumentState, key: string): string | undefined {
  const type = entityType(state, key);
  if (type === "state") return key;
  if (type === "agency") return state.entities.get(key)?.country ?? state.lexicon.entities.get(key)?.country;
  return undefined;
}

/** Offices held for a state as a whole: heads of state and government, ministers, envoys, legislators. */
const STATE_OFFICE = new RegExp(`\\b(?:${Object.values(NAME_WORDS.stateOffices).flat().join("|")})s?$`, "i");
/** Offices of a state's executive, the only ones whose state is read from the context when the title names none. */
const GOVERNMENT_OFFICE = new RegExp(`^(?:${NAME_WORDS.stateOffices.executive.join("|")})s?$`);
/** Titles through which a government answers abroad ("Foreign Minister", "spokeswoman", "Ambassador"). */
const DIPLOMATIC_TITLE = new RegExp(`\\b(?:${NAME_WORDS.diplomaticTitleWords.join("|")})`, "i");
/** A sentence disowning the act in other words than a denial ("had nothing to do with it"). */
const DISAVOWAL = new RegExp(`\\b(?:${alternation(DISAVOWALS)})\\b`, "i");
/** Offices whose holder speaks for a body the text named just before ("Spokeswoman X", "Ministry spokesperson X"). */
const SPOKESPERSON = /\bspokes(?:man|woman|person)$/i;
/** A body a title refers back to: "Ministry spokesperson", "the minister responsible for the agency". */
const BODY_REFERENCE = new RegExp(
  `\\b(${[
    ...NAME_WORDS.institutionHeads,
    ...NAME_WORDS.referringBodyNouns.company,
    ...NAME_WORDS.referringBodyNouns.body,
    "embassy",
  ].join("|")})\\b(?!\\s+of\\b)`,
  "i",
);
/**
 * The head nouns of the bodies a bare head title heads ("Deputy Governor" -> a bank), from the
 * lexicon's headTitles; undefined for any other title.
 */
function headTitleBodies(role: string): string | undefined {
  const title = role
    .trim()
    .toLowerCase()
    .replace(/^(?:deputy|vice|acting)[\s-]+/, "")
    .replace(/[\s-]+/g, " ");
  const heads = Object.hasOwn(NAME_WORDS.headTitles, title) ? NAME_WORDS.headTitles[title] : undefined;
  return heads ? `(?:${heads.join("|")})` : undefined;
}
/** Experts speak for where they work, never for their nationality. */
const EXPERT = /\b(?:researcher|analyst|lecturer|professor)s?$/i;
const ENVOY = /\b(?:ambassador|envoy|charg[eé] d['’]affaires)$/i;
/** The portfolio of a minister's title: "Foreign Minister", "Minister of Defence", "Finance Secretary". */
const PORTFOLIOS =
  /\b(?!(?:and|of|for|the|a|an)\b)([a-z]+)[\s-]+(?:minister|secretary)\b|\bminister\s+(?:of|for)\s+(?:the\s+)?(?:national\s+)?([a-z]+)/gi;
/** A body's label word for a title's portfolio word where the two differ. */
const PORTFOLIO_LABEL: Record<string, string> = { defense: "defence", home: "interior" };

/**
 * The ministry a portfolio title heads, when the article names that ministry of the same state
 * ("Finance Minister X" and "the Department of Finance" of Papua New Guinea): one node, never a new one.
 */
function portfolioBody(state: DocumentState, role: string, home: string | undefined): string | undefined {
  // "Minister of State and Minister of Foreign Affairs": the portfolio of any office the title joins.
  for (const m of matchesOf(PORTFOLIOS, role)) {
    const word = (m[1] ?? m[2])?.toLowerCase();
    if (!word || /^(?:prime|deputy|vice|cabinet|general|state)$/.test(word)) continue;
    const label = PORTFOLIO_LABEL[word] ?? word;
    const heads = new RegExp(
      `^(?:Ministry|Department|Office)\\b.*\\b${label}|^${label}\\b.*\\b(?:Ministry|Office)\\b`,
      "i",
    );
    // With no state known, the one ministry of that portfolio the article names ("Health Minister X").
    const bodies = [...state.entities.values()].filter(
      (e) => e.type === "agency" && (home === undefined || e.country === home) && heads.test(e.label),
    );
    if (bodies.length === 1 || (home !== undefined && bodies[0])) return bodies[0]!.key;
  }
  return undefined;
}

/**
 * The portfolio a reference to a ministry names ("foreign ministry spokesman"), matching the body's
 * label in either form ("Ministry of Foreign Affairs", "foreign ministry"): the last ministry named
 * may hold another portfolio.
 */
function portfolioOf(role: string, bodyWord: string): RegExp | undefined {
  const word = new RegExp(`\\b([\\p{L}]+)\\s+${bodyWord}\\b`, "iu").exec(role)?.[1];
  const label = word ? institutionLabel(`${word} ministry`) : "";
  if (!word || !label.startsWith("Ministry of ")) return undefined;
  return new RegExp(`\\b(?:${word}|${label.slice("Ministry of ".length)})\\b`, "i");
}

/**
 * A title's body word as a pattern for body names: in either spelling of "-re"/"-er" ("centre",
 * "Center"), in the plural too ("the lab" of "Korvath Signal Labs").
 */
const bodyWordPattern = (word: string) => `${word.replace(/(?<=[^aeiou])(?:re|er)$/i, "(?:re|er)")}s?`;

/** What a title's word asks of the body it refers back to: a word of its name, a portfolio. */
interface BodyWanted {
  /** A pattern for a word of the body's names. */
  head?: string;
  portfolio?: RegExp;
  /** Bodies it cannot be (the accused). */
  exclude?: string[];
}

/** The body named last before `before` (in this or the previous sentence), of the kind a title's word names. */
function recentBody(
  state: DocumentState,
  sentence: Sentence,
  before: number,
  { head, portfolio, exclude = [] }: BodyWanted,
): string | undefined {
  const from = Math.max(0, sentence.start - EXTRACTION_DEFAULTS.pendingRoleSentences * 200);
  const word = head ? new RegExp(`\\b${head}\\b`, "i") : undefined;
  let best: { key: string; at: number } | undefined;
  for (const e of state.entities.values()) {
    if (e.type !== "agency" && e.type !== "organization") continue;
    if (exclude.includes(e.key)) continue;
    const names = [e.label, ...e.aliases].join(" ");
    if (word && !word.test(names)) continue;
    if (portfolio && !portfolio.test(names)) continue;
    for (const m of e.mentions)
      if (m.start >= from && m.end <= before && (!best || m.start > best.at))
        best = { key: e.key, at: m.start };
  }
  return best?.key;
}

/**
 * Whom a person holds office for, from what the text says: the body named in the title or
 * apposition ("INSA's deputy director general", "a researcher at Savannah Cyber Labs"); for a
 * state office, the state named ("Czech Foreign Minister") and the ministry it heads where the
 * article names it; a spokesperson's body named just before; an envoy's state by its embassy.
 * A state office with no state named falls back to the state the passage is about. Nothing is
 * guessed for other titles.
 */
function officeHolders(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  office: {
    start: number;
    end: number;
    role?: string;
    key: string;
    titled: boolean;
    held: string[];
    /** What a person named with this one holds ("X and the Minister of Foreign Affairs Y"). */
    peer: string[];
  },
): string[] {
  const named = namedInside(state, slots, office.start, office.end);
  const { bodies } = named;
  const role = office.role ?? "";
  const noun = lastRoleNoun(role);
  // "a British security researcher": an expert's nationality is not an office.
  const states = EXPERT.test(noun) ? [] : named.states;
  const stateOffice = STATE_OFFICE.test(noun) && !/counterpart/i.test(role);
  if (bodies.length > 0) return stateOffice ? withOwners(state, bodies, states) : bodies;
  // "President Donald Trump's homeland security adviser": the state of the office holder named.
  const principal = slots.find(
    (s) =>
      s.start >= office.start && s.end <= office.end && s.possessive && entityType(state, s.key) === "person",
  );
  const principalState = principal
    ? (state.persons
        .get(principal.key)
        ?.affiliations.map((k) => stateOfKey(state, k))
        .find(Boolean) ?? state.lexicon.entities.get(principal.key)?.country)
    : undefined;
  if (states.length === 0 && principalState) states.push(principalState);
  if (states.length > 0) {
    const ministry = stateOffice ? portfolioBody(state, role, states[0]!) : undefined;
    return ministry ? withOwners(state, [ministry], states) : states;
  }
  if (office.held.length > 0) return [];
  // "Spokeswoman X", "Ministry spokesperson X", "the minister responsible for the agency", "its
  // director of communications, X": the body just named.
  const bodyWord = BODY_REFERENCE.exec(role)?.[1];
  const its = /^its\s/i.test(state.text.slice(office.start, office.start + 4));
  // "Director-General X", "Deputy Governor X": the head of a body of the kind the title heads (a
  // governor heads a bank), the one just named, never an accused one.
  const headOf = headTitleBodies(role);
  const bareHead = headOf !== undefined;
  if (SPOKESPERSON.test(noun) || bodyWord || its || bareHead) {
    const body = recentBody(state, sentence, office.start, {
      head: bodyWord ? bodyWordPattern(bodyWord) : headOf,
      portfolio: bodyWord ? portfolioOf(role, bodyWord) : undefined,
      exclude: bareHead ? [...state.claimed.lastAccusedOf.keys()] : [],
    });
    const home = body && stateOffice ? stateOfKey(state, body) : undefined;
    if (body) return home ? withOwners(state, [body], [home]) : [body];
  }
  if (ENVOY.test(noun)) {
    // "summoned Ambassador Wang Di": the state whose embassy the text just named.
    const embassy = recentBody(state, sentence, office.start, { head: "embassy" });
    const home = embassy ? stateOfKey(state, embassy) : undefined;
    return home ? [home] : [];
  }
  // A gazetteer person's country or office ("EU High Representative") counts once the text gives a
  // title, unless the title names another office ("Prime Minister Mark Rutte", later NATO's head).
  const entry = state.lexicon.entities.get(office.key);
  const entryRole = entry?.role ? lastRoleNoun(entry.role) : "";
  const sameOffice = !role || !entryRole || fold(entryRole) === fold(noun);
  const knownBody =
    entry?.country ?? (entry?.role && sameOffice ? bodyNamedIn(state, entry.role) : undefined);
  if (knownBody && (role || office.titled) && (sameOffice || entry?.country)) return [knownBody];
  if (!stateOffice) return [];
  if (office.peer.length > 0) return office.peer;
  // With no state known, the one ministry of the portfolio the article names, unless the minister
  // speaks from another state ("In Santiago, Finance Minister X said ...").
  const namedMinistry = portfolioBody(state, role, undefined);
  const speaksFrom = placeOpening(state, sentence, slots);
  if (namedMinistry && (!speaksFrom || speaksFrom === stateOfKey(state, namedMinistry)))
    return [namedMinistry];
  // "Storting president X": a president of a body the text names but we do not know, not of the state.
  if (!/minister|secretary|mp/.test(noun) && namesUnknownBody(role)) return [];
  const stated =
    reportedState(state, slots, office) ?? coordinatedSubjectState(state, sentence, slots, office.start);
  // "Opposition MP X", "Assistant Attorney General X": only a government's own offices are guessed a state.
  // A state that just denied speaks through its diplomats and spokespeople, or through whoever
  // rejects or disowns the accusation in this very sentence; any other minister is the accusing side's.
  const denierVoice =
    DIPLOMATIC_TITLE.test(role) ||
    rejectsAccusations(state.lexicon.words).test(sentence.text) ||
    DISAVOWAL.test(sentence.text);
  const guess =
    stated || !GOVERNMENT_OFFICE.test(noun)
      ? undefined
      : titleHome(state, sentence.index, denierVoice, thankedStates(state, sentence, slots));
  const home = stated ?? guess?.key;
  if (!home) return [];
  const ministry = portfolioBody(state, role, home);
  // A state the topic alone gave may turn out to be the accused one, once the article is read;
  // an official rejecting the accusations speaks for the accused side, so the topic state stands.
  if (!ministry && guess?.topical && !rejectsAccusations(state.lexicon.words).test(sentence.text))
    state.guessedOffices.set(office.key, home);
  return ministry ? withOwners(state, [ministry], [home]) : [home];
}

/** The state of a place opening the sentence ("In Santiago, ...", "From Lima, ..."). */
function placeOpening(state: DocumentState, sentence: Sentence, slots: Slot[]): string | undefined {
  const place = slots.find(
    (s) =>
      entityType(state, s.key) === "state" &&
      /^\W*(?:in|from)\s+(?:the\s+)?$/i.test(state.text.slice(sentence.start, s.start)),
  );
  return place?.key;
}

/**
 * The bodies an official serves, with the states named beside them that own none of those bodies:
 * a minister of a named ministry holds office there, and its state follows from the ministry.
 */
function withOwners(state: DocumentState, bodies: string[], states: string[]): string[] {
  const owners = new Set(bodies.map((b) => stateOfKey(state, b)));
  return [...bodies, ...states.filter((s) => !owners.has(s))];
}

/** A capitalised word before a title's office noun that is neither a modifier nor a known name. */
function namesUnknownBody(role: string): boolean {
  const words = role.split(/\s+/);
  const noun = lastRoleNoun(role);
  return words
    .slice(0, Math.max(0, words.length - noun.split(" ").length))
    .some(
      (w) =>
        startsCapitalized(w) &&
        !ROLE_MODIFIERS.has(w.toLowerCase()) &&
        !ROLE_NOUN.test(w) &&
        !NOT_NAME.has(w.toLowerCase()),
    );
}

/** The last office noun of a title ("Assistant Attorney General" → "attorney general"). */
function lastRoleNoun(role: string): string {
  let last = "";
  ROLE_NOUNS.lastIndex = 0;
  for (let m = ROLE_NOUNS.exec(role); m; m = ROLE_NOUNS.exec(role)) last = m[0];
  return last.toLowerCase();
}

/**
 * "Prime Minister Jaan Kask says Estonia has asked ...": the state acting in the clause the
 * official reports, unless it is the one accused. A demonym there qualifies the people the clause
 * is about ("said Finnish specialists had worked alongside ..."), often the helpers', not the
 * official's state.
 */
function reportedState(
  state: DocumentState,
  slots: Slot[],
  office: { start: number; end: number },
): string | undefined {
  const { speechAfter } = patternsOf(state.lexicon.words);
  const said = speechAfter.exec(state.text.slice(office.end, office.end + 40));
  if (!said) return undefined;
  const clause = office.end + said.index + said[0].length;
  const subject = slots.find(
    (s) =>
      s.start >= clause &&
      /^\s+(?:(?:\w+\s+){0,2}?(?:that\s+))?(?:the\s+)?$/.test(state.text.slice(clause, s.start)) &&
      s.kind === "actor",
  );
  // "An opposition MP, X, said China was behind the attack": the state the official accuses is not theirs
  // (the claim stage has not yet read that accusation when offices are placed).
  if (subject && accusedInClause(state.lexicon.words).test(state.text.slice(subject.end, subject.end + 60)))
    return undefined;
  const home = subject && subject.source !== "demonym" ? stateOfKey(state, subject.key) : undefined;
  return home && !state.claimed.lastAccusedOf.has(home) ? home : undefined;
}

/**
 * What right after a reported clause's subject accuses it: "was behind", "is responsible", "carried
 * out", "had hacked", "may have been behind", "most likely hit".
 */
const accusedInClause = (words: Words) =>
  patternFor(
    words,
    "reported-accused",
    (w) =>
      new RegExp(
        `^\\s+(?:(?:was|is|were|are|had|has|have|been|may|might|could|must|would|${w.hedges})\\s+){0,4}` +
          `(?:behind|responsible|to\\s+blame|${w.verbs.perpetrate.past}|${w.verbs.perpetrate.third}|${w.verbs.attack.past}|${w.verbs.attack.third}|${w.verbs.attack.present})\\b`,
        "i",
      ),
  );

/** Words a role phrase may carry before its noun besides capitalised ones ("the then prime minister"). */
const ROLE_MODIFIERS = new Set(
  (
    "then former outgoing incoming acting top senior foreign defence defense prime deputy vice chief interior finance " +
    "justice digital security intelligence national state cyber military general first policy affairs trade home " +
    "economy health energy transport press executive principal technical managing additional assistant associate " +
    "lead senior research security ministry department agency embassy"
  ).split(" "),
);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their"]);
/** A title's portfolio or body after its preposition ("of Justice", "for the Digital Economy"), and one item of a list of them. */
const PORTFOLIO = String.raw`[^,;:()“”"]{1,70}`;
const PORTFOLIO_ITEM = String.raw`[^,;:()“”"]{1,40}`;
/** What may follow a title's role noun up to the name: its portfolio or body, perhaps a list of portfolios closed by "and". */
const OFFICE_TAIL = new RegExp(
  // A relative clause after the comma ("of which A, B and C are members") ends the title, no list of it;
  // an envoy's "to A, B and C" lists the states they are sent to, none of them their own.
  String.raw`^\s+(?:(?:of|for|in charge of)\s+${PORTFOLIO}(?:(?:,\s+(?!(?:of\s+)?(?:${RELATIVE_WORD}|where)\b)${PORTFOLIO_ITEM})+,?\s+and\s+${PORTFOLIO_ITEM})?|(?:at|to)\s+${PORTFOLIO})(?:\s*\([^,;:()“”"]{1,20}\))?$`,
  "i",
);

/**
 * The title or apposition before a name: "Prime Minister X", "the then prime minister, X",
 * "his British counterpart, Sir X", "NATO Secretary-General X". The role noun must end the
 * phrase (an "of ..." or "in charge of ..." tail allowed) and the phrase must end at the name.
 */
function preApposition(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  nameIndex: number,
  slots: Slot[],
): { title: boolean; start: number; role: string | undefined } | undefined {
  const text = state.text;
  let k = nameIndex;
  // "Dr A", "Hon. A", "Eng. A": an honorific's abbreviating full stop stands between it and the name.
  while (k > 0 && honorificBefore(text, tokens, k)) k--;
  // "the Foreign Office spokesperson, Ambassador A", "Minister of National Security, the Hon. A": a
  // courtesy title after an apposition's comma; the office held is the phrase before the comma.
  // Only an office opening its clause: "After meeting Chile's Minister of Energy, Ambassador A said"
  // names the minister A met.
  const courtesy = courtesyStart(text, tokens, k, k < nameIndex);
  if (courtesy !== undefined) {
    const office = preApposition(state, sentence, tokens, courtesy, slots);
    if (office?.role && OPENS_CLAUSE.test(text.slice(sentence.start, office.start))) return office;
  }
  // "Captain A", "Senior Lieutenant B", "Lt. Col. C": ranks are honorifics too.
  const rank = ranksBefore(state.lexicon.words).exec(
    text.slice(Math.max(sentence.start, tokens[k]!.start - 40), tokens[k]!.start),
  );
  // A rank that is also a title ("Attorney General", "Major General") is read as one below.
  if (rank && isCapitalized(rank[0]) && !ROLE_NOUN.test(rank[0])) {
    const at = tokens[k]!.start - rank[0].length;
    while (k > 0 && tokens[k - 1]!.start >= at) k--;
  }
  const honorific = k < nameIndex;
  const limit = k > 0 ? tokens[k]!.start : sentence.start;
  const windowStart = Math.max(sentence.start, limit - 140);
  const before = text.slice(windowStart, limit).replace(/,?\s*$/, "");
  let last: RegExpExecArray | undefined;
  ROLE_NOUNS.lastIndex = 0;
  // "agents of the Inspectorate General for Signals, A": an office word inside a body's name is no title.
  for (let m = ROLE_NOUNS.exec(before); m; m = ROLE_NOUNS.exec(before))
    if (!insideBody(state, slots, windowStart + m.index, windowStart + m.index + m[0].length)) last = m;
  if (!last) return honorific ? { title: true, start: tokens[k]!.start, role: undefined } : undefined;
  const tail = before.slice(last.index + last[0].length);
  // "Minister of Telecommunications and Information Society": a run after "and" goes on with the portfolio.
  // "Director-General of the Ports and Harbours Authority (PHA), X": the body's short form may close it.
  // "the minister of culture, sport and tourism, X": a list of portfolios, closed by "and".
  if ((tail.trim() !== "" && !OFFICE_TAIL.test(tail)) || /\s(?:and|&)$/i.test(tail))
    return honorific ? { title: true, start: tokens[k]!.start, role: undefined } : undefined;
  // Walk back from the role noun over capitalised words, possessives and role modifiers.
  const head = windowStart + last.index;
  const words = tokens.filter((t) => t.end <= head && t.start >= windowStart);
  let phraseStart = head;
  for (let w = words.length - 1, taken = 0; w >= 0 && taken < 7; w--, taken++) {
    const t = words[w]!;
    // "U.S. Ambassador X": a named actor ends the gap as one word, whatever its punctuation.
    const named = slots.find((s) => s.source !== "person" && t.end <= s.end && t.start >= s.start);
    if (named && named.end <= phraseStart && /^\s*$/.test(text.slice(named.end, phraseStart))) {
      phraseStart = named.start;
      while (w > 0 && words[w - 1]!.start >= named.start) w--;
      continue;
    }
    const gap = text.slice(t.end, phraseStart);
    if (!/^[\s'’s-]*$/.test(gap) && !/^['’]s\s+$/.test(gap)) break;
    if (DETERMINERS.has(t.norm)) {
      phraseStart = t.start;
      break;
    }
    // "Two officers of the ministry, A and B": a count opening the sentence is capitalised, yet no name.
    if (COUNT_WORDS.includes(t.norm)) break;
    const inSlot = slots.some((s) => t.start >= s.start && t.end <= s.end && s.source !== "person");
    if (
      inSlot || isCapitalized(t.text)
        ? !/^(for|in|on|at|after|before|while|when|but|and|as|with|by|from)$/i.test(t.text)
        : ROLE_MODIFIERS.has(t.norm) ||
          t.norm === "s" ||
          ROLE_NOUN.test(t.text) ||
          // "the unit's commander": a lower-case possessor is the body the title refers to.
          (BODY_REFERENCE.test(t.text) && /^['’]s\s/.test(text.slice(t.end, t.end + 3)))
    ) {
      phraseStart = t.start;
      continue;
    }
    break;
  }
  const phrase = text.slice(phraseStart, limit).replace(/,?\s*$/, "");
  return { title: true, start: phraseStart, role: roleText(phrase) };
}

/**
 * What may stand before a phrase that opens its clause: nothing but quotes or a bracket, a clause's
 * punctuation (a quotation's close after it perhaps), or "and"/"but".
 */
const OPENS_CLAUSE = /(?:^[\s"“‘(]*|[,;:(–—]\s*["”’]?\s*|\s(?:and|but)\s+)$/i;
/** Honorifics written only with their full stop ("Eng."). */
const DOTTED_HONORIFICS = new Set<string>(NAME_WORDS.dottedHonorifics);
const COURTESY_TITLES = new Set<string>(NAME_WORDS.courtesyTitles);

/** Whether the token before `k` is an honorific of the name at `k` ("Dr A", "Hon. A", "Eng. A"). */
function honorificBefore(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k - 1];
  if (!t) return false;
  const gap = text.slice(t.end, tokens[k]!.start);
  return (
    (HONORIFICS.has(t.norm) && /^\.?\s+$/.test(gap)) || (DOTTED_HONORIFICS.has(t.norm) && /^\.\s+$/.test(gap))
  );
}

/**
 * Where a courtesy title standing after an apposition's comma starts, its "the" included: the
 * honorifics from `k` on (", the Hon. A"; ", Dr A" needs no help), else a courtesy office right
 * before `k` (", Ambassador A", ", the delegate A").
 */
function courtesyStart(text: string, tokens: Token[], k: number, honorific: boolean): number | undefined {
  const c = honorific ? k : COURTESY_TITLES.has(tokens[k - 1]?.norm ?? "") ? k - 1 : -1;
  if (c < 1) return undefined;
  const article = tokens[c - 1]!.norm === "the" ? c - 1 : c;
  if (article < 1 || !/^,\s+$/.test(text.slice(tokens[article - 1]!.end, tokens[article]!.start)))
    return undefined;
  // ", Dr A": the comma is stripped with the honorific, the office before it read already.
  return article === c && honorific ? undefined : article;
}

/**
 * Whether the word [start, end) lies inside an agency's or organization's name the sentence gives,
 * the name going on after it ("Inspectorate General for Signals"; not "foreign ministry spokesman",
 * a title the body's slot takes in).
 */
const insideBody = (state: DocumentState, slots: Slot[], start: number, end: number) =>
  slots.some((s) => s.start < start && end < s.end && isBodySlot(state, s));

/** A denial verb, or an accusation called baseless ("said the charges were unfounded"). */
const rejectsAccusations = (words: Words) =>
  patternFor(
    words,
    "people.rejects-accusations",
    (w) =>
      new RegExp(
        `\\b(?:${w.verbs.deny.any})\\b|\\b(?:${w.nouns.accusation.any})\\b[^.;:]{0,40}?\\b(?:${w.dismissal})\\b`,
        "i",
      ),
  );

/** Up to two military or police ranks ending right before a name ("Senior Lieutenant ", "Lt. Col. "). */
const ranksBefore = (words: Words) =>
  patternFor(
    words,
    "people.ranks-before",
    (w) => new RegExp(`(?<![\\p{L}.\\-‐])(?:(?:${w.nouns.rank.any})\\.?\\s+){1,2}$`, "iu"),
  );

/** The organization or state a gazetteer role names ("EU High Representative" → the EU). */
function bodyNamedIn(state: DocumentState, role: string): string | undefined {
  const keys = matchPhrases(tokenize(role), state.lexicon)
    .filter((m) => !m.ambiguous)
    .map((m) => m.key);
  const typeOf = (k: string) => state.lexicon.entities.get(k)?.type;
  return keys.find((k) => typeOf(k) === "organization") ?? keys.find((k) => typeOf(k) === "state");
}

/**
 * "Britain's cyber centre said ..., and Foreign Secretary X condemned ...": an official opening a
 * clause joined to one whose subject is a state (or its body) serves that state.
 */
function coordinatedSubjectState(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  officeStart: number,
): string | undefined {
  if (!/,\s+and\s+$/.test(state.text.slice(Math.max(sentence.start, officeStart - 8), officeStart)))
    return undefined;
  const subject = slots.find((s) => s.kind === "actor" && s.end <= officeStart);
  if (!subject || !/^\W*(?:the\s+)?$/i.test(state.text.slice(sentence.start, subject.start)))
    return undefined;
  const home = stateOfKey(state, subject.key);
  return home && !state.claimed.lastAccusedOf.has(home) ? home : undefined;
}

/** A capitalised word of a title that is neither an office nor a modifier: part of a body's name. */
function isBodyWord(t: Token, slots: Slot[]): boolean {
  return (
    isCapitalized(t.text) &&
    !NOT_NAME.has(t.norm) &&
    !HONORIFICS.has(t.norm) &&
    !ROLE_MODIFIERS.has(t.norm) &&
    !ROLE_NOUN.test(t.text) &&
    !slots.some((s) => t.start < s.end && t.end > s.start)
  );
}

/**
 * Bodies the gazetteer lacks, named in a title: "Telvia chief executive X", "X, SektorCERT's
 * technical director", "X, a researcher at Savannah Cyber Labs". Each becomes an organization of
 * the article (found again by its name) and a slot, so the title's holder is affiliated with it.
 */
function noteTitleBodies(
  state: DocumentState,
  tokens: Token[],
  slots: Slot[],
  office: { start: number; end: number },
  name: { start: number; end: number },
  role: string | undefined,
): void {
  if (!role) return;
  const text = state.text;
  const runs: Array<[number, number]> = [];
  let named = false;
  for (const [from, to] of [
    [office.start, name.start],
    [name.end, office.end],
  ] as const) {
    const inner = tokens.filter((t) => t.start >= from && t.end <= to);
    let k = 0;
    while (k < inner.length && DETERMINERS.has(inner[k]!.norm)) k++;
    // The body opens the title, before an office word or a possessive ("Telvia chief executive").
    let e = k;
    while (e < inner.length && isBodyWord(inner[e]!, slots) && e - k < 4) e++;
    const next = inner[e];
    const opensTitle =
      e > k && next && (ROLE_MODIFIERS.has(next.norm) || ROLE_NOUN.test(next.text) || next.norm === "s");
    // "NSS spokeswoman X", "Storting president X": a body the article has named, by its name or initials.
    const body = opensTitle
      ? bodyNamedBefore(state, text.slice(inner[k]!.start, inner[e - 1]!.end))
      : undefined;
    if (body) {
      noteBodyMention(state, slots, body, inner[k]!.start, inner[e - 1]!.end);
      named = true;
      continue;
    }
    // Not a minister's portfolio ("Oil Minister", "Opposition MP") nor an adjective ("Political analyst").
    const portfolio = STATE_OFFICE.test(lastRoleNoun(role));
    const adjective = e === k + 1 && /(?:al|ic|ian|ish|ese|ive)$/i.test(inner[k]!.text);
    if (opensTitle && !portfolio && !adjective) runs.push([inner[k]!.start, inner[e - 1]!.end]);
    // Or closes it after "at" ("a security researcher at Savannah Cyber Labs"), for offices outside government.
    const at = inner.findIndex((t) => t.norm === "at");
    if (at >= 0 && at + 1 < inner.length) {
      let b = at + 1;
      while (b < inner.length && inner[b]!.norm === "the") b++;
      let f = b;
      const named = (t: Token) =>
        isCapitalized(t.text) && !slots.some((s) => t.start < s.end && t.end > s.start);
      while (f < inner.length && named(inner[f]!) && f - b < 5) f++;
      // The name closes the title or a place follows it ("at Harlow Labs here in Lagos").
      if (f > b && (f === inner.length || /^\p{Ll}/u.test(inner[f]!.text)))
        runs.push([inner[b]!.start, inner[f - 1]!.end]);
    }
  }
  for (const [start, end] of runs) {
    const label = text.slice(start, end);
    if (!/^[\p{L}\d&.' -]+$/u.test(label)) continue;
    noteLocalOrganization(state, slots, start, end, label);
  }
  if (runs.length > 0 || named) slots.sort((a, b) => a.start - b.start);
}

/** A body the article already named that this title word names, by one of its names or by its initials. */
function bodyNamedBefore(state: DocumentState, run: string): string | undefined {
  const folded = fold(run);
  for (const e of state.entities.values()) {
    if (e.type !== "agency" && e.type !== "organization") continue;
    if ([e.label, ...e.aliases].some((n) => fold(n).replace(/^the /, "") === folded)) return e.key;
  }
  return /^\p{Lu}{2,6}$/u.test(run) ? bodyWithInitials(state, run) : undefined;
}

/** Another mention of a body the article named, as a slot of the title holding it. */
function noteBodyMention(state: DocumentState, slots: Slot[], key: string, start: number, end: number): void {
  const entity = state.entities.get(key)!;
  noteEntity(
    state,
    key,
    { type: entity.type, label: entity.label },
    { start, end },
    state.text.slice(start, end),
  );
  slots.push(actorSlot(state.text, start, end, key));
}

/** compromise's person tagging of a capitalised run, remembered (bounded) across the corpus. */
function looksLikePerson(state: DocumentState, name: string): boolean {
  const cache = state.lexicon.personNames;
  let verdict = cache.get(name);
  if (verdict === undefined) {
    verdict = nlp(name).has("#Person");
    if (cache.size > 20_000) cache.clear();
    cache.set(name, verdict);
  }
  return verdict;
}

/** "Al-Nouri" again after "Samir al-Nouri": hyphens and spaces inside a name are one. */
const spacedName = (name: string) => fold(name).replace(/[\s\-‐]+/g, " ");

/** A person read for the first time, as `entity`: every field from the start, one object shape for every person. */
function newPerson(entity: ExtractedEntity, surname: string): PersonInfo {
  return {
    key: entity.key,
    surname,
    spacedLabel: spacedName(entity.label),
    affiliations: [],
    role: undefined,
  };
}

/** A known person this name refers to: same full name, same surname, or a spelling variant of it. */
function knownPerson(state: DocumentState, words: string[]): string | undefined {
  const full = spacedName(words.join(" "));
  const surname = fold(words[words.length - 1]!);
  const given = fold(words[0]!);
  for (const [key, p] of state.persons) {
    const label = p.spacedLabel;
    if (label === full || label.endsWith(` ${full}`)) return key;
    if (words.length >= 2 && !label.startsWith(given)) continue;
    if (p.surname === surname) return key;
    if (
      surname.length >= 5 &&
      surname.slice(0, 2) === p.surname.slice(0, 2) &&
      editDistance(surname, p.surname, 2) <= 2
    )
      return key;
  }
  return undefined;
}

/** The last words of companies' names ("Labs", "Security", "Ltd"): no person's name ends in one. */
const COMPANY_LAST_WORD = new Set<string>([...NAME_WORDS.companySuffixes, ...NAME_WORDS.companyNameTails]);
/**
 * The last words of places' and associations' names ("Marlow City", "Tarn Province", "Kestrel
 * Banking Association"): a run ending in one names a place or a body, never a person, even after
 * a title's words ("analysts at the centre in Marlow City", "the spokesman of the Banking Association").
 */
const PLACE_OR_BODY_LAST_WORD = new Set<string>([
  ...NAME_WORDS.placeNameEnds,
  ...NAME_WORDS.referringBodyNouns.organization.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
]);

/** Lower-case words inside surnames ("al-Khatib", "van der Berg", "da Silva"). */
const NAME_PARTICLE = new Set<string>(NAME_WORDS.nameParticles);
/** A title ending in "of"/"for" and its portfolio, right before a run of capitalised words. */
const TITLE_OF_BEFORE =
  /\b(?:minister|secretary|director|head|chief|commissioner)\s+(?:of|for)\s+(?:[\p{L}-]+,?\s+){0,5}$/iu;

function isNameToken(t: Token): boolean {
  return startsCapitalized(t.text) && !NOT_NAME.has(t.norm);
}

/** A capital letter with its point, part of a name ("S. Rao", "R.K. Singh"). */
function isInitial(t: Token, text: string): boolean {
  return t.text.length === 1 && isCapitalized(t.text) && text[t.end] === ".";
}

/**
 * Whose office an unqualified government title is: the state acting in the previous sentence
 * unless it is on the accused side (the accused, the states behind them, a named group's sponsor;
 * `denierVoice`: an accused state that just denied may speak through this title) or it only
 * helped ("Sweden offered to send specialists. Justice Minister X said": the helped side's) or the
 * sentence thanks it for help (`thanked`, see thankedStates), else the one whose capital the story
 * is filed from, else the article's topic (`topical`: a guess checked again once the article is
 * read, see ownership.ts).
 */
function titleHome(
  state: DocumentState,
  sentenceIndex: number,
  denierVoice: boolean,
  thanked: readonly string[],
): { key: string; topical: boolean } | undefined {
  const accused = attackersSide(state);
  const previous = state.lastSubjectState;
  if (
    previous &&
    sentenceIndex - previous.sentence <= 1 &&
    (!accused.has(previous.key) || (denierVoice && deniedLast(state, previous.key))) &&
    !helpedLast(state, previous.key) &&
    !thanked.includes(previous.key)
  )
    return { key: previous.key, topical: false };
  if (state.datelineState && !thanked.includes(state.datelineState)) {
    noteKnown(state, state.datelineState);
    return { key: state.datelineState, topical: false };
  }
  const home = homeState(state, sentenceIndex, undefined, { notHelper: true, notThese: thanked });
  return home ? { key: home, topical: true } : undefined;
}

/**
 * "Health Minister X thanked Lisk for its help", "thanked Lisk's response team for its support":
 * the states the sentence thanks by name for help. An official does not thank their own state by
 * name for help, so none of these is the title's home. Not a body thanked with no state named
 * ("thanked the police"), nor a demonym ("thanked Liskian engineers for their work"): those may
 * well be the official's own.
 */
function thankedStates(state: DocumentState, sentence: Sentence, slots: Slot[]): string[] {
  const verb = thankVerb(state.lexicon.words).exec(sentence.text);
  if (!verb) return [];
  const from = sentence.start + verb.index + verb[0].length;
  // The thanked stand before the reason ("for its help"); a state named in the reason ("for
  // standing with Lisk") may be the official's own.
  const reason = /\bfor\b/i.exec(state.text.slice(from, sentence.end));
  if (!reason) return [];
  const to = from + reason.index;
  if (!helpReason(state.lexicon.words).test(state.text.slice(to, sentence.end))) return [];
  return slots
    .filter(
      (s) => s.start > from && s.end <= to && s.source === "name" && entityType(state, s.key) === "state",
    )
    .map((s) => s.key);
}

/** A reason of thanks that names help ("for its help", "for their technical support"). */
const helpReason = (words: Words) =>
  patternFor(
    words,
    "people.help-reason",
    (w) => new RegExp(`^for\\s+(?:[\\w-]+\\s+){0,3}?(?:${w.nouns.help.any})\\b`, "i"),
  );

/** "Deputy Attorney General Lisa Monaco": a surname that is also a state's name (checked for a title by the caller). */
function isStateSurname(state: DocumentState, slots: Slot[], t: Token): boolean {
  return slots.some(
    (s) =>
      s.start === t.start &&
      s.end === t.end &&
      s.source === "name" &&
      !s.possessive &&
      state.lexicon.entities.get(s.key)?.type === "state",
  );
}

/** A wire copy's hard line break may fall inside a name ("Elena\nMarsh"); an initial keeps its point ("J. Marsh"). */
function joinedToPrevious(text: string, tokens: Token[], k: number): boolean {
  return (
    /^(?:[ \-‐'’]|\r?\n)$|^ $/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) ||
    (isInitial(tokens[k - 1]!, text) && /^\.\s?$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))
  );
}

/** A further name word at token `k`, not another slot's, joined to the one before it. */
function nameWordJoinedAt(state: DocumentState, tokens: Token[], slots: Slot[], k: number): boolean {
  return (
    k < tokens.length &&
    isNameToken(tokens[k]!) &&
    !coveredByOther(state, slots, tokens[k]!) &&
    joinedToPrevious(state.text, tokens, k)
  );
}

/**
 * Where the run of name words starting at token `i` ends (exclusive): capitalised words, initials,
 * particles, ending in a word (never in an initial); `i` when the run holds no word.
 */
function nameRunEnd(state: DocumentState, tokens: Token[], i: number, slots: Slot[]): number {
  const text = state.text;
  let j = i + 1;
  // Up to four name words; a particle ("bin", "al") is no word of its own ("Ali bin Fetais Al Marri").
  let particles = 0;
  while (j < tokens.length && j - i - particles < 4) {
    if (
      (isNameToken(tokens[j]!) || isInitial(tokens[j]!, text)) &&
      (!coveredByOther(state, slots, tokens[j]!) ||
        (j === i + 1 && isStateSurname(state, slots, tokens[j]!))) &&
      joinedToPrevious(text, tokens, j)
    )
      j++;
    // "Kim In Ryong": a two-letter given name that spells a small word, between the family name and the next
    // (not an honorific: "Minister for Information Dr A B C" starts a name at "Dr").
    else if (
      j === i + 1 &&
      tokens[j]!.text.length === 2 &&
      !HONORIFICS.has(tokens[j]!.norm) &&
      startsCapitalized(tokens[j]!.text) &&
      joinedToPrevious(text, tokens, j) &&
      nameWordJoinedAt(state, tokens, slots, j + 1)
    )
      j += 2;
    // "Bae Seo-yun", "Tran Thi-ha": a hyphenated given name's short lower-case second part.
    else if (isGivenNamePart(tokens[j]!, text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
    // "Samir al-Nouri", "Ursula von Beck": a lower-case particle inside a surname.
    else if (
      NAME_PARTICLE.has(tokens[j]!.text) &&
      joinedToPrevious(text, tokens, j) &&
      nameWordJoinedAt(state, tokens, slots, j + 1)
    ) {
      j += 2;
      particles++;
    } else break;
  }
  // A name ends in a word, never in an initial.
  while (j > i && isInitial(tokens[j - 1]!, text)) j = j - 1;
  return j;
}

/** After a hyphen, a syllable of an East Asian given name ("Seo-yun", "Wen-chieh"), not a word ("Moscow-led"). */
function isGivenNamePart(t: Token, gap: string): boolean {
  if (gap !== "-" || NOT_GIVEN_NAME_PART.has(t.norm)) return false;
  return /^\p{Ll}{2,4}$/u.test(t.text) || LONG_SYLLABLE.test(t.text);
}

/**
 * A romanised syllable of five or six letters ("chieh", "kyung", "hsiung"): a consonant onset, a
 * vowel run, and at most a nasal or stop coda. English words that long after a hyphen ("based",
 * "backed", "linked", "owned", "style") end otherwise, so they stay outside the name.
 */
const LONG_SYLLABLE = /^(?=[a-z]{5,6}$)[bcdfghjklmnpqrstwxyz]{1,3}[aeiouy]{1,3}(?:ng|n|h|k|p|t|m|r)?$/;

/** Short words written after a hyphen that are no syllable of a given name (see the lexicon). */
const NOT_GIVEN_NAME_PART = new Set<string>(NAME_WORDS.notGivenNameParts);

/** Removes the slots lying within [start, end): what a person's name and title hold is no actor of its own. */
function dropSlotsWithin(slots: Slot[], start: number, end: number): void {
  for (let k = slots.length - 1; k >= 0; k--)
    if (slots[k]!.start >= start && slots[k]!.end <= end) slots.splice(k, 1);
}

/** A run of capitalised words read as a person: what findPersons' steps pass on. */
interface PersonCandidate {
  /** Index of the name's first token. */
  first: number;
  start: number;
  nameEnd: number;
  name: string;
  words: string[];
  known: string | undefined;
  peerage: boolean;
  preRole: string | undefined;
  titleBefore: boolean;
  /** Where the title before the name starts, else the name's start. */
  slotStart: number;
  postRole: string | undefined;
  /** Where the apposition after the name ends (its office), else the name's end. */
  postEnd: number;
  /** The apposition says where the person serves with a verb ("all said to serve in X"): no role. */
  postServes: boolean;
}

const PEER_TITLE = /^(lord|lady|baroness|baron)$/i;
/**
 * An apposition or relative clause saying where a person serves, up to the body's phrase: "all
 * said to serve in X", "both believed to work for X", "who prosecutors say work for X". The phrase
 * ends before a second predicate of the clause ("who works for X and has rented ...").
 */
function servingAfter(words: Words): RegExp {
  return patternFor(words, "people.serving-after", (w) => {
    const v = w.verbs;
    const says = `${v.speech.any}|${v.speechThat.any}|${v.speechPast.any}|${v.judgement.any}`;
    const saidTo = `${v.speech.past}|${v.speechThat.past}|${v.speechPast.past}|${v.judgement.past}`;
    return new RegExp(
      `^,\\s+((?:(?:all|both|each)\\s+|who\\s+(?:[\\p{L}-]+\\s+){1,2}(?:${says})\\s+|who\\s+)?(?:(?:are\\s+|is\\s+)?(?:${saidTo})\\s+to\\s+(?:be\\s+)?)?(?:(?:${v.serveIn.any})\\s+(?:in|with|at|for)|(?:${v.workAt.any})\\s+(?:for|at|in))\\s+[^,.;:()]*?)(?=\\s+and\\s+(?:were|was|is|are|have|has|had)\\b|[,.;:(]|$)`,
      "u",
    );
  });
}
const CAPITALISED = /^\p{Lu}/u;
/** A participle and its object after an office's noun ("... investigating the breach"), to the phrase's end. */
const PARTICIPLE_CLAUSE = /\s\p{Ll}{3,}ing\s+(?:the|a|an|its|their|his|her)\s.*$/su;
/** "who leads incident response at Firm Y": a relative clause stating an office by its verb. */
const officeClause = (words: Words) =>
  patternFor(
    words,
    "people.office-clause",
    (w) => new RegExp(`^who\\s+(?:${w.verbs.holdOffice.third})\\s`, "i"),
  );
/**
 * Where such a clause turns to what the work is about or where the person goes: "who directs a
 * documentary about the hack of X", "who heads to Brussels for talks at NATO" name no employer.
 */
const OFFICE_CLAUSE_END = /\s(?:about|on|into|against|over|to|towards?)\s.*$/s;
/** "A, not an officer of X but a courier": an apposition denying the office states none. */
const NEGATED_APPOSITION = new RegExp(String.raw`^(?:${alternation(NEGATIONS)})\b`, "i");
/** "A, B C and a spokesman for X": the list going on after the name, no apposition of it. */
const LISTED_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){2,4}(?:and|&)\s/u;
/**
 * The apposition after a name, up to its end or the relative clause it takes (whose quotation or
 * length would otherwise hide where the office ends: "agents of X whom “the file” names"). A verb
 * of speech after the comma is the sentence going on, never an office: "X, said on Tuesday after
 * meeting envoys" (its "envoys" would read as a role); "X, said to be an officer of Y" and "said by"
 * report the office.
 */
const postApposition = (words: Words) =>
  patternFor(
    words,
    "people.post-apposition",
    (w) =>
      new RegExp(
        String.raw`^,\s+(?!(?:${w.verbs.speech.past}|${w.verbs.speech.third}|${w.verbs.speechPast.past})\b(?!\s+(?:to|by)\b))((?:the |a |an |his |her |its )?[^,.;“"]{2,110}?)(?=,|\.|;|$| (?:said|told|says|added|declared|who|which|whose)\b)`,
      ),
  );

/**
 * Person mentions of one sentence. Each becomes an actor slot spanning its title and appositions,
 * so a state named inside "X, Ukraine's defence minister," is not read as an actor of the sentence.
 * The steps are functions of their own so each stays small and keeps one shape of input for the JIT.
 */
export function findPersons(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  slots: Slot[],
): PersonSlotInfo[] {
  const found: PersonSlotInfo[] = [];
  const speaker = transcriptSpeaker(state, sentence, slots);
  if (speaker) found.push(speaker);
  /** Runs of two or more name words no cue made a person, since the last person. */
  const unlisted: { i: number; j: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const text = state.text;
    if (
      (!isNameToken(tokens[i]!) && !isInitial(tokens[i]!, text)) ||
      coveredByOther(state, slots, tokens[i]!)
    )
      continue;
    if (RANK_HEADS.has(tokens[i]!.norm) && tokens[i + 1] && isNameToken(tokens[i + 1]!)) continue;
    i = pastPortfolio(state, sentence, tokens, i);
    const j = nameRunEnd(state, tokens, i, slots);
    if (j === i) continue;
    // "A B and C D": a run listed right after a person's slot is a person too.
    const previous = found[found.length - 1]?.slot;
    const listedAfter = previous !== undefined && LIST_GAP.test(text.slice(previous.end, tokens[i]!.start));
    const candidate = personCandidate(state, sentence, tokens, slots, i, j, listedAfter);
    if (candidate === undefined) {
      if (j - i >= 2) unlisted.push({ i, j });
      // The run is no person: read on after it (from its last word when the first was a portfolio's).
      i = j - 1;
      continue;
    }
    const slotEnd = notePerson(state, sentence, tokens, slots, candidate, found);
    const holder = found[found.length - 1]!;
    // ... and one listed right before it: "charged A B and C D", "A B, C D and E F".
    const listedBefore: PersonSlotInfo[] = [];
    let next = candidate.slotStart;
    for (const run of [...unlisted].reverse()) {
      const last = tokens[run.j - 1];
      if (!last || !LIST_GAP.test(text.slice(last.end, next))) break;
      const listed = personCandidate(state, sentence, tokens, slots, run.i, run.j, true);
      if (!listed) break;
      notePerson(state, sentence, tokens, slots, listed, found);
      listedBefore.push(found[found.length - 1]!);
      next = listed.slotStart;
    }
    // "A B and C D, officers of X": names read as persons only through the last one share its office.
    if (sharesOffice(candidate)) shareOffice(state, holder, listedBefore);
    unlisted.length = 0;
    i = candidate.first;
    while (i + 1 < tokens.length && tokens[i + 1]!.start < slotEnd) i++;
  }
  return found;
}

/** A transcript's speaker line (speakers.ts): the person serves the bodies named in its brackets. */
function transcriptSpeaker(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
): PersonSlotInfo | undefined {
  const text = state.text;
  if (sentence.start > 0 && !/\n\s*$/.test(text.slice(Math.max(0, sentence.start - 4), sentence.start)))
    return undefined;
  const m = TRANSCRIPT_SPEAKER.exec(sentence.text);
  if (!m) return undefined;
  const [line, nameText = "", bracket] = m;
  const start = sentence.start;
  const nameEnd = start + nameText.length;
  // A body's or a place's name in capitals ("NATO SUMMIT:") is no speaker.
  if (slots.some((s) => s.start < nameEnd && s.end > start)) return undefined;
  const name = personNameCase(nameText);
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_NAME.has(w.toLowerCase()) || COMPANY_LAST_WORD.has(w))) return undefined;
  const known = knownPerson(state, words);
  // "PRESS RELEASE (Ministry of X):", "EDITOR NOTE (...)": a heading of ordinary words is no speaker.
  if (!known && !plainNameWords(state, words)) return undefined;
  // Without brackets the line is a speaker's only when the name was read before ("ROSA QUISPE: No.").
  if (!bracket && !known) return undefined;
  const key = known ?? nodeKey("person", name);
  const entity = noteEntity(
    state,
    key,
    { type: "person", label: name },
    { start, end: nameEnd },
    text.slice(start, nameEnd),
  );
  if (entity.label !== name && !entity.aliases.includes(name)) entity.aliases.push(name);
  const person = state.persons.get(key) ?? newPerson(entity, fold(words.at(-1) ?? name));
  const affiliations: string[] = [];
  if (bracket) {
    const open = start + line.indexOf("(", nameText.length);
    // "(National Security Authority, NSM)": a body and its short name are one body, the first named.
    const body = slots
      .filter((s) => s.start > open && s.end <= open + bracket.length + 2)
      .find((s) => namedInside(state, [s], s.start, s.end).bodies.length > 0);
    if (body && !person.affiliations.includes(body.key)) affiliations.push(body.key);
    const role = roleText(bracket);
    if (role) person.role ??= role;
  }
  person.affiliations.push(...affiliations);
  state.persons.set(key, person);
  state.lastPerson = key;
  const slot = actorSlot(text, start, nameEnd, key, "person", nameEnd);
  slots.push(slot);
  slots.sort((a, b) => a.start - b.start);
  return { slot, affiliations, role: person.role };
}

/** What lies between two names of a list: "A B and C D", "A B, C D", "A B, 31, and C D" (an age). */
const LIST_GAP = /^\s*(?:,\s*\d{1,2}\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** A verb of speech right before the name: '..." said A B,' — the name is a speaker's. */
const SAID_BEFORE = /[,”"]\s*(?:said|says|added|wrote|warned)\s+$/;
function saidBefore(state: DocumentState, sentence: Sentence, start: number): boolean {
  return SAID_BEFORE.test(state.text.slice(Math.max(sentence.start, start - 24), start));
}

/**
 * "two Russian citizens, A", "a Lagos man, A", "two former employees of the bank, Captain A": a
 * name in apposition to a counted or indefinite phrase whose head is a noun of persons (perhaps
 * with a short "of"/"from" tail, and ranks after the comma).
 */
const describedPersonBefore = (words: Words) =>
  patternFor(
    words,
    "people.described-person-before",
    (w) =>
      new RegExp(
        String.raw`\b(?:an?|both|several|\d+|${alternation(COUNT_WORDS)})\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${w.nouns.describedPerson.any})(?:\s+(?:of|from|in|at)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?\s*,\s*(?:(?:${w.nouns.rank.any})\.?\s+){0,2}$`,
        "iu",
      ),
  );
/** "charged Captain A", "indicted A": a name as the object of a verb of charge (blame and sanctions take states and firms as often). */
const chargedObjectBefore = (words: Words) =>
  patternFor(
    words,
    "people.charged-object-before",
    (w) =>
      new RegExp(String.raw`\b(?:${w.verbs.charge.past})\s+(?:(?:${w.nouns.rank.any})\.?\s+){0,2}$`, "iu"),
  );
/** A name introduced as a person by the phrase before it: a noun of persons, or a charge's verb. */
function describedBefore(state: DocumentState, sentence: Sentence, start: number): boolean {
  const before = state.text.slice(Math.max(sentence.start, start - 120), start);
  const words = state.lexicon.words;
  return describedPersonBefore(words).test(before) || chargedObjectBefore(words).test(before);
}

/**
 * A run read as a person by a weak cue (a list, a quotation, a transcript line) needs a test of
 * its own: no word of it is an ordinary English word ("Blue Harbor", "Human Rights Watch",
 * "PRESS RELEASE"), unless compromise reads the whole run as a person.
 */
function plainNameWords(state: DocumentState, words: string[]): boolean {
  const plain = words.every((w) => !isOrdinaryWord(w));
  return plain || looksLikePerson(state, words.join(" "));
}

/** ", a research collective", ", the ransomware gang": an apposition saying the run is a body, not a person. */
function bodyApposition(words: Words, after: string): boolean {
  return patternFor(words, "people.body-apposition", (w) => {
    const heads = `${alternation(NAME_WORDS.organizationDescriptors)}s?|${w.nouns.group.any}|${w.nouns.crew.any}`;
    return new RegExp(`^\\s*,\\s+(?:a|an|the)\\s+[^,.;:]{0,40}?\\b(?:${heads})\\b`, "iu");
  }).test(after);
}

/** "of the X", "Minister for X": a run closing such a phrase is its complement, not a list member. */
const COMPLEMENT_BEFORE = /\b(?:of|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.\-‐]*\s+)*$/u;

/** Gazetteer persons are read again by findPersons, for the titles and appositions around them. */
function isKnownPerson(state: DocumentState, s: Slot): boolean {
  return s.source === "name" && state.lexicon.entities.get(s.key)?.type === "person";
}

/** A token inside a slot other than a gazetteer person's. */
function coveredByOther(state: DocumentState, slots: Slot[], t: Token): boolean {
  return slots.some((s) => t.start >= s.start && t.end <= s.end && !isKnownPerson(state, s));
}

/**
 * "Minister of State for Primary Health Care Ruth Adeyemi": after a title's "of" or "for", the
 * portfolio's capitalised words run on into the name, which starts at the first given name with a
 * further name word after it. A run opening with a given name, or with none in it, is left whole
 * ("Minister of Finance Kwabena Adu Boateng": see `fullNameAfterFirst`).
 */
function pastPortfolio(state: DocumentState, sentence: Sentence, tokens: Token[], i: number): number {
  const { text, lexicon } = state;
  // No title before: every capitalised word comes here, and the first sight of a word costs a
  // parse by compromise (`nameWordTag`), so the title is looked for first.
  if (!TITLE_OF_BEFORE.test(text.slice(Math.max(sentence.start, tokens[i]!.start - 60), tokens[i]!.start)))
    return i;
  // "Minister for Trade Dr A B C": an honorific starts the name.
  if (nameWordTag(lexicon, tokens[i]!.text).given || (i > 0 && HONORIFICS.has(tokens[i - 1]!.norm))) return i;
  for (let k = i + 1; k < tokens.length - 1 && k <= i + 5; k++) {
    if (!isNameToken(tokens[k]!) || text.slice(tokens[k - 1]!.end, tokens[k]!.start) !== " ") return i;
    if (nameWordTag(lexicon, tokens[k]!.text).given && isNameToken(tokens[k + 1]!)) return k;
  }
  return i;
}

/**
 * "Minister of Water Resources Tomas Vell": the portfolio's last word is no first name when a full
 * name of two words follows it; "Minister of Justice Rosa Quispe-Lanza", "... Ilse van Dorn": a
 * hyphenated surname or one opening with a particle is not a full name alone.
 */
function fullNameAfterFirst(text: string, tokens: Token[], i: number, j: number): boolean {
  const rest = text.slice(tokens[i + 1]?.start ?? 0, tokens[j - 1]!.end).split(/\s+/);
  return rest.length >= 2 && !NAME_PARTICLE.has(rest[0]!.toLowerCase());
}

/**
 * The name run [i, j) with its title, apposition and known key, or undefined when it is no person.
 * A state spelled by the surname is dropped from the slots once the title shows a person.
 */
function personCandidate(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  slots: Slot[],
  i: number,
  j: number,
  listed = false,
): PersonCandidate | undefined {
  const text = state.text;
  const first =
    j - i >= 3 &&
    fullNameAfterFirst(text, tokens, i, j) &&
    TITLE_OF_BEFORE.test(text.slice(Math.max(sentence.start, tokens[i]!.start - 60), tokens[i]!.start)) &&
    // "the Minister of X, A B C": after a comma the whole run is the name.
    !/,\s*$/.test(text.slice(tokens[i]!.start - 3, tokens[i]!.start)) &&
    // "Minister of State for X Dr A B C": an honorific starts the name, the run after it is the whole name.
    !(i > 0 && HONORIFICS.has(tokens[i - 1]!.norm)) &&
    // "Minister of Justice Ana Maria Vell": a given name is no portfolio's word (see `pastPortfolio`).
    !nameWordTag(state.lexicon, tokens[i]!.text).given
      ? i + 1
      : i;
  const words: string[] = [];
  for (let k = first; k < j; k++) words.push(tokens[k]!.text);
  const start = tokens[first]!.start;
  const nameEnd = tokens[j - 1]!.end;
  // Join hyphenated first names back ("Jean-Noël"), and a name broken across lines.
  const name = text.slice(start, nameEnd).replace(/\s+/g, " ");
  const gazetteerSlot = slots.find((s) => isKnownPerson(state, s) && s.start <= start && s.end >= nameEnd);
  const known = gazetteerSlot?.key ?? knownPerson(state, words);
  // Peers go by one name ("Lord Ahmad").
  const peerage = words.length === 1 && first > 0 && PEER_TITLE.test(tokens[first - 1]!.text);
  // Any other lone word is a person only as a known one's name: nothing around it is read.
  if (words.length === 1 && known === undefined && !peerage) return undefined;
  const pre = preApposition(state, sentence, tokens, first, slots);
  const preRole = pre?.role;
  const titleBefore = pre?.title ?? false;
  const after = text.slice(nameEnd, sentence.end);
  // "A and B, all said to serve in X", "A, who prosecutors say works for X": office stated by a verb of serving.
  const serving = servingAfter(state.lexicon.words).exec(after);
  const postMatch = serving ?? postApposition(state.lexicon.words).exec(after);
  // "a GRU officer who German prosecutors believe took part": the office ends where the relative clause starts.
  // "who heads the committee investigating the breach at Peru's central bank": a participle clause
  // about the office's work names what it works on, not where the office is held.
  const postPhrase =
    serving?.[1] ??
    postMatch?.[1]!.replace(/\s(?:who|which|that|whose|whom)\b.*$/s, "").replace(PARTICIPLE_CLAUSE, "");
  // "According to X, the break-in was staged by ... analysts": a clause whose verb comes
  // before any office noun is the sentence going on, not an office in apposition.
  const verbFirst = postPhrase && /^[^]*?\b(?:was|were|is|are|has|have|had)\b/i.exec(postPhrase);
  const postRole = serving
    ? serving[1]
    : postPhrase && officeClause(state.lexicon.words).test(postPhrase)
      ? postPhrase.replace(OFFICE_CLAUSE_END, "")
      : postPhrase &&
          ROLE_NOUN.test(postPhrase) &&
          !(verbFirst && verbFirst[0].search(ROLE_NOUN) < 0) &&
          !LISTED_NAME.test(postPhrase) &&
          !NEGATED_APPOSITION.test(postPhrase)
        ? postPhrase
        : undefined;
  const reporting = REPORTING_AFTER.test(text.slice(nameEnd, nameEnd + 20));
  const lastWord = words[words.length - 1]!;
  // "Chief Information Officer": a run ending in an office noun is a title, not a name.
  const titleOnly = ROLE_NOUN.test(lastWord) && known === undefined;
  // "Darkstone Labs, whose analysts ...": a run ending in a company word names a company; one ending in
  // a place's or an association's word ("Marlow City") names that.
  const companyName =
    (COMPANY_LAST_WORD.has(lastWord) || PLACE_OR_BODY_LAST_WORD.has(lastWord)) && known === undefined;
  let surnameIsState = false;
  for (let k = first + 1; k < j && !surnameIsState; k++)
    surnameIsState = coveredByOther(state, slots, tokens[k]!);
  if (surnameIsState && !preRole) return undefined;
  // The state the surname spells is no actor of the sentence, nor the person's affiliation.
  if (surnameIsState) dropSlotsWithin(slots, start, nameEnd);
  if (titleOnly || companyName) return undefined;
  const cued =
    known !== undefined ||
    peerage ||
    (words.length >= 2 &&
      (!!preRole ||
        titleBefore ||
        !!postRole ||
        ((listed || saidBefore(state, sentence, start) || describedBefore(state, sentence, start)) &&
          plainNameWords(state, words) &&
          !bodyApposition(state.lexicon.words, after) &&
          !COMPLEMENT_BEFORE.test(text.slice(Math.max(sentence.start, start - 80), start)))));
  // The slot test first: compromise's parse costs milliseconds.
  if (
    !cued &&
    !(
      words.length >= 2 &&
      (reporting || CAPITALISED.test(words[0]!)) &&
      !slots.some((s) => s.start >= start && s.end <= nameEnd) &&
      looksLikePerson(state, name)
    )
  )
    return undefined;
  return {
    first,
    start,
    nameEnd,
    name,
    words,
    known,
    peerage,
    preRole,
    titleBefore,
    slotStart: pre?.start ?? start,
    postRole,
    postEnd: postRole
      ? trailingBody(state, slots, nameEnd + postMatch![0].indexOf(postRole) + postRole.length, !!serving)
      : nameEnd,
    postServes: !!serving,
  };
}

/**
 * "X, Chief Press Officer, Ministry of Y" (a sign-off or a list of witnesses): a body standing
 * alone after the title, ending the entry, is where the title is held. Returns where the office ends.
 */
function trailingBody(state: DocumentState, slots: Slot[], roleEnd: number, serving: boolean): number {
  if (serving || !/^,\s+(?:the\s+)?/.test(state.text.slice(roleEnd, roleEnd + 8))) return roleEnd;
  const body = slots.find(
    (s) =>
      s.start > roleEnd &&
      /^,\s+(?:the\s+)?$/.test(state.text.slice(roleEnd, s.start)) &&
      ["agency", "organization"].includes(entityType(state, s.key) ?? ""),
  );
  if (
    !body ||
    !/^\s*(?:\([^()\n]{1,40}\)\s*)?(?:[;\n]|\.\s|\.?$)/.test(state.text.slice(body.end, body.end + 50))
  )
    return roleEnd;
  return body.end;
}

/**
 * Notes an accepted person: its entity, role and affiliations, and its actor slot (which replaces
 * the slots inside it). Returns where the slot ends.
 */
function notePerson(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  slots: Slot[],
  c: PersonCandidate,
  found: PersonSlotInfo[],
): number {
  const text = state.text;
  const { start, nameEnd, name, preRole, postRole, slotStart } = c;
  // "Assistant Attorney General X of the Justice Department's National Security Division": the body after "of".
  const ofBody = preRole && !postRole ? bodyAfterOf(state, slots, nameEnd) : undefined;
  const slotEnd = postRole ? c.postEnd : (ofBody?.end ?? nameEnd);
  const role = preRole ?? (postRole && !c.postServes ? roleText(postRole) : undefined);
  const key = c.known ?? nodeKey("person", name);
  const entity = noteEntity(state, key, { type: "person", label: name }, { start, end: nameEnd }, name);
  if (role && !entity.role) entity.role = role.replace(/^./, (ch) => ch.toUpperCase());
  // A peer is known by the title with the name ("Lord Ahmad").
  const peerName = c.peerage ? `${tokens[c.first - 1]!.text} ${name}` : undefined;
  if (peerName && !entity.aliases.includes(peerName)) entity.aliases.push(peerName);
  const person = state.persons.get(key) ?? newPerson(entity, fold(c.words[c.words.length - 1]!));
  noteTitleBodies(state, tokens, slots, { start: slotStart, end: slotEnd }, { start, end: nameEnd }, role);
  const affiliations = personAffiliations(state, sentence, slots, person.affiliations, {
    start: slotStart,
    end: slotEnd,
    role,
    key,
    titled: c.titleBefore,
    preRole,
  });
  for (const a of affiliations) if (!person.affiliations.includes(a)) person.affiliations.push(a);
  if (role) person.role ??= role;
  state.persons.set(key, person);
  state.lastPerson = key;
  dropSlotsWithin(slots, slotStart, slotEnd);
  const slot = actorSlot(text, slotStart, slotEnd, key, "person", nameEnd);
  slots.push(slot);
  slots.sort((a, b) => a.start - b.start);
  found.push({ slot, affiliations, role });
  if (sharesOffice(c)) shareListOffice(state, found, text);
  return slotEnd;
}

/** An office in the plural or a verb of serving after the name: held by the persons listed before it too. */
const sharesOffice = (c: PersonCandidate) => !!c.postRole && (pluralOffice(c.postRole) || c.postServes);

/**
 * An office held by several ("agents of the Inspectorate General for Signals"): its noun, the last
 * before the body it is held in (whose name may hold an office word of its own), is plural.
 */
const pluralOffice = (role: string) => /s$/i.test(lastRoleNoun(role.replace(OFFICE_BODY, "")));
/** Where an office phrase turns to the body it is held in: "of", "at", "for", "in". */
const OFFICE_BODY = /\s(?:of|at|for|in)\s.*$/s;

/**
 * The agency or organization slot right after "<name> of (the)", or after a state's possessive
 * there ("Undersecretary X of the Philippines' Department of ICT").
 */
function bodyAfterOf(state: DocumentState, slots: Slot[], nameEnd: number): Slot | undefined {
  const text = state.text;
  const first = slots.find(
    (s) => s.start > nameEnd && /^\s+of\s+(?:the\s+)?$/.test(text.slice(nameEnd, s.start)),
  );
  if (!first || isBodySlot(state, first)) return first;
  if (!first.possessive || entityType(state, first.key) !== "state") return undefined;
  return slots.find(
    (s) => s.start > first.end && /^['’]s?\s+$/.test(text.slice(first.end, s.start)) && isBodySlot(state, s),
  );
}

/**
 * The bodies a newly read mention of a person serves: from its title and appositions (none when the
 * person already has some and no new role is given), else the role announced in a recent sentence.
 */
function personAffiliations(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  held: string[],
  office: {
    start: number;
    end: number;
    role: string | undefined;
    key: string;
    titled: boolean;
    preRole: string | undefined;
  },
): string[] {
  const text = state.text;
  // "X and the Minister of Foreign Affairs Y": Y serves where X serves.
  const peer = slots.find(
    (s) => s.source === "person" && /^\s*,?\s*and\s+$/.test(text.slice(s.end, office.start)),
  );
  let affiliations =
    held.length > 0 && !office.role
      ? []
      : officeHolders(state, sentence, slots, {
          start: office.start,
          end: office.end,
          role: office.role,
          key: office.key,
          titled: office.titled,
          held,
          peer: (office.preRole && peer && state.persons.get(peer.key)?.affiliations) || [],
        });
  // "two RGB officers, A and B", "four men said to be agents of X, A, B, C and D": a plural
  // title before a list is every listed person's.
  const listedAfter = office.role ? [] : listTitleAffiliations(state, slots, office.start);
  if (affiliations.length === 0 && held.length === 0 && listedAfter.length > 0)
    affiliations = [...listedAfter];
  if (
    affiliations.length === 0 &&
    held.length === 0 &&
    state.pendingRole &&
    sentence.index - state.pendingRole.sentence <= EXTRACTION_DEFAULTS.pendingRoleSentences
  ) {
    affiliations = [state.pendingRole.affiliation];
    state.pendingRole = undefined;
  }
  return affiliations;
}

/**
 * The affiliations of the plural title heading the list whose next name starts at `at`: the
 * persons listed before it back to one titled in this very mention, when that title is plural
 * ("officers"); a title the person got in an earlier sentence heads no list.
 */
function listTitleAffiliations(state: DocumentState, slots: Slot[], at: number): string[] {
  let next = at;
  for (let first = true; ; first = false) {
    const listed = slots.findLast(
      (s) => s.source === "person" && s.end <= next && LIST_GAP.test(state.text.slice(s.end, next)),
    );
    const person = listed && state.persons.get(listed.key);
    // "two officers of X, A and B, and C": an "and" before the last gap closed the title's list.
    if (!listed || !person || (!first && /\band\b/.test(state.text.slice(listed.end, next)))) return [];
    if (ROLE_NOUN.test(state.text.slice(listed.start, listed.end)))
      return person.role && pluralOffice(person.role) ? person.affiliations : [];
    next = listed.start;
  }
}

/**
 * "names A, B and C, all officers of Unit 26165": an office in the plural after the last name of a
 * list is held by every person listed before it who has none of their own.
 */
function shareListOffice(state: DocumentState, found: PersonSlotInfo[], text: string): void {
  const last = found[found.length - 1]!;
  const listed: PersonSlotInfo[] = [];
  let next = last.slot;
  for (let k = found.length - 2; k >= 0; k--) {
    if (!LIST_GAP.test(text.slice(found[k]!.slot.end, next.start))) break;
    next = found[k]!.slot;
    listed.push(found[k]!);
  }
  shareOffice(state, last, listed);
}

/** Gives the office of `holder` to each listed person who has none of their own. */
function shareOffice(state: DocumentState, holder: PersonSlotInfo, listed: PersonSlotInfo[]): void {
  for (const other of listed) {
    if (other.role || other.affiliations.length > 0) continue;
    other.affiliations.push(...holder.affiliations);
    const person = state.persons.get(other.slot.key);
    for (const a of holder.affiliations)
      if (person && !person.affiliations.includes(a)) person.affiliations.push(a);
  }
}
