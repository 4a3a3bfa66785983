/**
 * Agents after the incident: "carried out by X", "the work of X", "attacks from X", with the
 * attackers' phrase ("hackers working for X") read through to whom they serve, and the subject of
 * a relative clause that names the agent.
 */
import {
  actorsOf,
  clauseEnd,
  governedBy,
  headsPhraseAt,
  incidentNear,
  objectAfter,
  ownedBody,
  participleHead,
  patternFor,
  type Frame,
} from "../frame";
import {
  GOVERNED,
  alternation,
  AUTHORSHIP_LEADS,
  AUTHORSHIP_MODIFIERS,
  SERVING_LINKS,
  type Words,
} from "../../lexicon";
import type { Slot } from "../../mentions";
import { RELATIVE_WORD, VERB_LEAD } from "../../speakers";
import type { ClaimRule } from "../rule";
import { attribute, negatedBefore, quotedActors, sentenceSubject } from "./shared";

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
