/**
 * Who an attack mention says was hit and who did it, read from the words around it: "a
 * cyberattack on the ministry", "Government institutions in X have been the target of", "hackers
 * attacked X's infrastructure", "Russian-backed coup plot", "its invasion of Ukraine", "the Conti
 * group, whose attack ...", and the name an incident goes by ("the SolarWinds hack").
 */
import { EDGE_RULES } from "../model/types";
import { attackersSide, topicState, type DocumentState } from "./document-state";
import {
  alternation,
  COUNT_WORDS,
  DO_AUXILIARIES,
  FINITE_BE,
  GOVERNING_PREPOSITIONS,
  MODALS,
  NAME_WORDS,
  OBJECT_DETERMINERS,
  OBJECT_PARTICLES,
  OBJECT_PREPOSITIONS,
  OBJECT_RELATIVES,
  PARTITIVES,
  patternFor,
  PERFECT_AUXILIARIES,
  PHRASE_BREAKS,
  QUALIFIES_NOUN,
  SEQUENCE_ADVERBS,
  VERB_ADVERBS,
  type Words,
} from "./lexicon";
import { ownerGap, type Slot } from "./mentions";
import { sentenceWith, type Sentence } from "./sentences";
import { EXTRACTION_DEFAULTS } from "./defaults";
import { clauseStarts } from "./speakers";
import { MONTH_ALTERNATION, WEEKDAYS } from "./dates";
import { matchesOf } from "./text";

/**
 * "last week", "in March", "last October", "on Monday", "two weeks ago", "of 14 March 2024" right after
 * an attack noun, before what names its victim ("the attack of 14 March 2024 on the servers of X").
 */
const TIME_AFTER = String.raw`\s+(?:(?:late |early )?(?:last|this|earlier this) (?:week|weekend|month|year)|(?:${alternation(["a", "an", ...COUNT_WORDS, "several", "a few", "a couple of"])}|\d{1,2}) (?:days?|weeks?|months?|years?) ago\b|(?:(?:in|on|late|early|mid-) ?|last )(?:${MONTH_ALTERNATION}|${WEEKDAYS.join("|")})\b(?:,? (?:19|20)\d{2}\b)?|(?:in|late|early|mid-) ?(?:19|20)\d{2}|of (?:\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTH_ALTERNATION})\b(?: \d{1,2}\b,?)?(?: (?:19|20)\d{2}\b)?|of (?:19|20)\d{2}\b)`;
const LEADING_TIME = new RegExp(`^${TIME_AFTER}`, "i");
/** Only a relative word (and an article) before a name: the name opens the relative clause. */
const RELATIVE_THEN_SUBJECT = new RegExp(
  String.raw`^\s*(?:${alternation(OBJECT_RELATIVES)})\s+(?:the\s+)?$`,
  "i",
);

/**
 * "the attack, which hit X", "an intrusion last week at X", "a wiper that erased the servers of X": what follows
 * an attack noun names its victim.
 */
const targetVerbAfter = (words: Words) =>
  patternFor(
    words,
    "target-verb-after",
    (w) =>
      new RegExp(
        String.raw`^(?:${TIME_AFTER})?(?:${clauseImpactVerb(w)}|(?:,?\s*(?:which|that)\s+)?\s*(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?` +
          `(?:${w.verbs.attack.past}|${w.verbs.attack.gerund}|${w.verbs.impact.past}|${w.verbs.impact.gerund}|${w.verbs.compel.past}|${reachedSystem(w)}|knocked|shut|took|brought|on|against|in|into|at)\\b)`,
        "i",
      ),
  );
/**
 * A relative clause's impact verb ("that erased", "which had corrupted", "that knocked ... offline"): the
 * clause's object is the victim's. "Knocked" only with "offline" ahead: "knocked the share price of X down"
 * hit no system of X.
 */
const clauseImpactVerb = (w: Words) =>
  String.raw`,?\s*(?:which|that)\s+(?:(?:${PERFECT_AUXILIARIES.join("|")})\s+)?(?:\w+ly\s+)?(?:${w.verbs.clauseImpact.past}|knocked(?=(?:\s+[\w'’-]+){1,8}?\s+off-?line\b))\b`;
/** "took down ", "has crippled ": an attack or impact verb (and its particle) right after an attack noun. */
const verbAfterNoun = (words: Words) =>
  patternFor(
    words,
    "verb-after-noun",
    (w) =>
      new RegExp(
        String.raw`^(?:${TIME_AFTER})?(?:${clauseImpactVerb(w)}\s+|(?:,?\s*(?:which|that)\s+)?\s*(?:(?:${PERFECT_AUXILIARIES.join("|")})\s+)?(?:\w+ly\s+)?` +
          String.raw`(?:${w.verbs.attack.past}|${w.verbs.impact.past}|${w.verbs.hit.past}|${w.verbs.compel.past}|${reachedSystem(w)})\s+)`,
        "i",
      ),
  );
/**
 * "reached the payroll servers of", "reaching Orr Freight's portal": "reach" (words.ts `reachSystem`)
 * with a computer system heading its object ("reached a deal on the ferry network" has none: no
 * preposition inside the object). The verb alone is matched, so its object follows it as any attack
 * verb's does and names the victim the same way (the system's owner).
 */
export const reachedSystem = (w: Words) =>
  String.raw`(?:${w.verbs.reachSystem.past}|${w.verbs.reachSystem.gerund})(?=\s+(?:${OBJECT_DETERMINERS.join("|")}|[^\s.,;:]+(?:\s+[^\s.,;:]+){0,4}?['’]s?)\s+(?:(?!(?:${GOVERNING_PREPOSITIONS.join("|")}|${OBJECT_DETERMINERS.join("|")})\s)[^\s.,;:]+\s+){0,4}?(?:${w.nouns.ownedSystem.any})\b)`;
/** The length of the verb opening the words after an attack noun, else 0. */
export function verbBeforeObject(words: Words, after: string): number {
  return verbAfterNoun(words).exec(after)?.[0].length ?? 0;
}

/** "Britain said", "Britain has also confirmed": a reporting verb right after a slot makes it the speaker. */
const speakerAfter = (words: Words) =>
  patternFor(
    words,
    "speaker-after",
    (w) =>
      new RegExp(
        `^\\s*(?:(?:has|have|had|also)\\s+)?(?:${w.verbs.speech.past}|${w.verbs.speech.third}|${w.verbs.speechPast.past})\\b`,
      ),
  );

/** "accused of", "wanted in connection with", "convicted of" before an attack mention: a charge. */
export const chargedBefore = (words: Words) =>
  patternFor(
    words,
    "charged-before",
    (w) => new RegExp(`\\b(?:(?:${w.verbs.blame.stem}|convict)\\w*|wanted|connection with)\\b[^,;]*$`, "i"),
  );

/** "X has been the target of", "X suffered", "X was hit by": the victim stands before the attack noun. */
const victimBefore = (words: Words) =>
  patternFor(
    words,
    "victim-before",
    (w) =>
      new RegExp(
        String.raw`\b(?:(?:has|have|had)\s+been|was|were|is|are|became)\s+(?:the\s+)?(?:targets?|victims?)\s+of\s+[^,]*$` +
          // "came under a DDoS attack", "suffered for three days from a DDoS attack", not "came under
          // criticism for its reply to the attack": the attack is no complement of a thing undergone
          // that is none (words.ts `undergoneTopic`), a few words allowed between ("questions from MPs over").
          String.raw`|\b(?:${w.verbs.undergo.any})\b(?:(?!\b(?:${w.nouns.undergoneTopic.any})\b(?:\s+[^\s,]+){0,3}?\s+(?:for|over|about)\b)[^,])*$|\b(?:` +
          `(?:was|were|been|being)\\s+(?:${w.verbs.attack.participle}|${w.verbs.impact.participle})\\b` +
          String.raw`|reported|reports)\b[^,]*$` +
          // "the fund shut down its systems after a ransomware attack", "lost access to its records after".
          String.raw`|\b(?:lost|loses?|losing|shut|shuts|shutting|switched|went|goes|taken|took)\s+(?:access|control|down|off|offline)\b[^,;]*\b(?:after|following)\s+$`,
        "i",
      ),
  );
/**
 * "the treasury lost payroll data in a break-in", "lost $4 million in a hack": the subject lost what
 * the deed after "in" took (words.ts `loseIn`). Only an indefinite deed is one (`lostInDeed`): "lost
 * ground in the cyber attack rankings" tells none.
 */
const lostIn = (words: Words) =>
  patternFor(
    words,
    "lost-in",
    (w) => new RegExp(String.raw`\b(?:${w.verbs.loseIn.past})\s+[^,;]{1,60}?\s+in\s+(?:an?\s+)?$`, "i"),
  );
function lostInDeed(words: Words, before: string, mention: string, after: string): boolean {
  return /^an?\s/i.test(mention) && !DEED_NAMES_ITS_VICTIM.test(after) && lostIn(words).test(before);
}
/** " of its own wallets", " on the exchange": a deed that names its own victim leaves the loser none. */
const DEED_NAMES_ITS_VICTIM = /^\s+(?:of|on|against|targeting)\b/i;
/** "investors in ", "savers of the ": a name after a preposition is a place or an owner, not a subject. */
const PREPOSITION_BEFORE = /\b(?:in|of|at|from|for)\s+(?:the\s+)?$/i;
/** "government websites", "state media servers": a public-sector word before what was hit. */
const targetNoun = (words: Words) =>
  patternFor(
    words,
    "target-noun",
    (w) =>
      new RegExp(
        String.raw`\b(government|state|public|official|ministry|military|media)\s+(?:[a-z]+\s+)?(${w.nouns.publicAsset.any})\b`,
        "i",
      ),
  );
/** "'s refineries", "'s main email servers": what follows an owner's possessive names something hit. */
const possessiveTarget = (words: Words) =>
  patternFor(
    words,
    "possessive-target",
    (w) => new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,3}?(${w.nouns.possessedTarget.any})\b`, "i"),
  );

/** "X said a wiper later crippled its archive": an attack or impact verb whose object is the subject's own. */
const itsAfterVerb = (words: Words) =>
  patternFor(
    words,
    "its-after-verb",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:(?:which|that)\s+)?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:${w.verbs.attack.past}|${w.verbs.impact.past})\s+(?:part\s+of\s+|some\s+of\s+|all\s+of\s+)?its\s+[a-z]`,
        "i",
      ),
  );
/** What opens an object right after a verb: an article, a possessive or a name (a module constant: see README.md on `\p` literals). */
const OBJECT_AFTER_VERB = /^\s+(?:the|an?|its|their|\p{Lu})/u;

/** An impact verb's past form standing alone as a mention ("defaced", "encrypted"). */
const impactPast = (words: Words) =>
  patternFor(words, "impact-past", (w) => new RegExp(`^(?:${w.verbs.impact.past})$`, "i"));

/** Victims named by where they are: "on regional power companies in western Ukraine". */
const LOCATED_VICTIMS =
  /^\s*(?:on|against|at|into)\s+(?:[\p{Ll}\d-]+\s+){1,5}(?:in|across)\s+(?:the\s+country\s+of\s+|(?:western|eastern|northern|southern|central)\s+)?$/u;

/** "the ferry operator ", "state port operator ": a company's description right before its name. */
const OWNER_DESCRIPTION = String.raw`(?:(?:[\p{Ll}-]+\s+){0,3}?(?:${alternation(NAME_WORDS.organizationDescriptors)})\s+)?`;

/**
 * A word before a system's noun: lower-case, a short form ("ERP") or a lower-case brand ("iTax", "eFiling");
 * never a capitalised word, which opens a name.
 */
const SYSTEM_MODIFIER = String.raw`(?:[\p{Ll}-]+|\p{Lu}{2,6}|\p{Ll}{1,2}\p{Lu}[\p{L}-]*)`;
/**
 * "got into a little-used archive server of the Ministry of Transport", "took over the system
 * that routes ambulances at X", "the servers run by X", "the booking servers of the ferry
 * operator X": the owner closes the object noun phrase, after a relative clause of its own when
 * there is one (lower-case words only, so the phrase ends where the clause does) and after its
 * description. Not "used by X": that names who uses it, often the attacker ("took down the
 * servers used by the gang"). The phrase may open on a count ("went after about 300 accounts of X") or on the
 * words of a second verb sharing the object ("gained access to and encrypted the billing servers of X").
 */
const ownedSystem = (words: Words) =>
  patternFor(
    words,
    "owned-system",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:(?:${OBJECT_PREPOSITIONS.join("|")})\s+)?(?:(?:${PARTITIVES.join("|")})\s+of\s+)?(?:(?:an?|the|one|two|several|some|(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands)\s+of|(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?[\d,]+)\s+)?(?:${SYSTEM_MODIFIER}\s+){0,5}(?:` +
          w.nouns.ownedSystem.any +
          String.raw`)\s+(?:(?:that|which)\s+(?:[\p{Ll}-]+\s+){1,6}?)?(?:of|at|belonging\s+to|(?:run|operated|managed)\s+by)\s+(?:the\s+)?` +
          OWNER_DESCRIPTION +
          "$",
        "u",
      ),
  );

/** A parenthetical set off by commas (see `ASIDE`), unanchored to open other patterns too. */
const ASIDE_BODY = String.raw`,\s+(?!(?:and|but|or)\b)[^,;:.()"“”]{1,100}?,(?=\s)`;

/**
 * "encrypted the servers of X and disrupted the portal of Y", "got into the mail of X (XM) and into
 * the ledgers of Y", "the servers of X, the state grid operator, and the website of Y": after a
 * victim, "and" with an attack, impact or reach verb of the same subject or none opens a second
 * object, whose owner was hit as the first was. An aside may follow "and" ("and, a week later,
 * reached ..."), and the first verb's particle may precede it ("knocked X's site offline and ...").
 * What follows is an owned system (`ownedSystem`): "and the ministry of Y said" names no second
 * object. The second verb, when there is one, is the first group.
 */
const coordinatedObject = (words: Words) =>
  patternFor(
    words,
    "coordinated-object",
    (w) =>
      new RegExp(
        String.raw`^(?:\s*\([^()]{1,12}\))?(?:\s+(?:${alternation(OBJECT_PARTICLES)})\b)?(?:${ASIDE_BODY})?[\s,]*and(?:${ASIDE_BODY})?\s+(?:(?:${alternation(SEQUENCE_ADVERBS)}|\w+ly)\s+)?(?:(${w.verbs.attack.past}|${w.verbs.impact.past}|${w.verbs.reachSystem.past})\s+)?`,
        "i",
      ),
  );

/**
 * A second object opens on its determiner or on a preposition of the attack ("and into mail
 * accounts of Y"): "and demanded access to the accounts of Y" is another verb's object, not the
 * attack's.
 */
const OBJECT_OPENING = new RegExp(
  String.raw`^\s*(?:(?:${alternation(OBJECT_PREPOSITIONS)})\s+(?:(?:${alternation(OBJECT_DETERMINERS)})\s)?|(?:${alternation(OBJECT_DETERMINERS)})\s)`,
  "i",
);
/** "and tampered with servers of Y": after a verb of its own, a plural object needs no determiner. */
const BARE_OBJECT = /^\s*\p{Ll}/u;
/**
 * A finite verb right after the owner ("and the website of Y remained online", "was used to spread
 * it", "published a warning"): the "and" opened a clause of its own, whose subject was not hit.
 */
const CLAUSE_VERB_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]{1,12}\)\s*)?(?:\p{Ll}+ly\s+)?(?:(?:${alternation([...FINITE_BE, ...PERFECT_AUXILIARIES, ...MODALS])})\b|\p{Ll}+ed\b)`,
  "u",
);
/** "and the website of Y was also hit": that clause says its subject was hit after all. */
const hitInClause = (words: Words) =>
  patternFor(
    words,
    "hit-in-clause",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:\([^()]{1,12}\)\s*)?(?:${alternation([...FINITE_BE, ...PERFECT_AUXILIARIES])})\s+(?:been\s+)?(?:\p{Ll}+ly\s+|also\s+)?(?:${w.verbs.attack.past}|${w.verbs.impact.past})\b`,
        "iu",
      ),
  );

/** Nothing of the second object before its owner but a preposition and an article ("and from the "). */
const OPENING_ONLY = new RegExp(
  String.raw`^\s*(?:(?:${alternation(OBJECT_PREPOSITIONS)})\s+)?(?:the\s+)?$`,
  "i",
);
/** "'s own cable system", "'s iTax portal": an owner's possessive, then the system it owns. */
const systemAfterOwner = (words: Words) =>
  patternFor(
    words,
    "system-after-owner",
    (w) =>
      new RegExp(String.raw`^['’]s\s+(?:${SYSTEM_MODIFIER}\s+){0,3}(?:${w.nouns.ownedSystem.any})\b`, "u"),
  );

/**
 * The gap between a victim and the next name opens a second owned object of the same attack;
 * `after` is the text after that name.
 */
function secondObject(words: Words, gap: string, after: string): boolean {
  const lead = coordinatedObject(words).exec(gap);
  if (lead === null) return false;
  const rest = gap.slice(lead[0].length);
  // "and from Y's own mail system", "and disrupted Y's portal": the owner's possessive opens the object.
  const possessed = OPENING_ONLY.test(rest) ? systemAfterOwner(words).exec(after) : null;
  const tail = possessed ? after.slice(possessed[0].length) : after;
  return (
    (possessed !== null ||
      ((OBJECT_OPENING.test(rest) || (lead[1] !== undefined && BARE_OBJECT.test(rest))) &&
        ownedSystem(words).test(rest))) &&
    (!CLAUSE_VERB_AFTER.test(tail) || hitInClause(words).test(tail))
  );
}

/**
 * Words that cannot stand between an attack and its first victim: the agent or the means ("by",
 * "with", "through", "via"; not "used by", "run by", which name the owner of what was hit), another
 * relation ("between"), a report ("officials said"), or a copula opening a predicate ("was the work
 * of", "is believed").
 */
export const noVictimLink = (words: Words) =>
  patternFor(
    words,
    "no-victim-link",
    (w) =>
      new RegExp(
        String.raw`(?<!\b(?:used|run|managed|operated|owned|controlled|maintained|hosted|held)\s)\bby\b|\b(?:with|through|via|between|among|amid|because)\b` +
          `|\\b(?:${w.verbs.speech.past}|${w.verbs.speech.third}|${w.verbs.speechPast.past})\\b` +
          String.raw`|\b(?:was|were|is|are)\s+(?:the|an?|not|also|probably|likely|most|believed|thought|said)\b`,
        "i",
      ),
  );

const LIST_OPENER = /^[^.;:]*?,\s+(?:including|among them|such as|notably|in particular)\s+(?:the\s+)?/i;
/** The same list opener with nothing before its comma: the list hangs on the attack mention itself. */
const LIST_RIGHT_AFTER = /^,\s+(?:including|among them|such as|notably|in particular)\s+(?:the\s+)?/i;
/** "(CEC)": a short form in brackets after a name, part of it in a list. */
export const BRACKETED_SHORT_FORM = /^\s*\([^()]{1,12}\)/;
/** What joins the names of a list: ", ", " and ", ", and the ", " as well as its ". */
const LIST_JOIN = /^[\s,]*(?:(?:and|as well as|the|its|their|of)\b[\s,]*)*$/i;
/** A join that closes a list ("A, B and C"): only a name after it can end the list. */
const LAST_JOIN = /\b(?:and|as well as)\b/i;

/**
 * The slots a list names from `from` on ("Chile's central bank and Peru's treasury", "the
 * Central Election Commission (CEC) and the Parliament"), joined by `LIST_JOIN`, a bracketed short
 * form allowed after each; `gapOf` strips what else a gap may hold, `ends` stops the list before a
 * name. Names joined by a comma alone belong to it only when an "and" follows: in "X, NATO said,
 * was hit" the comma sets off a speaker, not a list's next name.
 */
function listSlots(
  text: string,
  candidates: Slot[],
  from: number,
  gapOf: (gap: string) => string,
  ends: (next: Slot, previous: Slot) => boolean = () => false,
): Slot[] {
  const listed: Slot[] = [];
  let closed = 0;
  let cursor = from;
  for (const s of candidates) {
    const previous = listed.at(-1);
    if (previous && ends(s, previous)) break;
    const gap = gapOf(text.slice(cursor, s.start).replace(BRACKETED_SHORT_FORM, ""));
    if (!LIST_JOIN.test(gap)) break;
    listed.push(s);
    if (listed.length === 1 || LAST_JOIN.test(gap)) closed = listed.length;
    cursor = s.end;
  }
  return listed.slice(0, closed);
}

/** An adverb before a verb ("also", "then", "swiftly"): the lexicon's sequence adverbs or an -ly word. */
const ADVERB_BEFORE_VERB = String.raw`(?:(?:${alternation(SEQUENCE_ADVERBS)}|\p{Ll}+ly)\s+)?`;

/** What may stand between a name and its verb: its possessed noun, a bracket, an adverb. */
const NAME_TO_VERB =
  String.raw`^(?:['’]s(?:\s+[\p{Ll}-]+){1,3}?)?(?:\s*\([^()]{1,12}\))?\s+` + ADVERB_BEFORE_VERB;

/** A name's own finite verb after it, past what it owns and its short form ("'s army (FAP) has asked"). */
const ownVerbAfter = (words: Words) =>
  patternFor(
    words,
    "own-verb-after",
    (w) =>
      new RegExp(
        NAME_TO_VERB +
          `(?:${alternation([...FINITE_BE, ...PERFECT_AUXILIARIES, ...MODALS, ...DO_AUXILIARIES])}|` +
          `${Object.values(w.verbs)
            .map((v) => `${v.third}|${v.past}`)
            .join("|")})\\b`,
        "iu",
      ),
  );

/**
 * A clause that says the name after ", and" was hit too: "the customs service was also hit", "the
 * customs service also lost data", or a participle the name's real verb follows ("the customs
 * agency hit by the same crew restored ..."). The name stays a victim of the list.
 */
const victimClauseAfter = (words: Words) =>
  patternFor(
    words,
    "victim-clause-after",
    (w) =>
      new RegExp(
        NAME_TO_VERB +
          String.raw`(?:(?:${alternation(FINITE_BE)}|(?:has|have|had)\s+been)\s+` +
          ADVERB_BEFORE_VERB +
          `(?:${w.verbs.attack.participle}|${w.verbs.impact.participle})` +
          `|${w.verbs.undergo.any}|${w.verbs.loseIn.any}` +
          String.raw`|[\p{Ll}-]+\s+by)\b`,
        "iu",
      ),
  );

/** Two names joined by a comma alone: a series ("Chile, Peru, and Bolivia"). */
const BARE_COMMA = /^\s*,\s*(?:the\s+)?$/;

/**
 * "hit Chile's central bank, and the Peruvian army asked Spain for help": a name after ", and"
 * that its own finite verb follows heads a new clause, no further item of the list before it.
 */
function newClauseSubject(words: Words, gap: string, rest: string): boolean {
  return /,\s*and\s/i.test(gap) && ownVerbAfter(words).test(rest) && !victimClauseAfter(words).test(rest);
}

/**
 * The victims a list names from `from` on: its actors that can be attacked, a possessive one only
 * when it owns something that can be ("Peru's treasury").
 */
function listedVictims(state: DocumentState, sentence: Sentence, slots: Slot[], from: number): string[] {
  const text = state.text;
  const actors = slots.filter((x) => x.start >= from && x.kind === "actor");
  // "Chile's central bank and ...": a possessive's owned noun sits in the gap before the next name.
  const listed = listSlots(text, actors, from, (gap) =>
    gap.replace(/^['’]s(?:\s+[\w-]+){1,3}?(?=[\s,]*(?:and|as well as|,))/i, ""),
  );
  const keys: string[] = [];
  for (const s of listed) {
    const possessedTarget =
      !s.possessive || possessiveTarget(state.lexicon.words).test(text.slice(s.end, sentence.end));
    if (canBeAttacked(state, s.key) && possessedTarget && !keys.includes(s.key)) keys.push(s.key);
  }
  return keys;
}

/**
 * "the breach of the electoral board", "the defacement of the website of X": a nominalised attack names
 * its victim after "of".
 */
const nominalAttackEnd = (words: Words) =>
  patternFor(words, "nominal-attack-end", (w) => new RegExp(`\\b(?:${w.nouns.nominalAttack.any})$`, "i"));
/**
 * "a 2019 disruption of water metering at X", "the August outage of X's portal": an event a page
 * recalls (words.ts `recalledEvent`) names what it hit after "of", as a nominalised attack does.
 */
const recalledEventEnd = (words: Words) =>
  patternFor(words, "recalled-event-end", (w) => new RegExp(`\\b(?:${w.nouns.recalledEvent.any})$`, "i"));
/**
 * "a cyberattack on its servers": "its" stands for the clause's first victim-like actor. `\s*`, not
 * `\s+`: a verb's mention ends after the verb and its space, so the text after "hackers stole " or
 * "intruders broke into " opens on the object ("records from its servers"), with no space first.
 */
const ITS_TARGET =
  /^\s*(?:(?:which|that)\s+)?(?:[\w-]+\s+){0,3}?(?:on|against|of|at|into|in|from)\s+its\s+[a-z]/i;
/**
 * "Russian hackers", "Iranian state actors": the actor qualifies those who attack. The demonym's
 * slot may hold the noun ("Russian hackers" is one slot), else the noun follows it at once.
 */
const attackerNoun = (words: Words) =>
  patternFor(
    words,
    "attacker-noun",
    (w) =>
      new RegExp(
        String.raw`^(?:[\s-]+(?:state|military|government|cyber))?[\s-]+(?:${w.nouns.attacker.any})\b`,
        "u",
      ),
  );
const attackersQualified = (state: DocumentState, s: Slot) => {
  const name = state.text.slice(s.start, s.end);
  const first = /^\S+/.exec(name)?.[0] ?? "";
  return (
    attackerNoun(state.lexicon.words).test(name.slice(first.length)) ||
    attackerNoun(state.lexicon.words).test(state.text.slice(s.end, s.end + 40))
  );
};
/** "disrupted operations at a major Chilean port": the demonym's state owns the facility hit. */
const demonymFacility = (words: Words) =>
  patternFor(
    words,
    "demonym-facility",
    (w) =>
      new RegExp(
        String.raw`^\s+(?:state[- ]owned\s+|state[- ]run\s+)?(?:(?:power|electricity|energy) (?:${w.nouns.energyAsset.any})|${w.nouns.demonymTarget.any})\b`,
        "i",
      ),
  );
/** A preposition or attack verb right before "a major Chilean port". */
const beforeDemonymFacility = (words: Words) =>
  patternFor(
    words,
    "before-demonym-facility",
    (w) =>
      new RegExp(
        String.raw`\b` +
          `(?:on|at|against|of|in|into|${w.verbs.attack.past}|${w.verbs.attack.gerund}|${w.verbs.impact.past})` +
          String.raw`\s+(?:(?:an?|the|one|two|three|several)\s+(?:[a-z-]+\s+){0,2})?$`,
      ),
  );

/** "targeted water pumping stations across the country": the country the article is about. */
const COUNTRY_WIDE =
  /^[^.;:]*?\b(?:across|throughout|around|all over) the country\b|^[^.;:]*?\bthe country['’]s\b/i;

/**
 * "the Brume worm, widely said to be Bolivian, damaged X", "a ransomware attack, which officials
 * blamed on criminals, crippled X": a parenthetical set off by commas between the attack and its verb.
 */
const ASIDE = new RegExp(`^${ASIDE_BODY}`);
const PREPOSITION_NEXT = /^\s*(?:on|against|in|into|at)\b/i;

/**
 * "the worm that a contractor brought in has quietly locked ...": a relative clause with a subject of its
 * own (not "that was", "which had") between an attack noun and its verb; what may end it is tried
 * word by word, shortest first.
 */
const OBJECT_RELATIVE = new RegExp(
  String.raw`^\s+(?:that|which)\s+(?!(?:${[...PERFECT_AUXILIARIES, ...FINITE_BE, ...MODALS, ...VERB_ADVERBS].join("|")}|\w+ly)\b)` +
    // The subject's shortest reading, a word and the next; the main verb's search goes on from there.
    String.raw`(?:the\s+|its\s+|their\s+)?[\p{L}-]+\s+[\p{L}\d"“”'’-]+(?=\s)`,
  "u",
);

/** "used to ", "analysts say ": what opens a verb inside a relative clause, not the main one. */
const innerVerbLead = (words: Words) =>
  patternFor(
    words,
    "inner-verb-lead",
    (w) =>
      new RegExp(
        String.raw`\b(?:to|${w.verbs.speech.any}|${w.verbs.speechThat.any}|${w.verbs.judgement.any})\s*$`,
        "i",
      ),
  );

/** The length of a parenthetical after an attack mention when its verb follows it, else 0. */
function asideBeforeVerb(state: DocumentState, sentence: Sentence, end: number): number {
  const after = state.text.slice(end, sentence.end);
  const relative = verbAfterNoun(state.lexicon.words).test(after) ? null : OBJECT_RELATIVE.exec(after);
  if (relative) {
    // The relative's own verb comes first; the main verb is an attack verb after it that belongs to
    // no clause inside the relative: not an infinitive ("that hackers used to hit X") and not the
    // verb a reporting verb introduces ("that analysts say attacked X"), whose subject is the
    // relative word itself. The clause's punctuation ends the search.
    const verbs = verbAfterNoun(state.lexicon.words);
    const inner = innerVerbLead(state.lexicon.words);
    const start = relative[0].length;
    const ends = [
      start,
      ...matchesOf(/\s+\S+/g, after.slice(start)).map((m) => start + m.index + m[0].length),
    ];
    for (const at of ends.slice(0, EXTRACTION_DEFAULTS.relativeClauseWords)) {
      const rest = after.slice(at);
      if (/^[,;:.()]/.test(rest.trimStart())) break;
      if (!verbs.test(rest) || /^\s*(?:that|which)\b/i.test(rest)) continue;
      if (inner.test(after.slice(0, at))) continue;
      return at;
    }
  }
  const aside = ASIDE.exec(after);
  if (!aside) return 0;
  const rest = state.text.slice(end + aside[0].length, sentence.end);
  return !PREPOSITION_NEXT.test(rest) && targetVerbAfter(state.lexicon.words).test(rest)
    ? aside[0].length
    : 0;
}

/** "the theft", "a leak": an event that takes something from its victim (words.ts `takenEvent`). */
const takenEvent = (words: Words) =>
  patternFor(words, "taken-event", (w) => new RegExp(`\\b(?:${w.nouns.takenEvent.any})\\b`, "i"));
/** Such an event ending a mention. */
const takenEventEnd = (words: Words) =>
  patternFor(words, "taken-event-end", (w) => new RegExp(`\\b(?:${w.nouns.takenEvent.any})$`, "i"));
/**
 * What was taken is one noun phrase: no punctuation but a number's separator, and no word that
 * opens another clause or joins a second verb ("took the keys and logged in from X").
 */
const TAKEN_PHRASE = String.raw`(?:(?!\s(?:${PHRASE_BREAKS.join("|")})\s)(?:[^,.;:()"“”]|[,.](?=\d)))+?(?=\s+from\s)`;
/**
 * "the heist of gold bars worth millions from X", "a theft of tax returns from X": what was taken comes
 * between, after the theft's own date if it has one ("the theft, in 2024, of tax returns from X").
 */
const TAKEN_OBJECT = new RegExp(String.raw`^(?:,?${TIME_AFTER},?)?\s+of\s+` + TAKEN_PHRASE, "i");

/** "drained the reserve accounts from X", "lifted tax returns from X": what a verb took comes before "from". */
const TAKEN_BY_VERB = new RegExp(`^${TAKEN_PHRASE}`);
/** A mention ending on a verb of taking ("hackers stole ", "thieves siphoned "). */
const stealVerbEnd = (words: Words) =>
  patternFor(
    words,
    "steal-verb-end",
    (w) => new RegExp(`\\b(?:${w.verbs.steal.past}|${w.verbs.steal.gerund})\\s*$`, "i"),
  );

/** The length of what a theft took, written between it and "from", else 0. */
function takenObject(
  state: DocumentState,
  sentence: Sentence,
  start: number,
  end: number,
  verb: boolean,
): number {
  const mention = state.text.slice(start, end);
  const after = state.text.slice(end, sentence.end);
  if (verb && stealVerbEnd(state.lexicon.words).test(mention))
    return TAKEN_BY_VERB.exec(after)?.[0].length ?? 0;
  if (!takenEventEnd(state.lexicon.words).test(mention)) return 0;
  return TAKEN_OBJECT.exec(after)?.[0].length ?? 0;
}

/** The entity is of a kind an incident can attack, as the data model's edge table states it. */
export function canBeAttacked(state: DocumentState, key: string): boolean {
  const type = state.entities.get(key)?.type;
  return type !== undefined && EDGE_RULES.attacked.target.includes(type);
}

/** A mention ending on a loose attack verb ("hackers went after", "tampered with"). */
const looseAttackEnd = (words: Words) =>
  patternFor(words, "loose-attack-end", (w) => new RegExp(`\\b(?:${w.verbs.looseAttack.any})\\s*$`, "i"));

/** Bodies a state's possessive can own as a victim: no state is another's. */
const OWNABLE = new Set(["organization", "agency"]);

/**
 * "Uganda's Lake Water Corporation on Friday": the name after a possessive is the owned victim only
 * when it heads its phrase and is a body a state owns. "Poland's EU funds portal" and "Ukraine's
 * US-supplied drones" use the name to qualify a noun ("Estonia's NATO partners" too).
 */
function ownedBody(state: DocumentState, s: Slot): boolean {
  const type = state.entities.get(s.key)?.type;
  const rest = state.text.slice(s.end, s.end + 40);
  return type !== undefined && OWNABLE.has(type) && !/^-\p{L}/u.test(rest) && !QUALIFIES_NOUN.test(rest);
}

/**
 * "Russia's former double agent" is not Russia; "Montenegro's state infrastructure" is: a
 * possessive stands for a victim only when what it owns is something hit.
 */
function namesVictim(state: DocumentState, sentence: Sentence, s: Slot): boolean {
  return !s.possessive || possessiveTarget(state.lexicon.words).test(state.text.slice(s.end, sentence.end));
}

/** "members of X", "several officials at the X": the people of a body stand for it as a victim. */
const personnelOf = (words: Words) =>
  patternFor(
    words,
    "personnel-of",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:(?:the|several|many|some|two|three)\s+)?(?:[\p{Ll}-]+\s+)?(?:${w.nouns.personnel.any})\s+(?:of|at)\s+(?:the\s+)?$`,
        "iu",
      ),
  );

/**
 * "the email of ", "mail belonging to ", "the mailboxes of dozens of staff at the ": read mail
 * (words.ts `mail`), up to whose it is. Between, only its owner's people (words.ts `personnel`,
 * `staff`, two words before them at most, as `personnelOf`): "the email of people who had written
 * to X" or "of reporters who cover X" is not X's mail.
 */
export const mailOf = (words: Words) =>
  patternFor(
    words,
    "mail-of",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:(?:the|its|their)\s+)*(?:[\p{Ll}-]+\s+){0,2}?(?:${w.nouns.mail.any})\s+(?:of|at|belonging\s+to)\s+` +
          String.raw`(?:(?:the\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?(?:${w.nouns.personnel.any}|${w.nouns.staff.any})\s+(?:of|at)\s+)?(?:the\s+)?`,
        "u",
      ),
  );

/** Actor slots a mention's wording names as victims, in the stretch after it or as the clause subject before it. */
export function targetsOf(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
  end: number,
  kind: string,
  verb = false,
  passive = false,
): string[] {
  const aside = passive
    ? 0
    : asideBeforeVerb(state, sentence, end) || takenObject(state, sentence, start, end, verb);
  if (aside > 0) return targetsOf(state, sentence, slots, start, end + aside, kind, verb, passive);
  const text = state.text;
  // "someone wiped the mail archive of X": an impact verb with an object is a verb mention.
  if (
    !verb &&
    !passive &&
    impactPast(state.lexicon.words).test(text.slice(start, end).trim()) &&
    !BE_AUXILIARY.test(text.slice(sentence.start, start)) &&
    OBJECT_AFTER_VERB.test(text.slice(end, sentence.end))
  )
    return targetsOf(state, sentence, slots, start, end, kind, true, false);
  const targets: string[] = [];
  const after = text.slice(end, sentence.end);
  // "accused of a hack of X", "wanted in connection with the hacking of X": a charge's complement
  // names its victim as any other mention does (the incident stage keeps it in the background).
  const nominal =
    (nominalAttackEnd(state.lexicon.words).test(text.slice(start, end)) ||
      recalledEventEnd(state.lexicon.words).test(text.slice(start, end))) &&
    /^\s+of\b/.test(after);
  // "the 2016 theft from Bangladesh Bank": what a theft was taken from was hit.
  const takenFrom = takenEvent(state.lexicon.words).test(text.slice(start, end)) && /^\s+from\b/i.test(after);
  const loose = looseAttackEnd(state.lexicon.words).test(text.slice(start, end));
  if (
    !passive &&
    (targetVerbAfter(state.lexicon.words).test(after) ||
      takenFrom ||
      (kind === "invasion" && /^\s+of\b/.test(after)) ||
      verb ||
      nominal)
  ) {
    // The list of victims that follows: slots joined by commas, "and", "including".
    const following = slots.filter((s) => s.start >= end && s.kind === "actor");
    let cursor = end;
    // "an intrusion took down the booking servers of X": after a noun, the verb that follows opens
    // the victim's phrase; its object is measured from the verb's end, as a verb mention's is.
    const verbLead = verb || nominal ? 0 : verbBeforeObject(state.lexicon.words, after);
    let series = false;
    let owner: Slot | undefined;
    for (const s of following) {
      const gap = text.slice(cursor, s.start);
      // "hit Uganda's Lake Water Corporation": a name right after a possessive one is what that owner owns.
      const owned = owner !== undefined && ownerGap(text, owner, s.start, false) && ownedBody(state, s);
      if (
        cursor !== end &&
        newClauseSubject(state.lexicon.words, gap, text.slice(s.end, sentence.end)) &&
        !series
      )
        break;
      series ||= cursor !== end && BARE_COMMA.test(gap);
      if (
        cursor !== end &&
        !owned &&
        !/^[\s,]*(?:(?:and|as well as|including|the|its|their|of|in|several|many|other)\b[\s,]*)*$/i.test(
          // "Chile's parliament and Bolivia's bank": the owned noun of a possessive victim is part of it.
          gap.replace(/^['’]s(?:\s+[\w-]+){1,3}?(?=[\s,]*(?:and|as well as|,))/i, ""),
        ) &&
        !secondObject(state.lexicon.words, gap, text.slice(s.end, sentence.end))
      )
        break;
      // The first victim follows its preposition or verb closely ("on the ministry", "hit Estonia's banks").
      // "infiltrating critical infrastructure organisations in Brazil": bodies located in the state.
      // "an attack on thousands of websites in the country of Georgia", "on power companies in western Ukraine".
      // "the intrusion last week into the servers of X": a time phrase may come first.
      const placed = (cursor === end ? gap.slice(verbLead) : gap).replace(LEADING_TIME, "");
      const located =
        (verb && /^(?:[a-z-]+\s+){1,4}(?:in|across)\s+$/.test(gap)) ||
        LOCATED_VICTIMS.test(placed) ||
        ownedSystem(state.lexicon.words).test(placed) ||
        mailOf(state.lexicon.words).exec(placed)?.[0].length === placed.length;
      // "an attack on Monday that Chile blamed on Bolivia": a name right after a relative word that
      // follows the attack noun (and its time) is the subject of a clause that has the attack as its
      // object, never its victim ("got into the platform that X runs" names the owner: kept).
      if (cursor === end && RELATIVE_THEN_SUBJECT.test(placed)) break;
      // "the outage in Mumbai in October 2020, the U.S. firm ...": a comma before the first victim ends the phrase.
      // "the attack on the grid was the work of Russia", "an attempt to damage relations between
      // A and B": a copula or a preposition that links no victim ends it too.
      if (
        cursor === end &&
        ((gap.length - verbLead > 40 && !located) ||
          noVictimLink(state.lexicon.words).test(placed) ||
          /["“”]|\b(?:and|but)\s+(?:said|says)\b/.test(gap) ||
          /,/.test(gap.replace(/^\s*,\s*(?:which|that)\b/, "")))
      )
        break;
      // "tampered with files held by X": after a loose verb the victim heads the object ("tampered with
      // X's parliament"), owns the system it names ("went after the servers of X") or has the people
      // it names ("went after members of X"), nothing further in.
      if (
        cursor === end &&
        loose &&
        !/^\s*(?:the\s+)?$/i.test(placed) &&
        !ownedSystem(state.lexicon.words).test(placed) &&
        !personnelOf(state.lexicon.words).test(placed)
      )
        break;
      // "wiped computers at X, the kingdom's oil company": a possessive in apposition to a victim owns it.
      if (
        cursor !== end &&
        (s.possessive || /^['’]s\s/.test(text.slice(s.end))) &&
        /^,\s+(?:the\s+)?$/i.test(gap)
      )
        break;
      // "the attack on Georgia's websites, Britain said": the speaker closes the list.
      if (speakerAfter(state.lexicon.words).test(text.slice(s.end, s.end + 30))) break;
      // "Russia's former double agent" is not Russia; "Montenegro's state infrastructure" is.
      if (canBeAttacked(state, s.key) && namesVictim(state, sentence, s)) targets.push(s.key);
      cursor = s.end;
      owner = s.possessive ? s : undefined;
    }
    // "hit banks in the region, including Chile's central bank and Peru's treasury": the list names victims too.
    const listed = LIST_OPENER.exec(after.slice(0, 160));
    if (listed)
      for (const key of listedVictims(state, sentence, slots, end + listed.index + listed[0].length))
        if (!targets.includes(key)) targets.push(key);
    if (
      targets.length === 0 &&
      (ITS_TARGET.test(after.slice(0, 60)) ||
        (verb && /^\s*its\s/i.test(after)) ||
        itsAfterVerb(state.lexicon.words).test(after))
    ) {
      // "Ukraine's president" is no owner of "its": a possessive stands for the noun it owns. Nor
      // is the attackers' own state ("Russian hackers have breached X before: in May they broke
      // into its mail server").
      const owner = slots.find(
        (s) =>
          s.end <= start &&
          s.start >= sentence.start &&
          s.kind === "actor" &&
          canBeAttacked(state, s.key) &&
          namesVictim(state, sentence, s) &&
          !attackersQualified(state, s),
      );
      if (owner) targets.push(owner.key);
    }
    if (targets.length === 0) {
      const clauseEnd = end + (/[;:]|,\s+(?:and|but|officials|said)\b/.exec(after)?.index ?? after.length);
      const demonym = slots.find(
        (s) =>
          s.source === "demonym" &&
          s.start >= end &&
          s.end <= clauseEnd &&
          state.entities.get(s.key)?.type === "state" &&
          beforeDemonymFacility(state.lexicon.words).test(text.slice(start, s.start)) &&
          demonymFacility(state.lexicon.words).test(text.slice(s.end, s.end + 40)),
      );
      if (demonym) targets.push(demonym.key);
    }
    if (
      targets.length === 0 &&
      (targetNoun(state.lexicon.words).test(after.slice(0, 60)) || COUNTRY_WIDE.test(after.slice(0, 140)))
    ) {
      const topic = topicState(state);
      if (topic) targets.push(topic);
    }
  }
  const before = text.slice(sentence.start, start);
  // "two file servers at X were wiped", "X's ticket portal had been defaced": an
  // impact participle's subject names what was hit; only its owner, closing that noun phrase, was.
  if (targets.length === 0 && !passive && !verb) {
    const owners = impactedOwners(state, sentence, slots, start, end);
    const disrupted = owners.length === 0 ? disruptedOwner(state, slots, before, sentence.start) : undefined;
    targets.push(...owners, ...(disrupted ? [disrupted] : []));
  }
  // "wiped the archive servers of X over Easter, an attack no group has owned": an indefinite attack noun in
  // apposition to a clause names the event of the clause's verb, and that verb's object was hit.
  if (targets.length === 0 && !passive && !verb)
    targets.push(...appositiveTargets(state, sentence, slots, start, end, kind));
  // "passengers of X were affected": an impact verb's passive names its victim only as its
  // subject's body or the owner of the system its subject is (`impactedOwners`).
  if (
    targets.length === 0 &&
    passive &&
    impactParticiple(state.lexicon.words).test(text.slice(start, end).trim())
  ) {
    targets.push(...impactedOwners(state, sentence, slots, start, end));
  } else if (targets.length === 0) {
    const named = passive || victimBefore(state.lexicon.words).test(before);
    const lost =
      !named &&
      lostInDeed(state.lexicon.words, before, text.slice(start, end), text.slice(end, sentence.end));
    if (named || lost) {
      const found = passiveSubject(state, sentence, slots, start);
      // "investors in Chile lost $4 million in a hack", "North Korea's unit lost funds in a hack": the
      // loser is the clause's own subject, not a place or an owner inside it.
      const subject =
        lost &&
        found &&
        (found.possessive || PREPOSITION_BEFORE.test(text.slice(sentence.start, found.start)))
          ? undefined
          : found;
      // "the mailboxes of several state bodies were compromised in a phishing campaign, among them
      // X and Y": a list right after the attack names the bodies its subject stands for.
      const among = LIST_RIGHT_AFTER.exec(text.slice(end, sentence.end));
      const listed = among ? listedVictims(state, sentence, slots, end + among[0].length) : [];
      if (listed.length > 0) targets.push(...listed);
      // "A, B and C were hit by": every body the subject lists was.
      else if (subject) targets.push(...listedAfter(state, slots, subject, start).map((s) => s.key));
      else if (targetNoun(state.lexicon.words).test(before)) {
        const topic = topicState(state);
        if (topic) targets.push(topic);
      }
    }
  }
  // Interference in a state's election targets that state ("to sway the US presidential election").
  const election = /\b(?:presidential|parliamentary|general|legislative|local)?\s*elections?\b/i.exec(
    text.slice(end, sentence.end),
  );
  if (election) {
    const at = end + election.index;
    const owner = slots.find(
      (s) => s.end <= at && s.end >= at - 25 && s.start >= end && state.entities.get(s.key)?.type === "state",
    );
    if (owner && !targets.includes(owner.key)) targets.push(owner.key);
  }
  // A state named right before the noun is its victim ("Ukraine cyber attack"); a body only before
  // a noun it can only have suffered ("the Ministry of Finance breach"): "the Cyber Command
  // attack" is as often the body's own. Before a verb a name is its subject's ("hackers linked to
  // Russia read the email of X"): the verb's object names the victim.
  const modifier = slots.find(
    (s) =>
      !verb &&
      s.end <= start + 1 &&
      s.end >= start - 1 &&
      (s.source === "name" || s.source === "institution") &&
      s.kind === "actor" &&
      !s.possessive,
  );
  if (
    modifier &&
    (state.entities.get(modifier.key)?.type === "state"
      ? modifier.source === "name"
      : !sentence.headline &&
        targets.length === 0 &&
        sufferedHead(state.lexicon.words).test(text.slice(start, end).trim()) &&
        !onAttackersSide(state, modifier.key)) &&
    ["state", "agency"].includes(state.entities.get(modifier.key)?.type ?? "") &&
    !targets.includes(modifier.key)
  )
    targets.push(modifier.key);
  return targets;
}

/** A body accused so far, or one of an accused state or of a known group's sponsor ("the GRU attacks"). */
function onAttackersSide(state: DocumentState, key: string): boolean {
  const side = attackersSide(state);
  const country = state.entities.get(key)?.country;
  return side.has(key) || (!!country && side.has(country));
}

/** An attack noun a body named before it suffered ("the Ministry of Finance breach"), never did ("the army attack"). */
const sufferedHead = (words: Words) =>
  patternFor(words, "suffered-head", (w) => new RegExp(String.raw`\b(?:${w.nouns.suffered.any})$`, "i"));

/**
 * The victim a clause names as its subject before `start`: the first actor that can be attacked
 * from the clause's opening ("two file servers at X were wiped" names X). "X
 * shut down its systems after an attack": the "after" joining the attack opens no clause of its
 * own; "the ministry, which runs the portal, was breached": an aside set off by commas is skipped,
 * so its "which" opens no clause either.
 */
export function passiveSubject(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
): Slot | undefined {
  const text = state.text;
  const before = text
    .slice(sentence.start, start)
    .replace(/\b(?:after|following)\s+$/, "")
    .replace(ASIDE_BEFORE_VERB, (aside) => " ".repeat(aside.length));
  // "the auditor said the mail archive had been wiped": a reporting verb, like a conjunction,
  // opens a clause; "the auditor said on Friday it had been breached": a clause opening with a
  // subject pronoun leaves the speaker, the reporting clause's subject, as the passive's subject.
  const starts = clauseStarts(state.lexicon.words, before);
  let open = starts.length - 1;
  while (open > 0 && SUBJECT_PRONOUN.test(before.slice(starts[open]))) open--;
  const clause = sentence.start + (starts[open] ?? 0);
  const candidates = slots.filter(
    (s) =>
      s.start >= clause &&
      s.end <= start &&
      s.kind === "actor" &&
      canBeAttacked(state, s.key) &&
      !/\bby\s+$/.test(text.slice(sentence.start, s.start)),
  );
  // "Britain's National Crime Agency was hacked": the body a possessive owns heads the subject.
  const subject = candidates.find(
    (s) =>
      !s.possessive ||
      !candidates.some((body) => body.start >= s.end && /^['’]s?\s+$/.test(text.slice(s.end, body.start))),
  );
  if (subject) return subject;
  const owner = whoseOwner(state, sentence, slots, start);
  if (owner) return owner;
  const antecedent = antecedentOwner(state, sentence, slots, clause);
  return antecedent ? slots.find((s) => s.key === antecedent && s.end <= clause) : undefined;
}

/**
 * "were encrypted", "had been wiped": a be-auxiliary, with the perfect auxiliary before "been"
 * so that the subject ends before it, right before an impact participle.
 */
const BE_PASSIVE = String.raw`(?:(?:(?:${PERFECT_AUXILIARIES.join("|")})\s+)?been|was|were)`;
const BE_AUXILIARY = new RegExp(String.raw`\b${BE_PASSIVE}\s+(?:\w+ly\s+)?$`, "i");
const impactParticiple = (words: Words) =>
  patternFor(words, "impact-participle", (w) => new RegExp(`^(?:${w.verbs.impact.participle})$`, "i"));
/**
 * A time or place phrase set off by a comma at a clause's opening ("In March, ", "On Sunday night, "),
 * or a date without the comma before the subject's article ("In March 2025 the ...", "On Monday the
 * ..."): a month, weekday or year, so "In effect the" opens nothing.
 */
const OPENING_ADVERBIAL = new RegExp(
  String.raw`^\s*(?:(?:in|on|at|during|since|by|last|earlier|late|early)\b[^,;:]{0,40},\s*|(?:in|on|during|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:(?:${MONTH_ALTERNATION}|${WEEKDAYS.join("|")})\s+(?:\d{1,2},?\s+)?(?:(?:19|20)\d{2}\s+)?|(?:19|20)\d{2}\s+)(?=the\s))?`,
  "i",
);
/** Before a subject that is the body itself: at most a month or year its clause opens with, and "the". */
const BARE_SUBJECT_LEAD =
  /^\s*(?:(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y)\s+(?:\p{Lu}\p{Ll}+|\d{4})(?:\s+\d{4})?,?\s+)?(?:the\s+)?$/u;
/** "the Government of " right before a state's name. */
const GOVERNMENT_OF = /\b[Gg]overnment\s+of\s+(?:the\s+)?$/;
/** What an owner's possessive or pronoun owns, up to the auxiliary: " ticket portal ", " billing and dispatch servers ". */
const OWNED_AFTER_OWNER = (w: Words) =>
  String.raw`\s+(?:[\p{Ll}-]+\s+){0,3}(?:${w.nouns.ownedSystem.any}|${w.nouns.possessedTarget.any})\s+$`;
/** "X's ticket portal ": an owner's possessive, then what it owns, up to the auxiliary. */
const ownedAfterPossessive = (words: Words) =>
  patternFor(words, "owned-after-possessive", (w) => new RegExp(`^['’]s${OWNED_AFTER_OWNER(w)}`, "iu"));
/** "its billing servers ": an owner pronoun (coref.ts reads whose it is), then what it owns. */
const ownedAfterPronoun = (words: Words) =>
  patternFor(words, "owned-after-pronoun", (w) => new RegExp(`^${OWNED_AFTER_OWNER(w)}`, "iu"));
/**
 * "X had its payroll system", "when X has its websites", "X saw its website": the subject of a
 * "have" or "see" clause (words.ts `ownSystemUndergo`) undergoes what is done to the systems it owns
 * ("had its registry servers encrypted", "had its mail server broken into", "saw its portal
 * defaced"); the clause's subject is the owner (`haveOwnSystemOwner`).
 */
export const HAVE_OWN_SYSTEM = (w: Words) =>
  String.raw`\b(?:${w.verbs.ownSystemUndergo.any})\s+(?:its|their)\s+(?:[a-z-]+\s+){0,3}?(?:${w.nouns.ownedSystem.any})`;
const haveOwnSystem = (words: Words) =>
  patternFor(words, "have-own-system", (w) => new RegExp(`${HAVE_OWN_SYSTEM(w)}\\s+$`, "i"));
/**
 * "two file servers at the ": what is owned, then its owner's preposition. Opening the subject, a
 * bare plural is the whole noun phrase ("In July, billing servers at X were encrypted").
 */
const ownedBeforeOwner = (words: Words) =>
  patternFor(
    words,
    "owned-before-owner",
    (w) => new RegExp(String.raw`^(?:${OWNED_DETERMINER}\s+)?` + OWNED_BEFORE_OWNER(w), "u"),
  );
/** The same, ending a longer stretch ("could not reach the patient portal of X, which had ..."). */
const ownedBeforeOwnerTail = (words: Words) =>
  patternFor(
    words,
    "owned-before-owner-tail",
    (w) => new RegExp(String.raw`\b${OWNED_DETERMINER}\s+` + OWNED_BEFORE_OWNER(w), "iu"),
  );
// The determiner may open the sentence ("The billing servers of X were encrypted").
const OWNED_DETERMINER = String.raw`(?:[Tt]he|[Aa]n?|[Ii]ts|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)`;
const OWNED_BEFORE_OWNER = (w: Words) =>
  String.raw`(?:[\p{Ll}-]+\s+){0,4}(?:${w.nouns.ownedSystem.any})\s+(?:of|at|belonging\s+to|(?:run|operated|managed)\s+by)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}$`;

/**
 * What may stand between a subject's last name and its verb: a bracketed short form and an aside
 * set off by commas ("X, NATO said, was hit"); the verb ("were the target of", "have suffered")
 * follows, when the stretch reaches it. "X and Microsoft researchers were" is not closed: the name
 * only modifies the noun after it.
 */
const subjectClose = (words: Words) =>
  patternFor(
    words,
    "subject-close",
    (w) =>
      new RegExp(
        String.raw`^(?:\s*\([^()]{1,30}\))?(?:\s*,[^,;:()]{1,60},)?\s*(?:(?:both|also|all|\w+ly)\s+)?(?:(?:${alternation([...FINITE_BE, ...PERFECT_AUXILIARIES, ...MODALS, "became"])}|${w.verbs.undergo.any})\b[^]*)?$`,
        "i",
      ),
  );

/**
 * `first` and the victims listed right after it before `limit` ("the websites of A, the B and
 * the C were knocked offline"): names that can be attacked, joined as `listSlots` reads, the last
 * closing the subject (`subjectClose`), else `first` alone. A possessive ends the list, its name
 * owning what follows ("A and B's minister").
 */
function listedAfter(state: DocumentState, slots: Slot[], first: Slot, limit: number): Slot[] {
  const next = slots.filter((s) => s.start >= first.end && s.end <= limit).sort((a, b) => a.start - b.start);
  const listed = listSlots(
    state.text,
    [first, ...next],
    first.start,
    (gap) => gap,
    (s, previous) =>
      previous.possessive ||
      s.start < previous.end ||
      s.kind !== "actor" ||
      !canBeAttacked(state, s.key) ||
      s.possessive,
  );
  return listed.length > 1 &&
    subjectClose(state.lexicon.words).test(state.text.slice(listed.at(-1)!.end, limit))
    ? listed
    : [first];
}

/**
 * The owners an impact participle's subject names ("two file servers at X were wiped", "X's ticket
 * portal had been defaced", "mail servers in X", "computers in four Ruritanian ministries", "the
 * websites of X, Y and Z were knocked offline"): the subject is one noun phrase from its clause's
 * opening to the auxiliary, either the owner's possessive and what it owns or a system noun closed
 * by its owner or a list of owners. Anything else ("passengers of X were affected") names no victim.
 */
function impactedOwners(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
  end: number,
): string[] {
  const text = state.text;
  if (!impactParticiple(state.lexicon.words).test(text.slice(start, end).trim())) return [];
  const before = text.slice(sentence.start, start);
  const aux = BE_AUXILIARY.exec(before);
  if (!aux) return haveOwnSystemOwner(state, sentence, slots, before);
  const subjectEnd = sentence.start + aux.index;
  const starts = clauseStarts(state.lexicon.words, before.slice(0, aux.index));
  const clause = sentence.start + (starts.at(-1) ?? 0);
  const opening = clause + (OPENING_ADVERBIAL.exec(text.slice(clause, subjectEnd))?.[0].length ?? 0);
  if (/^\s*$/.test(text.slice(opening, subjectEnd))) {
    const antecedent = antecedentOwner(state, sentence, slots, clause);
    return antecedent ? [antecedent] : [];
  }
  for (const s of slots) {
    if (s.start < opening || s.end > subjectEnd || s.kind !== "actor" || !canBeAttacked(state, s.key))
      continue;
    // "the Government of Chile's mail servers were wiped": a state's government is the state.
    let lead = text.slice(opening, s.start);
    if (state.entities.get(s.key)?.type === "state") lead = lead.replace(GOVERNMENT_OF, "");
    // "the payroll system of Chile's Treasury was crippled": the state's possessive before a
    // body is part of the body's name, not of what was hit.
    const possessor = slots.find(
      (p) =>
        p.start >= opening &&
        state.entities.get(p.key)?.type === "state" &&
        /^['’]s\s+$/.test(text.slice(p.end, s.start)),
    );
    if (possessor) lead = text.slice(opening, possessor.start);
    const rest = text.slice(s.end, subjectEnd) + " ";
    // "X says its billing servers were wiped": an owner pronoun heading the subject stands for its body
    // when that body is the sentence's first actor, the one saying so ("Estonia accused Russia of the
    // hack, saying its servers were wiped": "its" is not the accused's, whatever its nearest name).
    if (
      s.source === "pronoun" &&
      s.possessive &&
      BARE_SUBJECT_LEAD.test(lead) &&
      ownedAfterPronoun(state.lexicon.words).test(rest) &&
      firstActor(slots, s.start)?.key === s.key
    )
      return [s.key];
    // "(in July) the customs service of X was crippled": the subject is the body itself.
    if (BARE_SUBJECT_LEAD.test(lead) && /^\s*$/.test(rest)) return [s.key];
    if (
      /^['’]s\s/.test(rest) &&
      BARE_SUBJECT_LEAD.test(lead) &&
      ownedAfterPossessive(state.lexicon.words).test(rest)
    )
      return [s.key];
    const listed = listedAfter(state, slots, s, subjectEnd);
    if (
      ownedBeforeOwner(state.lexicon.words).test(lead) &&
      subjectClose(state.lexicon.words).test(text.slice(listed.at(-1)!.end, subjectEnd))
    )
      return listed.map((x) => x.key);
    // "(On Friday,) servers in two Ruritanian state agencies were wiped", "routers in the X were
    // encrypted": the body the system noun stands in owns it, a demonym's public body its state.
    if (
      systemInOwner(state.lexicon.words).test(lead) &&
      (s.source === "demonym"
        ? demonymBody(state.lexicon.words).test(text.slice(s.start, subjectEnd).replace(/^\S+/, ""))
        : !/^['’]s\s/.test(rest) && /^\s*$/.test(rest))
    )
      return [s.key];
  }
  return [];
}

/** The actor named first in the sentence before `at`, if any. */
function firstActor(slots: Slot[], at: number): Slot | undefined {
  let first: Slot | undefined;
  for (const s of slots)
    if (s.kind === "actor" && s.end <= at && (!first || s.start < first.start)) first = s;
  return first;
}

/**
 * The subject of the "have" clause `before` ends with ("when X in Chisinau had its servers "): the
 * clause's subject owns them, whatever the pronoun's nearest antecedent (the capital here).
 */
function haveOwnSystemOwner(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  before: string,
): string[] {
  const have = haveOwnSystem(state.lexicon.words).exec(before);
  const subject = have && passiveSubject(state, sentence, slots, sentence.start + have.index);
  return subject ? [subject.key] : [];
}

/** "servers in ", "the computers in two ": a system noun, then "in" before its owner. */
const systemInOwner = (words: Words) =>
  patternFor(
    words,
    "system-in-owner",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:[\p{Ll}\d,-]+\s+){0,4}?(?:${w.nouns.ownedSystem.any})\s+in\s+(?:[\p{Ll}\d-]+\s+){0,2}$`,
        "u",
      ),
  );
/** " state ministries ": after a demonym, a public body it makes its state's. */
const demonymBody = (words: Words) =>
  patternFor(
    words,
    "demonym-body",
    (w) =>
      new RegExp(
        String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${w.nouns.publicAsset.any}|${w.nouns.demonymTarget.any})\s*$`,
        "u",
      ),
  );

/**
 * "could not reach the patient portal of X, which had been wiped": a passive in a relative
 * clause says its antecedent was hit, and the antecedent's owner when it names a system (the
 * owner's possessive and what it owns, or a system noun closed by its owner) or a body.
 */
function antecedentOwner(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  clause: number,
): string | undefined {
  const text = state.text;
  const relative = /,\s+(?:which|that)\s*$/i.exec(text.slice(sentence.start, clause));
  if (!relative) return undefined;
  const comma = sentence.start + relative.index;
  // The antecedent is the noun phrase closing at the comma: the last actor before it, with only its
  // possessive's owned noun or a parenthesis between them (checked below).
  const owner = [...slots].reverse().find((s) => s.end <= comma && s.kind === "actor");
  if (!owner || !canBeAttacked(state, owner.key)) return undefined;
  const rest = text.slice(owner.end, comma) + " ";
  if (owner.possessive || /^['’]s\s/.test(rest))
    return ownedAfterPossessive(state.lexicon.words).test(rest) ? owner.key : undefined;
  if (!/^(?:\s*\([^()]{1,30}\))?\s*$/.test(rest)) return undefined;
  return ownedBeforeOwnerTail(state.lexicon.words).test(text.slice(sentence.start, owner.start))
    ? owner.key
    : undefined;
}

/** ", whose own election website " right before a passive: the relative names what its antecedent owns. */
const WHOSE_OWNED = /,\s+whose\s+(?:own\s+)?(?:[\p{L}-]+\s+){1,4}$/u;

/**
 * "Honduras, whose electoral council website was knocked offline": the antecedent of "whose" owns
 * what the passive hit, so it was hit. The antecedent closes at the comma (a bracketed short form
 * may stand between); a body the mention stage read across the relative ("Honduras, whose
 * electoral council" as Honduras's electoral council) is the owner itself.
 */
function whoseOwner(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
): Slot | undefined {
  const whose = WHOSE_OWNED.exec(state.text.slice(sentence.start, start));
  if (!whose) return undefined;
  const comma = sentence.start + whose.index;
  const owner = [...slots].reverse().find((s) => s.start < comma && s.end <= start && s.kind === "actor");
  if (!owner || owner.possessive || !canBeAttacked(state, owner.key)) return undefined;
  if (owner.end > comma) return owner;
  return /^(?:\s*\([^()]{1,30}\))?\s*$/.test(state.text.slice(owner.end, comma)) ? owner : undefined;
}

/** "a week-long outage at X had been caused by a wiper": the disruption's owner was hit. */
const causedBy = (words: Words) =>
  patternFor(
    words,
    "caused-by",
    (w) =>
      new RegExp(
        String.raw`(?:^|[,;:]\s*|\b(?:that|and)\s+)(?:the\s+)?(?:[\p{Ll}\d-]+\s+){0,3}(?:${w.nouns.disruption.any})\s+(?:of|at|in|to)\s+([^,;:()]+?)\s+${BE_PASSIVE}\s+(?:\w+ly\s+)?(?:${w.verbs.cause.past})\s+by\s+$`,
        "diu",
      ),
  );

function disruptedOwner(
  state: DocumentState,
  slots: Slot[],
  before: string,
  base: number,
): string | undefined {
  // The pattern ends in "by" and white space, but is tried from every start of `before`: a
  // clause not ending so is passed over at once (1.7% of extraction's CPU went to that pattern).
  const clause = before.trimEnd();
  if (clause === before || !/\sby$/i.test(clause.slice(-3))) return undefined;
  const [from, to] = causedBy(state.lexicon.words).exec(before)?.indices?.[1] ?? [];
  if (from === undefined || to === undefined) return undefined;
  const owner = slots.find(
    (s) => s.start >= base + from && s.end <= base + to && s.kind === "actor" && canBeAttacked(state, s.key),
  );
  if (!owner) return undefined;
  // The owner heads what was disrupted: only "the", its possessive's noun phrase or a system noun's "of" before it.
  const lead = state.text.slice(base + from, owner.start);
  return /^(?:the\s+)?$/i.test(lead) || ownedBeforeOwner(state.lexicon.words).test(lead)
    ? owner.key
    : undefined;
}

/** A verb telling an attack in the clause before an appositive ("encrypted", "stole", "planted malware on"). */
const clauseAttackVerb = (words: Words) =>
  patternFor(
    words,
    "clause-attack-verb",
    (w) =>
      new RegExp(
        `\\b(?:${w.verbs.attack.past}|${w.verbs.impact.past}|${w.verbs.steal.past}|${w.verbs.attack.gerund}|${w.verbs.impact.gerund}|${w.verbs.steal.gerund}|(?:${w.verbs.implant.past}|${w.verbs.implant.gerund})\\s+(?:[\\w-]+\\s+){0,2}?(?:on|in|into))\\s+`,
        "gi",
      ),
  );
/** Between a clause's verb and the appositive: no clause break, at most two commas. */
const APPOSITIVE_BEFORE = /(?:,|\s[-–—])\s+$/;

/**
 * "someone wiped the archive servers of X over Easter, an attack no group has owned", "... took
 * tax returns from X - an intrusion disclosed only later": the victims of the clause's verb,
 * read as a verb mention's ("hackers encrypted ..."), with the appositive's own words left out.
 */
function appositiveTargets(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
  end: number,
  kind: string,
): string[] {
  const text = state.text;
  if (!/^an?\s/i.test(text.slice(start, end))) return [];
  const before = text.slice(sentence.start, start);
  const apposition = APPOSITIVE_BEFORE.exec(before);
  if (!apposition) return [];
  const clauseEnd = sentence.start + apposition.index;
  const window = Math.max(sentence.start, clauseEnd - EXTRACTION_DEFAULTS.appositiveVerbReach);
  const verbs = matchesOf(clauseAttackVerb(state.lexicon.words), text.slice(window, clauseEnd));
  const last = verbs.at(-1);
  if (!last) return [];
  const verbStart = window + (last.index ?? 0);
  const verbEnd = verbStart + last[0].length;
  const between = text.slice(verbEnd, clauseEnd);
  if (
    /[;:"“”]/.test(between) ||
    (between.match(/,/g) ?? []).length > 2 ||
    /\b(?:and|but|while|whereas)\s/i.test(between)
  )
    return [];
  const inClause = slots.filter((s) => s.end <= clauseEnd);
  return targetsOf(
    state,
    sentenceWith(sentence, { end: clauseEnd }),
    inClause,
    verbStart,
    verbEnd,
    kind,
    true,
  );
}

/** A clause opening with a subject pronoun ("it had been hacked", "that they were targeted", "its own servers"). */
const SUBJECT_PRONOUN = /^\s*(?:that\s+)?(?:it|they|we|(?:its|their|our)\s+own)\b/i;

/** ", which runs the tax portal," right before a passive verb: an aside between its subject and the verb. */
const ASIDE_BEFORE_VERB = /,\s+(?:which|who)\s[^,;:.()"“”]{1,100},\s*$/;

/**
 * Where the name of an actor's slot ends in the text: a name read as words ("NoName057(16)") stops
 * at its last digit, short of the bracket it opened, which is still part of it; a name given in
 * quotation marks ('a group it calls "Grey Heron" paralysed') ends past the closing mark.
 */
export function nameEnd(text: string, slot: Slot): number {
  const name = text.slice(slot.start, slot.end);
  if (text[slot.end] === ")" && name.lastIndexOf("(") > name.lastIndexOf(")")) return slot.end + 1;
  return /["“]/.test(text[slot.start - 1] ?? "") && /["”]/.test(text[slot.end] ?? "")
    ? slot.end + 1
    : slot.end;
}

/** Actors blamed by the wording: a demonym or "X-backed" before the noun, or a possessive ("its invasion"). */
export function attackersOf(state: DocumentState, slots: Slot[], start: number, end: number): string[] {
  const text = state.text;
  return (
    slots
      .filter((s) => s.start >= start - 30 && s.end <= end && s.kind !== "incident")
      .filter(
        (s) =>
          s.source === "demonym" ||
          s.possessive ||
          state.entities.get(s.key)?.type === "group" ||
          /^-(backed|linked|sponsored|led|based)/.test(text.slice(s.end, s.end + 10)),
      )
      // At most three words, each ending on a space, from the actor to the mention's end: with
      // a noun's last word dropped first, "a Russian cyberattack" would blame Russia (measured:
      // seeds 0.909 -> 0.800, validation claimed +3, found +0).
      .filter((s) => /^(['’]s|-[a-z]+)?[\s-]*([\w-]+\s+){0,3}$/.test(text.slice(nameEnd(text, s), end)))
      .map((s) => s.key)
      .concat(whoseAttack(state, slots, start))
  );
}

/** "the Conti ransomware group, whose attack on government systems": the relative's antecedent attacked. */
function whoseAttack(state: DocumentState, slots: Slot[], start: number): string[] {
  const before = state.text.slice(Math.max(0, start - 80), start);
  const m = /,?\s*whose\s+$/.exec(before);
  if (!m) return [];
  const at = start - (before.length - m.index);
  const antecedent = [...slots].reverse().find((s) => s.kind === "actor" && s.end <= at && at - s.end <= 30);
  return antecedent ? [antecedent.key] : [];
}

const MONTH_OR_DAY =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;

/** The name written before an attack noun ("the SolarWinds hack", "the NotPetya attack"), when it names no state. */
export function incidentName(
  state: DocumentState,
  slots: Slot[],
  base: number,
  before: string,
): string | undefined {
  // "the 'Frostbite' wiper attacks": quotation marks around a name are not part of it.
  const m = /(?:^|[\s'‘“"])(?<written>(?:[\p{Lu}][\p{L}\p{N}-]*['’”"]?\s+){1,2})$/u.exec(before);
  const written = m?.groups?.written;
  if (!m || written === undefined) return undefined;
  // "The Stuxnet worm": a capitalised function word opening the sentence is not part of the name.
  const words = written
    .replace(/['’”"]/g, "")
    .trim()
    .split(/\s+/);
  const leading =
    /^(The|A|An|This|That|These|Its|Their|In|On|At|After|Before|Previously|Earlier|Last|Since|But|And)$/.test(
      words[0] ?? "",
    );
  if (leading) words.shift();
  // "the December 2015 attack", "Tuesday's attack": a date is not a name.
  const first = words[0];
  if (first === undefined || words.some((w) => MONTH_OR_DAY.test(w))) return undefined;
  const name = words.join(" ");
  const at = base + m.index + m[0].length - written.length + (leading ? written.indexOf(first) : 0);
  const slot = slots.find((s) => s.start <= at && s.end > at);
  if (slot && state.entities.get(slot.key)?.type === "state") return undefined;
  return name;
}
