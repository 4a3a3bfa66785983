/** Lower-case, owned, coordinated, shared-head and acronym-bracketed bodies ("Ukraine's foreign ministry"). */
import nlp from "compromise";
import { nodeKey, slugify } from "../../model/types";
import { entityType, noteEntity, type DocumentState } from "../document-state";
import { alternation, NAME_WORDS, SHARED_NAME_HEADS, trieAlternation, type Lexicon } from "../lexicon";
import type { Sentence } from "../sentences";
import { isCapitalized, titleCase, type Token, matchesOf } from "../text";
import { EXTRACTION_DEFAULTS } from "../defaults";
import { clauseStarts } from "../speakers";
import { type Slot, possessiveMark, ownerGap } from "./slots";
import {
  SPEAKER_NOUN,
  CALENDAR_WORD,
  LEADING_FUNCTION_WORDS,
  LOWER_INSTITUTION_NAMES,
  OWNED_LOWER_CASE_BODY,
  LOWER_INSTITUTION,
  MINISTRY_NOUNS,
  stateOfSlot,
  bodyHome,
  noteOwnerSource,
  addInstitution,
  NOT_A_BODY_WORD,
  RESPONSE_TEAM_NAME,
  PUBLIC_NAME_QUALIFIER,
} from "./institutions";
import { PRIVATE_OWNERSHIP, foreignPublicBodyName, noteLocalOrganization } from "./local-organizations";
import { gapBetween, WHOSE } from "./capitalised-bodies";

/**
 * The last word every match of LOWER_INSTITUTION holds, the gate of findLowerInstitutions: one cheap
 * test spares most sentences its scan.
 */
export const LOWER_INSTITUTION_CUE = new RegExp(
  trieAlternation(LOWER_INSTITUTION_NAMES.map((name) => name.slice(name.lastIndexOf(" ") + 1))),
  "i",
);

/** A capital letter (a module constant: see README.md on `\p` literals). */
const CAPITAL = /\p{Lu}/u;

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

export function findLowerInstitutions(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  LOWER_INSTITUTION.lastIndex = 0;
  for (let m = LOWER_INSTITUTION.exec(sentence.text); m; m = LOWER_INSTITUTION.exec(sentence.text)) {
    const [, found = ""] = m;
    if (
      CAPITAL.test(found.charAt(0)) &&
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
/** Heads that name a body only capitalised ("Defence Forces"): no lower-case body's ("labour force"). */
const CAPITALISED_ONLY_HEADS = new Set<string>(NAME_WORDS.capitalisedOnlyHeads);

const OWNED_BODY_HEAD = new Set<string>(
  NAME_WORDS.institutionHeads.filter((head) => head !== "prosecutor" && !CAPITALISED_ONLY_HEADS.has(head)),
);

/** The gate of findOwnedBodies, one cheap test before reading owned bodies: a head noun in lower case. */
export const OWNED_BODY_CUE = new RegExp(String.raw`\b(?:${NAME_WORDS.institutionHeads.join("|")})\b`);

/** A word of a body's noun phrase: a lower-case word (not a past form: "hackers targeted") or a short form ("ICT"). */
const BODY_PHRASE_WORD = /^(?:\p{Ll}[\p{Ll}-]*(?<!ed)|\p{Lu}{2,6})$/u;

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
export function findOwnedBodies(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  slots: Slot[],
): void {
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

/** The gate of findCoordinatedBodies: the plural heads its matches end in. */
export const COORDINATED_BODIES_CUE = /ministries|departments/i;

/** The body one conjunct of a coordination names: "defence" of "ministries" is the defence ministry. */
function conjunctBody(conjunct: string, head: string): string | undefined {
  const portfolio = conjunct.toLowerCase();
  if (head === "ministry" && MINISTRY_NOUNS[portfolio]) return `${portfolio} ministry`;
  if (!isCapitalized(conjunct) || CALENDAR_WORD.test(conjunct)) return undefined;
  return `${titleCase(head)} of ${conjunct}`;
}

/**
 * Bodies that share one plural head: each conjunct before it is a body of its own, of the state
 * that owns the phrase ("Peru's foreign and defence ministries": two ministries of Peru). A
 * conjunct that is neither a ministry's portfolio nor a capitalised name stops the reading
 * ("the regional and local departments").
 */
export function findCoordinatedBodies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
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
export const SHARED_HEAD_CUE = new RegExp(String.raw`\b(?:${Object.keys(SHARED_NAME_HEADS).join("|")})\b`);

/**
 * Two names before a plural head they share are two bodies of that kind: "the Alder and Brook
 * university hospitals" are the Alder University Hospital and the Brook University Hospital (not
 * two persons). A name holding a known actor ("Lisk and Brook airports") or a calendar word is no
 * such name.
 */
export function findSharedHeadBodies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of matchesOf(SHARED_HEAD_BODIES, sentence.text)) {
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
export const BRACKETED_ACRONYM = /^\s*\(([\p{Lu}][\p{L}.]{1,9})\)/u;

/** A capitalised name with its short form in brackets: "The Information Network Security Administration (INSA)". */
const NAME_WITH_ACRONYM =
  /([\p{Lu}][\p{L}-]*(?:\s+(?:(?:of|for|and|the|de|del|la|el|y)\s+)*[\p{Lu}][\p{L}-]*){1,7})\s+\(([\p{Lu}][\p{L}.]{1,9})\)/gu;

/**
 * A bracketed short form belongs to the name before it when it starts like the name ("INSA",
 * "Servel") or most of its capitals are the name's initials ("TGSPDCL" for "Southern Power
 * Distribution Company of Telangana Limited"); otherwise the bracket holds something else.
 */
function shortFormOf(acronym: string, name: string): boolean {
  return acronym[0] === name[0] || initialsCover(acronym, name);
}

/** Most (`share`) of a short form's capitals are initials of the name's words. */
function initialsCover(acronym: string, name: string, share = 0.6): boolean {
  const initials = new Set(name.split(/\s+/).map((w) => w[0]));
  const capitals = [...acronym].filter((c) => /\p{Lu}/u.test(c));
  return capitals.filter((c) => initials.has(c)).length >= Math.ceil(capitals.length * share);
}

/**
 * The part of a name a bracketed short form abbreviates: "Director-General of the Ports and Harbours
 * Authority (PHA)" names the Authority, its head's title before "of the" no part of it. Only a part
 * after "of" that starts with the short form's letter and whose initials give every capital of it
 * ("University of Lisk Teaching Hospital (LUTH)" keeps its whole name).
 */
function abbreviatedPart(acronym: string, name: string): string {
  if (acronym[0] === name[0]) return name;
  for (const m of matchesOf(OF_PART, name))
    if (m[1]![0] === acronym[0] && initialsCover(acronym, m[1]!, 1)) return m[1]!;
  return name;
}
/** Each part of a name after an "of (the)", the first "of" first. */
const OF_PART = /\bof\s+(?:the\s+)?(?=(\p{Lu}.*$))/gu;

/** The noun phrase in apposition right after a name (", a private foundation"). */
const APPOSITION_AFTER = /^\s*,\s+((?:a|an|the)\s+[^,.;:]{1,60})/i;

/** Words that make a bracketed name a public body, not a company. */
const PUBLIC_BODY_NAME = new RegExp(`\\b(?:${NAME_WORDS.publicBodyWords.join("|")})\\b`);

/**
 * A body the gazetteer lacks, introduced with its short form: "the Information Network Security
 * Administration (INSA)", "the Servicio Electoral (Servel)". A public body's name makes an agency
 * of the state the passage is about, any other an organization; both names find it again later.
 */
export function findBodiesWithAcronyms(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  if (!sentence.text.includes("(")) return;
  NAME_WITH_ACRONYM.lastIndex = 0;
  for (let m = NAME_WITH_ACRONYM.exec(sentence.text); m; m = NAME_WITH_ACRONYM.exec(sentence.text)) {
    const name = abbreviatedPart(m[2]!, m[1]!.replace(/^(?:The|A|An)\s+/, ""));
    const start = sentence.start + m.index + m[1]!.length - name.length;
    const end = sentence.start + m.index + m[0].length;
    // A state's name inside the body's name is its owner ("Ruritania Institute of Coastal Surveys").
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
    // "the Lisk Computer Emergency Response Team (LkCERT)": a response team so named is a state's
    // when a state opens its name or a public word is in it; a vendor's or a charity's is its own.
    const publicTeam =
      RESPONSE_TEAM_NAME.test(name) &&
      (owner !== undefined || PUBLIC_NAME_QUALIFIER.test(name)) &&
      !PRIVATE_OWNERSHIP.test(apposition);
    const agency =
      PUBLIC_BODY_NAME.test(name) ||
      publicTeam ||
      (foreignPublicBodyName(name) && !PRIVATE_OWNERSHIP.test(apposition));
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
