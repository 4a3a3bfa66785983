/**
 * What the reading stage remembers between sentences besides the entities: which states the article
 * keeps naming (for "the country"), the state acting in the last sentence and where it is set (for
 * unqualified titles), a role waiting for its holder's name, the last organization named, and the
 * state a dateline's capital stands for. Each note reads one sentence's slots and updates the
 * reading's own memory; nothing outside the reading stage writes these fields.
 */
import { alternation, GOVERNING_PREPOSITIONS, matchPhrases, NAME_WORDS, type Lexicon } from "./lexicon";
import type { DocumentState } from "./document-state";
import type { Slot } from "./mentions";
import type { Sentence } from "./sentences";
import { quotationOpen, titleCase, tokenize } from "./text";

const ROLE_WITHOUT_NAME =
  /['’]s\s+(?:(?:top|most|senior|chief|foreign|defen[cs]e|cyber|security|highest-ranking|[a-z]+est)\s+){0,3}(diplomat|commanders?|chief|head|minister|envoy|general|leader|official)\b/i;

/** "The European Union's top diplomat condemned...": the next person named holds that office. */
export function notePendingRole(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  // Every role of ROLE_WITHOUT_NAME follows a possessive: without one the sentence names none.
  if (!/['’]s\s/i.test(sentence.text)) return;
  for (const slot of slots) {
    const type = state.entities.get(slot.key)?.type;
    if (type !== "state" && type !== "organization") continue;
    // The role may have been folded into the slot already ("the European Union's top diplomat").
    const from = slot.start;
    const m = ROLE_WITHOUT_NAME.exec(state.text.slice(from, Math.min(sentence.end, slot.end + 60)));
    const roleEnd = m ? from + m.index + m[0].length : 0;
    const named =
      m && slots.some((s) => s.source === "person" && s.start >= roleEnd - 1 && s.start <= roleEnd + 4);
    if (m && m.index <= 40 && !/[,;]/.test(state.text.slice(from, from + m.index)) && !named) {
      state.pendingRole = {
        affiliation: slot.key,
        role: m[1],
        sentence: sentence.index,
      };
    }
  }
}

/** "In Lisbon, the interior minister, Rui Tavora, said ...": where the sentence is set is whose officials speak in it. */
export function noteLocative(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  const locative = slots.find(
    (s) =>
      s.start - sentence.start <= 4 &&
      /^in\s+$/i.test(state.text.slice(sentence.start, s.start)) &&
      /^\s*,/.test(state.text.slice(s.end, s.end + 2)),
  );
  if (locative && state.entities.get(locative.key)?.type === "state")
    state.lastSubjectState = { key: locative.key, sentence: sentence.index };
}

/** What every match of VICTIM_AFTER holds, tested first on the whole sentence. */
const PASSIVE_CUE = /\s(?:was|were|been)\s/;
const VICTIM_AFTER =
  /^(?:['’]s)?(?:\s+(?!(?:said|says|told|added|announced|confirmed|reported|that|it)\b)[\p{L}-]+){0,3}\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:hit|hacked|breached|targeted|attacked|struck|compromised|infected|crippled|disrupted)\b/u;

/**
 * "the U.S. firm Eyeline reported", "a Lisk security company said": a state naming where a company is
 * from, at most two words before the company noun. That state does not act; the company does.
 */
const COMPANY_OF_STATE = new RegExp(
  `^\\.?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(NAME_WORDS.referringBodyNouns.company)})\\b`,
  "u",
);

/** The state a subject stands for: a state itself, an agency's, a person's first affiliation's. */
function subjectStateOf(state: DocumentState, key: string): string | undefined {
  const entity = state.entities.get(key);
  if (entity?.type === "state") return key;
  if (entity?.type === "agency") return entity.country;
  if (entity?.type === "person")
    return state.persons
      .get(key)
      ?.affiliations.map((k) => subjectStateOf(state, k))
      .find(Boolean);
  return undefined;
}

/** The state this sentence is about, for unqualified titles in the next one: "In Washington, ..." or its first actor's state. */
export function noteSubjectState(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  const locative = slots.find(
    (s) => s.start - sentence.start <= 4 && /^in\s+$/i.test(state.text.slice(sentence.start, s.start)),
  );
  const first =
    locative ??
    slots.find(
      (s) =>
        s.kind === "actor" &&
        s.source !== "pronoun" &&
        !COMPANY_OF_STATE.test(state.text.slice(s.end, s.end + 40)) &&
        // "“The SVR did it,” the minister said": an actor inside an open quote is what is said, not who
        // acts; the accused side named there must not become the next official's home. (An actor after
        // a bare verb of speech is kept: "He said Lisk had asked for help" is often the passage's state.)
        !quotationOpen(state.text.slice(sentence.start, s.start)),
    );
  // "Qatar's gas producer was hit too": a victim is not the state whose officials speak next.
  if (
    first &&
    !locative &&
    PASSIVE_CUE.test(sentence.text) &&
    VICTIM_AFTER.test(state.text.slice(first.end, sentence.end))
  )
    return;
  const key = first ? subjectStateOf(state, first.key) : undefined;
  if (key) state.lastSubjectState = { key, sentence: sentence.index };
}

/**
 * A word before a slot that makes it no subject of its sentence: a preposition ("In Estonia,",
 * "The attack on X") or a participle ("Hackers working for X", "Crews linked to X").
 */
const PREPOSITION_LEAD = new RegExp(String.raw`\b(?:${GOVERNING_PREPOSITIONS.join("|")})\b`, "i");
const PARTICIPLE_LEAD = /\b\p{Ll}+(?:ing|ed)\b/u;

const notSubjectLead = (lead: string) => PREPOSITION_LEAD.test(lead) || PARTICIPLE_LEAD.test(lead);

/**
 * The body this sentence opens with as its subject ("The Andean Council has spoken out."), for an
 * office the next sentence gives it by a pronoun ("Its secretary-general condemned ..."): its
 * grammatical subject, the first actor with no preposition or participle before it, past a
 * possessor whose own body follows ("Peru's foreign ministry"); none when that subject is a person,
 * a pronoun or a state's adjective ("Estonian hackers").
 */
export function noteSubjectBody(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  const subjects = slots.filter(
    (s) => s.kind === "actor" && !notSubjectLead(state.text.slice(sentence.start, s.start)),
  );
  const first = subjects.find((s) => !s.possessive) ?? subjects[0];
  const body =
    first &&
    first.source !== "pronoun" &&
    first.source !== "demonym" &&
    state.entities.get(first.key)?.type !== "person";
  state.lastSubjectBody = body ? { key: first.key, sentence: sentence.index } : undefined;
}

/** "WASHINGTON" or "Paris": the state a dateline's capital city stands for. */
export function datelineState(lexicon: Lexicon, place: string): string | undefined {
  const match = matchPhrases(tokenize(titleCase(place.toLowerCase())), lexicon).find(
    (m) => m.start === 0 && m.via !== "demonym" && !m.ambiguous,
  );
  return match && lexicon.entities.get(match.key)?.type === "state" ? match.key : undefined;
}

export function updateSalience(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const slot of slots) {
    const entity = state.entities.get(slot.key);
    if (entity?.type === "organization") state.lastOrganization = slot.key;
    if (entity?.type !== "state" || slot.source === "role" || slot.source === "pronoun") continue;
    const s = state.stateSalience.get(slot.key) ?? {
      count: 0,
      last: 0,
      lead: state.stateSalience.size === 0 && sentence.index <= 1,
    };
    s.count++;
    s.last = sentence.index;
    state.stateSalience.set(slot.key, s);
  }
}
