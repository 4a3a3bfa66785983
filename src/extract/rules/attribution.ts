/**
 * Claims about incidents: who was attacked, who is said to be behind it and by whom, who denies
 * it, who condemns it. Both ends must be found; a negated attribution ("could not confirm
 * whether a state is behind") asserts nothing, a hedged one is `suspected`.
 */
import {
  actorsOf,
  claimantsOf,
  clauseEnd,
  clauseStart,
  emit,
  ensureEntity,
  GOVERNED,
  governedBy,
  headsPhraseAt,
  incidentNear,
  isActor,
  lastGroupBefore,
  objectAfter,
  ownedBody,
  participleHead,
  pastOpeningPhrase,
  patternFor,
  subjectBefore,
  typeOf,
  namingGap,
  type ClaimState,
  type Frame,
} from "./frame";
import { parsePartialDate } from "../dates";
import { EXTRACTION_DEFAULTS } from "../defaults";
import { entityType } from "../document-state";
import { latestIncident } from "../incident-registry";
import {
  alternation,
  AUTHORSHIP_LEADS,
  AUTHORSHIP_MODIFIERS,
  COPULAS,
  COUNT_WORDS,
  COUNTED_ATTACK_MODIFIERS,
  DISOWNING_ADVERBS,
  CULPRIT_MODIFIERS,
  DEFINITE_DETERMINERS,
  DO_AUXILIARIES,
  DISMISSALS,
  FINITE_BE,
  FOCUS_ADVERBS,
  HABIT_ADVERBS,
  HEAD_COMPLEMENT_PREPOSITIONS,
  KIND_QUANTIFIERS,
  MODALS,
  NEGATIONS,
  NEGATED_VERB_ADVERBS,
  VERB_NEGATORS,
  LABELLING_VERBS,
  OBJECT_PRONOUNS,
  PERFECT_AUXILIARIES,
  PLURAL_COPULAS,
  SERVING_LINKS,
  TIME_RELATIONS,
  TRACE_VERB_ADVERBS,
  type Words,
} from "../lexicon";
import type { IncidentSlot } from "../incidents";
import type { Slot } from "../mentions";
import { subjectBeforeAside } from "./condemnation";
import { reportersOf, turnLabelled } from "./reporters";
import { RELATIVE_WORD, VERB_LEAD } from "../speakers";
import type { ClaimRule } from "./rule";

const MONTH_OR_DAY =
  "\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december";
/**
 * "there was no evidence that", "neither A nor B has suggested that": the clause under it is not
 * asserted. "claimed without evidence that" still claims: the phrase says how, not whether.
 */
const negatedReport = (words: Words) =>
  new RegExp(
    `\\b(?:no|not|neither|nor|never|without(?!\\s+(?:(?:any|offering|providing|giving|citing|presenting)\\s+)?(?:evidence|proof)\\b)|n't)\\s+(?:[\\w-]+\\s+){0,4}?(?:evidence|sign|signs|proof|indication|indications|clear|known|${words.verbs.establish.any})\\b[^;]*$`,
    "i",
  );
/** A negation or a question opening the clause: what follows is not asserted. */
const negation = (words: Words) => new RegExp(`\\b(?:${words.negation}|whether|if)\\b`, "i");
const BLANKET_DENIAL =
  /^\s*(?:everything|all\s+(?:the\s+|such\s+|these\s+)?(?:accusations|allegations|claims|charges)|(?:the|these)\s+findings)\b/i;
const denialObject = (words: Words) =>
  new RegExp(
    `^\\s*["”]?\\s*(?:any\\s+|all\\s+|the\\s+|these\\s+|such\\s+|those\\s+|its\\s+|\\w+\\s+)?(?:(?:earlier|recent|latest|western|similar|so-called)\\s+)?(?:${words.nouns.accusation.any}|being behind|that it|it was|attacks?|everything|wrongdoing|(?:all\\s+forms\\s+of\\s+)?(?:cyber[- ]?attacks?|hacking)|(?:it|them)(?=\\s*(?:[.,;]|$)))`,
    "i",
  );
/** The gerunds that name an attack or taking part in one ("of hacking", "for carrying out", "of being behind"). */
const attackAct = (words: Words) =>
  patternFor(words, "attack-act", (w) => {
    const v = w.verbs;
    return new RegExp(
      `^(?:${[v.attack, v.impact, v.perpetrate, v.attempt, v.proxy, v.sponsor, v.wrongdoing].map((f) => f.gerund).join("|")})$`,
      "i",
    );
  });

/** An event named by what it hit ("in the Bangladesh heist", "over the Sony hack"). */
const namedEvent = (words: Words) =>
  patternFor(
    words,
    "named-event",
    (w) =>
      new RegExp(
        `\\b(?:in|for|over|of|behind)\\s+the\\s+(?:\\p{Lu}[\\p{L}\\d-]*\\s+)+(?:${w.nouns.attack.any})\\b`,
        "u",
      ),
  );
const AMONG_THOSE_WHO =
  /\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:countries|governments|states|nations|allies|members|organi[sz]ations|leaders|capitals)\s+(?:that|which|who)\s+(?:(?:also|have|had|quickly|publicly|swiftly)\s+)*$/i;

/** A determiner or adjective before "charges", "sanctions": they are nouns there. */
const blameNounBefore = (words: Words) =>
  patternFor(
    words,
    "blame-noun-before",
    (w) =>
      new RegExp(
        `\\b(?:the|a|an|any|no|new|further|fresh|more|these|those|such|its|their|his|her|criminal|federal|formal|${w.verbs.proceed.any})\\s+$`,
        "i",
      ),
  );

const attributable = new Set(["state", "agency", "group", "person"]);

export function attribute(
  frame: Frame,
  incident: string | undefined,
  actors: string[],
  claimants: string[],
  suspected: boolean,
  /** "X claimed responsibility": the actor is its own claimant. */
  selfClaimed = false,
): void {
  if (!incident || !sameTime(frame, incident)) return;
  // "Russia rejected claims by the Czech government that ...": the accusers claim, not the denier.
  // With no speaker found: who judges it ("investigators believe"), an unnamed body's owner, a pronoun's subject.
  const said = rejectedClaimants(frame) ?? (claimants.length > 0 ? claimants : reportersOf(frame));
  // The accused and their states never claim the accusation (a unit named beside its state is accused with it).
  const accusedSide = new Set(actors.flatMap((a) => [a, frame.state.entities.get(a)?.country ?? a]));
  // "blamed the attack on hackers linked to Russia" read as an attack on Russia: no one attacks itself.
  const targets = frame.state.entities.get(incident)?.targets ?? [];
  // "the ministry said it was investigating": the hit state's own body that reports or looks into
  // the attack is not the accused; any other body of that state can be ("carried out by the
  // state's own security service" in a domestic spyware story).
  const victimStates = new Set(
    targets
      .flatMap((t) => [t, frame.state.entities.get(t)?.country ?? t])
      .filter((k) => typeOf(frame, k) === "state"),
  );
  const victimSide = (actor: string) => {
    const entity = frame.state.entities.get(actor);
    return (
      entity?.type === "agency" &&
      !!entity.country &&
      victimStates.has(entity.country) &&
      (said.includes(actor) || reporterBody(frame, actor))
    );
  };
  for (const actor of actors) {
    if (!attributable.has(typeOf(frame, actor) ?? "") || targets.includes(actor) || victimSide(actor))
      continue;
    emit(frame, "attributed-to", incident, actor, {
      claimants: claimantsOf(frame, said).filter((c) => !accusedSide.has(c) || (selfClaimed && c === actor)),
      suspected,
    });
    frame.state.lastAccusedOf.set(actor, incident);
  }
}

/**
 * The accusers of a claim the sentence reports as rejected ("rejected claims by the Czech
 * government that ...", "dismissed Prague's accusations that ..."), or none when it names none;
 * undefined when the sentence rejects nothing.
 */
function rejectedClaimants(frame: Frame): string[] | undefined {
  const re = patternFor(
    frame.state.lexicon.words,
    "rejected-claim",
    (w) =>
      new RegExp(
        `\\b(?:${w.verbs.deny.any})\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${w.nouns.accusation.any})\\s+(?:(?:by|from|of)\\s+)?`,
        "i",
      ),
  );
  const m = re.exec(frame.sentence.text);
  // "...; officials have always rejected that claim too": a rejection with no "that" clause of its own rejects another claim.
  if (!m || !/^[^;:]*?\bthat\b/i.test(frame.sentence.text.slice(m.index + m[0].length))) return undefined;
  const at = frame.sentence.start + m.index;
  const end = at + m[0].length;
  // "Prague's accusations": the possessor accuses; "claims by the Czech government": the agent does.
  const possessor = frame.slots.filter((s) => s.possessive && s.start > at && s.end < end);
  const agents = /(?:by|from|of)\s+$/i.test(m[0]) ? objectAfter(frame, end) : [];
  return actorsOf(frame, [...possessor, ...agents]);
}

/**
 * An incident the sentence does not name is the one under discussion only if the sentence's years
 * allow it: "In 2016 prosecutors charged X with an intrusion in 2013" speaks of another attack.
 */
function sameTime(frame: Frame, incident: string): boolean {
  if (frame.incidents.some((i) => i.key === incident)) return true;
  const year = frame.state.entities.get(incident)?.date?.slice(0, 4);
  const years = frame.sentence.text.match(/\b(?:19|20)\d\d\b/g);
  return !year || !years || years.includes(year);
}

/** Negated, or asked rather than said: "could not confirm whether X is behind", "if X was behind". */
export function negatedBefore(frame: Frame, at: number): boolean {
  const before = frame.state.text.slice(frame.sentence.start, at);
  return (
    patternFor(frame.state.lexicon.words, "negation", negation).test(
      frame.state.text.slice(clauseStart(frame, at), at),
    ) ||
    accusationJudged(frame, at) ||
    /\b(whether|if)\s+[^,;.]*$/i.test(before) ||
    patternFor(frame.state.lexicon.words, "negated-report", negatedReport).test(before)
  );
}

/**
 * "Linking Peru to the breach is irresponsible", "Blaming X for it without proof was reckless": an
 * accusation that is the subject of a judgement (its clause opens with the accusing verb's gerund,
 * a be-verb follows in the clause) is dismissed, not made, and the judgement condemns no attack.
 */
function accusationJudged(frame: Frame, at: number): boolean {
  const from = clauseStart(frame, at);
  return patternFor(frame.state.lexicon.words, "accusation-judged", judgedAccusation).test(
    frame.state.text.slice(from, clauseEnd(frame, at)),
  );
}

/**
 * A clause opening with an accusing gerund, then its be-verb and a verdict or a dismissal within
 * three words ("Tying X to Y was reckless", "would be utterly absurd"); "Accusing X was the first
 * thing they did" judges nothing.
 */
const judgedAccusation = (w: Words) =>
  new RegExp(
    `^\\W*(?:${w.verbs.blame.gerund}|${w.verbs.attribute.gerund})\\b[^,;:]*?\\s(?:${alternation(FINITE_BE)}|(?:${alternation(MODALS)})\\s+be)\\s+(?:[\\w-]+\\s+){0,3}?["“]?(?:${w.verdict}|${alternation(DISMISSALS)})\\b`,
    "i",
  );

/**
 * The agent of "carried out by ...": the head of the phrase after the trigger, with those
 * coordinated or named with it; nothing when that phrase is an incident ("tied to espionage").
 */
function agentAfter(frame: Frame, after: number, withOwned: boolean): string[] {
  const agents = namedByRelative(frame, after, objectAfter(frame, after));
  const first = agents[0];
  // 'the work of a "People's Republic of China state-sponsored cyber actor"': the quote is the phrase.
  const quote = /^\s*(?:(?:a|an|the)\s+)?(?=["“])/.exec(frame.state.text.slice(after, frame.sentence.end));
  if (!first && quote) return quotedActors(frame, after + quote[0].length);
  if (!first || frame.incidents.some((i) => i.start >= after && i.start < first.start)) return [];
  // "tied to espionage against Peruvian ministries": after "to", the actor must head the phrase.
  if (/\bto$/i.test(frame.state.text.slice(after - 2, after)) && !headsPhraseAt(frame, after, first))
    return [];
  // "the signature of a trade pact with X": after "of", the actor heads the phrase or attackers do
  // ("the work of hackers working for X").
  if (
    /\bof$/i.test(frame.state.text.slice(after - 2, after)) &&
    !headsPhraseAt(frame, after, first) &&
    !patternFor(frame.state.lexicon.words, "attackers-phrase", attackersPhrase).test(
      frame.state.text.slice(after, first.start),
    )
  )
    return [];
  // "carried out by Iran's Revolutionary Guard", "the work of a crew said to serve Iran's Revolutionary
  // Guard": the body the possessive owns is the agent too, as after a blame verb. Not for "run by",
  // "operated by" (a group's sponsor is said there, not the attack's doer) nor "tied to" (what is
  // tied may be the group a relative clause names, not the attack); nor when a relative clause holds
  // the possessive ("by a group that Russia's GRU denies knowing": the body is that clause's subject).
  const inRelative = RELATIVE_WORD_IN.test(frame.state.text.slice(after, first.start));
  const owned = withOwned && !inRelative ? ownedBody(frame, first) : undefined;
  const served = servedBody(frame, first);
  return [...agents, ...[owned, served].filter((s): s is Slot => !!s && !agents.includes(s))].map(
    (s) => s.key,
  );
}

/**
 * "written by Russian engineers working for the GRU": the body the agents are said to serve is the
 * agent too, whatever collective noun names them (attackers are read so by the attackers-of rule).
 */
function servedBody(frame: Frame, agent: Slot): Slot | undefined {
  const next = frame.slots.find((s) => s.kind === "actor" && s.start > agent.end);
  const gap = next && frame.state.text.slice(agent.end, next.start);
  return gap && patternFor(frame.state.lexicon.words, "serving-gap", servingGap).test(gap) ? next : undefined;
}

/** Between agents and whom they serve: " working for the ", " acting on behalf of ", " linked to ". */
const servingGap = (w: Words) =>
  new RegExp(
    `^\\s+(?:(?:${alternation(SERVING_LINKS)})\\s+(?:to|with)|(?:${w.verbs.proxy.gerund})\\s+(?:for|on\\s+behalf\\s+of))\\s+(?:the\\s+)?$`,
    "i",
  );

/** A relative word anywhere in a phrase: what follows it is a relative clause's. */
const RELATIVE_WORD_IN = new RegExp(String.raw`\b(?:${RELATIVE_WORD})\b`, "iu");

/**
 * "carried out by the crew that CERT-ZZ tracks as Y", "by Dune Heron, a group that the U.S. firm
 * Halvard Security tracks as Y": the relative clause's subject names the group, it is not the
 * agent; the name it gives is, if the text has it, else no agent is found. "by a group that X
 * directs": the subject of any other verb is the agent itself.
 */
function namedByRelative(frame: Frame, after: number, agents: Slot[]): Slot[] {
  const { text, lexicon } = frame.state;
  const namer = agents[0];
  if (
    !namer ||
    !patternFor(lexicon.words, "namer-relative", namerRelative).test(text.slice(after, namer.start))
  )
    return agents;
  const naming = patternFor(lexicon.words, "naming-verb-soon", namingVerbSoon).exec(
    text.slice(namer.end, clauseEnd(frame, namer.end)),
  );
  if (!naming) return agents;
  const named = frame.slots.find((s) => s.kind === "actor" && s.start === namer.end + naming[0].length);
  return named ? [named] : [];
}

/**
 * "the group that", "a crew which", "Dune Heron, a group that": a group noun opening a relative
 * clause whose subject follows; a name the text did not know may stand in apposition before it.
 */
const namerRelative = (words: Words) =>
  new RegExp(
    String.raw`^\s*(?:(?:\p{Lu}[\p{L}\d_-]*\s+){0,3}\p{Lu}[\p{L}\d_-]*\s*,\s*)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:${words.nouns.group.any}|${words.nouns.attacker.any})\s+(?:that|which|whom)\s+(?:the\s+)?$`,
    "iu",
  );

/** The body is the subject of a verb that reports, looks into or names ("the ministry said", "police are investigating"). */
function reporterBody(frame: Frame, key: string): boolean {
  const words = frame.state.lexicon.words;
  return frame.slots.some(
    (s) =>
      s.key === key &&
      patternFor(words, "reporter-verb-next", reporterVerbNext).test(
        frame.state.text.slice(s.end, frame.sentence.end),
      ),
  );
}

const reporterVerbNext = (words: Words) =>
  new RegExp(
    `^\\s+(?:(?:has|have|had|is|are|was|were|now|also|later)\\s+)*(?:${words.verbs.speech.any}|${words.verbs.naming.any}|${words.verbs.inquire.any})\\b`,
    "i",
  );

/**
 * A naming verb soon after the relative clause's subject, the rest of its name before it ("tracks
 * as", "firm Halvard Security calls", "has dubbed"), up to where the name it gives starts.
 */
const namingVerbSoon = (words: Words) =>
  new RegExp(
    String.raw`^\.?\s+(?:[\p{L}\d.&'’-]+\s+){0,4}?(?:(?:has|have|had|now|also)\s+)*(?:${words.verbs.naming.any})\s+(?:the\s+)?["“]?`,
    "iu",
  );

/** A phrase headed by attackers or a group, up to the actor it names ("hackers working for", "a group linked to"). */
const attackersPhrase = (words: Words) =>
  new RegExp(
    `^\\s*(?:(?:a|an|the|some|several|two|three)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${words.nouns.attacker.any}|${words.nouns.group.any}|${words.nouns.crew.any})\\b`,
    "i",
  );

/** Actors named inside a quotation opening at `at` ('"Russian special services"'). */
function quotedActors(frame: Frame, at: number): string[] {
  const quote = /^\s*["“]([^"”]{1,80})["”]/.exec(frame.state.text.slice(at, frame.sentence.end));
  if (!quote) return [];
  const end = at + quote[0].length;
  return frame.slots
    .filter(
      (s) =>
        s.kind !== "incident" && s.start > at && s.end < end && attributable.has(typeOf(frame, s.key) ?? ""),
    )
    .map((s) => s.key);
}

/** "X accused Y of the attack", "Y was blamed for it", "blamed the intrusion on Y", "holds Y responsible for". */
export const blameRule: ClaimRule = {
  id: "blame",
  type: "attributed-to",
  trigger: (w) => new RegExp(`\\b(${w.verbs.blame.any}|holds?)\\b`, "gi"),
  apply(frame, { at, end: after, word, before }) {
    const { state } = frame;
    // "to bring criminal charges", "the sanctions": the noun, not the verb.
    if (blameNounBefore(state.lexicon.words).test(before) && /s$/i.test(word)) return;
    if (accusationJudged(frame, at)) return;
    const passive = /\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i.test(before);
    const rest = state.text.slice(after, clauseEnd(frame, after));
    const holds = /^holds?$/i.test(word);
    // "charged two officers with the intrusion": a charge names its act after "with".
    const charges = patternFor(
      state.lexicon.words,
      "charge-verb",
      (w) => new RegExp(`^(?:${w.verbs.charge.any})$`, "i"),
    ).test(word);
    const actAfter = charges ? /\b(of|for|over|on|with)\b/i : /\b(of|for|over|on)\b/i;
    if (!actAfter.test(rest)) {
      // "Officials blamed Russia at the time.": the accused alone, for the attack under discussion.
      if (!holds && !passive && !negatedBefore(frame, at)) blamedAlone(frame, at, after, rest);
      return;
    }
    // "holds X responsible for": only with "responsible".
    if (holds && !/\bresponsible\b/i.test(rest)) return;
    const accusers = passive ? [] : actorsOf(frame, attributorsBefore(frame, at));
    // The accused stand between the verb and what they are accused of ("accused Russia of the attack").
    const incidentAfter = frame.incidents.find((i) => i.start >= after);
    const responsible = holds ? after + rest.search(/\bresponsible\b/) : (incidentAfter?.start ?? Infinity);
    // "blamed the intrusions on a group it calls Hafnium": the one blamed follows "on";
    // "blamed X for the attack on Y" names the accused before "for": the "on" there is the target's.
    let blamedOn = /^blam/i.test(word)
      ? new RegExp(`^[^,;]*?\\bon\\s+(?!(?:${MONTH_OR_DAY})\\b)`, "i").exec(rest)
      : null;
    if (blamedOn && /\bfor\b/i.test(blamedOn[0])) blamedOn = null;
    // "accused the United States of fabricating claims": an act that is no attack is not this attack.
    const act = (charges ? /\b(?:of|for|with)\s+([a-z]+ing)\b/i : /\b(?:of|for)\s+([a-z]+ing)\b/i).exec(rest);
    if (act && !incidentAfter && !attackAct(state.lexicon.words).test(act[1]!)) return;
    // "The cyberattack on X was blamed on Y": a passive whose subject is the incident; the accused follow "on".
    const blamedIncident =
      passive && blamedOn
        ? frame.incidents.filter((i) => i.end <= at && i.start >= clauseStart(frame, at)).pop()
        : undefined;
    // "accusing them of wiping computers at X": a pronoun is the accused; X, after it, is not.
    const pronounObject = !passive && !blamedOn && OBJECT_PRONOUN.test(rest);
    const accused =
      passive && !blamedIncident
        ? passiveAccused(frame, at)
        : pronounObject
          ? []
          : accusedAfter(frame, blamedOn ? after + blamedOn[0].length : after)
              .filter((s) => blamedOn || s.end <= responsible)
              .map((s) => s.key);
    // 'blamed the attack on "Russian special services"': the quoted actor and the state its demonym names.
    if (blamedOn && accused.length === 0) accused.push(...quotedActors(frame, after + blamedOn[0].length));
    const blamed = blamedIncident
      ? [blamedIncident.key]
      : blamedOn
        ? blamedBefore(frame, after, after + blamedOn[0].length, accused)
        : coordinatedIncidents(frame, after);
    for (const incident of blamed)
      attribute(frame, incident, accused, [...new Set([...accusers, ...frame.speakers])], frame.hedged);
  },
};

/**
 * The subject of a passive blame: the clause's subject, else persons listed at the sentence's
 * opening with an apposition between them and the verb ("Captain A and Sergeant B, now living
 * abroad, are accused of ..."), also when the subject found is one of them.
 */
function passiveAccused(frame: Frame, at: number): string[] {
  const subject = subjectBefore(frame, at).map((s) => s.key);
  const listed = openingPersons(frame, at);
  // The clause's subject may be one person of the list ("A and B, both X, were accused of").
  return subject.length > 0 && !subject.every((k) => listed.includes(k))
    ? subject
    : listed.length
      ? listed
      : subject;
}

/** Persons listed at the sentence's opening, then an apposition and the passive's auxiliary before `at`. */
function openingPersons(frame: Frame, at: number): string[] {
  const first = frame.slots.find((s) => s.kind === "actor" && typeOf(frame, s.key) === "person");
  if (
    !first ||
    first.start >= at ||
    !/^\W*(?:(?:\p{Lu}[\p{L}.]*\s+){0,3})$/u.test(frame.state.text.slice(frame.sentence.start, first.start))
  )
    return [];
  const persons = personList(frame, first);
  const last = persons[persons.length - 1]!;
  if (last.end > at) return [];
  const gap = frame.state.text.slice(last.end, at);
  // An apposition, then the passive's auxiliary ("were", "have been", "were formally").
  return /^\s*(?:,[^,;]*)?,\s*(?:(?:have|has|had)\s+)?\w+\s+(?:\w+\s+)?$/i.test(gap) &&
    PASSIVE_AUXILIARY.test(gap)
    ? persons.map((s) => s.key)
    : [];
}

/** An object pronoun opening the text ("them of wiping ..."). */
const OBJECT_PRONOUN = new RegExp(`^\\s*(?:${OBJECT_PRONOUNS.join("|")})\\b`, "i");

/** Military or police ranks before a name ("Colonel", "Senior Lieutenant", "Maj."), at most two. */
const ranks = (w: Words) => String.raw`(?:(?:${w.nouns.rank.any})\.?\s+){0,2}`;
/** Nothing but ranks between a list's verb or joint and the next name. */
const onlyRanks = (w: Words) =>
  patternFor(w, "defendants-ranks", (w) => new RegExp(String.raw`^\s*${ranks(w)}$`, "iu"));
/**
 * What joins two listed persons: a comma (after an age, perhaps), "and", or a semicolon that
 * closes an apposition or an age ("A, 41; B, 38; and C"), then perhaps ranks.
 */
const listJoint = (w: Words) =>
  patternFor(
    w,
    "person-list-joint",
    (w) =>
      new RegExp(
        String.raw`^(?:\s*,\s*\d{1,2}\s*)?(?:\s*,(?:[^,;:.]*;|\s)|\s*;)?\s*(?:and\s+)?${ranks(w)}$`,
        "iu",
      ),
  );
/** What may follow a listed person: the next joint, an apposition or the sentence's end, not a verb. */
const LIST_ITEM_END = /^\s*(?:[,;.]|and\b|$)/i;
/**
 * Persons listed from `first` on: joined by commas, "and", or semicolons closing an apposition
 * ("A, who the complaint says ran the servers; Major B and C, named as couriers; and D"), each
 * perhaps after a rank. A person after a semicolon who does not end a list item (is followed by
 * a verb) opens the next clause: "...names A and B; C will hear the case".
 */
function personList(frame: Frame, first: Slot): Slot[] {
  const list = [first];
  const joint = listJoint(frame.state.lexicon.words);
  for (const slot of frame.slots) {
    const last = list[list.length - 1]!;
    if (slot.start < last.end || slot.kind !== "actor") continue;
    const between = frame.state.text.slice(last.end, slot.start);
    if (typeOf(frame, slot.key) !== "person" || !joint.test(between)) break;
    if (between.includes(";") && !LIST_ITEM_END.test(frame.state.text.slice(slot.end, frame.sentence.end)))
      break;
    if (!list.some((s) => s.key === slot.key)) list.push(slot);
  }
  return list;
}

/**
 * "The charge sheet names A", "prosecutors named A and B as", "the defendants include A": the
 * verb of a charge, its listed persons after it.
 */
const defendantsTrigger = (w: Words) =>
  new RegExp(
    String.raw`\b(?:(?:${w.nouns.prosecution.any})(?:\s*,[^,;.]*,)?\s+(?:also\s+)?(?:${w.verbs.chargeList.third}|${w.verbs.chargeList.past})|(?:${w.nouns.defendant.any})\s+(?:${PLURAL_COPULAS.join("|")}|${w.verbs.comprise.present}|${w.verbs.comprise.past})|(?:${w.nouns.defendant.any})\s+(?:${w.verbs.chargeList.past})\s+(?:${PLURAL_COPULAS.join("|")})(?:\s+as)?)\s+(?:as\s+)?`,
    "gi",
  );

/**
 * "A prosecutor named X said ...": "named" right after a noun may be the participle "called". It is
 * the verb of a charge after a charge document ("the indictment named X"), before a list or "as"
 * ("prosecutors named X as ..."), or when the name ends the sentence; never after "a"/"an".
 */
function participleNaming(frame: Frame, at: number, word: string, persons: Slot[]): boolean {
  const w = frame.state.lexicon.words;
  const participle = patternFor(
    w,
    "defendants-participle",
    (w) =>
      new RegExp(
        String.raw`^(?!(?:${w.nouns.defendant.any})\b)[\s\S]*\b(?:${w.verbs.chargeList.past})\s+$`,
        "i",
      ),
  );
  if (!participle.test(word)) return false;
  if (/\b(?:a|an|one)\s+(?:[\w-]+\s+)?$/i.test(frame.state.text.slice(frame.sentence.start, at))) return true;
  const document = patternFor(
    w,
    "charge-document-lead",
    (w) => new RegExp(String.raw`^(?:${w.nouns.chargeDocument.any})\b`, "i"),
  );
  if (document.test(word) || persons.length > 1) return false;
  const last = persons[persons.length - 1]!;
  return !/^\s*(?:,\s*)?(?:as\b|\.?\s*$)/i.test(frame.state.text.slice(last.end, frame.sentence.end));
}

/**
 * "The indictment, unsealed on Monday, names A, B and C", "the other defendants are A and B":
 * the persons a charge names are behind the attack it names, or the one under discussion; the
 * sentence's speakers claim it.
 */
export const defendantsRule: ClaimRule = {
  id: "defendants",
  type: "attributed-to",
  trigger: defendantsTrigger,
  apply(frame, { at, end, word }) {
    if (negatedBefore(frame, at)) return;
    const first = frame.slots.find((s) => s.kind === "actor" && s.start >= end);
    if (!first || typeOf(frame, first.key) !== "person") return;
    if (!onlyRanks(frame.state.lexicon.words).test(frame.state.text.slice(end, first.start))) return;
    const persons = personList(frame, first);
    if (participleNaming(frame, at, word, persons)) return;
    attribute(
      frame,
      incidentNear(frame, end),
      persons.map((s) => s.key),
      frame.speakers,
      frame.hedged,
    );
  },
};

/**
 * "the suspects, A and B,", "the two agents - A and B -": a plural phrase of the charged (or of
 * officers or agents), a comma or dash, then the persons it lists. Group 1 holds the phrase's noun.
 */
const listedDefendantsTrigger = (w: Words) =>
  new RegExp(
    String.raw`\b(?:the|these|those|all)\s+(?:(?:${alternation(COUNT_WORDS)}|\d+)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(${w.nouns.defendant.any}|${w.nouns.perpetrator.any}|${w.nouns.operative.any})\s*(?:,|\s[-–—])\s*`,
    "giu",
  );

/** What closes a list in apposition: a comma or dash, an age perhaps before it. */
const APPOSITION_LIST_END = /^(?:\s*,\s*\d{1,2})?\s*(?:,|[-–—])/;

/**
 * "The suspects, A, 52, and B, 47, remain abroad", "prosecutors say the two agents, A and B, wrote
 * the ransom note": the persons listed in apposition to the charged are behind the attack the
 * sentence names, or the one under discussion. Officers or agents are the charged only where a
 * charge governs the list (a prosecution noun or a charge verb before it, in the same clause or the
 * speech that reports it); a negated predicate after the list ("were not involved") says nothing.
 */
export const listedDefendantsRule: ClaimRule = {
  id: "listed-defendants",
  type: "attributed-to",
  trigger: listedDefendantsTrigger,
  apply(frame, { at, end, word }) {
    if (negatedBefore(frame, at)) return;
    const { state } = frame;
    const words = state.lexicon.words;
    // "the three officers, Major A": the mention may take the phrase in as A's office.
    const first = frame.slots.find((s) => s.kind === "actor" && s.start >= at && s.end > end);
    if (!first || typeOf(frame, first.key) !== "person") return;
    if (!onlyRanks(words).test(state.text.slice(Math.min(end, first.start), first.start))) return;
    const persons = personList(frame, first);
    const last = persons[persons.length - 1]!;
    // "Captain C, serve in ...": a last mention read with a clause after its comma closes the list there.
    const closed =
      APPOSITION_LIST_END.test(state.text.slice(last.end, frame.sentence.end)) ||
      state.text.slice(last.start, last.end).includes(",");
    if (!closed) return;
    const charged = patternFor(
      words,
      "charged-noun",
      (w) =>
        new RegExp(String.raw`(?:${w.nouns.defendant.any}|${w.nouns.perpetrator.any})\s*[,–—-]?\s*$`, "i"),
    );
    const chargeSource = patternFor(
      words,
      "charge-source",
      (w) => new RegExp(String.raw`\b(?:${w.nouns.prosecution.any}|${w.verbs.charge.any})\b`, "i"),
    );
    const predicate = state.text.slice(last.end, frame.sentence.end).split(";")[0]!;
    // "Prosecutors charged nobody; the two officers, A and B, led the response": no charge governs the
    // list; "prosecutors said the two officers, A and B, led the inquiry": officers are the charged only
    // when the predicate after the list is a deed or a service.
    const lead = state.text.slice(frame.sentence.start, at);
    const deed = patternFor(
      words,
      "listed-deed",
      (w) =>
        new RegExp(
          String.raw`^[^;]*?,\s+(?:(?:${alternation([...PERFECT_AUXILIARIES, ...COPULAS])})\s+)?(?:\p{Ll}+ly\s+)?(?:${w.verbs.attack.any}|${w.verbs.perpetrate.any}|${w.verbs.serveIn.any}|${w.verbs.workAt.any})\b`,
          "iu",
        ),
    );
    if (
      !charged.test(word.trimEnd()) &&
      (!chargeSource.test(lead.slice(lead.lastIndexOf(";") + 1)) ||
        !deed.test(state.text.slice(last.start, last.end) + predicate))
    )
      return;
    if (patternFor(words, "negation", negation).test(predicate)) return;
    attribute(
      frame,
      incidentNear(frame, end),
      persons.map((s) => s.key),
      frame.speakers,
      frame.hedged,
    );
  },
};

/**
 * "blamed the attack on X": the incident is the object between the verb and "on". One whose
 * targets hold the one blamed read "the attack on X" as X attacked: the attack is then the one
 * under discussion.
 */
function blamedBefore(frame: Frame, after: number, on: number, accused: string[]): (string | undefined)[] {
  const object = frame.incidents.filter((i) => i.start >= after && i.start < on);
  const misread = (i: IncidentSlot) => i.targets.some((t) => accused.includes(t));
  if (object.length > 0 && !object.some(misread)) return object.map((i) => i.key);
  const current = frame.currentIncident;
  return [current && !object.some((i) => i.key === current) ? current : undefined];
}

/**
 * "The EU imposed sanctions on two officers of Russia's GRU over the 2024 attack", "charges
 * against the head of X for the intrusion": a penalty noun whose "on"/"against" phrase names
 * those it falls on (the body whose personnel it names, else the phrase's head) and whose reason
 * ("over", "for", "in connection with", "saying they were behind") names the attack. The one who
 * imposes it (the clause's subject) claims it, with the sentence's speakers.
 */
export const penaltyRule: ClaimRule = {
  id: "penalty",
  type: "attributed-to",
  trigger: (w) => new RegExp(`\\b(?:${w.nouns.penalty.any})\\s+(?:on|against)\\s+`, "gi"),
  apply(frame, { at, end, before }) {
    if (negatedBefore(frame, at)) return;
    const penalised = penalisedAt(frame, end);
    const last = penalised[penalised.length - 1];
    if (!last) return;
    const incident = frame.incidents.find(
      (i) => i.start >= last.end && PENALTY_REASON.test(frame.state.text.slice(last.end, i.start)),
    );
    // The subject of the verb governing the penalty ("announced", a speech verb, would open a clause).
    const verb = IMPOSING_VERB.exec(before);
    const imposers = actorsOf(frame, subjectBefore(frame, verb ? frame.sentence.start + verb.index : at));
    attribute(
      frame,
      incident?.key,
      penalised.map((s) => s.key),
      [...new Set([...imposers, ...frame.speakers])],
      frame.hedged,
    );
  },
};

/** The verb a penalty noun is the object of, with its determiners ("imposed new", "announced the"). */
const IMPOSING_VERB = /\b[\w-]+\s+(?:(?:the|its|their|new|fresh|further|more|targeted|financial)\s+)*$/i;

/** What links those penalised to the attack the penalty answers. */
const PENALTY_REASON =
  /^[^.;]*?\b(?:over|for|in connection with|(?:in\s+)?response to|behind|responsible for|involvement in|role in)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/**
 * Those a penalty or charge falls on, from the phrase at `at`: "two officers of Russia's GRU" →
 * the GRU (the body whose personnel it names, with the state that owns it); "the GRU and the
 * FSB" → both. Nothing when the phrase's head is no actor ("sanctions on exports to Russia").
 */
function penalisedAt(frame: Frame, at: number): Slot[] {
  const objects = objectAfter(frame, at);
  const first = objects[0];
  if (!first) return [];
  const personnel = patternFor(
    frame.state.lexicon.words,
    "personnel-of",
    (w) =>
      new RegExp(
        `^\\s*(?:(?:the|a|an|\\d+|two|three|four|five|six|seven|eight|nine|ten|several|one)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.personnel.any})\\s+(?:of|in|from)\\s+(?:the\\s+)?$`,
        "i",
      ),
  );
  if (!headsPhraseAt(frame, at, first) && !personnel.test(frame.state.text.slice(at, first.start))) return [];
  const owned = ownedBody(frame, first);
  return owned ? [owned, ...objects.filter((s) => s !== first)] : objects;
}

/**
 * The accused after a blame verb: the object phrase's actors, and where its head is owned ("accused
 * Russia's military intelligence service", "charged two officers of North Korea's RGB") the body
 * owned as well.
 */
function accusedAfter(frame: Frame, at: number): Slot[] {
  const objects = objectAfter(frame, at);
  const owned = objects[0] && ownedBody(frame, objects[0]);
  return owned && !objects.includes(owned) ? [...objects, owned] : objects;
}

/** Incidents joined by "and" after a blamed-for: "for the 2021 port attack and the 2022 ministry breach". */
const COORDINATION =
  /^(?:\s+(?:on|of|against|at|in|into)\s+[^,;:.]{1,60}?)?\s*,?\s+(?:and|as well as)\s+(?:(?:for|of|over)\s+)?$/u;

/** The incident a blame names after `at`, and each incident coordinated with it. */
function coordinatedIncidents(frame: Frame, at: number): (string | undefined)[] {
  const first = incidentNear(frame, at);
  const after = frame.incidents.filter((i) => i.start >= at);
  const from = after.findIndex((i) => i.key === first);
  if (from < 0) return [first];
  const keys = [first];
  for (let k = from + 1; k < after.length; k++) {
    const previous = after[k - 1]!;
    const next = after[k]!;
    // "the 2015 and 2016 blackouts": one mention, one incident per year.
    const sameMention = next.start < previous.end;
    const between = frame.state.text.slice(previous.end, next.start).replace(/\s*\bthe$/i, " ");
    if (!sameMention && !COORDINATION.test(between)) break;
    if (!keys.includes(next.key)) keys.push(next.key);
  }
  return keys;
}

/** "Estonian officials blamed Russia at the time": nothing follows the accused but when. */
function blamedAlone(frame: Frame, at: number, after: number, rest: string): void {
  const accused = objectAfter(frame, after);
  const last = accused[accused.length - 1];
  if (!last || !headsPhraseAt(frame, after, accused[0]!)) return;
  const tail = frame.state.text.slice(last.end, after + rest.length);
  if (
    !/^\s*(?:(?:at the time|again|too|as well|publicly|directly|instead|(?:on|last|this|in|at once) [\w-]+)\s*)?["”]?\s*(?:[.,;!]|$)/i.test(
      tail,
    )
  )
    return;
  const accusers = actorsOf(frame, subjectBefore(frame, at));
  attribute(
    frame,
    frame.incidents[0]?.key ?? frame.currentIncident,
    accused.map((s) => s.key),
    [...new Set([...accusers, ...frame.speakers])],
    frame.hedged,
  );
}

/**
 * "hackers working for Iran had accessed", "hackers linked to Mustang Panda", "attackers suspected
 * of acting on behalf of X": whom the attackers serve is behind the attack.
 */
export const attackersOfRule: ClaimRule = {
  id: "attackers-of",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.nouns.attacker.any})\\s+(?:(?:suspected|believed|thought|said)\\s+(?:of|to\\s+be)\\s+)?(?:(?:linked|tied|connected|loyal|affiliated|close)\\s+(?:to|with)|(?:${w.verbs.proxy.gerund})\\s+(?:for|on\\s+behalf\\s+of)|(?:${w.verbs.sponsor.participle})\\s+by|from)\\s+`,
      "gi",
    ),
  apply(frame, { at, end }) {
    if (negatedBefore(frame, at)) return;
    const actors = objectAfter(frame, end);
    const first = actors[0];
    if (!first || !headsPhraseAt(frame, end, first)) return;
    // "hackers working for Estonia's tax office broke into its payroll system": attackers going into
    // the body's own systems work for it as testers; it is behind no attack.
    const clause = frame.state.text.slice(first.end, clauseEnd(frame, first.end));
    if (patternFor(frame.state.lexicon.words, "own-systems-deed", ownSystemsDeed).test(clause)) return;
    const owned = ownedBody(frame, first);
    const keys = (owned ? [owned, ...actors] : actors).map((s) => s.key);
    const suspected =
      frame.hedged || /\b(?:suspected|believed|thought)\b/i.test(frame.state.text.slice(at, end));
    attribute(frame, incidentNear(frame, end), keys, frame.speakers, suspected);
  },
};

/** An attack verb whose object is "its" own ("broke into its payroll system"). */
const ownSystemsDeed = (w: Words) =>
  new RegExp(`\\b(?:${w.verbs.attack.past}|${w.verbs.attack.third})\\s+its\\b`, "i");

/**
 * "the tools found on the servers belong to a group they call X": what the attack left behind
 * leads to its owner, the attack under discussion to the actor heading the phrase after the verb.
 */
export const tracesRule: ClaimRule = {
  id: "traces",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.nouns.trace.any})\\b(?:\\s+[\\w'’-]+){0,6}?\\s+(?:${w.verbs.provenance.any}|${w.verbs.provenanceMatch.any}|${w.verbs.provenanceUse.any})\\s+`,
      "gi",
    ),
  apply(frame, { at, end, word }) {
    const words = frame.state.lexicon.words;
    // "the code did not match that of X": a negation between the noun and its verb clears X.
    if (negatedBefore(frame, at) || patternFor(words, "verb-negator", verbNegator).test(word)) return;
    // "the malware targeted computers used by X": another verb or head noun in between takes the
    // provenance said with "used by" or "matched those of" (only "belong to" waits behind a clause).
    if (!patternFor(words, "provenance-loose", provenanceLoose).test(word) && !traceHeaded(frame, at, word))
      return;
    const actors = objectAfter(frame, end);
    const first = actors[0];
    const gap = frame.state.text.slice(end, first?.start);
    // "belong to a group they call X": the name given heads the phrase too.
    if (!first || !(headsPhraseAt(frame, end, first) || namingGap(frame.state.lexicon.words).test(gap)))
      return;
    const incident = incidentNear(frame, at);
    // "the infrastructure used by the Estonian government was outdated": a tool the hit side uses
    // says nothing of who attacked it. Only "used by" can name a user; "belong to" and "matched
    // those of" speak of the attack's own traces.
    const usedBy = patternFor(words, "used-trace", usedTrace).test(word);
    const hitSide = usedBy ? hitSideOf(frame, incident) : new Set<string>();
    attribute(
      frame,
      incident,
      actors
        .map((s) => s.key)
        .filter((key) => !hitSide.has(key) && !hitSide.has(frame.state.entities.get(key)?.country ?? "")),
      frame.speakers,
      frame.hedged,
    );
  },
};

/** The incident's targets and the states they belong to. */
function hitSideOf(frame: Frame, incident: string | undefined): Set<string> {
  const targets = (incident && frame.state.entities.get(incident)?.targets) || [];
  return new Set(targets.flatMap((t) => [t, frame.state.entities.get(t)?.country ?? t]));
}

/** A negation or a refusal anywhere in a verb group ("did not", "didn't", "never", "refused to"). */
const verbNegator = () =>
  new RegExp(String.raw`(?:\b|(?=n['’]t))(?:${alternation(VERB_NEGATORS).replaceAll("'", "['’]")})\b`, "i");

/** A trace noun's trigger ending in "belong to", whose subject may carry a clause ("the tools found on the servers"). */
const provenanceLoose = (w: Words) => new RegExp(`(?:${w.verbs.provenance.any})\\s+$`, "i");

/** Adverbs between a trace noun and "used by" or "matched those of" ("the infrastructure once used by"). */
const traceAdverb = () => String.raw`\s+(?:${alternation(TRACE_VERB_ADVERBS)}|[\p{Ll}]+ly)`;
const traceDeterminer = () => alternation([...DEFINITE_DETERMINERS, "a", "an", "their"]);
const traceAuxiliary = () => alternation([...COPULAS, ...PERFECT_AUXILIARIES, ...DO_AUXILIARIES, ...MODALS]);

/**
 * The trace noun's own head phrase: a compound ("malware samples", "code base") and a coordinated
 * noun ("tools and techniques"); a verb there would take another head.
 */
const traceHead = (w: Words) =>
  String.raw`\b(?:${w.nouns.trace.any})(?:\s+(?!(?:${traceAuxiliary()}|that|which|and|or)\b)[\w'’-]+)?(?:\s+(?:and|or)\s+(?:(?:${traceDeterminer()})\s+)?[\w'’-]+)?`;

/**
 * "the tools and servers used in the intrusion matched those of X": the finite verb's subject is the
 * trace noun the trigger opens with, only its own modifiers (a participle's or a preposition's
 * phrase, a coordinated noun, adverbs) between.
 */
const matchedTrace = (w: Words) => {
  const nominal = String.raw`(?:(?:${traceDeterminer()})\s+)?[\w'’-]+(?:\s+[\w'’-]+)?`;
  const modifier = String.raw`\s+(?:(?:(?!(?:${traceAuxiliary()})\b)[\w'’-]+\s+)?(?:${alternation(HEAD_COMPLEMENT_PREPOSITIONS)})|and|or)\s+${nominal}`;
  return new RegExp(
    String.raw`^${traceHead(w)}(?:${modifier}|${traceAdverb()})*(?:\s+(?:that|which))?\s+(?:${w.verbs.provenanceMatch.any})\s+$`,
    "iu",
  );
};

/** "the malware samples that were previously used by": the trace phrase right before the participle, a passive's auxiliary between. */
const usedTrace = (w: Words) =>
  new RegExp(
    String.raw`${traceHead(w)}(?:(?:\s+(?:that|which))?\s+(?:${alternation(FINITE_BE)}|(?:${alternation(PERFECT_AUXILIARIES)})\s+been))?(?:${traceAdverb()})*\s+(?:${w.verbs.provenanceUse.any})\s+$`,
    "iu",
  );

/**
 * What stands before the trace noun "used by" qualifies: it is the attack's own when it opens its
 * clause ("analysts said the tools used by X") or is likened to the attack's traces ("the code
 * resembled tools used by X", "planted the same backdoor used by X"); not when another verb takes it
 * ("copied a tool", "stole tools").
 */
const usedTraceRole = (w: Words) => {
  const modifiers = String.raw`(?:(?:${traceDeterminer()})\s+)?(?:[\w'’-]+\s+){0,2}`;
  // A past form among the modifiers is a verb taking the trace noun as its object.
  const ownModifiers = String.raw`(?:(?:${traceDeterminer()})\s+)?(?:(?![\w'’-]+ed\s)[\w'’-]+\s+){0,2}`;
  return new RegExp(
    String.raw`(?:(?:^|[,;:"“(]|\b(?:that|said|says))\s*${ownModifiers}|\b(?:${w.verbs.traceLikeness.any}|the\s+same)\s+${modifiers})$`,
    "iu",
  );
};

/**
 * The trace noun heads the phrase before "used by" or "matched those of": no other verb or head noun
 * between ("the malware targeted computers used by X" is not X's).
 */
function traceHeaded(frame: Frame, at: number, word: string): boolean {
  const words = frame.state.lexicon.words;
  if (patternFor(words, "matched-trace", matchedTrace).test(word)) return true;
  const used = patternFor(words, "used-trace", usedTrace).exec(word);
  if (!used) return false;
  const before = frame.state.text.slice(frame.sentence.start, at + used.index);
  return (
    patternFor(words, "used-trace-role", usedTraceRole).test(before) &&
    !patternFor(words, "stolen-likened", stolenLikened).test(before)
  );
}

/** "the stolen files included tools used by X": what was taken, not what the attack left, holds X's tools. */
const stolenLikened = (w: Words) =>
  new RegExp(String.raw`\b(?:${w.verbs.steal.any})\b[^,;]*\b(?:${w.verbs.traceLikeness.any})\b`, "iu");

/**
 * "Badin, a GRU officer who prosecutors believe took part in the attack", "an SVR officer involved
 * in the intrusion", "the group participated in the campaign": the one who took part (the subject
 * of the clause, or the head of the phrase a relative clause or participle qualifies) is behind
 * the attack named as the object.
 */
export const participationRule: ClaimRule = {
  id: "participation",
  type: "attributed-to",
  trigger: (w) => new RegExp(`\\b(?:${w.verbs.participate.any}|involved\\s+in)\\s+`, "gi"),
  apply(frame, { at, end, before }) {
    if (negatedBefore(frame, at) || patternFor(frame.state.lexicon.words, "deny-word", denyWord).test(before))
      return;
    // "who could have taken part", "asked whether X took part": a question says nothing.
    if (/\b(?:who|whoever|whether|if)\s+(?:\w+\s+)?$/i.test(before)) return;
    const incident = frame.incidents.find((i) => i.start >= end && i.start < clauseEnd(frame, end));
    if (
      !incident ||
      !/^\s*(?:(?:the|this|that|these|those|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(
        frame.state.text.slice(end, incident.start),
      )
    )
      return;
    const actors = participants(frame, at);
    attribute(frame, incident.key, actors, [...believers(frame, at), ...frame.speakers], frame.hedged);
  },
};

/** ", a GRU officer": what stands between the apposition's comma and the body the office is in. */
const OFFICE_OPENING = /^,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

const denyWord = (words: Words) => new RegExp(`\\b(?:${words.verbs.deny.any})\\b`, "i");

/** "a GRU officer who German prosecutors believe took part": who says so inside the relative clause. */
function believers(frame: Frame, at: number): string[] {
  const re = patternFor(
    frame.state.lexicon.words,
    "relative-believer",
    (w) =>
      new RegExp(
        `\\b(?:who|whom|which|that)\\s+([^,;]{1,60}?)\\s+(?:${w.verbs.speech.present}|${w.verbs.speechThat.present}|suspect|suspects)\\s+$`,
        "i",
      ),
  );
  const m = re.exec(frame.state.text.slice(frame.sentence.start, at));
  if (!m) return [];
  const from = frame.sentence.start + m.index;
  return actorsOf(
    frame,
    frame.slots.filter((s) => s.kind === "actor" && s.start > from && s.end <= at),
  );
}

/**
 * Who takes part: the head an apposition or relative clause qualifies ("Badin, a GRU officer who
 * ... took part": Badin and the GRU), else the clause's subject.
 */
function participants(frame: Frame, at: number): string[] {
  const before = frame.state.text.slice(frame.sentence.start, at);
  const apposition = /,\s+(?:an?|the)\s+[^,;]*$/.exec(before);
  if (apposition) {
    const from = frame.sentence.start + apposition.index;
    // The person stage may have made the apposition part of the name's slot ("Petrov, a GRU officer").
    const head = [...frame.slots].reverse().find((s) => s.kind === "actor" && s.start < from);
    const office = frame.slots.filter(
      (s) =>
        s.kind === "actor" &&
        s.end <= at &&
        OFFICE_OPENING.test(frame.state.text.slice(from, Math.max(from, s.start))),
    );
    if (head && /^\s*$/.test(frame.state.text.slice(Math.min(head.end, from), from)))
      return [head, ...office.filter((s) => s !== head)].map((s) => s.key);
  }
  return subjectBefore(frame, at).map((s) => s.key);
}

/**
 * "the GRU's attempted hack of the parliament", "Iran's attack on the water utility": the possessor
 * of an attack noun followed by its target is the attacker.
 */
export const possessiveAgentRule: ClaimRule = {
  id: "possessive-agent",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `['’]s\\s+(?:(?:attempted|alleged|failed|latest|recent|suspected|earlier|new|massive|reported)\\s+)?(?:${w.nouns.attack.any})\\s+(?:on|against|into|of)\\s+(?!\\d|(?:${MONTH_OR_DAY})\\b)`,
      "gi",
    ),
  apply(frame, { at, end, before }) {
    if (negatedBefore(frame, at) || /\b(?:whether|if)\b/i.test(before)) return;
    const agent = frame.slots.find((s) => s.kind === "actor" && s.possessive && s.end === at);
    if (!agent || !attributable.has(typeOf(frame, agent.key) ?? "")) return;
    const incident = frame.incidents.find((i) => i.end > at && i.start < end);
    attribute(frame, incident?.key, [agent.key], frame.speakers, frame.hedged);
  },
};

/** "X was behind the attack", "pointed the finger at X", "X claimed responsibility". */
export const behindRule: ClaimRule = {
  id: "behind",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:is|was|are|were|had been|has been|have been|being|be|could be|may be|might be|likely)\\s+(?:\\w+\\s+){0,2}?(behind|responsible for|responsible(?=\\s*(?:[.,;"”]|$))|involved\\b)|\\b(${w.verbs.accuseAt.present}|${w.verbs.accuseAt.past})\\b|\\b(?:${w.verbs.selfClaim.past})\\s+(?:responsibility\\b|(?=(?:the|this|that|these|those|its|both|an?)\\s+(?:\\w+\\s+){0,2}?(?:${w.nouns.attack.any})\\b)|(?:it|them)\\b(?!\\s+(?:${alternation([...COPULAS, ...PERFECT_AUXILIARIES, ...MODALS, ...DO_AUXILIARIES])})\\b))`,
      "gi",
    ),
  apply(frame, { at, end, word, before }) {
    const { state } = frame;
    // "X was not behind it", "was never involved": the trigger's own gap may deny it too.
    if (negatedBefore(frame, at) || NEGATED_GAP.test(word)) return;
    if (/\b(who|whoever|what|which)\s+(?:\w+\s+)?$/i.test(before)) return; // "who could be behind" asks, it does not say
    const suspected = frame.hedged || /could|may|might|likely/i.test(word);
    // The actor said to be behind is the last one of the clause before the verb ("accused Russia of being behind").
    const from = clauseStart(frame, at);
    const nearest = [...frame.slots]
      .reverse()
      .find((s) => s.kind === "actor" && s.end <= at && s.start >= from);
    // "North Korean actors known as the Lazarus Group were behind": the named actor and its sponsor.
    const namer = nearest
      ? [...frame.slots]
          .reverse()
          .find(
            (s) =>
              s.kind === "actor" &&
              s.end <= nearest.start &&
              namingGap(state.lexicon.words).test(state.text.slice(s.end, nearest.start)) &&
              !namesIt(state.lexicon.words).test(state.text.slice(s.end, nearest.start)),
          )
      : undefined;
    // 'pointed at "the Zionist regime and the Americans"': the quotation is the object.
    const quoted = /^\s*["“]/.exec(state.text.slice(end, end + 3))?.[0].length ?? 0;
    const accusing = accusingPhrase(state.lexicon.words).test(word);
    const actors = accusing
      ? objectAfter(frame, end + quoted).map((s) => s.key)
      : nearest
        ? [nearest.key, ...(namer ? [namer.key] : [])]
        : [];
    const claimed = patternFor(
      state.lexicon.words,
      "self-claim-word",
      (w) => new RegExp(`^(?:${w.verbs.selfClaim.past})\\b`, "i"),
    ).test(word);
    // "X claimed it on Telegram": only a group claims an attack by a pronoun ("the ministry claimed it" may claim anything).
    if (claimed && PRONOUN_END.test(word) && (!nearest || typeOf(frame, nearest.key) !== "group")) return;
    // A group claiming an attack "was retaliation" still claims it; anyone else reports a clause.
    const reports =
      claimed &&
      (!nearest || typeOf(frame, nearest.key) !== "group") &&
      claimedClause(state.lexicon.words).test(state.text.slice(end));
    if (reports) return;
    // "Prague pointed the finger at Moscow": who points accuses.
    const pointers = accusing ? actorsOf(frame, subjectBefore(frame, at)) : [];
    attribute(
      frame,
      incidentNear(frame, at),
      actors,
      claimed ? [...actors, ...frame.speakers] : [...pointers, ...frame.speakers],
      suspected,
      claimed,
    );
  },
};

/**
 * "X claimed the intrusions were the work of Y", "claimed that the attack had come from Y": an
 * auxiliary after the attack noun makes it the subject of the clause X reports, so "claimed" says
 * something about the attack (the clause's own rules read it); it does not take responsibility,
 * unless X is a group ("X claimed the attacks were retaliation": a crew's claim gives its motive).
 */
const claimedClause = (words: Words) =>
  patternFor(
    words,
    "claimed-clause",
    (w) =>
      new RegExp(
        `^\\s*(?:that\\s+)?(?:${alternation(DEFINITE_DETERMINERS)}|an?)\\s+(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.attack.any})\\s+(?:${alternation([...FINITE_BE, ...PERFECT_AUXILIARIES, ...MODALS, ...DO_AUXILIARIES])})\\b`,
        "i",
      ),
  );

/** A trigger ending in the pronoun it claims ("claimed it", "bragged about them"). */
const PRONOUN_END = /\b(?:it|them)$/i;

/** A negation inside the behind trigger ("was not involved", "was never behind"); "was not only behind" affirms. */
const NEGATED_GAP = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(NEGATIONS)})(?!\s+(?:${alternation(FOCUS_ADVERBS)})\b)(?=\s|$)`,
  "i",
);

/** "the group we call X", "a crew Microsoft calls X": the actor right before the naming verb gives the name, it is not named. */
const namesIt = (words: Words) =>
  patternFor(
    words,
    "names-it",
    (w) => new RegExp(`^\\s+(?:(?:also|now|commonly|internally)\\s+)?(?:${w.verbs.naming.present})\\b`, "i"),
  );

const accusingPhrase = (words: Words) =>
  patternFor(
    words,
    "accusing-phrase",
    (w) => new RegExp(`^(?:${w.verbs.accuseAt.present}|${w.verbs.accuseAt.past})$`, "i"),
  );

/**
 * "The United States named North Korea as the culprit", "identified Iran as responsible for the
 * attack", "Russia was singled out as the perpetrator": the one named (the object, or the passive
 * subject) is behind the attack; the subject, or the by-agent, says so.
 */
export const culpritNamingRule: ClaimRule = {
  id: "culprit-naming",
  type: "attributed-to",
  trigger: (w) => new RegExp(`\\b(?:${w.verbs.identify.any})\\s+`, "gi"),
  apply(frame, { at, end, before }) {
    const { state } = frame;
    if (negatedBefore(frame, at)) return;
    const role = culpritRole(state.lexicon.words);
    if (PASSIVE_AUXILIARY.test(before)) {
      // "Iran was named by Chile as the culprit": the by-agent names, the subject is named.
      const agents = /^by\b/i.test(state.text.slice(end, end + 3)) ? objectAfter(frame, end) : [];
      const from = agents.length ? agents[agents.length - 1]!.end : end;
      if (!role.test(state.text.slice(from, clauseEnd(frame, from)))) return;
      const named = subjectBefore(frame, at).map((s) => s.key);
      attribute(
        frame,
        incidentNear(frame, end),
        named,
        [...actorsOf(frame, agents), ...frame.speakers],
        frame.hedged,
      );
      return;
    }
    const named = objectAfter(frame, end);
    const last = named[named.length - 1];
    const namers = actorsOf(frame, subjectBefore(frame, at));
    // "named the group as X", "identified the attackers as members of X": the name given
    // to whoever did it is the culprit's.
    const given = objectAfter(frame, end, [], true);
    const nameGiven =
      given[0] !== undefined &&
      culpritDescribed(state.lexicon.words).test(state.text.slice(end, given[0].start));
    if (!nameGiven) {
      if (!last || !headsPhraseAt(frame, end, named[0]!)) return;
      if (!role.test(state.text.slice(last.end, clauseEnd(frame, last.end)))) return;
    }
    attribute(
      frame,
      incidentNear(frame, end),
      (nameGiven ? given : named).map((s) => s.key),
      [...namers, ...frame.speakers],
      frame.hedged,
    );
  },
};

/**
 * What stands between "named"/"identified" and the name given to the culprit: a definite phrase
 * headed by an attacker, group or culprit noun, then "as" ("the group as", "the hackers behind
 * the attack as", "those responsible as members of").
 */
const culpritDescribed = (words: Words) =>
  patternFor(
    words,
    "culprit-described",
    (w) =>
      new RegExp(
        `^(?:the|those|these)\\s+(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.attacker.any}|${w.nouns.group.any}|${w.nouns.culprit.any}|responsible)(?:\\s+(?:behind|responsible\\s+for)\\s+(?:the|this|that|it)(?:\\s+[\\w-]+){0,2})?\\s+as\\s+(?:(?:the|a|an)\\s+)?(?:(?:members?|part|units?)\\s+of\\s+(?:the\\s+)?)?["“]?$`,
        "i",
      ),
  );

/** "as the culprit", "as the likely perpetrator", "as responsible", "as the state behind it". */
const culpritRole = (words: Words) =>
  patternFor(
    words,
    "culprit-role",
    (w) =>
      new RegExp(
        `^\\s*,?\\s*as\\s+(?:(?:the|a|an|its|their)\\s+)?(?:(?:${CULPRIT_MODIFIERS.join("|")})\\s+)?(?:${w.nouns.culprit.any}|responsible|(?:[\\w-]+\\s+)?(?:${w.nouns.culpritHead.any})\\s+(?:behind|responsible))\\b`,
        "i",
      ),
  );

/** What may stand right before an authorship noun: nothing lower-case, or a determiner or verb that predicates it. */
const authorshipLead = (w: Words) =>
  new RegExp(
    `(?:^|(?:^|[^a-z-])(?:${AUTHORSHIP_LEADS.join("|")}|${w.verbs.predicateAuthorship.any})\\s+|[^a-z\\s-]\\s*)$`,
    "i",
  );

/** "carried out by X", "the work of X", "attacks from X", "attributed to X" after the incident. */
export const passiveAgentRule: ClaimRule = {
  id: "passive-agent",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.verbs.perpetrate.participle}|${w.verbs.sponsor.participle})\\s+by\\b|\\b(?:(?:${AUTHORSHIP_MODIFIERS.join("|")})\\s+)?(?:${w.nouns.authorship.any})\\s+of\\b|\\b(?:cyber[- ]?war|attacks?|campaign|aggression|${w.verbs.perpetrate.participle}|originated|came)\\s+from\\b|\\b(?:${w.verbs.attribute.past})\\s+(?:it|them|the \\w+)?\\s*to\\b`,
      "gi",
    ),
  apply(frame, { at, end: after, word, before: lead }) {
    if (negatedBefore(frame, at)) return;
    // "the hard work of X's agency" praises: before an authorship noun only a determiner or a verb
    // predicating it of the attack ("bore the hallmarks of", "was the work of").
    const words = frame.state.lexicon.words;
    if (
      patternFor(
        words,
        "authorship-word",
        (w) => new RegExp(`(?:${w.nouns.authorship.any})\\s+of$`, "i"),
      ).test(word) &&
      !patternFor(words, "authorship-lead", authorshipLead).test(lead)
    )
      return;
    // "tried to make it look like the work of North Korea": a false flag points away from the culprit.
    if (
      /\b(?:look|looks|looked|appear|appears|appeared|seem|seems|seemed|disguised?)\s+(?:like|as)\s+(?:the\s+)?$/i.test(
        lead,
      )
    )
      return;
    // "the hospital's pharmacy, operated by the health board": "operated", "funded" by whom says who
    // stands behind an attack only when the attack (or its attackers) is what was run.
    if (governedBy(frame.state.lexicon.words).test(word) && !attackIsHead(frame, at)) return;
    // "carried out from Chinese territory": the first actor of the phrase after "from", a demonym too.
    const agents = /from$/i.test(word)
      ? frame.slots
          .filter((s) => s.kind !== "incident" && s.start >= after && s.start < clauseEnd(frame, after))
          .slice(0, 1)
          .map((s) => s.key)
      : agentAfter(frame, after, !governedBy(words).test(word) && !/\bto$/i.test(word));
    const before = [...frame.incidents].reverse().find((i) => i.end <= after);
    const incident = (before && appositionHead(frame, before)) ?? before?.key ?? incidentNear(frame, at);
    // "an attack the FBI attributed to X": the subject of the relative clause attributes.
    const attributor = before ? relativeSubject(frame, before.end, at) : [];
    // "attacks claimed by a group calling itself X": the agent claims them itself.
    const selfClaimed = patternFor(
      frame.state.lexicon.words,
      "self-claimed",
      (w) => new RegExp(`^(?:${w.verbs.selfClaim.participle})\\s+by$`, "i"),
    ).test(word);
    attribute(
      frame,
      incident,
      agents,
      [...actorsOf(frame, attributor), ...(selfClaimed ? agents : []), ...frame.speakers],
      frame.hedged,
      selfClaimed,
    );
  },
};

/**
 * The subject of a relative clause between an incident (ending at `from`) and its verb at `at`:
 * "an attack the FBI attributed to", "an attack that researchers at the firm X attributed to" (the
 * actors not governed by a preposition); "attacks on Y, which it attributed to": "it" or "they"
 * stands for the sentence's subject.
 */
function relativeSubject(frame: Frame, from: number, at: number): Slot[] {
  const { text } = frame.state;
  const gap = text.slice(from, at);
  // "attacks against the ministry, which it attributed": the incident's phrase may go on to its target.
  const relative = gap.length <= 120 ? RELATIVE_CLAUSE.exec(gap) : null;
  if (!relative) return [];
  const opens = from + relative.index + relative[1]!.length;
  if (PRONOUN_SUBJECT.test(relative[2]!)) return sentenceSubject(frame, from);
  return frame.slots.filter(
    (s) =>
      s.kind === "actor" &&
      s.start >= opens &&
      s.end <= at &&
      !s.possessive &&
      !GOVERNED.test(text.slice(Math.max(opens, s.start - 12), s.start)),
  );
}

/** A relative clause ending the text before its verb: its opening (a comma and relative word, or none) and its subject. */
const RELATIVE_CLAUSE = new RegExp(
  String.raw`(^\s*(?:${RELATIVE_WORD})?\s*|,\s*(?:${RELATIVE_WORD})\s+)([^,;:.“”"]+)$`,
  "iu",
);
/** "..., which it attributed", "that they later linked": the relative clause's subject is a pronoun. */
const PRONOUN_SUBJECT = new RegExp(String.raw`^(?:it|they)\s+${VERB_LEAD}$`, "iu");

/**
 * Who does what the verb at `at` says: its clause's subject; in a relative clause with no subject
 * of its own, what the relative word stands for ("the firm X, which first linked the wiper to Y":
 * X); "..., which it blamed on Y": the sentence's subject.
 */
function attributorsBefore(frame: Frame, at: number): Slot[] {
  const subject = subjectBefore(frame, at);
  if (subject.length > 0) return subject;
  const { text } = frame.state;
  const relative = RELATIVE_OPENING.exec(text.slice(frame.sentence.start, at));
  if (!relative) return [];
  const opens = frame.sentence.start + relative.index;
  if (relative[1]) return sentenceSubject(frame, opens);
  const antecedent = frame.slots.findLast((s) => s.kind === "actor" && s.end <= opens);
  return antecedent &&
    !antecedent.possessive &&
    /^\s*$/.test(text.slice(antecedent.end, opens)) &&
    isActor(frame, antecedent)
    ? [antecedent]
    : [];
}

/** ", which first linked", ", who blamed", ", which it attributed": a relative clause opening right before a verb. */
const RELATIVE_OPENING = new RegExp(
  String.raw`,\s*(?:${RELATIVE_WORD})\s+((?:it|they)\s+)?${VERB_LEAD}$`,
  "iu",
);

/** The sentence's subject before `at`: its first actor no preposition governs, past an opening phrase. */
function sentenceSubject(frame: Frame, at: number): Slot[] {
  const { text } = frame.state;
  const first = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.end <= at &&
      !s.possessive &&
      isActor(frame, s) &&
      !GOVERNED.test(text.slice(Math.max(frame.sentence.start, s.start - 12), s.start)),
  );
  return first ? pastOpeningPhrase(frame, [first], at) : [];
}

/**
 * "the 2014 hack of Sony Pictures, an attack the FBI attributed to X": an indefinite attack noun in
 * apposition to an incident names that incident, whatever the incident stage made of it alone.
 */
function appositionHead(frame: Frame, mention: { start: number; end: number }): string | undefined {
  const { text } = frame.state;
  if (!/^an?\s/i.test(text.slice(mention.start, mention.end))) return undefined;
  const head = [...frame.incidents].reverse().find((i) => i.end <= mention.start);
  // The head's phrase may go on to its target ("the 2014 hack of Sony Pictures Entertainment, an attack").
  return head && /^[^,;:.]{0,60},\s*$/.test(text.slice(head.end, mention.start)) ? head.key : undefined;
}

/**
 * The subject that acts in the clause before `at`, past a phrase naming who reports it: "According
 * to French officials, Iran carried out the attack" is Iran's act, reported by France.
 */
function actingSubject(frame: Frame, at: number): string[] {
  return pastOpeningPhrase(frame, subjectBefore(frame, at), at).map((s) => s.key);
}

/**
 * The participle at `at` qualifies an attack or its attackers: the phrase it qualifies (see
 * participleHead) ends in an attack noun, an incident or an attacker ("ransomware developed by",
 * "the raids on the exchange, claimed by", "intruders backed by"), or a passive's subject holds one
 * ("The wiper used at the mine was written by"); "a payment portal that is run by" does not.
 */
function attackIsHead(frame: Frame, at: number): boolean {
  const head = participleHead(frame, at);
  const phrase = frame.state.text.slice(head.start, head.end);
  const words = frame.state.lexicon.words;
  if (head.whole)
    return (
      patternFor(words, "attack-or-attacker-noun", attackOrAttackerNoun).test(phrase) ||
      frame.incidents.some((i) => i.start >= head.start && i.end <= head.end)
    );
  if (patternFor(words, "attack-phrase-end", attackNounEnd).test(`${phrase} `)) return true;
  if (patternFor(words, "attacker-noun-end", attackerNounEnd).test(`${phrase} `)) return true;
  return frame.incidents.some(
    (i) => i.end <= head.end && /^\s*,?\s*$/.test(frame.state.text.slice(i.end, head.end)),
  );
}

const attackOrAttackerNoun = (words: Words) =>
  new RegExp(
    `\\b(?:${words.nouns.attack.any}|${words.nouns.incident.any}|${words.nouns.hostileAct.any}|${words.nouns.attacker.any}|${words.nouns.group.any}|${words.nouns.trace.any})\\b`,
    "i",
  );

const attackerNounEnd = (words: Words) =>
  new RegExp(
    `\\b(?:${words.nouns.attacker.any}|${words.nouns.group.any}|${words.nouns.trace.any})\\s*,?\\s+$`,
    "i",
  );

/** An attack noun, with the phrase naming what it hit, ending the lead ("the raids on the exchange, claimed by"). */
const attackNounEnd = (words: Words) =>
  new RegExp(
    `\\b(?:${words.nouns.attack.any}|${words.nouns.incident.any}|${words.nouns.hostileAct.any})(?:\\s+(?:on|against|at|of|in|into|targeting)\\s+[^,;:.]{1,60}?)?\\s*,?\\s+$`,
    "i",
  );

/**
 * "Sandworm had almost certainly carried out the attack": the subject did it. 'X and Y "planned
 * and directed" the attack': the verb may close a quotation, its subject standing before it.
 */
export const activeAgentRule: ClaimRule = {
  id: "active-agent",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.verbs.perpetrate.past})["”]?\\s+(?=(?:the|this|that|these|those|a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:${w.nouns.attack.any})\\b)`,
      "gi",
    ),
  apply(frame, { at, end, before }) {
    if (negatedBefore(frame, at) || /\bby\s+$/i.test(before)) return;
    const agents = actingSubject(frame, at);
    const incident = frame.incidents.find((i) => i.start >= end)?.key;
    attribute(frame, incident, agents, frame.speakers, frame.hedged);
  },
};

/** "the group known as Hafnium had exploited flaws in the email software": the subject got in. */
export const exploitRule: ClaimRule = {
  id: "exploit",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.verbs.exploit.past}|${w.verbs.exploit.third})\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${w.nouns.flaw.any})\\b`,
      "gi",
    ),
  apply(frame, { at, before }) {
    if (negatedBefore(frame, at) || /\b(?:be|been|was|were|is|are|being)\s+$/i.test(before)) return;
    const agents = actingSubject(frame, at);
    attribute(frame, incidentNear(frame, at), agents, frame.speakers, frame.hedged);
  },
};

/** A passive auxiliary right before the verb ("was linked", "had previously been tied"). */
export const PASSIVE_AUXILIARY =
  /\b(?:was|were|is|are|been|being|be)\s+(?:(?:previously|also|now|since|repeatedly|publicly|formally|widely|first|already|long)\s+)?$/i;

/**
 * A gerund of linking that modifies the object of a denial verb in its own clause ("rejected claims
 * linking it to", 'dismissed what it called "smears" tying Moscow to'): no comma or stop between.
 */
const deniedLink = (w: Words) =>
  new RegExp(`\\b(?:${w.verbs.deny.any})\\b[^,;:.!?]{0,80}\\s(?:${w.verbs.attribute.gerund})$`, "i");

/** "formally attributed the February cyberattack on Viasat to Russia", "linked APT40 to a 2021 compromise". */
export const attributeRule: ClaimRule = {
  id: "attribute",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      // The base form only after a pronoun subject ("We attribute", "they link"): alone it may be a noun ("a link to").
      `\\b(?:${w.verbs.attribute.past}|${w.verbs.attribute.third}|${w.verbs.attribute.gerund})\\b|\\b(?:we|they)\\s+(?:(?:[a-z]+ly|also|now|still|further)\\s+)?(?:${w.verbs.attribute.present})\\b`,
      "gi",
    ),
  apply(frame, { at, end: after, before }) {
    const { state } = frame;
    if (negatedBefore(frame, at)) return;
    // 'rejects what it calls "insinuations" linking Russia to the attack': the link is what is denied.
    if (
      patternFor(state.lexicon.words, "denied-link", deniedLink).test(
        state.text.slice(frame.sentence.start, after),
      )
    )
      return;
    const end = clauseEnd(frame, after);
    const incident = frame.incidents.find((i) => i.start >= at && i.start < end);
    if (!incident) return;
    // "APT41 had been linked by Canadian officials to a 2021 intrusion": the passive subject is the
    // one attributed, the by-agent attributes.
    if (PASSIVE_AUXILIARY.test(before)) {
      const agents = /^\s*by\b/i.test(state.text.slice(after, incident.start))
        ? objectAfter(frame, after).filter((s) => s.end <= incident.start)
        : [];
      const actors = subjectBefore(frame, at).map((s) => s.key);
      attribute(frame, incident.key, actors, [...actorsOf(frame, agents), ...frame.speakers], frame.hedged);
      return;
    }
    const claimants = [...new Set([...actorsOf(frame, attributorsBefore(frame, at)), ...frame.speakers])];
    // "linked a group known as APT40 to a 2021 compromise of ...": the actor comes first.
    const between = state.text.slice(after, incident.start);
    if (
      /\bto\s+(?:(?:the|an?|this|that)\s+)?(?:[\w-]+\s+){0,3}$/i.test(between) &&
      !/^\s*to\b/i.test(between)
    ) {
      const actors = frame.slots
        .filter((s) => s.kind === "actor" && s.start >= after && s.end <= incident.start)
        .map((s) => s.key);
      attribute(frame, incident.key, actors, claimants, frame.hedged);
      return;
    }
    const to = / to\s+/.exec(state.text.slice(incident.end, end));
    if (!to) return;
    const actors = objectAfter(frame, incident.end + to.index).map((s) => s.key);
    attribute(frame, incident.key, actors, claimants, frame.hedged);
  },
};

/**
 * "The same group stole data from the finance ministry in 2023", "that same crew is blamed for a
 * 2021 intrusion at Y": a definite "same" group or attacker phrase, the doer of its clause, refers
 * back to the group the text named last; the incidents its clause names are that group's.
 */
export const sameGroupRule: ClaimRule = {
  id: "same-group",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      // Doers' nouns only: a "team" or "unit" is as often a responder's as an attacker's.
      `\\b(?:the|that|this)\\s+same\\s+(?:[\\w-]+\\s+)?(?:${w.nouns.group.any}|${w.nouns.attacker.any}|${w.nouns.culprit.any}|${w.nouns.perpetrator.any})\\b`,
      "gi",
    ),
  apply(frame, { at, end, before }) {
    const { state } = frame;
    if (negatedBefore(frame, at)) return;
    // "linked to the same group", "it was the same group": an object or a complement, not the subject.
    if (GOVERNED.test(before) || COPULA_BEFORE.test(before)) return;
    // The phrase is the doer: an active attack or theft verb follows it, or "was behind / responsible for"
    // ("the same group, which", "the same group that hit X" head a relative clause: no verb follows).
    const deed = patternFor(state.lexicon.words, "same-group-deed", sameGroupDeed).exec(
      state.text.slice(end, frame.sentence.end),
    );
    // "was wrongly blamed for": the adverb takes the deed back.
    if (!deed || DISOWNING_ADVERB.test(deed[0])) return;
    // An actor of the clause's own stands before it (the subject is someone else's).
    const from = clauseStart(frame, at);
    if (
      frame.slots.some(
        (s) => s.kind === "actor" && s.start >= from && s.end <= at && !frame.speakerSlots.includes(s),
      )
    )
      return;
    const group = lastGroupBefore(frame, at);
    if (!group) return;
    for (const incident of sameGroupIncidents(frame, end, end + deed[0].length))
      attribute(frame, incident, [group], frame.speakers, frame.hedged);
  },
};

/**
 * The incidents a "same group" clause from `end` names: those of its clause (the incident's span may
 * open on the subject itself, "the same group stole data from X"); when the deed (ending at
 * `deedEnd`) is said of a counted attack phrase that a colon opens a list of ("was behind two other
 * intrusions in the region: last year ..., and in March ..."), the first incidents of the list, as
 * many as counted, not the phrase itself.
 */
function sameGroupIncidents(frame: Frame, end: number, deedEnd: number): string[] {
  const { state } = frame;
  const counted = patternFor(state.lexicon.words, "counted-list-opening", countedListOpening).exec(
    state.text.slice(deedEnd, frame.sentence.end),
  );
  if (counted) {
    const listed = frame.incidents.filter((i) => i.start >= deedEnd + counted[0].length);
    const count = COUNT_WORDS.indexOf(counted[1]!.toLowerCase()) + 1;
    return listed.slice(0, count > 0 ? count : listed.length).map((i) => i.key);
  }
  // A quoted hedge ('was "most likely" responsible for') does not end the clause.
  const until = clauseEnd(frame, end, true);
  return frame.incidents.filter((i) => i.end > end && i.start < until).map((i) => i.key);
}

/**
 * The complement of the deed: "two earlier operations in the region: ", "several other intrusions
 * as well: ", a counted plural attack noun, then (in the same clause) a colon.
 */
const countedListOpening = (w: Words) =>
  new RegExp(
    String.raw`^\s+(${alternation([...COUNT_WORDS.slice(1), "several"])})\s+(?:(?:${alternation(COUNTED_ATTACK_MODIFIERS)})\s+)*(?:${w.nouns.attack.any})\b[^:;.]{0,40}:\s*`,
    "i",
  );

/** "wrongly", "falsely": an adverb in the verb group that takes the deed back. */
const DISOWNING_ADVERB = new RegExp(String.raw`\b(?:${alternation(DISOWNING_ADVERBS)})\b`, "i");

/** A copula right before a phrase: the phrase is its complement ("it was the same group"). */
const COPULA_BEFORE = new RegExp(`\\b(?:${COPULAS.join("|")})\\s+$`, "i");

/**
 * What a "same group" subject did, right after it: an active attack, theft or perpetration verb
 * ("had quietly infiltrated", "stole"; not "was hacked", whose subject was hit, nor "hacked by") or
 * a responsibility phrase ("was behind", "is blamed for").
 */
const sameGroupDeed = (w: Words) => {
  const deeds = [w.verbs.attack, w.verbs.hit, w.verbs.steal, w.verbs.perpetrate, w.verbs.impact];
  const active = deeds.flatMap((v) => [v.past, v.third, v.participle]).join("|");
  // 'was "most likely" responsible for', "was most probably behind": a hedge, quoted or not, may
  // stand between the copula and the phrase.
  const hedge = String.raw`(?:["“]?\s*(?:(?:most|almost|very|highly)\s+)?(?:${w.hedges}|\p{Ll}+ly)\s*["”]?\s+)?`;
  return new RegExp(
    `^\\s+${VERB_LEAD}(?:(?:${active})\\b(?!\\s+by\\b)|(?:${COPULAS.join("|")})\\s+${VERB_LEAD}${hedge}(?:behind|responsible\\s+for|(?:${w.verbs.blame.participle})\\s+(?:by\\s+[^,;:.]{1,60}?\\s+)?(?:for|over)))\\b`,
    "iu",
  );
};

/** Wording that blames by itself: "Russian-backed coup plot", "its invasion of Ukraine". */
export const blamingWordingRule: ClaimRule = {
  id: "blaming-wording",
  type: "attributed-to",
  apply(frame) {
    // "Bolivian officials said hackers breached …": who speaks is not the one blamed.
    const speaking = new Set(frame.speakerSlots.map((s) => s.key));
    // Wording that blames no one attributes nothing: only a transcript turn's speaker, whom finding
    // the claimants (reportersOf) adds to the article, is left for `attribute` to find.
    const { state, sentence } = frame;
    const blamesNoOne = (incident: IncidentSlot) =>
      incident.attackers.length === 0 && !turnLabelled(state.text, sentence.start, sentence.end);
    for (const incident of frame.incidents) {
      if (blamesNoOne(incident)) continue;
      // "There is no evidence that Bolivia-linked hackers breached …": nothing is said.
      if (negatedBefore(frame, incident.start)) continue;
      const attackers = incident.attackers.filter((a) => !speaking.has(a));
      attribute(frame, incident.key, attackers, frame.speakers, frame.hedged);
    }
  },
};

/** An accusation "similar" to this one is another one ("any similar charge", "such similar claims"). */
const SIMILAR_OBJECT = new RegExp(
  String.raw`^\s*["”]?\s*(?:(?:${[...KIND_QUANTIFIERS, ...DEFINITE_DETERMINERS].join("|")})\s+)?(?:other\s+)?similar\s`,
  "i",
);
/**
 * A habit adverb in the verb group that ends right before the denial verb: "routinely denies", "has in
 * the past rejected", "has, in the past, dismissed". Only auxiliaries and -ly adverbs may stand between
 * it and the verb, so an adverb of the denier's relative clause ("Peru, which regularly comments on
 * such matters, denied"; "which was accused of similar attacks in the past, denied") does not count.
 */
const HABITUAL_VERB_GROUP = (() => {
  const habit = HABIT_ADVERBS.map((a) => a.replaceAll(" ", String.raw`\s+`)).join("|");
  const auxiliary = [...PERFECT_AUXILIARIES, ...DO_AUXILIARIES, ...MODALS].join("|");
  return new RegExp(
    String.raw`(?:\b(?:${habit})\s+|,\s*(?:${habit})\s*,\s*)(?:(?:${auxiliary}|\p{Ll}+ly)\s+)*$`,
    "iu",
  );
})();

/** A negation or a refusal right before a verb ("has not", "never", "did not publicly", "refused to"). */
const NEGATED_VERB = new RegExp(
  String.raw`\b(?:${alternation(VERB_NEGATORS)})\s+(?:(?:${alternation(NEGATED_VERB_ADVERBS)})\s+)?$`,
  "i",
);

/** "Russia denied the accusations", "rejected any involvement in the attack": the denier denies. */
export const denialRule: ClaimRule = {
  id: "denial",
  type: "denied",
  trigger: (w) => new RegExp(`\\b(${w.verbs.deny.any})\\b`, "gi"),
  apply(frame, { at, end: after }) {
    const { state } = frame;
    // 'rejected what it called "hostile claims"': the quotation names the object, and the clause
    // goes on past it ('what it calls "allegations" linking Russia to the attack').
    const named = calledAccusation(frame, after);
    // 'Peru "opposes" hacking in all its forms': a quote closing on the verb does not end its clause.
    const objectFrom = named ?? (/^["”]/.test(state.text.slice(after, after + 1)) ? after + 1 : after);
    const clauseEndsAt = clauseEnd(frame, objectFrom);
    const object = state.text.slice(after, clauseEndsAt);
    if (deniedBefore(frame, at)) return;
    // "Moscow has not rejected the allegations", "declined to deny any role": no denial was made.
    if (NEGATED_VERB.test(state.text.slice(frame.sentence.start, at))) return;
    // "dismissed the allegations as a smear by those who want A and B at odds": the accusation is the
    // object; an incident the clause names later is not what is denied.
    const accusationObject = patternFor(state.lexicon.words, "accusation-object", accusationAlone).test(
      object,
    );
    const incidentAfter = accusationObject
      ? undefined
      : frame.incidents.find((i) => i.start >= after && i.start < clauseEndsAt);
    if (!incidentAfter && named === undefined && !denialObject(state.lexicon.words).test(object)) return;
    // "has in the past rejected similar allegations", "routinely denies conducting cyber operations":
    // a habit of denying, no answer to this incident.
    // An object naming an incident ("denied any role in the attack") answers it, habit or not.
    const habitual = !incidentAfter && HABITUAL_VERB_GROUP.test(state.text.slice(frame.sentence.start, at));
    if ((SIMILAR_OBJECT.test(object) || habitual) && !DEFINITE_OBJECT.test(object)) return;
    // "denied any role in the Bangladesh heist": an event the text names but no incident of it was found.
    if (!incidentAfter && namedEvent(state.lexicon.words).test(object)) return;
    // "Beijing denied everything", "dismissed the findings", in a sentence naming no attack: every
    // incident laid at its door so far.
    const blanket = frame.incidents.length === 0 && BLANKET_DENIAL.test(object);
    // A spokesperson denies for the ministry and the state it speaks for.
    for (const key of withStateSpeakers(frame, deniersOf(frame, subjectBefore(frame, at)))) {
      const accusedOf = blanket
        ? state.claims.filter((c) => c.type === "attributed-to" && c.target === key).map((c) => c.source)
        : [];
      const incident = incidentAfter?.key ?? deniedIncident(frame, key, after, accusationObject);
      for (const denied of new Set(accusedOf.length ? accusedOf : incident ? [incident] : []))
        emit(frame, "denied", key, denied, { claimants: [] });
    }
  },
};

/**
 * 'what it calls "allegations"', 'what he termed "baseless claims"' after a denial verb: the end of
 * the quotation when it names an accusation, else undefined. A dismissal alone in the quotation
 * ('what it called "absurd"') is not taken: on validation it added more false denials than found ones.
 */
function calledAccusation(frame: Frame, after: number): number | undefined {
  const words = frame.state.lexicon.words;
  const called = patternFor(
    words,
    "what-it-calls",
    () =>
      new RegExp(
        String.raw`^\s*["”]?\s*what\s+(?:it|he|she|they)\s+(?:${alternation(LABELLING_VERBS)})\s+["“]([^"”]{1,80})["”]`,
        "u",
      ),
  ).exec(frame.state.text.slice(after, frame.sentence.end));
  const accusing = patternFor(
    words,
    "accusation-word",
    (w) => new RegExp(`\\b(?:${w.nouns.accusation.any})\\b`, "i"),
  );
  if (!called) return undefined;
  const end = after + called[0].length;
  // '"insinuations" linking Russia to the attack': what the quotation links to an actor accuses, whatever its word.
  const linking = patternFor(
    words,
    "linking-next",
    (w) => new RegExp(`^\\s+(?:${w.verbs.attribute.gerund})\\b`, "i"),
  );
  return accusing.test(called[1]!) || linking.test(frame.state.text.slice(end)) ? end : undefined;
}

/**
 * "…, an accusation Washington dismissed", "claims that Moscow has always denied": the accusation
 * stands before its denier, the object of a relative clause. The denier denies what the sentence
 * (or, failing that, an earlier one) laid at its door. True when the sentence was read so.
 */
function deniedBefore(frame: Frame, at: number): boolean {
  const { state } = frame;
  const before = state.text.slice(frame.sentence.start, at);
  const relative = patternFor(
    state.lexicon.words,
    "accusation-relative",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.nouns.accusation.any})\s+(?:(?:that|which)\s+)?(?:the\s+)?([^\s,;:.“”"][^,;:.“”"]{0,40}?)\s+${VERB_LEAD}(?:always\s+|repeatedly\s+|since\s+)*$`,
        "iu",
      ),
  ).exec(before);
  if (!relative) return false;
  const from = frame.sentence.start + relative.index + relative[0].indexOf(relative[1]!);
  const deniers = frame.slots.filter(
    (s) => s.kind === "actor" && s.start >= from && s.end <= from + relative[1]!.length,
  );
  if (deniers.length === 0) return false;
  for (const key of deniersOf(frame, deniers)) {
    const accused = state.claims.findLast(
      (c) =>
        c.type === "attributed-to" &&
        c.evidence[0]!.start === frame.sentence.start &&
        (c.target === key || state.entities.get(c.target)?.country === key),
    );
    const incident = accused?.source ?? state.lastAccusedOf.get(key);
    if (incident) emit(frame, "denied", key, incident, { claimants: [] });
  }
  return true;
}

/** A mission abroad: what it rejects, the state it represents rejects. */
const REPRESENTATION = /^(?:embassy|consulate|high commission|permanent mission)\b/i;

/**
 * Who denies: the subject's actors (a spokesperson with the ministry and state it speaks for),
 * and for an embassy or consulate the state it represents ("the Russian embassy in Oslo
 * dismissed the allegation": the embassy and Russia).
 */
function deniersOf(frame: Frame, slots: Slot[]): string[] {
  const keys = actorsOf(frame, slots);
  for (const key of [...keys]) {
    const mission = frame.state.entities.get(key);
    if (mission?.type === "agency" && mission.country && REPRESENTATION.test(mission.label))
      if (!keys.includes(mission.country)) keys.push(mission.country);
  }
  return keys;
}

/**
 * "Peru 'opposes' hacking, its embassy told reporters": who speaks the sentence
 * for a state that denies (its mission, its ministry, their spokespeople) denies with it.
 */
function withStateSpeakers(frame: Frame, deniers: string[]): string[] {
  const states = new Set(deniers.filter((k) => typeOf(frame, k) === "state"));
  if (states.size === 0) return deniers;
  const out = [...deniers];
  for (const speaker of frame.speakerSlots) {
    const keys = deniersOf(frame, [speaker]);
    if (!keys.some((k) => states.has(k))) continue;
    for (const key of keys) if (!out.includes(key)) out.push(key);
  }
  return out;
}

/** "the accusation" standing alone as a denial's object: no "of", "that" or "linking" names what it accuses. */
const accusationAlone = (words: Words) =>
  new RegExp(
    `^\\s*["”]?\\s*(?:the|these|those|such|its|any|all|all\\s+the)\\s+(?:${words.nouns.accusation.any})(?![\\w-])(?!\\s+(?:of|that|over|about|linking|tying|connecting|regarding|concerning|against|on|by|from|in\\s+connection)\\b)`,
    "i",
  );

/**
 * The incident a denial at `at` answers: one named after it in the clause; for "those accusations",
 * the one the sentence before laid at anyone's door; else the last one laid at the denier's door,
 * else at its side's (its state, that state's bodies, their groups) unless of an earlier year than
 * the one under discussion, else the cyber attack under discussion (a denial in cyber news does not
 * answer an invasion it was never accused of).
 */
function deniedIncident(
  frame: Frame,
  denier: string,
  after: number,
  /**
   * The clause names no incident denied, even if an incident stands in it: a habit with an
   * indefinite object ("has never run hacking campaigns against X"), or an accusation standing
   * alone ("dismissed the charge in a note, calling it a smear aimed at X").
   */
  clauseNamesNoIncident = false,
): string | undefined {
  const { state } = frame;
  const end = clauseEnd(frame, after);
  const named = clauseNamesNoIncident
    ? undefined
    : frame.incidents.find((i) => i.start >= after && i.start < end)?.key;
  if (named) return named;
  if (DEMONSTRATIVE_ACCUSATION.test(state.text.slice(after, end))) {
    const last = state.claims.findLast((c) => c.type === "attributed-to" && c.source.startsWith("incident:"));
    const gap = last ? state.text.slice(last.evidence[0]!.end, frame.sentence.start) : "";
    if (last && last.evidence[0]!.end <= frame.sentence.start && /^(?:\s|<[^>]*>)*$/.test(gap))
      return last.source;
  }
  const current = frame.currentIncident;
  const isCyber = (key: string | undefined) =>
    !!key && (state.entities.get(key)?.kind ?? "cyber") === "cyber";
  // An embassy answers for its state: what the state was accused of.
  const mission = state.entities.get(denier);
  const country = mission && REPRESENTATION.test(mission.label) ? mission.country : undefined;
  return (
    state.lastAccusedOf.get(denier) ??
    (country ? state.lastAccusedOf.get(country) : undefined) ??
    notEarlier(state, lastAccusedOfSide(state, country ?? denier), current) ??
    laterAccused(state, current) ??
    (isCyber(current) ? current : (latestIncident(state, "cyber") ?? current))
  );
}

/**
 * The incident last laid at the door of a denier's side: its state, that state's bodies and persons,
 * and the groups said to work for any of them ("the group operates on behalf of China's MSS ... China's
 * foreign ministry rejected the accusation").
 */
function lastAccusedOfSide(state: ClaimState, denier: string): string | undefined {
  const home = state.entities.get(denier)?.country ?? denier;
  const side = new Set(
    [...state.entities.values()].filter((e) => e.key === home || e.country === home).map((e) => e.key),
  );
  for (const c of state.claims)
    if (c.type === "attributed-to" && side.has(c.target) && entityType(state, c.source) === "group")
      side.add(c.source);
  return state.claims.findLast(
    (c) => c.type === "attributed-to" && side.has(c.target) && entityType(state, c.source) === "incident",
  )?.source;
}

/** An incident, unless dated in an earlier year than the one under discussion (a recalled past attack). */
function notEarlier(state: ClaimState, incident: string | undefined, current: string | undefined) {
  return (yearsAfter(state, incident, current) ?? 0) < 0 ? undefined : incident;
}

/**
 * "Beijing rejected the findings" when only a group was blamed, after the article recalled an older
 * attack: the incident last laid at anyone's door, when it is dated in a later YEAR than the one under
 * discussion (a recalled past attack is not what today's denial answers). Years only: a month later
 * in the same year is not taken as later.
 */
function laterAccused(state: ClaimState, current: string | undefined): string | undefined {
  const accused = state.claims.findLast(
    (c) => c.type === "attributed-to" && entityType(state, c.source) === "incident",
  )?.source;
  return (yearsAfter(state, accused, current) ?? 0) > 0 ? accused : undefined;
}

/** How many years an incident's date lies after that of the one under discussion; undefined if either is undated. */
function yearsAfter(state: ClaimState, incident: string | undefined, current: string | undefined) {
  const from = current ? state.entities.get(current)?.date : undefined;
  const to = incident ? state.entities.get(incident)?.date : undefined;
  return from && to ? parsePartialDate(to).year - parsePartialDate(from).year : undefined;
}

/** An object opened by a definite determiner ("the 2019 attack", "that intrusion"); "such" is no name. */
const DEFINITE_OBJECT = new RegExp(
  `^\\s*["“]?\\s*(?:${DEFINITE_DETERMINERS.filter((d) => d !== "such").join("|")})\\s`,
  "i",
);

/** "dismissed those accusations", "rejected these claims": the accusation just reported. */
const DEMONSTRATIVE_ACCUSATION =
  /^\s*(?:those|these|such|the\s+same)\s+(?:accusations?|allegations?|claims?|charges?)\b/i;

/**
 * Denials state media word without a denial verb: "Moscow has nothing to do with the attacks",
 * "has no connection to this incident", "has never conducted cyberattacks", "called the
 * charges unfounded".
 */
export const disavowalRule: ClaimRule = {
  id: "disavowal",
  type: "denied",
  trigger: (w) =>
    new RegExp(
      `\\b(?:(?:has|had|have)\\s+["“]?(?:nothing\\s+to\\s+do\\s+with|no\\s+(?:connection|involvement|role|links?)(?:\\s+whatsoever)?["”]?\\s+(?:to|in|with))|(?:the|these|those|such|this|that)\\s+(?:${w.nouns.accusation.any})\\s+(?:was|were|is|are)\\s+["“]?(?:(?:a|an|simply|totally|completely|entirely)\\s+)*(?:[\\w-]+\\s+)?(?:${w.dismissal})|(?:never|not)\\s+(?:(?:${w.verbs.perpetrate.any}|engaged?\\s+in|engages\\s+in|resorts?\\s+to)["”]?\\s+(?=["“]?(?:[\\w-]+["”]?\\s+["“]?){0,4}?(?:(?:${w.nouns.attack.any})|hacking|cyber[- ]?\\w+|malicious|these\\s+methods)))|(?:${w.verbs.speech.past}|called|calling|calls)\\s+(?:the|these|such|those|all)\\s+(?:${w.nouns.accusation.any})\\s+(?:as\\s+)?["“]?(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+)?(?:${w.dismissal}))`,
      "gi",
    ),
  apply(frame, { at, end, word }) {
    // "X said the accusations were baseless": the one who says so denies.
    const subject = subjectBefore(frame, at);
    const judgesAccusation = /^(?:the|these|those|such|this|that)\s/i.test(word);
    // "has never carried out attacks on X" is a habit; "has never carried out the 2019 attack on X"
    // names the incident it denies.
    const habitual = /^(?:never|not)\s/i.test(word) && !DEFINITE_OBJECT.test(frame.state.text.slice(end));
    const deniers = subject.length > 0 || !judgesAccusation ? subject : frame.speakerSlots;
    for (const key of deniersOf(frame, deniers)) {
      if (!["state", "agency", "organization", "group", "person"].includes(typeOf(frame, key) ?? ""))
        continue;
      const incident = deniedIncident(frame, key, end, habitual);
      if (incident) emit(frame, "denied", key, incident, { claimants: [] });
    }
  },
};

/** 'said the campaign was "totally unacceptable"': judging the attack condemns it. */
export const verdictRule: ClaimRule = {
  id: "verdict",
  type: "condemned",
  trigger: (w) =>
    new RegExp(
      `\\b(?:was|were|is|are|as)\\s+(?:an?\\s+)?["“]?(?:(?:totally|completely|utterly|wholly|simply|absolutely|deeply)\\s+)?(?:${w.verdict})\\b`,
      "gi",
    ),
  apply(frame, { at }) {
    if (negatedBefore(frame, at)) return;
    // The attack is the subject judged, in the same clause as the verdict.
    const from = clauseStart(frame, at);
    const incident = [...frame.incidents].reverse().find((i) => i.end <= at && i.start >= from)?.key;
    for (const actor of condemners(frame, actorsOf(frame, frame.speakerSlots)))
      emit(frame, "condemned", actor, incident, { claimants: [] });
  },
};

/** "NATO condemned the attack"; "Japan was among the countries that also condemned it". */
export const condemnRule: ClaimRule = {
  id: "condemn",
  type: "condemned",
  trigger: (w) => new RegExp(`\\b(${w.verbs.condemn.any})\\b`, "gi"),
  apply(frame, { at, end: after, before }) {
    const { state } = frame;
    // "Quito urged its neighbours to condemn the attack", "declined to condemn it": no one condemned.
    if (actLeftUndone(state.lexicon.words).test(state.text.slice(clauseStart(frame, at), at))) return;
    // "did not condemn the attack", "would condemn any such attack": no condemnation was made.
    if (NEGATED_VERB.test(before) || MODAL_BEFORE.test(before)) return;
    // Only an attack named as the object is condemned ("condemned the decision to cut ties" is not);
    // an object that only describes an attack ("the attack", 'what she called "malicious cyber
    // activity"') is the attack under discussion.
    const named = frame.incidents.find((i) => i.start >= after && i.start < clauseEnd(frame, after))?.key;
    const object = state.text.slice(after, frame.sentence.end);
    const described =
      !named &&
      !negatedBefore(frame, at) &&
      (describedAttack(state.lexicon.words).test(object) ||
        // "condemned it/them" stands for anything said since the attack, unless that was the attack.
        (ATTACK_PRONOUN.test(object) && incidentInSentenceBefore(frame)));
    const incident = named ?? (described ? incidentNear(frame, after) : undefined);
    const among = AMONG_THOSE_WHO.exec(state.text.slice(frame.sentence.start, at));
    const subject = subjectBeforeAside(frame, at) ?? subjectBefore(frame, at);
    // "X said the group was behind it, and condemned ...": the speaker's second verb.
    const actors =
      subject.length === 0 && among
        ? subjectBefore(frame, frame.sentence.start + among.index)
        : SECOND_VERB.test(before) && frame.speakerSlots.length > 0
          ? frame.speakerSlots
          : subject;
    for (const actor of condemners(frame, actorsOf(frame, actors)))
      emit(frame, "condemned", actor, incident, { claimants: [] });
  },
};

/** A modal right before a verb ("would condemn", "could be condemned"): a condemnation not yet made. */
const MODAL_BEFORE = new RegExp(String.raw`\b(?:${alternation(MODALS)})\s+(?:\p{Ll}+ly\s+)?$`, "iu");

/** A verb of asking or declining, then "to", right before an infinitive ("urged the regional bloc to "). */
const actLeftUndone = (words: Words) =>
  patternFor(
    words,
    "act-left-undone",
    (w) => new RegExp(String.raw`\b(?:${w.verbs.actLeftUndone.any})\b(?:\s+[^\s,;.]+){0,6}?\s+to\s+$`, "i"),
  );

/**
 * Who condemns: a body (which cannot condemn in the data model) condemns for what owns it, the
 * state or organization ("the ECOWAS Commission condemned" is ECOWAS's word).
 */
function condemners(frame: Frame, keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const owner = condemningOwner(frame, key);
    if (owner) ensureEntity(frame, owner);
    const who = owner ?? key;
    if (!out.includes(who)) out.push(who);
  }
  return out;
}

/** The state or organization owning an agency: the gazetteer's owner first, as the part-of claims take it. */
function condemningOwner(frame: Frame, key: string): string | undefined {
  const { state } = frame;
  const entity = state.entities.get(key);
  if (entity?.type !== "agency") return undefined;
  const info = state.lexicon.entities.get(key);
  const owner = info?.country ?? info?.parent ?? entity.country ?? entity.parent;
  const ownerInfo = owner ? (state.entities.get(owner) ?? state.lexicon.entities.get(owner)) : undefined;
  return ownerInfo && ["state", "organization"].includes(ownerInfo.type) ? owner : undefined;
}

/** "condemned it", "condemns them": a pronoun that may stand for an attack as the verb's object. */
const ATTACK_PRONOUN = /^\s*(?:it|them)\b/i;
/** A sentence's closing mark (a quotation's mark or bracket may close after it). */
const SENTENCE_CLOSE = /[.!?]["”’)]?(?=\s|$)/g;

/**
 * The sentence right before `frame`'s says what the attack was ('"It was a reckless attack on a
 * whole city. We condemn it"'): a pronoun opening the next sentence's object refers to it. A
 * sentence that only mentions the attack ("The attack came after the sanctions vote.") tells of
 * something else the pronoun may stand for, so the mention must be the copula's complement.
 */
function incidentInSentenceBefore(frame: Frame): boolean {
  const { state, sentence } = frame;
  const last = [...state.entities.values()]
    .filter((e) => e.type === "incident")
    .flatMap((e) => e.mentions.filter((m) => m.doc === state.id && m.end <= sentence.start))
    .reduce<{ start: number; end: number } | undefined>((a, m) => (!a || m.end > a.end ? m : a), undefined);
  return (
    !!last &&
    [...state.text.slice(last.end, sentence.start).matchAll(SENTENCE_CLOSE)].length <= 1 &&
    COPULAR_COMPLEMENT.test(
      state.text.slice(Math.max(0, last.start - EXTRACTION_DEFAULTS.copulaReach), last.start),
    )
  );
}

/** A word modifying the complement's head ("cowardly"): no determiner, nor a preposition opening another phrase ("days after the"). */
const COMPLEMENT_MODIFIER = String.raw`(?!(?:${alternation([...DEFINITE_DETERMINERS, ...HEAD_COMPLEMENT_PREPOSITIONS, ...TIME_RELATIONS])})\b)[\w'’-]+\s+`;
/** A copula and the complement's article and modifiers right before a mention ("was a cowardly "). */
const COPULAR_COMPLEMENT = new RegExp(
  String.raw`\b(?:${alternation(COPULAS)})\s+(?:(?:an?|the|one)\s+)?(?:${COMPLEMENT_MODIFIER}){0,3}$`,
  "i",
);

/** A verb joined to the sentence's first by "and" after a comma. */
const SECOND_VERB = /,\s+and\s+(?:(?:also|later|then|strongly|publicly)\s+)?$/i;

/**
 * An object that describes an attack without naming one: 'the attack', '"any attack on the
 * institutions of a member state"', 'what she called "malicious cyber activity"'.
 */
const describedAttack = (words: Words) =>
  patternFor(
    words,
    "described-attack",
    (w) =>
      new RegExp(
        `^\\s*(?:what\\s+[\\w-]+\\s+(?:called|termed|described\\s+as)\\s+)?(?:the\\s+)?["“]?\\s*(?:(?:the|any|all|such|this|these|those|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:${w.nouns.attack.any}|${w.nouns.hostileAct.any})\\b`,
        "i",
      ),
  );

/**
 * Each incident's targets, as the text names them: an attack on a ministry is not also claimed
 * against its state (the data model's own example lists only the ministry; the ministry's part-of
 * edge already ties it to the state).
 */
export const attackRule: ClaimRule = {
  id: "attack",
  type: "attacked",
  apply(frame) {
    for (const incident of frame.incidents)
      for (const target of new Set(incident.targets))
        emit(frame, "attacked", incident.key, target, { claimants: [], date: incident.date });
  },
};
