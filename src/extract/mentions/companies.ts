/** Companies: described, appositive and suffixed companies. */
import { nodeKey, slugify } from "../../model/types";
import { entityType, noteEntity, type DocumentState } from "../document-state";
import { alternation, NAME_WORDS, patternFor, trieAlternation, type Words } from "../lexicon";
import type { Sentence } from "../sentences";
import type { Slot } from "./slots";
import { CALENDAR_WORD } from "./institutions";
import { PRIVATE_OWNERSHIP, noteLocalOrganization } from "./local-organizations";
import { BRACKETED_ACRONYM } from "./lower-case-bodies";
import { CLAUSE_OPENER } from "./teams-and-embassies";
import { readsAsPersonName } from "./person-names";
import { NOT_A_VICTIM_NAME } from "./groups";
import { matchesOf } from "../text";

/**
 * A company's legal form written in initials after its name ("Orr Mining S.A.", "Tarn Coin K.K.",
 * "Lisk Telecom Q.P.S.C.", "Nordhavn Cargo I/S"), two of them in some countries ("Orr Gas S.A.
 * E.S.P."), or a suffix's abbreviation's dot ("Orr Cable Co."): part of the name, though its dots or
 * slash stop the name's word pattern (whose last word must not be the form's first initial).
 */
const LEGAL_FORM_TAIL = String.raw`(?:(?:\s+\p{Lu}(?:(?:\.\p{L}){1,4}\.|/\p{Lu}\b)){1,2}|(?<=\b(?:${alternation(NAME_WORDS.abbreviatedCompanySuffixes)}))\.)?`;

/** A lower-case word joining a Romance name's parts ("Molinos de Arroyo", "Banco de la Plaza"). */
const NAME_JOINER = String.raw`(?:${alternation(NAME_WORDS.nameJoiners)})(?:\s+la)?`;

/** A name ending in a legal form's initials ("Tarn Coin K.K.", "Nordhavn Cargo I/S"). */
export const LEGAL_FORM_END = /\s\p{Lu}(?:(?:\.\p{L}){1,4}\.|\/\p{Lu})$/u;

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

/** A particle opening a surname, then its capitalised word: " dos Reis", " van Dorn". */
export const SURNAME_PARTICLE_NEXT = new RegExp(
  String.raw`^\s+(?:${alternation(NAME_WORDS.nameParticles)})\s+\p{Lu}`,
  "u",
);

/**
 * The nouns every match of describedOrganization holds, their shared beginnings written once: tried
 * at every position of every sentence, the flat list cost three to ten times as much.
 */
export const DESCRIPTION_CUE = new RegExp(trieAlternation(NAME_WORDS.organizationDescriptors));

/** A company name's generic last word: "Ironbark Security" is "Ironbark" further on in the article. */
const COMPANY_NAME_TAIL = new RegExp(
  `^([\\p{Lu}][\\p{L}\\d&-]{3,}(?:\\s+[\\p{Lu}][\\p{L}\\d&-]*)*)\\s+(?:${NAME_WORDS.companyNameTails.join("|")})$`,
  "u",
);

export function findDescribedOrganizations(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
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
 * A firm named right after where it is based (and perhaps a lower-case description), its name
 * ending in a firm's generic last word: "Manila-based Orr Research", "Lima-based vendor Tarn
 * Security". Without the place such a name may be a public body's ("State Security").
 */
const BASED_FIRM = new RegExp(
  String.raw`(?<=\p{L}-based\s+(?:\p{Ll}+\s+){0,2})((?:\p{Lu}[\p{L}\d&-]*\s+){1,3}(?:${NAME_WORDS.companyNameTails.join("|")}))\b`,
  "gu",
);

/** The gate of findBasedFirms: every match of BASED_FIRM holds it. */
export const BASED_FIRM_CUE = /-based/;

export function findBasedFirms(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of matchesOf(BASED_FIRM, sentence.text)) {
    const name = m[1]!;
    const start = sentence.start + m.index;
    const end = start + name.length;
    if (slots.some((s) => s.start < end && s.end > start)) continue; // a known actor, or a name read already
    noteLocalOrganization(state, slots, start, end, name, true);
    // "Orr Research ... Orr said": the firm is named again without its last word.
    const short = COMPANY_NAME_TAIL.exec(name)?.[1];
    if (short && !state.localNames.has(short)) state.localNames.set(short, state.localNames.get(name)!);
  }
}

/** A business noun "and" joins inside one company's name ("Orr Power and Light"): before any other word "and" joins two names. */
const JOINED_BUSINESS_NOUN = `and\\s+(?=(?:${NAME_WORDS.businessNameNouns.join("|")})\\b)`;

/**
 * A capitalised name as news copy writes a company's before its apposition: "Tarn Freight", "Orr &
 * Pike", "Bank of Lisk", and "Orr Gas and Heat": "and" joins a business noun only ("Lisk and
 * Orr, the grid company" is two names).
 */
const APPOSED_COMPANY_NAME = String.raw`((?:[\p{Lu}]|\p{Ll}\p{Lu})[\p{L}\d&-]*(?:\s+(?:&\s+|of\s+|${NAME_JOINER}\s+|${JOINED_BUSINESS_NOUN})?[\p{Lu}][\p{L}\d&-]*(?![./]\p{L})){0,3}${LEGAL_FORM_TAIL})`;

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

export const COMPANY_NOUN_CUE = new RegExp(
  `,\\s+(?:the|a|an|one of)\\s[^,]*(?:${[...NAME_WORDS.companyNouns, ...NAME_WORDS.companyOwnership].join("|")})`,
);

export function findAppositiveCompanies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
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
const COMPANY_NAME_ENDS = [
  ...NAME_WORDS.companySuffixes,
  ...NAME_WORDS.legalFormWords,
  ...NAME_WORDS.operatedFacilityEnds,
  ...NAME_WORDS.researchFirmHeads,
  ...NAME_WORDS.researchFirmNameEnds,
];
const COMPANY_NAME_END = COMPANY_NAME_ENDS.join("|");

const LEGAL_FORM_INITIALS = alternation(NAME_WORDS.legalFormInitials);

/** A legal form in capitals ("SA", "AG", "PCL") or in initials ("S.p.A."), not a word ("Corporation"). */
const IS_SHORT_FORM = /^\p{Lu}{2,4}$/u;
const SHORT_FORM_END = [
  ...COMPANY_NAME_ENDS.filter((end) => IS_SHORT_FORM.test(end)),
  LEGAL_FORM_INITIALS,
].join("|");
const WORD_FORM_END = COMPANY_NAME_ENDS.filter((end) => !IS_SHORT_FORM.test(end)).join("|");

/** One capitalised word of a suffixed company's name, then the "and" that may join the next. */
const SUFFIXED_NAME_WORD = (joiner: string) =>
  `(?:(?!(?:${COMPANY_NAME_END})\\s+and\\s)[\\p{Lu}][\\p{L}\\d&'’-]*\\s+(?:${joiner})?)`;

/** A company's name by its legal or trade suffix: "Khuzestan Steel Company", "Harbor Freight Lines Inc.". */
const SUFFIXED_COMPANY = new RegExp(
  // "and" inside one name: "Lisk Electricity and Water Corporation", "Oil and Natural Gas
  // Corporation"; after a suffix it joins two names ("Orr Werke GmbH and Tarn Coal JSC"). Before a
  // legal form in initials it joins only a business noun: "Dakar and Orr Vrac SA" is a place and a
  // firm. Initials before a person's name are a title: "Ohio AG Dana Orr" names no firm.
  `(?<!\\p{Lu}[\\p{L}\\d&'’-]*\\s)(${SUFFIXED_NAME_WORD("and\\s+(?=\\p{Lu})")}{1,5}(?:${WORD_FORM_END})\\b|${SUFFIXED_NAME_WORD(JOINED_BUSINESS_NOUN)}{1,5}(?:${SHORT_FORM_END})(?![\\p{L}\\d])(?!\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}))`,
  "gu",
);

export const COMPANY_SUFFIX_CUE = new RegExp(`${COMPANY_NAME_END}|${LEGAL_FORM_INITIALS}`);

const RESEARCH_FIRM_NAME_END = new Set<string>(NAME_WORDS.researchFirmNameEnds);

/** A research firm's name by its last words ("Orr Labs", "Orr Threat Research"). */
const RESEARCH_FIRM_END = new RegExp(
  `\\s(?:${[...NAME_WORDS.researchFirmHeads, ...NAME_WORDS.researchFirmNameEnds].join("|")})$`,
);

const NAME_JOINER_BEFORE = new RegExp(String.raw`\s(?:${alternation(NAME_WORDS.nameJoiners)})\s+$`);

/** A possessive first word ("Lisk's Orr Airport"): the owner's, when a state's slot covers it. */
const POSSESSOR_FIRST = /^[\p{L}.-]+['’]s?\s+/u;

/** Words a sentence or clause opens with that never open a company's name ("But", "The"). */
const NAME_OPENING_FUNCTION_WORD = new Set<string>(NAME_WORDS.nameOpeningFunctionWords);

/**
 * A capitalised run less the words its sentence or clause opens with: "But Orr Labs, a security
 * firm, said" names Orr Labs; "Next Generation Telecom Company" keeps its first word.
 */
function withoutOpeningWords(written: string): string {
  const words = written.split(/\s+/);
  const first = words.findIndex((w) => !NAME_OPENING_FUNCTION_WORD.has(w));
  return first <= 0
    ? written
    : written.slice(written.indexOf(words[first]!, words.slice(0, first).join(" ").length));
}

export function findSuffixedCompanies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of matchesOf(SUFFIXED_COMPANY, sentence.text)) {
    // "Amman-based Orr Labs": where a company is based opens its description, not its name.
    const written = withoutOpeningWords(m[1]!).replace(/^\S+-based\s+/u, "");
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
