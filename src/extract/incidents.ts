/**
 * Incident stage: attack mentions ("a massive cyberattack", "DDoS attacks", "hackers attacked",
 * "the coup plot", "a nerve agent attack") become incidents with a kind, a date and targets.
 * Mentions of one incident in an article merge (same kind, compatible dates, a shared target),
 * definite ones ("the attack", "these attacks") refer back, and generic or hypothetical ones
 * ("to defend against cyber attacks", "the threat of an invasion", "similar strikes in the
 * past") create nothing.
 */
import type { PartialDate } from "../model";
import { daysBetween, formatDate, type DateMention } from "./dates";
import type { DocumentState } from "./document-state";
import { patternFor, type Words } from "./lexicon";
import { attackersOf, incidentName, targetsOf } from "./incident-targets";
import { closeDates, PLAIN_ATTACK, placeIncident, referent } from "./incident-registry";
import type { NamedIncidentMention, Slot } from "./mentions";
import type { Sentence } from "./sentences";
import { EXTRACTION_DEFAULTS } from "./defaults";
export interface IncidentSlot extends Slot {
  kind: "incident";
  /** Actors the wording itself blames: "Russian-backed coup plot", "its invasion". */
  attackers: string[];
  /** Targets found for this mention in this sentence. */
  targets: string[];
  incidentKind: string;
  date?: PartialDate;
}

const CYBER_MODIFIER =
  "(?:massive|major|large-scale|sophisticated|coordinated|sustained|serious|malicious|new|second|first|latest|recent|fresh|online|digital|cyber|ransomware|ddos|wiper|malware|phishing|hacking|state-sponsored|destructive|(?:19|20)\\d{2}|barrage of|wave of|waves of|series of|spate of)";
const CYBER_NOUN =
  "(?:cyber[- ]?attacks?|cyber[- ]?assaults?|cyber[- ]?strikes?|cyber[- ]?operations?|cyber[- ]?campaigns?|cyber[- ]?war(?:fare)?|cyber[- ]?espionage|cyber[- ]?intrusions?|hacks?|infiltrations?|penetrations?|hacking(?: campaign| operation)?(?! group| collective| team| unit| crew| gang)|data breach(?:es)?|breach(?:es)?|intrusions?|defacements?|ransomware(?: attacks?)?(?!\\s+(?:group|gang|crew|operators?|actors?|cartel))|ddos(?: attacks?)?|(?:distributed )?denial[- ]of[- ]service(?: attacks?)?|wiper(?: attacks?| malware)?|attacks?|assaults?|strikes?|campaign|operations?|compromise|worm|virus|malware|outbreaks?|(?:malicious|cyber|hacking|espionage) activit(?:y|ies))";
const ATTACK = new RegExp(
  `\\b(?:(?:an?|the|this|these|that|those|such|its|their)\\s+)?((?:${CYBER_MODIFIER}[- ]+){0,4})${CYBER_NOUN}\\b`,
  "gi",
);
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
 * incident of its own (undated, "the outage" is as often a consequence as an attack).
 */
const RECALLED_EVENT =
  /\b(?:(?:the|an?|that|this|those|these)\s+)?((?:(?!(?:after|before|since|following|during|in|on|by|to|of|from|for|with|at|a|an|the)\b)[\p{L}\d$'’.,-]+\s+){0,4}?)(heists?|thefts?|blackouts?|(?:power\s+)?outages?)\b/giu;
/** Words that make an attack noun about attacks in general, not an incident. */
const GENERIC_BEFORE =
  /\b(any|future|possible|potential|such|against|repel|prevent|defend|protect|deter|thwart|counter|threat of|risk of|fears? of|similar|previous|record of|kind of|responding to|respond to|vulnerable to|resilience to|in case of|more|all|all forms of|any form of|every|fights?|opposes?|condemns? all)\s+(?:[\w-]+\s+){0,2}$/i;
const GENERIC_AFTER = /^\s+(in the past\b|could\b|would\b|might\b|may\b)/i;
const CALLED =
  /^\s+(?:(?:that|which)\s+)?(?:(?:it|they|researchers|investigators|[\p{Lu}][\p{L}]+)\s+)?(?:calls?|dubbed|named|known as|called|tracks? as)\s+(?:the\s+)?([\p{Lu}][\p{L}\d-]*(?:\s+[\p{Lu}][\p{L}\d-]*){0,2})/u;
const DEFINITE = /^(the|this|these|that|those|its|their)\b/i;
/** "Operation Sandcastle", "Operation Dust Storm": a named operation is an incident by its name. */
const NAMED_OPERATION = /\bOperation\s+[\p{Lu}][\p{L}\d-]*(?:\s+[\p{Lu}][\p{L}\d-]*)?/gu;
/** What an attacker does to a target, from the lexicon: "breached", "had twice tried to break into", "attacking". */
const attackVerbPhrase = (w: Words) =>
  `(?:(?:has|have|had)\\s+)?(?:(?:also|twice|repeatedly|again|first|allegedly|reportedly)\\s+)?(?:spen[dt]\\s+(?:[\\w-]+\\s+){1,3}?)?((?:${w.verbs.attempt.past})\\s+to\\s+(?:${w.verbs.attack.present}|${w.verbs.impact.present})|${w.verbs.attack.past}|${w.verbs.impact.past}|${w.verbs.attack.gerund}|${w.verbs.impact.gerund})\\s+`;
/** "hackers (suspected of) working for Iran": whom the attackers serve, between them and their verb. */
const ATTACKERS_OF =
  "(?:(?:suspected|believed|thought|said)\\s+(?:of|to\\s+be)\\s+)?(?:(?:(?:linked|tied|connected|loyal|affiliated)\\s+(?:to|with)|(?:working|acting|operating)\\s+(?:for|on\\s+behalf\\s+of)|(?:backed|sponsored|directed)\\s+by|from)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}\\d-]*(?:\\s+[\\p{Lu}][\\p{L}\\d-]*){0,3}\\s+)?";
/** "hackers attacked", "a state actor had gained access to", "they breached": the verb's object is the target. */
const attackerVerb = (words: Words) =>
  patternFor(
    words,
    "attacker-verb",
    (w) =>
      new RegExp(
        `\\b(?:(?:${w.nouns.attacker.any})(?:\\s+(?:who|that))?|they|(${w.nouns.operative.any})\\s+(?:who|that))\\s+${ATTACKERS_OF}${attackVerbPhrase(w)}`,
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
/** "APT28 targeted", "the Conti ransomware group hit", "Sandworm, which breached": after a group's name. */
const groupVerb = (words: Words) =>
  patternFor(
    words,
    "group-verb",
    (w) => new RegExp(`^(?:\\s+[\\p{Ll}-]+){0,2}?(?:,\\s+which)?\\s+${attackVerbPhrase(w)}`, "u"),
  );
/** "charged X with gaining access to the dam's control system": an accusation's gerund is the attack. */
const accusedGerund = (words: Words) =>
  patternFor(
    words,
    "accused-gerund",
    (w) =>
      new RegExp(
        String.raw`\b(?:(?:${w.verbs.blame.stem})\w*|responsible)\b[^.;]*?\b(?:for|of|over|with)\s+(?:allegedly\s+|(?:its|their)\s+role\s+in\s+)?` +
          // "gaining access in 2013 to the dam": a year may sit inside the phrasal verb.
          `(${w.verbs.attack.gerund.replace(/\\s\+(to|into)\b/g, String.raw`(?:\s+in\s+(?:19|20)\d\d)?\s+$1`)})` +
          String.raw`(\s+)(?=(?:the|an?|its|their|[\p{Lu}]|[\p{Ll}-]+\s+(?:agencies|bodies|federations|organi[sz]ations|companies|networks?|systems?|servers?)\b))`,
        "giu",
      ),
  );

/** "a separate campaign against Peruvian lawmakers": in cyber news, a campaign against a named victim is an attack. */
function campaignAgainst(state: DocumentState, slots: Slot[], after: string, end: number): boolean {
  const against = /^\s+against\s+(?:the\s+)?/i.exec(after);
  if (!against) return false;
  const at = end + against[0].length;
  return slots.some(
    (s) =>
      s.kind !== "incident" &&
      s.start >= at &&
      s.start <= at + 1 &&
      ["state", "agency", "organization"].includes(state.entities.get(s.key)?.type ?? ""),
  );
}

const VICTIMS_LISTED =
  /\b(?:(?:the\s+)?(?:victims|targets)\s+(?:also\s+)?(?:included|include|were|are)|among\s+(?:the\s+)?(?:victims|targets)\s+(?:were|are)|the\s+(?:companies|agencies|organi[sz]ations|institutions|ministries|firms)\s+(?:hit|affected|targeted|breached)\s+(?:were|are|included))\s+/gi;

/** "the Storting had been hacked": the subject is the victim. */
const passiveAttack = (words: Words) =>
  patternFor(
    words,
    "passive-attack",
    (w) =>
      new RegExp(
        `\\b(?:was|were|had been|has been|have been)\\s+(?:\\w+\\s+)?(${w.verbs.attack.participle})\\b|${PASSIVE_AMONG.source}`,
        "gi",
      ),
  );
const PASSIVE_AMONG =
  /\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+)?(?:agencies|companies|organi[sz]ations|institutions|victims|targets|bodies|firms|countries|states|ministries|departments|websites)\s+(?:(?:worst|hardest|most|badly)\s+)?(hit|targeted|affected|breached|compromised|hacked)\b/;
const IMPACT_VERB =
  /\b(infected|compromised|breached|encrypted|defaced|knocked offline|paralysed|paralyzed)\b/i;
const ATTACK_WORD =
  /attack|heist|theft|blackout|outage|target|\bhit\b|struck|\binto\b|access|\bdown\b|knocked out|crippl|disrupt|paraly|infect|encrypt|outbreak|victims|targets|hack|breach|intrusion|ddos|denial|ransomware|deface|wiper|worm|virus|malware|assault|strike|campaign|operation|compromise|cyber|\bamong\b|coup|poison|nerve|novichok|invasion|interference|meddling|intruder|infiltrat|penetrat/i;
/** One cheap test before the incident patterns: an attack word, or a verb of the lexicon's attack lists. */
const attackWord = (words: Words) =>
  patternFor(
    words,
    "attack-word",
    (w) => new RegExp(`${ATTACK_WORD.source}|\\b(?:${w.verbs.attack.any}|${w.verbs.impact.any})\\b`, "i"),
  );
const OTHER_KIND_WORD = /coup|plot|poison|nerve|novichok|invasion|interference|meddling/i;
const CYBER_CONTEXT = /\bcyber|hack|ransomware|ddos|malware|online|digital|websites?\b|computer|network/i;

/** "The attack, which began on Nov. 24": a relative clause telling when it happened dates it. */
const began = (words: Words) =>
  patternFor(
    words,
    "began",
    (w) =>
      new RegExp(
        `^,\\s+(?:which|that)\\s+(?:\\w+\\s+)?(?:began|started|occurred|happened|took place|unfolded|took|knocked|shut|${w.verbs.attack.past}|${w.verbs.impact.past})\\b[^;:]*$`,
        "i",
      ),
  );

/** A reporting verb between an attack and a date after it: the date is the report's. */
const saidBetween = (words: Words) =>
  patternFor(
    words,
    "said-between",
    (w) => new RegExp(`\\b(?:${w.verbs.speech.past}|${w.verbs.speechPast.past})\\b`, "i"),
  );

/** "had foiled a coordinated": a defence verb just before an attack noun. */
const foiledBefore = (words: Words) =>
  patternFor(
    words,
    "foiled-before",
    (w) => new RegExp(`\\b(?:${w.verbs.foil.past})\\s+(?:[\\w-]+\\s+){0,3}$`, "i"),
  );

/** "accused X of", "blamed X for", "the charges": an accusation between a date and the attack it names. */
const accusationBetween = (words: Words) =>
  patternFor(words, "accusation-between", (w) => new RegExp(`\\b(?:${w.verbs.blame.stem})\\w*`, "i"));

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Words saying the attack is news of the day: only then does the publication month date it. */
const CURRENT =
  /\b(?:today|tonight|yesterday|overnight|this (?:week|weekend|morning|afternoon|evening)|(?:on |late |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| evening| afternoon)?|ongoing|under way|underway|still (?:unfolding|continuing))\b/i;

/**
 * The date of an attack the text does not date: the publication month when the sentence tells it
 * as current news, else only the publication year (an attack in the background of a story may be
 * months old).
 */
function publicationFallback(state: DocumentState, text: string): PartialDate | undefined {
  const a = state.anchor;
  if (!a) return latestYearOf(state);
  return CURRENT.test(text) && a.month !== undefined
    ? `${a.year}-${String(a.month).padStart(2, "0")}`
    : String(a.year);
}

const latestYears = new WeakMap<DocumentState, PartialDate | undefined>();

/**
 * A page with no publication date was written no earlier than the latest year it names ("© 2025",
 * "in 2024"): that year stands for an undated attack until the text dates it. Deadlines ("by
 * 2030") are not years the page has lived through.
 */
function latestYearOf(state: DocumentState): PartialDate | undefined {
  if (latestYears.has(state)) return latestYears.get(state);
  let latest: number | undefined;
  for (const m of state.text.matchAll(/(?<!\b(?:by|until|through|before|to)\s)\b(19[89]\d|20\d\d)\b/gi)) {
    const year = Number(m[1]);
    if (latest === undefined || year > latest) latest = year;
  }
  const date = latest === undefined ? undefined : String(latest);
  latestYears.set(state, date);
  return date;
}

/** Each date of the sentence belongs to the attack mention nearest to it (a following one counts double distance). */
function datesOf(
  dates: DateMention[],
  spans: Array<{ start: number; end: number }>,
  span: { start: number; end: number },
  opening: DateMention | undefined,
): DateMention[] {
  // "Earlier this month, a system at the port was disrupted by a cyber attack": an opening
  // adverbial dates its whole clause, however long ("the opening" is undefined when the attack
  // sits in the complement of another event: "sanctions on officers accused of a hack").
  const distance = (d: DateMention, s: { start: number; end: number }) =>
    d === opening && s.start >= d.end ? 0 : d.start >= s.end ? d.start - s.end : 2 * (s.start - d.end);
  return dates.filter(
    (d) =>
      distance(d, span) <= EXTRACTION_DEFAULTS.incidentDateReach &&
      spans.every((other) => distance(d, span) <= distance(d, other)),
  );
}

export function findIncidents(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  sentenceDates: DateMention[],
  namedIncidents: NamedIncidentMention[] = [],
): IncidentSlot[] {
  const text = sentence.text;
  const base = sentence.start;
  // Most sentences name no attack: one cheap test spares the pattern scans below.
  if (
    namedIncidents.length === 0 &&
    !attackWord(state.lexicon.words).test(text) &&
    !(state.currentIncident && IMPACT_VERB.test(text))
  )
    return [];
  // "a member since 2009" dates the membership, not the attack.
  const dates = sentenceDates.filter(
    (d) =>
      !/(?<!\b(?:just|shortly|right|days|weeks|hours|soon)\s)\b(since|until|before|by)\s+(?:the\s+)?(?:end of\s+)?$/i.test(
        state.text.slice(Math.max(base, d.start - 20), d.start),
      ),
  );
  const found: IncidentSlot[] = [];
  // "In April and May 2007, ...", "In December 2021 the ministry lost access ...": a date opening
  // the sentence, after a comma or a preposition, dates its main clause.
  const opening = dates.find((d) => {
    const before = state.text.slice(base, d.start);
    const words = dates.reduce(
      (t, o) => (o.end <= d.start ? t.replace(state.text.slice(o.start, o.end), " ") : t),
      before,
    );
    return (
      /^\W*(?:[\w-]+\s+){0,2}$/.test(words) &&
      (/^\s*,/.test(state.text.slice(d.end, d.end + 2)) ||
        (/^\W*(?:in|on|during|between|from)\b/i.test(state.text.slice(base, d.end)) &&
          /^\s+(?!(?:and|or|to|through|until)\b)(?:the\s+|an?\s+)?\p{L}/u.test(
            state.text.slice(d.end, d.end + 10),
          )))
    );
  });
  const spans: Array<{
    start: number;
    end: number;
    kind: string;
    definite: boolean;
    surface: string;
    verb?: boolean;
    impact?: boolean;
    passive?: boolean;
    name?: string;
    known?: string;
  }> = [];
  // Well-known operations and malware by name ("NotPetya"), then operations the article names.
  for (const n of namedIncidents)
    spans.push({
      start: n.start,
      end: n.end,
      kind: "cyber",
      definite: false,
      surface: state.text.slice(n.start, n.end),
      known: n.key,
    });
  NAMED_OPERATION.lastIndex = 0;
  for (let m = NAMED_OPERATION.exec(text); m; m = NAMED_OPERATION.exec(text)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (spans.some((x) => start < x.end && end > x.start)) continue;
    spans.push({ start, end, kind: "cyber", definite: false, surface: m[0], name: m[0] });
  }
  const overlaps = (s: number, e: number) => spans.some((x) => s < x.end && e > x.start);
  /** "the NotPetya attack": the attack noun after a name is part of the named mention. */
  const extendsNamed = (s: number, e: number) => {
    const named = spans.find((x) => (x.known || x.name) && s <= x.end + 1 && e > x.end);
    if (named && s >= named.start) named.end = e;
    return !!named && s >= named.start;
  };
  /** A cyber-attack span found by a verb or list pattern, unless an earlier pattern claimed it. */
  const addCyberSpan = (
    start: number,
    end: number,
    surface: string,
    more: { definite?: boolean; passive?: boolean },
  ) => {
    if (!overlaps(start, end))
      spans.push({
        start,
        end,
        kind: "cyber",
        definite: false,
        surface,
        ...(more.passive ? {} : { verb: true }),
        ...more,
      });
  };
  for (const [kind, re] of OTHER_KIND_WORD.test(text) ? OTHER_KINDS : []) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (
        kind === "invasion" &&
        /\b(threat|risk|fears?|possible|potential|warned?)\b[^.]{0,25}$/i.test(text.slice(0, m.index))
      )
        continue;
      spans.push({
        start: base + m.index,
        end: base + m.index + m[0].length,
        kind,
        definite: DEFINITE.test(m[0]),
        surface: m[0].replace(DEFINITE, "").trim(),
      });
    }
  }
  // "blamed X for breaching the election watchdog": an accusation's gerund is the attack.
  const accused = accusedGerund(state.lexicon.words);
  accused.lastIndex = 0;
  for (let m = accused.exec(text); m; m = accused.exec(text)) {
    const start = base + m.index + m[0].length - m[1]!.length - m[2]!.length;
    const end = base + m.index + m[0].length;
    // "not the first time hackers have been accused of breaking into a water system": an
    // accusation against an indefinite victim, with no date, is about attacks in general.
    if (/^an?\s/i.test(text.slice(end - base)) && dates.length === 0) continue;
    addCyberSpan(start, end, m[1]!, {});
  }
  RECALLED_EVENT.lastIndex = 0;
  const namesRecalledEvent = /heist|theft|blackout|outage/i.test(text);
  for (let m = namesRecalledEvent ? RECALLED_EVENT.exec(text) : null; m; m = RECALLED_EVENT.exec(text)) {
    const start = base + m.index;
    const end = start + m[0].length;
    const dated = dates.some(
      (d) =>
        (d.start >= start && d.end <= end) ||
        (d.start >= end &&
          /^\s+(?:in|on)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:in|on)?\s*$/u.test(
            state.text.slice(end, d.start),
          )),
    );
    if (!dated || overlaps(start, end) || !(state.currentIncident || CYBER_CONTEXT.test(text))) continue;
    if (GENERIC_BEFORE.test(text.slice(0, m.index))) continue;
    spans.push({
      start,
      end,
      kind: "cyber",
      definite: DEFINITE.test(m[0]),
      surface: m[0].replace(DEFINITE, "").trim(),
    });
  }
  ATTACK.lastIndex = 0;
  for (let m = ATTACK.exec(text); m; m = ATTACK.exec(text)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (extendsNamed(start, end) || overlaps(start, end)) continue;
    const noun = m[0]
      .replace(DEFINITE, "")
      .replace(new RegExp(`^(${CYBER_MODIFIER}[- ]+)*`, "i"), "")
      .trim();
    const plain =
      PLAIN_ATTACK.test(noun) && !/cyber|online|digital|ddos|ransomware|hack|wiper|malware/i.test(m[1] ?? "");
    const definite = DEFINITE.test(m[0]);
    const before = text.slice(0, m.index);
    // "a campaign Microsoft calls Volt Typhoon": the name given after the noun.
    const calledAfter = CALLED.exec(text.slice(m.index + m[0].length));
    const name = calledAfter?.[1] ?? incidentName(state, slots, base, before);
    // "reach a compromise" is no attack; "a 2021 compromise of the network" is.
    if (/^compromise$/i.test(noun) && !name && !/\d{4}|cyber|network|data|email/i.test(m[1] ?? "")) continue;
    // "the Stuxnet worm", "the Shamoon virus": malware is an incident only under its own name.
    if (/^(?:worm|virus|malware)$/i.test(noun) && !name) continue;
    if (GENERIC_BEFORE.test(before) || GENERIC_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // "tried to hack into", "plans to attack": an infinitive is a verb, read with its subject below.
    if (m[0] === noun && /^(?:hack|attack|breach|strike)$/i.test(noun) && /\bto\s+$/i.test(before)) continue;
    if (plain && !definite && !(state.currentIncident || CYBER_CONTEXT.test(text))) continue;
    // "an operation it calls Pale Otter": a lone "operation" is an attack only under a name or against a victim.
    if (
      /^operation$/i.test(noun) &&
      !calledAfter &&
      !campaignAgainst(state, slots, text.slice(m.index + m[0].length), end)
    )
      continue;
    if (
      plain &&
      /^(campaign|operations)$/i.test(noun) &&
      !definite &&
      !/global|hacking|influence/i.test(m[0]) &&
      !calledAfter &&
      !campaignAgainst(state, slots, text.slice(m.index + m[0].length), end)
    )
      continue;
    spans.push({
      start,
      end: calledAfter ? end + calledAfter[0].length : end,
      kind: "cyber",
      definite: definite && (plain || /^(the|this|these|its|their)$/i.test(m[0].split(/\s+/)[0]!)),
      surface: m[0].replace(DEFINITE, "").trim(),
      name,
    });
  }

  const words = state.lexicon.words;
  const attackers = attackerVerb(words);
  attackers.lastIndex = 0;
  for (let m = attackers.exec(text); m; m = attackers.exec(text)) {
    // "officers who attacked the protesters": an officer hacks only in a sentence about computers.
    if (m[1] && !CYBER_CONTEXT.test(text)) continue;
    const start = base + m.index;
    // "they shut down the systems" is as often the defenders as the attackers: only hackers disrupt.
    if (
      /^they\b/i.test(m[0]) &&
      /down|out|disrupted|crippled|paraly[sz]ed|infected|defaced|ing$/i.test(m[2]!)
    )
      continue;
    // "The intruders first got into the commission's systems in August 2021": the attackers of
    // the incident under discussion, whose date this gives.
    const definite = /\b(?:the|these|those)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index));
    addCyberSpan(start, start + m[0].length, m[2]!, definite ? { definite } : {});
  }
  const attempts = attemptTo(words);
  attempts.lastIndex = 0;
  for (let m = /attempt/i.test(text) ? attempts.exec(text) : null; m; m = attempts.exec(text)) {
    if (GENERIC_BEFORE.test(text.slice(0, m.index))) continue;
    const start = base + m.index;
    addCyberSpan(start, start + m[0].length, m[1]!, {});
  }
  for (const slot of slots) {
    if (slot.kind !== "actor" || state.entities.get(slot.key)?.type !== "group") continue;
    const m = groupVerb(words).exec(state.text.slice(slot.end, sentence.end));
    if (m) addCyberSpan(slot.start, slot.end + m[0].length, m[1]!, {});
  }
  // "Victims included Norway's parliament and ...", "the companies hit were A, B and C": the
  // incident under discussion hit each one listed.
  VICTIMS_LISTED.lastIndex = 0;
  for (let m = state.currentIncident ? VICTIMS_LISTED.exec(text) : null; m; m = VICTIMS_LISTED.exec(text)) {
    const start = base + m.index;
    addCyberSpan(start, start + m[0].length, m[0], { definite: true });
  }
  const passive = passiveAttack(words);
  passive.lastIndex = 0;
  for (let m = passive.exec(text); m; m = passive.exec(text)) {
    const start = base + m.index;
    // "was hit by the same malware": the incident under discussion.
    const definite = /^\s+by\s+the\s+same\b/i.test(text.slice(m.index + m[0].length));
    addCyberSpan(start, start + m[0].length, m[1] ?? m[2]!, { definite, passive: true });
  }
  if (spans.length === 0 && state.currentIncident && IMPACT_VERB.test(text)) {
    const m = IMPACT_VERB.exec(text)!;
    spans.push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      kind: "cyber",
      definite: true,
      surface: m[0],
      impact: true,
    });
  }
  spans.sort((a, b) => a.start - b.start);
  const namedKeys = slots.map((s) => s.key);

  for (const span of spans) {
    const targets = targetsOf(
      state,
      sentence,
      slots,
      span.start,
      span.end,
      span.kind,
      span.verb,
      span.passive,
    );
    if (span.surface.match(/infected|compromised|breached|encrypted|defaced/i) && targets.length === 0) {
      for (const s of slots)
        if (
          s.kind === "actor" &&
          ["agency", "state"].includes(state.entities.get(s.key)?.type ?? "") &&
          s.start > span.start
        )
          targets.push(s.key);
    }
    const attackers = attackersOf(state, slots, span.start, span.end).filter((a) => !targets.includes(a));
    // A definite mention is dated only by a date after it in its clause ("the attack on March 3"); others
    // by the nearest of their dates, one after the mention counting closer than one before it.
    const weight = (d: DateMention) => (d.start >= span.end ? d.start - span.end : 2 * (span.start - d.end));
    // A date before the mention across "said ... that" or "blamed ... for" dates the saying or the
    // blaming, not the attack ("On Thursday Canada blamed Iran for an attack on ..."); so does one
    // after it across a reporting verb ("an attack on the ministry, the spokeswoman said on Friday").
    // A date opening the sentence dates its main clause, whatever clause comes between.
    const sameClause = (d: DateMention) =>
      d.start >= span.end
        ? !saidBetween(state.lexicon.words).test(state.text.slice(span.end, d.start)) &&
          (/\bagain\b/i.test(state.text.slice(span.end, d.start)) ||
            began(state.lexicon.words).test(state.text.slice(span.end, d.start)) ||
            !/[;:]|,\s+(?:and|but|which|who|while)\b|\b(?:and|but)\s+(?:did|does|was|were|is|has|had|said|says|will|would)\b/i.test(
              state.text.slice(span.end, d.start),
            ))
        : d === opens ||
          !(
            /\b(that|said|says|told|announced|added|when|before|since)\b|[;:]/i.test(
              state.text.slice(d.end, span.start),
            ) || accusationBetween(state.lexicon.words).test(state.text.slice(d.end, span.start))
          );
    // "In May, X opened an inquiry into the 2019 hack": an attack in the complement of another
    // event ("of", "for", "over" just before it) is not dated by the opening ("the Ministry of
    // Health lost access ... after an attack" is).
    // An opening date before "said ... that" dates the saying, except a year opening a discovery
    // ("In 2023 the agency discovered that a state actor had gained access to ...").
    const between = opening ? state.text.slice(opening.end, span.start) : "";
    const discovered =
      opening?.date.length === 4 &&
      /\b(?:discovered|found|detected|learned|noticed|uncovered)\s+that\b/i.test(between) &&
      !/\b(?:said|says)\b/i.test(between);
    // "In June last year, the agency said it had foiled an attack": a defence is told as it happens.
    const foiled =
      opening !== undefined && !/[;:]/.test(between) && foiledBefore(state.lexicon.words).test(between);
    const opens =
      opening &&
      !/[;:]|\b(?:of|for|over|into)\s+(?:[\w-]+\s+){0,2}$/i.test(between) &&
      !accusationBetween(state.lexicon.words).test(between) &&
      (discovered || foiled || !/\b(?:said|says|that)\b/i.test(between))
        ? opening
        : undefined;
    const near = datesOf(dates, spans, span, opens)
      .filter(sameClause)
      .filter(
        (d) =>
          !span.definite ||
          // "the 2015 hack of the bank": a year inside the mention dates it.
          (d.start >= span.start && d.end <= span.end && /^\d{4}$/.test(d.date)) ||
          (d.start >= span.end &&
            (began(state.lexicon.words).test(state.text.slice(span.end, d.start)) ||
              !/[;:]|,\s+(?:and|but|which|who)\b/.test(state.text.slice(span.end, d.start)))),
      )
      .sort((a, b) => a.start - b.start);
    // "In 2023 Peru accused X of a cyberattack on its tax agency": an accusation's own year is the
    // best year of an attack that has no date of its own (its day would be the accusation's).
    if (
      near.length === 0 &&
      !span.definite &&
      opening?.explicitYear &&
      opening !== opens &&
      accusationBetween(state.lexicon.words).test(between)
    )
      near.push({ ...opening, date: opening.date.slice(0, 4) });
    const current = referent(state, span);
    const keys: string[] = [];
    // A definite mention ("the attack") and a bare one naming no date or target ("these are
    // sophisticated attacks") speak of the incident under discussion.
    // A date next to a definite mention is usually the date of what is said about it ("condemned the attack on Tuesday").
    // A definite mention always refers back when there is something to refer to; a bare one only when it names no date.
    // A definite mention given another year ("the 2015 hack", "the breach in 2017") is a separate incident.
    // "condemned the attack on Thursday": a weekday names the day of what is said, not of the attack.
    // A year written inside the mention ("the 2016 theft") years before a provisional date names
    // another incident too.
    const otherYear = (d: DateMention) =>
      !(span.definite && WEEKDAY.test(state.text.slice(d.start, d.end))) &&
      !!current?.date &&
      d.date.slice(0, 4) !== current.date.slice(0, 4) &&
      (!state.provisionalDates.has(current.key) ||
        (d.start >= span.start &&
          d.end <= span.end &&
          Number(current.date.slice(0, 4)) - Number(d.date.slice(0, 4)) > 1));
    const refersBack =
      current &&
      (span.definite ? !near.some(otherYear) : near.every((d) => closeDates(current.date, d.date)));
    // A named mention places itself by its name: it is the incident of that name, not the last one.
    const named = !!(span.known || (span.name && current?.name !== span.name));
    if (
      !named &&
      (span.definite || targets.length === 0) &&
      refersBack &&
      (near.length === 0 || span.definite)
    ) {
      for (const t of targets) if (!current!.targets!.includes(t)) current!.targets!.push(t);
      current!.mentions.push({ doc: state.id, start: span.start, end: span.end });
      // An undated incident takes the date written beside a later mention of it.
      const date = near[0]?.date;
      // An incident dated the day it was reported takes the earlier day the text says it struck on
      // ("Kenya on Thursday thanked ..." then "the attack, which struck on June 10").
      const reportedDay =
        !!state.anchor && current!.date === formatDate(state.anchor) && current!.date.length === 10;
      const struckEarlier =
        !!date &&
        reportedDay &&
        date.length === 10 &&
        date < current!.date! &&
        daysBetween(date, current!.date!) <= 31;
      if (date && (!current!.date || state.provisionalDates.has(current!.key) || struckEarlier)) {
        current!.date = date;
        state.provisionalDates.delete(current!.key);
      }
      // "a virus known as Shamoon": the name now stands for this incident.
      if (span.name && !state.incidentNames.has(span.name)) {
        state.incidentNames.set(span.name, current!.key);
        for (const alias of [span.name, `${span.name} ${span.surface}`])
          if (!current!.aliases.includes(alias)) current!.aliases.push(alias);
      }
      keys.push(current!.key);
    } else {
      // "on October 16 and again in mid-February": one incident per date joined by "again".
      // "attacks on the grid in December 2015 and December 2016", "the 2015 and 2016 blackouts":
      // a plural noun with dates of different years joined by "and" is one incident per date.
      const joined =
        /s$/i.test(span.surface) &&
        near.length > 1 &&
        new Set(near.map((d) => d.date.slice(0, 4))).size === near.length &&
        near.every(
          (d, i) =>
            i === 0 ||
            /^\s*(?:,|,?\s*and)\s+(?:in\s+|on\s+)?$/i.test(state.text.slice(near[i - 1]!.end, d.start)),
        );
      const again =
        joined ||
        (near.length > 1 && /\bagain\b/i.test(state.text.slice(near[0]!.end, near[near.length - 1]!.start)));
      const nearest = [...near].sort((a, b) => weight(a) - weight(b)).slice(0, 1);
      const spanDates = again ? near : nearest;
      const fallback = span.kind === "cyber" ? publicationFallback(state, text) : undefined;
      for (const d of spanDates.length ? spanDates : [undefined]) {
        keys.push(
          placeIncident(state, {
            kind: span.kind,
            date: d?.date,
            targets,
            surface: span.surface,
            mention: span,
            named: namedKeys,
            fallback,
            name: span.name,
            known: span.known,
          }),
        );
      }
    }
    // A past incident recalled in passing does not become the one under discussion.
    const recalled = span.definite && current && !refersBack;
    for (const key of keys) {
      if (recalled) state.recalledIncidents.add(key);
      else state.currentIncident = key;
      found.push({
        start: span.start,
        end: span.end,
        key,
        kind: "incident",
        source: "incident",
        possessive: false,
        attackers,
        targets,
        incidentKind: span.kind,
        date: state.entities.get(key)?.date,
      });
    }
  }
  return found;
}
