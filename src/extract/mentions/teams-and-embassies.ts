/** Response teams (CERTs), embassies and appositive institutions. */
import { nodeKey, slugify } from "../../model/types";
import { entityType, noteEntity, topicState, type DocumentState, type DocumentView } from "../document-state";
import type { ExtractedEntity } from "../types";
import { alternation, NAME_WORDS } from "../lexicon";
import type { Sentence } from "../sentences";
import { phraseTokens, titleCase, matchesOf } from "../text";
import { type Slot, ownerGap } from "./slots";
import {
  CALENDAR_WORD,
  stateOfSlot,
  stateWhereBodyIs,
  bodyHome,
  noteOwnerSource,
  addInstitution,
} from "./institutions";

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

/** The gate of findResponseTeams: the acronym's end every match of RESPONSE_TEAM_NAME holds. */
export const RESPONSE_TEAM_CUE = /C(?:ERT|SIRT|IRT)/;

export function findResponseTeams(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of matchesOf(RESPONSE_TEAM_NAME, sentence.text)) {
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

/** The gate of findEmbassies: the nouns every match of EMBASSY holds, any case. */
export const EMBASSY_CUE = /embass|mission/i;

export function findEmbassies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of matchesOf(EMBASSY, sentence.text)) {
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
  const host = place ? placeState(state, place) : (state.datelineState ?? topicState(state));
  return host && host !== owner ? state.lexicon.entities.get(host)?.label : undefined;
}

/** The state a place names, itself or by its capital ("Accra": Ghana). */
function placeState(state: DocumentView, place: string): string | undefined {
  const placeTokens = phraseTokens(place);
  return state.lexicon.phrases
    .get(placeTokens[0] ?? "")
    ?.find((p) => p.tokens.join(" ") === placeTokens.join(" ") && entityType(state, p.key) === "state")?.key;
}

/** A mission's label as `findEmbassies` writes it when the text gives its seat: "Embassy of Russia in Oslo". */
const SEATED_MISSION = /^Embassy of .+? in (.+)$/;

/**
 * The state a mission sits in, when the text wrote its seat ("the Russian embassy in Tashkent":
 * Uzbekistan); undefined for one named without a seat, whose host is only guessed.
 */
export function missionSeat(state: DocumentView, mission: Readonly<ExtractedEntity>): string | undefined {
  const place = SEATED_MISSION.exec(mission.label)?.[1];
  const seat = place ? placeState(state, place) : undefined;
  return seat !== mission.country ? seat : undefined;
}

/** An office word right after an institution's name: the phrase is a person's title. */
const ROLE_AFTER =
  /^\s+(?:spokes(?:man|woman|person)|minister|secretary|director|head|chief|official|adviser|advisor|officer|press officer|representative)\b/i;

/** "the Storting, the country's parliament", "the Bundestag, the lower house of Germany's parliament". */
const APPOSITIVE_INSTITUTION =
  /\b([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,3}),\s+(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,5}?(?:parliament|legislature|lower house|upper house|senate|assembly|ministry|agency|regulator|intelligence service|security service|police|central bank|cyber ?security (?:agency|authority|centre|center)))\b/gu;

/** What every match of APPOSITIVE_INSTITUTION holds: the gate of findAppositiveInstitutions, tested before its costly scan. */
export const APPOSITION_CUE = /,\s+(?:the|a|an)\s/;

export function findAppositiveInstitutions(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
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

/** Words that open a sentence before a comma without being a name. */
export const CLAUSE_OPENER =
  /^(?:On|In|At|For|By|From|And|But|After|Before|Since|During|Still|However|Meanwhile|Separately|Instead|Later|Earlier|Today|Yesterday|Last|Next|Now|Then|Yet|Also|Indeed)$/;
