/**
 * Mention stage: the actors a sentence names, as slots with offsets. States come from names,
 * capitals and demonyms; a demonym is only an actor when it qualifies a collective noun ("British
 * officials", "the French government"), otherwise it modifies ("Russian-backed", "British help").
 * Known actors come from the gazetteer; institutions it lacks ("Ukraine's foreign ministry",
 * "the Ministry of Finance", "the cabinet of ministers") become agencies of their state.
 */
import nlp from "compromise";
import { nodeKey, slugify } from "../model";
import {
  attackersSide,
  entityType,
  homeState,
  listedBodiesState,
  noteEntity,
  noteKnown,
  topicState,
  type DocumentState,
  type DocumentView,
  type GuessedOwner,
} from "./document-state";
import {
  AGENT_NAME_FOLLOWERS,
  alternation,
  BODY_BUILDING_ENDS,
  LOCAL_GOVERNMENT_ENDS,
  matchPhrases,
  NAME_WORDS,
  HOLDER_OFFICES,
  DENYING_BODY_LABELS,
  SHARED_NAME_HEADS,
  patternFor,
  PHRASE_BREAKS,
  POSTING_SERVICES,
  PRIVATE_OWNERSHIP_WORDS,
  STATE_ONLY_COLLECTIVES,
  COLLECTIVE_MODIFIERS,
  COLLECTIVE_NOUNS,
  SPEAKER_COLLECTIVES,
  CULPRIT_ROLE_WORDS,
  DEED_PHRASE,
  DEFINITE_DETERMINERS,
  FINITE_BE,
  INTERROGATIVE_SUBJECTS,
  OBJECT_PRONOUNS,
  REGIONAL_BODY_OPENERS,
  type NounForms,
  type Lexicon,
  type NameWordTag,
  type PhraseMatch,
  type VerbForms,
  type Words,
} from "./lexicon";
import type { ExtractedEntity } from "./types";
import { sentenceWith, type Sentence } from "./sentences";
import { fold, phraseTokens, titleCase, type Token } from "./text";
import { EXTRACTION_DEFAULTS } from "./defaults";
import { clauseStarts } from "./speakers";
import { REGION_ADJECTIVES } from "./coref";

export type SlotKind = "actor" | "modifier" | "incident";
export type SlotSource =
  "name" | "demonym" | "capital" | "institution" | "person" | "role" | "pronoun" | "incident";

export interface Slot {
  start: number;
  end: number;
  key: string;
  kind: SlotKind;
  source: SlotSource;
  /** Written as a possessive ("Ukraine's"). */
  possessive: boolean;
  /** A spokesperson or official of the entity: it speaks, it is not the whole of it. */
  spokesperson?: boolean;
  /** "the NATO member": the organization the state referred to belongs to. */
  memberOf?: string;
}

/**
 * The length of the possessive mark right after a name: "'s" ("Ukraine's"), or the bare apostrophe
 * news write after a name ending in s ("the Philippines' foreign ministry"); 0 when there is none.
 */
export function possessiveMark(text: string, nameEnd: number, nameStart = nameEnd): number {
  if (/^['’]s\b/.test(text.slice(nameEnd, nameEnd + 3))) return 2;
  // "the so-called 'Cyber Partisans' unit": an apostrophe closing a quoted name is no possessive.
  if (/['‘]/.test(text[nameStart - 1] ?? "")) return 0;
  return text[nameEnd - 1] === "s" && /^['’]\s/.test(text.slice(nameEnd, nameEnd + 2)) ? 1 : 0;
}

/**
 * Whether an owner written at `owner` stands right before position `at`: its possessive mark, if
 * any, then spaces and, where `article` allows, "the" ("Peru's ministry", "the Peruvian the ...").
 */
function ownerGap(text: string, owner: { start: number; end: number }, at: number, article = true): boolean {
  const after = owner.end + possessiveMark(text, owner.end, owner.start);
  return after <= at && (article ? /^\s+(?:the\s+)?$/ : /^\s+$/).test(text.slice(after, at));
}

/** The slot of an actor named at start..end; `nameEnd` is where a possessive "'s" would follow the name. */
export function actorSlot(
  text: string,
  start: number,
  end: number,
  key: string,
  source: SlotSource = "name",
  nameEnd = end,
): Slot {
  return {
    start,
    end,
    key,
    kind: "actor",
    source,
    possessive: possessiveMark(text, nameEnd, start) > 0,
  };
}

/** A collective noun after a name, its modifiers before it ("British officials", "Russia's state-backed hackers"). */
const COLLECTIVE = new RegExp(
  String.raw`^\s+(?:(?:${alternation(COLLECTIVE_MODIFIERS)})\s+){0,3}(${alternation(COLLECTIVE_NOUNS)})\b`,
);
const SPEAKER_NOUN = new RegExp(`^(?:${alternation(SPEAKER_COLLECTIVES)})$`);

const LOOSE_INSTITUTION_HEAD = new Set<string>(NAME_WORDS.looseInstitutionHeads);
const QUALIFIED_INSTITUTION_HEAD = new Set<string>(NAME_WORDS.qualifiedInstitutionHeads);
const INSTITUTION_HEAD = new Set<string>([
  ...NAME_WORDS.institutionHeads,
  ...NAME_WORDS.legislatureAndCourtHeads,
  ...LOOSE_INSTITUTION_HEAD,
  ...QUALIFIED_INSTITUTION_HEAD,
]);
const LEGISLATIVE_HOUSE_MEMBERS = new Set<string>(NAME_WORDS.legislativeHouseMembers);
const STATE_COURT_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.stateCourtWords)})\\b`);
const LEGISLATURE_AND_COURT_HEAD = new Set<string>(NAME_WORDS.legislatureAndCourtHeads);
const MOVEMENT_CONGRESS_WORD = new RegExp(
  `\\b(?:${alternation([...NAME_WORDS.movementCongressWords, ...NAME_WORDS.partisanNameWords])})\\b`,
);
const BUSINESS_CHAMBER_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.businessChamberWords)})\\b`);
/** A public qualifier in a body's name ("National Statistics Institute", "Institute of Social Security"). */
const PUBLIC_NAME_QUALIFIER = new RegExp(`\\b(?:${alternation(NAME_WORDS.publicNameQualifiers)})\\b`);
/** Heads read as a state's body only with its state written or a public qualifier ("Chile's Planning Secretariat"). */
const OWNED_INSTITUTION_HEAD = new Set<string>(NAME_WORDS.ownedInstitutionHeads);
const OWNERLESS_ORGANIZATION_HEAD = new Set<string>(NAME_WORDS.ownerlessOrganizationHeads);
/** A think tank's words in an institute's name ("Institute of Strategic Studies"). */
const THINK_TANK_NAME_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.thinkTankNameWords)})\\b`);
/** A party's politics in a body's name: "the National Democratic Institute" is no state's. */
const PARTISAN_NAME_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.partisanNameWords)})\\b`);
const CALENDAR_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
/** Words of office that end a title, not a victim's name ("Prime Minister"). */
const ROLE_WORD =
  /^(?:Minister|President|Premier|Chancellor|Secretary|Spokes(?:man|woman|person)|Director|Chief|Ambassador|General|Officials?)$/;
const CONNECTOR = new Set(["of", "for", "on", "and", "the"]);
/** Capitalised at the start of a sentence, never part of an institution's name. */
const LEADING_FUNCTION_WORDS = new Set(
  "the a an this that these those its his her their our for in on at after before both but and when while meanwhile earlier later previously however".split(
    " ",
  ),
);
/** Lower-case institution names news write without capitals, each with the qualifiers it may carry. */
const LOWER_INSTITUTION_NAMES = [
  ...NAME_WORDS.ministryOf.map((portfolio) => `ministry of ${portfolio}`),
  ...Object.keys(NAME_WORDS.ministryPortfolios).map((portfolio) => `${portfolio} ministry`),
  ...NAME_WORDS.lowerCaseBodies.flatMap(({ qualifiers, names }) =>
    names.flatMap((name) => [name, ...qualifiers.map((q: string) => `${q} ${name}`)]),
  ),
  ...NAME_WORDS.ownedLowerCaseBodies,
];
const OWNED_LOWER_CASE_BODY = new Set<string>(NAME_WORDS.ownedLowerCaseBodies);
const LOWER_INSTITUTION = new RegExp(`\\b(${alternation(LOWER_INSTITUTION_NAMES)})\\b`, "gi");
const MINISTRY_NOUNS: Record<string, string> = NAME_WORDS.ministryPortfolios;
/** One name for bodies news call several ways ("the army", "the armed forces"; "the election commission"). */
const CANONICAL_BODIES: Array<[RegExp, string]> = [
  [/^(?:army|armed forces)$/, "Armed Forces"],
  [
    /^(?:national |independent )?(?:electoral|election) (commission|board|authority|council|tribunal)$/,
    "Electoral $1",
  ],
  [/^(?:national |federal )?police(?: force)?$/, "Police"],
  [/^(?:national |public |state )?prosecutor(?:'s office| general)?$/, "National Prosecutor"],
  [/^(?:national )?parliament$/, "Parliament"],
];

/** Canonical label of an institution so "foreign ministry" and "ministry of foreign affairs" meet. */
export function institutionLabel(written: string): string {
  // A hard line break inside the name ("the Central\nBank of Armenia") is a space in its label.
  const name = written.replace(/\s+/g, " ");
  const lower = name.toLowerCase().replace(/^the /, "");
  // "the ICT ministry", "the emergency situations ministry": the ministry of that portfolio.
  const adjectiveMinistry = /^((?:[\w-]+ ){0,2}[\w-]+) ministry$/i.exec(name.replace(/^the /i, ""));
  const portfolio = adjectiveMinistry?.[1];
  if (portfolio && MINISTRY_NOUNS[portfolio.toLowerCase()])
    return `Ministry of ${MINISTRY_NOUNS[portfolio.toLowerCase()]}`;
  // An open portfolio only in lower case or short forms: "Russian Foreign Ministry" keeps its form.
  if (
    portfolio
      ?.split(" ")
      .every((w) => /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6})$/u.test(w) && !NOT_A_BODY_WORD.has(w))
  )
    return `Ministry of ${titleCase(portfolio)}`;
  if (lower === "ministry of defense") return "Ministry of Defence";
  for (const [re, label] of CANONICAL_BODIES)
    if (re.test(lower))
      return lower
        .replace(re, label)
        .replace(/ (\w)/g, (m) => m.toUpperCase())
        .replace(/^(\w)/, (m) => m.toUpperCase());
  const bare = name.replace(/^the /i, "");
  // "ministry of ICT": a lower-case name is title-cased, its short forms kept.
  return /^\p{Lu}/u.test(bare) ? bare : titleCase(bare);
}

function stateOfSlot(state: DocumentState, slot: Slot | undefined): string | undefined {
  if (!slot) return undefined;
  const type = state.lexicon.entities.get(slot.key)?.type ?? state.entities.get(slot.key)?.type;
  // "the GRU's Main Centre": a body owned by an agency belongs to that agency's state.
  if (type === "agency")
    return state.lexicon.entities.get(slot.key)?.country ?? state.entities.get(slot.key)?.country;
  return type === "state" || type === "organization" ? slot.key : undefined;
}

/** Names many states give their bodies: only these need the state in the label to be one body. */
const GENERIC_BODY_LABEL = new RegExp(`^(?:${alternation(NAME_WORDS.genericBodyLabelStarts)})\\b`);

/** The label of a state's body: "Ministry of Foreign Affairs of Brazil", whatever the article called it. */
export function bodyOfState(state: DocumentView, label: string, country: string | undefined): string {
  if (!country?.startsWith("state:")) return label;
  const stateLabel = state.lexicon.entities.get(country)?.label ?? state.entities.get(country)?.label;
  if (!stateLabel || label.includes(stateLabel) || !GENERIC_BODY_LABEL.test(label)) return label;
  return `${label} of ${stateLabel}`;
}

/**
 * "Hackers hit Bahrain's customs service. … the attack on the customs service": a body named again
 * with no owner is the one of that name the article has already given an owner.
 */
function stateOfBodyNamedBefore(state: DocumentState, label: string): string | undefined {
  const tail = `-${slugify(label)}`;
  let country: string | undefined;
  for (const e of state.entities.values())
    if (e.type === "agency" && e.country?.startsWith("state:") && e.key.endsWith(tail)) country = e.country;
  return country;
}

/** First words of international bodies' names ("International Maritime Bureau", "UN Office"). */
const INTERNATIONAL_NAME = new RegExp(`^(?:${alternation(NAME_WORDS.internationalNameOpeners)})\\b`);

/** First words of regional bodies' names ("North Atlantic Council"): a region's, not a state's. */
const REGIONAL_NAME = new RegExp(`^(?:${alternation(REGIONAL_BODY_OPENERS)})\\b`);

/**
 * Whether a body's name is an international or a regional body's, which no state owns unless the
 * text writes the owner: its state is never guessed from the states around it.
 */
export function ownedByNoState(name: string): boolean {
  const bare = name.replace(/^the\s+/i, "");
  return INTERNATIONAL_NAME.test(bare) || REGIONAL_NAME.test(bare);
}

/**
 * "the Bureau of Land Records in Windhoek": a body written with no owner is the state's where it
 * is, unless its name is an international body's ("the International Grain Council in London").
 */
function stateWhereBodyIs(
  state: DocumentState,
  slots: Slot[],
  start: number,
  end: number,
  name: string,
): string | undefined {
  if (INTERNATIONAL_NAME.test(name.replace(/^the\s+/i, ""))) return undefined;
  const place = slots.find((s) => s.start > end && BODY_SEATED_IN.test(state.text.slice(end, s.start)));
  if (place) return entityType(state, place.key) === "state" ? place.key : undefined;
  // "In Lisk City, the Bureau of Land Records said", "In Lisk, files held by the Bureau of Land
  // Records were stolen": the place a sentence opens on is where the bodies it names are, unless the
  // sentence names another state before the body or accuses the body ("In Lisk, officials blamed the
  // Security Committee": the accused is seldom the victim's own).
  const opener = slots.find(
    (s) =>
      s.end <= start &&
      state.text.startsWith(",", s.end) &&
      SENTENCE_OPENING_IN.test(state.text.slice(Math.max(0, s.start - 12), s.start)),
  );
  if (!opener || entityType(state, opener.key) !== "state") return undefined;
  const otherState = slots.some(
    (s) =>
      s.start >= opener.end && s.end <= start && s.key !== opener.key && entityType(state, s.key) === "state",
  );
  const accused = accusingCue(state.lexicon.words).test(state.text.slice(opener.end, start));
  return otherState || accused ? undefined : opener.key;
}

/** A word that makes what follows the accused ("blamed", "linked to", "working for", "carried out by", "behind"). */
const accusingCue = (words: Words) =>
  patternFor(
    words,
    "mentions.accusing-cue",
    ({ verbs }) =>
      new RegExp(
        String.raw`\b(?:${verbs.blame.any}|${verbs.attribute.any}|${verbs.serve.any}|${verbs.perpetrate.any}|${verbs.govern.any}|behind)\b`,
        "i",
      ),
  );

/** What stands between a body's name and where it is: " in ", " in the " ("in the Dominican Republic"), ", based in ". */
const BODY_SEATED_IN = /^(?:,\s+(?:based|headquartered))?\s+in\s+(?:the\s+)?$/;

/** "In " opening a sentence or a line, right before a place's name. */
const SENTENCE_OPENING_IN = /(?:^|[.!?:"”]\s+|\n\s*)In\s+$/;

/**
 * Whose a public body named with no owner is ("the Department of Finance", "the electoral
 * commission"), when neither its name, a possessor nor a list gave one: the state acting in this or
 * the previous sentence unless it is on the accused side or only helped, else the state the article
 * is plainly about, else none (a wrong owner is a false part-of edge; no owner is only a missed one).
 * `denierSpeaks`: the body may be the voice of an accused state that just denied (see homeState).
 */
function bodyHome(state: DocumentState, sentenceIndex: number, denierSpeaks = false): string | undefined {
  return homeState(
    state,
    sentenceIndex,
    { margin: EXTRACTION_DEFAULTS.topicMargin, victims: false },
    { denierSpeaks, notHelper: true },
  );
}

/** A verb of attack within three words after a body: the body attacks what follows. */
const speakerAttacks = (words: Words) =>
  patternFor(
    words,
    "mentions.speaker-attacks",
    ({ verbs }) =>
      new RegExp(
        String.raw`^(?:\s+[\p{L}-]+){0,3}?\s+(?:${verbs.attack.any}|${verbs.hit.any}|${verbs.steal.any}|${verbs.impact.any})\b`,
        "iu",
      ),
  );

/**
 * "The Lisk signals bureau said intruders reached the Department of Finance", "LISK-CERT, which
 * works with the Communications Authority, said": a body named after its sentence's first actor, a
 * body whose state the gazetteer or the text gives, is that state's; the state the previous sentence
 * spoke of is older news. Not when that state is on the accused side, another state is named in
 * between, or the first actor attacks the body.
 */
function speakingBodysState(state: DocumentState, slots: Slot[], start: number): string | undefined {
  const first = slots.find((s) => s.kind === "actor" && s.source !== "pronoun");
  if (!first || first.end > start || entityType(state, first.key) !== "agency") return undefined;
  // Only an owner the gazetteer or the text gave: a guessed one would spread its own mistake.
  const country = state.guessedOwners.has(first.key)
    ? undefined
    : (state.lexicon.entities.get(first.key)?.country ?? state.entities.get(first.key)?.country);
  if (!country?.startsWith("state:") || attackersSide(state).has(country)) return undefined;
  // A body that attacks ("the Lisk army's unit wiped the Department of Finance") is not the owner
  // of what it hits.
  if (speakerAttacks(state.lexicon.words).test(state.text.slice(first.end, start))) return undefined;
  // "The Lisk justice ministry charged two officers of Varn's army over the theft from the Port
  // Authority": another state named in between may own the body as well.
  const between = slots.filter((s) => s.start >= first.end && s.end <= start);
  return between.some((s) => {
    const other = stateOfSlot(state, s);
    return other?.startsWith("state:") && other !== country;
  })
    ? undefined
    : country;
}

/** The key of a body of the gazetteer's kind the article names: its owner's name, then its own. */
export function institutionKey(label: string, country: string | undefined): string {
  const slug = slugify(label);
  const owner = country ? `${country.slice(country.indexOf(":") + 1)}-` : "";
  // "Sri Lanka CERT": a label that starts with its state's name keeps that name once in the key.
  return nodeKey("agency", slug.startsWith(owner) ? slug : owner + slug);
}

/**
 * Remembers a body whose owner only `bodyHome` gave (`guess`, the state it gave: `country`), for the
 * ownership pass once the article is read; a mention that writes its owner settles it. Only a body's
 * first mention guesses. An accused state `bodyHome` gave is the one that just denied ("Beijing
 * denied it. The foreign ministry said"): the text settled that, the ownership pass must not move
 * the body off the accused side.
 */
function noteOwnerSource(
  state: DocumentState,
  key: string,
  guess: GuessedOwner | undefined,
  country?: string,
): void {
  if (!guess || (country && attackersSide(state).has(country))) state.guessedOwners.delete(key);
  else if (!state.entities.has(key)) state.guessedOwners.set(key, guess);
}

/** Prepositions after which a state in a body's name is its subject, not its owner. */
const SUBJECT_PREPOSITION = new RegExp(`\\b(?:${NAME_WORDS.subjectPrepositions.join("|")})\\b`, "i");

/**
 * "the Royal Lisk Police", "the General Directorate of Lisk Customs", "the Liskian Ministry of
 * Health": a state's name or demonym inside a body's own name is its owner, unless the name is an
 * international body's ("the UN Office for Liskian Refugees") or the state is what the body deals
 * with, after "on", "for", "with"... ("the Select Committee on Lisk", "the Centre for Liskian Studies").
 */
function stateInsideName(
  state: DocumentState,
  slots: Slot[],
  start: number,
  end: number,
  name: string,
): string | undefined {
  if (INTERNATIONAL_NAME.test(name.replace(/^the\s+/i, ""))) return undefined;
  const inside = slots.find((s) => s.start >= start && s.end <= end && entityType(state, s.key) === "state");
  if (!inside || SUBJECT_PREPOSITION.test(state.text.slice(start, inside.start))) return undefined;
  return inside.key;
}

function addInstitution(
  state: DocumentState,
  sentenceIndex: number,
  slots: Slot[],
  start: number,
  end: number,
  name: string,
  owner: Slot | undefined,
  acronym?: string,
  /** The owner's state when a pronoun names it ("its tax agency"): the mention stays the body's. */
  pronounState?: string,
): void {
  const label = institutionLabel(name);
  const written =
    stateOfSlot(state, owner) ??
    pronounState ??
    stateWhereBodyIs(state, slots, start, end, name) ??
    listedBodiesState(state, slots, start) ??
    stateInsideName(state, slots, start, end, name);
  const namedBefore = written ? undefined : stateOfBodyNamedBefore(state, label);
  const country =
    written ??
    namedBefore ??
    (ownedByNoState(name)
      ? undefined
      : (speakingBodysState(state, slots, start) ??
        bodyHome(
          state,
          sentenceIndex,
          // "Beijing denied it. The foreign ministry said ...": a state named before the body in its
          // sentence ends the denier's turn, and so does a reprisal the body's sentence tells ("The
          // foreign ministry summoned the Belarusian envoy": the accuser's ministry acts).
          DENYING_BODY_LABELS.includes(label) &&
            !slots.some((s) => s.end <= start && entityType(state, s.key) === "state") &&
            !reprisalAfter(state.lexicon.words).test(
              state.text.slice(end, end + EXTRACTION_DEFAULTS.reprisalReach),
            ),
        )));
  const key = institutionKey(label, country);
  // Named again with no owner, the body keeps what its first mention settled.
  if (!namedBefore) noteOwnerSource(state, key, written ? undefined : { label, ownerInKey: true }, country);
  const from = owner ? Math.min(owner.start, start) : start;
  const entity = noteEntity(
    state,
    key,
    {
      type: "agency",
      label: bodyOfState(state, label, country),
      country: country?.startsWith("state:") ? country : undefined,
    },
    { start, end },
    name.replace(/^the /i, ""),
  );
  // The surface forms with their owner ("Brazil's foreign ministry") are the body's aliases.
  // "the Central Bank of Lisk (CBL)": the short form in brackets is an alias of its own.
  const surface = state.text
    .slice(from, end)
    .replace(/^the /i, "")
    .replace(/\s*\([^()]*\)$/, "")
    .replace(/\s+/g, " ");
  // "Lisk, whose Data Hub": a relative's owner and comma make no name.
  if (
    surface !== name &&
    !/,\s/.test(surface) &&
    surface.length < EXTRACTION_DEFAULTS.maxAliasLength &&
    !entity.aliases.includes(surface)
  )
    entity.aliases.push(surface);
  if (acronym && !entity.aliases.includes(acronym)) entity.aliases.push(acronym);
  // "the Costa Rican Social Security Fund (CCSS)": later "CCSS" is the same body.
  if (acronym && !state.localNames.has(acronym)) state.localNames.set(acronym, key);
  if (country && !country.startsWith("state:")) entity.parent = country;
  for (let i = slots.length - 1; i >= 0; i--)
    if (slots[i]!.start >= from && slots[i]!.end <= end) slots.splice(i, 1);
  slots.push({ start: from, end, key, kind: "actor", source: "institution", possessive: false });
}

/** A word of a name: capitalised, or a lower-case prefix on a capital ("eGovernment"). */
const NAME_WORD = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;
/** A body's number after its name ("Center 16", "Unit 74455"), not a year. */
const BODY_NUMBER = /^(?!(?:19|20)\d\d$)\d{1,6}$/;

/** One space between words, or a hard line break in wire copy ("the Revenue and\nCustoms Service"). */
const isSpace = (gap: string | undefined) => gap !== undefined && /^(?: |\r?\n)$/.test(gap);
/** An enumeration's comma, with a space or a line break after it. */
const isComma = (gap: string | undefined) => gap !== undefined && /^,(?: |\r?\n)$/.test(gap);

/** The gap between two tokens, or undefined past the ends. */
const gapBetween = (text: string, tokens: Token[], a: number, b: number): string | undefined =>
  tokens[a] && tokens[b] ? text.slice(tokens[a]!.end, tokens[b]!.start) : undefined;

/**
 * Where a capitalised body's name starts, read back from its head word: over name words, and over
 * the joints inside one name, "and" or "&" ("Information and eGovernment Authority"), an enumeration's
 * comma before it ("Foreign, Commonwealth and Development Office") and a possessive ("Controller
 * and Accountant-General's Department"). A joint is never crossed into a known actor's name.
 */
function nameStart(text: string, tokens: Token[], head: number, slots: Slot[]): number {
  const free = (k: number) =>
    k >= 0 &&
    NAME_WORD.test(tokens[k]!.text) &&
    !LEADING_FUNCTION_WORDS.has(tokens[k]!.norm) &&
    !CALENDAR_WORD.test(tokens[k]!.text) &&
    !slots.some((s) => s.start <= tokens[k]!.start && s.end >= tokens[k]!.end);
  let from = head;
  let joinedByAnd = false;
  for (;;) {
    const gap = gapBetween(text, tokens, from - 1, from);
    if (gap === undefined) break;
    const previous = tokens[from - 1]!;
    if (NAME_WORD.test(previous.text) && gap.length <= 1 && !LEADING_FUNCTION_WORDS.has(previous.norm))
      from--;
    else if (
      previous.norm === "and" &&
      isSpace(gap) &&
      isSpace(gapBetween(text, tokens, from - 2, from - 1)) &&
      free(from - 2)
    ) {
      from -= 2;
      joinedByAnd = true;
    } else if (/^ & $/.test(gap) && free(from - 1)) {
      // "Foreign, Commonwealth & Development Office": an ampersand joins like "and".
      from--;
      joinedByAnd = true;
    } else if (
      previous.text === "s" &&
      /^['’]$/.test(text.slice(tokens[from - 2]?.end ?? 0, previous.start)) &&
      isSpace(gap) &&
      free(from - 2)
    )
      from -= 2;
    else if (joinedByAnd && isComma(gap) && free(from - 1)) from--;
    else break;
  }
  return from;
}

/**
 * Where a capitalised body's name ends, read on from its head word: over name words, "of"/"for"
 * phrases ("Office of the President"), a number ("Center 16") and an enumeration closed by "and"
 * ("Ministry of Science, Innovation, Technology and Telecommunications").
 */
function nameEnd(text: string, tokens: Token[], head: number, peopleNamed = false): number {
  let to = head + 1;
  let afterOf = false;
  let enumerated = false;
  let listClosed = false;
  /** A connector crossed ("Centre for Special Technologies"): the words after it are the name's own. */
  let joined = false;
  const capital = (k: number) =>
    tokens[k] !== undefined && /^\p{Lu}/u.test(tokens[k]!.text) && !CALENDAR_WORD.test(tokens[k]!.text);
  while (to < tokens.length) {
    const next = tokens[to]!;
    const spaced = isSpace(gapBetween(text, tokens, to - 1, to));
    if (CONNECTOR.has(next.norm) && spaced && capital(to + 1) && !(next.norm === "and" && to === head + 1)) {
      // "Ministry of Roads, Ports and Inland Waterways and Kenya's ICT Authority": the "and" that
      // closed an enumeration ends the name at the next one.
      if (next.norm === "and" && listClosed) break;
      listClosed ||= next.norm === "and" && enumerated;
      afterOf ||= next.norm === "of";
      joined = true;
      to += 2;
    }
    // "the Office of the President", "the Ministry of the Interior", "... and the Digital Economy".
    else if (
      spaced &&
      (next.norm === "of" || (next.norm === "and" && enumerated)) &&
      tokens[to + 1]?.norm === "the" &&
      capital(to + 2)
    ) {
      afterOf = true;
      to += 3;
    } else if (
      NAME_WORD.test(next.text) &&
      next.start - tokens[to - 1]!.end <= 1 &&
      !/[,(]/.test(text.slice(tokens[to - 1]!.end, next.start))
    )
      to++;
    else if (BODY_NUMBER.test(next.text) && spaced) to++;
    // "the Tarvo District Attorney's Office": a holder's title and its office, one name.
    else if (holderOffice(text, tokens, to)) {
      joined = true;
      to += 2;
    } else if (
      afterOf &&
      isComma(gapBetween(text, tokens, to - 1, to)) &&
      enumerationCloses(text, tokens, to) &&
      !(peopleNamed && personListAt(text, tokens, to))
    ) {
      enumerated = true;
      to++;
    } else break;
  }
  // A headline's "Treasury Lists New Names", a building's "Cabinet Annex": capitals that run on past
  // the head with no "of" belong to a body's name only up to its last body word ("Harbour Police Service").
  if (!afterOf && !joined) while (to > head + 1 && !endsBodyName(tokens[to - 1]!)) to--;
  return to;
}

const HOLDERS = new Set<string>(HOLDER_OFFICES.holders);
const HOLDER_HEADS = new Set<string>(HOLDER_OFFICES.heads);

/** At token `k`, the "s" of a holder's possessive ("Prosecutor's") followed by an office head ("Office"). */
function holderOffice(text: string, tokens: Token[], k: number): boolean {
  const holder = tokens[k - 1];
  const s = tokens[k];
  const head = tokens[k + 1];
  return (
    s !== undefined &&
    s.text === "s" &&
    holder !== undefined &&
    head !== undefined &&
    HOLDERS.has(holder.norm) &&
    /^['’]$/.test(text.slice(holder.end, s.start)) &&
    isSpace(gapBetween(text, tokens, k, k + 1)) &&
    HOLDER_HEADS.has(head.norm) &&
    /^\p{Lu}/u.test(head.text)
  );
}

/**
 * Last words a body's name may end on: a head or body word ("Service", "Secretariat"), "General", a
 * unit's number, the building an office is named after ("Public Service Hall").
 */
const BODY_NAME_END = new Set<string>(
  [
    ...NAME_WORDS.publicBodyWords,
    ...NAME_WORDS.victimBodyEnds,
    ...NAME_WORDS.bodyNameEnds,
    ...BODY_BUILDING_ENDS,
  ].map((w) => w.toLowerCase()),
);
const endsBodyName = (t: Token) =>
  INSTITUTION_HEAD.has(t.norm) ||
  INSTITUTION_HEAD.has(t.norm.replace(/s$/, "")) ||
  BODY_NAME_END.has(t.norm) ||
  BODY_NUMBER.test(t.text);

/**
 * "two officers of the Ministry of State Security, Liang Wenbo and Zhou Haitao": after a body's
 * people are named, a comma list whose first item runs over two name words lists those people; a
 * portfolio's items are mostly one word each ("Ministry of Roads, Ports and Inland Waterways").
 */
function personListAt(text: string, tokens: Token[], at: number): boolean {
  return (
    NAME_WORD.test(tokens[at + 1]?.text ?? "") &&
    isSpace(gapBetween(text, tokens, at, at + 1)) &&
    tokens[at + 1]!.norm !== "and"
  );
}

/** A diplomatic reprisal later in the same sentence ("… said it would expel Belarus's ambassador"). */
const reprisalAfter = (words: Words) =>
  patternFor(
    words,
    "mentions.reprisal-after",
    (w) => new RegExp(String.raw`^[^.!?]*?\b(?:${w.verbs.reprisal.any})\b`, "i"),
  );

/** People of a body named right before its name ("two officers of China's", "agents of the"). */
const personnelBefore = (words: Words) =>
  patternFor(
    words,
    "mentions.personnel-before",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.nouns.personnel.any})\s+(?:of|in|from|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s?\s+)?$`,
        "u",
      ),
  );

/** From a name word after a comma: more ", Word" items, then "and (the) Word" closes the list. */
function enumerationCloses(text: string, tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k < at + 8; k++) {
    if (!NAME_WORD.test(tokens[k]!.text)) return false;
    const gap = gapBetween(text, tokens, k, k + 1);
    if (isSpace(gap) && tokens[k + 1]!.norm === "and") return true;
    if (!isComma(gap) && !isSpace(gap)) return false;
  }
  return false;
}

/** Heads of a bloc's own executive, one actor with the bloc named before them ("the African Union Commission"). */
const BLOC_VOICE_HEAD = new Set<string>(NAME_WORDS.blocVoiceHeads);

/** An office word and "of (the)" right before a body's name: "Secretary of the", "Minister of". */
const TITLE_OF =
  /\b(?:Minister|Secretary|Director|Governor|Commissioner|Chairman|Chairwoman|Chair|Head)\s+of\s+(?:the\s+)?$/;

/** The first token starting after `at`. */
function tokenAfter(tokens: Token[], at: number): Token | undefined {
  return tokens.find((tk) => tk.start > at);
}

/** Words that make a name a company's ("Zentra Telecom", "Orr Power", "Kestrel Holdings"). */
const COMPANY_NAME_WORD = new Set<string>([
  ...NAME_WORDS.companySuffixes,
  ...NAME_WORDS.companyNameTails,
  ...NAME_WORDS.businessNameNouns,
]);

/** Lower-case nouns after a place's name that say it is one ("East Java province"). */
const PLACE_NOUN = NAME_WORDS.placeNameEnds.map((w) => w.toLowerCase()).join("|");
const PLACE_OPENER = new Set<string>(NAME_WORDS.placeNameOpeners);

/**
 * "the East Java Regional Police": a name the text alone gave (no state, no gazetteer body), written
 * with no possessive right before a body's name, is a place opening that name only on evidence that
 * it is one: no company word in it ("the Zentra Telecom Security Directorate" is the company's unit),
 * and a compass word opening it ("East Java") or a place noun after it somewhere in the text
 * ("Lampung province"). "in X" is no evidence: companies are written so too ("shareholders in X").
 */
function opensWithPlace(state: DocumentState, owner: Slot, tokens: Token[]): boolean {
  if (owner.possessive || owner.source !== "name") return false;
  if (entityType(state, owner.key) !== "organization" || state.lexicon.entities.has(owner.key)) return false;
  const next = tokenAfter(tokens, owner.end);
  if (!next || !/^\s+$/.test(state.text.slice(owner.end, next.start))) return false;
  const name = state.text.slice(owner.start, owner.end);
  const words = name.split(/\s+/);
  if (words.some((w) => COMPANY_NAME_WORD.has(w))) return false;
  if (words.length > 1 && PLACE_OPENER.has(words[0] ?? "")) return true;
  const written = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(String.raw`\b${written}\s+(?:${PLACE_NOUN})\b`, "u").test(state.text);
}

/** The index of the last token from `i` on that starts before `end`: where a reader resumes after a name. */
function lastTokenBefore(tokens: Token[], i: number, end: number): number {
  let last = i;
  for (let k = i + 1; k < tokens.length && (tokens[k]?.start ?? end) < end; k++) last = k;
  return last;
}

/**
 * Capitalised institution names around a head word: "Ministry of Finance", "National Security Agency (NSA)".
 * Edits `slots` in place: adds each body found, drops a place's slot that opens a body's name, and
 * replaces a bloc's slot by one that spans its commission ("the NATO Commission").
 */
function findCapitalisedInstitutions(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  slots: Slot[],
): void {
  const text = state.text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Military Unit 36214", "Unit 61398": a numbered unit is a body's name too.
    const numberedUnit = t.text === "Unit" && BODY_NUMBER.test(tokens[i + 1]?.text ?? "");
    // "the House of Representatives": a legislature's house, not a building's ("Chatham House").
    const legislativeHouse =
      t.text === "House" &&
      tokens[i + 1]?.norm === "of" &&
      LEGISLATIVE_HOUSE_MEMBERS.has(tokens[i + 2]?.text ?? "");
    if ((!INSTITUTION_HEAD.has(t.norm) && !numberedUnit && !legislativeHouse) || !/^\p{Lu}/u.test(t.text))
      continue;
    // "The ICT Cabinet Secretary, X": an office's title, not the body's name; but "the Directorate
    // General of Customs" names the body ("General" and "of"/"for" after its head).
    const next = tokens[i + 1];
    if (next && ROLE_WORD.test(next.text) && !generalOf(text, tokens, i + 1)) continue;
    // "the Land Registry and eServices Authority": a head joined by "and" to words that cannot open a
    // name of their own is inside the later head's name; "Defence Ministry and Foreign Ministry" stay two.
    if (headJoinedToNext(text, tokens, i)) continue;
    const from = nameStart(text, tokens, i, slots);
    // "Deputy Secretary of the Treasury Ana Ruiz": in an office's title the body's name ends at its
    // head word, and the capitals after it are the office holder's name.
    const opening = tokens[from]!.start;
    const inTitle = TITLE_OF.test(text.slice(Math.max(sentence.start, opening - 40), opening));
    const peopleNamed = personnelBefore(state.lexicon.words).test(text.slice(sentence.start, opening));
    const to = inTitle ? i + 1 : nameEnd(text, tokens, i, peopleNamed);
    let start = tokens[from]!.start;
    let end = tokens[to - 1]!.end;
    // A dictionary actor at the edge is the owner ("French Ministry of Defence", "Ministry of X of Ukraine").
    let owner = slots.find((s) => s.start === start && s.end < end && s.source !== "person");
    // "the National Cyber Security Centre of the Netherlands": a known body's name holds the head word.
    if (owner && owner.end >= t.end) continue;
    // "Greece's Cyprus Liaison Office": after a possessive state, a state's name opening the name is its topic.
    const possessiveState = owner && statePossessorBefore(state, slots, start);
    if (possessiveState) owner = possessiveState;
    // "the East Java Regional Police": a place the text alone named opening the name is part of the
    // body's name, not its owner; the place's slot leaves the sentence's slots.
    else if (owner && opensWithPlace(state, owner, tokens)) {
      slots.splice(slots.indexOf(owner), 1);
      owner = undefined;
    } else if (owner) start = tokenAfter(tokens, owner.end)?.start ?? start;
    const trailing = slots.find((s) => s.end === end && s.start > start);
    // Where the mention ends: after the owner named after "of" ("... Fund Authority of Lesotho (PFAL)").
    let mentionEnd = end;
    if (trailing && /\bof\s+(the\s+)?$/.test(text.slice(start, trailing.start))) {
      owner ??= trailing;
      end = text.slice(start, trailing.start).replace(/\s+of\s+(the\s+)?$/, "").length + start;
      if (owner === trailing) mentionEnd = trailing.end;
      else mentionEnd = end;
    }
    const covering = slots.find((s) => s.start <= start && s.end >= end && s.source === "name");
    if (covering && state.lexicon.entities.get(covering.key)?.type !== "state") continue; // a known actor
    // "the Iranian Parliament's Security Committee": a body found before owns it too.
    const possessor = slots.find(
      (s) =>
        ((s.possessive || s.source === "institution") &&
          possessiveMark(text, s.end, s.start) > 0 &&
          ownerGap(text, s, start)) ||
        (stateOfSlot(state, s) !== undefined && WHOSE.test(text.slice(s.end, start))),
    );
    owner ??= possessor;
    const name = text.slice(start, end);
    // "the ECOWAS Commission condemned": a bloc's executive named after the bloc is the bloc speaking,
    // one actor with it (the name becomes the bloc's alias), not a body of its own. A bloc acts and
    // speaks only through its executive: its statements, condemnations and help are the bloc's, and the
    // data model has no part-of between a bloc and its own executive. Only "<bloc's slot> Commission"
    // is read so: a commission with a name of its own ("European Commission") stays its own body.
    if (
      owner &&
      !owner.possessive &&
      owner.end < start &&
      /^\s+$/.test(text.slice(owner.end, start)) &&
      end === mentionEnd &&
      BLOC_VOICE_HEAD.has(name.toLowerCase()) &&
      entityType(state, owner.key) === "organization"
    ) {
      noteKnown(state, owner.key, { start: owner.start, end }, text.slice(owner.start, end));
      slots[slots.indexOf(owner)] = { ...owner, end };
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    if (name.split(/\s+/).length < 2 && !owner) continue;
    if (isSpeakingUnit(name)) continue;
    // "the Chamber of Commerce": a chamber of businesses is no legislature.
    if (t.norm === "chamber" && BUSINESS_CHAMBER_WORD.test(name)) continue;
    // "the Hudson Institute", "an Innovation Hub": these heads need a public word in the name; with
    // none, a think tank's words make an organization ("the Lisk Institute of Strategic Studies"),
    // like a party's foundation ("the National Democratic Institute").
    const unqualified = QUALIFIED_INSTITUTION_HEAD.has(t.norm) && !PUBLIC_NAME_QUALIFIER.test(name);
    if (unqualified && !THINK_TANK_NAME_WORD.test(name)) continue;
    // "the Commonwealth Secretariat in London", "the Public Interest Registry": with no state written
    // in or before the name and no public word in it, an international body's or a firm's.
    const notPublic =
      unqualified || (QUALIFIED_INSTITUTION_HEAD.has(t.norm) && PARTISAN_NAME_WORD.test(name));
    const unowned =
      OWNED_INSTITUTION_HEAD.has(t.norm) &&
      !PUBLIC_NAME_QUALIFIER.test(name) &&
      !stateOfSlot(state, owner)?.startsWith("state:") &&
      !stateInsideName(state, slots, start, end, name);
    // "the Land Registry" of no state written: a public body of no known state, so nothing.
    if (unowned && !notPublic && !OWNERLESS_ORGANIZATION_HEAD.has(t.norm) && !INTERNATIONAL_NAME.test(name)) {
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    if (notPublic || unowned) {
      const from = owner && owner.start < start ? owner.start : start;
      if (notPublic) {
        // "the Lisk Institute for Peace Studies": a state's name inside a think tank's is no actor of its own.
        const inside = slots.filter((x) => x.start >= from && x.end <= end && entityType(state, x.key) === "state");
        for (const inner of inside) slots.splice(slots.indexOf(inner), 1);
      }
      noteLocalOrganization(state, slots, from, end, text.slice(from, end));
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    // "the International Grain Council": an international body is no state's agency.
    if (!owner && INTERNATIONAL_NAME.test(name)) {
      noteLocalOrganization(state, slots, start, end, name);
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    // "the Biden Administration", "the World Health Organization": a person's team or an international body.
    if (
      LOOSE_INSTITUTION_HEAD.has(t.norm) &&
      ((name.split(/\s+/).length < 3 && !owner) || /^(?:International|World|United Nations)\b/.test(name))
    )
      continue;
    // "the Indian National Congress", "the African National Congress": words before "Congress" make a
    // party's or a movement's name, unless a state owns it ("Peru's Congress", "Brazil's National
    // Congress", "the Colombian Congress"); "the Congress of Deputies" names a house of its own.
    // "Britain's Trades Union Congress": a union's or a party's word makes it no state's, whoever owns it.
    const stateOwned = stateOfSlot(state, owner)?.startsWith("state:") && owner?.source !== "demonym";
    if (
      t.norm === "congress" &&
      name !== "Congress" &&
      name.endsWith("Congress") &&
      (!stateOwned || MOVEMENT_CONGRESS_WORD.test(name))
    ) {
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    // "the Parliamentary Assembly of the Council of Europe", "the NATO Parliamentary Assembly": an
    // international body's legislature or court is no state's agency, and no body of its own either:
    // the gazetteer organization it belongs to stays the actor the text names.
    if (
      (LEGISLATURE_AND_COURT_HEAD.has(t.norm) || legislativeHouse) &&
      owner &&
      entityType(state, owner.key) === "organization"
    ) {
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    // "the Court of Arbitration for Sport": a court with no state written nor a state court's word is no state's.
    if (
      t.norm === "court" &&
      !stateOfSlot(state, owner)?.startsWith("state:") &&
      !STATE_COURT_WORD.test(name) &&
      !stateInsideName(state, slots, start, end, name)
    ) {
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    const acronym = /^\s*\(([A-Z]{2,8})\)/.exec(text.slice(mentionEnd, mentionEnd + 12));
    if (acronym && isKnownShortForm(state, slots, start, end, mentionEnd + acronym[0].length)) continue;
    addInstitution(
      state,
      sentence.index,
      slots,
      owner && owner.start < start ? owner.start : start,
      acronym ? mentionEnd + acronym[0].length : mentionEnd,
      name,
      owner,
      acronym?.[1],
    );
    i = lastTokenBefore(tokens, i, end);
  }
}

/** A word written with a lower-case first letter inside a name ("eServices", "iGov"): it cannot open a name. */
const LOWER_INITIAL_NAME_WORD = /^\p{Ll}+\p{Lu}/u;

/**
 * At head token `k`, "and", a word that cannot open a name ("eServices") and at most one more name
 * word closing on another head ("Registry and eServices Authority"): one name, read from the later
 * head. "Defence Ministry and Foreign Ministry", "the Registry and the Audit Office" stay two.
 */
function headJoinedToNext(text: string, tokens: Token[], k: number): boolean {
  if (tokens[k + 1]?.norm !== "and" || !isSpace(gapBetween(text, tokens, k, k + 1))) return false;
  if (!LOWER_INITIAL_NAME_WORD.test(tokens[k + 2]?.text ?? "")) return false;
  for (let j = k + 2; j <= k + 4; j++) {
    const t = tokens[j];
    if (!t || !isSpace(gapBetween(text, tokens, j - 1, j))) return false;
    if (j > k + 2 && !NAME_WORD.test(t.text)) return false;
    if (INSTITUTION_HEAD.has(t.norm)) return j > k + 2;
  }
  return false;
}

/** Prepositions that carry a body's name on after "General" ("Directorate General of Customs"). */
const BODY_NAME_LINK = new Set<string>(NAME_WORDS.bodyNameLinks);

/** At token `k`, "General" followed by "of"/"for" and a capitalised word: part of a body's name ("Directorate General of Customs"). */
function generalOf(text: string, tokens: Token[], k: number): boolean {
  return (
    tokens[k]?.text === "General" &&
    BODY_NAME_LINK.has(tokens[k + 1]?.norm ?? "") &&
    isSpace(gapBetween(text, tokens, k, k + 1)) &&
    /^(?:\p{Lu}|the$)/u.test(tokens[k + 2]?.text ?? "")
  );
}

/**
 * "the Harbour Police Service (HPS)": a name the gazetteer lacks, with a short form in brackets
 * that it lists for an agency, is that agency's full name. The name joins the short form's slot.
 */
function isKnownShortForm(
  state: DocumentState,
  slots: Slot[],
  start: number,
  end: number,
  to: number,
): boolean {
  const short = slots.find(
    (s) =>
      s.start > end &&
      s.end < to &&
      entityType(state, s.key) === "agency" &&
      state.lexicon.entities.has(s.key),
  );
  if (!short) return false;
  const name = state.text.slice(start, end).replace(/\s+/g, " ");
  noteKnown(state, short.key, { start, end }, name);
  for (let i = slots.length - 1; i >= 0; i--)
    if (slots[i]!.start >= start && slots[i]!.end <= to) slots.splice(i, 1);
  slots.push(actorSlot(state.text, start, to, short.key));
  return true;
}

/** "Greece, whose National Coastal Centre": the state a relative "whose" stands for owns the body. */
const WHOSE = /^,\s+whose\s+(?:own\s+)?$/;

/** A body's office that speaks for it, not a body of the state: "Press Office", "Office of the Spokesperson". */
const SPEAKING_UNIT = new Set<string>(NAME_WORDS.speakingUnits);
const PUBLICITY = `(?:${NAME_WORDS.publicityNouns.join("|")})`;
/** A unit named by publicity nouns alone: "Press Department", "Communication and Image Office". */
const PUBLICITY_UNIT = new RegExp(
  `^${PUBLICITY}(?:(?:,| and| &) ${PUBLICITY})* (?:${NAME_WORDS.publicityUnitHeads.join("|")})$`,
);
const isSpeakingUnit = (name: string) => {
  const written = name.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
  return SPEAKING_UNIT.has(written) || PUBLICITY_UNIT.test(written);
};

/** A state's possessive right before `start` ("China's "), if there is one. */
function statePossessorBefore(state: DocumentState, slots: Slot[], start: number): Slot | undefined {
  return slots.find(
    (s) =>
      s.end < start &&
      s.possessive &&
      entityType(state, s.key) === "state" &&
      ownerGap(state.text, s, start, false),
  );
}

/** The last word every match of LOWER_INSTITUTION holds: one cheap test spares most sentences its scan. */
const LOWER_INSTITUTION_CUE = new RegExp(
  alternation(LOWER_INSTITUTION_NAMES.map((name) => name.slice(name.lastIndexOf(" ") + 1))),
  "i",
);

/** "the country's", "the nation's": the possessor is the state the passage is about. */
const COUNTRY_POSSESSOR = /\bthe (?:country|nation)['’]s\s+$/i;

/**
 * Whose body "its"/"their" names: the actor it is joined to ("Ukraine and its tax agency"), else
 * the subject that opens the sentence ("Peru accused APT29 of an attack on its tax agency"), not
 * the nearest actor. Only a state, or a body of one, owns a public body.
 */
function ownerOfPronoun(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
): Slot | undefined {
  const pronoun = /\b(?:its|their)\s+$/i.exec(state.text.slice(Math.max(sentence.start, start - 8), start));
  if (!pronoun) return undefined;
  const at = start - pronoun[0].length;
  const actors = slots.filter((s) => s.kind === "actor" && s.end <= at);
  const nearest = actors[actors.length - 1];
  const joined =
    nearest && /^\s*(?:,\s*)?(?:and|as well as|including)\s+$/i.test(state.text.slice(nearest.end, at))
      ? nearest
      : undefined;
  const subject = actors[0];
  const opening =
    subject &&
    !subject.possessive &&
    /^\W*(?:the\s+)?$/i.test(state.text.slice(sentence.start, subject.start))
      ? subject
      : undefined;
  const owner = joined ?? opening;
  return owner && stateOfSlot(state, owner)?.startsWith("state:") ? owner : undefined;
}

/** The word after a body's lower-case name: "foreign ministry spokesman X" names the body with no article. */
const WORD_AFTER = /^\s+(\p{L}+)/u;
/** A name or demonym right before a lower-case body ("the Chinese foreign ministry"), not an article opening the sentence. */
const NAME_BEFORE = /(?<![\p{L}'’-])(?!(?:A|An|The)\s)\p{Lu}[\p{L}'’-]*\s+$/u;
/** "a former defence ministry official": a body of a past office, no affiliation now. */
const FORMER_BEFORE = new RegExp(`\\b(?:${alternation(NAME_WORDS.pastOfficeWords)})\\s*$`, "i");

/** A prepositional phrase right after a speech verb, up to "in": where it was said, not what. */
const SPEECH_SETTING =
  /^(?:(?:at|during|on)\s+(?:(?!(?:that|was|were|is|are|had|have|has|had)\b)[\p{L}-]+\s+){1,4})?in\s+(?:the\s+)?$/iu;

/**
 * "In Bogota, foreign ministry spokesman X", "a health ministry official in Colombia said": the state
 * of the place the speaker's own phrase names (a sentence-opening "In X," before the title, or "in X"
 * after it and before the speech verb), else the dateline's. Never a place inside what is said ("a
 * spokesman said the hackers were in X"), nor the state the passage is about: the accused state's
 * spokesman answers the accuser.
 */
function placeOfSpeaker(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
  end: number,
): string | undefined {
  // The speaker's clause ends where the next clause opens (after the speech verb).
  const clauseEnd =
    sentence.start +
    (clauseStarts(state.lexicon.words, sentence.text).find((c) => c > end - sentence.start) ??
      sentence.text.length);
  const place = slots.find(
    (s) =>
      s.start >= sentence.start &&
      s.end <= sentence.end &&
      s.source !== "demonym" &&
      !s.possessive &&
      entityType(state, s.key) === "state" &&
      /\bin\s+$/i.test(state.text.slice(Math.max(sentence.start, s.start - 4), s.start)) &&
      (s.start < start
        ? /^\W*(?:\p{L}+\s+)?in\s+(?:the\s+)?$/iu.test(state.text.slice(sentence.start, s.start)) &&
          /^\s*,\s*(?:(?:the|a|an)\s+)?$/i.test(state.text.slice(s.end, start))
        : s.start >= end &&
          (s.end <= clauseEnd ||
            // "said at a briefing in Beijing", "said in Beijing that": the speech verb's own setting.
            SPEECH_SETTING.test(state.text.slice(clauseEnd, s.start)))),
  );
  return place?.key ?? state.datelineState;
}

/**
 * "Chile said the president's office would send experts": the state that opens the sentence and
 * speaks, when the body opens what it says.
 */
function speakingState(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
): Slot | undefined {
  const subject = slots.find((s) => s.start >= sentence.start && s.end <= start);
  if (!subject || subject.possessive || entityType(state, subject.key) !== "state") return undefined;
  if (!/^\W*(?:the\s+)?$/i.test(state.text.slice(sentence.start, subject.start))) return undefined;
  const verbs = state.lexicon.words.verbs;
  const said = new RegExp(
    `^\\s+(?:${verbs.speech.past}|${verbs.speech.third}|${verbs.speechPast.past})\\s+(?:that\\s+)?(?:the\\s+)?$`,
  );
  return said.test(state.text.slice(subject.end, start)) ? subject : undefined;
}

/** What sets a description off after a named body: a comma, and "the" where no owner is written. */
const DESCRIPTION_GAP = /^,\s+(?:the\s+)?$/;
/**
 * What follows a description set off after a named body: the sentence's or clause's end. A comma
 * does not do: ", three universities and ..." goes on a list, and "Like NATO, Ghana's tax agency,
 * which ..." is a fronted phrase and its own subject.
 */
const DESCRIPTION_END = /^\s*(?:[.;:!?"”)]|$)/;

/**
 * "the Lisk Security Bureau, Lisk's chief spy service", "the DGII, the tax
 * agency.": a lower-case body phrase (from `start`, its owner `owner` if any, to `end`) set off
 * after a named body or organization describes that one; it is no body of its own. Not when the
 * phrase's owner is another state than the named body's ("the NCSC, France's cyber agency") or any
 * state after an organization, nor after a group: "Cozy Bear, Russia's foreign intelligence
 * service" names the group's sponsor.
 */
function describesNamedBefore(
  state: DocumentState,
  slots: Slot[],
  start: number,
  end: number,
  owner?: Slot,
): boolean {
  const from = owner && owner.end <= start ? owner.start : start;
  const gap = owner && owner.end <= start ? /^,\s+$/ : DESCRIPTION_GAP;
  const named = slots.find((s) => s.end <= from && gap.test(state.text.slice(s.end, from)));
  const type = named && entityType(state, named.key);
  if (!named || !(type === "agency" || type === "organization")) return false;
  const namedState = stateOfSlot(state, named);
  const ownerState = stateOfSlot(state, owner);
  // A state's body never describes a company ("Microsoft, Ghana's tax agency."): a list of two.
  if (type === "organization" ? ownerState : namedState && ownerState && namedState !== ownerState)
    return false;
  return DESCRIPTION_END.test(state.text.slice(end, end + 24));
}

function findLowerInstitutions(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  if (!LOWER_INSTITUTION_CUE.test(sentence.text)) return;
  LOWER_INSTITUTION.lastIndex = 0;
  for (let m = LOWER_INSTITUTION.exec(sentence.text); m; m = LOWER_INSTITUTION.exec(sentence.text)) {
    const [, found = ""] = m;
    if (
      /\p{Lu}/u.test(found.charAt(0)) &&
      slots.some(
        (s) => s.start <= sentence.start + m!.index && s.end >= sentence.start + m!.index + m![0].length,
      )
    )
      continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (slots.some((s) => s.start < end && s.end > start && s.source === "institution")) continue;
    // "France's cyber security agency ANSSI": the description of the named body that follows.
    if (slots.some((s) => s.source === "name" && /^\s+$/.test(state.text.slice(end, s.start)))) continue;
    // "Ukraine's SBU security service said": the description of the named body before it, one mention.
    const described = slots.find(
      (s) =>
        s.source === "name" &&
        s.end < start &&
        /^\s+$/.test(state.text.slice(s.end, start)) &&
        state.lexicon.entities.get(s.key)?.type === "agency",
    );
    if (described && !/[A-Z]/.test(found.charAt(0))) {
      described.end = end;
      described.possessive = possessiveMark(state.text, end, described.start) > 0;
      continue;
    }
    const before = state.text.slice(Math.max(sentence.start, start - 40), start);
    const owner = slots.find(
      (s) =>
        s.end <= start &&
        s.end >= start - 40 &&
        (((s.possessive || s.source === "demonym") && ownerGap(state.text, s, start)) ||
          (entityType(state, s.key) === "state" && WHOSE.test(state.text.slice(s.end, start)))),
    );
    if (describesNamedBefore(state, slots, start, end, owner)) continue;
    const ownerByPronoun = owner ? undefined : ownerOfPronoun(state, sentence, slots, start);
    // "the Central Bank of Nigeria": the state named after "of" owns the body.
    const ofState = owner
      ? undefined
      : slots.find(
          (s) =>
            s.start > end &&
            /^\s+of\s+(?:the\s+)?$/.test(state.text.slice(end, s.start)) &&
            state.entities.get(s.key)?.type === "state",
        );
    // "the country's electoral commission": the state the passage is about owns it.
    const ofTheCountry = owner ? undefined : COUNTRY_POSSESSOR.exec(before);
    // "the foreign ministry", or a sentence opening "Foreign ministry spokesman ...".
    const bare = !owner && !ofTheCountry && !/\b(the|its|their|his|her)\s+$/i.test(before);
    const [, nextWord = ""] = WORD_AFTER.exec(state.text.slice(end, end + 20)) ?? [];
    // "the Chinese foreign ministry spokesman": a demonym or a name before the body owns it (another reading
    // finds it); the place-or-dateline owner is only for a body with nothing before it.
    const speakerTitle = bare && SPEAKER_NOUN.test(nextWord.toLowerCase()) && !NAME_BEFORE.test(before);
    if (bare && start !== sentence.start && !speakerTitle) continue;
    // "In Bogota, foreign ministry spokesman X": the state of the place the sentence names (or the
    // dateline's); with none, and never "a former defence ministry official", no body.
    const speakerPlace =
      speakerTitle && !ofState && !ownerByPronoun
        ? placeOfSpeaker(state, sentence, slots, start, end)
        : undefined;
    if (
      speakerTitle &&
      (FORMER_BEFORE.test(before) || (!speakerPlace && !ofState && start !== sentence.start))
    )
      continue;
    // "the prime minister's office": owned only by a state the text gives ("Chile's", "of Chile", "the
    // country's", "Chile said the president's office"), never the passage's topic; else no body, the
    // state stays the target.
    const ownedByText = !owner && !ofState && !ownerByPronoun && !ofTheCountry;
    const speaking =
      ownedByText && OWNED_LOWER_CASE_BODY.has(found.toLowerCase())
        ? speakingState(state, sentence, slots, start)
        : undefined;
    if (ownedByText && OWNED_LOWER_CASE_BODY.has(found.toLowerCase()) && !speaking) continue;
    if (ofTheCountry && OWNED_LOWER_CASE_BODY.has(found.toLowerCase()) && !bodyHome(state, sentence.index))
      continue;
    const bodyEnd = ofState?.end ?? end;
    const acronym = BRACKETED_ACRONYM.exec(state.text.slice(bodyEnd, bodyEnd + 12));
    addInstitution(
      state,
      sentence.index,
      slots,
      ofTheCountry ? start - before.length + ofTheCountry.index + 4 : start,
      acronym ? bodyEnd + acronym[0].length : bodyEnd,
      found,
      owner ?? ofState,
      acronym?.[1],
      (ownerByPronoun && stateOfSlot(state, ownerByPronoun)) || speakerPlace || stateOfSlot(state, speaking),
    );
  }
}

/** Head nouns of a public body's noun phrase written in lower case ("Ghana's data protection authority"). */
// A prosecutor is one office holder ("Montenegro's special prosecutor said"): the person, not a body.
const OWNED_BODY_HEAD = new Set<string>(NAME_WORDS.institutionHeads.filter((head) => head !== "prosecutor"));
/** One cheap test before reading owned bodies: a head noun in lower case. */
const OWNED_BODY_CUE = new RegExp(String.raw`\b(?:${NAME_WORDS.institutionHeads.join("|")})\b`);
/** A word of a body's noun phrase: a lower-case word (not a past form: "hackers targeted") or a short form ("ICT"). */
const BODY_PHRASE_WORD = /^(?:\p{Ll}[\p{Ll}-]*(?<!ed)|\p{Lu}{2,6})$/u;
/** Lower-case words that end a noun phrase: determiners, prepositions, conjunctions, auxiliaries. */
const NOT_A_BODY_WORD = new Set(
  "the a an this that these those its his her their our of on in at for to from by with and or but as is was were are be been has have had said says who which what when where after since than then former".split(
    " ",
  ),
);
/** "the country's", "the nation's" right before a position in the text. */
const COUNTRY_POSSESSOR_AT = /\bthe (?:country|nation)['’]s\s+$/i;

const isBodyPhraseWord = (t: Token | undefined) =>
  t !== undefined &&
  BODY_PHRASE_WORD.test(t.text) &&
  !NOT_A_BODY_WORD.has(t.norm) &&
  !CALENDAR_WORD.test(t.text);

/** The index of the token that starts at or after `at`, or -1. */
const tokenAt = (tokens: Token[], at: number) => tokens.findIndex((t) => t.start >= at);

/**
 * The end (exclusive token index) of a body's noun phrase that starts at token `k`: lower-case
 * modifiers or short forms, then a head noun ("ICT ministry", "national communications authority",
 * "security police"), or a bare "ministry of"/"department of" and its portfolio ("ministry of
 * emergency situations"). Undefined when the words there are no such noun phrase.
 */
function ownedBodyEnd(
  lexicon: Lexicon,
  text: string,
  tokens: Token[],
  k: number,
  sentenceEnd: number,
): number | undefined {
  let head = -1;
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    const t = tokens[j]!;
    if (j > k && !/^[ -]$/.test(gapBetween(text, tokens, j - 1, j)!)) break;
    // "the Bolivian customs and tariffs board": "and" inside the phrase joins two of its words.
    if (t.norm === "and" && j > k && isBodyPhraseWord(tokens[j + 1])) continue;
    if (!isBodyPhraseWord(t)) break;
    if (j > k && OWNED_BODY_HEAD.has(t.text)) head = j;
  }
  if (head > k) return head + 1;
  if (!/^(?:ministry|department)$/.test(tokens[k]?.text ?? "") || tokens[k + 1]?.norm !== "of")
    return undefined;
  const portfolioEnd = portfolioEndAt(lexicon, text, tokens[k + 1]!.end, sentenceEnd);
  const end = portfolioEnd === undefined ? -1 : tokens.findIndex((t) => t.end === portfolioEnd);
  return end < 0 ? undefined : end + 1;
}

/** A portfolio's reach: "ministry of water supply, sanitation and urban development" and a word beyond. */
const PORTFOLIO_WINDOW = new RegExp(String.raw`^(?:\s*\S+){0,${EXTRACTION_DEFAULTS.portfolioWords + 1}}`);

/** Tags of a word that may stand in a portfolio ("water supply", "ICT"), and of those that end it. */
const PORTFOLIO_TAG = /^(?:Noun|Adjective|Acronym)$/;
const NOT_PORTFOLIO_TAG = /^(?:Verb|Pronoun|Determiner|Preposition|Value|Date|Possessive|ProperNoun)$/;

interface TaggedTerm {
  text: string;
  /** What follows the word: a space, or punctuation that closes the phrase. */
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** A word of a portfolio: lower case or a short form, tagged as a noun or adjective and nothing that ends one. */
const inPortfolio = (t: TaggedTerm | undefined) =>
  t !== undefined &&
  /^(?:\p{Ll}|\p{Lu}{2,6}$)/u.test(t.text) &&
  t.tags.some((tag) => PORTFOLIO_TAG.test(tag)) &&
  !t.tags.some((tag) => NOT_PORTFOLIO_TAG.test(tag));

/**
 * Where the open portfolio after "ministry of" ends, read with compromise's tags from `from` to the
 * sentence's end: nouns, adjectives and short forms, joined by "and" ("water supply and
 * sanitation"), up to the clause's verb or a determiner ("... situations and several ..."). Only
 * sentences with such a phrase get here.
 */
function portfolioEndAt(
  lexicon: Lexicon,
  text: string,
  from: number,
  sentenceEnd: number,
): number | undefined {
  // Tagging costs by the word: only the words a portfolio can span are read, not the whole clause.
  const window = PORTFOLIO_WINDOW.exec(text.slice(from, sentenceEnd))![0];
  // The same words tag the same way: compromise's verdict is remembered by the lexicon, across the corpus.
  const known = lexicon.portfolioReach.get(window);
  if (known !== undefined) return known < 0 ? undefined : from + known;
  const reach = portfolioReachOf(window);
  lexicon.portfolioReach.set(window, reach === undefined ? -1 : reach);
  return reach === undefined ? undefined : from + reach;
}

/** Where the portfolio opening `window` ends, from its start; undefined when it holds none. */
function portfolioReachOf(window: string): number | undefined {
  // A wire line break inside the phrase is a space: compromise would end a sentence there.
  const view = nlp(window.replace(/\s/g, " ")).json({
    offset: true,
    terms: { offset: true },
  }) as Array<{
    terms: TaggedTerm[];
  }>;
  const terms = view[0]?.terms ?? [];
  let end: number | undefined;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (inPortfolio(t)) {
      end = t.offset.start + t.offset.length;
      if (/\S/.test(t.post)) break;
    } else if (!(t.text === "and" && end !== undefined && inPortfolio(terms[i + 1]))) break;
  }
  return end;
}

/**
 * A public body the lexicon has no name for, written in lower case after its state: a noun
 * phrase headed by an institution noun whose possessor or qualifier is a state ("Kenya's ICT
 * ministry", "the Kenyan ministry of ICT", "Finland's security police", "the country's data
 * protection authority"), or a "ministry of" phrase owned by a state named after it ("the ministry
 * of ICT of Kenya"). Bare heads ("Kenya's ministry") and a description of a body named right after
 * it ("Ukraine's security service, the SBU") are left to the other readers.
 */
function findOwnedBodies(state: DocumentState, sentence: Sentence, tokens: Token[], slots: Slot[]): void {
  if (!OWNED_BODY_CUE.test(sentence.text)) return;
  const text = state.text;
  const starts: Array<{ k: number; owner?: Slot }> = [];
  for (const slot of slots) {
    // "the SBU's cyber department": a unit of a body is the body's business, not a body of the state.
    if (entityType(state, slot.key) !== "state") continue;
    if (!slot.possessive && slot.source !== "demonym") continue;
    const after = slot.end + possessiveMark(text, slot.end, slot.start);
    const k = tokenAt(tokens, after);
    if (k >= 0 && /^\s*$/.test(text.slice(after, tokens[k]!.start))) starts.push({ k, owner: slot });
  }
  for (let k = 1; k < tokens.length; k++) {
    const previous = tokens[k - 1]!;
    // "the country's data protection authority", "the ministry of water supply".
    const afterCountry =
      previous.text === "s" &&
      /^(?:country|nation)$/.test(tokens[k - 2]?.norm ?? "") &&
      COUNTRY_POSSESSOR_AT.test(
        text.slice(Math.max(sentence.start, tokens[k]!.start - 16), tokens[k]!.start),
      );
    const bareHead = previous.norm === "the" && /^(?:ministry|department)$/.test(tokens[k]!.text);
    if (afterCountry || bareHead) starts.push({ k });
  }
  for (const { k, owner } of starts) {
    const end = ownedBodyEnd(state.lexicon, text, tokens, k, sentence.end);
    if (end === undefined) continue;
    const start = tokens[k]!.start;
    let bodyEnd = tokens[end - 1]!.end;
    if (slots.some((s) => s !== owner && s.start < bodyEnd && s.end > start)) continue;
    // "Ukraine's security service SBU", "... service, the SBU,": a description of the named body.
    const next = slots
      .filter((s) => s.start >= bodyEnd)
      .reduce<Slot | undefined>((first, s) => (!first || s.start < first.start ? s : first), undefined);
    if (
      next &&
      /^(?:\s+|,\s+(?:the\s+)?)$/.test(text.slice(bodyEnd, next.start)) &&
      entityType(state, next.key) !== "state"
    )
      continue;
    if (describesNamedBefore(state, slots, start, bodyEnd, owner)) continue;
    // "the ministry of ICT of Kenya": the state named after "of" owns it.
    const ofState =
      owner ??
      slots.find(
        (s) =>
          s.start >= bodyEnd &&
          s.kind === "actor" &&
          /^\s+of\s+(?:the\s+)?$/.test(text.slice(bodyEnd, s.start)) &&
          entityType(state, s.key) === "state",
      );
    if (!owner && ofState) bodyEnd = ofState.end;
    const from = COUNTRY_POSSESSOR_AT.exec(text.slice(Math.max(sentence.start, start - 16), start));
    const acronym = BRACKETED_ACRONYM.exec(text.slice(bodyEnd, bodyEnd + 12));
    addInstitution(
      state,
      sentence.index,
      slots,
      from ? start - from[0].length : start,
      acronym ? bodyEnd + acronym[0].length : bodyEnd,
      text.slice(start, tokens[end - 1]!.end).replace(/\s+/g, " "),
      ofState,
      acronym?.[1],
    );
  }
}

/** "the foreign, interior and defence ministries", "the Treasury, Commerce and Energy departments". */
/** One conjunct: a capitalised name of up to three words, or one lower-case word. */
const CONJUNCT = String.raw`(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,2}|[\p{Ll}-]+)`;
const COORDINATED_BODIES = new RegExp(
  String.raw`\b((?:${CONJUNCT},\s+){0,4}${CONJUNCT}\s+and\s+${CONJUNCT})\s+(${Object.keys(NAME_WORDS.coordinatedBodyHeads).join("|")})\b`,
  "gu",
);

/** The body one conjunct of a coordination names: "defence" of "ministries" is the defence ministry. */
function conjunctBody(conjunct: string, head: string): string | undefined {
  const portfolio = conjunct.toLowerCase();
  if (head === "ministry" && MINISTRY_NOUNS[portfolio]) return `${portfolio} ministry`;
  if (!/^\p{Lu}/u.test(conjunct) || CALENDAR_WORD.test(conjunct)) return undefined;
  return `${titleCase(head)} of ${conjunct}`;
}

/**
 * Bodies that share one plural head: each conjunct before it is a body of its own, of the state
 * that owns the phrase ("Peru's foreign and defence ministries": two ministries of Peru). A
 * conjunct that is neither a ministry's portfolio nor a capitalised name stops the reading
 * ("the regional and local departments").
 */
function findCoordinatedBodies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  COORDINATED_BODIES.lastIndex = 0;
  for (let m = COORDINATED_BODIES.exec(sentence.text); m; m = COORDINATED_BODIES.exec(sentence.text)) {
    const head = (NAME_WORDS.coordinatedBodyHeads as Record<string, string>)[m[2]!.toLowerCase()]!;
    const listStart = sentence.start + m.index;
    const conjuncts: Array<{ start: number; end: number; name: string }> = [];
    const conjunctRe = /[^,\s][^,]*?(?=,\s+|\s+and\s+|$)/gu;
    for (let c = conjunctRe.exec(m[1]!); c; c = conjunctRe.exec(m[1]!)) {
      const written = c[0].replace(/^and\s+/, "");
      const name = conjunctBody(written, head);
      if (!name) break;
      const start = listStart + c.index + c[0].length - written.length;
      conjuncts.push({ start, end: start + written.length, name });
    }
    if (conjuncts.length < 2 || conjuncts.length !== m[1]!.split(/,\s+|\s+and\s+/).length) continue;
    const first = conjuncts[0]!;
    if (slots.some((s) => s.start < listStart + m![0].length && s.end > first.start && s.source !== "name"))
      continue;
    if (
      slots.some((s) => s.start >= first.start && s.end <= listStart + m![0].length && stateOfSlot(state, s))
    )
      continue;
    const owner = slots.find(
      (s) =>
        s.end <= first.start &&
        (s.possessive || s.source === "demonym") &&
        ownerGap(state.text, s, first.start),
    );
    const ownerState = stateOfSlot(state, owner);
    const last = conjuncts[conjuncts.length - 1]!;
    last.end = listStart + m[0].length;
    for (const [i, c] of conjuncts.entries())
      addInstitution(
        state,
        sentence.index,
        slots,
        c.start,
        c.end,
        c.name,
        i === 0 ? owner : undefined,
        undefined,
        ownerState,
      );
  }
}

/** A capitalised name of up to four words: a body's, or a place's before its possessive ("Port Erin's"). */
const SHARED_HEAD_NAME = String.raw`[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,3}`;
/** "the Alder and Brook university hospitals": two names, an optional qualifier, a shared plural head. */
const SHARED_HEAD_BODIES = new RegExp(
  String.raw`\b(${SHARED_HEAD_NAME})\s+and\s+(?:${SHARED_HEAD_NAME}['’]s\s+)?(${SHARED_HEAD_NAME})\s+(?:(\p{Ll}+)\s+)?(${Object.keys(SHARED_NAME_HEADS).join("|")})\b`,
  "gu",
);
/** A shared head anywhere in a sentence: the cheap test before the pattern above is tried. */
const SHARED_HEAD_CUE = new RegExp(String.raw`\b(?:${Object.keys(SHARED_NAME_HEADS).join("|")})\b`);

/**
 * Two names before a plural head they share are two bodies of that kind: "the Alder and Brook
 * university hospitals" are the Alder University Hospital and the Brook University Hospital (not
 * two persons). A name holding a known actor ("Lisk and Brook airports") or a calendar word is no
 * such name.
 */
function findSharedHeadBodies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of sentence.text.matchAll(SHARED_HEAD_BODIES)) {
    const qualifier = m[3] ? `${titleCase(m[3])} ` : "";
    const head = `${qualifier}${SHARED_NAME_HEADS[m[4]!]}`;
    // "At Alder and Brook hospitals": a sentence's capitalised first word is not the name's.
    const opener = /^(\S+)\s+/.exec(m[1]!);
    const first =
      opener && LEADING_FUNCTION_WORDS.has(opener[1]!.toLowerCase()) ? m[1]!.slice(opener[0].length) : m[1]!;
    const firstStart = sentence.start + m.index + m[1]!.length - first.length;
    const secondStart = sentence.start + m.index + m[0].lastIndexOf(m[2]!, m[0].length - m[4]!.length);
    const names = [
      { name: first, start: firstStart, end: firstStart + first.length },
      { name: m[2]!, start: secondStart, end: secondStart + m[2]!.length },
    ];
    if (
      names.some((n) => CALENDAR_WORD.test(n.name) || slots.some((s) => s.start < n.end && s.end > n.start))
    )
      continue;
    for (const n of names) {
      noteLocalOrganization(state, slots, n.start, n.end, `${n.name} ${head}`);
      const entity = state.entities.get(slots.at(-1)!.key);
      if (entity && !entity.aliases.includes(n.name)) entity.aliases.push(n.name);
    }
  }
}

/** The short name a body is given in brackets after its full name: "(INSA)", "(Servel)". */
const BRACKETED_ACRONYM = /^\s*\(([\p{Lu}][\p{L}.]{1,9})\)/u;

/** A capitalised name with its short form in brackets: "The Information Network Security Administration (INSA)". */
const NAME_WITH_ACRONYM =
  /([\p{Lu}][\p{L}-]*(?:\s+(?:(?:of|for|and|the|de|del|la|el|y)\s+)*[\p{Lu}][\p{L}-]*){1,7})\s+\(([\p{Lu}][\p{L}.]{1,9})\)/gu;

/**
 * A bracketed short form belongs to the name before it when it starts like the name ("INSA",
 * "Servel") or most of its capitals are the name's initials ("TGSPDCL" for "Southern Power
 * Distribution Company of Telangana Limited"); otherwise the bracket holds something else.
 */
function shortFormOf(acronym: string, name: string): boolean {
  if (acronym[0] === name[0]) return true;
  const initials = new Set(name.split(/\s+/).map((w) => w[0]));
  const capitals = [...acronym].filter((c) => /\p{Lu}/u.test(c));
  return capitals.filter((c) => initials.has(c)).length >= Math.ceil(capitals.length * 0.6);
}

/** The noun phrase in apposition right after a name (", a private foundation"). */
const APPOSITION_AFTER = /^\s*,\s+((?:a|an|the)\s+[^,.;:]{1,60})/i;

/** Words that make a bracketed name a public body, not a company. */
const PUBLIC_BODY_NAME = new RegExp(`\\b(?:${NAME_WORDS.publicBodyWords.join("|")})\\b`);

/**
 * A body the gazetteer lacks, introduced with its short form: "the Information Network Security
 * Administration (INSA)", "the Servicio Electoral (Servel)". A public body's name makes an agency
 * of the state the passage is about, any other an organization; both names find it again later.
 */
function findBodiesWithAcronyms(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  if (!sentence.text.includes("(")) return;
  NAME_WITH_ACRONYM.lastIndex = 0;
  for (let m = NAME_WITH_ACRONYM.exec(sentence.text); m; m = NAME_WITH_ACRONYM.exec(sentence.text)) {
    const name = m[1]!.replace(/^(?:The|A|An)\s+/, "");
    const start = sentence.start + m.index + m[1]!.length - name.length;
    const end = sentence.start + m.index + m[0].length;
    // A state's name inside the body's name is its owner ("All India Institute of Medical Sciences").
    const inside = slots.filter((s) => s.start < end && s.end > start);
    const owner = inside.find(
      (s) => s.start >= start && s.end <= end && entityType(state, s.key) === "state",
    );
    // A name after "of" inside it is part of its name ("... Company of Telangana Limited").
    const partOfName = (s: Slot) =>
      s.start > start && s.end <= end && /\bof\s+(?:the\s+)?$/.test(state.text.slice(start, s.start));
    if (inside.some((s) => s !== owner && !partOfName(s))) continue;
    if (name.split(/\s+/).length < 2 || CALENDAR_WORD.test(name.split(/\s+/)[0]!)) continue;
    const acronym = m[2]!;
    if (!shortFormOf(acronym, name)) continue;
    // "the Institut Orr (IO), a private foundation": the text's word wins over the name's.
    const apposition = APPOSITION_AFTER.exec(sentence.text.slice(end - sentence.start))?.[1] ?? "";
    const agency = PUBLIC_BODY_NAME.test(name) || (foreignPublicBodyName(name) && !PRIVATE_OWNERSHIP.test(apposition));
    const country = agency ? (owner?.key ?? bodyHome(state, sentence.index)) : undefined;
    for (const s of inside) slots.splice(slots.indexOf(s), 1);
    const key = nodeKey(agency ? "agency" : "organization", slugify(name));
    if (agency) noteOwnerSource(state, key, owner ? undefined : { label: name, ownerInKey: false });
    noteEntity(
      state,
      key,
      agency ? { type: "agency", label: name, country } : { type: "organization", label: name },
      { start, end },
      acronym,
    );
    state.localNames.set(name, key);
    if (!state.localNames.has(acronym)) state.localNames.set(acronym, key);
    slots.push({ start, end, key, kind: "actor", source: "institution", possessive: false });
  }
}

/**
 * A national response team named by its short form: "EcuCERT", "PKCERT", "ngCERT", "CERT-EE",
 * "ICS-CERT", "KE-CIRT/CC". A bare "CERT" names no one body; a prefix or suffix does.
 */
const RESPONSE_TEAM_NAME =
  /(?<![\p{L}\d/-])((?:[\p{L}]{2,5}-?)?C(?:ERT|SIRT|IRT)(?:\p{Ll}{2,3})?(?:[-./][\p{L}]{2,4})*)(?![\p{L}\d/-])/gu;
/** What lies between a possessive state and the team it owns: "Nigeria's computer emergency response team, ". */
const OWNED_TEAM_GAP = /^['’]s\s+(?:[\p{L}-]+,?\s+){0,6}(?:the\s+)?$/u;
/** The letters around "CERT" in a team's name: a state's code ("PK", "Ecu", "EE") when they are one. */
const TEAM_AFFIX = /^([\p{L}]{2,5})-?C(?:ERT|SIRT|IRT)|C(?:ERT|SIRT|IRT)[-.]?([\p{L}]{2,3})$/u;

/** The state whose ISO code the name of a response team is built on ("EcuCERT" → Ecuador). */
function stateOfTeamName(state: DocumentState, name: string): string | undefined {
  const m = TEAM_AFFIX.exec(name);
  const code = (m?.[1] ?? m?.[2])?.toUpperCase();
  if (!code) return undefined;
  for (const info of state.lexicon.entities.values())
    if (info.type === "state" && info.codes?.includes(code)) return info.key;
  // "ThaiCERT": a state's demonym or one-word name is the prefix.
  const prefix = m?.[1];
  if (!prefix) return undefined;
  const phrase = state.lexicon.phrases
    .get(phraseTokens(prefix)[0] ?? "")
    ?.find((p) => p.tokens.length === 1 && p.via !== "capital" && entityType(state, p.key) === "state");
  return phrase?.key;
}

/** "national CERT", "Government CSIRT": a response team's qualifier, capitalised or not. */
const TEAM_QUALIFIER = new RegExp(`\\b(${alternation(NAME_WORDS.responseTeamQualifiers)})\\s+$`, "i");

/**
 * "Lisk's National CERT", "the Lisk National CERT", "the National CERT of Lisk": a bare "CERT"
 * names one body only as a state's national team, owned by the state before it or after "of".
 */
function findNationalTeam(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  at: number,
  team: string,
): void {
  const isState = (s: Slot) => entityType(state, s.key) === "state";
  // "Croatia's national CERT", "Chile's government CSIRT": the qualifier in lower case too.
  const qualifier = TEAM_QUALIFIER.exec(state.text.slice(Math.max(sentence.start, at - 11), at));
  if (!qualifier) {
    // "Sri Lanka CERT": a state's name written as the team's first word names its national team.
    const named = slots.find(
      (s) => s.end < at && isState(s) && s.source === "name" && /^\s+$/.test(state.text.slice(s.end, at)),
    );
    if (named)
      addInstitution(
        state,
        sentence.index,
        slots,
        named.start,
        at + team.length,
        `${state.text.slice(named.start, named.end)} ${team}`,
        named,
      );
    return;
  }
  const [written, word = ""] = qualifier;
  const start = at - written.length;
  let end = at + team.length;
  let owner = slots.find((s) => s.end <= start && isState(s) && ownerGap(state.text, s, start));
  // "Chile's government CSIRT": the state, read as acting through "Chile's government", owns the team.
  const acting = owner
    ? undefined
    : slots.find((s) => isState(s) && s.start < start && s.end > start && s.end <= at);
  const ownerName = acting && /^(.*?)['’]s\s+$/u.exec(state.text.slice(acting.start, start));
  if (acting && ownerName) {
    owner = { ...acting, end: acting.start + ownerName[1]!.length, possessive: true };
    slots.splice(slots.indexOf(acting), 1, owner);
  }
  if (!owner) {
    owner = slots.find(
      (s) => s.start > end && isState(s) && /^\s+of\s+(?:the\s+)?$/.test(state.text.slice(end, s.start)),
    );
    if (owner) end = owner.end;
  }
  if (slots.some((s) => s !== owner && s.start < end && s.end > start)) return;
  // "The National CERT has traced ...": capitalised, the team of the state the passage is about.
  if (!owner && !(word === "National" && bodyHome(state, sentence.index))) return;
  const name = `${titleCase(word)} ${team}`;
  addInstitution(state, sentence.index, slots, start, end, name, owner);
}

/**
 * "CONCERT", "PKCERT": a word of capitals ending in "CERT", with no hyphen, change of case or code
 * after it ("GOVCERT.NL") to set "CERT" apart, is a team's acronym only when the letters before it
 * are a state's code or name; otherwise it is an ordinary word in a headline set in capitals.
 */
function isTeamAcronym(state: DocumentState, name: string): boolean {
  return !/^\p{Lu}+C(?:ERT|SIRT|IRT)$/u.test(name) || stateOfTeamName(state, name) !== undefined;
}

function findResponseTeams(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of sentence.text.matchAll(RESPONSE_TEAM_NAME)) {
    const name = m[1]!;
    if (/^C(?:ERT|SIRT|IRT)$/.test(name)) {
      findNationalTeam(state, sentence, slots, sentence.start + m.index, name);
      continue;
    }
    if (!isTeamAcronym(state, name)) continue;
    const start = sentence.start + m.index;
    const end = start + name.length;
    const inside = slots.filter((s) => s.start < end && s.end > start);
    if (inside.some((s) => entityType(state, s.key) !== "state")) continue; // a known body
    const owner =
      inside[0] ??
      slots.find(
        (s) =>
          s.end <= start &&
          stateOfSlot(state, s) !== undefined &&
          OWNED_TEAM_GAP.test(state.text.slice(s.end, start)),
      );
    // "the Department of Homeland Security's control systems team, ICS-CERT": the owning body's state;
    // "CSIRT-XY in Lima": the state where the team is.
    const written =
      stateOfSlot(state, owner) ??
      stateOfTeamName(state, name) ??
      stateWhereBodyIs(state, slots, start, end, name);
    const country = written ?? bodyHome(state, sentence.index);
    const key = state.localNames.get(name) ?? nodeKey("agency", slugify(name));
    noteOwnerSource(state, key, written ? undefined : { label: name, ownerInKey: false }, country);
    noteEntity(state, key, { type: "agency", label: name, country }, { start, end }, name);
    state.localNames.set(name, key);
    for (const s of inside) slots.splice(slots.indexOf(s), 1);
    slots.push({ start, end, key, kind: "actor", source: "institution", possessive: false });
  }
}

/**
 * "the Chinese embassy in Lusaka", "Russia's embassy in Riga", "the Embassy of Iran in Nairobi", "Peru's
 * Permanent Mission to the UN in Vienna" (a mission to the United Nations: group 2).
 * Measured: reading a state's formal name after "of" too ("the Embassy of the Republic of Korea
 * in Lima") found 4 more relations on the dev sets but made 4 false claims on validation.
 */
const EMBASSY =
  /\b(?:Permanent\s+)?(?:[Ee]mbassy|[Mm]ission)\b(?:\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2}))?(?:\s+to\s+the\s+(United\s+Nations|UN)\b)?(?:\s+(?:in|to)\s+(?:the\s+)?([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2}))?/dgu;

/**
 * The state owning an embassy named at `start`: the one whose name follows "of" (`ofName`: "Embassy
 * of Iran"), or one right before as a possessor or a demonym. A state's name as the noun's
 * modifier ("the United States embassy") is not read: measured on the dev sets, such an embassy
 * was mostly named in passing, and its part-of claim was false (2 found, 5 false).
 */
function embassyOwner(
  state: DocumentState,
  slots: Slot[],
  start: number,
  ofName: { start: number; end: number } | undefined,
): Slot | undefined {
  const isState = (s: Slot) => state.entities.get(s.key)?.type === "state";
  // The name after "of" opens with the state's name: "the mission of the Border Police of Moldova" is
  // no embassy, while "the Embassy of India Spokesperson" is India's (a title-cased office word after it).
  if (ofName) return slots.find((s) => s.start === ofName.start && s.end <= ofName.end && isState(s));
  return slots.find(
    (s) =>
      s.end <= start &&
      isState(s) &&
      (s.possessive || s.source === "demonym") &&
      ownerGap(state.text, s, start),
  );
}

function findEmbassies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of sentence.text.matchAll(EMBASSY)) {
    const start = sentence.start + m.index;
    const of = m.indices?.[1];
    const owner = embassyOwner(
      state,
      slots,
      start,
      of && { start: sentence.start + of[0], end: sentence.start + of[1] },
    );
    if (!owner) continue;
    // Capitalised words after the owner's name ("Embassy of India Spokesperson") are no part of the
    // embassy's name, and what the pattern read after them is no seat; the slot still spans them, so
    // the sentence reads the embassy as their subject.
    const cut = of !== undefined && owner.end < sentence.start + of[1];
    const end = start + m[0].length;
    const nameEnd = cut ? owner.end : end;
    const canonical = state.entities.get(owner.key)?.label ?? owner.key;
    const written = embassyOwnerLabel(state, owner, canonical);
    const place = cut ? undefined : m[3];
    const toUnitedNations = !cut && m[2] !== undefined;
    // A mission to the United Nations is named by what it is accredited to, its seat an alias.
    const name = (ownerLabel: string) =>
      toUnitedNations
        ? `Permanent Mission of ${ownerLabel} to the United Nations`
        : `Embassy of ${ownerLabel}${place ? ` in ${place}` : ""}`;
    // The key takes the state's label alone, so every spelling of the owner gives one node; the
    // article the text writes ("the United States' embassy") is kept in an alias.
    const label = name(canonical);
    const key = nodeKey("agency", label);
    const from = Math.min(owner.start, start);
    const surface = state.text.slice(from, nameEnd).replace(/^the /i, "");
    const embassy = noteEntity(
      state,
      key,
      { type: "agency", label, country: owner.key },
      { start, end: nameEnd },
      surface,
    );
    const host = toUnitedNations ? undefined : embassyHost(state, owner.key, place);
    const aliases = [
      toUnitedNations && place ? `${label} in ${place}` : undefined,
      written !== canonical ? name(written) : undefined,
      host && `Embassy of ${written} in ${host}`,
    ];
    for (const alias of aliases)
      if (alias && alias !== embassy.label && !embassy.aliases.includes(alias)) embassy.aliases.push(alias);
    for (let i = slots.length - 1; i >= 0; i--)
      if (slots[i]!.start >= from && slots[i]!.end <= end) slots.splice(i, 1);
    slots.push({ start: from, end, key, kind: "actor", source: "institution", possessive: false });
  }
}

/**
 * An embassy's owner as its name writes it: the state's label, with the article the text gives a
 * state named by that label ("the United States embassy", "the Philippines' embassy").
 */
function embassyOwnerLabel(state: DocumentState, owner: Slot, canonical: string): string {
  const withArticle =
    state.text.slice(owner.start, owner.end) === canonical &&
    /\bthe\s+$/i.test(state.text.slice(Math.max(0, owner.start - 4), owner.start));
  return withArticle ? `the ${canonical}` : canonical;
}

/**
 * The host state's label, for the alias "Embassy of Russia in Ghana" of one "in Accra"; for an
 * embassy named with no place ("Tehran's embassy"), the state the article is written from or about.
 */
function embassyHost(state: DocumentState, owner: string, place: string | undefined): string | undefined {
  const placeTokens = place ? phraseTokens(place) : [];
  const host = place
    ? state.lexicon.phrases
        .get(placeTokens[0] ?? "")
        ?.find((p) => p.tokens.join(" ") === placeTokens.join(" ") && entityType(state, p.key) === "state")
        ?.key
    : (state.datelineState ?? topicState(state));
  return host && host !== owner ? state.lexicon.entities.get(host)?.label : undefined;
}

/** An office word right after an institution's name: the phrase is a person's title. */
const ROLE_AFTER =
  /^\s+(?:spokes(?:man|woman|person)|minister|secretary|director|head|chief|official|adviser|advisor|officer|press officer|representative)\b/i;

/** "the Storting, the country's parliament", "the Bundestag, the lower house of Germany's parliament". */
const APPOSITIVE_INSTITUTION =
  /\b([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,3}),\s+(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,5}?(?:parliament|legislature|lower house|upper house|senate|assembly|ministry|agency|regulator|intelligence service|security service|police|central bank|cyber ?security (?:agency|authority|centre|center)))\b/gu;

/** What every match of APPOSITIVE_INSTITUTION holds, tested before its costly scan. */
const APPOSITION_CUE = /,\s+(?:the|a|an)\s/;

function findAppositiveInstitutions(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  if (!APPOSITION_CUE.test(sentence.text)) return;
  APPOSITIVE_INSTITUTION.lastIndex = 0;
  for (
    let m = APPOSITIVE_INSTITUTION.exec(sentence.text);
    m;
    m = APPOSITIVE_INSTITUTION.exec(sentence.text)
  ) {
    const start = sentence.start + m.index;
    const end = start + m[1]!.length;
    if (slots.some((s) => s.start < end && s.end > start)) continue;
    // "in March, the second cyberattack on the parliament": a date and an event, not a body.
    if (CALENDAR_WORD.test(m[1]!.split(/\s+/)[0]!) || /attack|hack|breach|incident|intrusion/i.test(m[2]!))
      continue;
    // "Separately, the ministry", "Meanwhile, the regulator": an opening adverb, not a body's name.
    if (CLAUSE_OPENER.test(m[1]!) || /^\p{Lu}\p{Ll}+ly$/u.test(m[1]!)) continue;
    // "Madis Mikko, a spokesman for the defence ministry" and "Lena Vogt, the interior ministry
    // spokeswoman" describe a person, not an institution.
    const appositionEnd = start + m[0].length;
    if (ROLE_AFTER.test(state.text.slice(appositionEnd, appositionEnd + 30))) continue;
    if (
      /\b(spokes\w*|minister|director|head|chief|official|president|member|adviser|officer|secretary)\b/i.test(
        m[2]!,
      )
    )
      continue;
    const owner = slots.find((s) => s.start > end && s.end <= appositionEnd && stateOfSlot(state, s));
    const name = m[1]!;
    const written = stateOfSlot(state, owner);
    const country = written ?? bodyHome(state, sentence.index);
    const key = nodeKey("agency", name);
    noteOwnerSource(state, key, written ? undefined : { label: name, ownerInKey: false }, country);
    noteEntity(state, key, { type: "agency", label: name, country }, { start, end }, name);
    state.localNames.set(name, key);
    slots.push({ start, end, key, kind: "actor", source: "institution", possessive: false });
  }
}

/**
 * A threat group the article names as it introduces it: "an actor it calls Storm-0558", "a group
 * calling itself the Cyber Fist", "hackers known as Slate Heron", "a group tracked as Slate Heron",
 * "an outfit he called "Slate Heron"", "officials named the group as Slate Heron". The name
 * (quoted or not) is new to the gazetteer, so it becomes a group of this article and is found again by name.
 */
const namedGroupPattern = (words: Words) =>
  patternFor(words, "mentions.named-group", ({ verbs, nouns }) => {
    const naming = `${namingForms(verbs.naming)}|${verbs.handle.any}|calling\\s+(?:itself|themselves)`;
    // "that the industry calls X", "which Western vendors call X": a namer of up to two words.
    // A capitalised namer may be a short form with a hyphen ("CERT-XY tracks as").
    // A body's or a firm's full name names it too, when it ends on a body's head, a company's word or
    // its short form in brackets ("which the Orr Signals Directorate calls X", "that Tarn Threat
    // Intelligence tracks as X", "that the Lisk Cyber Command (LCC) names X"); not any capitalised
    // words ("that the Prime Minister called X").
    const nameWords = String.raw`[\p{Lu}][\p{L}-]+(?:\s+(?:(?:and|of|for)\s+)?[\p{Lu}][\p{L}-]+){0,5}`;
    const shortForm = String.raw`\s+\([\p{Lu}\d-]+\)`;
    const body = `(?:the\\s+)?${nameWords}(?:\\s+(?:${BODY_NAMER_HEAD})\\b(?:${shortForm})?|${shortForm})`;
    const namer = `it|they|we|he|she|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${nouns.researcher.any}|${nouns.namer.any})|${body}|[\\p{Lu}][\\p{L}\\d-]+`;
    // "a crew known as X", "the group, which is known as X", "the gang they call X", "a cluster of
    // activity it tracks as X", "hackers who go by X", "a team known to researchers as X".
    // "the crew responsible, dubbed X": the group's role may stand between.
    const describedGroup = `(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.namedTeam.any})(?:\\s+of\\s+(?:${nouns.observedActivity.any})|\\s+(?:${alternation(CULPRIT_ROLE_WORDS)}))?,?\\s+(?:(?:that|which|whom|who)\\s+)?(?:(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)?(?:(?:${namer})\\s+)?(?:${naming})`;
    // "named the group as X", "call the group X": a name right after the group noun needs a capital.
    const groupNamed = `(?:${verbs.naming.past}|${verbs.naming.present})\\s+(?:the|this|that)\\s+(?:${nouns.group.any})(?:\\s+as|\\s*,|(?=\\s+["\\u201c]?[\\p{Lu}\\d]))`;
    // "named it: X", "called the culprits: X": a naming verb, its object, a colon, the name.
    const namedAfterColon = `(?:${verbs.naming.past}|${verbs.naming.present})\\s+(?:it|them|(?:the|this|that)\\s+(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.culprit.any}))\\s*:`;
    // "has followed its operations since 2019 under the name X": the name researchers file a group's
    // activity under; the observed object is a group, a pronoun or its activity, with no clause between.
    const observed = `(?:(?:the|its|their|this|that)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.observedActivity.any})|it|them`;
    const filedUnder = `(?:${verbs.observe.any})\\s+(?:${observed})(?:\\s+(?:for|since|over)\\s+[^,.;:]{0,30}?)?\\s+under\\s+the\\s+(?:names?|monikers?|labels?)`;
    // "the group responsible was X", "the actor behind the breach is X": a copula names the group.
    // The deed after "behind" is an object pronoun or a noun phrase after a definite determiner that
    // runs, inside its clause, to a finite "be": no punctuation, no word that opens a clause, no speech
    // verb ("the group behind the attack said the culprit was X" names no group), no relative word,
    // and a determiner only after a preposition ("behind the raid on the depot"): a determiner after
    // any other word opens a verb's object ("the crew behind the raid ran a tool whose ...").
    const copula = FINITE_BE.join("|");
    const determiner = [...DEFINITE_DETERMINERS, ...DEED_PHRASE.determiners].join("|");
    const preposition = DEED_PHRASE.prepositions.join("|");
    const notDeed = `(?:${[...PHRASE_BREAKS, ...FINITE_BE, ...DEED_PHRASE.relatives, ...DEED_PHRASE.prepositions].join("|")}|${determiner}|${verbs.speech.any}|${verbs.speechPast.past})\\b`;
    const deedWords = `(?!${notDeed})[\\p{L}-]+(?:\\s+(?!${notDeed})[\\p{L}'’-]+)*?`;
    const deed = `${OBJECT_PRONOUNS.join("|")}|(?:${DEFINITE_DETERMINERS.join("|")})\\s+${deedWords}(?:\\s+(?:${preposition})(?:\\s+(?:${determiner}))?\\s+${deedWords})*?`;
    const responsibleIs = `(?:${nouns.group.any}|${nouns.attacker.any})\\s+(?:responsible|behind\\s+(?:${deed}))\\s+(?:${copula})`;
    // "the self-styled "Cyber Fist"": the bearers' own name.
    const selfNamed = alternation(NAME_WORDS.selfNamingModifiers);
    // A hashtag's "#" opens a name the crew posts under ("calling themselves #Team_Lynx").
    return new RegExp(
      `\\b(?:${describedGroup}|${groupNamed}|${namedAfterColon}|${filedUnder}|${responsibleIs}|(?:also|widely|publicly|sometimes|better)\\s+known${NAME_USER}\\s+as|calling\\s+(?:itself|themselves)|${selfNamed})\\s+(?:the\\s+)?["\\u201c]?#?(${GROUP_LIST_NAME})`,
      "gu",
    );
  });

/**
 * The last word of a body's or a firm's name that names a group: a body's head as names write it
 * ("Directorate", "Command") or a company's word ("Security", "Labs", "Networks").
 */
const BODY_NAMER_HEAD = alternation([...[...INSTITUTION_HEAD].map(titleCase), ...COMPANY_NAME_WORD]);

/** "known to researchers as", "tracked by two vendors as": who uses the name, between participle and "as". */
const NAME_USER = String.raw`(?:\s+(?:to|by|among)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?`;

/** An adverb between a naming verb and its "as" ("tracked only as", "known internally as"). */
const NAMING_ADVERB = String.raw`(?:\s+\p{Ll}+ly)?`;

/**
 * The naming verbs' forms, with room for an adverb and the name's user in those that end in "as"
 * ("known to analysts as", "tracks only as").
 */
function namingForms(naming: VerbForms): string {
  const spaced = (form: string) => form.replace(/ /g, String.raw`\s+`);
  return [...naming.forms]
    .sort((a, b) => b.length - a.length)
    .map((form) =>
      / as$/.test(form) ? `${spaced(form.slice(0, -3))}${NAMING_ADVERB}${NAME_USER}\\s+as` : spaced(form),
    )
    .join("|");
}

/**
 * One word of a threat group's name, hacktivists' handles included: "Slate", "APT27", "Storm-0558",
 * "Sn0wFall_Legion", "Lapsus$".
 */
const GROUP_NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d_]*(?:-[\p{L}\d_]+)*\$?`;
/** A name in a list of threat groups: "APT27", "Slate Heron", "the House of Wolves". */
const GROUP_LIST_NAME = String.raw`${GROUP_NAME_WORD}(?:\s+(?:of\s+|the\s+)?${GROUP_NAME_WORD}){0,4}`;
/**
 * More names after the first in a list a naming phrase introduces ("groups known as APT27, Slate
 * Heron and Dust Owl"): comma-separated names closed by "and"/"or" and then by punctuation or the
 * sentence's end, so "known as Slate Heron, and Microsoft said" lists nothing.
 */
const MORE_GROUP_NAMES = new RegExp(
  String.raw`^((?:,\s+(?:the\s+)?["\u201c]?${GROUP_LIST_NAME}["\u201d]?)*,?\s+(?:and|or)\s+(?:the\s+)?["\u201c]?${GROUP_LIST_NAME}["\u201d]?)(?=\s*[,.;:)]|\s*$)`,
  "u",
);
const GROUP_LIST_ITEM = new RegExp(String.raw`${GROUP_LIST_NAME}`, "gu");

/** A naming verb: "calls", "dubbed", "tracked as". */
const namingCue = (words: Words) =>
  patternFor(words, "mentions.naming-cue", ({ verbs }) => new RegExp(verbs.naming.any));

/** A word every match of NAMED_GROUP holds: a naming verb's first word ("known to researchers as" holds no "known as"). */
const namedGroupCue = (words: Words) =>
  patternFor(
    words,
    "mentions.named-group-cue",
    ({ verbs }) =>
      new RegExp(
        `${verbs.naming.any.replace(/\\s\+as/g, "")}|${verbs.handle.any}|${alternation(NAME_WORDS.selfNamingModifiers)}|under\\s+the\\s+(?:name|moniker|label)|\\b(?:responsible|behind)\\s`,
      ),
  );

/** A sentence's first word written in lower case ("Hackers who go by X"): the patterns' nouns are lower case. */
const lowerOpening = (text: string) =>
  text.replace(
    /^(\P{L}*)(\p{Lu})(?=\p{Ll})/u,
    (_, lead: string, initial: string) => lead + initial.toLowerCase(),
  );

/** A threat group's name one of the naming readings found, with its offsets in the text. */
interface GroupNameSpan {
  start: number;
  end: number;
  name: string;
}

const selfNamingOpening = (words: Words) =>
  patternFor(
    words,
    "mentions.self-naming-opening",
    () => new RegExp(`^(?:${alternation(NAME_WORDS.selfNamingModifiers)})\\s`),
  );
/** A deed or a doer of an attack, which makes a self-chosen name a threat crew's. */
const threatDeed = (words: Words) =>
  patternFor(
    words,
    "mentions.threat-deed",
    ({ verbs, nouns }) =>
      new RegExp(
        `\\b(?:${verbs.attack.any}|${verbs.hit.any}|${verbs.steal.any}|${nouns.attack.any}|${nouns.attacker.any}|${nouns.group.any})\\b`,
        "i",
      ),
  );
/**
 * A cyber attack, its tool or its doers named in a sentence ("the breach", "its leak site", "encrypted
 * the servers"), not any deed ("stole two trucks"): a gang there is a threat crew.
 */
const cyberDeed = (words: Words) =>
  patternFor(
    words,
    "mentions.cyber-deed",
    ({ nouns, verbs }) => new RegExp(`\\b(?:${nouns.cyberDeed.any}|${verbs.cyberImpact.any})\\b`, "i"),
  );

/** The names the naming phrases of a sentence introduce (`namedGroupPattern`), with the lists after them. */
function namedGroupsIn(sentence: Sentence, words: Words): GroupNameSpan[] {
  const found: GroupNameSpan[] = [];
  // The name follows its cue, so it never is the sentence's first word.
  for (const m of lowerOpening(sentence.text).matchAll(namedGroupPattern(words))) {
    // "the self-styled Iron Lady": a name its bearers chose is a crew's only beside a deed of one.
    if (selfNamingOpening(words).test(m[0]) && !threatDeed(words).test(sentence.text)) continue;
    const name = groupNameBeforeDate(m[1]!);
    const end = sentence.start + m.index + m[0].length;
    const start = end - m[1]!.length;
    if (name) found.push({ start, end: start + name.length, name });
    const more = MORE_GROUP_NAMES.exec(sentence.text.slice(m.index + m[0].length));
    if (!more) continue;
    for (const item of more[1]!.matchAll(GROUP_LIST_ITEM))
      found.push({ start: end + item.index, end: end + item.index + item[0].length, name: item[0] });
  }
  return found;
}

function findNamedGroups(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const g of namedGroupsIn(sentence, state.lexicon.words))
    noteLocalGroup(state, slots, g.start, g.end, g.name);
}

/**
 * "Reef Viper, which Quellor tracks as UNC1234", "Reef Viper, a crew also known as Dust Owl",
 * "Reef Viper (also known as Dust Owl)", "Reef Viper, which is tracked as A and which Norr calls B":
 * a name the phrase after it gives another name is a threat group's, and the names are one group's.
 */
const aliasParts = ({ verbs, nouns }: Words) => {
  const naming = String.raw`${namingForms(verbs.naming)}|${verbs.handle.any}|(?:${verbs.naming.present}|${verbs.naming.past})\s+(?:itself|themselves)`;
  // Up to six words of namer, auxiliary and adverb, none opening another clause.
  const filler = String.raw`(?<filler>(?:(?!(?:that|which|who|whom|and|but|or)\s)[\p{L}\d'’-]+\s+){0,6}?)`;
  return {
    apposed: String.raw`(?<apposed>(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.namedTeam.any})\s+)`,
    named: String.raw`${filler}(?<verb>${naming})\s+(?:the\s+)?["\u201c]?#?(?<name>${GROUP_LIST_NAME})`,
  };
};
const aliasedGroupPattern = (words: Words) =>
  patternFor(words, "mentions.aliased-group", (w) => {
    const { apposed, named } = aliasParts(w);
    return new RegExp(
      String.raw`(?:,\s+|\s*\(\s*)(?:${apposed})?(?:(?<relative>which|who|that)\s+)?${named}`,
      "gu",
    );
  });
/** "... and others call B", "and which Norr calls C": one more name the phrase goes on to give. */
const moreAliasPattern = (words: Words) =>
  patternFor(
    words,
    "mentions.more-alias",
    (w) =>
      new RegExp(
        String.raw`^["\u201d]?,?\s+(?:and|or)\s+(?:(?<relative>which|who)\s+)?${aliasParts(w).named}`,
        "u",
      ),
  );

/** The naming verbs said only of threat groups ("tracked as", "calls itself"), not of any body ("known as"). */
const THREAT_NAMING_VERB = /^(?:track|\S+\s+(?:itself|themselves)$)/;

/** Words between a relative pronoun and its naming verb that name no namer: auxiliaries and adverbs. */
const NAMERLESS_FILLER =
  /^(?:(?:is|are|was|were|has|have|had|been|being|also|now|first|later|still|\p{Ll}+ly)\s+)*$/u;
/** A copula in the filler: a passive whose subject is the group ("which is tracked as"). */
const PASSIVE_FILLER = /\b(?:is|are|was|were|been|being)\s/;

/**
 * Whether the phrase names the name before it: a participle ("also known as", "a crew tracked as"),
 * a passive ("which is known as"), a verb of the group's own ("who go by", "which calls itself") or a
 * relative clause with a namer of its own ("which Quellor tracks as"). "Quellor, which calls
 * Storm-1234 a Chilean crew": no namer, so Quellor names, and is not named.
 */
function namesItsAntecedent(groups: Record<string, string | undefined>, words: Words): boolean {
  const { relative, apposed, filler = "", verb = "" } = groups;
  const namerless = NAMERLESS_FILLER.test(filler);
  if (!relative) return namerless || apposed !== undefined;
  if (!namerless || PASSIVE_FILLER.test(filler)) return true;
  return /\b(?:itself|themselves)$/.test(verb) || handleVerb(words).test(verb);
}

const handleVerb = (words: Words) =>
  patternFor(words, "mentions.handle-verb", ({ verbs }) => new RegExp(`^(?:${verbs.handle.any})$`));

/** The name a text ends on: up to four name words, less those that open or date a sentence ("On Monday Reef Viper"). */
const NAME_AT_END = new RegExp(
  String.raw`(?<![\p{L}\d_$-])${GROUP_NAME_WORD}(?:\s+${GROUP_NAME_WORD}){0,3}$`,
  "u",
);

function nameEndingText(text: string): string | undefined {
  const found = NAME_AT_END.exec(text);
  if (!found) return undefined;
  const nameWords = found[0].split(/\s+/);
  const first = nameWords.findIndex(
    (w) =>
      !LEADING_FUNCTION_WORDS.has(w.toLowerCase()) &&
      !CLAUSE_OPENER.test(w) &&
      !CALENDAR_WORD.test(w) &&
      !/^\d+$/.test(w),
  );
  return first < 0 ? undefined : nameWords.slice(first).join(" ");
}

function findAliasedGroups(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  incidents: readonly NamedIncidentMention[],
): void {
  const words = state.lexicon.words;
  const { text } = sentence;
  for (const m of text.matchAll(aliasedGroupPattern(words))) {
    if (!namesItsAntecedent(m.groups ?? {}, words)) continue;
    const naming = { threat: isThreatNaming(m.groups!, words), personal: isPersonalHandle(m.groups!, words) };
    const group = groupBeforeAlias(state, sentence, slots, incidents, sentence.start + m.index, naming);
    if (!group) continue;
    // Each name the phrase gives, with the names listed after it ("tracked as A, B and C").
    const names: Array<{ name: string; at: number }> = [];
    let from = m.index + m[0].length;
    for (let next: RegExpExecArray | null = m; next; next = moreAliasPattern(words).exec(text.slice(from))) {
      if (next !== m) {
        if (next.groups?.relative && !namesItsAntecedent(next.groups, words)) break;
        from += next.index + next[0].length;
      }
      names.push({ name: next.groups!.name!, at: from - next.groups!.name!.length });
      const list = MORE_GROUP_NAMES.exec(text.slice(from));
      if (!list) continue;
      for (const item of list[1]!.matchAll(GROUP_LIST_ITEM))
        names.push({ name: item[0], at: from + item.index });
      from += list[0].length;
    }
    for (const { name, at } of names) {
      const alias = groupNameBeforeDate(name);
      const start = sentence.start + at;
      if (!alias || slots.some((s) => s.start < start + alias.length && s.end > start)) continue;
      if (!state.localNames.has(alias)) state.localNames.set(alias, group);
      noteLocalGroup(state, slots, start, start + alias.length, alias);
    }
  }
}

/**
 * "the National Security Service, also known as the NSS": only a threat group's naming (a threat
 * noun, a tracking verb, a crew's own name for itself, a vendor's designation) makes a new name a group's.
 */
function isThreatNaming(groups: Record<string, string | undefined>, words: Words): boolean {
  return (
    // "Tarn Labs, a unit known as TL Research": a team or unit may be anyone's; a gang or hackers are a threat's.
    (groups.apposed !== undefined && threatApposition(words).test(groups.apposed)) ||
    THREAT_NAMING_VERB.test(groups.verb!) ||
    handleVerb(words).test(groups.verb!) ||
    new RegExp(`^${VENDOR_DESIGNATION.source}$`, "u").test(groups.name!)
  );
}

const threatApposition = (words: Words) =>
  patternFor(
    words,
    "mentions.threat-apposition",
    ({ nouns }) => new RegExp(String.raw`\b(?:${nouns.group.any}|${nouns.attacker.any})\s+$`),
  );

/** "Marta Kask, who goes by ...": a handle said of someone, with no threat noun apposed, is a person's. */
function isPersonalHandle(groups: Record<string, string | undefined>, words: Words): boolean {
  return groups.relative === "who" && groups.apposed === undefined && handleVerb(words).test(groups.verb!);
}

/** A two-word name of plain capitalised words, as a person's is ("Marta Kask"; not "Kr0n_Team"). */
const PLAIN_TWO_WORD_NAME = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;
/** Last words of a company's name that no threat group's ends in ("Orrin Ltd", "Tarn Labs"). */
const FIRM_HEAD = new Set<string>([...NAME_WORDS.companySuffixes, ...NAME_WORDS.researchFirmHeads]);

/**
 * The new name a text ends on that a threat group's naming phrase after it can give another name:
 * no operation's, person's, company's or institution's name, nor a lone ordinary word opening the
 * sentence. After a person's handle verb (`personal`) a plain two-word name is taken for a person's.
 */
function aliasAntecedentName(lexicon: Lexicon, before: string, personal: boolean): string | undefined {
  const name = nameEndingText(before);
  if (!name || /^Operation\b/.test(name) || readsAsPersonName(lexicon, name)) return undefined;
  if (personal && PLAIN_TWO_WORD_NAME.test(name)) return undefined;
  const head = name.split(/\s+/).at(-1)!;
  // "the Cyber Defence Centre, which analysts track as": an institution's head word names a body.
  if (INSTITUTION_HEAD.has(head.toLowerCase()) || FIRM_HEAD.has(head)) return undefined;
  // "Officials, who call it": a lone ordinary word opening the sentence is no name.
  if (!/\s/.test(name) && isOrdinaryWord(name) && /^\W*$/.test(before.slice(0, -name.length)))
    return undefined;
  return name;
}

/** The new names before a threat group's naming phrase in a sentence ("Reef Viper, which Norr tracks as"). */
function aliasedGroupsIn(sentence: Sentence, lexicon: Lexicon): string[] {
  const { words } = lexicon;
  const found: string[] = [];
  for (const m of sentence.text.matchAll(aliasedGroupPattern(words))) {
    if (!namesItsAntecedent(m.groups ?? {}, words) || !isThreatNaming(m.groups!, words)) continue;
    const name = aliasAntecedentName(
      lexicon,
      sentence.text.slice(0, m.index),
      isPersonalHandle(m.groups!, words),
    );
    if (name) found.push(name);
  }
  return found;
}

/**
 * The key of the threat group a naming phrase at `at` gives another name: a known group named right
 * before it, or a new name no actor, incident or person holds ("Reef Viper", not "Quellor Labs",
 * "NotPetya", "Ana Quispe"), which becomes a group of this article.
 */
function groupBeforeAlias(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  incidents: readonly NamedIncidentMention[],
  at: number,
  naming: { threat: boolean; personal: boolean },
): string | undefined {
  const slot = slots.find((s) => s.end === at);
  if (slot) return entityType(state, slot.key) === "group" ? slot.key : undefined;
  if (!naming.threat) return undefined;
  const name = aliasAntecedentName(state.lexicon, state.text.slice(sentence.start, at), naming.personal);
  if (!name) return undefined;
  const start = at - name.length;
  if ([...incidents, ...slots].some((s) => s.start < at && s.end > start)) return undefined;
  noteLocalGroup(state, slots, start, at, name);
  return state.localNames.get(name);
}

/** "the hacking group Reef Viper Tuesday": a group's name stops at a date word or a clause's opener. */
function groupNameBeforeDate(name: string): string | undefined {
  const nameWords = name.split(/\s+/);
  const cut = nameWords.findIndex(
    (w) => CALENDAR_WORD.test(w) || CLAUSE_OPENER.test(w) || NOT_A_VICTIM_NAME.has(w.toLowerCase()),
  );
  if (cut === 0) return undefined;
  return cut > 0 ? nameWords.slice(0, cut).join(" ") : name;
}

/** Notes a threat group this article names and no gazetteer holds, unless a known actor covers the name. */
function noteLocalGroup(state: DocumentState, slots: Slot[], start: number, end: number, name: string): void {
  if (slots.some((s) => s.start < end && s.end > start)) return; // a known actor
  const key = state.localNames.get(name) ?? nodeKey("group", slugify(name));
  noteEntity(state, key, { type: "group", label: name }, { start, end }, name);
  state.localNames.set(name, key);
  slots.push({ start, end, key, kind: "actor", source: "name", possessive: false });
}

/**
 * Security vendors' and CERTs' designations of threat groups, which name a group wherever they
 * stand: "APT30", "UNC2452", "TA505", "FIN7", "DEV-0537", "Storm-0558", "TAG-22", "UAC-0056".
 */
const VENDOR_DESIGNATION =
  /(?<![\p{L}\d-])((?:APT|UNC|TA|FIN)\d{1,4}|(?:DEV|Storm|TAG|UAC|APT-C)-\d{1,4})(?![\p{L}\d-])/gu;
/** What every vendor designation holds: one cheap test before its scan. */
const VENDOR_DESIGNATION_CUE = /(?:APT|UNC|TA|FIN|DEV-|Storm-|TAG-|UAC-|APT-C-)\d/;

function findVendorDesignations(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of sentence.text.matchAll(VENDOR_DESIGNATION)) {
    const start = sentence.start + m.index;
    noteLocalGroup(state, slots, start, start + m[1]!.length, m[1]!);
  }
}

/** A threat group's name as news write it: "Reef Viper", "Storm-0558", "Dust_Owl Team". */
const GROUP_NAME = String.raw`${GROUP_NAME_WORD}(?:\s+${GROUP_NAME_WORD}){0,3}`;
const THREAT_MODIFIER = new Set<string>(NAME_WORDS.threatGroupModifiers);

/**
 * A threat group the gazetteer lacks, named beside a noun phrase headed by a group noun:
 * before it ("the hacking group Reef Viper", "another group, the Dust_Owl Team") or in
 * apposition after it ("Reef Viper, a ransomware crew", "Reef Viper, a group that analysts have
 * tracked since 2020"). The noun phrase must say the group is a threat group (a modifier such as
 * "hacking" or "ransomware", or a relative clause of tracking or blame), else it is any group
 * ("Corlan Watch, a rights group").
 */
const describedGroupPatterns = (words: Words) =>
  patternFor(words, "mentions.described-group", ({ nouns }) => {
    const modifiers = String.raw`((?:[\p{L}\d'’-]+\s+){0,3}?)`;
    return new RegExp(
      String.raw`\b(?:(?:[Tt]he|[Aa]n?|[Aa]nother)\s+)?${modifiers}(${nouns.group.any})(,\s+(?:the\s+)?|\s+)(${GROUP_NAME})` +
        String.raw`|(?<![\p{Lu}\d][\p{L}\d_-]*\s)(?<![\p{L}\d_-])(${GROUP_NAME}),\s+(?:a|an|the)\s+${modifiers}(${nouns.group.any}|${nouns.threatOperation.any})\b`,
      "gu",
    );
  });
/** A relative clause after the group noun that tracks or blames the group ("that analysts have tracked"). */
const threatRelative = (words: Words) =>
  patternFor(
    words,
    "mentions.threat-relative",
    ({ verbs }) =>
      new RegExp(
        // "Reef Viper, a group officials say works for the Lisk intelligence service": serving a sponsor.
        String.raw`^\s+(?:(?:that|which|whom)\s+)?(?:[\p{L}'’-]+\s+){0,6}?(?:${verbs.observe.past}|${verbs.attribute.past}|${verbs.blame.past}|${verbs.naming.past}|${verbs.serve.any}|(?:${verbs.proxy.any})\s+on\s+behalf\s+of)\b`,
        "u",
      ),
  );

/** A group noun anywhere in the sentence: one cheap test before the described-group patterns. */
const groupNounCue = (words: Words) =>
  patternFor(
    words,
    "mentions.group-noun-cue",
    // "X, a ransomware operation": an operation in apposition names the crew that runs it.
    ({ nouns }) => new RegExp(String.raw`\b(?:${nouns.group.any}|${nouns.threatOperation.any})\b`),
  );

function isThreatDescription(modifiers: string, after: string, words: Words): boolean {
  if (modifiers.split(/\s+/).some((w) => THREAT_MODIFIER.has(w.toLowerCase()))) return true;
  return threatRelative(words).test(after);
}

/** A punctuation mark or a clause-opening word (PHRASE_BREAKS): where a clause ends. */
const CLAUSE_END = new RegExp(String.raw`[,.;:()"“”!?]|\s(?:${PHRASE_BREAKS.join("|")})\b`, "u");

/** The rest of the clause a text continues: up to its first punctuation mark or clause-opening word. */
function clauseRest(text: string): string {
  const end = CLAUSE_END.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** The names a sentence gives beside a threat group's noun phrase (`describedGroupPatterns`). */
function describedGroupsIn(sentence: Sentence, words: Words): GroupNameSpan[] {
  const found: GroupNameSpan[] = [];
  for (const m of sentence.text.matchAll(describedGroupPatterns(words))) {
    const before = m[4] !== undefined;
    const name = (before ? m[4] : m[5])!;
    const modifiers = (before ? m[1] : m[6])!;
    const after = sentence.text.slice(m.index + m[0].length);
    // "another group, the Dust_Owl Team": a name that ends in a group word needs no modifier.
    const namedLikeGroup = before && m[3]!.includes(",") && /(?:Group|Team|Gang|Crew|Collective)$/.test(name);
    // An operation is a crew only with a threat word before it, and "Operation X" is an incident's name.
    const operation = m[7] !== undefined && !new RegExp(`^(?:${words.nouns.group.any})$`).test(m[7]);
    if (operation && (/^Operation\b/.test(name) || !isThreatDescription(modifiers, "", words))) continue;
    if (!namedLikeGroup && !isThreatDescription(modifiers, before ? "" : after, words)) continue;
    const trimmed = groupNameBeforeDate(name);
    if (!trimmed || ROLE_WORD.test(trimmed.split(/\s+/).pop()!)) continue;
    // "a threat actor Microsoft tracks as Storm-0558": the name is the namer, not the group.
    if (before && namingCue(words).test(clauseRest(after))) continue;
    const start = sentence.start + (before ? m.index + m[0].length - m[4]!.length : m.index);
    found.push({ start, end: start + trimmed.length, name: trimmed });
  }
  return found;
}

function findDescribedGroups(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const g of describedGroupsIn(sentence, state.lexicon.words))
    noteLocalGroup(state, slots, g.start, g.end, g.name);
}

/**
 * "the intrusion was carried out by Grey Ceiba", "the theft has been traced to Indigo Chollima", 'was
 * the work of the so-called "Free Signal Collective"': a name the gazetteer lacks, standing alone as
 * the agent of an attack's deed (no noun after it: "carried out by Russian hackers" names no group),
 * is a threat group's, when the sentence names the attack before it ("the survey was conducted by
 * Afrobarometer" names no deed of a group). Known actors keep their type: `findGroupsIntroducedLater`
 * takes the name only where no actor's mention stands.
 */
const agentGroupPattern = (words: Words) =>
  patternFor(
    words,
    "mentions.agent-group",
    ({ verbs }) =>
      new RegExp(
        String.raw`\b((?:${verbs.perpetrate.participle})\s+by|the\s+work\s+of|traced\s+(?:back\s+)?to|blamed\s+on)\s+(?:the\s+so-called\s+)?["\u201c]?(${GROUP_NAME})["\u201d]?(?=\s*[,.;:)]|\s*$|\s+(?:${alternation(AGENT_NAME_FOLLOWERS)})\b)`,
        "gu",
      ),
  );
/**
 * An attack or its tool named before the agent's phrase ("the intrusion", "the ransomware"), not as
 * the object of another noun's preposition: "the analysis of the attack was conducted by X", "the
 * response to the breach was led by X" tell who studied or answered it.
 */
const attackNamed = (words: Words) =>
  patternFor(
    words,
    "mentions.attack-named",
    ({ nouns }) =>
      new RegExp(
        String.raw`(?<!\b(?:of|to|after|into|on|for|from)\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?)\b(?:${nouns.attack.any}|${nouns.incident.any}|${nouns.hostileAct.any})\b`,
        "iu",
      ),
  );

/** What an apposition says a threat group is: a group, its hackers, an operation ("a contractor" is anyone's). */
const groupAppositionHead = (words: Words) =>
  patternFor(
    words,
    "mentions.group-apposition-head",
    ({ nouns }) =>
      new RegExp(
        String.raw`\b(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.threatOperation.any})\b`,
        "i",
      ),
  );
/** A handle's shape: a digit, an underscore, a dollar sign or a capital inside a word ("KhaosZ_Brigade"). */
const HANDLE_SHAPE = /[\d_$]|\p{Ll}\p{Lu}/u;

/**
 * The group an agent's phrase (`agentGroupPattern`) names, or undefined when its name is not a
 * group's: no attack named before it, a person's name, a body's or firm's head, a posting service.
 */
function agentGroupName(text: string, m: RegExpMatchArray, lexicon: Lexicon): string | undefined {
  const { words } = lexicon;
  const name = groupNameBeforeDate(m[2]!);
  if (!name || !attackNamed(words).test(text.slice(0, m.index))) return undefined;
  const parts = name.split(/\s+/);
  const head = parts.at(-1)!;
  // "by Ivan Petrov" (a given name, then no ordinary word), "by Acme Ltd": a person or a body.
  if (
    readsAsPersonName(lexicon, name, true) ||
    INSTITUTION_HEAD.has(head.toLowerCase()) ||
    FIRM_HEAD.has(head)
  )
    return undefined;
  const after = text.slice(m.index! + m[0].length);
  // "by Kovalenko, who was arrested": a person's relative clause.
  if (POSTING_SERVICES.includes(name) || /^\s*,?\s*who\b/i.test(after)) return undefined;
  // "Hetzner, a German hosting firm", "Otieno, a former contractor": an apposition naming no group says what it is.
  const apposition = /^\s*,\s+(?:a|an|the)\s+([^,.;:]{1,60})/i.exec(after)?.[1];
  const describedAsGroup = apposition !== undefined && groupAppositionHead(words).test(apposition);
  if (apposition !== undefined && !describedAsGroup) return undefined;
  // "traced to Telegram", "blamed on Snowden": where a trail led, or whom someone named; there only a
  // name shaped like a crew's (two words or a handle) is taken.
  const loose = /^(?:traced|blamed)\b/i.test(m[1]!);
  if (loose && parts.length < 2 && !HANDLE_SHAPE.test(name)) return undefined;
  // "traced to St Petersburg in Russia", "to Amazon Web Services, where they rented servers", "traced
  // back to St Petersburg.": a trail leads to a place as readily as to a crew; only a handle's
  // shape, or an apposition saying it is a group, makes the name a group's there.
  if (loose && /^["”]?\s*(?:,\s*where|in)\b/i.test(after)) return undefined;
  if (/^traced\b/i.test(m[1]!) && !HANDLE_SHAPE.test(name) && !describedAsGroup) return undefined;
  return name;
}

/**
 * The names an article introduces as threat groups anywhere in it, read before its sentences are,
 * so that a sentence naming a group before the article introduces it ("X is a front for Reef
 * Viper", a headline's "minister names "Reef Viper"") knows it: the naming phrases, the names they
 * give another name (not those other names, which the introduction makes one group's) and described
 * groups, each read only where its cue stands. Vendor designations need no pre-read: they name a
 * group wherever they stand.
 */
export function introducedGroupNames(sentences: readonly Sentence[], lexicon: Lexicon): ReadonlySet<string> {
  const { words } = lexicon;
  const names = new Set<string>();
  for (const sentence of sentences) {
    const line = onOneLine(sentence);
    if (namedGroupCue(words).test(line.text)) {
      for (const name of aliasedGroupsIn(line, lexicon)) names.add(name);
      for (const g of namedGroupsIn(line, words)) names.add(g.name);
    }
    if (groupNounCue(words).test(line.text))
      for (const g of describedGroupsIn(line, words)) names.add(g.name);
    for (const m of line.text.matchAll(agentGroupPattern(words))) {
      const name = agentGroupName(line.text, m, lexicon);
      if (name) names.add(name);
    }
  }
  return names;
}

/** A group the article introduces only later (`introducedGroupNames`), named in this sentence before that. */
/** A capitalised word joined to a name by one space: the name is part of a longer one. */
const INSIDE_LONGER_NAME_BEFORE = /(?:^|[^.!?:;\n]\s)\p{Lu}[\p{L}\d&-]*[ \u00a0]$/u;
const INSIDE_LONGER_NAME_AFTER = /^[ \u00a0]\p{Lu}/u;

function findGroupsIntroducedLater(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  incidents: readonly NamedIncidentMention[],
): void {
  for (const name of state.groupNames) {
    // Once noted, the name is one of the article's own and found again by `addLocalNames`.
    if (state.localNames.has(name)) continue;
    for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + name.length)) {
      const start = sentence.start + at;
      const end = start + name.length;
      if (/[\w$-]/.test(state.text[start - 1] ?? "") || /[\w$-]/.test(state.text[end] ?? "")) continue;
      // "Grey Heron Ltd" before "Heron, a hacking group": inside a longer name it is that name's word.
      if (INSIDE_LONGER_NAME_BEFORE.test(state.text.slice(start - 40, start))) continue;
      if (INSIDE_LONGER_NAME_AFTER.test(state.text.slice(end, end + 40))) continue;
      if ([...incidents, ...slots].some((i) => i.start < end && i.end > start)) continue;
      noteLocalGroup(state, slots, start, end, name);
    }
  }
}

/**
 * "the Qoraqum ransomware gang", "affiliates of the Vargr ransomware operation": a name before the
 * threat modifiers of a group noun (or of "operation") names that group; a criminal group's noun
 * needs no modifier ("the Vargr gang", group `bare`) where the sentence names an attack or its tool.
 * No indefinite article or possessive before it ("a DDoS hacking group", "Chile's APT hacking
 * unit"): there it only qualifies.
 */
const groupBeforeNounPattern = (words: Words) =>
  patternFor(words, "mentions.group-before-noun", ({ nouns }) => {
    const modifier = `(?:${alternation(THREAT_MODIFIER)})\\s+`;
    return new RegExp(
      String.raw`(?<![\p{L}\d_$-])(?<name>${GROUP_NAME})\s+(?:(?:${modifier}){1,2}(?:${nouns.group.any}|${nouns.threatOperation.any})|(?<bare>${nouns.criminalGroup.any}))\b`,
      "gu",
    );
  });
/** What stands before a name that only qualifies the noun after it ("a", "an", a possessive). */
const QUALIFIER_BEFORE = /(?:\b(?:[Aa]n?)|['’]s)\s+$/;

/** Region adjectives of the lexicon, one word each ("eastern european" -> "eastern", "european"). */
const REGION_WORD = new Set<string>(Object.keys(REGION_ADJECTIVES).flatMap((r) => r.split(" ")));

/** A word that places a group rather than names it: "Baltic", "Western", "European", "Province". */
function isWhereWord(word: string): boolean {
  return REGION_WORD.has(word.toLowerCase()) || PLACE_OPENER.has(word) || PLACE_NAME_END.has(word);
}

function findGroupsBeforeTheirNoun(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  incidents: readonly NamedIncidentMention[],
): void {
  for (const m of sentence.text.matchAll(groupBeforeNounPattern(state.lexicon.words))) {
    // "the Wagner gang was not involved": a gang in a sentence naming no attack is no threat crew.
    if (m.groups!.bare && !cyberDeed(state.lexicon.words).test(sentence.text)) continue;
    const written = m.groups!.name!;
    const name = nameEndingText(written);
    if (!name) continue;
    const start = sentence.start + m.index + written.length - name.length;
    const end = start + name.length;
    const before = state.text.slice(sentence.start, start);
    const nameWords = name.split(/\s+/);
    // "Kremlin-backed", "Russian-speaking": a compound qualifies; "APT", "DDoS": a modifier capitalised.
    if (nameWords.some((w) => /-\p{Ll}+$/u.test(w) || THREAT_MODIFIER.has(w.toLowerCase()))) continue;
    if (QUALIFIER_BEFORE.test(before) || ROLE_WORD.test(nameWords.at(-1)!)) continue;
    // "Western hacking groups", "the Baltic Sea ransomware gang": a plural noun names no one group,
    // and a region's adjective, a compass word or a place's end word says where a group is, not which.
    if (/s$/.test(m[0]) || nameWords.some(isWhereWord)) continue;
    // "Criminal ransomware gangs": a lone ordinary word opening the sentence is no name.
    if (nameWords.length === 1 && isOrdinaryWord(name) && /^\W*$/.test(before)) continue;
    if (incidents.some((i) => i.start < end && i.end > start)) continue;
    noteLocalGroup(state, slots, start, end, name);
  }
}

/**
 * A company's legal form written in initials after its name ("Orr Mining S.A.", "Tarn Coin K.K.",
 * "Lisk Telecom Q.P.S.C.", "Nordhavn Cargo I/S"): part of the name, though its dots or slash stop the
 * name's word pattern (whose last word must not be the form's first initial).
 */
const LEGAL_FORM_TAIL = String.raw`(?:\s+\p{Lu}(?:(?:\.\p{L}){1,4}\.|/\p{Lu}\b))?`;
/** A name ending in a legal form's initials ("Tarn Coin K.K.", "Nordhavn Cargo I/S"). */
const LEGAL_FORM_END = /\s\p{Lu}(?:(?:\.\p{L}){1,4}\.|\/\p{Lu})$/u;

/** What a company is called before its name ("logistics firm", "shipping group"). */
const ORGANIZATION_DESCRIPTOR = alternation(NAME_WORDS.organizationDescriptors);

/**
 * A company or body the gazetteer lacks, introduced by what it is: "the television network
 * TV5Monde", "the state oil company Petrona", "the cybersecurity firm Fortlane". The description
 * opens a noun phrase: after a determiner, or with none (as headlines and wires write it) at the
 * sentence's start, after a preposition, "including" or a hit-verb, or after a "-based" place
 * ("analysts at Tarnow security firm Andesgate", "Cybersecurity company Fortlane said", "Lima-based
 * vendor Orrin", "the attack hit logistics firm Velmora").
 */
const describedOrganization = (words: Words) =>
  patternFor(
    words,
    "mentions.described-organization",
    ({ verbs }) =>
      new RegExp(
        String.raw`(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+|^|(?<=\b(?:${alternation(NAME_WORDS.descriptionLeads)}|${verbs.hit.past})\s+)|(?<=\p{L}-based\s+))(?:[\p{L}\d-]+\s+){0,3}?(?:${ORGANIZATION_DESCRIPTOR})\s+((?:[\p{Lu}]|\p{Ll}\p{Lu})[\p{L}\d&-]*(?:\s+[\p{Lu}][\p{L}\d&-]*(?![./]\p{L})){0,3}${LEGAL_FORM_TAIL})`,
        "gu",
      ),
  );

/** A job noun ending a description: the name after it may be a person's ("contractor Ana Quispe"). */
const PERSON_JOB_END = new RegExp(`\\b(?:${alternation(NAME_WORDS.personJobDescriptors)})\\s*$`);

/** compromise's tags for one capitalised word, read alone ("Silva": LastName), remembered by the lexicon. */
function nameWordTag(lexicon: Lexicon, word: string): NameWordTag {
  let tag = lexicon.nameWordTags.get(word);
  if (tag === undefined) {
    const term = nlp(word);
    tag = { given: term.has("#FirstName"), surname: term.has("#LastName") };
    lexicon.nameWordTags.set(word, tag);
  }
  return tag;
}

/**
 * A capitalised run that is a person's name: a given name first and a known surname last ("Maria
 * da Silva", "Jorge Soto"); after a job noun, which already tells a person, any second word will
 * do ("contractor Ana Vell"). Not "Leonardo da Vinci Airport", not "Harlan Rail".
 */
function readsAsPersonName(lexicon: Lexicon, name: string, jobBefore = false): boolean {
  const words = name.split(/\s+/);
  const [first = ""] = words;
  const last = (words.at(-1) ?? "").replace(/['’]s$/, "");
  if (words.length < 2 || !nameWordTag(lexicon, first).given) return false;
  // "contractor Carmen Logistics", "carrier Rosa Air": an ordinary last word names a firm.
  return jobBefore ? !isOrdinaryWord(last) : nameWordTag(lexicon, last).surname;
}

/** compromise's lexicon tags a person's name word may carry ("Ana", "Quispe"). */
const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);

/** An ordinary English word of compromise's lexicon, not a name word: "Logistics", "Harbor"; not "Soto", "Vell". */
export function isOrdinaryWord(word: string): boolean {
  const { lexicon } = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one;
  const tag = lexicon[word.toLowerCase()];
  return tag !== undefined && !NAME_TAGS.has(tag);
}

/** A particle opening a surname, then its capitalised word: " dos Reis", " van Dorn". */
const SURNAME_PARTICLE_NEXT = new RegExp(
  String.raw`^\s+(?:${alternation(NAME_WORDS.nameParticles)})\s+\p{Lu}`,
  "u",
);

/** The nouns every match of describedOrganization holds. */
const DESCRIPTION_CUE = new RegExp(ORGANIZATION_DESCRIPTOR);

/** A company name's generic last word: "Ironbark Security" is "Ironbark" further on in the article. */
const COMPANY_NAME_TAIL = new RegExp(
  `^([\\p{Lu}][\\p{L}\\d&-]{3,}(?:\\s+[\\p{Lu}][\\p{L}\\d&-]*)*)\\s+(?:${NAME_WORDS.companyNameTails.join("|")})$`,
  "u",
);

function findDescribedOrganizations(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  if (!DESCRIPTION_CUE.test(sentence.text)) return;
  const described = describedOrganization(state.lexicon.words);
  described.lastIndex = 0;
  for (let m = described.exec(sentence.text); m; m = described.exec(sentence.text)) {
    // "security firm Veldmark Tuesday said": a date word ends the name.
    const words = m[1]!.split(/\s+/);
    const dated = words.findIndex((w) => CALENDAR_WORD.test(w));
    if (dated === 0) continue;
    const name = dated > 0 ? words.slice(0, dated).join(" ") : m[1]!;
    // "hacked developer Jorge Soto's laptop": a job noun before a person's name describes the person.
    if (
      PERSON_JOB_END.test(m[0].slice(0, m[0].length - m[1]!.length)) &&
      readsAsPersonName(state.lexicon, name, true)
    )
      continue;
    const end = sentence.start + m.index + m[0].length - (m[1]!.length - name.length);
    const start = end - name.length;
    if (slots.some((s) => s.start < end && s.end > start)) continue; // a known actor
    const key = nodeKey("organization", slugify(name));
    noteEntity(state, key, { type: "organization", label: name }, { start, end }, name);
    state.localNames.set(name, key);
    const short = COMPANY_NAME_TAIL.exec(name)?.[1];
    if (short && !state.localNames.has(short)) state.localNames.set(short, key);
    slots.push({ start, end, key, kind: "actor", source: "name", possessive: false });
  }
}

/**
 * A capitalised name as news copy writes a company's before its apposition: "Tarn Freight", "Orr &
 * Pike", "Bank of Lisk", and "Orr Gas and Heat": "and" joins a business noun only ("Lisk and
 * Orr, the grid company" is two names).
 */
const APPOSED_COMPANY_NAME = String.raw`((?:[\p{Lu}]|\p{Ll}\p{Lu})[\p{L}\d&-]*(?:\s+(?:&\s+|of\s+|and\s+(?=(?:${NAME_WORDS.businessNameNouns.join("|")})\b))?[\p{Lu}][\p{L}\d&-]*(?![./]\p{L})){0,3}${LEGAL_FORM_TAIL})`;

/** A company's noun phrase in apposition: "the state-owned logistics company", "one of Lisk's largest insurers". */
const COMPANY_NOUN_PHRASE = (() => {
  const nouns = `(?:${NAME_WORDS.companyNouns.join("|")}|companies)s?`;
  const modifiers = String.raw`(?:[\p{L}\d'’-]+\s+)`;
  // "the state-owned infrastructure manager": an owner's word makes any head noun a company's,
  // but no possessive between ("the state-owned broadcaster's editor" is a person).
  const owned = String.raw`${modifiers}{0,2}?(?:${NAME_WORDS.companyOwnership.join("|")})\s+(?:[\p{L}\d-]+\s+){0,3}?\p{Ll}[\p{L}-]+`;
  // "one of Lisk's largest insurers", "one of the region's biggest lenders".
  const oneOf = String.raw`one\s+of\s+(?:the\s+)?(?:[\p{L}-]+['’]s\s+)?`;
  return String.raw`(?:(?:the|a|an)\s+(?:${modifiers}{0,4}?${nouns}|${owned})|${oneOf}${modifiers}{0,4}?${nouns})`;
})();

/**
 * A name in apposition to a noun phrase headed by a company noun: "Tarn Freight, the state-owned
 * logistics company, said", "Orr Avionics, a Michigan defence contractor that builds". The noun
 * phrase must close (punctuation or a relative/participle word): "Still, the company said" is a
 * clause, not an apposition.
 */
const APPOSITIVE_COMPANY = new RegExp(
  `(?<!\\p{Lu}[\\p{L}\\d&-]*\\s)(?<![\\p{L}\\d&-])${APPOSED_COMPANY_NAME},\\s+${COMPANY_NOUN_PHRASE}(?=\\s*[,.;:)]|\\s*$|\\s+(?:that|which|whose|based|headquartered|owned|in|with|from|known|for|serving)\\b)`,
  "dgu",
);
const COMPANY_NOUN_CUE = new RegExp(
  `,\\s+(?:the|a|an|one of)\\s[^,]*(?:${[...NAME_WORDS.companyNouns, ...NAME_WORDS.companyOwnership].join("|")})`,
);

/** Words that open a sentence before a comma without being a name. */
const CLAUSE_OPENER =
  /^(?:On|In|At|For|By|From|And|But|After|Before|Since|During|Still|However|Meanwhile|Separately|Instead|Later|Earlier|Today|Yesterday|Last|Next|Now|Then|Yet|Also|Indeed)$/;

function findAppositiveCompanies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  if (!COMPANY_NOUN_CUE.test(sentence.text)) return;
  APPOSITIVE_COMPANY.lastIndex = 0;
  for (let m = APPOSITIVE_COMPANY.exec(sentence.text); m; m = APPOSITIVE_COMPANY.exec(sentence.text)) {
    const name = m[1]!;
    const words = name.split(/\s+/);
    if (words.some((w) => CALENDAR_WORD.test(w))) continue;
    // "On Monday, the firm", "Still, the company": a sentence's opening words, not a name.
    if (NOT_A_VICTIM_NAME.has(words[0]!.toLowerCase()) || CLAUSE_OPENER.test(words[0]!)) continue;
    const start = sentence.start + m.indices![1]![0];
    const end = start + name.length;
    // "Lisk and Power Partners, the grid company": a state or known actor before "and" stands on its own.
    const joined = /\s+and\s+/.exec(name);
    if (
      joined &&
      slots.some((s) => s.start === start && s.end === start + joined.index && isKnownOnItsOwn(state, s.key))
    )
      continue;
    // "Tarn Freight and Orr Pike, the two lenders": a plural head lists companies, it names none.
    if (/\sand\s/.test(name) && /s$/.test(m[0])) continue;
    // A state's name inside a company's ("Electric Networks of Lisk", "Lisk Gas and Heat") is part
    // of it; any other known actor overlapping the name is that actor, unless the apposition says it
    // is privately owned ("Lisk Heart Centre, a private hospital"): no state's body is.
    const inside = slots.filter((s) => s.start < end && s.end > start);
    const privately = PRIVATE_OWNERSHIP.test(m[0].slice(name.length));
    const privateBody = privately && inside.length === 1 && bodyReadHereOnly(state, inside[0]!, start, end);
    if (
      !privateBody &&
      inside.some((s) => s.start < start || s.end > end || !isStateOrItsCompany(state, s.key))
    )
      continue;
    for (const s of inside) dropShorterRead(state, slots, s);
    noteLocalOrganization(state, slots, start, end, name, privately);
  }
}

/** "private", "privately held": what no state's body is. */
const PRIVATE_OWNERSHIP = new RegExp(`\\b(?:${alternation(PRIVATE_OWNERSHIP_WORDS)})\\b`, "i");

/** A body this sentence alone read from exactly the name at start..end, which no gazetteer lists. */
function bodyReadHereOnly(state: DocumentState, slot: Slot, start: number, end: number): boolean {
  const read = state.entities.get(slot.key);
  return (
    slot.start === start &&
    slot.end === end &&
    read?.type === "agency" &&
    !state.lexicon.entities.has(slot.key) &&
    read.mentions.every((m) => m.start === slot.start)
  );
}

/**
 * Removes a slot a longer company's name covers, and the company it alone made: the shorter company
 * this sentence first read ("Lisk Gas" of "Lisk Gas and Heat") was never one. An agency reaches here
 * only as the state's body a private one's name was first read as (the caller's `privateBody`).
 */
function dropShorterRead(state: DocumentState, slots: Slot[], slot: Slot): void {
  slots.splice(slots.indexOf(slot), 1);
  const read = state.entities.get(slot.key);
  if (
    (read?.type === "organization" || read?.type === "agency") &&
    !state.lexicon.entities.has(slot.key) &&
    read.mentions.every((m) => m.start === slot.start)
  ) {
    state.entities.delete(slot.key);
    state.localNames.delete(read.label);
  }
}

/** A state or an actor of the gazetteer, which no company's name holds before its "and". */
function isKnownOnItsOwn(state: DocumentState, key: string): boolean {
  return entityType(state, key) === "state" || state.lexicon.entities.has(key);
}

/** A state, or a company named from a state ("Lisk Power"), which a longer company's name may hold. */
function isStateOrItsCompany(state: DocumentState, key: string): boolean {
  const type = entityType(state, key);
  return type === "state" || (type === "organization" && !state.lexicon.entities.has(key));
}

/**
 * Last words of a company's name (its legal form too), and of a facility's its operator is named by
 * ("Orr International Airport"), then the legal forms written in initials ("Tarn Coin K.K.").
 */
const COMPANY_NAME_END = [
  ...NAME_WORDS.companySuffixes,
  ...NAME_WORDS.legalFormWords,
  ...NAME_WORDS.operatedFacilityEnds,
  ...NAME_WORDS.researchFirmHeads,
  ...NAME_WORDS.researchFirmNameEnds,
].join("|");
const LEGAL_FORM_INITIALS = alternation(NAME_WORDS.legalFormInitials);
/** A company's name by its legal or trade suffix: "Khuzestan Steel Company", "Harbor Freight Lines Inc.". */
const SUFFIXED_COMPANY = new RegExp(
  // "and" inside one name: "Lisk Electricity and Water Corporation", "Orr Power and Light Company";
  // after a suffix it joins two names ("Orr Werke GmbH and Tarn Coal JSC").
  `(?<!\\p{Lu}[\\p{L}\\d&'’-]*\\s)((?:(?!(?:${COMPANY_NAME_END})\\s+and\\s)[\\p{Lu}][\\p{L}\\d&'’-]*\\s+(?:and\\s+(?=\\p{Lu}))?){1,5}(?:(?:${COMPANY_NAME_END})\\b|(?:${LEGAL_FORM_INITIALS})(?![\\p{L}\\d])))`,
  "gu",
);
const COMPANY_SUFFIX_CUE = new RegExp(`${COMPANY_NAME_END}|${LEGAL_FORM_INITIALS}`);
const RESEARCH_FIRM_NAME_END = new Set<string>(NAME_WORDS.researchFirmNameEnds);
/** A research firm's name by its last words ("Orr Labs", "Orr Threat Research"). */
const RESEARCH_FIRM_END = new RegExp(
  `\\s(?:${[...NAME_WORDS.researchFirmHeads, ...NAME_WORDS.researchFirmNameEnds].join("|")})$`,
);
const NAME_JOINER_BEFORE = new RegExp(String.raw`\s(?:${alternation(NAME_WORDS.nameJoiners)})\s+$`);
/** A possessive first word ("Lisk's Orr Airport"): the owner's, when a state's slot covers it. */
const POSSESSOR_FIRST = /^[\p{L}.-]+['’]s?\s+/u;

function findSuffixedCompanies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  if (!COMPANY_SUFFIX_CUE.test(sentence.text)) return;
  for (const m of sentence.text.matchAll(SUFFIXED_COMPANY)) {
    // "Amman-based Orr Labs": where a company is based opens its description, not its name.
    const written = m[1]!
      .replace(/^(?:The|A|An|In|At|On|For|By|From|And)\s+/, "")
      .replace(/^\S+-based\s+/u, "");
    const end = sentence.start + m.index + m[0].length;
    const possessor = POSSESSOR_FIRST.exec(written)?.[0];
    // "Lisk's Orr International Airport": a state named as possessor owns the name, it is not in it.
    const owned =
      possessor !== undefined &&
      slots.some((s) => s.start === end - written.length && entityType(state, s.key) === "state");
    const name = owned ? written.slice(possessor.length) : written;
    const start = end - name.length;
    if (name.split(/\s+/).length < 2 || CALENDAR_WORD.test(name.split(/\s+/)[0]!)) continue;
    // "The Threat Research unit": a firm's last words with no name before them.
    if (RESEARCH_FIRM_NAME_END.has(name)) continue;
    // "Leonardo da Vinci Airport": the name began before its joiner, and the victim reader takes it whole.
    if (NAME_JOINER_BEFORE.test(state.text.slice(Math.max(0, start - 5), start))) continue;
    const inside = slots.filter((s) => s.start < end && s.end > start);
    if (inside.some((s) => s.start < start || s.end > end || entityType(state, s.key) !== "state")) continue;
    for (const s of inside) slots.splice(slots.indexOf(s), 1);
    noteLocalOrganization(state, slots, start, end, name);
    // "Quillmark Labs ... Quillmark said": a research firm is named again without its last word.
    const firstWords = RESEARCH_FIRM_END.test(name) ? COMPANY_NAME_TAIL.exec(name)?.[1] : undefined;
    if (firstWords && !state.localNames.has(firstWords))
      state.localNames.set(firstWords, state.localNames.get(name)!);
    // "... Water Corporation (LEWC)": the short name in brackets finds the company again.
    const short = BRACKETED_ACRONYM.exec(state.text.slice(end, end + 16))?.[1];
    if (short && !state.localNames.has(short)) state.localNames.set(short, state.localNames.get(name)!);
  }
}

/** A hospital's name ("Lisk University Hospitals", "Hospital San Telmo"): gold and news treat public hospitals as the state's. */
const HOSPITAL_NAME = /\bHospitals?\b/;
/** A hospital's name that does not say it is private ("Lisk Private Hospital" is a company's). */
const publicHospitalName = (name: string) => HOSPITAL_NAME.test(name) && !PRIVATE_OWNERSHIP.test(name);
/** A public body's head opening a name in another language ("Superintendencia de Bancos"). */
const FOREIGN_PUBLIC_HEAD = new RegExp(`^(?:${alternation(NAME_WORDS.foreignPublicBodyHeads)})(?=\\s)`, "u");
/** A utility's word in a name ("Power", "Electricidad"): the body is a company. */
const UTILITY_NAME_WORD = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...NAME_WORDS.businessNameNouns, ...NAME_WORDS.foreignUtilityWords])})(?![\\p{L}])`,
  "u",
);
/** Social security's words in another language, which make any name a public body's ("Caja ... de Seguro Social"). */
const FOREIGN_PUBLIC_NAME_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.foreignPublicNameWords)})\\b`, "u");
/** A public body's name in another language, which no utility's word makes a company's. */
const foreignPublicBodyName = (name: string) =>
  (FOREIGN_PUBLIC_HEAD.test(name) || FOREIGN_PUBLIC_NAME_WORD.test(name)) && !UTILITY_NAME_WORD.test(name);
/** A name that makes a body its state's by itself: a public hospital's, a public body's in another language. */
const publicBodyByName = (name: string) => publicHospitalName(name) || foreignPublicBodyName(name);

/**
 * Notes an organization known only by the name this article gives it, and the slot of that name;
 * a hospital is a state's body unless the text or its name says it is private ("Lisk Private
 * Hospital"), and so is a body whose name in another language opens on a public body's head.
 */
export function noteLocalOrganization(
  state: DocumentState,
  slots: Slot[],
  start: number,
  end: number,
  label: string,
  privately = false,
): void {
  if (publicBodyByName(label) && !privately) {
    // A hospital is a public body of the state the article is about ("Lisk University Hospitals").
    const country = topicState(state);
    const key = state.localNames.get(label) ?? nodeKey("agency", slugify(label));
    noteEntity(state, key, { type: "agency", label, country }, { start, end }, label);
    state.localNames.set(label, key);
    slots.push(actorSlot(state.text, start, end, key));
    return;
  }
  const key = state.localNames.get(label) ?? nodeKey("organization", slugify(label));
  noteEntity(state, key, { type: "organization", label }, { start, end }, label);
  state.localNames.set(label, key);
  slots.push(actorSlot(state.text, start, end, key));
}

/**
 * What comes right before a victim: a hit-verb done ("hacked", "compromising") or a harm noun
 * ("an intrusion at"). Not the verb's base and -s forms, which are nouns too ("the target of DDoS attacks").
 */
const hitOrHarm = (hit: VerbForms, harm: NounForms) => `${hit.past}|${hit.gerund}|${harm.any}`;
/** A capitalised victim's name: "Tarn Freight", "Orr & Pike", "Bank of Lisk", "Puerto Autonomo de Lisk", "Nordhavn Cargo I/S". */
const VICTIM_NAME = String.raw`([\p{Lu}][\p{L}\d&.-]*(?:(?:\s+(?:&\s+|of\s+|(?:${alternation(NAME_WORDS.nameJoiners)})\s+)?|\s+d['’])[\p{Lu}][\p{L}\d&.-]*(?:\/\p{Lu}\b)?){0,4})`;
/** A hit-verb or a harm noun, then the victim: "hacked Tarn Freight", "an intrusion at the Lisk Treasury". */
const victimAfterAttack = (words: Words) =>
  patternFor(
    words,
    "mentions.victim-after-attack",
    ({ verbs, nouns }) =>
      new RegExp(
        String.raw`\b(?:${hitOrHarm(verbs.hit, nouns.harm)})\s+(?:on|against|at|of|into)?\s*(?:the\s+)?${VICTIM_NAME}`,
        "gu",
      ),
  );
/** Computer systems a body or company runs: "the ticketing website of X", "X's billing servers". */
const SYSTEM_NOUN = `(?:${NAME_WORDS.computerSystems.join("|")})`;
/** In a sentence about an attack, the owner of a computer system: "(The) claims systems of Tarn Freight". */
const SYSTEM_OF_OWNER = new RegExp(
  String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}${SYSTEM_NOUN}\s+(?:of|at)\s+(?:the\s+)?${VICTIM_NAME}`,
  "gu",
);
/** "Tarn Freight's billing servers": the possessor of a computer system (the scan starts at a name's first word). */
const SYSTEM_POSSESSOR = new RegExp(
  String.raw`(?:[Tt]he\s+)?${VICTIM_NAME}['’]s\s+(?:[\p{Ll}-]+\s+){0,2}${SYSTEM_NOUN}\b`,
  "gu",
);
/** What every match of the two holds: one cheap test before their scans. */
const SYSTEM_CUE = new RegExp(String.raw`\b${SYSTEM_NOUN}\b`);

/** A victim as the subject of a passive hit-verb: "Tarn Freight was breached". */
const victimBeforePassive = (words: Words) =>
  patternFor(
    words,
    "mentions.victim-before-passive",
    ({ verbs }) =>
      new RegExp(
        String.raw`(?<!\p{Lu}[\p{L}\d&.-]*\s+)(?:[Tt]he\s+)?${VICTIM_NAME}\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:${verbs.hit.participle})\b`,
        "gu",
      ),
  );
/** One cheap test before the victim patterns: a hit-verb or harm noun anywhere in the sentence. */
const victimCue = (words: Words) =>
  patternFor(
    words,
    "mentions.victim-cue",
    ({ verbs, nouns }) => new RegExp(String.raw`\b(?:${hitOrHarm(verbs.hit, nouns.harm)})`, "i"),
  );
const PUBLIC_BODY_WORD = new RegExp(`\\b(?:${NAME_WORDS.victimBodyEnds.join("|")})$`);
const NOT_A_VICTIM_NAME = new Set(
  "the a an this that these those it its their his her he she they we government monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

/** "What was hit?": a question's word as written, no name (the acronym "WHO" may be one). */
const ASKING_WORD = new Set(INTERROGATIVE_SUBJECTS.map(titleCase));

/** "the portal of Brisk City": a place, not a victim's name. */
const PLACE_NAME_END = new Set<string>(NAME_WORDS.placeNameEnds);

/** What every match of VICTIM_BEFORE_PASSIVE holds: a cheap test that spares its costly scan. */
const PASSIVE_CUE = /\s(?:was|were|been)\s/;

/** A name written up to `end` whose last words are "of" and a state's slot ("National University of Lisk"). */
function endsOfState(state: DocumentState, slots: Slot[], end: number, written: string): boolean {
  const last = slots.find((s) => s.end === end && entityType(state, s.key) === "state");
  return last !== undefined && /\sof\s+$/.test(written.slice(0, written.length - (last.end - last.start)));
}

/**
 * A victim the gazetteer lacks, named where an attack lands: "the hack of Sony Pictures", "an
 * intrusion at Harbor Freight Lines", "Saudi Aramco was hit". A name ending in a public body's word
 * ("Treasury", "Police") is an agency of its state; any other is a company (organization).
 */
function findNamedVictims(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  const words = state.lexicon.words;
  const patterns = [victimAfterAttack(words)];
  if (PASSIVE_CUE.test(sentence.text)) patterns.push(victimBeforePassive(words));
  if (SYSTEM_CUE.test(sentence.text))
    patterns.push(
      ...(/['’]s\s/.test(sentence.text) ? [SYSTEM_OF_OWNER, SYSTEM_POSSESSOR] : [SYSTEM_OF_OWNER]),
    );
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      const written = m[1]!;
      // "the servers of Lisk Power and Water Corporation": where a coordination starts, no one name is
      // sure; but a name closed by "of" and a state's name ("University of Lisk") is whole.
      if (
        re === SYSTEM_OF_OWNER &&
        /^\s+and\s+\p{Lu}/u.test(sentence.text.slice(m.index + m[0].length)) &&
        !endsOfState(state, slots, sentence.start + m.index + m[0].length, written)
      )
        continue;
      // "Orr Mining S.A.": a legal form's last dot is the name's, not the sentence's.
      const bare = written.replace(/\s+(?:of|&)$/, "");
      const name = LEGAL_FORM_END.test(bare) ? bare : bare.replace(/[.-]+$/, "");
      const firstWord = name.split(/\s+/)[0]!;
      const first = firstWord.toLowerCase();
      if (NOT_A_VICTIM_NAME.has(first) || CALENDAR_WORD.test(first) || ASKING_WORD.has(firstWord)) continue;
      const start = sentence.start + m.index + m[0].lastIndexOf(written);
      const end = start + name.length;
      const inside = slots.filter((s) => s.start < end && s.end > start);
      // A known actor, a person or an institution already covers it; or a lone state name ("Ukraine").
      if (inside.some((s) => s.start <= start && s.end >= end)) continue;
      if (inside.some((s) => s.source !== "demonym" && s.source !== "name")) continue;
      if (inside.some((s) => state.lexicon.entities.get(s.key)?.type !== "state")) continue;
      if (name.split(/\s+/).length < 2 && inside.length > 0) continue;
      // "attacks on the West": a one-word name after "the" is a region or a thing, not a company.
      const agencyWord = PUBLIC_BODY_WORD.test(name);
      if (!/\s/.test(name) && !agencyWord && /\bthe\s+$/i.test(state.text.slice(start - 5, start))) continue;
      // "Saudi Aramco": a name that starts with a state's name or demonym and goes on is the company's.
      const words = name.split(/\s+/);
      if (words.length === 1 && (state.lexicon.phrases.has(fold(name)) || ROLE_WORD.test(name))) continue;
      if (ROLE_WORD.test(words[words.length - 1]!) || PLACE_NAME_END.has(words[words.length - 1]!)) continue;
      // "breached Maria da Silva's email account": a person's name is the people stage's, and so is
      // a given name a particle's surname follows ("hacked Joao dos Reis's phone").
      if (readsAsPersonName(state.lexicon, name)) continue;
      if (
        words.length === 1 &&
        nameWordTag(state.lexicon, name).given &&
        SURNAME_PARTICLE_NEXT.test(state.text.slice(end, end + 40))
      )
        continue;
      const agency = PUBLIC_BODY_WORD.test(name) || publicBodyByName(name);
      const key = nodeKey(agency ? "agency" : "organization", slugify(name));
      const owner = inside.find((s) => state.lexicon.entities.get(s.key)?.type === "state");
      if (agency) noteOwnerSource(state, key, owner ? undefined : { label: name, ownerInKey: false });
      noteEntity(
        state,
        key,
        agency
          ? { type: "agency", label: name, country: owner?.key ?? bodyHome(state, sentence.index) }
          : { type: "organization", label: name },
        { start, end },
        name,
      );
      state.localNames.set(name, key);
      for (const s of inside) slots.splice(slots.indexOf(s), 1);
      slots.push({ start, end, key, kind: "actor", source: "name", possessive: false });
    }
  }
}

/**
 * "at Saudi Aramco", "British Airways said": a state's name or demonym that goes on in capitalised
 * words no dictionary knows, and no office or institution word, is a company's name. Not in
 * headlines, whose title case capitalises every word.
 */
/** A capitalised run from `at` that ends, within a few words, on a body's head word. */
function bodyHeadWithin(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k < at + 4 && /^\p{Lu}/u.test(tokens[k]!.text); k++)
    if (INSTITUTION_HEAD.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "the Peruvian Parliament", "the Chilean Army": a public body's word after a state is no company's
 * name. Not "Bank": "the Peruvian Bank" is a company's name; a state's bank is its "Central Bank".
 */
const STATE_BODY_WORD = new Set<string>(
  NAME_WORDS.victimBodyEnds.filter((w) => /^\p{Lu}/u.test(w) && w !== "Bank"),
);

const LOCAL_GOVERNMENT_END = new RegExp(String.raw`\s(?:${alternation(LOCAL_GOVERNMENT_ENDS)})$`);

/**
 * A line whose words of four letters and more all open with a capital: a title-case headline,
 * where a capital says nothing of a name. A bullet line without a full stop is written in
 * sentence case ("* Lisk Municipality's servers were encrypted").
 */
const titleCased = (text: string) => !/(?:^|\s)\p{Ll}{4,}/u.test(text);

function findStateNamedCompanies(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  slots: Slot[],
): void {
  if (sentence.headline && titleCased(sentence.text)) return;
  for (const slot of [...slots]) {
    if (slot.possessive || state.entities.get(slot.key)?.type !== "state") continue;
    let i = tokens.findIndex((t) => t.start >= slot.end);
    const first = i;
    while (
      i >= 0 &&
      i < tokens.length &&
      /^\p{Lu}\p{Ll}/u.test(tokens[i]!.text) &&
      /^ $/.test(state.text.slice(tokens[i - 1]?.end ?? slot.end, tokens[i]!.start)) &&
      !INSTITUTION_HEAD.has(tokens[i]!.norm) &&
      !ROLE_WORD.test(tokens[i]!.text) &&
      !/^(?:Government|Authorities|Embassy|Consulate|Mission)$/.test(tokens[i]!.text) &&
      !STATE_BODY_WORD.has(tokens[i]!.text) &&
      !CALENDAR_WORD.test(tokens[i]!.text) &&
      !NOT_A_VICTIM_NAME.has(tokens[i]!.norm) &&
      !state.lexicon.phrases.has(tokens[i]!.norm) &&
      i - first < 3
    )
      i++;
    if (i <= first || (tokens[i] && /^\p{Lu}/u.test(tokens[i]!.text))) continue;
    // "the Fiji Revenue and Customs Service": the name goes on after "and" to a body's head word.
    if (tokens[i]?.norm === "and" && bodyHeadWithin(tokens, i + 1)) continue;
    // "the All India Institute ...": a state's name inside a longer capitalised name starts no company.
    const before = tokens.filter((t) => t.end <= slot.start).pop();
    if (
      before &&
      /^\p{Lu}/u.test(before.text) &&
      !LEADING_FUNCTION_WORDS.has(before.norm) &&
      /^ $/.test(state.text.slice(before.end, slot.start))
    )
      continue;
    const end = tokens[i - 1]!.end;
    if (slots.some((s) => s !== slot && s.start < end && s.end > slot.start)) continue;
    const name = state.text.slice(slot.start, end);
    // "the Lisk City Hospital", "Lisk Municipality": a hospital or a local government named after
    // its state's place is that state's body.
    const hospital =
      (publicHospitalName(name) || LOCAL_GOVERNMENT_END.test(name)) &&
      entityType(state, slot.key) === "state";
    const key = nodeKey(hospital ? "agency" : "organization", slugify(name));
    noteEntity(
      state,
      key,
      hospital ? { type: "agency", label: name, country: slot.key } : { type: "organization", label: name },
      { start: slot.start, end },
      name,
    );
    state.localNames.set(name, key);
    slots.splice(slots.indexOf(slot), 1, actorSlot(state.text, slot.start, end, key));
  }
}

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

/** A well-known operation or malware the gazetteer lists ("NotPetya"), named in a sentence. */
export interface NamedIncidentMention {
  start: number;
  end: number;
  /** The gazetteer's incident key. */
  key: string;
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

/** A single line break inside a sentence: wire copy wraps its lines anywhere ("a group calling\nitself"). */
const WRAPPED_LINE = /(?<![\r\n])\r?\n(?![\r\n])/g;

/**
 * The sentence with its wrapped lines joined by spaces of the same length, so the readers' phrases
 * ("calling itself", "Blue Kite") match across a wire line break and offsets stay those of the text.
 */
function onOneLine(sentence: Sentence): Sentence {
  if (!sentence.text.includes("\n")) return sentence;
  return sentenceWith(sentence, { text: sentence.text.replace(WRAPPED_LINE, (br) => " ".repeat(br.length)) });
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
    /^\p{Lu}/u.test(before.text) &&
    isSpace(text.slice(before.end, m.start))
  )
    return true;
  const after = tokens[m.to];
  return (
    after !== undefined &&
    /^\p{Lu}/u.test(after.text) &&
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
  if (tokens[m.from]?.norm !== "the" || m.to - m.from < 2) return false;
  const after = LONGER_NAME_AFTER.exec(text.slice(m.end, m.end + 80));
  return after !== null && !ROLE_WORD.test(after[1] ?? "");
}

/**
 * "the National Cyber Security Centre (NCSC)" in an article that never names the state of the
 * gazetteer's "NCSC": the short form in brackets is the local body's, read with its full name.
 */
function foreignShortForm(state: DocumentState, m: PhraseMatch, matches: PhraseMatch[]): boolean {
  const text = state.text;
  if (text[m.start - 1] !== "(" || text[m.end] !== ")") return false;
  if (!/\p{Lu}[\p{L}-]*\s+\($/u.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
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

/**
 * A state's name or demonym that names no state where it is written: "US$2 million" is a sum,
 * "the Portuguese original is binding" a language, and in "a Turkish Cypriot official" the first
 * demonym qualifies the second, which alone names the state.
 */
function namesNoState(state: DocumentState, m: PhraseMatch, matches: PhraseMatch[]): boolean {
  if (state.lexicon.entities.get(m.key)?.type === "state" && CURRENCY_SIGN.test(state.text.charAt(m.end)))
    return true;
  if (m.via !== "demonym") return false;
  return (
    matches.some((x) => x.via === "demonym" && x.start === m.end + 1 && state.text[m.end] === " ") ||
    languageNoun(state.lexicon.words).test(state.text.slice(m.end, m.end + 24))
  );
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
  for (const m of matches) {
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
      const ownedSurface = state.text.slice(m.start, ownedEnd).replace(/\s+/g, " ");
      if (ownedEnd > m.end && entity && !entity.aliases.includes(ownedSurface))
        entity.aliases.push(ownedSurface);
    }
  }
  findStateNamedCompanies(state, line, tokens, slots);
  promoteCollectives(state, slots);
  // A name right after a naming verb is the group's, whatever a comma after it seems to start;
  // the name before a phrase giving it another one is the same group's, so it is read first.
  if (namedGroupCue(state.lexicon.words).test(line.text)) {
    findAliasedGroups(state, line, slots, namedIncidents);
    findNamedGroups(state, line, slots);
  }
  if (VENDOR_DESIGNATION_CUE.test(line.text)) findVendorDesignations(state, line, slots);
  if (groupNounCue(state.lexicon.words).test(line.text)) {
    findDescribedGroups(state, line, slots);
    findGroupsBeforeTheirNoun(state, line, slots, namedIncidents);
  }
  if (state.groupNames.size > 0) findGroupsIntroducedLater(state, line, slots, namedIncidents);
  if (/embass|mission/i.test(line.text)) findEmbassies(state, line, slots);
  findCapitalisedInstitutions(state, line, tokens, slots);
  findLowerInstitutions(state, line, slots);
  findOwnedBodies(state, line, tokens, slots);
  if (/ministries|departments/i.test(line.text)) findCoordinatedBodies(state, line, slots);
  if (SHARED_HEAD_CUE.test(line.text)) findSharedHeadBodies(state, line, slots);
  findAppositiveInstitutions(state, line, slots);
  findBodiesWithAcronyms(state, line, slots);
  if (/C(?:ERT|SIRT|IRT)/.test(line.text)) findResponseTeams(state, line, slots);
  findSuffixedCompanies(state, line, slots);
  findDescribedOrganizations(state, line, slots);
  findAppositiveCompanies(state, line, slots);
  if (victimCue(state.lexicon.words).test(line.text)) findNamedVictims(state, line, slots);
  slots.sort((a, b) => a.start - b.start);
  joinShortForms(state, slots);
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
