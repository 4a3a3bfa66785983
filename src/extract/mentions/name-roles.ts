/**
 * Role typing: a name the gazetteer lacks, typed by what the article says it is or does, as a reader
 * types a name never seen before. Read over the whole article before its sentences are, like the
 * introduced group names, so the typing holds wherever the name stands.
 */
import {
  alternation,
  FINITE_BE,
  NAME_WORDS,
  patternFor,
  REGION_DEMONYM_PREFIXES,
  type Lexicon,
  type Words,
} from "../lexicon";
import type { Sentence } from "../sentences";
import { onOneLine } from "./slots";
import { CALENDAR_WORD, LEADING_FUNCTION_WORDS } from "./institutions";
import { CLAUSE_OPENER } from "./teams-and-embassies";
import { isOrdinaryWord, nameWordTag, readsAsPersonName } from "./person-names";
import { matchesOf, phraseTokens } from "../text";

/** What the article's own words make of names it never introduces with a naming phrase. */
export interface NameRoles {
  /** Names the article says are threat groups ("Dune Kestrel was a ransomware crew"). */
  groups: ReadonlySet<string>;
  /** Names the article refers back to as a thing, never a person ("Dune Kestrel rebuilt its servers"). */
  notPersons: ReadonlySet<string>;
}

/**
 * A name standing as a clause's subject: up to four capitalised words or a handle ("Dune Kestrel",
 * "Kr0n_Team"), not the tail of a longer capitalised run. The capital is looked for first: the
 * engine runs the look-behinds in order at every position, and the second one reads back over a
 * whole word, while most positions hold no capital.
 */
const SUBJECT_NAME = String.raw`(?=\p{Lu})(?<![\p{L}\d_$&'’-])(?<!\p{Lu}[\p{L}\d_-]*[ \u00a0])(?<name>\p{Lu}[\p{L}\d_$-]*(?:[ \u00a0]\p{Lu}[\p{L}\d_$-]*){0,3})`;

/**
 * "Dune Kestrel was a ransomware crew", "Dune Kestrel is an extortion gang": a copula before an
 * indefinite noun phrase headed by a threat group's noun, its modifiers captured. A negated copula
 * says what the name is not.
 */
const groupPredicate = (words: Words) =>
  patternFor(
    words,
    "mentions.group-predicate",
    ({ nouns }) =>
      new RegExp(
        String.raw`${SUBJECT_NAME}\s+(?:${FINITE_BE.join("|")})\s+(?:also\s+)?(?:a|an)\s+(?<modifiers>(?:[\p{L}'’-]+\s+){0,3}?)(?<noun>${nouns.group.any})\b`,
        "gu",
      ),
  );

/** "Dune Kestrel rebuilt its servers", "Dune Kestrel quietly sold their tools": a thing's possessive after its verb. */
const THING_POSSESSIVE = new RegExp(String.raw`${SUBJECT_NAME}\s+(?:\p{Ll}+\s+){1,2}(?:its|their)\b`, "gu");

/**
 * "Dune_Kestrel posted the files on its leak site", "Dune Kestrel did, on their leak site", "on Dune
 * Kestrel's leak site": the subject of a clause that ends on its own extortion site (`crewPossessions`),
 * or the possessor of one, is a threat crew. The words between are the clause's own: lower-case words
 * or quoted names ('listed "Orr Mills" on its leak site'), no possessive of another ("Acme found its
 * files on their leak site" says whose files), no other name and no sentence break.
 */
const CREW_POSSESSION = alternation(NAME_WORDS.crewPossessions).replace(/ /g, String.raw`\s+`);
const CREW_POSSESSOR = new RegExp(
  String.raw`${SUBJECT_NAME}(?:['’]s\s+|\s+(?:(?!(?:its|their)\s)(?:\p{Ll}[^\s.;:!?]*|["“][^"”]{1,40}["”],?)\s+){1,8}?(?:on|to|via|from)\s+(?:its|their)\s+)(?:${CREW_POSSESSION})\b`,
  "gu",
);

/** What every match of CREW_POSSESSOR holds. */
const CREW_POSSESSION_CUE = new RegExp(String.raw`\b(?:${CREW_POSSESSION})\b`);

/** A possessor's name less the calendar words a clause opens on ("Tuesday MarlinTide" → "MarlinTide"). */
function possessorName(written: string): string | undefined {
  const nameWords = subjectName(written)?.split(/\s+/) ?? [];
  const first = nameWords.findIndex((w) => !CALENDAR_WORD.test(w));
  return first < 0 ? undefined : nameWords.slice(first).join(" ");
}

/** What every match of the two patterns holds: a copula before an article, or a thing's possessive. */
const ROLE_CUE = new RegExp(String.raw`\b(?:(?:${FINITE_BE.join("|")})\s+(?:also\s+)?an?|its|their)\s`);

const THREAT_MODIFIER = new Set<string>(NAME_WORDS.threatGroupModifiers);

/**
 * Whether a group noun's modifiers make it a threat group's: a threat word ("hacking"), or a
 * criminal group's noun needing none ("gang"). A nationality is not enough: "a Swedish group" is
 * how news describe a company group.
 */
function isThreatGroupPhrase(modifiers: string, noun: string, words: Words): boolean {
  const criminal = patternFor(
    words,
    "mentions.criminal-group-noun",
    ({ nouns }) => new RegExp(`^(?:${nouns.criminalGroup.any})$`),
  );
  if (criminal.test(noun)) return true;
  return modifiers.split(/\s+/).some((w) => THREAT_MODIFIER.has(w.toLowerCase()));
}

/** The name a subject pattern read, less the clause's opening words ("But Dune Kestrel" → "Dune Kestrel"). */
function subjectName(written: string): string | undefined {
  const nameWords = written.split(/\s+/);
  const first = nameWords.findIndex(
    (w) => !LEADING_FUNCTION_WORDS.has(w.toLowerCase()) && !CLAUSE_OPENER.test(w),
  );
  return first < 0 ? undefined : nameWords.slice(first).join(" ");
}

/** A digit, "_", "$" or a capital inside a word: a handle's marks ("Kr0n_Team", "DarkSide"). */
const HANDLE_MARK = /[\d_$]|\p{Ll}\p{Lu}/u;

/**
 * Names a person's would not fit: several words or a handle, and not a given name with a known
 * surname ("Ana Quispe"). A single plain word ("Officials", "Moscow") says too little to be typed.
 */
function typableName(lexicon: Lexicon, name: string | undefined): name is string {
  if (!name) return false;
  if (!/\s/.test(name) && !HANDLE_MARK.test(name)) return false;
  return !readsAsPersonName(lexicon, name);
}

/**
 * "Quartz Marmot", "Amber Sleet Typhoon": a name of two or three capitalised words ending on a noun of
 * the vendors' naming schemes (`threatNameAnimals`), going on into no longer name ("Red Panda Ltd").
 */
const SCHEME_NAME = new RegExp(
  String.raw`(?<![\p{L}\d_&'’-])(?<!\p{Lu}[\p{L}\d&-]*[ \u00a0])(\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]+)?[ \u00a0](?:${alternation(NAME_WORDS.threatNameAnimals)}))(?![\p{L}\d_-])(?![ \u00a0]+\p{Lu})`,
  "gu",
);

/** What every match of SCHEME_NAME holds: one of the scheme's nouns after a space. */
const SCHEME_NOUN_CUE = new RegExp(String.raw`\s(?:${alternation(NAME_WORDS.threatNameAnimals)})\b`);

/** A cyber attack or its tool named anywhere: what makes a scheme's name a threat group's there. */
const cyberDeedCue = (words: Words) =>
  patternFor(
    words,
    "mentions.role-cyber-deed",
    ({ nouns }) => new RegExp(`\\b(?:${nouns.cyberDeed.any})\\b`, "i"),
  );

/** A naming verb or a cyber tool's noun right before a name: the name is a tool's ("the wiper, dubbed X"). */
const toolNamedBefore = (words: Words) =>
  patternFor(
    words,
    "mentions.tool-named-before",
    ({ nouns, verbs }) =>
      new RegExp(String.raw`\b(?:${nouns.cyberDeed.any}|${verbs.naming.past})\s*,?\s+(?:the\s+)?["“]?$`, "i"),
  );

/**
 * Names shaped as the security vendors name threat groups ("Quartz Marmot", "Amber Typhoon") in an
 * article about a cyber attack: not a gazetteer name of as many words ("Russian Bear"), not a
 * person's (a given name first, a known surname last, or the last word used alone further on), not a
 * tool's (after a naming verb or a malware noun).
 */
function schemeNamedGroups(sentences: readonly Sentence[], lexicon: Lexicon): string[] {
  if (!sentences.some((s) => cyberDeedCue(lexicon.words).test(s.text))) return [];
  const found: string[] = [];
  for (const sentence of sentences) {
    const { text } = onOneLine(sentence);
    if (!SCHEME_NOUN_CUE.test(text)) continue;
    for (const m of matchesOf(SCHEME_NAME, text)) {
      const name = subjectName(m[1]!);
      const nameWords = name?.split(/\s+/) ?? [];
      if (!name || nameWords.length < 2 || found.includes(name) || !typableName(lexicon, name)) continue;
      // A gazetteer name is typed by the gazetteer, and a known name's word opening it makes a figure
      // of speech ("the Russian Bear"); a name sharing only its first word with a longer gazetteer
      // name ("Cobalt Marmot" beside a group's alias "Cobalt Gypsy") is a name of its own.
      const tokens = phraseTokens(name);
      const known = (p: { tokens: string[] }) =>
        p.tokens.length === 1 || p.tokens.join(" ") === tokens.join(" ");
      if (lexicon.phrases.get(tokens[0] ?? "")?.some(known)) continue;
      // "Lucy Heron, a spokeswoman": a given name first, or the animal a known surname, is a person's.
      const [first, last] = [nameWordTag(lexicon, nameWords[0]!), nameWordTag(lexicon, nameWords.at(-1)!)];
      if (first.given || last.surname || shortenedToLastWord(sentences, name)) continue;
      // "a tool called Silver Python", "the malware, dubbed Night Scorpion": a tool's name, not its makers'.
      if (toolNamedBefore(lexicon.words).test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      found.push(name);
    }
  }
  return found;
}

/** The names the article types by what it says they are or do (`NameRoles`). */
export function nameRoles(sentences: readonly Sentence[], lexicon: Lexicon): NameRoles {
  const { words } = lexicon;
  const groups = new Set<string>();
  const notPersons = new Set<string>();
  for (const sentence of sentences) {
    const { text } = onOneLine(sentence);
    if (CREW_POSSESSION_CUE.test(text))
      for (const m of matchesOf(CREW_POSSESSOR, text)) {
        const name = possessorName(m.groups!.name!);
        if (typableName(lexicon, name)) groups.add(name);
      }
    if (!ROLE_CUE.test(text)) continue;
    for (const m of matchesOf(groupPredicate(words), text)) {
      if (!isThreatGroupPhrase(m.groups!.modifiers!, m.groups!.noun!, words)) continue;
      const name = subjectName(m.groups!.name!);
      if (typableName(lexicon, name)) groups.add(name);
    }
    for (const m of matchesOf(THING_POSSESSIVE, text)) {
      const name = subjectName(m.groups!.name!);
      if (typableName(lexicon, name)) notPersons.add(name);
    }
  }
  for (const name of schemeNamedGroups(sentences, lexicon)) groups.add(name);
  return { groups, notPersons };
}

/** A letter, digit or joiner a word's own: what may not stand next to a word found alone. */
const WORD_CHAR = /[\p{L}\d_$-]/u;

/** A capitalised word right before or after a word: the two are one longer name. */
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}\d&'’-]*\s+$/u;
const NAME_WORD_AFTER = /^\s+\p{Lu}/u;

/** Only spaces, quotation marks or brackets before a word in its sentence: it opens the sentence. */
const OPENS_SENTENCE = /^[\s"“‘'([]*$/u;

/**
 * Whether a several-word name's last word stands alone in the text, without the words before it
 * ("Ruby Alvarez ... police said Alvarez was arrested"): news refer back to a person by surname,
 * never to a threat group by the last word of its name. Not an ordinary word ("Team", "Harbor"),
 * which is capitalised alone for other reasons, nor a word opening its sentence.
 */
export function shortenedToLastWord(sentences: readonly Sentence[], name: string): boolean {
  const nameWords = name.split(/\s+/);
  const last = nameWords.at(-1)!;
  if (nameWords.length < 2 || isOrdinaryWord(last)) return false;
  return sentences.some(({ text }) => {
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
      const end = at + last.length;
      if (WORD_CHAR.test(text[at - 1] ?? "") || WORD_CHAR.test(text[end] ?? "")) continue;
      if (OPENS_SENTENCE.test(text.slice(0, at))) continue;
      // After the name's own first words, or inside another capitalised name ("the Collective
      // Security Treaty"), the word is not alone.
      if (NAME_WORD_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
      if (!NAME_WORD_AFTER.test(text.slice(end, end + 3))) return true;
    }
    return false;
  });
}

/** A region's prefix right before a demonym, joined by a space or a hyphen ("Latin American", "Inter-American"). */
const REGION_PREFIX_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${alternation(REGION_DEMONYM_PREFIXES)})[- \u00a0]$`,
  "u",
);

/**
 * Whether the demonym at `start` of the state labelled `stateLabel` is a region's, not the state's:
 * "the Pan American Health Organization", "Latin American leaders" name no United States; "North
 * Macedonian police" are North Macedonia's, whose name opens with the prefix.
 */
export function demonymOfRegion(text: string, start: number, stateLabel: string): boolean {
  const prefix = REGION_PREFIX_BEFORE.exec(text.slice(Math.max(0, start - 10), start))?.[0];
  return prefix !== undefined && !stateLabel.startsWith(prefix.slice(0, -1));
}
