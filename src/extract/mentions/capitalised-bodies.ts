/** Capitalised institution names ("the Ministry of Finance", "the Storting") and the name-span scanning they need. */
import { entityType, noteKnown, type DocumentState } from "../document-state";
import { BODY_BUILDING_ENDS, NAME_WORDS, HOLDER_OFFICES, patternFor, type Words } from "../lexicon";
import type { Sentence } from "../sentences";
import { isCapitalized, type Token } from "../text";
import { type Slot, possessiveMark, ownerGap, actorSlot } from "./slots";
import {
  LOOSE_INSTITUTION_HEAD,
  QUALIFIED_INSTITUTION_HEAD,
  INSTITUTION_HEAD,
  LEGISLATIVE_HOUSE_MEMBERS,
  STATE_COURT_WORD,
  LEGISLATURE_AND_COURT_HEAD,
  MOVEMENT_CONGRESS_WORD,
  BUSINESS_CHAMBER_WORD,
  PUBLIC_NAME_QUALIFIER,
  OWNED_INSTITUTION_HEAD,
  OWNERLESS_ORGANIZATION_HEAD,
  THINK_TANK_NAME_WORD,
  PARTISAN_NAME_WORD,
  CALENDAR_WORD,
  ROLE_WORD,
  CONNECTOR,
  LEADING_FUNCTION_WORDS,
  stateOfSlot,
  internationalName,
  RESPONSE_TEAM_NAME,
  stateInsideName,
  addInstitution,
} from "./institutions";
import { noteLocalOrganization, powerUtilityName } from "./local-organizations";

/** A word of a name: capitalised, or a lower-case prefix on a capital ("eGovernment"). */
const NAME_WORD = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;

/** Heads naming a body only when they close the capitals ("Defence Forces", not "Labour Force Survey"). */
const CAPITALISED_ONLY_HEAD = new Set<string>(NAME_WORDS.capitalisedOnlyHeads);

/** A body's number after its name ("Center 16", "Unit 74455"), not a year. */
const BODY_NUMBER = /^(?!(?:19|20)\d\d$)\d{1,6}$/;

/** One space between words, or a hard line break in wire copy ("the Revenue and\nCustoms Service"). */
export const isSpace = (gap: string | undefined) => gap !== undefined && /^(?: |\r?\n)$/.test(gap);

/** An enumeration's comma, with a space or a line break after it. */
const isComma = (gap: string | undefined) => gap !== undefined && /^,(?: |\r?\n)$/.test(gap);

/** The gap between two tokens, or undefined past the ends. */
export const gapBetween = (text: string, tokens: Token[], a: number, b: number): string | undefined =>
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
    tokens[k] !== undefined && isCapitalized(tokens[k]!.text) && !CALENDAR_WORD.test(tokens[k]!.text);
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
    isCapitalized(head.text)
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
export const COMPANY_NAME_WORD = new Set<string>([
  ...NAME_WORDS.companySuffixes,
  ...NAME_WORDS.companyNameTails,
  ...NAME_WORDS.businessNameNouns,
]);

/** Lower-case nouns after a place's name that say it is one ("East Java province"). */
const PLACE_NOUN = NAME_WORDS.placeNameEnds.map((w) => w.toLowerCase()).join("|");

export const PLACE_OPENER = new Set<string>(NAME_WORDS.placeNameOpeners);

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
export function findCapitalisedInstitutions(
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
    // "the Lisk Computer Incident Response Team": a response team's spelled-out name.
    const responseTeam = t.text === "Team" && RESPONSE_TEAM_NAME.test(text.slice(sentence.start, t.end));
    if (
      (!INSTITUTION_HEAD.has(t.norm) && !numberedUnit && !legislativeHouse && !responseTeam) ||
      !isCapitalized(t.text)
    )
      continue;
    // "the Ghana Labour Force Survey": a head that names a body only closing the capitals modifies the next word.
    if (
      CAPITALISED_ONLY_HEAD.has(t.norm) &&
      NAME_WORD.test(tokens[i + 1]?.text ?? "") &&
      isSpace(gapBetween(text, tokens, i, i + 1))
    )
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
    // "the Cyberspace Force of the Lisk People's Army": a known actor the name ran into after "of"
    // closes the name there, as one it ends on does.
    const trailing =
      slots.find((s) => s.end === end && s.start > start) ??
      slots.find(
        (s) => s.start > start && s.start < end && s.end > end && OF_BEFORE.test(text.slice(start, s.start)),
      );
    // Where the mention ends: after the owner named after "of" ("... Fund Authority of Lesotho (PFAL)").
    let mentionEnd = end;
    if (trailing && OF_BEFORE.test(text.slice(start, trailing.start))) {
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
    // "the Orrin Incident Response Team": a team is a state's only when a state owns it ("Lisk's", "the
    // Lisk Computer ...") or a public word is in its name ("National"); a company's team is its own.
    if (
      responseTeam &&
      !(owner ? entityType(state, owner.key) === "state" : PUBLIC_NAME_QUALIFIER.test(text.slice(start, end)))
    )
      continue;
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
    // "the Lisk Electricity Authority", "the Electricity Board of Lisk": a power utility is a company,
    // and the state's name or demonym written before or after its head is part of the company's name.
    if (powerUtilityName(name)) {
      const companyStart = owner && !owner.possessive && owner.start < start ? owner.start : start;
      noteOrganizationName(state, slots, companyStart, mentionEnd, () => true);
      i = lastTokenBefore(tokens, i, mentionEnd);
      continue;
    }
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
    if (unowned && !notPublic && !OWNERLESS_ORGANIZATION_HEAD.has(t.norm) && !internationalName(name)) {
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    if (notPublic || unowned) {
      const from = owner && owner.start < start ? owner.start : start;
      // "the Lisk Institute for Peace Studies": a state's name inside a think tank's is no actor of its own.
      noteOrganizationName(state, slots, from, end, (x) => notPublic && entityType(state, x.key) === "state");
      i = lastTokenBefore(tokens, i, end);
      continue;
    }
    // "the International Grain Council": an international body is no state's agency.
    if (!owner && internationalName(name)) {
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
    const acronym = (responseTeam ? TEAM_SHORT_FORM : SHORT_FORM).exec(
      text.slice(mentionEnd, mentionEnd + 12),
    );
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

/** "of" or "of the" closing a name's first part: what its owner's name follows. */
const OF_BEFORE = /\bof\s+(the\s+)?$/;

/** A body's short form in brackets after its name: "(NSA)". */
const SHORT_FORM = /^\s*\(([A-Z]{2,8})\)/;

/** A response team's short form, written in mixed case as often as not: "(JaCIRT)", "(bwCIRT)". */
const TEAM_SHORT_FORM = /^\s*\((\p{L}{0,5}C(?:ERT|SIRT|IRT)(?:\p{Ll}{2,3})?)\)/u;

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
export const WHOSE = /^,\s+whose\s+(?:own\s+)?$/;

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

/**
 * Notes the words from `from` to `to` as one organization's name, on one line; the slots inside it
 * that `inName` takes for words of that name (a state's name in a think tank's) are no actors of their own.
 */
function noteOrganizationName(
  state: DocumentState,
  slots: Slot[],
  from: number,
  to: number,
  inName: (inner: Slot) => boolean,
): void {
  for (const inner of slots.filter((x) => x.start >= from && x.end <= to && inName(x)))
    slots.splice(slots.indexOf(inner), 1);
  noteLocalOrganization(state, slots, from, to, state.text.slice(from, to).replace(/\s+/g, " "));
}

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
