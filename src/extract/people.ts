/**
 * Person stage: names of people, with the office they hold and whom they hold it for, read from
 * the titles and appositions of news copy: "Prime Minister X", "NATO Secretary-General X",
 * "X, Ukraine's defence minister,", "the Minister of Public Services, X", "his British
 * counterpart, X". A capitalised run counts as a name when such a cue or compromise says so.
 */
import nlp from "compromise";
import { nodeKey } from "../model";
import { homeState, noteEntity, noteKnown, type DocumentState } from "./document-state";
import type { Slot } from "./mentions";
import type { Sentence } from "./sentences";
import { matchPhrases } from "./lexicon";
import { editDistance, fold, tokenize, type Token } from "./text";
import { EXTRACTION_DEFAULTS } from "./defaults";

/** Nouns that make a phrase a statement of office. */
export const ROLE_NOUN =
  /\b(prime minister|minister|president|premier|chancellor|secretary[- ]general|secretary|spokes(?:man|woman|person)|head|chief|director|commander|ambassador|envoy|diplomat|counterpart|official|general|adviser|advisor|prosecutor|leader|king|queen|senator|chairman|chairwoman|governor|mayor|deputy|delegate|commissioner|representative|officer|chief executive|executive|ceo|founder)s?\b/i;
/** Every role noun of a phrase, the last one first found by scanning them all. */
const ROLE_NOUNS = new RegExp(ROLE_NOUN.source, "gi");
const GOVERNMENT_ROLE =
  /\b(minister|president|premier|chancellor|secretary|prosecutor|king|queen|governor|commander|chief|general)\b/i;
const NOT_NAME = new Set(
  (
    "the a an for in on at after before both but and when while meanwhile however previously earlier later " +
    "this that these those it its his her their our we he she they mr january february march april may june july " +
    "august september october november december monday tuesday wednesday thursday friday saturday sunday " +
    "conference summit forum group news media times post union organization organisation alliance treaty party " +
    "republic kingdom states day street square house road university institute company corporation inc ltd limited " +
    "bank act law program programme project platform initiative strategy service services security cyber council " +
    "ministry agency office centre center committee department command bureau authority commission cabinet " +
    "government parliament congress senate court twitter facebook telegram reuters afp ap photo credit read also " +
    "defence defense affairs foreign digital transition telecommunications minister president prime secretary " +
    "general chief head director commander delegate spokesman spokeswoman spokesperson vice deputy staff sir gen " +
    "ambassador envoy senator governor mayor chancellor king queen prince commissioner representative lord " +
    "lord dame dr prof top former outgoing acting then national public state admiral colonel major captain " +
    "lieutenant sergeant brigadier marshal commodore"
  ).split(" "),
);
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
    .replace(/^\s*(?:the|a|an|his|her|its|their|then|former|one of)\s+/gi, "")
    .replace(/[,\s]+$/, "")
    .trim();
  return cleaned.length > 0 && cleaned.length <= 90 ? cleaned : undefined;
}

/** Affiliations named inside a title or apposition: institutions and organizations first, then states. */
function affiliationsIn(state: DocumentState, slots: Slot[], start: number, end: number): string[] {
  // "ambassador to the EU", "envoy to Kyiv": where an official is posted is not whom they serve.
  const posted = (s: Slot) =>
    /\b(?:to|in)\s+(?:the\s+)?$/i.test(state.text.slice(Math.max(0, s.start - 8), s.start));
  const inside = slots.filter(
    (s) => s.start >= start && s.end <= end && s.kind !== "incident" && s.source !== "person" && !posted(s),
  );
  const typeOf = (key: string) => state.entities.get(key)?.type ?? state.lexicon.entities.get(key)?.type;
  const keys: string[] = [];
  for (const t of ["agency", "organization", "state"]) {
    for (const s of inside) if (typeOf(s.key) === t && !keys.includes(s.key)) keys.push(s.key);
  }
  // The body's own state is not repeated: the body is part of it.
  return keys;
}

/** Words a role phrase may carry before its noun besides capitalised ones ("the then prime minister"). */
const ROLE_MODIFIERS = new Set(
  (
    "then former outgoing incoming acting top senior foreign defence defense prime deputy vice chief interior finance " +
    "justice digital security intelligence national state cyber military general first policy affairs trade home " +
    "economy health energy transport press"
  ).split(" "),
);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their"]);
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
  "sen",
  "rep",
]);

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
) {
  const text = state.text;
  let k = nameIndex;
  while (
    k > 0 &&
    HONORIFICS.has(tokens[k - 1]!.norm) &&
    /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))
  )
    k--;
  const honorific = k < nameIndex;
  const limit = k > 0 ? tokens[k]!.start : sentence.start;
  const windowStart = Math.max(sentence.start, limit - 140);
  const before = text.slice(windowStart, limit).replace(/,?\s*$/, "");
  let last: RegExpExecArray | undefined;
  ROLE_NOUNS.lastIndex = 0;
  for (let m = ROLE_NOUNS.exec(before); m; m = ROLE_NOUNS.exec(before)) last = m;
  if (!last) return honorific ? { title: true, start: tokens[k]!.start, role: undefined } : undefined;
  const tail = before.slice(last.index + last[0].length);
  if (tail.trim() !== "" && !/^\s+(?:of|for|in charge of|at|to)\s+[^,;:()“”"]{1,70}$/i.test(tail))
    return honorific ? { title: true, start: tokens[k]!.start, role: undefined } : undefined;
  // Walk back from the role noun over capitalised words, possessives and role modifiers.
  const head = windowStart + last.index;
  const words = tokens.filter((t) => t.end <= head && t.start >= windowStart);
  let phraseStart = head;
  for (let w = words.length - 1, taken = 0; w >= 0 && taken < 7; w--, taken++) {
    const t = words[w]!;
    const gap = text.slice(t.end, phraseStart);
    if (!/^[\s'’s-]*$/.test(gap) && !/^['’]s\s+$/.test(gap)) break;
    if (DETERMINERS.has(t.norm)) {
      phraseStart = t.start;
      break;
    }
    const inSlot = slots.some((s) => t.start >= s.start && t.end <= s.end && s.source !== "person");
    if (
      inSlot || /^\p{Lu}/u.test(t.text)
        ? !/^(for|in|on|at|after|before|while|when|but|and|as|with|by|from)$/i.test(t.text)
        : ROLE_MODIFIERS.has(t.norm) || t.norm === "s"
    ) {
      phraseStart = t.start;
      continue;
    }
    break;
  }
  const phrase = text.slice(phraseStart, limit).replace(/,?\s*$/, "");
  return { title: true, start: phraseStart, role: roleText(phrase) };
}

/** The organization or state a gazetteer role names ("EU High Representative" → the EU). */
function bodyNamedIn(state: DocumentState, role: string): string | undefined {
  const keys = matchPhrases(tokenize(role), state.lexicon).map((m) => m.key);
  const typeOf = (k: string) => state.lexicon.entities.get(k)?.type;
  return keys.find((k) => typeOf(k) === "organization") ?? keys.find((k) => typeOf(k) === "state");
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

/** A known person this name refers to: same full name, same surname, or a spelling variant of it. */
function knownPerson(state: DocumentState, words: string[]): string | undefined {
  const full = fold(words.join(" "));
  const surname = fold(words[words.length - 1]!);
  for (const [key, p] of state.persons) {
    const label = fold(state.entities.get(key)?.label ?? "");
    if (label === full || label.endsWith(` ${full}`)) return key;
    if (words.length >= 2 && !label.startsWith(fold(words[0]!))) continue;
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

/** A capital then a small letter, answered by code for ASCII (most tokens) and by Unicode's classes otherwise. */
function startsCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return /^\p{Lu}\p{Ll}/u.test(word);
}

function isNameToken(t: Token): boolean {
  return startsCapitalized(t.text) && !NOT_NAME.has(t.norm);
}

/**
 * Person mentions of one sentence. Each becomes an actor slot spanning its title and appositions,
 * so a state named inside "X, Ukraine's defence minister," is not read as an actor of the sentence.
 */
/**
 * Whose office an unqualified government title is: the state acting in the previous sentence,
 * else the one whose capital the story is filed from, else the article's topic.
 */
function titleHome(state: DocumentState, sentenceIndex: number): string | undefined {
  const previous = state.lastSubjectState;
  if (previous && sentenceIndex - previous.sentence <= 1 && !state.lastAccusedOf.has(previous.key))
    return previous.key;
  if (state.datelineState) noteKnown(state, state.datelineState);
  return state.datelineState ?? homeState(state, sentenceIndex);
}

export function findPersons(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  slots: Slot[],
): PersonSlotInfo[] {
  const text = state.text;
  const found: PersonSlotInfo[] = [];
  // Gazetteer persons are read again here, for the titles and appositions around them.
  const isKnownPerson = (s: Slot) =>
    s.source === "name" && state.lexicon.entities.get(s.key)?.type === "person";
  const covered = (t: Token) => slots.some((s) => t.start >= s.start && t.end <= s.end && !isKnownPerson(s));
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i]!) || covered(tokens[i]!)) continue;
    let j = i + 1;
    // "Deputy Attorney General Lisa Monaco": a surname that is also a state's name (checked for a title below).
    const stateSurname = (t: Token) =>
      j === i + 1 &&
      slots.some(
        (s) =>
          s.start === t.start &&
          s.end === t.end &&
          s.source === "name" &&
          !s.possessive &&
          state.lexicon.entities.get(s.key)?.type === "state",
      );
    while (
      j < tokens.length &&
      isNameToken(tokens[j]!) &&
      (!covered(tokens[j]!) || stateSurname(tokens[j]!)) &&
      /^[ \-‐'’]$|^ $/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) &&
      j - i < 4
    )
      j++;
    const words = tokens.slice(i, j).map((t) => t.text);
    const start = tokens[i]!.start;
    const nameEnd = tokens[j - 1]!.end;
    // Join hyphenated first names back ("Jean-Noël").
    const name = text.slice(start, nameEnd);
    const pre = preApposition(state, sentence, tokens, i, slots);
    const preRole = pre?.role;
    const titleBefore = pre?.title ?? false;
    const postMatch =
      /^,\s+((?:the |a |an |his |her |its )?[^,.;“"]{2,110}?)(?=,|\.|;|$| (?:said|told|says|added|declared))/.exec(
        text.slice(nameEnd, sentence.end),
      );
    // "a GRU officer who German prosecutors believe took part": the office ends where the relative clause starts.
    const postPhrase = postMatch?.[1]!.replace(/\s(?:who|which|that|whose|whom)\b.*$/s, "");
    const postRole = postPhrase && ROLE_NOUN.test(postPhrase) ? postPhrase : undefined;
    const gazetteerSlot = slots.find((s) => isKnownPerson(s) && s.start <= start && s.end >= nameEnd);
    const known = gazetteerSlot?.key ?? knownPerson(state, words);
    const reporting = REPORTING_AFTER.test(text.slice(nameEnd, nameEnd + 20));
    // Peers go by one name ("Lord Ahmad").
    const peerage = words.length === 1 && i > 0 && /^(lord|lady|baroness|baron)$/i.test(tokens[i - 1]!.text);
    // "Chief Information Officer": a run ending in an office noun is a title, not a name.
    const titleOnly = ROLE_NOUN.test(words[words.length - 1]!) && known === undefined;
    const surnameIsState = tokens.slice(i + 1, j).some((t) => covered(t));
    if (surnameIsState && !preRole) {
      i = j - 1;
      continue;
    }
    // The state the surname spells is no actor of the sentence, nor the person's affiliation.
    if (surnameIsState)
      for (let k = slots.length - 1; k >= 0; k--)
        if (slots[k]!.start >= start && slots[k]!.end <= nameEnd) slots.splice(k, 1);
    let accepted =
      !titleOnly &&
      (known !== undefined || peerage || (words.length >= 2 && (!!preRole || titleBefore || !!postRole)));
    if (!accepted && !titleOnly && words.length >= 2 && (reporting || /^\p{Lu}/u.test(words[0]!))) {
      // The slot test first: compromise's parse costs milliseconds.
      accepted = !slots.some((s) => s.start >= start && s.end <= nameEnd) && looksLikePerson(state, name);
    }
    if (!accepted) {
      i = j - 1;
      continue;
    }
    const slotStart = pre?.start ?? start;
    const slotEnd = postRole ? nameEnd + postMatch![0].indexOf(postRole) + postRole.length : nameEnd;
    const role = preRole ?? (postRole ? roleText(postRole) : undefined);
    let affiliations = affiliationsIn(state, slots, slotStart, slotEnd);
    // "X and the Minister of Foreign Affairs Y": Y serves where X serves.
    const peer = slots.find(
      (s) => s.source === "person" && /^\s*,?\s*and\s+$/.test(text.slice(s.end, slotStart)),
    );
    if (affiliations.length === 0 && preRole && peer)
      affiliations = [...(state.persons.get(peer.key)?.affiliations ?? [])];
    const key = known ?? nodeKey("person", name);
    const entity = noteEntity(state, key, { type: "person", label: name }, { start, end: nameEnd }, name);
    if (role && !entity.role) entity.role = role.replace(/^./, (c) => c.toUpperCase());
    const person = state.persons.get(key) ?? {
      key,
      surname: fold(words[words.length - 1]!),
      affiliations: [],
    };
    if (
      affiliations.length === 0 &&
      person.affiliations.length === 0 &&
      state.pendingRole &&
      sentence.index - state.pendingRole.sentence <= EXTRACTION_DEFAULTS.pendingRoleSentences
    ) {
      affiliations = [state.pendingRole.affiliation];
      state.pendingRole = undefined;
    }
    // A gazetteer person's known country or office ("EU High Representative") counts once the text gives a title.
    const entry = state.lexicon.entities.get(key);
    const knownBody = entry?.country ?? (entry?.role ? bodyNamedIn(state, entry.role) : undefined);
    if (affiliations.length === 0 && knownBody && person.affiliations.length === 0 && (role || titleBefore))
      affiliations = [knownBody];
    if (
      affiliations.length === 0 &&
      role &&
      GOVERNMENT_ROLE.test(role) &&
      !/counterpart/i.test(role) &&
      person.affiliations.length === 0
    ) {
      const home = titleHome(state, sentence.index);
      if (home) affiliations = [home];
    }
    for (const a of affiliations) if (!person.affiliations.includes(a)) person.affiliations.push(a);
    if (role) person.role ??= role;
    state.persons.set(key, person);
    state.lastPerson = key;
    for (let k = slots.length - 1; k >= 0; k--)
      if (slots[k]!.start >= slotStart && slots[k]!.end <= slotEnd) slots.splice(k, 1);
    const slot: Slot = {
      start: slotStart,
      end: slotEnd,
      key,
      kind: "actor",
      source: "person",
      possessive: /^['’]s\b/.test(text.slice(nameEnd, nameEnd + 3)),
    };
    slots.push(slot);
    slots.sort((a, b) => a.start - b.start);
    found.push({ slot, affiliations, role });
    while (i + 1 < tokens.length && tokens[i + 1]!.start < slotEnd) i++;
  }
  return found;
}
