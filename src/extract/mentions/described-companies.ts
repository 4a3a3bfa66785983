/**
 * Companies named only by a lower-case description of what they run: "the state-owned water
 * distributor", "a freight operator in Gdynia", "Peru's national electricity utility". Issue 8:
 * companies, state-owned ones too, are organizations (no part-of), and a lower-case description
 * is a name of its own when the text gives no other.
 */
import { nodeKey, slugify } from "../../model/types";
import { entityType, noteEntity, type DocumentState } from "../document-state";
import { alternation, NAME_WORDS } from "../lexicon";
import type { Sentence } from "../sentences";
import { matchesOf } from "../text";
import { type Slot, actorSlot } from "./slots";
import { CALENDAR_WORD } from "./institutions";
import { EXTRACTION_DEFAULTS } from "../defaults";

const OWNER = alternation(NAME_WORDS.describedUtilityOwners);
const TRADE = alternation(NAME_WORDS.describedUtilityTrades);
const HEAD = alternation(NAME_WORDS.describedUtilityHeads);

/**
 * The description after an article (1) or a possessive: a state's demonym (2), who owns or serves
 * it (3), its trade (4), its head noun (5), and where it is (6: "of Latvia", "in the Northern
 * Cape", "in eastern Ohio").
 */
const DESCRIBED_COMPANY = new RegExp(
  String.raw`(?:\b([Tt]he|[Aa]n?)\s+|(?<=\p{L}['’]s?\s))(?:(\p{Lu}[\p{L}-]*)\s+)?(?:(${OWNER})\s+)?((?:${TRADE})(?:\s+and\s+(?:${TRADE}))?)\s+(${HEAD})\b(?:\s+((?:of|in)\s+(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))?`,
  "dgu",
);

/** A cheap test that a sentence may hold such a description (findDescribedCompanies' gate): one of the head nouns. */
export const HEAD_CUE = new RegExp(String.raw`\b(?:${HEAD})\b`);

/** The state slot written as a possessive right before `at` ("Peru's "), if there is one. */
function possessiveStateBefore(state: DocumentState, slots: Slot[], at: number): Slot | undefined {
  return slots.find(
    (s) =>
      s.end < at && /^['’]s?\s+$/.test(state.text.slice(s.end, at)) && entityType(state, s.key) === "state",
  );
}

/**
 * The state slot a demonym opening the description starts ("Thai"; "Thai state" where the reading
 * took "state-owned" for the state itself), if there is one.
 */
function stateSlotAt(state: DocumentState, slots: Slot[], start: number, end: number): Slot | undefined {
  return slots.find((s) => s.start === start && s.end >= end && entityType(state, s.key) === "state");
}

/** ", the" or ", a" (after a short form in brackets) between a name and the description apposed to it. */
const APPOSITION_GAP = /^(?:\s*\([^()]{1,12}\))?,\s+(?:the|a|an)\s+$/i;

/** The body named right before the description, which the description then describes ("Orr Power, the national power company"). */
function namedBefore(state: DocumentState, slots: Slot[], at: number): Slot | undefined {
  return slots.find(
    (s) =>
      s.end < at && APPOSITION_GAP.test(state.text.slice(s.end, at)) && entityType(state, s.key) !== "state",
  );
}

/**
 * A slot the description may replace: a state's (its owner or place), or its own words found again
 * as the local name of a company described before ("national electricity utility" in "Chile's
 * national electricity utility" after "Peru's national electricity utility"), which it reads afresh.
 */
function readAgain(state: DocumentState, slot: Slot, d: Description): boolean {
  if (entityType(state, slot.key) === "state") return true;
  const echoed = slot.key === state.localNames.get(d.core) || slot.key === state.localNames.get(d.short);
  return echoed && slot.start >= d.from && slot.end <= d.end;
}

/** A capitalised word right after the description: the name it introduces. */
const NAME_AFTER = /^ \p{Lu}/u;

/** Where the description's place ends: its tail up to a calendar word ("in October" is a date). */
function placeTail(tail: string | undefined): string | undefined {
  if (!tail) return undefined;
  const words = tail.split(/\s+/);
  const dated = words.findIndex((w) => CALENDAR_WORD.test(w));
  return dated < 0 ? tail : dated <= 2 ? undefined : words.slice(0, dated).join(" ");
}

/** Where a match's group starts in the sentence (the pattern has flag "d"). */
const groupIndex = (m: RegExpExecArray, group: number) => m.indices?.[group]?.[0] ?? m.index;

/** One description read: its written parts and where it stands. */
interface Description {
  label: string;
  /** Who owns it, its trade and its head ("state-owned power distributor"). */
  core: string;
  /** Its trade and head alone ("power distributor"): what a later "the power distributor" refers to. */
  short: string;
  from: number;
  end: number;
  /**
   * Whether it names a company of its own: where it is ("a freight operator in Gdynia"), or who owns
   * it in a definite description ("the state-run water distributor", "Peru's national electricity utility").
   */
  qualified: boolean;
  /**
   * Whether it says whose or where it is (a place, a state's possessive or demonym): such a
   * description names one company and is found again only by its whole label; one that does not
   * ("the port operator") may refer back to any company described before with its words.
   */
  placed: boolean;
}

/** The description a match of DESCRIBED_COMPANY writes, or undefined where its capital opens no state's demonym. */
function describe(
  state: DocumentState,
  slots: Slot[],
  sentence: Sentence,
  m: RegExpExecArray,
): Description | undefined {
  const [, article, capital, owner, trade, head] = m;
  const start = sentence.start + groupIndex(m, capital ? 2 : owner ? 3 : 4);
  // "the Tarn power company": a name before the trade is the company's own, read elsewhere.
  if (capital && !stateSlotAt(state, slots, start, start + capital.length)) return undefined;
  const tail = placeTail(m[6]);
  const possessor = capital ? undefined : possessiveStateBefore(state, slots, start);
  const short = `${trade!} ${head!}`.replace(/\s+/g, " ");
  const core = owner ? `${owner} ${short}` : short;
  const from = possessor?.start ?? start;
  // "Peru's national electricity utility": the possessor stays in the label, one company per state.
  const opening = possessor ? state.text.slice(from, start) : capital;
  return {
    label: [opening?.trim(), core, tail].filter(Boolean).join(" ").replace(/\s+/g, " "),
    core,
    short,
    from,
    end: tail
      ? sentence.start + groupIndex(m, 6) + tail.length
      : sentence.start + (m.indices?.[5]?.[1] ?? m.index + m[0].length),
    // "a state-run gas company" may be one named later; "the city's gas company" one named before.
    qualified: Boolean(tail || (owner && (article?.toLowerCase() === "the" || possessor))),
    placed: Boolean(tail || possessor || capital),
  };
}

/** Gives the entity at `key` the description's names, and makes them find it again later in the article. */
function nameAgain(state: DocumentState, key: string, d: Description, written: string): void {
  const entity = state.entities.get(key);
  if (!entity) return;
  for (const alias of [d.label, written, d.core, d.short])
    if (
      alias !== entity.label &&
      !entity.aliases.includes(alias) &&
      alias.length < EXTRACTION_DEFAULTS.maxAliasLength
    )
      entity.aliases.push(alias);
  if (!state.localNames.has(d.label)) state.localNames.set(d.label, key);
  // "the port operator": the company last described with these words.
  state.localNames.set(d.core, key);
  state.localNames.set(d.short, key);
}

export function findDescribedCompanies(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of matchesOf(DESCRIBED_COMPANY, sentence.text)) {
    const d = describe(state, slots, sentence, m);
    if (!d) continue;
    const written = state.text.slice(d.from, d.end).replace(/\s+/g, " ");
    // "Orr Power, the national power company": the description is the named company's.
    const described = namedBefore(state, slots, d.from);
    if (described) {
      nameAgain(state, described.key, d, written);
      continue;
    }
    if (slots.some((s) => s.start < d.end && s.end > d.from && !readAgain(state, s, d))) continue;
    // "the national gas company Tarngas": the name after it is the company's (companies.ts reads it).
    if (NAME_AFTER.test(state.text.slice(d.end, d.end + 3))) continue;
    // "the port operator" after "the state-owned port operator": the company named before; with
    // nothing saying whose or where, and no such company before, a reference to what it cannot find.
    const before = d.placed
      ? state.localNames.get(d.label)
      : (state.localNames.get(d.label) ?? state.localNames.get(d.core) ?? state.localNames.get(d.short));
    if (!before && !d.qualified) continue;
    const key = before ?? nodeKey("organization", slugify(d.label));
    noteEntity(state, key, { type: "organization", label: d.label }, { start: d.from, end: d.end }, d.label);
    nameAgain(state, key, d, written);
    for (let i = slots.length - 1; i >= 0; i--)
      if (slots[i]!.start >= d.from && slots[i]!.end <= d.end) slots.splice(i, 1);
    slots.push(actorSlot(state.text, d.from, d.end, key));
  }
}
