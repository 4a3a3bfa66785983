/**
 * Agents named as the subject or owner of the deed: possessive agents ("Russia's attack"),
 * "X was behind", "X claimed responsibility", culprits named as such, active agents and
 * exploits, "attributed the attack to X", and wording that blames by itself.
 */
import {
  actorsOf,
  clauseEnd,
  clauseStart,
  headsPhraseAt,
  incidentNear,
  objectAfter,
  pastOpeningPhrase,
  patternFor,
  subjectBefore,
  typeOf,
  namingGap,
  type Frame,
} from "../frame";
import {
  alternation,
  CLAIM_POSTS,
  COPULAS,
  CULPRIT_MODIFIERS,
  DEFINITE_DETERMINERS,
  DO_AUXILIARIES,
  FINITE_BE,
  FOCUS_ADVERBS,
  MODALS,
  NEGATIONS,
  PERFECT_AUXILIARIES,
  POSTING_SERVICES,
  type Words,
} from "../../lexicon";
import type { Slot } from "../../mentions";
import { turnLabelled } from "../reporters";
import type { ClaimRule } from "../rule";
import {
  MONTH_OR_DAY,
  PASSIVE_AUXILIARY,
  attributable,
  attribute,
  attributorsBefore,
  negatedBefore,
} from "./shared";

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
      `\\b(?:is|was|are|were|had been|has been|have been|being|be|could be|may be|might be|likely)\\s+(?:\\w+\\s+){0,2}?(behind|responsible for|responsible(?=\\s*(?:[.,;"”]|$))|involved\\b)|\\b(${w.verbs.accuseAt.present}|${w.verbs.accuseAt.past})\\b|\\b(?:${w.verbs.selfClaim.past})\\s+(?:${POSTED_ON}\\s+)?(?:responsibility\\b|(?=(?:the|this|that|these|those|its|both|an?)\\s+(?:\\w+\\s+){0,2}?(?:${w.nouns.attack.any})\\b)|(?:it|them)\\b(?!\\s+(?:${alternation([...COPULAS, ...PERFECT_AUXILIARIES, ...MODALS, ...DO_AUXILIARIES])})\\b)|${ownDeed(w)})`,
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
    // "X claimed it on Telegram", "claimed that it took down": only a group claims an attack by a pronoun
    // ("the ministry claimed it" may claim anything, "the ministry claimed that it hit" its own strike),
    // and only as the subject of "claimed" ("the ministry, which tracks X, claimed that it hit" is the ministry's).
    const byPronoun = PRONOUN_END.test(word) || OWN_DEED.test(word);
    if (claimed && byPronoun && !groupClaiming(frame, nearest, at)) return;
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

/** Where a claim was posted, between "claimed" and what it claims ("claimed on its Telegram channel the attack"). */
const POSTED_ON = `(?:on|in|via)\\s+(?:(?:its|their|a|the)\\s+)?(?:own\\s+)?(?:${alternation([...POSTING_SERVICES, ...CLAIM_POSTS.venues])})(?:\\s+(?:${alternation(CLAIM_POSTS.outlets)})s?)?`;

/** The pronoun opening the deed a claimer tells ("that it took down"). */
const DEED_PRONOUN = String.raw`that\s+(?:it|they|we)`;
const OWN_DEED = new RegExp(String.raw`\b${DEED_PRONOUN}\s`, "i");

/**
 * "claimed that it took down the site", "claimed they had breached": the claimer tells its own deed.
 * Not in the passive: "claimed that they were breached by police" tells what was done to it.
 */
const ownDeed = (w: Words) =>
  `${DEED_PRONOUN}\\s+(?:(?:${alternation(PERFECT_AUXILIARIES)})\\s+)?(?:(?!(?:${alternation(COPULAS)})\\b)\\w+\\s+)?(?:${w.verbs.attack.past}|${w.verbs.impact.past})\\b`;

/**
 * The actor nearest before "claimed" is a group and the subject of "claimed": "a crew calling itself
 * X claimed", not "the ministry, which has tracked X since 2024, claimed".
 */
function groupClaiming(frame: Frame, nearest: Slot | undefined, at: number): boolean {
  return (
    !!nearest &&
    typeOf(frame, nearest.key) === "group" &&
    subjectBefore(frame, at).some((s) => s.key === nearest.key)
  );
}

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

/**
 * The subject that acts in the clause before `at`, past a phrase naming who reports it: "According
 * to French officials, Iran carried out the attack" is Iran's act, reported by France.
 */
function actingSubject(frame: Frame, at: number): string[] {
  return pastOpeningPhrase(frame, subjectBefore(frame, at), at).map((s) => s.key);
}

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
    for (const incident of frame.incidents) {
      if (incident.attackers.length === 0 && !turnLabelled(state.text, sentence.start, sentence.end))
        continue;
      // "There is no evidence that Bolivia-linked hackers breached …": nothing is said.
      if (negatedBefore(frame, incident.start)) continue;
      const attackers = incident.attackers.filter((a) => !speaking.has(a));
      attribute(frame, incident.key, attackers, frame.speakers, frame.hedged);
    }
  },
};
