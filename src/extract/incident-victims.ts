/**
 * Which told incident a definite mention's own victim words pick out. "denounced the cyberattack
 * against the Peruvian court", "the breach of the PSA", "the Kestrel breach": the words name what was hit in a
 * form the victim readers take as no body (a state's adjective and a head noun, the body's initials,
 * a name word before the attack noun), so the mention would otherwise join the incident under
 * discussion, even when that one hit another body in another state.
 */
import type { DocumentState } from "./document-state";
import type { AttackSpan, SentenceScan } from "./incident-spans";
import { COPULAS, GOVERNING_PREPOSITIONS, PHRASE_BREAKS, VICTIM_PREPOSITIONS } from "./lexicon";
import { initialsOf, isCapitalized, matchesOf } from "./text";
import type { ExtractedEntity } from "./types";

/** What separates the words of a name or a text: anything but letters and digits. */
export const NAME_WORD_BREAK = /[^\p{L}\d]+/u;

/** The words of four letters or more in an entity's label and aliases, lower case. */
export function nameWords(state: DocumentState, key: string): string[] {
  const entity = state.entities.get(key);
  if (!entity) return [];
  return [entity.label, ...entity.aliases].flatMap((n) =>
    n
      .toLowerCase()
      .split(NAME_WORD_BREAK)
      .filter((w) => w.length >= 4),
  );
}

/** "on the ", "into the ": the preposition that opens the phrase naming what an attack noun hit. */
const VICTIM_OPENING = new RegExp(String.raw`^\s+(?:${VICTIM_PREPOSITIONS.join("|")})\s+(?:the\s+)?`, "i");

/** Up to the clause's next mark: the phrase after the preposition. */
const PHRASE = /^[^,.;:()"“”!?]{1,80}/u;

/** A lower-case word that closes the victim's noun phrase ("... the PSA and ...", "... the court was ..."). */
const PHRASE_END: ReadonlySet<string> = new Set([
  ...PHRASE_BREAKS,
  ...GOVERNING_PREPOSITIONS,
  ...COPULAS,
  "as",
]);

/** A body's initials as the text writes them ("PSA"), a plural "s" allowed. */
const INITIALS = /^\p{Lu}{2,6}s?$/u;

const POSSESSIVE_END = /['’]s$/;

/** A word of a phrase, hyphens and apostrophes inside it. */
const PHRASE_WORD = /[\p{L}\d'’-]+/gu;

/** A word written in lower case. */
const LOWER_START = /^\p{Ll}/u;

/** A word of the victim phrase, where it stands. */
interface PhraseWord {
  word: string;
  start: number;
  end: number;
}

/**
 * The words after "on the" (or the mention's name, "the Kestrel breach"): the noun phrase up to a word
 * that opens another phrase or clause; a possessive not a state's ends it ("the court's servers").
 */
function victimWords(scan: SentenceScan, span: AttackSpan): PhraseWord[] {
  const { state } = scan;
  const sentenceEnd = scan.base + scan.text.length;
  let at: number;
  if (span.name) {
    at = state.text.lastIndexOf(span.name, span.start);
    if (at < scan.base) return [];
  } else {
    const opening = VICTIM_OPENING.exec(state.text.slice(span.end, Math.min(sentenceEnd, span.end + 20)));
    if (!opening) return [];
    at = span.end + opening[0].length;
  }
  const phrase = PHRASE.exec(state.text.slice(at, span.name ? at + span.name.length : sentenceEnd));
  if (!phrase) return [];
  const words: PhraseWord[] = [];
  for (const m of matchesOf(PHRASE_WORD, phrase[0])) {
    const word = m[0];
    if (LOWER_START.test(word) && PHRASE_END.has(word)) break;
    const start = at + m.index;
    words.push({ word, start, end: start + word.length });
    if (words.length >= 5) break;
    if (POSSESSIVE_END.test(word) && !stateAt(scan, start)) break;
  }
  return words;
}

/** The state whose name or adjective a slot at `start` holds. */
function stateAt(scan: SentenceScan, start: number): string | undefined {
  const slot = scan.slots.find((s) => s.start <= start && s.end > start);
  return slot && scan.state.entities.get(slot.key)?.type === "state" ? slot.key : undefined;
}

/** A word of the phrase names a body: its initials, or a word of its names (singular or plural). */
function wordNames(state: DocumentState, key: string, word: string, words: readonly string[]): boolean {
  const entity = state.entities.get(key);
  if (!entity) return false;
  const bare = word.replace(POSSESSIVE_END, "");
  if (INITIALS.test(bare)) {
    const acronym = bare.replace(/s$/, "");
    return [entity.label, ...entity.aliases].some(
      (n) => n === acronym || (n.includes(" ") && initialsOf(n).includes(acronym)),
    );
  }
  const w = bare.toLowerCase();
  return words.some((n) => n === w || `${n}s` === w || `${w}s` === n || `${n}es` === w);
}

/**
 * Whether the phrase names body `key`: the states it names are the body's, and each of its words names
 * the body up to its first name or initials, which close the noun phrase ("the NWC yesterday"). A
 * common word the body's name lacks speaks of another body ("the national broadcaster" is no
 * "National Health Insurance Authority").
 */
function phraseNames(state: DocumentState, key: string, words: PhraseWord[], states: Set<string>): boolean {
  const entity = state.entities.get(key);
  if (!entity || entity.type === "state") return false;
  if (states.size > 0 && !(entity.country && states.has(entity.country))) return false;
  const own = nameWords(state, key);
  for (const w of words) {
    if (!wordNames(state, key, w.word, own)) return false;
    if (isCapitalized(w.word)) return true;
  }
  return true;
}

/**
 * The one incident of the story whose victims a definite mention's own words name, when the victim
 * readers found no body in them; undefined when none or several fit.
 */
export function victimNamedIncident(
  scan: SentenceScan,
  span: AttackSpan,
  targets: readonly string[],
): ExtractedEntity | undefined {
  const { state } = scan;
  // "this assault on Peru's elections": a state read as the victim leaves its body to the words.
  const bodies = targets.filter((t) => state.entities.get(t)?.type !== "state");
  if (span.known || span.verb || span.passive || !(span.definite || span.name)) return undefined;
  const all = victimWords(scan, span);
  const states = new Set<string>();
  const words: PhraseWord[] = [];
  for (const w of all) {
    const s = stateAt(scan, w.start);
    if (s) states.add(s);
    else words.push(w);
  }
  // "the intrusion into the PSA": initials the article gave a body are read as that body, yet name the
  // incident it was hit in as they did when they were only words.
  const byInitials =
    words.length > 0 && words.every((w) => INITIALS.test(w.word.replace(POSSESSIVE_END, "")));
  if (bodies.length > 0 && !byInitials) return undefined;
  // "the attack on the port": news call the current victim by a bare common noun all the time; only a
  // state's word, initials or a capitalised name tell another incident's victim apart.
  if (words.length === 0 || (states.size === 0 && !words.some((w) => isCapitalized(w.word))))
    return undefined;
  const fitting = [...state.entities.values()].filter(
    (e) => e.type === "incident" && (e.targets ?? []).some((t) => phraseNames(state, t, words, states)),
  );
  const found = fitting.length === 1 ? fitting[0] : undefined;
  // An incident under discussion with no victim known yet may be the one the words name, told vaguely
  // ("the two portals fell in one campaign"): nothing tells the two apart.
  const current = state.currentIncident ? state.entities.get(state.currentIncident) : undefined;
  const told = (current?.targets ?? []).some((t) => state.entities.get(t)?.type !== "state");
  return found && (found === current || !current || told) ? found : undefined;
}
