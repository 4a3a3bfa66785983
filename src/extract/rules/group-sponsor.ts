/**
 * A threat group's sponsor or operator, as the text says it (the gazetteer's sponsor notes never
 * become edges): "Turla, which Estonia ties to the FSB", "the Lazarus Group, a unit of North
 * Korea's intelligence bureau", "APT40 works for China's Ministry of State Security".
 * Claimants are whoever says it: the subject of "ties", the sentence's speakers.
 */
import {
  actorsOf,
  claimantsOf,
  clauseEnd,
  clauseStart,
  emit,
  ensureEntity,
  headsPhraseAt,
  lastGroupBefore,
  objectAfter,
  ownedBody,
  participleHead,
  participleLead,
  PASSIVE_LEAD,
  patternFor,
  subjectBefore,
  typeOf,
  type Frame,
} from "./frame";
import { namedLastBefore } from "../document-state";
import {
  alternation,
  CLAUSE_COORDINATORS,
  HEAD_COMPLEMENT_PREPOSITIONS,
  NEGATIONS,
  POSSESSIVE_DETERMINERS,
  SPONSOR_VERB_ADVERBS,
  type Words,
} from "../lexicon";
import type { Slot } from "../mentions";
import { patternsOf } from "../speakers";
import { tokenize } from "../text";
import { reportersOf } from "./reporters";
import type { ClaimRule } from "./rule";
import { attribute, PASSIVE_AUXILIARY } from "./attribution";

const sponsorTypes = new Set(["state", "agency", "group", "person"]);

/**
 * The group the relation is about: the nearest group named before the trigger in the sentence
 * ("Sandworm is the group that governments describe as a unit of", "Turla, which Estonia ties
 * to"), unless an incident stands between them (then the sentence ties the incident, not the group).
 */
function groupBefore(frame: Frame, at: number): string | undefined {
  const text = frame.state.text;
  const from = Math.max(frame.sentence.start, text.lastIndexOf(";", at) + 1);
  const group = [...frame.slots]
    .reverse()
    .find((s) => s.kind === "actor" && s.end <= at && s.start >= from && typeOf(frame, s.key) === "group");
  if (!group) return groupReferredTo(frame, at) ?? groupAsIt(frame, at);
  // "Slate Owl, a ransomware crew that ... is run by": an incident noun in apposition
  // describes the group; another incident between them is what the sentence ties.
  const apposed = (i: { start: number; end: number }) =>
    /^\s*,\s*$/.test(text.slice(group.end, i.start)) && /^(?:a|an)\s/i.test(text.slice(i.start, i.end));
  // "X was behind the 2022 intrusion, and the group works for Y": "the group" opening the trigger's
  // clause still refers back to the group, past the incident.
  if (frame.incidents.some((i) => i.start >= group.end && i.end <= at && !apposed(i)))
    return anaphorOpens(frame, at) ? group.key : undefined;
  return group.key;
}

/** "the group", "this crew" opening the clause that holds `at`, only adverbs or an auxiliary after it. */
function anaphorOpens(frame: Frame, at: number): boolean {
  const clause = frame.state.text.slice(clauseStart(frame, at), at);
  return anaphorBeforeHedge(frame.state.lexicon.words).test(clause.replace(/^\W*(?:that\s+)?/i, " "));
}

/**
 * "Officials say the group is a front for Sandworm", "That group was identified as a unit of":
 * the subject of the clause is "the group", which refers back to the group the text named last.
 */
function groupReferredTo(frame: Frame, at: number): string | undefined {
  const { state } = frame;
  let from = clauseStart(frame, at);
  const acrossHedge = clauseStartAcrossHedge(frame, at);
  // The hedge is said of "the group" itself: the anaphor (and perhaps its auxiliary) stands right before it.
  if (acrossHedge < from) {
    if (!anaphorBeforeHedge(state.lexicon.words).test(state.text.slice(acrossHedge, hedgeBefore(frame, at))))
      return undefined;
    from = acrossHedge;
  }
  // 'the group is "affiliated with the IRGC"': a quote opening the predicate keeps its subject.
  else if (from > frame.sentence.start && /^\s*["“]?\s*$/.test(state.text.slice(from, at)))
    from = clauseStart(frame, from - 1);
  // 'the group "is run by', 'described the group as "likely sponsored by': the quotation opened
  // after the subject (or the object described) and before the trigger.
  else {
    const quote = openQuoteBefore(state.text.slice(frame.sentence.start, at));
    if (quote > 0 && frame.sentence.start + quote < from)
      from = clauseStart(frame, frame.sentence.start + quote);
  }
  // "operations by the group, which her agency links to the GRU": the relative clause's antecedent.
  const antecedent = RELATIVE_AFTER_ANAPHOR.exec(state.text.slice(frame.sentence.start, from));
  if (antecedent) from = frame.sentence.start + antecedent.index;
  const clause = state.text.slice(from, at);
  const anaphor = patternFor(
    state.lexicon.words,
    "group-anaphor",
    (w) => new RegExp(`\\b(?:the|that|this)\\s+(?:[\\w-]+\\s+)?(?:${w.nouns.group.any})\\b`, "i"),
  );
  if (
    !anaphor.test(clause) ||
    frame.slots.some(
      (s) =>
        s.kind === "actor" &&
        s.end <= at &&
        s.start >= frame.sentence.start &&
        typeOf(frame, s.key) === "group",
    )
  )
    return undefined;
  return lastGroupBefore(frame, frame.sentence.start);
}

/**
 * "A paper profiled X. The authors concluded that it works for Y": a bare "it" right before the
 * verb stands for the group when the last actor the text named is that group (the reading leaves a
 * bare "it" unresolved: it is too often a dummy subject).
 */
function groupAsIt(frame: Frame, at: number): string | undefined {
  const it = IT_SUBJECT.exec(frame.state.text.slice(frame.sentence.start, at));
  if (!it) return undefined;
  const last = namedLastBefore(frame.state, frame.sentence.start + it.index, (type) => type !== "incident");
  return last && typeOf(frame, last) === "group" ? last : undefined;
}

/** "it" opening the sentence or a "that" clause, right before the verb (an adverb or auxiliary between). */
const IT_SUBJECT = new RegExp(
  String.raw`(?:^\W*|\bthat\s+)\bit\s+(?:(?:${alternation(SPONSOR_VERB_ADVERBS)})\s+)*(?:(?:is|was|has been)\s+)?$`,
  "i",
);

/** "the group ", "the crew is ": the anaphor a quoted hedge right after it is said of. */
const anaphorBeforeHedge = (words: Words) =>
  patternFor(
    words,
    "anaphor-before-hedge",
    (w) =>
      new RegExp(
        `\\b(?:the|that|this)\\s+(?:[\\w-]+\\s+)?(?:${w.nouns.group.any})\\s+(?:(?:is|was|are|were|has|had|have)\\s+(?:been\\s+)?)?$`,
        "i",
      ),
  );

/** Where the quotation still open at the end of `text` opens ('the group "operates under'), or -1. */
function openQuoteBefore(text: string): number {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "“") open = i;
    else if (c === "”") open = -1;
    else if (c === '"') open = open >= 0 ? -1 : i;
  }
  return open;
}

/**
 * A quoted hedge or negation closed right before the trigger ('"most likely" ', '“almost
 * certainly” ', '"never" '): only such words, not any quotation ('the group "was framed"').
 */
const quotedHedgeEnd = (words: Words) =>
  patternFor(
    words,
    "quoted-hedge-end",
    (w) =>
      new RegExp(
        String.raw`["“]\s*(?:(?:most|almost|very|highly)\s+)?(?:${w.hedges}|${w.negation}|\p{Ll}+ly)\s*["”]\s*$`,
        "iu",
      ),
  );

/** Where a quoted hedge closed right before `at` opens, if one does. */
function hedgeBefore(frame: Frame, at: number): number | undefined {
  const hedge = quotedHedgeEnd(frame.state.lexicon.words).exec(
    frame.state.text.slice(frame.sentence.start, at),
  );
  return hedge ? frame.sentence.start + hedge.index : undefined;
}

/**
 * Where the clause holding `at` starts when a quoted hedge closes right before it ('the group
 * "most likely" works for', 'APT29 "never" worked for'): the quotation does not start a clause,
 * its subject (and any negation) stands before it.
 */
function clauseStartAcrossHedge(frame: Frame, at: number): number {
  const from = clauseStart(frame, at);
  const hedge = hedgeBefore(frame, at);
  return hedge !== undefined && from >= hedge ? clauseStart(frame, hedge) : from;
}

/** "the group, which" (the clause after it starts where the anaphor does). */
const RELATIVE_AFTER_ANAPHOR = /\b(?:the|that|this)\s+(?:[\w-]+\s+)?[\w-]+\s*,?\s+(?:which|that)\s*$/i;

/**
 * "part of Russia's military intelligence service GRU": a state opening a noun phrase whose head is
 * a body named at its end; the body is meant.
 */
function namedHead(frame: Frame, first: Slot): Slot | undefined {
  if (typeOf(frame, first.key) !== "state") return undefined;
  const next = frame.slots.find((s) => s.start >= first.end && s.kind === "actor");
  const gap = next ? frame.state.text.slice(first.end, next.start) : "";
  // "the Chinese military's Strategic Support Force", "the Russian Federation's military intelligence service (GRU)".
  return next &&
    typeOf(frame, next.key) === "agency" &&
    /^(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,4}|\s+(?:[\p{Ll}-]+\s+){1,4})\(?\s*$/u.test(gap) &&
    !/\b(?:and|or|to|but|as)\b/i.test(gap)
    ? next
    : undefined;
}

/**
 * "Russia's military intelligence service, the GRU": a body named in apposition after a phrase
 * that only describes it is the one meant.
 */
function bodyInApposition(frame: Frame, first: Slot): Slot | undefined {
  const next = frame.slots.find((s) => s.start >= first.end && s.kind === "actor");
  const gap = next ? frame.state.text.slice(first.end, next.start) : "";
  return next &&
    ["agency", "group"].includes(typeOf(frame, next.key) ?? "") &&
    /^(?:['’]s)?(?:\s+[\p{Ll}-]+){1,4}\s*,\s+(?:the\s+)?$/u.test(gap)
    ? next
    : undefined;
}

const negationsOf = (words: Words) => ({
  negated: patternFor(words, "clause-negated", (w) => new RegExp(`\\b(?:${w.negation})\\b[^,;]*$`, "i")),
  denied: patternFor(words, "denial-before", (w) => new RegExp(`\\b(?:${w.verbs.deny.any})\\b`, "i")),
});

export const groupSponsorRule: ClaimRule = {
  id: "group-sponsor",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:(?:${w.verbs.attribute.any})\\s+(?:\\w+\\s+)?(?:to|with)|(?:${w.verbs.sponsor.participle})\\s+(?:\\w+\\s+)?(?:to|by|with)|(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?|(?:is|was|are|were|being|be|as)\\s+(?:\\w+\\s+)?)(?:${w.nouns.subordinate.any})\\s+(?:of|for|within|in)|with\\s+(?:the\\s+)?(?:${w.nouns.help.any})\\s+(?:of|from),?|${w.verbs.serve.any}|(?:${w.verbs.heed.any})\\s+(?:(?:${alternation(POSSESSIVE_DETERMINERS)})\\s+)?(?:(?!(?:${alternation(NEGATIONS)})\\b)\\w+\\s+)?(?:${w.nouns.command.any})(?:\\s+(?:${alternation(CLAUSE_COORDINATORS)})\\s+\\w+)?\\s+from|(?:${w.verbs.proxy.any}|${w.verbs.sponsor.participle})\\s+(?:on\\s+behalf|in\\s+support)\\s+of|(?:${w.verbs.govern.participle})\\s+out\\s+of|(?:under|at|on)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:${w.nouns.command.any})\\s+of|affiliated\\s+with|(?:has|have|had)\\s+(?:close\\s+)?(?:ties|links)\\s+(?:to|with))["”]?\\s+`,
      "gi",
    ),
  apply(frame, { at, end, word, before }) {
    // "Russia denied that APT29 works for the SVR", "is not a unit of": nothing is said.
    if (negatedClause(frame, at, before)) return;
    // "ties APT28 to the GRU": an actor inside the trigger is its object (the tied-group rule's).
    // "X, which takes its orders from Y": a pronoun inside the trigger is the group itself.
    if (
      frame.slots.some((s) => s.kind === "actor" && s.source !== "pronoun" && s.start >= at && s.end <= end)
    )
      return;
    const group = groupBefore(frame, at);
    if (!group) return;
    if (!groupIsQualified(frame, group, at, word)) return;
    const first = objectAfter(frame, end, [group]).find((s) => sponsorTypes.has(typeOf(frame, s.key) ?? ""));
    if (!first || first.start >= clauseEnd(frame, end)) return;
    // "a group it tied to espionage against Ukrainian targets": the sponsor must head the phrase after the trigger.
    // "run by officers of X", "under the protection of X" name a sponsor only as the group's own
    // predicate ("APT28 is run by", "operates under"), not after a deed ("targeted phones belonging to").
    const owned = headsPhraseAt(frame, end, first) || ownDemonymBefore(frame, end, first);
    if (!owned && !(staffedBy(frame, end, first) && groupPredicate(frame, at, word))) return;
    if (
      patternFor(frame.state.lexicon.words, "predicate-only-command", predicateOnlyCommand).test(
        frame.state.text.slice(at, end),
      ) &&
      !groupPredicate(frame, at, word)
    )
      return;
    // "a unit of North Korea's Reconnaissance General Bureau": the body owned, not its owner.
    const sponsor =
      ownedBody(frame, first) ?? namedHead(frame, first) ?? bodyInApposition(frame, first) ?? first;
    if (sponsor.key === group) return;
    // "which Estonia ties to the FSB": the subject of the clause that says it claims it, with the speakers.
    // "Quarry Tarn operates on behalf of X": the group itself is no one who says so.
    const sayers = [...actorsOf(frame, subjectBefore(frame, at)), ...frame.speakers].filter(
      (k) => k !== group && k !== sponsor.key,
    );
    const claimants = claimantsOf(frame, sayers.length > 0 ? sayers : reportersOf(frame)).filter(
      (k) => k !== group && k !== sponsor.key,
    );
    emit(frame, "attributed-to", group, sponsor.key, { claimants, suspected: frame.hedged });
  },
};

/**
 * "run by officers of the FSB", "run out of the cyber command of the IRGC", "at the direction of a
 * unit of the RGB": the phrase after the trigger is headed by the body's own people, organ or unit,
 * so the body their "of" names is the one the group serves.
 */
function staffedBy(frame: Frame, from: number, body: Slot): boolean {
  const gap = frame.state.text.slice(from, body.start);
  return patternFor(frame.state.lexicon.words, "staff-of-body", staffOfBody).test(gap);
}

/** A command noun that names a sponsor only as the group's own predicate ("under the protection of"). */
const predicateOnlyCommand = (w: Words) =>
  new RegExp(String.raw`\b(?:${w.nouns.predicateOnlyCommand.any})\b`, "i");

/**
 * The trigger at `at` is the group's own predicate: a sponsor participle (which groupIsQualified has
 * tied to the group: "APT28, run by officers of"), or a trigger right after an auxiliary or a verb of
 * acting, adverbs and an opening quotation mark aside ("APT28 is run by", 'a crew that "operates
 * under'), so what follows says what the group is, not what its deed touched ("targeted phones
 * belonging to officers of", "spied on diplomats under the protection of").
 */
function groupPredicate(frame: Frame, at: number, word: string): boolean {
  const words = frame.state.lexicon.words;
  if (patternFor(words, "sponsor-participle-start", participleStart).test(word)) return true;
  const lead = frame.state.text.slice(frame.sentence.start, at);
  return patternFor(words, "group-own-predicate", groupOwnPredicate).test(lead);
}

const groupOwnPredicate = (w: Words) =>
  new RegExp(
    String.raw`\b(?:is|was|are|were|be|been|being|${w.verbs.proxy.any})\s+["“]?(?:\p{Ll}+ly\s+)*["“]?$`,
    "iu",
  );

/** A determiner, up to two modifiers, then a noun for a body's people, organs or units and its "of". */
const staffOfBody = (w: Words) =>
  new RegExp(
    String.raw`^\s*(?:(?:the|a|an|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${w.nouns.operative.any}|${w.nouns.command.any}|${w.nouns.subordinate.any})\s+of\s+(?:the\s+)?["“]?$`,
    "iu",
  );

/**
 * "linked to the Russian FSB": the demonym of the body's own state opens the phrase the body heads,
 * as a possessor would ("Russia's FSB").
 */
function ownDemonymBefore(frame: Frame, from: number, body: Slot): boolean {
  const { text, entities, lexicon } = frame.state;
  const country = entities.get(body.key)?.country ?? lexicon.entities.get(body.key)?.country;
  return frame.slots.some(
    (s) =>
      s.kind === "modifier" &&
      s.key === country &&
      s.start >= from &&
      /^\s*(?:the\s+)?$/i.test(text.slice(from, s.start)) &&
      /^\s+$/.test(text.slice(s.end, body.start)),
  );
}

/**
 * A participle said of anything ("run by", "funded by", "associated with") names the group's
 * sponsor only when the group is what it qualifies: "APT29 is run by", "a crew funded by",
 * "APT29, which analysts say is funded by"; not "mailboxes associated with the ministry", "a
 * laboratory funded by the army". A finite verb with its own subject is read as before.
 */
function groupIsQualified(frame: Frame, group: string, at: number, word: string): boolean {
  const words = frame.state.lexicon.words;
  if (!patternFor(words, "sponsor-participle-start", participleStart).test(word)) return true;
  const head = participleHead(frame, at, true);
  // "APT29 is run by", "officials say the crew was funded by": a passive's own subject is the group
  // found before it; only a reduced or relative clause qualifies something else.
  if (head.whole) return true;
  const { text } = frame.state;
  const inHead = (s: Slot) => /^\s*,?\s*$/.test(text.slice(s.end, head.end));
  if (frame.slots.some((s) => s.key === group && s.end <= head.end && inHead(s))) return true;
  if (groupNounEnd(words).test(`${text.slice(head.start, head.end)} `)) return true;
  // "that several firms have linked to": a perfect or modal auxiliary makes the verb finite, its subject the sayer.
  const lead = participleLead(text.slice(frame.sentence.start, at));
  if (FINITE_AUXILIARY.test(lead)) return true;
  // "a crew that security researchers tied to": a relative clause with its own subject before the verb.
  if (!PASSIVE_LEAD.test(lead) && RELATIVE_SUBJECT.test(lead)) return true;
  // "which Chile linked to": an actor opening a clause right before the verb is its subject, the verb finite.
  return (
    !PASSIVE_LEAD.test(lead) &&
    frame.slots.some(
      (s) =>
        s.kind === "actor" &&
        !s.possessive &&
        /^\s*$/.test(text.slice(s.end, at)) &&
        CLAUSE_OPENING.test(text.slice(frame.sentence.start, s.start)),
    )
  );
}

const RELATIVE_SUBJECT = /\b(?:that|which|whom)\s+[^,;:.“”"]{1,60}\s$/i;

const FINITE_AUXILIARY =
  /\b(?:has|have|had|will|would|could|can|may|might)\s+(?:(?:\p{Ll}+ly|also|long|since|now|repeatedly)\s+)*$/iu;

/** What opens a clause before its subject: the sentence's start, a relative pronoun, a comma. */
const CLAUSE_OPENING = /(?:^\W*|\b(?:which|that|whom|who)\s+|[,;:]\s*)(?:the\s+)?$/i;

/** The participles said as readily of anything a body runs (from somewhere), pays for or is tied to (see `govern`, `looseTie`). */
const participleStart = (w: Words) =>
  new RegExp(
    `^(?:(?:${w.verbs.govern.participle})\\s+(?:(?:\\w+\\s+)?by|out\\s+of)|${w.verbs.looseTie.participle})\\b`,
    "i",
  );

const groupNounEnd = (words: Words) =>
  patternFor(
    words,
    "group-noun-end",
    (w) => new RegExp(`\\b(?:${w.nouns.group.any}|${w.nouns.attacker.any})\\s*,?\\s+$`, "i"),
  );

/** "a China-linked group it calls RedEcho", "the Kremlin-backed Sandworm": the compound names the sponsor. */
export const linkedGroupRule: ClaimRule = {
  id: "linked-group",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `-(?:${w.verbs.sponsor.participle}|${w.verbs.attribute.participle}|affiliated|aligned|directed|nexus)\\b`,
      "gi",
    ),
  apply(frame, { at, end }) {
    const sponsor = frame.slots.find((s) => s.end === at && sponsorTypes.has(typeOf(frame, s.key) ?? ""));
    if (!sponsor) return;
    // The group the compound qualifies: next in the phrase, or named right after it ("a group it calls"),
    // or the group the phrase is said of ("X was likely a Chile-aligned crew", "analysts count X as a Chile-nexus cluster").
    const group =
      frame.slots.find(
        (s) =>
          s.start >= end &&
          typeOf(frame, s.key) === "group" &&
          (/^\s+(?:[\w-]+\s+){0,2}$/.test(frame.state.text.slice(end, s.start)) ||
            namingAfter(frame.state.lexicon.words).test(frame.state.text.slice(end, s.start))),
      ) ?? groupDescribed(frame, sponsor, end);
    if (!group) return;
    // "Chilean-run crews nicknamed A, B and C": each group the list names.
    const groups = [group];
    for (const next of frame.slots) {
      const last = groups[groups.length - 1]!;
      if (next.start < last.end || next === last) continue;
      if (
        typeOf(frame, next.key) !== "group" ||
        !/^\s*(?:,\s*|,?\s+and\s+)$/.test(frame.state.text.slice(last.end, next.start))
      )
        break;
      groups.push(next);
    }
    // With no speaker, the sentence's reporter makes the claim ("X attributed it to Y-backed groups known as ...").
    const sayers = frame.speakers.length > 0 ? frame.speakers : reportersOf(frame);
    for (const g of groups) {
      const claimants = claimantsOf(frame, sayers).filter((k) => k !== g.key && k !== sponsor.key);
      emit(frame, "attributed-to", g.key, sponsor.key, { claimants, suspected: frame.hedged });
    }
  },
};

/**
 * "Quarry Tarn was likely a Chile-aligned crew", "Quarry Tarn, reportedly a Chile-sponsored crew,",
 * "analysts count Quarry Tarn as a Chile-nexus cluster": the group named just before the phrase whose
 * compound names the sponsor, when a group noun heads that phrase.
 */
function groupDescribed(frame: Frame, sponsor: Slot, end: number): Slot | undefined {
  const { text } = frame.state;
  if (!describedGroupNoun(frame.state.lexicon.words).test(text.slice(end, frame.sentence.end)))
    return undefined;
  return groupInAppositionBefore(frame, sponsor);
}

/**
 * The group the phrase holding `sponsor` is said of: the last non-possessive actor before the
 * sponsor, a group, with only an apposition's or a copula's opening between them.
 */
function groupInAppositionBefore(frame: Frame, sponsor: Slot): Slot | undefined {
  const group = [...frame.slots]
    .reverse()
    .find((s) => s.end <= sponsor.start && s.kind === "actor" && !s.possessive);
  if (!group || typeOf(frame, group.key) !== "group") return undefined;
  const opening = APPOSITION_OPENING.exec(frame.state.text.slice(group.end, sponsor.start));
  // "APT29, itself the target of X-linked hackers": the sponsor's phrase is a complement of the head, not the group
  // (only the words after the determiner count: "is in fact a X-linked crew" is the group's own phrase).
  return opening && !HEAD_COMPLEMENT.test(opening.groups?.head ?? "") ? group : undefined;
}

/** A preposition after the apposition's head: the sponsor's phrase is that preposition's object. */
const HEAD_COMPLEMENT = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(HEAD_COMPLEMENT_PREPOSITIONS)})\s`,
  "iu",
);

/** After the compound: up to two modifiers, then the group noun the phrase is headed by. */
const describedGroupNoun = (words: Words) =>
  patternFor(
    words,
    "described-group-noun",
    (w) =>
      new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${w.nouns.group.any}|${w.nouns.attacker.any})\\b`, "u"),
  );

/**
 * "GRU Unit 74455", "PLA Unit 61398": a group known by a numbered unit of a body is attributed
 * to that body (the name says whose unit it is).
 */
export const numberedUnitRule: ClaimRule = {
  id: "numbered-unit",
  type: "attributed-to",
  readsName: true,
  trigger: (w) => new RegExp(`\\b(?:${w.nouns.subordinate.any})\\s+\\d{3,6}\\b`, "gi"),
  apply(frame, { at }) {
    const { state } = frame;
    const group = frame.slots.find((s) => s.start < at && s.end > at && typeOf(frame, s.key) === "group");
    if (!group) return;
    const owner = tokenize(state.text.slice(group.start, at)).map((t) => t.norm);
    const body = state.lexicon.phrases
      .get(owner[0] ?? "")
      ?.find(
        (p) =>
          p.tokens.join(" ") === owner.join(" ") &&
          sponsorTypes.has(state.lexicon.entities.get(p.key)?.type ?? ""),
      );
    if (!body) return;
    ensureEntity(frame, body.key);
    const claimants = claimantsOf(frame, frame.speakers).filter((k) => k !== group.key && k !== body.key);
    emit(frame, "attributed-to", group.key, body.key, { claimants, suspected: frame.hedged });
  },
};

/**
 * "Redfin Spider, an FSB contractor, ...", "the crew (itself a PLA unit) ...", "Redfin Spider is
 * a Chinese military contractor", "Redfin Spider, the SVR's hacking arm": a group in apposition
 * to (or the subject of) a noun phrase headed by a subordinate noun, whose modifier or possessor
 * names the sponsor.
 */
export const sponsorCompoundRule: ClaimRule = {
  id: "sponsor-compound",
  type: "attributed-to",
  trigger: (w) => new RegExp(`\\b(?:${w.nouns.subordinate.any})\\b`, "gi"),
  apply(frame, { at, end }) {
    const { text } = frame.state;
    // "..., a Chilean army unit said": the phrase is who speaks, not what the group is.
    if (patternsOf(frame.state.lexicon.words).speechAfter.test(text.slice(end, frame.sentence.end))) return;
    const sponsor = [...frame.slots]
      .reverse()
      .find((s) => s.end <= at && COMPOUND_MODIFIERS.test(text.slice(s.end, at)));
    if (!sponsor || !sponsorTypes.has(typeOf(frame, sponsor.key) ?? "")) return;
    const group = groupInAppositionBefore(frame, sponsor);
    if (!group) return;
    const claimants = claimantsOf(
      frame,
      frame.speakers.length > 0 ? frame.speakers : reportersOf(frame),
    ).filter((k) => k !== group.key && k !== sponsor.key);
    emit(frame, "attributed-to", group.key, sponsor.key, { claimants, suspected: frame.hedged });
  },
};

/** Between the sponsor and the subordinate noun: its possessive and up to two lower-case modifiers. */
const COMPOUND_MODIFIERS = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Between the group and the phrase that says what it is: a comma, a dash, a bracket or a copula, then a determiner. */
const APPOSITION_OPENING =
  /^\s*(?:(?:,|[–—]|-{1,2}|\()\s*|\s(?:is|was|are|were|remains|as)\s+)(?:(?:also|itself|probably|likely|reportedly|allegedly|effectively|essentially|in fact)\s+)*(?:a|an|the)\s+(?<head>(?:[\p{Ll}-]+\s+){0,2})$/u;

/** "-linked hacking group it called", "-backed hackers known as": a group noun, then its name. */
const namingAfter = (words: Words) =>
  patternFor(
    words,
    "naming-after",
    (w) =>
      new RegExp(
        `^\\s+(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.group.any}|${w.nouns.attacker.any})\\s*,?\\s*(?:(?:that|which)\\s+)?(?:(?:it|they|we|researchers|investigators|experts|analysts|[\\p{Lu}][\\p{L}]+)\\s+)?(?:${w.verbs.naming.any}|calling\\s+(?:itself|themselves))\\s+(?:the\\s+)?["“]?$`,
        "u",
      ),
  );

/** "the group", "this crew": a definite group noun standing for the group the text named last. */
const groupAnaphor = (words: Words) =>
  patternFor(
    words,
    "group-anaphor-object",
    (w) => new RegExp(`^\\s*(?:the|that|this)\\s+(?:[\\w-]+\\s+)?(?:${w.nouns.group.any})\\b`, "i"),
  );

/** "Russia denied that X works for Y", "is not a unit of": the trigger's clause is negated or denied. */
function negatedClause(frame: Frame, at: number, before: string): boolean {
  const { negated, denied } = negationsOf(frame.state.lexicon.words);
  return (
    negated.test(before.slice(clauseStartAcrossHedge(frame, at) - frame.sentence.start)) ||
    denied.test(before)
  );
}

/**
 * "The charges tie Slate Owl to Unit 40417", "researchers associate the group with the
 * RGB", "the group has been linked by Seoul and Washington to the RGB": the verb's object (or its
 * passive subject) is the group, named or "the group" the text named last; what follows "to" or
 * "with" is its sponsor. The verb's subject (the by-agent of a passive) says so.
 */
export const tiedGroupRule: ClaimRule = {
  id: "tied-group",
  type: "attributed-to",
  trigger: (w) => new RegExp(`\\b(?:${w.verbs.attribute.any})\\s+`, "gi"),
  apply(frame, { at, end, before }) {
    const { state } = frame;
    const { text } = state;
    if (negatedClause(frame, at, before)) return;
    // "did not say whether X was connected to": asked, not said ("whether" opens the verb's clause,
    // "if" stands inside it).
    const open = clauseStart(frame, at) - frame.sentence.start;
    if (
      /\bwhether\s+$/i.test(before.slice(0, open)) ||
      /\b(?:whether|if)\s+[^,;.]*$/i.test(before.slice(open))
    )
      return;
    const limit = clauseEnd(frame, end);
    let group: string | undefined;
    let from = end;
    let sayers: Slot[];
    if (PASSIVE_AUXILIARY.test(before)) {
      const by = /^by\s+/i.exec(text.slice(end, limit));
      const agents = by ? objectAfter(frame, end + by[0].length).filter((s) => s.end <= limit) : [];
      if (agents.length > 0) from = agents[agents.length - 1]!.end;
      // Only the group named in the clause before the verb, or "the group" opening it.
      // "The group, she added, has been linked": who speaks is no subject.
      const subject = subjectBefore(frame, at).find((s) => !frame.speakerSlots.includes(s));
      group =
        subject && typeOf(frame, subject.key) === "group"
          ? subject.key
          : !subject
            ? groupReferredTo(frame, at)
            : undefined;
      sayers = agents;
    } else {
      const object = frame.slots.find((s) => s.kind === "actor" && s.start >= end && s.start < limit);
      const anaphor = groupAnaphor(state.lexicon.words).exec(text.slice(end, limit));
      if (object && typeOf(frame, object.key) === "group" && headsPhraseAt(frame, end, object)) {
        group = object.key;
        from = object.end;
      } else if (anaphor && (!object || object.start >= end + anaphor[0].length)) {
        group = lastGroupBefore(frame, end);
        from = end + anaphor[0].length;
      }
      sayers = subjectBefore(frame, at);
    }
    if (!group) return;
    const to = /^\s*(?:(?:with\s+)?(?:high|moderate|low|some)\s+confidence\s+)?(?:to|with)\s+/i.exec(
      text.slice(from, limit),
    );
    if (!to) return;
    const after = from + to[0].length;
    // "links the crew to the 2019 breach": the group is behind that attack, as the subject says.
    const tiedIncident = frame.incidents.find(
      (i) => i.start >= after && i.end <= limit && headsIncident(text.slice(after, i.start)),
    );
    if (tiedIncident) {
      if (typeOf(frame, group) === "group")
        attribute(
          frame,
          tiedIncident.key,
          [group],
          [...actorsOf(frame, sayers), ...frame.speakers],
          frame.hedged,
        );
      return;
    }
    const first = objectAfter(frame, after, [group]).find((s) =>
      sponsorTypes.has(typeOf(frame, s.key) ?? ""),
    );
    if (!first || !headsPhraseAt(frame, after, first)) return;
    const sponsor =
      ownedBody(frame, first) ?? namedHead(frame, first) ?? bodyInApposition(frame, first) ?? first;
    if (sponsor.key === group || typeOf(frame, group) !== "group") return;
    const said = [...actorsOf(frame, sayers), ...frame.speakers].filter(
      (k) => k !== group && k !== sponsor.key,
    );
    const claimants = claimantsOf(frame, said.length > 0 ? said : reportersOf(frame)).filter(
      (k) => k !== group && k !== sponsor.key,
    );
    emit(frame, "attributed-to", group, sponsor.key, { claimants, suspected: frame.hedged });
  },
};

const headsIncident = (gap: string) => /^\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i.test(gap);
