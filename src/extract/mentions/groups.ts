/** Threat groups: named, aliased, described and introduced groups, and vendor designations. */
import { nodeKey, slugify } from "../../model/types";
import { entityType, noteEntity, type DocumentState } from "../document-state";
import {
  AGENT_NAME_FOLLOWERS,
  alternation,
  NAME_WORDS,
  patternFor,
  PHRASE_BREAKS,
  POSTING_SERVICES,
  CULPRIT_ROLE_WORDS,
  DEED_PHRASE,
  DEFINITE_DETERMINERS,
  FINITE_BE,
  OBJECT_PRONOUNS,
  trieAlternation,
  type Lexicon,
  type VerbForms,
  type Words,
} from "../lexicon";
import type { Sentence } from "../sentences";
import { titleCase, matchesOf } from "../text";
import { REGION_ADJECTIVES } from "../coref";
import {
  type Slot,
  type NamedIncidentMention,
  type GroupNameSpan,
  type IntroducedGroups,
  type SentenceGroupNames,
  onOneLine,
} from "./slots";
import { INSTITUTION_HEAD, CALENDAR_WORD, ROLE_WORD, LEADING_FUNCTION_WORDS } from "./institutions";
import { COMPANY_NAME_WORD, PLACE_OPENER } from "./capitalised-bodies";
import { CLAUSE_OPENER } from "./teams-and-embassies";
import { readsAsPersonName, isOrdinaryWord } from "./person-names";
import { nameRoles, shortenedToLastWord } from "./name-roles";

/**
 * A threat group the article names as it introduces it: "an actor it calls Storm-0558", "a group
 * calling itself the Cyber Fist", "hackers known as Slate Heron", "a group tracked as Slate Heron",
 * "an outfit he called "Slate Heron"", "officials named the group as Slate Heron". The name
 * (quoted or not) is new to the gazetteer, so it becomes a group of this article and is found again by name.
 */
const namedGroupPattern = (words: Words) =>
  patternFor(words, "mentions.named-group", ({ verbs, nouns }) => {
    const naming = `${namingForms(verbs.naming)}|${verbs.handle.any}|${selfNaming(verbs.selfNaming.any)}`;
    // "that the industry calls X", "which Western vendors call X": a namer of up to two words.
    // A capitalised namer may be a short form with a hyphen ("CERT-XY tracks as").
    // A body's or a firm's full name names it too, when it ends on a body's head, a company's word or
    // its short form in brackets ("which the Orr Signals Directorate calls X", "that Tarn Threat
    // Intelligence tracks as X", "that the Lisk Cyber Command (LCC) names X"); not any capitalised
    // words ("that the Prime Minister called X").
    const nameWords = String.raw`[\p{Lu}][\p{L}-]+(?:\s+(?:(?:and|of|for)\s+)?[\p{Lu}][\p{L}-]+){0,5}`;
    const shortForm = String.raw`\s+\([\p{Lu}\d-]+\)`;
    const body = `(?:the\\s+)?${nameWords}(?:\\s+(?:${BODY_NAMER_HEAD})\\b(?:${shortForm})?|${shortForm})`;
    const namer = `it|they|we|he|she|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${nouns.researcher.any}|${nouns.namer.any})|${body}|[\\p{Lu}][\\p{L}\\d-]+`;
    // "a crew known as X", "the group, which is known as X", "the gang they call X", "a cluster of
    // activity it tracks as X", "hackers who go by X", "a team known to researchers as X".
    // "the crew responsible, dubbed X": the group's role may stand between.
    const describedGroup = `(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.namedTeam.any})(?:\\s+of\\s+(?:${nouns.observedActivity.any})|\\s+(?:${alternation(CULPRIT_ROLE_WORDS)}))?,?\\s+(?:(?:that|which|whom|who)\\s+)?(?:(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)?(?:(?:${namer})\\s+)?(?:${naming})`;
    // "an operator we track as X", "a single operator, which researchers call X": a namer is needed,
    // and one who tracks threats: a bare capitalised word or a demonym names a grid's or a port's
    // operator as its public knows it ("the grid operator, which Estonians call Elering").
    const tracker = `it|they|we|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${nouns.researcher.any}|${nouns.namer.any})|${body}`;
    const operatorNamed = `(?:${nouns.trackedOperator.any}),?\\s+(?:(?:that|which|whom)\\s+)?(?:${tracker})\\s+(?:${naming})`;
    // "named the group as X", "call the group X": a name right after the group noun needs a capital.
    const groupNamed = `(?:${verbs.naming.past}|${verbs.naming.present})\\s+(?:the|this|that)\\s+(?:${nouns.group.any})(?:\\s+as|\\s*,|(?=\\s+["\\u201c]?[\\p{Lu}\\d]))`;
    // "named it: X", "called the culprits: X": a naming verb, its object, a colon, the name.
    const namedAfterColon = `(?:${verbs.naming.past}|${verbs.naming.present})\\s+(?:it|them|(?:the|this|that)\\s+(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.culprit.any}))\\s*:`;
    // "has followed its operations since 2019 under the name X": the name researchers file a group's
    // activity under; the observed object is a group, a pronoun or its activity, with no clause between.
    const observed = `(?:(?:the|its|their|this|that)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.observedActivity.any})|it|them`;
    const filedUnder = `(?:${verbs.observe.any})\\s+(?:${observed})(?:\\s+(?:for|since|over)\\s+[^,.;:]{0,30}?)?\\s+under\\s+the\\s+(?:names?|monikers?|labels?)`;
    // "the group responsible was X", "the actor behind the breach is X": a copula names the group.
    // The deed after "behind" is an object pronoun or a noun phrase after a definite determiner that
    // runs, inside its clause, to a finite "be": no punctuation, no word that opens a clause, no speech
    // verb ("the group behind the attack said the culprit was X" names no group), no relative word,
    // and a determiner only after a preposition ("behind the raid on the depot"): a determiner after
    // any other word opens a verb's object ("the crew behind the raid ran a tool whose ...").
    const copula = FINITE_BE.join("|");
    const determiner = [...DEFINITE_DETERMINERS, ...DEED_PHRASE.determiners].join("|");
    const preposition = DEED_PHRASE.prepositions.join("|");
    const notDeed = `(?:${[...PHRASE_BREAKS, ...FINITE_BE, ...DEED_PHRASE.relatives, ...DEED_PHRASE.prepositions].join("|")}|${determiner}|${verbs.speech.any}|${verbs.speechPast.past})\\b`;
    const deedWords = `(?!${notDeed})[\\p{L}-]+(?:\\s+(?!${notDeed})[\\p{L}'’-]+)*?`;
    const deed = `${OBJECT_PRONOUNS.join("|")}|(?:${DEFINITE_DETERMINERS.join("|")})\\s+${deedWords}(?:\\s+(?:${preposition})(?:\\s+(?:${determiner}))?\\s+${deedWords})*?`;
    const responsibleIs = `(?:${nouns.group.any}|${nouns.attacker.any})\\s+(?:responsible|behind\\s+(?:${deed}))\\s+(?:${copula})`;
    // "the self-styled "Cyber Fist"": the bearers' own name.
    const selfNamed = alternation(NAME_WORDS.selfNamingModifiers);
    // A hashtag's "#" opens a name the crew posts under ("calling themselves #Team_Lynx").
    return new RegExp(
      `\\b(?:${describedGroup}|${operatorNamed}|${groupNamed}|${namedAfterColon}|${filedUnder}|${responsibleIs}|(?:also|widely|publicly|sometimes|better)\\s+known${NAME_USER}\\s+as|${selfNaming(verbs.selfNaming.gerund)}|${selfNamed})\\s+(?:the\\s+)?["\\u201c]?#?(${GROUP_LIST_NAME})`,
      "gu",
    );
  });

/**
 * A crew naming itself ("calls itself", "signing themselves"): the reflexive after one of `forms`. A
 * finite form needs the crew's noun before it ("a gang that calls itself X"; "the ministry calls
 * itself X" names no crew); the gerund stands alone ("X, calling itself Y").
 */
const selfNaming = (forms: string) => String.raw`(?:${forms})\s+(?:itself|themselves)`;

/**
 * The last word of a body's or a firm's name that names a group: a body's head as names write it
 * ("Directorate", "Command") or a company's word ("Security", "Labs", "Networks").
 */
const BODY_NAMER_HEAD = alternation([...[...INSTITUTION_HEAD].map(titleCase), ...COMPANY_NAME_WORD]);

/** "known to researchers as", "tracked by two vendors as": who uses the name, between participle and "as". */
const NAME_USER = String.raw`(?:\s+(?:to|by|among)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?`;

/** An adverb between a naming verb and its "as" ("tracked only as", "known internally as"). */
const NAMING_ADVERB = String.raw`(?:\s+\p{Ll}+ly)?`;

/**
 * The naming verbs' forms, with room for an adverb and the name's user in those that end in "as"
 * ("known to analysts as", "tracks only as"). The forms ending in "as" share one copy of that room,
 * in the place of the first of them: with a copy each, the two patterns holding them took 30-40 ms
 * more to compile, at the start of every extracting thread. The same matches: those forms keep
 * their order among themselves, and no other form opens on a letter one of them opens on.
 */
function namingForms(naming: VerbForms): string {
  const spaced = (form: string) => form.replace(/ /g, String.raw`\s+`);
  const forms = [...naming.forms].sort((a, b) => b.length - a.length);
  const verbsBeforeAs = forms.filter((form) => / as$/.test(form)).map((form) => spaced(form.slice(0, -3)));
  const withAs = `(?:${verbsBeforeAs.join("|")})${NAMING_ADVERB}${NAME_USER}\\s+as`;
  const first = forms.findIndex((form) => / as$/.test(form));
  return forms
    .flatMap((form, i) => (i === first ? [withAs] : / as$/.test(form) ? [] : [spaced(form)]))
    .join("|");
}

/**
 * One word of a threat group's name, hacktivists' handles included: "Slate", "APT27", "Storm-0558",
 * "Sn0wFall_Legion", "Lapsus$".
 */
const GROUP_NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d_]*(?:-[\p{L}\d_]+)*\$?`;

/** A name in a list of threat groups: "APT27", "Slate Heron", "the House of Wolves". */
const GROUP_LIST_NAME = String.raw`${GROUP_NAME_WORD}(?:\s+(?:of\s+|the\s+)?${GROUP_NAME_WORD}){0,4}`;

/**
 * More names after the first in a list a naming phrase introduces ("groups known as APT27, Slate
 * Heron and Dust Owl"): comma-separated names closed by "and"/"or" and then by punctuation or the
 * sentence's end, so "known as Slate Heron, and Microsoft said" lists nothing.
 */
const MORE_GROUP_NAMES = new RegExp(
  String.raw`^((?:,\s+(?:the\s+)?["\u201c]?${GROUP_LIST_NAME}["\u201d]?)*,?\s+(?:and|or)\s+(?:the\s+)?["\u201c]?${GROUP_LIST_NAME}["\u201d]?)(?=\s*[,.;:)]|\s*$)`,
  "u",
);

const GROUP_LIST_ITEM = new RegExp(String.raw`${GROUP_LIST_NAME}`, "gu");

/** A naming verb: "calls", "dubbed", "tracked as". */
const namingCue = (words: Words) =>
  patternFor(words, "mentions.naming-cue", ({ verbs }) => new RegExp(verbs.naming.any));

/**
 * A word every match of NAMED_GROUP holds: a naming verb's first word ("known to researchers as"
 * holds no "known as"), from the naming forms with their "as" taken off.
 */
export const namedGroupCue = (words: Words) =>
  patternFor(
    words,
    "mentions.named-group-cue",
    ({ verbs }) =>
      new RegExp(
        `${trieAlternation(verbs.naming.forms.map((form) => form.replace(/ as$/, "")))}|${verbs.handle.any}|${verbs.selfNaming.any}|${alternation(NAME_WORDS.selfNamingModifiers)}|under\\s+the\\s+(?:name|moniker|label)|\\b(?:responsible|behind)\\s`,
      ),
  );

/** A capital opening a word, after what comes before the text's first letter. */
const OPENING_CAPITAL = /^(\P{L}*)(\p{Lu})(?=\p{Ll})/u;

/**
 * A sentence's first word written in lower case ("Hackers who go by X"): the patterns' nouns are
 * lower case. A text opening on an ASCII letter (most sentences) is answered by code, without the
 * pattern's replace.
 */
function lowerOpening(text: string): string {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (first >= 97 && first <= 122) return text;
  if (first >= 65 && first <= 90 && second >= 97 && second <= 122)
    return String.fromCharCode(first + 32) + text.slice(1);
  return text.replace(OPENING_CAPITAL, (_, lead: string, initial: string) => lead + initial.toLowerCase());
}

const selfNamingOpening = (words: Words) =>
  patternFor(
    words,
    "mentions.self-naming-opening",
    () => new RegExp(`^(?:${alternation(NAME_WORDS.selfNamingModifiers)})\\s`),
  );

/** A deed or a doer of an attack, which makes a self-chosen name a threat crew's. */
const threatDeed = (words: Words) =>
  patternFor(
    words,
    "mentions.threat-deed",
    ({ verbs, nouns }) =>
      new RegExp(
        `\\b(?:${verbs.attack.any}|${verbs.hit.any}|${verbs.steal.any}|${nouns.attack.any}|${nouns.attacker.any}|${nouns.group.any})\\b`,
        "i",
      ),
  );

/**
 * A cyber attack, its tool or its doers named in a sentence ("the breach", "its leak site", "encrypted
 * the servers"), not any deed ("stole two trucks"): a gang there is a threat crew.
 */
const cyberDeed = (words: Words) =>
  patternFor(
    words,
    "mentions.cyber-deed",
    ({ nouns, verbs }) => new RegExp(`\\b(?:${nouns.cyberDeed.any}|${verbs.cyberImpact.any})\\b`, "i"),
  );

/** The names the naming phrases of a sentence introduce (`namedGroupPattern`), with the lists after them. */
function namedGroupsIn(sentence: Sentence, words: Words): GroupNameSpan[] {
  const found: GroupNameSpan[] = [];
  // The name follows its cue, so it never is the sentence's first word.
  for (const m of matchesOf(namedGroupPattern(words), lowerOpening(sentence.text))) {
    // "the self-styled Iron Lady": a name its bearers chose is a crew's only beside a deed of one.
    if (selfNamingOpening(words).test(m[0]) && !threatDeed(words).test(sentence.text)) continue;
    const name = groupNameBeforeDate(m[1]!);
    const end = sentence.start + m.index + m[0].length;
    const start = end - m[1]!.length;
    if (name) found.push({ start, end: start + name.length, name });
    const more = MORE_GROUP_NAMES.exec(sentence.text.slice(m.index + m[0].length));
    if (!more) continue;
    for (const item of matchesOf(GROUP_LIST_ITEM, more[1]!))
      found.push({ start: end + item.index, end: end + item.index + item[0].length, name: item[0] });
  }
  return found;
}

/** What the article's pre-read found in this sentence's line, unless the line is another. */
function preRead(state: DocumentState, line: Sentence): SentenceGroupNames | undefined {
  const read = state.groupsBySentence.get(line.start);
  return read?.text === line.text ? read : undefined;
}

/**
 * Whether a line holds the naming phrases' cue (`namedGroupCue`) and a group noun (`groupNounCue`):
 * the article's pre-read tested both on each of its lines (`introducedGroupNames`), so a line's own
 * reading takes the verdicts instead of scanning the line twice more; a line the pre-read did not
 * read (another text at that offset) is tested here.
 */
export function groupCuesIn(state: DocumentState, line: Sentence): { named: boolean; described: boolean } {
  const read = preRead(state, line);
  if (read) return { named: read.named !== undefined, described: read.described !== undefined };
  const words = state.lexicon.words;
  return { named: namedGroupCue(words).test(line.text), described: groupNounCue(words).test(line.text) };
}

export function findNamedGroups(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const g of preRead(state, sentence)?.named ?? namedGroupsIn(sentence, state.lexicon.words))
    noteLocalGroup(state, slots, g.start, g.end, g.name);
}

/**
 * "Reef Viper, which Quellor tracks as UNC1234", "Reef Viper, a crew also known as Dust Owl",
 * "Reef Viper (also known as Dust Owl)", "Reef Viper, which is tracked as A and which Norr calls B":
 * a name the phrase after it gives another name is a threat group's, and the names are one group's.
 */
const aliasParts = ({ verbs, nouns }: Words) => {
  // Finite forms only ("a crew that calls itself X"): a gerund after a comma ("Writing to Reuters, a
  // crew calling itself X") would take the opening phrase's last name for the crew's first one.
  const naming = String.raw`${namingForms(verbs.naming)}|${verbs.handle.any}|${selfNaming(`${verbs.selfNaming.present}|${verbs.selfNaming.past}`)}`;
  // Up to six words of namer, auxiliary and adverb, none opening another clause.
  const filler = String.raw`(?<filler>(?:(?!(?:that|which|who|whom|and|but|or)\s)[\p{L}\d'’-]+\s+){0,6}?)`;
  return {
    apposed: String.raw`(?<apposed>(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.namedTeam.any})\s+)`,
    // A possessive after the name opens a description ("which styles itself Estonia's fastest network").
    named: String.raw`${filler}(?<verb>${naming})\s+(?:the\s+)?["\u201c]?#?(?<name>${GROUP_LIST_NAME})(?![\p{L}\d_]|['’]s\b)`,
  };
};

const aliasedGroupPattern = (words: Words) =>
  patternFor(words, "mentions.aliased-group", (w) => {
    const { apposed, named } = aliasParts(w);
    return new RegExp(
      String.raw`(?:,\s+|\s*\(\s*)(?:${apposed})?(?:(?<relative>which|who|that)\s+)?${named}`,
      "gu",
    );
  });

/** "... and others call B", "and which Norr calls C": one more name the phrase goes on to give. */
const moreAliasPattern = (words: Words) =>
  patternFor(
    words,
    "mentions.more-alias",
    (w) =>
      new RegExp(
        String.raw`^["\u201d]?,?\s+(?:and|or)\s+(?:(?<relative>which|who)\s+)?${aliasParts(w).named}`,
        "u",
      ),
  );

/** The naming verbs said only of threat groups ("tracked as", "calls itself"), not of any body ("known as"). */
const THREAT_NAMING_VERB = /^(?:track|\S+\s+(?:itself|themselves)$)/;

/** Words between a relative pronoun and its naming verb that name no namer: auxiliaries and adverbs. */
const NAMERLESS_FILLER =
  /^(?:(?:is|are|was|were|has|have|had|been|being|also|now|first|later|still|\p{Ll}+ly)\s+)*$/u;

/** A copula in the filler: a passive whose subject is the group ("which is tracked as"). */
const PASSIVE_FILLER = /\b(?:is|are|was|were|been|being)\s/;

/**
 * Whether the phrase names the name before it: a participle ("also known as", "a crew tracked as"),
 * a passive ("which is known as"), a verb of the group's own ("who go by", "which calls itself") or a
 * relative clause with a namer of its own ("which Quellor tracks as"). "Quellor, which calls
 * Storm-1234 a Chilean crew": no namer, so Quellor names, and is not named.
 */
function namesItsAntecedent(groups: Record<string, string | undefined>, words: Words): boolean {
  const { relative, apposed, filler = "", verb = "" } = groups;
  const namerless = NAMERLESS_FILLER.test(filler);
  if (!relative) return namerless || apposed !== undefined;
  if (!namerless || PASSIVE_FILLER.test(filler)) return true;
  return /\b(?:itself|themselves)$/.test(verb) || handleVerb(words).test(verb);
}

const handleVerb = (words: Words) =>
  patternFor(words, "mentions.handle-verb", ({ verbs }) => new RegExp(`^(?:${verbs.handle.any})$`));

/** The name a text ends on: up to four name words, less those that open or date a sentence ("On Monday Reef Viper"). */
const NAME_AT_END = new RegExp(
  String.raw`(?<![\p{L}\d_$-])${GROUP_NAME_WORD}(?:\s+${GROUP_NAME_WORD}){0,3}$`,
  "u",
);

function nameEndingText(text: string): string | undefined {
  const found = NAME_AT_END.exec(text);
  if (!found) return undefined;
  const nameWords = found[0].split(/\s+/);
  const first = nameWords.findIndex(
    (w) =>
      !LEADING_FUNCTION_WORDS.has(w.toLowerCase()) &&
      !CLAUSE_OPENER.test(w) &&
      !CALENDAR_WORD.test(w) &&
      !/^\d+$/.test(w),
  );
  return first < 0 ? undefined : nameWords.slice(first).join(" ");
}

export function findAliasedGroups(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  incidents: readonly NamedIncidentMention[],
): void {
  const words = state.lexicon.words;
  const { text } = sentence;
  for (const m of matchesOf(aliasedGroupPattern(words), text)) {
    if (!namesItsAntecedent(m.groups ?? {}, words)) continue;
    const naming = { threat: isThreatNaming(m.groups!, words), personal: isPersonalHandle(m.groups!, words) };
    const group = groupBeforeAlias(state, sentence, slots, incidents, sentence.start + m.index, naming);
    if (!group) continue;
    // Each name the phrase gives, with the names listed after it ("tracked as A, B and C").
    const names: Array<{ name: string; at: number }> = [];
    let from = m.index + m[0].length;
    for (let next: RegExpExecArray | null = m; next; next = moreAliasPattern(words).exec(text.slice(from))) {
      if (next !== m) {
        if (next.groups?.relative && !namesItsAntecedent(next.groups, words)) break;
        from += next.index + next[0].length;
      }
      names.push({ name: next.groups!.name!, at: from - next.groups!.name!.length });
      const list = MORE_GROUP_NAMES.exec(text.slice(from));
      if (!list) continue;
      for (const item of matchesOf(GROUP_LIST_ITEM, list[1]!))
        names.push({ name: item[0], at: from + item.index });
      from += list[0].length;
    }
    for (const { name, at } of names) {
      const alias = groupNameBeforeDate(name);
      const start = sentence.start + at;
      if (!alias || slots.some((s) => s.start < start + alias.length && s.end > start)) continue;
      if (!state.localNames.has(alias)) state.localNames.set(alias, group);
      noteLocalGroup(state, slots, start, start + alias.length, alias);
    }
  }
}

/**
 * "the National Security Service, also known as the NSS": only a threat group's naming (a threat
 * noun, a tracking verb, a crew's own name for itself, a vendor's designation) makes a new name a group's.
 */
function isThreatNaming(groups: Record<string, string | undefined>, words: Words): boolean {
  return (
    // "Tarn Labs, a unit known as TL Research": a team or unit may be anyone's; a gang or hackers are a threat's.
    (groups.apposed !== undefined && threatApposition(words).test(groups.apposed)) ||
    THREAT_NAMING_VERB.test(groups.verb!) ||
    handleVerb(words).test(groups.verb!) ||
    new RegExp(`^${VENDOR_DESIGNATION.source}$`, "u").test(groups.name!)
  );
}

const threatApposition = (words: Words) =>
  patternFor(
    words,
    "mentions.threat-apposition",
    ({ nouns }) => new RegExp(String.raw`\b(?:${nouns.group.any}|${nouns.attacker.any})\s+$`),
  );

/** "Marta Kask, who goes by ...": a handle said of someone, with no threat noun apposed, is a person's. */
function isPersonalHandle(groups: Record<string, string | undefined>, words: Words): boolean {
  return groups.relative === "who" && groups.apposed === undefined && handleVerb(words).test(groups.verb!);
}

/** A two-word name of plain capitalised words, as a person's is ("Marta Kask"; not "Kr0n_Team"). */
const PLAIN_TWO_WORD_NAME = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;

/** Last words of a company's name that no threat group's ends in ("Orrin Ltd", "Tarn Labs"). */
const FIRM_HEAD = new Set<string>([...NAME_WORDS.companySuffixes, ...NAME_WORDS.researchFirmHeads]);

/**
 * The new name a text ends on that a threat group's naming phrase after it can give another name:
 * no operation's, person's, company's or institution's name, nor a lone ordinary word opening the
 * sentence. After a person's handle verb (`personal`) a plain two-word name is taken for a person's.
 */
function aliasAntecedentName(lexicon: Lexicon, before: string, personal: boolean): string | undefined {
  const name = nameEndingText(before);
  if (!name || /^Operation\b/.test(name) || readsAsPersonName(lexicon, name)) return undefined;
  if (personal && PLAIN_TWO_WORD_NAME.test(name)) return undefined;
  const head = name.split(/\s+/).at(-1)!;
  // "the Cyber Defence Centre, which analysts track as": an institution's head word names a body.
  if (INSTITUTION_HEAD.has(head.toLowerCase()) || FIRM_HEAD.has(head)) return undefined;
  // "Officials, who call it": a lone ordinary word opening the sentence is no name.
  if (!/\s/.test(name) && isOrdinaryWord(name) && /^\W*$/.test(before.slice(0, -name.length)))
    return undefined;
  return name;
}

/** The new names before a threat group's naming phrase in a sentence ("Reef Viper, which Norr tracks as"). */
function aliasedGroupsIn(sentence: Sentence, lexicon: Lexicon): string[] {
  const { words } = lexicon;
  const found: string[] = [];
  for (const m of matchesOf(aliasedGroupPattern(words), sentence.text)) {
    if (!namesItsAntecedent(m.groups ?? {}, words) || !isThreatNaming(m.groups!, words)) continue;
    const name = aliasAntecedentName(
      lexicon,
      sentence.text.slice(0, m.index),
      isPersonalHandle(m.groups!, words),
    );
    if (name) found.push(name);
  }
  return found;
}

/**
 * The key of the threat group a naming phrase at `at` gives another name: a known group named right
 * before it, or a new name no actor, incident or person holds ("Reef Viper", not "Quellor Labs",
 * "NotPetya", "Ana Quispe"), which becomes a group of this article.
 */
function groupBeforeAlias(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  incidents: readonly NamedIncidentMention[],
  at: number,
  naming: { threat: boolean; personal: boolean },
): string | undefined {
  const slot = slots.find((s) => s.end === at);
  if (slot) return entityType(state, slot.key) === "group" ? slot.key : undefined;
  if (!naming.threat) return undefined;
  const name = aliasAntecedentName(state.lexicon, state.text.slice(sentence.start, at), naming.personal);
  if (!name) return undefined;
  const start = at - name.length;
  if ([...incidents, ...slots].some((s) => s.start < at && s.end > start)) return undefined;
  noteLocalGroup(state, slots, start, at, name);
  return state.localNames.get(name);
}

/** "the hacking group Reef Viper Tuesday": a group's name stops at a date word or a clause's opener. */
function groupNameBeforeDate(name: string): string | undefined {
  const nameWords = name.split(/\s+/);
  const cut = nameWords.findIndex(
    (w) => CALENDAR_WORD.test(w) || CLAUSE_OPENER.test(w) || NOT_A_VICTIM_NAME.has(w.toLowerCase()),
  );
  if (cut === 0) return undefined;
  return cut > 0 ? nameWords.slice(0, cut).join(" ") : name;
}

/** Notes a threat group this article names and no gazetteer holds, unless a known actor covers the name. */
function noteLocalGroup(state: DocumentState, slots: Slot[], start: number, end: number, name: string): void {
  if (slots.some((s) => s.start < end && s.end > start)) return; // a known actor
  const key = state.localNames.get(name) ?? nodeKey("group", slugify(name));
  noteEntity(state, key, { type: "group", label: name }, { start, end }, name);
  state.localNames.set(name, key);
  slots.push({ start, end, key, kind: "actor", source: "name", possessive: false });
}

/**
 * Security vendors' and CERTs' designations of threat groups, which name a group wherever they
 * stand: "APT30", "UNC2452", "TA505", "FIN7", "DEV-0537", "Storm-0558", "TAG-22", "UAC-0056".
 */
const VENDOR_DESIGNATION =
  /(?<![\p{L}\d-])((?:APT|UNC|TA|FIN)\d{1,4}|(?:DEV|Storm|TAG|UAC|APT-C)-\d{1,4})(?![\p{L}\d-])/gu;

/** What every vendor designation holds: one cheap test before its scan. */
export const VENDOR_DESIGNATION_CUE = /(?:APT|UNC|TA|FIN|DEV-|Storm-|TAG-|UAC-|APT-C-)\d/;

export function findVendorDesignations(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const m of matchesOf(VENDOR_DESIGNATION, sentence.text)) {
    const start = sentence.start + m.index;
    noteLocalGroup(state, slots, start, start + m[1]!.length, m[1]!);
  }
}

/** A threat group's name as news write it: "Reef Viper", "Storm-0558", "Dust_Owl Team". */
const GROUP_NAME = String.raw`${GROUP_NAME_WORD}(?:\s+${GROUP_NAME_WORD}){0,3}`;

const THREAT_MODIFIER = new Set<string>(NAME_WORDS.threatGroupModifiers);

/**
 * A threat group the gazetteer lacks, named beside a noun phrase headed by a group noun:
 * before it ("the hacking group Reef Viper", "another group, the Dust_Owl Team") or in
 * apposition after it ("Reef Viper, a ransomware crew", "Reef Viper, a group that analysts have
 * tracked since 2020"). The noun phrase must say the group is a threat group (a modifier such as
 * "hacking" or "ransomware", or a relative clause of tracking or blame), else it is any group
 * ("Corlan Watch, a rights group").
 */
const describedGroupPatterns = (words: Words) =>
  patternFor(words, "mentions.described-group", ({ nouns }) => {
    const modifiers = String.raw`((?:[\p{L}\d'’-]+\s+){0,3}?)`;
    return new RegExp(
      String.raw`\b(?:(?:[Tt]he|[Aa]n?|[Aa]nother)\s+)?${modifiers}(${nouns.group.any}|${nouns.onlinePersona.any})(,\s+(?:the\s+)?|\s+)["\u201c]?(${GROUP_NAME})` +
        String.raw`|(?<![\p{Lu}\d][\p{L}\d_-]*\s)(?<![\p{L}\d_-])(${GROUP_NAME}),\s+(?:a|an|the)\s+${modifiers}(${nouns.group.any}|${nouns.threatOperation.any})\b` +
        // "the MarrowLock gang", "the Kelp_Choir channel": a handle before the crew's noun, which is no
        // possessive's head ("the SolarWinds group's breach" tells of a firm).
        String.raw`|(?<![\p{L}\d_$-])(${CREW_HANDLE_WORD})["\u201d]?\s+(${nouns.group.any}|${nouns.onlinePersona.any})\b(?!['’]s\b)`,
      "gu",
    );
  });

const onlinePersonaNoun = (words: Words) =>
  patternFor(
    words,
    "mentions.online-persona-noun",
    ({ nouns }) => new RegExp(`^(?:${nouns.onlinePersona.any})$`),
  );

/** A relative clause after the group noun that tracks or blames the group ("that analysts have tracked"). */
const threatRelative = (words: Words) =>
  patternFor(
    words,
    "mentions.threat-relative",
    ({ verbs }) =>
      new RegExp(
        // "Reef Viper, a group officials say works for the Lisk intelligence service": serving a sponsor.
        String.raw`^\s+(?:(?:that|which|whom)\s+)?(?:[\p{L}'’-]+\s+){0,6}?(?:${verbs.observe.past}|${verbs.attribute.past}|${verbs.blame.past}|${verbs.naming.past}|${verbs.serve.any}|(?:${verbs.proxy.any})\s+on\s+behalf\s+of)\b`,
        "u",
      ),
  );

/** A group noun anywhere in the sentence: one cheap test before the described-group patterns. */
export const groupNounCue = (words: Words) =>
  patternFor(
    words,
    "mentions.group-noun-cue",
    // "X, a ransomware operation": an operation in apposition names the crew that runs it.
    ({ nouns }) =>
      new RegExp(
        String.raw`\b(?:${nouns.group.any}|${nouns.threatOperation.any}|${nouns.onlinePersona.any})\b`,
      ),
  );

function isThreatDescription(modifiers: string, after: string, words: Words): boolean {
  if (modifiers.split(/\s+/).some((w) => THREAT_MODIFIER.has(w.toLowerCase()))) return true;
  return threatRelative(words).test(after);
}

/**
 * A crew's handle: an underscore or a capital inside a word ("Kelp_Choir", "MarrowLock"), which no
 * person's, body's or outlet's name has. Digits alone are not one ("the G7 group").
 */
const CREW_HANDLE = /_|\p{Ll}\p{Lu}/u;

/**
 * A handle beside an outlet's or a persona's noun ("a channel, Kelp_Choir"): an underscore only, since
 * services and brands are camel-cased too ("a ProtonMail account", "the PayPal account").
 */
const PERSONA_HANDLE = /_/u;

/** One word shaped as a crew's handle (`CREW_HANDLE`): "MarrowLock", "Kelp_Choir", "NoviyFront_MK". */
const CREW_HANDLE_WORD = String.raw`\p{Lu}[\p{L}\d]*(?:_[\p{L}\d_]*|\p{Ll}\p{Lu}[\p{L}\d_]*)`;

/** Modifiers that tell no kind of group, only its leaning ("a pro-Lisk group"): none at all, or leanings. */
const LEANING_MODIFIERS = new RegExp(
  String.raw`^(?:(?:${NAME_WORDS.leaningPrefixes.join("|")})-[\p{L}-]+\s+)*$`,
  "iu",
);

/**
 * "the gang MarrowLock", "a pro-Lisk channel, Kelp_Choir": a handle's shape after a bare crew noun
 * says what a threat modifier says ("the hacking group X"); "the media group DeltaNet" is another
 * kind of group.
 */
const isHandleBesideBareNoun = (modifiers: string, name: string) =>
  CREW_HANDLE.test(name) && LEANING_MODIFIERS.test(ownModifiers(modifiers));

/** The modifiers of the noun's own phrase: those after the last article ("claimed by the" gives ""). */
const ownModifiers = (modifiers: string) => modifiers.split(/\b(?:the|an?|another)\s+/i).pop()!;

/** A punctuation mark or a clause-opening word (PHRASE_BREAKS): where a clause ends. */
const CLAUSE_END = new RegExp(String.raw`[,.;:()"“”!?]|\s(?:${PHRASE_BREAKS.join("|")})\b`, "u");

/** The rest of the clause a text continues: up to its first punctuation mark or clause-opening word. */
function clauseRest(text: string): string {
  const end = CLAUSE_END.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** The names a sentence gives beside a threat group's noun phrase (`describedGroupPatterns`). */
function describedGroupsIn(sentence: Sentence, words: Words): GroupNameSpan[] {
  const found: GroupNameSpan[] = [];
  for (const m of matchesOf(describedGroupPatterns(words), sentence.text)) {
    const handleFirst = m[8];
    if (handleFirst !== undefined) {
      // "a WhatsApp group": a posting service's name is shaped as a handle too.
      if (POSTING_SERVICES.includes(handleFirst)) continue;
      if (onlinePersonaNoun(words).test(m[9]!) && !PERSONA_HANDLE.test(handleFirst)) continue;
      found.push({
        start: sentence.start + m.index,
        end: sentence.start + m.index + handleFirst.length,
        name: handleFirst,
      });
      continue;
    }
    const before = m[4] !== undefined;
    const name = (before ? m[4] : m[5])!;
    const modifiers = (before ? m[1] : m[6])!;
    const after = sentence.text.slice(m.index + m[0].length);
    // "another group, the Dust_Owl Team": a name that ends in a group word needs no modifier.
    const namedLikeGroup = before && m[3]!.includes(",") && /(?:Group|Team|Gang|Crew|Collective)$/.test(name);
    // An operation is a crew only with a threat word before it, and "Operation X" is an incident's name.
    const operation = m[7] !== undefined && !new RegExp(`^(?:${words.nouns.group.any})$`).test(m[7]);
    if (operation && (/^Operation\b/.test(name) || !isThreatDescription(modifiers, "", words))) continue;
    // "a channel, Dune_Owls": an outlet's or a persona's noun stands for a crew only beside a handle.
    if (before && onlinePersonaNoun(words).test(m[2]!) && !PERSONA_HANDLE.test(name)) continue;
    const handle = before && isHandleBesideBareNoun(modifiers, name);
    if (!namedLikeGroup && !handle && !isThreatDescription(modifiers, before ? "" : after, words)) continue;
    const trimmed = groupNameBeforeDate(name);
    if (!trimmed || ROLE_WORD.test(trimmed.split(/\s+/).pop()!)) continue;
    // "a threat actor Microsoft tracks as Storm-0558": the name is the namer, not the group.
    if (before && namingCue(words).test(clauseRest(after))) continue;
    const start = sentence.start + (before ? m.index + m[0].length - m[4]!.length : m.index);
    found.push({ start, end: start + trimmed.length, name: trimmed });
  }
  return found;
}

export function findDescribedGroups(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const g of preRead(state, sentence)?.described ?? describedGroupsIn(sentence, state.lexicon.words))
    noteLocalGroup(state, slots, g.start, g.end, g.name);
}

/**
 * "the intrusion was carried out by Grey Ceiba", "the theft has been traced to Indigo Chollima", 'was
 * the work of the so-called "Free Signal Collective"': a name the gazetteer lacks, standing alone as
 * the agent of an attack's deed (no noun after it: "carried out by Russian hackers" names no group),
 * is a threat group's, when the sentence names the attack before it ("the survey was conducted by
 * Afrobarometer" names no deed of a group). A bare group noun may stand before the name ("carried
 * out by the group Dune Kestrel"): the agent's phrase already says it is the attack's doer. Known
 * actors keep their type: `findGroupsIntroducedLater` takes the name only where no actor's mention
 * stands.
 */
const agentGroupPattern = (words: Words) =>
  patternFor(
    words,
    "mentions.agent-group",
    ({ verbs, nouns }) =>
      new RegExp(
        String.raw`\b((?:${verbs.perpetrate.participle})\s+by|the\s+work\s+of|traced\s+(?:back\s+)?to|blamed\s+on)\s+(?:the\s+so-called\s+|(?:the|a)\s+(?:${nouns.group.any})\s+)?["\u201c]?(${GROUP_NAME})["\u201d]?(?=\s*[,.;:)]|\s*$|\s+(?:${alternation(AGENT_NAME_FOLLOWERS)})\b)`,
        "gu",
      ),
  );

/**
 * An attack or its tool named before the agent's phrase ("the intrusion", "the ransomware"), not as
 * the object of another noun's preposition: "the analysis of the attack was conducted by X", "the
 * response to the breach was led by X" tell who studied or answered it.
 */
const attackNamed = (words: Words) =>
  patternFor(
    words,
    "mentions.attack-named",
    ({ nouns }) =>
      new RegExp(
        String.raw`(?<!\b(?:of|to|after|into|on|for|from)\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?)\b(?:${nouns.attack.any}|${nouns.incident.any}|${nouns.hostileAct.any})\b`,
        "iu",
      ),
  );

/** What an apposition says a threat group is: a group, its hackers, an operation ("a contractor" is anyone's). */
const groupAppositionHead = (words: Words) =>
  patternFor(
    words,
    "mentions.group-apposition-head",
    ({ nouns }) =>
      new RegExp(
        String.raw`\b(?:${nouns.group.any}|${nouns.attacker.any}|${nouns.threatOperation.any})\b`,
        "i",
      ),
  );

/** A handle's shape: a digit, an underscore, a dollar sign or a capital inside a word ("KhaosZ_Brigade"). */
const HANDLE_SHAPE = /[\d_$]|\p{Ll}\p{Lu}/u;

/**
 * The group an agent's phrase (`agentGroupPattern`) names, or undefined when its name is not a
 * group's: no attack named before it, a person's name, a body's or firm's head, a posting service.
 */
function agentGroupName(
  text: string,
  m: RegExpMatchArray,
  lexicon: Lexicon,
  readsAsPerson: (name: string) => boolean,
): string | undefined {
  const { words } = lexicon;
  const name = groupNameBeforeDate(m[2]!);
  if (!name || !attackNamed(words).test(text.slice(0, m.index))) return undefined;
  const parts = name.split(/\s+/);
  const head = parts.at(-1)!;
  // "by Ivan Petrov" (a given name, then no ordinary word, or a name the article shortens to its
  // surname), "by Acme Ltd": a person or a body.
  if (readsAsPerson(name) || INSTITUTION_HEAD.has(head.toLowerCase()) || FIRM_HEAD.has(head))
    return undefined;
  const after = text.slice(m.index! + m[0].length);
  // "by Kovalenko, who was arrested": a person's relative clause.
  if (POSTING_SERVICES.includes(name) || /^\s*,?\s*who\b/i.test(after)) return undefined;
  // "Hetzner, a German hosting firm", "Otieno, a former contractor": an apposition naming no group says what it is.
  const apposition = /^\s*,\s+(?:a|an|the)\s+([^,.;:]{1,60})/i.exec(after)?.[1];
  const describedAsGroup = apposition !== undefined && groupAppositionHead(words).test(apposition);
  if (apposition !== undefined && !describedAsGroup) return undefined;
  // "traced to Telegram", "blamed on Snowden": where a trail led, or whom someone named; there only a
  // name shaped like a crew's (two words or a handle) is taken.
  const loose = /^(?:traced|blamed)\b/i.test(m[1]!);
  if (loose && parts.length < 2 && !HANDLE_SHAPE.test(name)) return undefined;
  // "traced to St Petersburg in Russia", "to Amazon Web Services, where they rented servers", "traced
  // back to St Petersburg.": a trail leads to a place as readily as to a crew; only a handle's
  // shape, or an apposition saying it is a group, makes the name a group's there.
  if (loose && /^["”]?\s*(?:,\s*where|in)\b/i.test(after)) return undefined;
  if (/^traced\b/i.test(m[1]!) && !HANDLE_SHAPE.test(name) && !describedAsGroup) return undefined;
  return name;
}

/**
 * The names an article introduces as threat groups anywhere in it, read before its sentences are,
 * so that a sentence naming a group before the article introduces it ("X is a front for Reef
 * Viper", a headline's "minister names "Reef Viper"") knows it: the naming phrases, the names they
 * give another name (not those other names, which the introduction makes one group's) and described
 * groups, each read only where its cue stands, and the names the article types as groups by what
 * it says they are (`nameRoles`). Vendor designations need no pre-read: they name a group wherever
 * they stand.
 */
export function introducedGroupNames(sentences: readonly Sentence[], lexicon: Lexicon): IntroducedGroups {
  const { words } = lexicon;
  const roles = nameRoles(sentences, lexicon);
  // A name the article refers back to as a thing ("X takes its orders") is no person's, whatever its
  // first word; one it shortens to its last word is.
  const readsAsPerson = (name: string) =>
    (readsAsPersonName(lexicon, name, true) && !roles.notPersons.has(name)) ||
    shortenedToLastWord(sentences, name);
  const names = new Set<string>(roles.groups);
  const bySentence = new Map<number, SentenceGroupNames>();
  for (const sentence of sentences) {
    const line = onOneLine(sentence);
    let named: GroupNameSpan[] | undefined;
    let described: GroupNameSpan[] | undefined;
    if (namedGroupCue(words).test(line.text)) {
      for (const name of aliasedGroupsIn(line, lexicon)) names.add(name);
      named = namedGroupsIn(line, words);
      for (const g of named) names.add(g.name);
    }
    if (groupNounCue(words).test(line.text)) {
      described = describedGroupsIn(line, words);
      for (const g of described) names.add(g.name);
    }
    // Every line, with what it gave or not: its own reading takes the cues' verdicts from here.
    bySentence.set(line.start, { text: line.text, named, described });
    for (const m of matchesOf(agentGroupPattern(words), line.text)) {
      const name = agentGroupName(line.text, m, lexicon, readsAsPerson);
      if (name) names.add(name);
    }
  }
  return { names, bySentence };
}

/** A group the article introduces only later (`introducedGroupNames`), named in this sentence before that. */
/** A capitalised word joined to a name by one space: the name is part of a longer one. */
const INSIDE_LONGER_NAME_BEFORE = /(?:^|[^.!?:;\n]\s)\p{Lu}[\p{L}\d&-]*[ \u00a0]$/u;

const INSIDE_LONGER_NAME_AFTER = /^[ \u00a0]\p{Lu}/u;

export function findGroupsIntroducedLater(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  incidents: readonly NamedIncidentMention[],
): void {
  for (const name of state.groupNames) {
    // Once noted, the name is one of the article's own and found again by `addLocalNames`.
    if (state.localNames.has(name)) continue;
    for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + name.length)) {
      const start = sentence.start + at;
      const end = start + name.length;
      if (/[\w$-]/.test(state.text[start - 1] ?? "") || /[\w$-]/.test(state.text[end] ?? "")) continue;
      // "Grey Heron Ltd" before "Heron, a hacking group": inside a longer name it is that name's word.
      if (INSIDE_LONGER_NAME_BEFORE.test(state.text.slice(start - 40, start))) continue;
      if (INSIDE_LONGER_NAME_AFTER.test(state.text.slice(end, end + 40))) continue;
      if ([...incidents, ...slots].some((i) => i.start < end && i.end > start)) continue;
      noteLocalGroup(state, slots, start, end, name);
    }
  }
}

/**
 * "the Qoraqum ransomware gang", "affiliates of the Vargr ransomware operation": a name before the
 * threat modifiers of a group noun (or of "operation") names that group; a criminal group's noun
 * needs no modifier ("the Vargr gang", group `bare`) where the sentence names an attack or its tool.
 * No indefinite article or possessive before it ("a DDoS hacking group", "Chile's APT hacking
 * unit"): there it only qualifies.
 */
const groupBeforeNounPattern = (words: Words) =>
  patternFor(words, "mentions.group-before-noun", ({ nouns }) => {
    const modifier = `(?:${alternation(THREAT_MODIFIER)})\\s+`;
    return new RegExp(
      String.raw`(?<![\p{L}\d_$-])(?<name>${GROUP_NAME})\s+(?:(?:${modifier}){1,2}(?:${nouns.group.any}|${nouns.threatOperation.any})|(?<bare>${nouns.criminalGroup.any}))\b`,
      "gu",
    );
  });

/** What stands before a name that only qualifies the noun after it ("a", "an", a possessive). */
const QUALIFIER_BEFORE = /(?:\b(?:[Aa]n?)|['’]s)\s+$/;

/** Region adjectives of the lexicon, one word each ("eastern european" -> "eastern", "european"). */
const REGION_WORD = new Set<string>(Object.keys(REGION_ADJECTIVES).flatMap((r) => r.split(" ")));

/** A word that places a group rather than names it: "Baltic", "Western", "European", "Province". */
function isWhereWord(word: string): boolean {
  return REGION_WORD.has(word.toLowerCase()) || PLACE_OPENER.has(word) || PLACE_NAME_END.has(word);
}

export function findGroupsBeforeTheirNoun(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  incidents: readonly NamedIncidentMention[],
): void {
  for (const m of matchesOf(groupBeforeNounPattern(state.lexicon.words), sentence.text)) {
    // "the Wagner gang was not involved": a gang in a sentence naming no attack is no threat crew.
    if (m.groups!.bare && !cyberDeed(state.lexicon.words).test(sentence.text)) continue;
    const written = m.groups!.name!;
    const name = nameEndingText(written);
    if (!name) continue;
    const start = sentence.start + m.index + written.length - name.length;
    const end = start + name.length;
    const before = state.text.slice(sentence.start, start);
    const nameWords = name.split(/\s+/);
    // "Kremlin-backed", "Russian-speaking": a compound qualifies; "APT", "DDoS": a modifier capitalised.
    if (nameWords.some((w) => /-\p{Ll}+$/u.test(w) || THREAT_MODIFIER.has(w.toLowerCase()))) continue;
    if (QUALIFIER_BEFORE.test(before) || ROLE_WORD.test(nameWords.at(-1)!)) continue;
    // "Western hacking groups", "the Baltic Sea ransomware gang": a plural noun names no one group,
    // and a region's adjective, a compass word or a place's end word says where a group is, not which.
    if (/s$/.test(m[0]) || nameWords.some(isWhereWord)) continue;
    // "Criminal ransomware gangs": a lone ordinary word opening the sentence is no name.
    if (nameWords.length === 1 && isOrdinaryWord(name) && /^\W*$/.test(before)) continue;
    if (incidents.some((i) => i.start < end && i.end > start)) continue;
    noteLocalGroup(state, slots, start, end, name);
  }
}

export const NOT_A_VICTIM_NAME = new Set(
  "the a an this that these those it its their his her he she they we government monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

/** "the portal of Brisk City": a place, not a victim's name. */
export const PLACE_NAME_END = new Set<string>(NAME_WORDS.placeNameEnds);
