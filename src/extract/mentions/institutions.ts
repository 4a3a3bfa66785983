/** Institution labels and keys, and the state a body belongs to: owner, seat and speaker helpers, addInstitution. */
import { TRACE, trace } from "../trace";
import { nodeKey, slugify } from "../../model/types";
import {
  attackersSide,
  entityType,
  homeState,
  listedBodiesState,
  noteEntity,
  type DocumentState,
  type DocumentView,
  type GuessedOwner,
} from "../document-state";
import {
  alternation,
  trieAlternation,
  NAME_WORDS,
  DENYING_BODY_LABELS,
  patternFor,
  COLLECTIVE_MODIFIERS,
  COLLECTIVE_NOUNS,
  SPEAKER_COLLECTIVES,
  REGIONAL_BODY_OPENERS,
  COMPARED_STATE_OPENERS,
  COMPARISON_PHRASES,
  type Words,
} from "../lexicon";
import { titleCase } from "../text";
import { EXTRACTION_DEFAULTS } from "../defaults";
import type { Slot } from "./slots";

/** A collective noun after a name, its modifiers before it ("British officials", "Russia's state-backed hackers"). */
export const COLLECTIVE = new RegExp(
  String.raw`^\s+(?:(?:${alternation(COLLECTIVE_MODIFIERS)})\s+){0,3}(${alternation(COLLECTIVE_NOUNS)})\b`,
);

export const SPEAKER_NOUN = new RegExp(`^(?:${alternation(SPEAKER_COLLECTIVES)})$`);

export const LOOSE_INSTITUTION_HEAD = new Set<string>(NAME_WORDS.looseInstitutionHeads);

export const QUALIFIED_INSTITUTION_HEAD = new Set<string>(NAME_WORDS.qualifiedInstitutionHeads);

export const INSTITUTION_HEAD = new Set<string>([
  ...NAME_WORDS.institutionHeads,
  ...NAME_WORDS.legislatureAndCourtHeads,
  ...LOOSE_INSTITUTION_HEAD,
  ...QUALIFIED_INSTITUTION_HEAD,
]);

export const LEGISLATIVE_HOUSE_MEMBERS = new Set<string>(NAME_WORDS.legislativeHouseMembers);

export const STATE_COURT_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.stateCourtWords)})\\b`);

export const LEGISLATURE_AND_COURT_HEAD = new Set<string>(NAME_WORDS.legislatureAndCourtHeads);

export const MOVEMENT_CONGRESS_WORD = new RegExp(
  `\\b(?:${alternation([...NAME_WORDS.movementCongressWords, ...NAME_WORDS.partisanNameWords])})\\b`,
);

export const BUSINESS_CHAMBER_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.businessChamberWords)})\\b`);

/** A public qualifier in a body's name ("National Statistics Institute", "Institute of Social Security"). */
export const PUBLIC_NAME_QUALIFIER = new RegExp(`\\b(?:${alternation(NAME_WORDS.publicNameQualifiers)})\\b`);

/** Heads read as a state's body only with its state written or a public qualifier ("Chile's Planning Secretariat"). */
export const OWNED_INSTITUTION_HEAD = new Set<string>(NAME_WORDS.ownedInstitutionHeads);

export const OWNERLESS_ORGANIZATION_HEAD = new Set<string>(NAME_WORDS.ownerlessOrganizationHeads);

/** A think tank's words in an institute's name ("Institute of Strategic Studies"). */
export const THINK_TANK_NAME_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.thinkTankNameWords)})\\b`);

/** A party's politics in a body's name: "the National Democratic Institute" is no state's. */
export const PARTISAN_NAME_WORD = new RegExp(`\\b(?:${alternation(NAME_WORDS.partisanNameWords)})\\b`);

export const CALENDAR_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/** Words of office that end a title, not a victim's name ("Prime Minister"). */
export const ROLE_WORD =
  /^(?:Minister|President|Premier|Chancellor|Secretary|Spokes(?:man|woman|person)|Director|Chief|Ambassador|General|Officials?)$/;

export const CONNECTOR = new Set(["of", "for", "on", "and", "the"]);

/** Capitalised at the start of a sentence, never part of an institution's name. */
export const LEADING_FUNCTION_WORDS = new Set(
  "the a an this that these those its his her their our for in on at after before both but and when while meanwhile earlier later previously however".split(
    " ",
  ),
);

/** Lower-case institution names news write without capitals, each with the qualifiers it may carry. */
export const LOWER_INSTITUTION_NAMES = [
  ...NAME_WORDS.ministryOf.map((portfolio) => `ministry of ${portfolio}`),
  ...Object.keys(NAME_WORDS.ministryPortfolios).map((portfolio) => `${portfolio} ministry`),
  ...NAME_WORDS.lowerCaseBodies.flatMap(({ qualifiers, names }) =>
    names.flatMap((name) => [name, ...qualifiers.map((q: string) => `${q} ${name}`)]),
  ),
  ...NAME_WORDS.ownedLowerCaseBodies,
];

export const OWNED_LOWER_CASE_BODY = new Set<string>(NAME_WORDS.ownedLowerCaseBodies);

/** The phrases' shared beginnings written once (`trieAlternation`): the pattern is tried at every word of most sentences. */
export const LOWER_INSTITUTION = new RegExp(`\\b(${trieAlternation(LOWER_INSTITUTION_NAMES)})\\b`, "gi");

export const MINISTRY_NOUNS: Record<string, string> = NAME_WORDS.ministryPortfolios;

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

export function stateOfSlot(state: DocumentState, slot: Slot | undefined): string | undefined {
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

/** A response team's spelled-out name ("Lisk Computer Emergency Response Team"), a line break allowed between words. */
export const RESPONSE_TEAM_NAME = new RegExp(
  `\\b(?:${NAME_WORDS.responseTeamNameEnds.map((w) => w.replace(/ /g, "\\s+")).join("|")})$`,
);

/** First words of international bodies' names ("International Maritime Bureau", "UN Office"). */
const INTERNATIONAL_NAME = new RegExp(`^(?:${alternation(NAME_WORDS.internationalNameOpeners)})\\b`);

/** First words of regional bodies' names ("North Atlantic Council"): a region's, not a state's. */
const REGIONAL_NAME = new RegExp(`^(?:${alternation(REGIONAL_BODY_OPENERS)})\\b`);

/**
 * Whether a body's name is an international or a regional body's, which no state owns unless the
 * text writes the owner: its state is never guessed from the states around it.
 */
export function ownedByNoState(name: string): boolean {
  return internationalName(name) || REGIONAL_NAME.test(name.replace(/^the\s+/i, ""));
}

/**
 * A body named for the states it joins ("Organization of Andean States", "League of Coastal Nations"):
 * a bloc's name, whatever its head. "the United States", "the Northern States" (a federation's own
 * states) are one state's, not a membership.
 */
const MEMBER_STATES_NAME = new RegExp(
  String.raw`\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?<!\b(?:${alternation(NAME_WORDS.federatedStateWords)})\s+)(?:${alternation(NAME_WORDS.memberStateNouns)})$`,
  "u",
);

/**
 * An international body's name, with or without "the": opened as one ("the International Grain
 * Council") or named for its member states ("the Organization of Andean States").
 */
export const internationalName = (name: string) => {
  const bare = name.replace(/^the\s+/i, "");
  return INTERNATIONAL_NAME.test(bare) || MEMBER_STATES_NAME.test(bare.replace(/\s+/g, " "));
};

/**
 * "the Bureau of Land Records in Windhoek": a body written with no owner is the state's where it
 * is, unless its name is an international body's ("the International Grain Council in London").
 */
export function stateWhereBodyIs(
  state: DocumentState,
  slots: Slot[],
  start: number,
  end: number,
  name: string,
): string | undefined {
  if (internationalName(name)) return undefined;
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
export function bodyHome(
  state: DocumentState,
  sentenceIndex: number,
  denierSpeaks = false,
): string | undefined {
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

/** A comparison right before a state ("Unlike Lisk", "as with Varn", "compared with the Lisk"). */
const COMPARED_BEFORE = new RegExp(
  String.raw`\b(?:${alternation([...COMPARED_STATE_OPENERS, ...COMPARISON_PHRASES])})\s+(?:the\s+)?$`,
  "i",
);

/**
 * "Lisk asked Varn for help, and the National Cyber Hub sent two engineers": the owner an earlier
 * sentence gave a body (bodyHome's guess) is contested when the body's own sentence names another
 * state before it, off the accused side ("Lisk blamed Varn. Asked about Varn, the foreign ministry
 * said" leaves Lisk's guess alone) and not only compared with it ("Unlike Varn, the Cyber Hub
 * ..."). On dev the part-of of a contested guess was 2 found / 14 false, so it makes none
 * (ownersInferred, ownership.ts); taking the other state instead was 8 found / 29 false (it
 * renames the body too, and a sentence names many states in passing).
 */
function contestsGuess(state: DocumentState, slots: Slot[], start: number, guess: string): boolean {
  const accused = attackersSide(state);
  const nearest = slots
    .filter(
      (s) =>
        s.end <= start &&
        entityType(state, s.key) === "state" &&
        !accused.has(s.key) &&
        !COMPARED_BEFORE.test(state.text.slice(Math.max(0, s.start - 24), s.start)),
    )
    .reduce<Slot | undefined>((last, s) => (!last || s.end > last.end ? s : last), undefined);
  return !!nearest && nearest.key !== guess;
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
export function noteOwnerSource(
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
export function stateInsideName(
  state: DocumentState,
  slots: Slot[],
  start: number,
  end: number,
  name: string,
): string | undefined {
  if (internationalName(name)) return undefined;
  const inside = slots.find((s) => s.start >= start && s.end <= end && entityType(state, s.key) === "state");
  if (!inside || SUBJECT_PREPOSITION.test(state.text.slice(start, inside.start))) return undefined;
  return inside.key;
}

export function addInstitution(
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
  const named = written ?? namedBefore;
  const unowned = !named && ownedByNoState(name);
  const spoken = named || unowned ? undefined : speakingBodysState(state, slots, start);
  const country =
    named ??
    spoken ??
    (unowned
      ? undefined
      : bodyHome(
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
        ));
  const contested = !named && !spoken && !!country && contestsGuess(state, slots, start, country);
  const key = institutionKey(label, country);
  // For the claim trace (trace.ts): which kind of reading gave the owner of a body first named here.
  if (TRACE && country && !state.entities.has(key))
    trace("READING", {
      doc: state.id,
      key,
      reading: written
        ? "written"
        : namedBefore
          ? "named-before"
          : spoken
            ? "speaking-body"
            : contested
              ? "contested"
              : "guessed",
    });
  // Named again with no owner, the body keeps what its first mention settled.
  if (!namedBefore)
    noteOwnerSource(state, key, written ? undefined : { label, ownerInKey: true, contested }, country);
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

/** A diplomatic reprisal later in the same sentence ("… said it would expel Belarus's ambassador"). */
const reprisalAfter = (words: Words) =>
  patternFor(
    words,
    "mentions.reprisal-after",
    (w) => new RegExp(String.raw`^[^.!?]*?\b(?:${w.verbs.reprisal.any})\b`, "i"),
  );

/** Lower-case words that end a noun phrase: determiners, prepositions, conjunctions, auxiliaries. */
export const NOT_A_BODY_WORD = new Set(
  "the a an this that these those its his her their our of on in at for to from by with and or but as is was were are be been has have had said says who which what when where after since than then former".split(
    " ",
  ),
);
