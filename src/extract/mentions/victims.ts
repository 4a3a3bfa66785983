/** Named victims of an attack, and companies named after their state. */
import { nodeKey, slugify } from "../../model/types";
import { entityType, noteEntity, type DocumentState } from "../document-state";
import {
  alternation,
  LOCAL_GOVERNMENT_ENDS,
  NAME_WORDS,
  NOUN_LEMMAS,
  patternFor,
  INTERROGATIVE_SUBJECTS,
  type NounForms,
  type VerbForms,
  type Words,
} from "../lexicon";
import type { Sentence } from "../sentences";
import { EXTRACTION_DEFAULTS } from "../defaults";
import { fold, startsCapitalized, titleCase, type Token } from "../text";
import { type Slot, actorSlot } from "./slots";
import {
  INSTITUTION_HEAD,
  CALENDAR_WORD,
  ROLE_WORD,
  LEADING_FUNCTION_WORDS,
  bodyHome,
  noteOwnerSource,
} from "./institutions";
import { publicHospitalName, publicBodyByName } from "./local-organizations";
import { nameWordTag, readsAsPersonName } from "./person-names";
import { NOT_A_VICTIM_NAME, PLACE_NAME_END } from "./groups";
import { LEGAL_FORM_END, SURNAME_PARTICLE_NEXT } from "./companies";
import { PLACE_OPENER } from "./capitalised-bodies";

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

/**
 * A victim as the subject of a passive hit-verb: "Tarn Freight was breached". The first letter ("the"
 * or the name's capital) is looked for before the look-behind, which reads back over a whole word.
 */
const victimBeforePassive = (words: Words) =>
  patternFor(
    words,
    "mentions.victim-before-passive",
    ({ verbs }) =>
      new RegExp(
        String.raw`(?=[t\p{Lu}])(?<!\p{Lu}[\p{L}\d&.-]*\s+)(?:[Tt]he\s+)?${VICTIM_NAME}\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:${verbs.hit.participle})\b`,
        "gu",
      ),
  );

/**
 * "the attack on Velburg water company", "hit Tarnow port booking system": a name followed,
 * lower-case, by a facility's noun (a word or two of its sector between) names where the facility
 * is; the facility was hit. "hacked Velburg Freight systems" keeps its name: a system noun is the owner's.
 */
const placedFacilityAfter = (words: Words) =>
  patternFor(
    words,
    "mentions.placed-facility-after",
    ({ nouns }) =>
      new RegExp(
        String.raw`^\s+(?:(?!(?:${alternation(LEADING_FUNCTION_WORDS)})\b)\p{Ll}[\p{Ll}-]*\s+){0,2}(${nouns.placedFacility.any})\b(?!-)`,
        "u",
      ),
  );

/**
 * Whether a name reads as a place's: one word ("Velburg"), or a region a compass word opens ("East
 * Varnia"). "Kessler Foods" is a company's, whose plant is its own ("Kessler Foods plant").
 */
const placeLike = (name: string) => {
  const words = name.split(/\s+/);
  return words.length === 1 || (words.length === 2 && PLACE_OPENER.has(words[0]!));
};

/**
 * The facility a place's name stands before ("Velburg water company", "Tarnow police"): the body
 * hit, named by both; its end, and whether its head is a public body's. None for a plural
 * ("Velburg hospitals" may be a company's own, "Heritage Vale hospitals"), a name that is no
 * place's, or a public body's own name.
 */
function placedFacility(
  state: DocumentState,
  name: string,
  end: number,
): { end: number; agency: boolean } | undefined {
  if (!placeLike(name) || PUBLIC_BODY_WORD.test(name)) return undefined;
  const m = placedFacilityAfter(state.lexicon.words).exec(state.text.slice(end, end + 60));
  const head = m?.[1]!.toLowerCase() ?? "";
  if (!m || !(NOUN_LEMMAS.placedFacility as readonly string[]).includes(head)) return undefined;
  return { end: end + m[0].length, agency: INSTITUTION_HEAD.has(head) };
}

/** One cheap test before the victim patterns: a hit-verb or harm noun anywhere in the sentence. */
export const victimCue = (words: Words) =>
  patternFor(
    words,
    "mentions.victim-cue",
    ({ verbs, nouns }) => new RegExp(String.raw`\b(?:${hitOrHarm(verbs.hit, nouns.harm)})`, "i"),
  );

const PUBLIC_BODY_WORD = new RegExp(`\\b(?:${NAME_WORDS.victimBodyEnds.join("|")})$`);

/** "What was hit?": a question's word as written, no name (the acronym "WHO" may be one). */
const ASKING_WORD = new Set(INTERROGATIVE_SUBJECTS.map(titleCase));

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
export function findNamedVictims(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
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
      let name = LEGAL_FORM_END.test(bare) ? bare : bare.replace(/[.-]+$/, "");
      const firstWord = name.split(/\s+/)[0]!;
      const first = firstWord.toLowerCase();
      if (NOT_A_VICTIM_NAME.has(first) || CALENDAR_WORD.test(first) || ASKING_WORD.has(firstWord)) continue;
      const start = sentence.start + m.index + m[0].lastIndexOf(written);
      let end = start + name.length;
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
      // The place alone stays a place: it never names the facility (nor a longer name that opens with it) later.
      const placed = placedFacility(state, name, end);
      if (placed) {
        name = state.text.slice(start, placed.end);
        end = placed.end;
      }
      const agency = placed?.agency || PUBLIC_BODY_WORD.test(name) || publicBodyByName(name);
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
      for (const s of slots.filter((s) => s.start < end && s.end > start)) slots.splice(slots.indexOf(s), 1);
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

/**
 * Whether the state starting at `stateStart` closes a title: "of" right before it, and an office word
 * ("Minister", "Director") among the few words before that.
 */
function closesTitle(tokens: Token[], after: number, stateStart: number): boolean {
  const before = tokens.slice(0, after).filter((t) => t.end <= stateStart);
  if (before.at(-1)?.norm !== "of") return false;
  return before.slice(-EXTRACTION_DEFAULTS.titleWordsBeforeState).some((t) => ROLE_WORD.test(t.text));
}

export function findStateNamedCompanies(
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
      startsCapitalized(tokens[i]!.text) &&
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
    // "the Minister of Security of Lisk Ana Vell said": the state closes a title, its holder's name follows.
    if (
      closesTitle(tokens, first, slot.start) &&
      readsAsPersonName(
        state.lexicon,
        tokens
          .slice(first, i)
          .map((t) => t.text)
          .join(" "),
        true,
      )
    )
      continue;
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
