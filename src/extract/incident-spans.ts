/**
 * The attack mentions of one sentence, as the incident stage reads them before placing them:
 * attack nouns ("a massive cyberattack", "the 2015 hack"), named operations and malware, attacker
 * verbs ("hackers breached"), passives ("had been hacked"), accusations' gerunds ("blamed X for
 * breaching"), victim lists and other kinds (coup plots, poisonings, invasions). Generic or
 * hypothetical mentions ("to defend against cyber attacks", "similar strikes in the past") are
 * left out.
 */
import { MONTH_ALTERNATION, type DateMention } from "./dates";
import type { DocumentState } from "./document-state";
import {
  alternation,
  ATTACK_VERB_ADVERBS,
  cueIndexFor,
  DO_AUXILIARIES,
  FINITE_BE,
  CLAUSE_COORDINATORS,
  CONDITIONALS,
  HEAD_COMPLEMENT_PREPOSITIONS,
  INCIDENT_COMPOUND_HEADS,
  INCIDENT_WORDS,
  INTERROGATIVE_SUBJECTS,
  MODALS,
  NAME_WORDS,
  NEGATION_REACH_ENDS,
  NEGATIVE_SUBJECTS,
  NOUN_PHRASE_OPENERS,
  NO_EVIDENCE_PHRASES,
  NON_CYBER_OPERATIONS,
  POLARITY_SUBJECTS,
  PAST_BE,
  PERFECT_AUXILIARIES,
  PROTECTIVE_ENCRYPTION,
  RANSOM_WORDS,
  patternFor,
  SECOND_AGENT_LEADS,
  SUBORDINATORS,
  type Words,
} from "./lexicon";
import {
  canBeAttacked,
  HAVE_OWN_SYSTEM,
  incidentName,
  mailOf,
  nameEnd,
  reachedSystem,
  targetsOf,
  verbBeforeObject,
} from "./incident-targets";
import { PLAIN_ATTACK } from "./incident-registry";
import type { NamedIncidentMention, Slot, SlotSource } from "./mentions";
import { CueIndex, isCandidate } from "./pattern-cue";
import type { Sentence } from "./sentences";
import { clauseStarts } from "./speakers";
import { titleCase, matchesOf } from "./text";
/**
 * A dated modifier before an attack noun: "2015", "December 2015", "14 March 2025", "Aug. 5, 2024"
 * (a month alone is one modifier of `attackModifier`).
 */
const DATE_MODIFIER = `(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH_ALTERNATION})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+)?(?:19|20)\\d{2}`;
/**
 * "a massive", "the 2015", "the December 2015", "the August", "a wave of": what may stand between an
 * article and an attack noun (a date is one modifier, so "the May 2019 attack" and "the March breach"
 * stay definite, dated by their own month).
 */
const attackModifier = (words: Words) =>
  patternFor(
    words,
    "attack-modifier",
    () =>
      new RegExp(
        `(?:${alternation(INCIDENT_WORDS.modifiers)}|${DATE_MODIFIER}|(?:${MONTH_ALTERNATION})\\.?)`,
        "i",
      ),
  ).source;
/**
 * The attack nouns of one incident: countable ones in both numbers, "cyber" compounds however
 * joined, means of attack not followed by a word for those who use them ("the ransomware gang"),
 * nouns used only in the singular, and kinds of "activity".
 */
const attackNoun = (words: Words) =>
  patternFor(words, "attack-noun", (w) => {
    const crew = `(?!\\s+(?:${w.nouns.crew.any})\\b)`;
    return new RegExp(
      `(?:cyber[- ]?(?:${w.nouns.cyberCompound.any})|${w.nouns.incident.any}|(?:${alternation(INCIDENT_WORDS.techniques)}|hacking)${crew}|${alternation(INCIDENT_WORDS.singulars)}|(?:${alternation(INCIDENT_WORDS.activities)})\\s+activit(?:y|ies))`,
      "i",
    );
  }).source;
const attackNounPhrase = (words: Words) =>
  patternFor(
    words,
    "attack-noun-phrase",
    (w) =>
      new RegExp(
        `\\b(?:(?:an?|the|this|these|that|those|such|its|their)\\s+)?((?:${attackModifier(w)}[- ]+){0,4})${attackNoun(w)}\\b`,
        "gi",
      ),
  );
/** The modifiers opening an attack noun phrase, stripped to find its head. */
const leadingModifiers = (words: Words) =>
  patternFor(words, "leading-modifiers", (w) => new RegExp(`^(${attackModifier(w)}[- ]+)*`, "i"));
const OTHER_KINDS: Array<[string, RegExp]> = [
  [
    "coup-plot",
    /\b(?:(?:the|an?|this)\s+)?(?:(?:alleged|foiled|failed|attempted|election day|[\w-]+-backed)\s+)*(?:coup(?: d'état)?(?: plot| attempt)?|plot to overthrow)\b/gi,
  ],
  [
    "poisoning",
    /\b(?:(?:the|an?|this)\s+)?(?:poison(?:ing)? attack|poisonings?|nerve[- ]agent attack|novichok attack)\b/gi,
  ],
  ["invasion", /\b(?:(?:the|an?|its|their)\s+)?(?:(?:full-scale|military|[\w-]+)\s+)?invasion\b/gi],
  [
    "election-interference",
    /\b(?:election\s+)?(?:interference|meddling)(?=\s+in\b[^.]{0,40}\belections?\b)|\belection\s+(?:interference|meddling)\b/gi,
  ],
];
/**
 * "the 2016 theft from Bangladesh Bank", "the 2015 and 2016 blackouts", "the October 12, 2020
 * outage": in a page about cyber attacks, a heist, theft, blackout or outage the text dates is an
 * incident of its own (undated, "the outage" is as often a consequence as an attack). A dated leak
 * (words.ts `takenEvent`; heist and theft match the recalled alternative first, so group `taken`
 * holds only a taken event not recalled by itself) is one only when told from a named victim and
 * not as an insider's ("the 2022 leak of payroll files from the Port Authority"; not "the 2023 leak
 * of classified documents by an airman").
 */
const recalledEvent = (words: Words) =>
  patternFor(
    words,
    "recalled-event",
    (w) =>
      new RegExp(
        `\\b(?:(?:the|an?|that|this|those|these)\\s+)?((?:(?!(?:after|before|since|following|during|in|on|by|to|of|from|for|with|at|a|an|the)\\b)[\\p{L}\\d$'’.,-]+\\s+){0,4}?)(${w.nouns.recalledEvent.any}|(?<taken>${w.nouns.takenEvent.any}))\\b`,
        "giu",
      ),
  );
/** "There was no theft of ...", "never a blackout": a recalled event the text says did not happen. */
const negatedEvent = (words: Words) =>
  patternFor(
    words,
    "negated-recalled-event",
    (w) => new RegExp(`\\b(?:${w.negation})\\s+(?:[\\p{L}\\d$'’-]+\\s+){0,3}$`, "iu"),
  );
/**
 * "has never mounted and will not mount cyber operations against X", "will never condone
 * cyberattacks on its neighbours": a bare plural right after a verb of doing or allowing attacks
 * (words.ts `practise`) that a negation in its clause governs names a practice denied, no deed. A
 * clause word between them ("did not say whether ...") ends the negation's reach; another verb
 * ("declined to comment on attacks", "has not identified the group behind attacks") denies no practice.
 */
const negatedPractice = (words: Words) =>
  patternFor(
    words,
    "negated-practice",
    (w) =>
      new RegExp(
        `\\b(?:${w.negation})\\s(?:(?!\\b(?:${alternation(NEGATION_REACH_ENDS)})\\b)[^,;:.!?()])*?\\b(?:${w.verbs.practise.any})["“”\\s]+$`,
        "i",
      ),
  );
/** A determiner, possessive or number before an attack noun: the phrase is no bare plural. */
const NOT_BARE = new RegExp(`^(?:${alternation(NOUN_PHRASE_OPENERS)})\\b`, "i");
/**
 * Whether the words before a bare plural deny a practice (`negatedPractice`) and its clause, from the
 * negation to the next comma, gives no date: "did not launch attacks on X on Monday" tells one.
 */
function practiceDenied(scan: SentenceScan, before: string, end: number): boolean {
  const negated = negatedPractice(scan.words).exec(before);
  if (!negated) return false;
  const from = scan.base + negated.index;
  const rest = /[,;:.!?]/.exec(scan.state.text.slice(end, scan.sentence.end));
  const to = rest ? end + rest.index : scan.sentence.end;
  return !scan.dates.some((d) => d.start >= from && d.end <= to);
}
/** Words that make an attack noun about attacks in general, not an incident. */
const GENERIC_BEFORE = new RegExp(
  `\\b(?:${alternation(INCIDENT_WORDS.genericBefore)})\\s+(?:[\\w-]+\\s+){0,2}$`,
  "i",
);
/** "sought to harm our trust in the vendor": an object no attack hits (words.ts `notSystems`). */
const NOT_SYSTEMS = new RegExp(
  `^(?:(?:the|our|its|their|his|her)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${alternation(INCIDENT_WORDS.notSystems)})\\b`,
  "i",
);
const GENERIC_AFTER = new RegExp(`^\\s+(?:${alternation(INCIDENT_WORDS.genericAfter)})\\b`, "i");
/**
 * "attacks from its neighbour's territory in the past": a short phrase may stand between the noun
 * and a closing "in the past" ("in the past 12 months" is a time span, not attacks in general).
 */
const PAST_IN_GENERAL = /^\s+(?:from|by|on|against|of)\s+[^,.;:]{1,40}?\s+in the past(?=\s*(?:[,.;:]|$))/i;
/** An incident noun that is a burglary as often (words.ts `alsoPhysical`), after any article: "a break-in". */
const ALSO_PHYSICAL = new RegExp(`(?:^|\\s)(?:${alternation(INCIDENT_WORDS.alsoPhysical)})$`, "i");
/** "such attacks", "such malicious activity": of the kind under discussion, or attacks in general when none is. */
const SUCH = /^such\b/i;
const CALLED =
  /^\s+(?:(?:that|which)\s+)?(?:(?:it|they|we|researchers|investigators|(?:our|their|its|the)\s+\p{Ll}+|[\p{Lu}][\p{L}]+)\s+)?(?:calls?|dubbed|named|known as|called|tracks? as|refers?\s+to\s+as)\s+(?:the\s+)?([\p{Lu}][\p{L}\d-]*(?:\s+[\p{Lu}][\p{L}\d-]*){0,2})/u;
const DEFINITE = /^(the|this|these|that|those|its|their)\b/i;
/** "a separate intrusion", "another attack", "a second campaign": an indefinite mention of one more incident. */
const SEPARATE =
  /\b(?:another|an?\s+(?:separate|second|third|fourth|different|unrelated|distinct|further))\s+(?:[\w-]+\s+){0,2}$/i;
/** A sentence opening on another matter ("Separately, ...", "In an unrelated case, ..."). */
const SEPARATELY =
  /^\W*(?:separately|in an?\s+(?:separate|unrelated)\s+(?:incident|case|development|attack))\b/i;
/** "Operation Sandcastle", "Operation Dust Storm": a named operation is an incident by its name. */
const NAMED_OPERATION = /\bOperation\s+[\p{Lu}][\p{L}\d-]*(?:\s+[\p{Lu}][\p{L}\d-]*)?/gu;
/**
 * What an attacker does to a target, from the lexicon: "breached", "had twice tried to break into",
 * "attacking", "stole records from" (what data is taken from is hit).
 */
const attackVerbPhrase = (w: Words) =>
  `(?:(?:${PERFECT_AUXILIARIES.join("|")})\\s+)?(?:(?:${ATTACK_VERB_ADVERBS.join("|")})\\s+){0,2}(?:spen[dt]\\s+(?:[\\w-]+\\s+){1,3}?)?(?<verb>(?:${w.verbs.attempt.past})\\s+to\\s+(?:${w.verbs.attack.present}|${w.verbs.impact.present})|${putOffline(w)}|${reachedSystem(w)}|${w.verbs.attack.past}|${w.verbs.impact.past}|${w.verbs.steal.past}|${w.verbs.attack.gerund}|${w.verbs.impact.gerund}|${w.verbs.steal.gerund})\\s+`;
/**
 * A particle verb's object, a noun phrase however long, then its "offline": no clause begins
 * inside it (", and", "before", a finite "was"/"had"): "took aim at X, and Y kept its portal
 * offline" and "took two days to map X before Y switched its portal offline" put nothing offline.
 */
const OBJECT_THEN_OFFLINE = new RegExp(
  String.raw`^(?:(?!,\s*(?:${alternation(CLAUSE_COORDINATORS)})\b|\s+(?:${alternation([...SUBORDINATORS, ...FINITE_BE, ...PERFECT_AUXILIARIES])})\b)[^.;:()"“”])*?\s+off-?line\b`,
  "i",
);
/** What follows the object of a particle verb and its "offline" ("... offline for an upgrade"); else all of `rest`. */
const afterParticle = (rest: string) => rest.slice(OBJECT_THEN_OFFLINE.exec(rest)?.[0].length ?? 0);
/**
 * "knocked the portals of X offline", "took the website of X offline" (words.ts `putOffline`): the
 * particle verb with its object between its parts, however long, inside the clause; the verb alone is
 * matched, so its object (the target) follows it as any attack verb's does.
 */
const putOffline = (w: Words) =>
  String.raw`(?:${w.verbs.putOffline.past}|${w.verbs.putOffline.gerund})(?=\s+(?:the|a|an|its|their|[\p{Lu}\d])${OBJECT_THEN_OFFLINE.source.slice(1)})`;
/**
 * "hackers (suspected of) working for Iran", "hackers of the X collective", "hackers tied to Iran's
 * Revolutionary Guard" or "to Russia's military intelligence" (a possessor, then its body, named or
 * not): whom the attackers serve, between them and their verb.
 */
const servedBy = (w: Words) =>
  `(?:(?:suspected|believed|thought|said)\\s+(?:of|to\\s+be)\\s+)?(?:(?:(?:linked|tied|connected|loyal|affiliated)\\s+(?:to|with)|(?:working|acting|operating)\\s+(?:for|on\\s+behalf\\s+of)|(?:backed|sponsored|directed)\\s+by|from|of)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}\\d-]*['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:[\\p{Lu}][\\p{L}\\d()-]*(?:\\s+[\\p{Lu}][\\p{L}\\d()-]*){0,3}\\s+)?|[\\p{Lu}][\\p{L}\\d()-]*(?:\\s+[\\p{Lu}][\\p{L}\\d()-]*){0,3}\\s+)(?:(?:${w.nouns.group.any})\\s+)?)?`;
/**
 * "hackers attacked", "a state actor had gained access to", "they breached", "the duo hacked",
 * "the same crew infiltrated" (those the story named, referred back to): the verb's object is the target.
 */
const attackerVerb = (words: Words) =>
  patternFor(
    words,
    "attacker-verb",
    (w) =>
      new RegExp(
        `\\b(?:(?:${w.nouns.attacker.any})(?:\\s+(?:who|that))?|they|(?<operative>${w.nouns.operative.any})\\s+(?:who|that)|(?:the|this|that|these|those)\\s+(?:same\\s+)?(?:${w.nouns.group.any}|${w.nouns.perpetrator.any})|(?:the|these|those)\\s+same\\s+(?:${w.nouns.operative.any}))\\s+${servedBy(w)}${attackVerbPhrase(w)}`,
        "giu",
      ),
  );
/** "blocked attempts by hackers 'operating from China' to break into the websites of X": the attempt is an attack. */
const attemptTo = (words: Words) =>
  patternFor(
    words,
    "attempt-to",
    (w) =>
      new RegExp(
        `\\battempts?\\s+(?:by\\s+[^.;:]{1,60}?\\s+)?to\\s+(${w.verbs.attack.present}|${w.verbs.impact.present})\\s+`,
        "gi",
      ),
  );
/**
 * "APT28 targeted", "the Conti ransomware group hit", "Sandworm, which breached": after a group's name.
 * The name may close a quotation ("a group calling itself the "Night Owls" had breached"). A
 * coordinator between them ("officials named X and then hit back") joins the verb to a clause
 * whose subject may be another, the group being its object.
 */
const groupVerb = (words: Words) =>
  patternFor(
    words,
    "group-verb",
    (w) =>
      new RegExp(
        `^["”’']?(?:\\s+(?!(?:${alternation(CLAUSE_COORDINATORS)})\\b)[\\p{Ll}-]+){0,2}?(?:,\\s+which)?\\s+${attackVerbPhrase(w)}`,
        "u",
      ),
  );
/**
 * "charged X with gaining access to the dam's control system": an accusation's gerund is the attack.
 * The year slot goes into the attack gerunds' alternation text after each "\s+to" / "\s+into";
 * tests/extract/accused-gerund-forms.test.ts holds every such gerund to matching, year or none.
 */
export const accusedGerund = (words: Words) =>
  patternFor(
    words,
    "accused-gerund",
    (w) =>
      new RegExp(
        String.raw`\b(?:(?:${w.verbs.blame.stem})\w*|responsible)\b[^.;]*?\b(?:for|of|over|with)\s+(?:allegedly\s+|(?:its|their)\s+role\s+in\s+)?` +
          // "gaining access in 2013 to the dam": a year may sit inside the phrasal verb.
          `(?<verb>${w.verbs.attack.gerund.replace(/\\s\+(to|into)\b/g, String.raw`(?:\s+in\s+(?:19|20)\d\d)?\s+$1`)})` +
          String.raw`(?<gap>\s+)(?=(?:the|an?|its|their|[\p{Lu}]|[\p{Ll}-]+\s+(?:agencies|bodies|federations|organi[sz]ations|companies|networks?|systems?|servers?)\b))`,
        "giu",
      ),
  );

/**
 * "blamed the group for stealing documents from the ministry": an accusation's theft gerund is the
 * attack when what was taken is said to come from someone (its source follows within the phrase).
 */
const accusedTheft = (words: Words) =>
  patternFor(
    words,
    "accused-theft",
    (w) =>
      new RegExp(
        String.raw`\b(?:(?:${w.verbs.blame.stem})\w*|responsible)\b[^.;]*?\b(?:for|of|over|with)\s+(?:allegedly\s+)?` +
          String.raw`(?<verb>${w.verbs.steal.gerund})(?<gap>\s+)(?=[^.;:()]{1,60}?\bfrom\s+(?:the\s+)?[\p{Lu}])`,
        "giu",
      ),
  );

/** What may open a noun phrase before its head: an article, then an opening quote mark or bracket. */
const PHRASE_OPENING = /^(?:(?:the|an?)\s+)?["“‘(]?/i;

/**
 * A body an incident can attack heads the noun phrase that starts at `at` ("against the 'Peruvian
 * parliament'", "from Chile's finance ministry"): nothing but the phrase's opening stands before it.
 */
function victimHeadsPhraseAt(state: DocumentState, slots: Slot[], at: number): boolean {
  return !!phraseHeadAt(state, slots, at, (s) => canBeAttacked(state, s.key));
}

/** The first name of the noun phrase that starts at `at` that `fits`, with only the phrase's opening before it. */
function phraseHeadAt(
  state: DocumentState,
  slots: Slot[],
  at: number,
  fits: (slot: Slot) => boolean,
): Slot | undefined {
  const opening = PHRASE_OPENING.exec(state.text.slice(at, at + 8))![0].length;
  return slots.find((s) => s.kind !== "incident" && s.start >= at && s.start <= at + opening && fits(s));
}

/**
 * "a separate campaign against Peruvian lawmakers": in cyber news, a campaign against a named victim is
 * an attack. Not a plain one against a whole state ("its sanctions campaign against Ruritania", "a
 * public relations campaign against Ruritania"): that is politics as often as hacking.
 */
function campaignAgainst(
  state: DocumentState,
  slots: Slot[],
  after: string,
  end: number,
  plain: boolean,
): boolean {
  const against = /^\s+against\s+/i.exec(after);
  if (!against) return false;
  const at = end + against[0].length;
  return victimHeadsPhraseAt(state, slots, at) && !(plain && stateAloneAt(state, slots, at));
}

/** After a name, what makes it the owner or the adjective of what follows ("Ruritania's parliament", "Ruritanian lawmakers"). */
const OWNED_AFTER = new RegExp(
  String.raw`^(?:['’]s?\s|\s+(?!(?:${alternation(CLAUSE_COORDINATORS)})\b)[\p{Ll}\d])`,
  "u",
);

/** A state named on its own at `at`, not as the owner or adjective of a body ("Ruritania.", not "Ruritanian lawmakers"). */
function stateAloneAt(state: DocumentState, slots: Slot[], at: number): boolean {
  const head = phraseHeadAt(state, slots, at, (s) => state.entities.get(s.key)?.type === "state");
  return !!head && !OWNED_AFTER.test(state.text.slice(head.end, head.end + 40));
}

/** "the military operation", "a police operation": a kind of operation that is no cyber attack. */
const NON_CYBER_OPERATION = new RegExp(`\\b(?:${alternation(NON_CYBER_OPERATIONS)})\\s+$`, "i");

/**
 * "The earlier operation hit X", "the campaign breached X's ministry": an operation that is the
 * subject of an attack verb whose object a named victim heads is an attack, in a sentence about
 * computers or a story about an attack, unless a word before it names another kind ("the
 * military operation hit the ministry's headquarters"; "the operation hit a snag" names no victim).
 */
function operationHits(scan: SentenceScan, before: string, after: string, end: number): boolean {
  if (NON_CYBER_OPERATION.test(before)) return false;
  if (!scan.state.currentIncident && !CYBER_CONTEXT.test(scan.text)) return false;
  const verb = verbBeforeObject(scan.words, after);
  return verb > 0 && victimHeadsPhraseAt(scan.state, scan.slots, end + verb);
}

const VICTIMS_LISTED =
  /\b(?:(?:the\s+)?(?:victims|targets)\s+(?:also\s+)?(?:included|include|were|are)|among\s+(?:the\s+)?(?:victims|targets)\s+(?:were|are)|the\s+(?:companies|agencies|organi[sz]ations|institutions|ministries|firms)\s+(?:hit|affected|targeted|breached)\s+(?:were|are|included))\s+/gi;

/**
 * "emails stolen from the ministry", "records were leaked from the fund's servers", "the payroll
 * files of 40,000 teachers were siphoned from X": data (and whose it is) taken
 * from a body, in a passive or a reduced relative clause; the body after "from" was hit.
 */
const stolenFrom = (words: Words) =>
  patternFor(
    words,
    "stolen-from",
    (w) =>
      new RegExp(
        `\\b(?:${w.nouns.stolenData.any})\\s+(?:of\\s+(?:[^,.;:()"“”]|[,.](?=\\d)){1,60}?\\s+)?(?:(?:was|were|had been|has been|have been|being)\\s+)?(?:\\w+ly\\s+)?(?<verb>${w.verbs.steal.participle})\\s+from\\s+`,
        // "d": the participle's offset, where the attack mention starts.
        "dgi",
      ),
  );
/** "was paralysed", "were wiped": an impact verb's passive, said of systems as often as of victims. */
const passiveImpact = (words: Words) =>
  patternFor(
    words,
    "passive-impact",
    (w) =>
      new RegExp(
        `\\b(?:was|were|had been|has been|have been|${HAVE_OWN_SYSTEM(w)})\\s+(?:\\w+ly\\s+)?(?<verb>${w.verbs.impact.participle})\\b`,
        "gi",
      ),
  );

/** "the Storting had been hacked": the subject is the victim. */
const passiveAttack = (words: Words) =>
  patternFor(
    words,
    "passive-attack",
    (w) =>
      new RegExp(
        `\\b(?:was|were|had been|has been|have been|${HAVE_OWN_SYSTEM(w)})\\s+(?:\\w+\\s+)?(?<verb>${w.verbs.attack.participle}|knocked\\s+offline)\\b|${PASSIVE_AMONG.source}`,
        "gi",
      ),
  );
/** "was among the agencies hit", "were among the worst hit": the subject was one of the victims. */
const PASSIVE_AMONG =
  /\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:agencies|companies|organi[sz]ations|institutions|victims|targets|bodies|firms|countries|states|ministries|departments|websites)\s+)?(?:(?:worst|hardest|most|badly)\s+)?(?<among>hit|targeted|affected|breached|compromised|hacked)\b/;
const IMPACT_VERB =
  /\b(infected|compromised|breached|encrypted|defaced|knocked offline|paralysed|paralyzed)\b/i;
const ATTACK_WORD =
  /attack|heist|theft|blackout|outage|target|\bhit\b|struck|\binto\b|access|\bdown\b|knocked out|crippl|disrupt|paraly|infect|encrypt|outbreak|victims|targets|hack|breach|intrusion|ddos|denial|ransomware|deface|wiper|worm|virus|malware|assault|strike|campaign|operation|compromise|cyber|\bamong\b|coup|poison|nerve|novichok|invasion|interference|meddling|intruder|infiltrat|penetrat|offline/i;
/**
 * One cheap test before the incident patterns: an attack word, an incident noun or a verb of the
 * lexicon's attack lists or of the deeds an attack shares with outages ("flooded the site of X"; a
 * lemma added to those lists needs no second entry here).
 */
const attackWord = (words: Words) =>
  patternFor(
    words,
    "attack-word",
    (w) =>
      new RegExp(
        `${ATTACK_WORD.source}|\\b(?:${w.nouns.incident.any}|${w.verbs.attack.any}|${w.verbs.impact.any}|${w.verbs.steal.any}|${w.verbs.outage.any}|${w.verbs.bringDown.any})\\b` +
          `|\\b(?:${w.verbs.readMail.any})\\s+(?:[\\w-]+\\s+){0,3}?(?:${w.nouns.mail.any})\\b`,
        "i",
      ),
  );
const OTHER_KIND_WORD = /coup|plot|poison|nerve|novichok|invasion|interference|meddling/i;
const CYBER_CONTEXT = /\bcyber|hack|ransomware|ddos|malware|online|digital|websites?\b|computer|network/i;

/** One attack mention of a sentence as the patterns found it; every field is always set. */
export interface AttackSpan {
  start: number;
  end: number;
  kind: string;
  /** "the attack", "these attacks": speaks of an incident already named. */
  definite: boolean;
  /** The words of the mention, without its article. */
  surface: string;
  /** Found by a verb ("hackers breached"): the verb's object is the target. */
  verb: boolean;
  /** An impact verb with no attack noun ("systems were infected"). */
  impact: boolean;
  /** A passive clause ("the Storting had been hacked"): its subject is the target. */
  passive: boolean;
  /** The words before it name what was hit or taken, never who did it ("the data of every citizen was stolen from X"). */
  undergone: boolean;
  /** The incident's own name ("Operation Sandcastle", "the SolarWinds hack"). */
  name: string | undefined;
  /** The gazetteer's key of a well-known operation or malware ("NotPetya"). */
  known: string | undefined;
  /** "a separate intrusion", "another attack", "a second campaign": not the incident under discussion. */
  separate: boolean;
  /** "that attack", "those intrusions": points at the incident named last, even one recalled in passing. */
  distal: boolean;
  /**
   * Told only by what someone did to a victim's systems ("somebody got into the ledger servers of X"): another
   * incident it tells is recalled beside the one under discussion, which stays so.
   */
  aside: boolean;
}

interface SpanTraits {
  definite?: boolean;
  verb?: boolean;
  impact?: boolean;
  passive?: boolean;
  undergone?: boolean;
  name?: string;
  known?: string;
  separate?: boolean;
  distal?: boolean;
  aside?: boolean;
}

function attackSpan(
  start: number,
  end: number,
  kind: string,
  surface: string,
  traits: SpanTraits,
): AttackSpan {
  return {
    start,
    end,
    kind,
    definite: traits.definite ?? false,
    surface,
    verb: traits.verb ?? false,
    impact: traits.impact ?? false,
    passive: traits.passive ?? false,
    undergone: traits.undergone ?? traits.passive ?? false,
    name: traits.name,
    known: traits.known,
    separate: traits.separate ?? false,
    distal: traits.distal ?? false,
    aside: traits.aside ?? false,
  };
}

/** What every step of the incident stage reads about the sentence it scans. */
export interface SentenceScan {
  state: DocumentState;
  sentence: Sentence;
  /** The sentence's text; `base` is its offset in the document. */
  text: string;
  base: number;
  slots: Slot[];
  /** The sentence's dates that may date an attack. */
  dates: DateMention[];
  /** The dates opening the sentence or one of its clauses ("In March, ...", "..., and in 2024 the ..."). */
  openingDates?: DateMention[];
  words: Words;
  /** Which cued span patterns the sentence may match (`spanCuesOf`). */
  spanCues: Uint32Array;
  /**
   * Each span's victims once read (incidents.ts `spanTargets`): whether a span is a complaint and
   * how it is resolved both ask, and nothing the answer reads changes in between.
   */
  spanTargets: Map<AttackSpan, readonly string[]>;
}

const overlapsAny = (spans: AttackSpan[], start: number, end: number) =>
  spans.some((x) => start < x.end && end > x.start);

/** A cyber-attack span found by a verb or list pattern, unless an earlier pattern claimed its words. */
function addCyberSpan(
  spans: AttackSpan[],
  start: number,
  end: number,
  surface: string,
  traits: { definite?: boolean; passive?: boolean; undergone?: boolean; aside?: boolean },
): void {
  if (!overlapsAny(spans, start, end))
    spans.push(attackSpan(start, end, "cyber", surface, { ...traits, verb: !traits.passive }));
}

/** Well-known operations and malware by name ("NotPetya"), then operations the article names. */
function namedSpans(scan: SentenceScan, namedIncidents: NamedIncidentMention[], spans: AttackSpan[]): void {
  for (const n of namedIncidents)
    spans.push(attackSpan(n.start, n.end, "cyber", scan.state.text.slice(n.start, n.end), { known: n.key }));
  NAMED_OPERATION.lastIndex = 0;
  for (let m = NAMED_OPERATION.exec(scan.text); m; m = NAMED_OPERATION.exec(scan.text)) {
    const start = scan.base + m.index;
    const end = start + m[0].length;
    if (!overlapsAny(spans, start, end)) spans.push(attackSpan(start, end, "cyber", m[0], { name: m[0] }));
  }
}

/** Coup plots, poisonings, invasions and election interference. */
function otherKindSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { text, base } = scan;
  if (!OTHER_KIND_WORD.test(text)) return;
  for (const [kind, re] of OTHER_KINDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (
        kind === "invasion" &&
        /\b(threat|risk|fears?|possible|potential|warned?)\b[^.]{0,25}$/i.test(text.slice(0, m.index))
      )
        continue;
      const surface = m[0].replace(DEFINITE, "").trim();
      const start = base + m.index;
      spans.push(attackSpan(start, start + m[0].length, kind, surface, { definite: DEFINITE.test(m[0]) }));
    }
  }
}

/** "blamed X for breaching the election watchdog": an accusation's gerund is the attack. */
function accusedGerundSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { text, base } = scan;
  const accused = accusedGerund(scan.words);
  accused.lastIndex = 0;
  if (mayMatch(scan, accusedGerund))
    for (let m = accused.exec(text); m; m = accused.exec(text)) {
      const verb = m.groups?.verb;
      if (!verb) continue;
      const start = base + m.index + m[0].length - verb.length - (m.groups?.gap ?? "").length;
      const end = base + m.index + m[0].length;
      // "crews are often blamed for hacking a utility somewhere": an accusation against an
      // indefinite victim, with no date, is about attacks in general.
      if (/^an?\s/i.test(text.slice(end - base)) && scan.dates.length === 0) continue;
      addCyberSpan(spans, start, end, verb, {});
    }
  const theft = accusedTheft(scan.words);
  if (!mayMatch(scan, accusedTheft)) return;
  for (const m of matchesOf(theft, text)) {
    const verb = m.groups?.verb ?? "";
    const end = base + m.index + m[0].length;
    const start = end - verb.length - (m.groups?.gap ?? "").length;
    if (!verb || overlapsAny(spans, start, end)) continue;
    addCyberSpan(spans, start, end, verb, {});
  }
}

/** "in Cardiff in": the place of an event, then the preposition of its date. */
const PLACE_THEN_DATE = /^\s+(?:in|on)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:in|on)?\s*$/u;
/** "the theft in May 2024 of", "the theft, in 2024, of": the event's date right after its noun, before what was taken. */
const DATE_AFTER_NOUN = /^,?\s+(?:(?:in|on)\s+)?$/;
/** "of client files from Vale Insurance": what was taken, if said, and the first letter of the name it came from. */
const TAKEN_FROM_NAME = String.raw`(?:\s+of\s+(?:[^,.;:()"“”]|[,.](?=\d)){1,60}?)?\s+from\s+(?:the\s+)?\p{Lu}`;
/** A theft told from a named source: "the theft of payroll funds from Vale Savings". */
const TAKEN_FROM_NAMED = new RegExp(`^${TAKEN_FROM_NAME}`, "u");

/** What a theft noun ending at `end` took came from a victim the sentence names. */
function takenFromNamed(scan: SentenceScan, end: number): boolean {
  const taken = TAKEN_FROM_NAMED.exec(scan.state.text.slice(end, scan.sentence.end));
  return !!taken && victimHeadsPhraseAt(scan.state, scan.slots, end + taken[0].length - 1);
}

/** "... by a disgruntled clerk", "... was blamed on an employee": where a clause names a leak's doer. */
const LEAK_DOER = /\b(?:by|blamed\s+on)\s+/i;

/** A phrase headed by attackers ("hackers", "a ransomware gang", "an unknown group"). */
const attackersHead = (words: Words) =>
  patternFor(
    words,
    "attackers-head",
    (w) =>
      new RegExp(
        `^(?:[\\p{L}-]+\\s+){0,3}?(?:${w.nouns.attacker.any}|${w.nouns.crew.any}|${w.nouns.group.any})\\b`,
        "iu",
      ),
  );

/** Where a leak's own phrase and predicate end: a clause break or a relative clause ("..., which was followed by"). */
const LEAK_PHRASE_END = /[,;:]|\b(?:which|who|that)\b/i;

/**
 * The leak ending at `end` names its doer in its own phrase or predicate, neither a named actor nor
 * attackers ("from the ministry by a clerk", "was blamed on an employee"): an insider's leak, no
 * intrusion. A relative clause after it ("..., which was blamed by officials on X") is not its doer.
 */
function leakedByInsider(scan: SentenceScan, end: number): boolean {
  const rest = scan.state.text.slice(end, scan.sentence.end).split(LEAK_PHRASE_END)[0]!;
  const doer = LEAK_DOER.exec(rest);
  if (!doer) return false;
  const at = end + doer.index + doer[0].length;
  if (phraseHeadAt(scan.state, scan.slots, at, (s) => s.kind === "actor")) return false;
  return !attackersHead(scan.words).test(scan.state.text.slice(at, scan.sentence.end));
}

/** In a sentence about computers, what a theft noun ending at `end` took came from a victim the sentence names. */
function takenFromVictim(scan: SentenceScan, end: number): boolean {
  return CYBER_CONTEXT.test(scan.text) && takenFromNamed(scan, end);
}

/**
 * "of client files from Vale Insurance, a firm the state owns, in": what was taken, where from, and a
 * description of that source in apposition, before the date of the taking. One noun phrase each (no
 * comma but a number's, no dot but an initial's: "R.L.", "$1.5 million"). The source is a name: an
 * unnamed one ("from a central bank, ...") leaves the victim to whatever else the sentence names,
 * often the thief's state.
 */
export const SOURCE_THEN_DATE = new RegExp(
  String.raw`^${TAKEN_FROM_NAME}(?:[^,.;:()"“”]|\.(?=\S)){0,80}?(?:,\s+(?:an?|the|its)\s+[^,.;:()"“”]{1,60},)?\s+(?:in|on)?\s*$`,
  "u",
);

/** A dated heist, theft, blackout or outage in a page about cyber attacks (see RECALLED_EVENT). */
function recalledEventSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { state, text, base } = scan;
  const events = recalledEvent(scan.words);
  if (!mayMatch(scan, recalledEvent)) return;
  for (const m of matchesOf(events, text)) {
    const start = base + m.index;
    const end = start + m[0].length;
    const dated = scan.dates.some(
      (d) =>
        (d.start >= start && d.end <= end) ||
        (d.start >= end &&
          (PLACE_THEN_DATE.test(state.text.slice(end, d.start)) ||
            SOURCE_THEN_DATE.test(state.text.slice(end, d.start)) ||
            (DATE_AFTER_NOUN.test(state.text.slice(end, d.start)) &&
              takenFromNamed(scan, d.end + (state.text[d.end] === "," ? 1 : 0))))),
    );
    // "In May the theft of payroll funds from Vale Savings' online system was traced to X": in a sentence
    // about computers, a theft from a named victim in a clause that opens on its date is dated by it, as an
    // indefinite mention is (a court case over stolen gold bars tells no cyber theft).
    const openingDated =
      !dated && !!scan.openingDates?.some((d) => d.end <= start) && takenFromVictim(scan, end);
    if (!(dated || openingDated) || overlapsAny(spans, start, end)) continue;
    if (m.groups?.taken && (!takenFromNamed(scan, end) || leakedByInsider(scan, end))) continue;
    if (!(state.currentIncident || CYBER_CONTEXT.test(text))) continue;
    if (GENERIC_BEFORE.test(text.slice(0, m.index))) continue;
    if (negatedEvent(scan.words).test(text.slice(0, m.index + m[0].length - (m[2] ?? "").length))) continue;
    const surface = m[0].replace(DEFINITE, "").trim();
    spans.push(attackSpan(start, end, "cyber", surface, { definite: DEFINITE.test(m[0]) && !openingDated }));
  }
}

/**
 * "Iran has no connection to this incident", "the 2024 incident at the port": "incident", singular and
 * definite, in an article already telling an attack, speaks of an incident as "the attack" does (a year or a
 * month before it may name another one). Not a compound ("the incident response team").
 */
const REFERRED_INCIDENT = new RegExp(
  String.raw`\b(?:the|this|that)\s+(?:(?:(?:19|20)\d{2}|${MONTH_ALTERNATION})\s+)?(?:(?:cyber|security|hacking)\s+)?incident\b(?!\s*(?:${alternation(INCIDENT_COMPOUND_HEADS)})\b)(?![-\w])`,
  "gi",
);

/** What may follow an incident noun to say where or what it was ("the incident at a nightclub", "where a drone crashed"). */
const INCIDENT_COMPLEMENT = new RegExp(
  String.raw`^\s*,?\s+(?:${alternation([...HEAD_COMPLEMENT_PREPOSITIONS, "involving", "where", "when"])})\b(?:\s+the\b)?\s*`,
  "i",
);

function referredIncidentSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { state, text, base, slots } = scan;
  if (!state.currentIncident) return;
  for (const m of matchesOf(REFERRED_INCIDENT, text)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (overlapsAny(spans, start, end)) continue;
    // "the incident at a Riga nightclub in which a guard was stabbed": an incident the words after it place or
    // tell is another event, unless they name a body that can be hacked ("the incident at HEP"), it is dated
    // ("the 2024 incident"), or the sentence speaks of computers.
    const told = INCIDENT_COMPLEMENT.exec(text.slice(m.index + m[0].length));
    const atBody = told && slots.some((x) => x.kind === "actor" && x.start === end + told[0].length);
    if (told && !atBody && !/\d/.test(m[0]) && !CYBER_CONTEXT.test(text)) continue;
    spans.push(
      attackSpan(start, end, "cyber", m[0].replace(DEFINITE, "").trim(), {
        definite: true,
        distal: /^that\b/i.test(m[0]),
      }),
    );
  }
}

/** "the NotPetya attack": an attack noun right after a name is part of the named mention, which grows to hold it. */
function extendsNamed(spans: AttackSpan[], start: number, end: number): boolean {
  const named = spans.find((x) => (x.known || x.name) && start <= x.end + 1 && end > x.end);
  if (!named || start < named.start) return false;
  named.end = end;
  return true;
}

/** "weeks of denial-of-service attacks": a noun right after a means of attack is the head of its phrase. */
function extendsTechnique(scan: SentenceScan, spans: AttackSpan[], start: number, end: number): boolean {
  const before = spans.find((x) => x.end + 1 === start && !x.known && !x.name && !x.verb && !x.passive);
  if (!before || !/^\s$/.test(scan.state.text.slice(before.end, start))) return false;
  before.end = end;
  before.surface = scan.state.text.slice(before.start, end).replace(DEFINITE, "").trim();
  return true;
}

/** Attack nouns: "a massive cyberattack", "the 2015 hack", "a campaign Microsoft calls Volt Typhoon". */
function attackNounSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const attack = attackNounPhrase(scan.words);
  if (!mayMatch(scan, attackNounPhrase)) return;
  attack.lastIndex = 0;
  for (let m = attack.exec(scan.text); m; m = attack.exec(scan.text)) {
    const start = scan.base + m.index;
    const end = start + m[0].length;
    if (extendsNamed(spans, start, end) || extendsTechnique(scan, spans, start, end)) continue;
    if (overlapsAny(spans, start, end)) continue;
    const span = attackNounSpan(scan, m, start, end);
    if (span) spans.push(span);
  }
}

/**
 * "a similar intrusion", "a previous attack", "looked similar to an intrusion": one incident like
 * another, no longer attacks in general.
 */
const ONE_LIKE_ANOTHER = /\b(?:an?\s+(?:similar|previous)|similar\s+to\s+an?)\s+$/i;

/**
 * Whether the words before an attack noun make it attacks in general ("to prevent similar
 * attacks"). "The archive suffered a similar breach in 2019", "similar to an intrusion in May at
 * X": one such attack the sentence dates is an incident.
 */
function genericBefore(scan: SentenceScan, before: string, phrase: string): boolean {
  if (!GENERIC_BEFORE.test(before)) return false;
  // The noun phrase's own article counts: "similar to " before "an intrusion".
  const one = ONE_LIKE_ANOTHER.exec(before + (/^an?\s+/i.exec(phrase)?.[0] ?? ""));
  // One compared to ("similar to an intrusion") is an incident only when it is dated itself, after
  // the noun ("... in August at X"): the report's own date does not make "bracing for something
  // similar to an attack" one.
  const compared = one !== null && /similar\s+to/i.test(one[0]);
  const nounAt = scan.base + before.length;
  const dated = scan.dates.some((d) => !compared || d.start >= nounAt);
  return !(one && dated && !GENERIC_BEFORE.test(before.slice(0, one.index)));
}

/**
 * An auxiliary, then a subject of one to four words, right before a bare attack word: the word is a
 * verb. A subject opens on no digit ("the May 9 attack" is a date, not a modal).
 */
const AUXILIARY_AND_SUBJECT = new RegExp(
  String.raw`\b(?:${alternation([...MODALS, ...DO_AUXILIARIES])})\s+(?:[^\s\d,.;:!?][^\s,.;:!?]*\s+){1,4}$`,
  "i",
);

/** One attack noun as an incident mention, or undefined when its words make it generic or no attack. */
function attackNounSpan(
  scan: SentenceScan,
  m: RegExpExecArray,
  start: number,
  end: number,
): AttackSpan | undefined {
  const { state, text, base, slots } = scan;
  const noun = m[0].replace(DEFINITE, "").replace(leadingModifiers(scan.words), "").trim();
  const plain =
    PLAIN_ATTACK.test(noun) && !/cyber|online|digital|ddos|ransomware|hack|wiper|malware/i.test(m[1] ?? "");
  const definite = DEFINITE.test(m[0]);
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  // "a campaign Microsoft calls Volt Typhoon": the name given after the noun.
  const calledAfter = CALLED.exec(after);
  const name = calledAfter?.[1] ?? incidentName(state, slots, base, before);
  // "reach a compromise" is no attack; "a 2021 compromise of the network" is.
  if (/^compromise$/i.test(noun) && !name && !/\d{4}|cyber|network|data|email/i.test(m[1] ?? ""))
    return undefined;
  // "the Stuxnet worm", "the Shamoon virus": malware is an incident only under its own name.
  if (/^(?:worm|virus|malware)$/i.test(noun) && !name) return undefined;
  if (genericBefore(scan, before, m[0]) || GENERIC_AFTER.test(after) || PAST_IN_GENERAL.test(after))
    return undefined;
  if (!name && !NOT_BARE.test(m[0]) && /s$/i.test(noun) && practiceDenied(scan, before, end))
    return undefined;
  const such = SUCH.test(m[0]);
  if (such && !state.currentIncident) return undefined;
  // "tried to hack into", "plans to attack": an infinitive is a verb, read with its subject elsewhere;
  // so is the word after an auxiliary and its subject ("Did China hack the senate?", "Will Iran attack").
  if (
    m[0] === noun &&
    /^(?:hack|attack|breach|strike)$/i.test(noun) &&
    (/\bto\s+$/i.test(before) || AUXILIARY_AND_SUBJECT.test(before))
  )
    return undefined;
  // A break-in, definite or not, is a burglary outside a story of attacks.
  const physicalToo = ALSO_PHYSICAL.test(noun);
  if ((physicalToo || (plain && !definite)) && !(state.currentIncident || CYBER_CONTEXT.test(text)))
    return undefined;
  // "an operation it calls Pale Otter": a lone "operation" is an attack only under a name or against a victim.
  const named =
    !!calledAfter ||
    campaignAgainst(state, slots, after, end, plain) ||
    operationHits(scan, before, after, end);
  if (/^operation$/i.test(noun) && !named) return undefined;
  if (
    plain &&
    /^(campaign|operations)$/i.test(noun) &&
    !definite &&
    !/global|hacking|influence/i.test(m[0]) &&
    !named
  )
    return undefined;
  return attackSpan(
    start,
    calledAfter ? end + calledAfter[0].length : end,
    "cyber",
    m[0].replace(DEFINITE, "").replace(SUCH, "").trim(),
    {
      definite: such || (definite && (plain || /^(the|this|these|its|their)$/i.test(m[0].split(/\s+/)[0]!))),
      name,
      separate: SEPARATE.test(text.slice(0, m.index + m[0].length - noun.length)),
      distal: /^(?:that|those)\b/i.test(m[0]),
    },
  );
}

/** "hackers attacked", "a state actor had gained access to", "they breached": the attacker's verb. */
function attackerVerbSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { text, base } = scan;
  const attackers = attackerVerb(scan.words);
  if (!mayMatch(scan, attackerVerb)) return;
  attackers.lastIndex = 0;
  for (let m = attackers.exec(text); m; m = attackers.exec(text)) {
    // "officers who attacked the protesters": an officer hacks only in a sentence about computers.
    if (m.groups?.operative && !CYBER_CONTEXT.test(text)) continue;
    const verb = m.groups?.verb;
    if (!verb) continue;
    const start = base + m.index;
    // "they shut down the systems" is as often the defenders as the attackers: only hackers disrupt.
    if (
      /^they\b/i.test(m[0]) &&
      /down|out|took|taken|disrupted|crippled|paraly[sz]ed|infected|defaced|disabled|locked|ing$/i.test(verb)
    )
      continue;
    // "The intruders first got into the commission's systems in August 2021": the attackers of
    // the incident under discussion, whose date this gives.
    const definite = /\b(?:the|these|those)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index));
    addCyberSpan(spans, start, start + m[0].length, verb, definite ? { definite } : {});
  }
}

/**
 * "spent six days inside", "had also been seen inside", "lurked inside": a stay (words.ts
 * `dwell`, or a past of "be") inside what follows, a span of time allowed between. Like a `bringDown`
 * deed it tells an attack only of an agent of one: engineers and auditors stay inside systems too.
 */
const stayInside = (w: Words) =>
  String.raw`(?:${w.verbs.dwell.past}|${PAST_BE.join("|")})(?:\s+(?:also|\w+ly))?(?:\s+seen)?(?:\s+(?:[\w-]+\s+){0,3}?(?:hours?|days?|weeks?|months?|years?))?\s+inside`;
/**
 * "read the email of", "had been reading the mailboxes of": reading mail (words.ts `readMail`, `mail`),
 * the mail heading the verb's object; the verb alone is matched, the object following it as an
 * intrusion's does. Told of an agent of an attack only (`agentSubject`): staff read mail too.
 */
const readsMail = (w: Words) =>
  String.raw`(?:${w.verbs.readMail.past}|${w.verbs.readMail.gerund})(?=\s+(?:(?:the|its|their)\s+)*(?:[\p{Ll}-]+\s+){0,2}?(?:${w.nouns.mail.any})\b)`;
/**
 * "somebody got into the ledger servers of X", "it had taken down the tax portal of X", "a surge of
 * bogus requests took down X's site": a deed only an intruder does (words.ts `intrude`), in the past, tells an
 * attack whoever its subject is, when its object is a named victim's computer systems, or the victim
 * itself for a verb of the attack family ("got into the ministry"). Not negated ("never got into").
 * Likewise an attacker's stay inside those systems ("hackers spent weeks inside the mail servers of X").
 */
const intruderDeed = (words: Words) =>
  patternFor(
    words,
    "intruder-deed",
    (w) =>
      new RegExp(
        `\\b(?:(?<verb>${w.verbs.intrude.past})|(?<down>${w.verbs.bringDown.past}|${putOffline(w)})|(?<stay>${stayInside(w)})|(?<read>${readsMail(w)}))\\s+`,
        "giu",
      ),
  );
/**
 * What makes the subject of a deed an outage shares an agent of an attack: an attacker, an attack or
 * a means of one, the traffic of a flood, a pronoun ("it", "someone"), or a group's name (not a bare
 * "team" or "crew": IT staff take sites down too), or one referred back to ("the same crew", "that
 * same group": the story already told what it did).
 */
const agentCue = (words: Words) =>
  patternFor(
    words,
    "agent-cue",
    (w) =>
      new RegExp(
        `\\b(?:${w.nouns.attacker.any}|${w.nouns.incident.any}|${alternation(INCIDENT_WORDS.techniques)}|${alternation(INCIDENT_WORDS.floodLoad)}|(?:the|this|that)\\s+same\\s+(?:${w.nouns.group.any}))\\b`,
        "i",
      ),
  );
/** A pronoun subject, in lower case or opening its clause ("IT staff" is no "it"). */
const PRONOUN_AGENT =
  /(?:^\s*(?:It|They|Someone|Somebody)|\b(?:it|they|someone|somebody))\s+(?:\w+\s+){0,2}$/;
/** A mishap the sentence names (words.ts `mishaps`): what took the systems down was no attack. */
const mishap = (words: Words) =>
  patternFor(words, "mishap", () => new RegExp(`\\b(?:${alternation(INCIDENT_WORDS.mishaps)})s?\\b`, "i"));

/**
 * The subject of the verb at `at`: the words back to the last comma, semicolon or colon of the
 * sentence; back over an apposition when a comma closes it right before the verb ("a group Microsoft
 * tracks, now as X, read the email of").
 */
function subjectBefore(scan: SentenceScan, at: number): { start: number; text: string } {
  const before = scan.text.slice(0, at - scan.base);
  const lastBreak = (text: string) =>
    Math.max(text.lastIndexOf(","), text.lastIndexOf(";"), text.lastIndexOf(":"));
  let start = lastBreak(before) + 1;
  if (start > 0 && !before.slice(start).trim())
    start = lastBreak(before.slice(0, lastBreak(before.slice(0, start - 1)))) + 1;
  return { start: scan.base + start, text: before.slice(start) };
}

/** A deed an outage shares, whose subject is an agent of an attack ("a surge of requests", "it", a group). */
function agentSubject(scan: SentenceScan, at: number): boolean {
  const subject = subjectBefore(scan, at);
  if (mishap(scan.words).test(scan.text)) return false;
  return (
    agentCue(scan.words).test(subject.text) ||
    PRONOUN_AGENT.test(subject.text) ||
    scan.slots.some(
      (s) => s.start >= subject.start && s.end <= at && scan.state.entities.get(s.key)?.type === "group",
    )
  );
}

/**
 * What leaves a deed unasserted: "anyone" as its subject (said only under a negation, a question or
 * a condition), a modal right before it, or, a few words before it in its clause, a condition ("if",
 * "whether"), a denial or a doubt ("denied that"), or "no evidence" ("no sign that anyone got into X").
 * A denial further back ("rejected the claims of officials, who said that hackers broke into X")
 * leaves the report it rejects asserted, as the attribution rules read it.
 */
const unassertedBefore = (words: Words) =>
  patternFor(
    words,
    "unasserted-before",
    (w) =>
      new RegExp(
        `\\b(?:${alternation([...POLARITY_SUBJECTS, ...MODALS])})\\s+(?:\\w+\\s+)?$` +
          `|\\b(?:${alternation([...CONDITIONALS, ...NO_EVIDENCE_PHRASES])}|${w.verbs.deny.any}|${w.verbs.doubt.any})\\s+(?:that\\s+)?(?:(?!(?:that|${w.verbs.speech.past}|${w.verbs.speechPast.past})\\b)[\\w'’-]+\\s+){0,10}$`,
        "i",
      ),
  );
/** An attack verb of the lexicon's attack family, past: its object may be the victim itself. */
const attackPast = (words: Words) =>
  patternFor(words, "attack-past", (w) => new RegExp(`^(?:${w.verbs.attack.past})$`, "i"));
/** A negation or a negative subject right before a verb, a word between them allowed ("never got into", "nobody ever got into"). */
const negatedBefore = (words: Words) =>
  patternFor(
    words,
    "negated-before",
    (w) => new RegExp(`\\b(?:${w.negation}|${alternation(NEGATIVE_SUBJECTS)})\\s+(?:\\w+\\s+)?$`, "i"),
  );
/**
 * After a victim's name and its possessive mark, its computer systems ("X's ticket portal", "X's
 * ledger servers"), or the name qualifying one directly ("the X website"); a state's adjective ("broke into Ruritanian networks") names no owner that precisely.
 */
const OWNED_SYSTEMS = new RegExp(
  String.raw`^(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}|\s+)(?:${alternation(NAME_WORDS.computerSystems)})\b`,
  "u",
);

/**
 * A state's adjective before the noun it qualifies, which the name's slot may hold ("Ruritanian
 * networks", "Ruritanian lawmakers"): no owner named that precisely, nor the victim itself. The whole
 * name is that one word: "Ministry of Energy's portal" names its owner, its "of" is no noun qualified.
 */
const ADJECTIVE_BEFORE_NOUN = /^[\p{Lu}][\p{L}-]*\s+[\p{Ll}]$/u;

/** Slots that name a body rather than describe or refer to one ("the regulator", "it"). */
const NAMED_SOURCES: ReadonlySet<SlotSource> = new Set(["name", "institution"]);

/**
 * The victim the object starting at `at` names: its systems ("the website of X", "X's portal"), or,
 * when `bare` (a verb of the attack family), the victim itself ("got into the ministry").
 */
function victimObjectAt(scan: SentenceScan, at: number, bare: boolean): boolean {
  const { state, slots } = scan;
  // Named, not described ("the agency's ledger system" may be the story's own victim told again).
  const named = (s: Slot) => NAMED_SOURCES.has(s.source) && canBeAttacked(state, s.key);
  const systems = SYSTEMS_OF.exec(state.text.slice(at, at + 80))?.[0].length;
  if (systems) return !!phraseHeadAt(state, slots, at + systems, named);
  const head = phraseHeadAt(state, slots, at, named);
  if (!head) return false;
  const end = nameEnd(state.text, head);
  const qualified = ADJECTIVE_BEFORE_NOUN.test(state.text.slice(head.start, end + 2));
  return !qualified && (OWNED_SYSTEMS.test(state.text.slice(end, end + 60)) || bare);
}

/**
 * Whose mail the object starting at `at` is: "the email of X", "mail belonging to X", "the email of
 * dozens of staff at X's ministry" (the body its people work at, after a possessive owner of it).
 * Named, not described, as an intrusion's victim (`victimObjectAt`).
 */
function mailOwnerAt(scan: SentenceScan, at: number): Slot | undefined {
  const { state, slots } = scan;
  const head = mailOf(scan.words).exec(state.text.slice(at, scan.sentence.end));
  if (!head) return undefined;
  const from = at + head[0].length;
  const first = slots.find((s) => s.kind !== "incident" && s.start === from);
  if (!first) return undefined;
  // "New Zealand's Ministry of Foreign Affairs": the body a possessive owns is whose mail it is.
  const owned = first.possessive
    ? slots.find((b) => b.start >= first.end && /^['’]s?\s+$/.test(state.text.slice(first.end, b.start)))
    : undefined;
  const owner = owned ?? first;
  return NAMED_SOURCES.has(owner.source) && canBeAttacked(state, owner.key) ? owner : undefined;
}

/** "the intruders had", "these same hackers": attackers already told of, right before a deed. */
const definiteAgent = (words: Words) =>
  patternFor(
    words,
    "definite-agent",
    (w) =>
      new RegExp(
        `\\b(?:the|these|those)\\s+(?:same\\s+)?(?:${w.nouns.attacker.any})\\s+(?:(?:${PERFECT_AUXILIARIES.join("|")})\\s+)?(?:(?:also|\\w+ly)\\s+)?$`,
        "i",
      ),
  );

function intruderDeedSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { text, base, words } = scan;
  if (!mayMatch(scan, intruderDeed)) return;
  for (const m of matchesOf(intruderDeed(words), text)) {
    const verb = m.groups?.verb ?? m.groups?.down ?? m.groups?.stay ?? m.groups?.read ?? "";
    const start = base + m.index;
    const at = start + m[0].length;
    const before = text.slice(0, m.index);
    if (negatedBefore(words).test(before) || unassertedBefore(words).test(before)) continue;
    if ((m.groups?.down || m.groups?.stay || m.groups?.read) && !agentSubject(scan, start)) continue;
    // "it took the portal of X offline for maintenance": a planned outage is no deed of an attack.
    if (m.groups?.down && PLANNED.test(afterParticle(text.slice(m.index + m[0].length)))) continue;
    // "Operation Dust Lantern breached X": the deed of a named incident is that incident's own mention.
    if (spans.some((x) => (x.name || x.known) && /^["”’'\s]*$/.test(scan.state.text.slice(x.end, start))))
      continue;
    if (m.groups?.read ? !mailOwnerAt(scan, at) : !victimObjectAt(scan, at, attackPast(words).test(verb)))
      continue;
    // "The same intruders had been inside X's mail servers": the attackers the story told of did it, in its
    // incident. A stay is told of an agent of the attack as "hackers broke into" is: no deed in passing.
    const definite = definiteAgent(words).test(before);
    addCyberSpan(spans, start, at, verb, definite || m.groups?.stay ? { definite } : { aside: true });
  }
}

/**
 * "The ticket system of X went dark", "X's tax portal stayed down": a named victim's
 * computer systems, subject of a clause, go out of service (words.ts `outage`, `outOfService`). In a
 * story of attacks that is an attack on the victim, recalled beside the story's own unless it hits
 * the same victim ("the website of the bank was down for maintenance" in a story of none tells none).
 */
const outage = (words: Words) =>
  patternFor(
    words,
    "outage",
    (w) =>
      new RegExp(
        `\\b(?<verb>${w.verbs.outage.past}|(?:was|were)\\s+(?:${alternation(INCIDENT_WORDS.outOfService)}))\\b(?!\\s+\\d)`,
        "gi",
      ),
  );
/**
 * The subject before an outage: opening the sentence or a clause (after a comma or a conjunction),
 * an apposition allowed after it ("The servers of X, a port operator, went down").
 */
const SUBJECT_BEFORE =
  /(?:^|,\s+|\b(?:and|but|when|after|while)\s+)((?:the|its|their)\s+[^,;:]{1,80}?|\p{Lu}[^,;:]{1,80}?)(?:,\s+[^,;:]{1,80},)?\s+$/du;

/** An outage the clause after it tells as planned or protective ("down for maintenance", "as a precaution"). */
const PLANNED = new RegExp(`^[^.;:]{0,60}?\\b(?:${alternation(INCIDENT_WORDS.plannedOutage)})\\b`, "i");

function outageSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { state, text, base, words } = scan;
  if (!state.currentIncident || !mayMatch(scan, outage) || mishap(words).test(text)) return;
  for (const m of matchesOf(outage(words), text)) {
    const subject = SUBJECT_BEFORE.exec(text.slice(0, m.index))?.indices?.[1];
    if (!subject) continue;
    const at = base + subject[0];
    const start = base + m.index;
    if (
      PLANNED.test(text.slice(m.index + m[0].length)) ||
      unassertedBefore(words).test(text.slice(0, m.index))
    )
      continue;
    if (victimObjectAt(scan, at, false))
      addCyberSpan(spans, start, start + m[0].length, m.groups?.verb ?? m[0], { passive: true, aside: true });
  }
}

/** "blocked attempts by hackers to break into the websites of X": the attempt is an attack. */
function attemptSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { text, base } = scan;
  if (!/attempt/i.test(text)) return;
  const attempts = attemptTo(scan.words);
  attempts.lastIndex = 0;
  for (let m = attempts.exec(text); m; m = attempts.exec(text)) {
    if (GENERIC_BEFORE.test(text.slice(0, m.index))) continue;
    if (NOT_SYSTEMS.test(text.slice(m.index + m[0].length))) continue;
    const start = base + m.index;
    addCyberSpan(spans, start, start + m[0].length, m[1] ?? "", {});
  }
}

/** "APT28 targeted", "Sandworm, which breached": an attack verb after a group's name. */
function groupVerbSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { state, slots, sentence } = scan;
  for (const slot of slots) {
    if (slot.kind !== "actor" || state.entities.get(slot.key)?.type !== "group") continue;
    const end = nameEnd(state.text, slot);
    const m = groupVerb(scan.words).exec(state.text.slice(end, sentence.end));
    const verb = m?.groups?.verb;
    if (m && verb) addCyberSpan(spans, slot.start, end + m[0].length, verb, {});
  }
}

/**
 * "Victims included Norway's parliament and ...", "the companies hit were A, B and C": the
 * incident under discussion hit each one listed.
 */
function victimListSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  if (!scan.state.currentIncident) return;
  VICTIMS_LISTED.lastIndex = 0;
  for (let m = VICTIMS_LISTED.exec(scan.text); m; m = VICTIMS_LISTED.exec(scan.text)) {
    const start = scan.base + m.index;
    addCyberSpan(spans, start, start + m[0].length, m[0], { definite: true });
  }
}

/** "the Storting had been hacked", "was among the agencies hit". */
function passiveSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { text, base } = scan;
  const passive = passiveAttack(scan.words);
  if (!mayMatch(scan, passiveAttack)) return;
  passive.lastIndex = 0;
  for (let m = passive.exec(text); m; m = passive.exec(text)) {
    const start = base + m.index;
    // "was hit by the same malware": the incident under discussion.
    const definite = /^\s+by\s+the\s+same\b/i.test(text.slice(m.index + m[0].length));
    const verb = m.groups?.verb ?? m.groups?.among;
    if (!verb) continue;
    // "X was hit by a ransomware attack in March": the agent is the attack; its noun is the one
    // mention of the incident (it reads its victim as the passive's subject, and its date).
    if (indefiniteAgent(scan, spans, start, start + m[0].length)) continue;
    if (asksVictim(text, m.index)) continue;
    addCyberSpan(spans, start, start + m[0].length, verb, { definite, passive: true });
  }
}

/**
 * "What has been hit?", "Which systems were encrypted?": an interrogative subject, then up to two
 * lower-case words, then the passive. Case-sensitive past the first letter: "Which Estonian
 * ministry was hit by hackers in May?" names a body and tells the attack.
 */
const ASKED_SUBJECT = new RegExp(
  String.raw`^\s*(?:${alternation(INTERROGATIVE_SUBJECTS.flatMap((w) => [w, titleCase(w)]))})(?:\s+[\p{Ll}-]+){0,2}\s*$`,
  "u",
);

/**
 * A question asking what or who a passive hit names no victim (its interrogative is no body); the
 * sentences answering it tell the attack.
 */
function asksVictim(text: string, at: number): boolean {
  return /\?\s*$/.test(text) && ASKED_SUBJECT.test(text.slice(0, at));
}

/**
 * Right after a passive verb (`start`-`end`), "by" and an indefinite attack noun the noun patterns
 * found ("by a DDoS attack") that names the passive's victims itself: the noun is the deed's one
 * mention. Not when the noun has a victim of its own ("crippled by an attack on X": the subject
 * would be lost) or a second agent follows ("by a breach in March and by another in May": two deeds).
 */
function indefiniteAgent(scan: SentenceScan, spans: AttackSpan[], start: number, end: number): boolean {
  const { state, sentence, slots } = scan;
  const by = /^\s+by\s+/i.exec(state.text.slice(end, sentence.end));
  if (!by) return false;
  const from = end + by[0].length;
  const noun = spans.find(
    (s) => s.start === from && !s.definite && !s.verb && !s.passive && !s.known && !s.name,
  );
  if (!noun || SECOND_AGENT.test(state.text.slice(noun.end, sentence.end))) return false;
  const own = targetsOf(state, sentence, slots, noun.start, noun.end, noun.kind);
  const subject = targetsOf(state, sentence, slots, start, end, "cyber", false, true);
  return subject.every((key) => own.includes(key));
}

/** "... and by a second one": a second agent joined to the passive's first. */
const SECOND_AGENT = new RegExp(String.raw`\band\s+by\s+(?:${alternation(SECOND_AGENT_LEADS)})\b`, "i");

/**
 * "..., and in March the port operator was paralysed for two days": an impact verb's passive in a
 * clause its own date opens tells an attack of that date, not the incident under discussion; one
 * only an attack does ("encrypted") tells one wherever the date stands, when it names the owner hit.
 */
function impactPassiveSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { state, text, base } = scan;
  const openings = scan.openingDates ?? [];
  const impact = passiveImpact(scan.words);
  if (!mayMatch(scan, passiveImpact)) return;
  for (const m of matchesOf(impact, text)) {
    // The span is the participle alone, so the target reading sees its auxiliary before it.
    const verb = m.groups?.verb;
    if (!verb) continue;
    const start = base + m.index + m[0].length - verb.length;
    // "In June the depot reopened, and the registry was wiped this week": the date opens the
    // passive's own clause, and that clause names no other date of its own.
    const clause = clauseOf(scan, start);
    const opened = openings.some(
      (d) =>
        d.end <= start &&
        d.start >= clause.start &&
        !scan.dates.some((o) => o.start !== d.start && o.start >= clause.start && o.end <= clause.end) &&
        !/[;:]|\b(?:when|after|before|because|since|said|that)\b/i.test(state.text.slice(d.end, start)),
    );
    // "The billing servers of X were encrypted late on Sunday": a verb only an attack does, with
    // the body whose systems it hit as its subject, tells the attack wherever its date stands.
    const owned =
      !opened &&
      cyberImpact(scan.words, "cyberImpact").test(verb) &&
      (cyberImpact(scan.words, "hostileByItself").test(verb) ||
        hostileImpact(scan, text.slice(m.index + m[0].length))) &&
      targetsOf(state, scan.sentence, scan.slots, start, start + verb.length, "cyber", false, true).length >
        0;
    if (opened || owned) addCyberSpan(spans, start, start + verb.length, verb, { passive: true });
  }
}

/**
 * Whether an impact passive, its words `after` it, is an attacker's: "wiped out" is an idiom; an agent
 * ("by the flood") must be the attackers or their tool; with none, the sentence or the story must tell
 * an attack, and no protective wording may follow ("encrypted end to end under a new policy").
 */
function hostileImpact(scan: SentenceScan, after: string): boolean {
  if (/^\s+out\b/i.test(after) || PROTECTIVE.test(after)) return false;
  if (/^\s+by\b/i.test(after)) return hostileAgent(scan.words).test(after);
  return !!scan.state.currentIncident || hostileCue(scan.words).test(outsideNames(scan));
}
/**
 * Words telling an attack besides an encryption or a wipe: an attack, a defacement, hackers,
 * ransomware, a ransom; read outside the names the sentence holds ("the cyber security agency" tells none).
 */
const hostileCue = (words: Words) =>
  patternFor(
    words,
    "hostile-cue",
    ({ nouns, verbs }) =>
      new RegExp(
        String.raw`\b(?:${nouns.attack.any}|${nouns.incident.any}|${nouns.hostileAct.any}|${nouns.attacker.any}|${verbs.hostileSign.any}|${alternation(RANSOM_WORDS)})\b`,
        "i",
      ),
  );
/** The sentence's text with the names its slots read blanked out. */
function outsideNames(scan: SentenceScan): string {
  let text = scan.text;
  for (const s of scan.slots) {
    const start = s.start - scan.base;
    const end = s.end - scan.base;
    if (start >= 0 && end <= text.length)
      text = text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
  }
  return text;
}
/** What makes encryption a protection: a policy, an audit, "end to end", "at rest" (words.ts). */
const PROTECTIVE = new RegExp(String.raw`\b(?:${alternation(PROTECTIVE_ENCRYPTION)})\b`, "i");
/** "by hackers", "by a ransomware gang", "by the wiper": the attackers or their tool as a passive's agent. */
const hostileAgent = (words: Words) =>
  patternFor(
    words,
    "hostile-agent",
    (w) =>
      new RegExp(
        String.raw`^\s+by\s+(?:(?:an?|the|its|their|suspected|unknown)\s+)?(?:[\w-]+\s+){0,2}?(?:${w.nouns.attacker.any}|${w.nouns.hostileAct.any}|${w.nouns.crew.any})\b`,
        "i",
      ),
  );
/** An impact participle only an attack does to a system (words.ts `cyberImpact`), or one that is an attack by itself. */
const cyberImpact = (words: Words, family: "cyberImpact" | "hostileByItself") =>
  patternFor(words, `cyber-impact.${family}`, (w) => new RegExp(`^(?:${w.verbs[family].participle})$`, "i"));

/** The clause around `at`: from the last clause break before it to the next one after it (or the sentence's ends). */
function clauseOf(scan: SentenceScan, at: number): { start: number; end: number } {
  const { text, base, words } = scan;
  const starts = clauseStarts(words, text);
  const start = base + Math.max(...starts.filter((s) => base + s <= at));
  const next = starts.find((s) => base + s > at);
  return { start, end: next === undefined ? base + text.length : base + next };
}

/**
 * "the ticketing servers of ", "its mail servers at ": a body's computer systems, before the body
 * (words.ts `computerSystems`); data taken from them is taken from the body.
 */
const SYSTEMS_OF = new RegExp(
  String.raw`^(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${alternation(NAME_WORDS.computerSystems)})\s+(?:of|at)\s+`,
  "iu",
);

/**
 * "files stolen from the port authority", "files were leaked from the ticketing servers of X": a
 * theft from a body the mention stage names, or from its systems, is an attack on it (the body right
 * after "from" or after its systems; "details leaked from the inquiry" names none).
 */
function stolenFromSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  const { state, text, base, slots } = scan;
  const stolen = stolenFrom(scan.words);
  if (!mayMatch(scan, stolenFrom)) return;
  stolen.lastIndex = 0;
  for (let m = stolen.exec(text); m; m = stolen.exec(text)) {
    const end = base + m.index + m[0].length;
    const verb = m.groups?.verb;
    const at = m.indices?.groups?.verb?.[0];
    const systems = SYSTEMS_OF.exec(state.text.slice(end, end + 80))?.[0].length ?? 0;
    if (verb && at !== undefined && victimHeadsPhraseAt(state, slots, end + systems))
      addCyberSpan(spans, base + at, end, verb, { undergone: true });
  }
}

/** "systems were infected": with no attack mention, an impact verb speaks of the incident under discussion. */
function impactSpans(scan: SentenceScan, spans: AttackSpan[]): void {
  if (spans.length > 0 || !scan.state.currentIncident) return;
  const m = IMPACT_VERB.exec(scan.text);
  if (!m) return;
  const start = scan.base + m.index;
  spans.push(attackSpan(start, start + m[0].length, "cyber", m[0], { definite: true, impact: true }));
}

/**
 * The patterns a span finder runs only in a sentence holding their cue (pattern-cue.ts): one walk
 * of the sentence tells which (`SentenceScan.spanCues`), where a cue pattern each took a scan each.
 */
const CUED_SPAN_PATTERNS = [
  accusedGerund,
  accusedTheft,
  recalledEvent,
  attackNounPhrase,
  attackerVerb,
  passiveAttack,
  passiveImpact,
  stolenFrom,
  intruderDeed,
  outage,
] as const;

/** Which of CUED_SPAN_PATTERNS a sentence may match (test with `mayMatch`). */
export const spanCuesOf = (words: Words, text: string): Uint32Array =>
  cueIndexFor(words, "incident-spans", (w) => new CueIndex(CUED_SPAN_PATTERNS.map((p) => p(w)))).candidates(
    text,
  );

/** Whether the sentence may match `pattern`'s matches: false only when it holds none of its cue words. */
const mayMatch = (scan: SentenceScan, pattern: (typeof CUED_SPAN_PATTERNS)[number]) =>
  isCandidate(scan.spanCues, CUED_SPAN_PATTERNS.indexOf(pattern));

/** Every attack mention of the sentence, text order; earlier patterns win overlaps. */
export function attackSpans(scan: SentenceScan, namedIncidents: NamedIncidentMention[]): AttackSpan[] {
  const spans: AttackSpan[] = [];
  namedSpans(scan, namedIncidents, spans);
  otherKindSpans(scan, spans);
  accusedGerundSpans(scan, spans);
  recalledEventSpans(scan, spans);
  attackNounSpans(scan, spans);
  referredIncidentSpans(scan, spans);
  attackerVerbSpans(scan, spans);
  attemptSpans(scan, spans);
  groupVerbSpans(scan, spans);
  intruderDeedSpans(scan, spans);
  outageSpans(scan, spans);
  victimListSpans(scan, spans);
  passiveSpans(scan, spans);
  impactPassiveSpans(scan, spans);
  stolenFromSpans(scan, spans);
  impactSpans(scan, spans);
  // "Separately, a wiper hit the port on Monday": a sentence opening so tells of another incident.
  if (SEPARATELY.test(scan.text)) for (const span of spans) span.separate ||= !span.definite || span.impact;
  return spans.sort((a, b) => a.start - b.start);
}
/** One cheap test before the incident patterns: most sentences name no attack. */
export function mayNameAttack(
  state: DocumentState,
  text: string,
  namedIncidents: NamedIncidentMention[],
): boolean {
  return (
    namedIncidents.length > 0 ||
    attackWord(state.lexicon.words).test(text) ||
    (!!state.currentIncident && (IMPACT_VERB.test(text) || /\bincident\b/i.test(text)))
  );
}
