/**
 * The claim stage: runs the claim rules over each sentence's reading. Its memory (the claims so
 * far, the last incident each actor was accused of, the last speaker and statement later sentences
 * refer back to) is its own; the reading of later sentences
 * sees it read-only, as the `ClaimRecord` of the document state.
 */
import { actorsOf, isHedged, runClaimRules } from "./rules";
import { alternation, NEWS_AGENCIES, patternFor, VERB_LEAD_ADVERBS, type Words } from "./lexicon";
import { insideQuotation, reportOf, reportsInRelatives } from "./rules/reporters";
import { claimantsOf, clauseStart } from "./rules/frame";
import type { ClaimMemory, ClaimState, Frame, QuotationNamedAfter } from "./rules/frame";
import type { DocumentView } from "./document-state";
import { OPENING_IT, patternsOf, SUBJECT_OPENING } from "./speakers";
import type { SentenceReading } from "./reading";
import { cuePattern } from "./pattern-cue";
import { groupNamer } from "./group-namer";
import { colonSpeaker, openingActor, openingSubject } from "./colon-speaker";
import { fold, initialsOf, matchesOf } from "./text";
import type { ExtractedClaim, ExtractedEntity } from "./types";

export function createClaimMemory(): ClaimMemory {
  return {
    claims: [],
    lastAccusedOf: new Map(),
    affiliationsClaimed: new Set(),
    discourse: {},
    quotationsNamedAfter: [],
  };
}

/**
 * The claims of one sentence, added to the claim memory; returns the entities those claims need
 * that the reading did not note, for the article's entity table.
 */
export function claimSentence(state: ClaimState, reading: SentenceReading): ExtractedEntity[] {
  const frame: Frame = {
    state,
    sentence: reading.sentence,
    slots: reading.slots,
    incidents: reading.incidents,
    speakerSlots: reading.speakerSlots,
    persons: reading.persons,
    date: reading.date,
    currentIncident: reading.currentIncident,
    lastOrganization: reading.lastOrganization,
    speakers: [],
    hedged: isHedged(state.lexicon.words, reading.sentence.text),
    entitiesNeeded: [],
    clauseStarts: new Map(),
    clauseEnds: new Map(),
    nearPairs: undefined,
  };
  frame.speakers = actorsOf(frame, frame.speakerSlots);
  // "The NPA said", after "Japan's National Police Agency": a short form the article never
  // introduced speaks for the body whose initials it is.
  if (frame.speakers.length === 0) {
    const body = acronymSpeaker(frame);
    if (body) frame.speakers = claimantsOf(frame, [body]);
  }
  // "..., the statement said": a statement the article introduced with its issuers speaks for them.
  const statement = state.discourse.statement;
  if (
    frame.speakers.length === 0 &&
    statement &&
    statementSpeaks(state.lexicon.words).test(reading.sentence.text)
  )
    frame.speakers = [...statement];
  // '"...," the minister said. "It was X."': a quotation that goes on, or opens right after a
  // sentence someone speaks, is that speaker's.
  const quoted = state.discourse.quotation;
  const { sentence } = reading;
  // A sentence that names its own speaker after the quotation ('"...," an engineer told X') is not.
  const goesOn =
    insideQuotation(state.text, sentence.start) || opensOwnlessQuotation(state.lexicon.words, sentence.text);
  // '"... The agency has established that X did it."': speakers named only inside the quotation are
  // quoted by its speaker, who makes the claim with them (and goes on speaking the quotation alone).
  const quotesOthers =
    frame.speakers.length > 0 &&
    frame.speakerSlots.length > 0 &&
    frame.speakerSlots.every((s) => insideQuotation(state.text, s.start));
  const quoting = frame.speakers.length === 0 || quotesOthers;
  let quotationSpeakers: string[] | undefined;
  if (quoting && quoted?.quotes && quoted.index === sentence.index - 1 && goesOn)
    quotationSpeakers = quoted.speakers;
  // 'Minister Jane Roe briefed the cabinet. "The findings are clear ..."', 'Jane Roe said: "..."': a
  // quotation opening right after a sentence that introduces its speaker, naming none of its own (nor
  // at its close, where the reading finds it, nor in the sentence after: "That was X"), is theirs.
  const introduced = state.discourse.introduced;
  if (
    quoting &&
    !quotationSpeakers &&
    introduced?.index === sentence.index - 1 &&
    opensOwnlessQuotation(state.lexicon.words, sentence.text) &&
    !namedAfterQuotation(state.text, sentence.start)
  )
    quotationSpeakers = introduced.claimants;
  if (quotationSpeakers) frame.speakers = [...new Set([...quotationSpeakers, ...frame.speakers])];
  // "The NIS claimed last week that ... It alleged that ...", "CERT-UA has published a note. It says
  // ...": a sentence whose subject is "It" speaking is said by the body the one before was about
  // ("They" is as often the attackers as the officials). The pronoun is the sentence's subject and
  // speaks beside whoever the speech patterns found later in it ('It blamed X, the minister said').
  const before = state.discourse.subject;
  if (
    before?.index === sentence.index - 1 &&
    !insideQuotation(state.text, sentence.start) &&
    pronounSpeaks(state.lexicon.words, sentence.text)
  )
    frame.speakers = [...new Set([...before.claimants, ...frame.speakers])];
  // "The agency published its assessment: the attack was carried out by X", "Okafor: We traced it
  // to X": the document's author or the turn's label before the colon speaks what follows.
  if (frame.speakers.length === 0) {
    const speaker = colonSpeaker(frame);
    if (speaker) frame.speakers = claimantsOf(frame, [speaker]);
  }
  // "the service put out a statement saying the attack was carried out by a group it calls X":
  // the body that names the group under its own name reports the finding.
  if (frame.speakers.length === 0) {
    const namer = groupNamer(frame);
    if (namer) frame.speakers = claimantsOf(frame, [namer]);
  }
  const named = quotationNamedAfter(frame);
  if (named) state.quotationsNamedAfter.push(named);
  frame.relativeClaimants = claimantsInRelatives(frame);
  runClaimRules(frame);
  if (
    frame.speakers.length > 0 &&
    (STATEMENT_ISSUED.test(sentence.text) || (frame.speakers.length > 1 && JOINTLY.test(sentence.text)))
  )
    state.discourse.statement = frame.speakers;
  const introducer = /[“”"]/.test(sentence.text)
    ? undefined
    : frame.speakers.length > 0
      ? frame.speakers
      : subjectPerson(frame);
  state.discourse.introduced = introducer ? { claimants: introducer, index: sentence.index } : undefined;
  const about = bodySpeaking(frame) ?? subjectBody(frame);
  state.discourse.subject = about ? { claimants: about, index: sentence.index } : undefined;
  if (frame.speakers.length > 0)
    state.discourse.quotation = {
      speakers: quotesOthers && quotationSpeakers ? quotationSpeakers : frame.speakers,
      index: sentence.index,
      quotes: /[“”"]/.test(sentence.text),
    };
  return frame.entitiesNeeded;
}

/**
 * "X, which Orsk Labs believes works for Y": an attribution made inside a relative clause that
 * names its own reporter is that reporter's, not the sentence's speakers'; and who the relative
 * clauses name speak only there, not for the sentence's claims on what is named before them,
 * unless they also speak the sentence. Read by emit: the clause's reporters replace the claimants
 * a rule found from the sentence's speakers for what the clause says, and leave the rest.
 */
function claimantsInRelatives(frame: Frame): Frame["relativeClaimants"] {
  const reports = reportsInRelatives(frame);
  const first = reports[0];
  if (!first) return undefined;
  const inside = (s: { start: number; end: number }) =>
    reports.some((r) => s.start >= r.start && s.end <= r.end);
  const speaking = new Set(
    claimantsOf(
      frame,
      actorsOf(
        frame,
        frame.speakerSlots.filter((s) => !inside(s)),
      ),
    ),
  );
  const quoted = new Set(
    claimantsOf(
      frame,
      reports.flatMap((r) => r.reporters),
    ),
  );
  return (source, target, claimants) => {
    const report = reportOf(frame, reports, source, target);
    if (report) return claimantsOf(frame, report.reporters).filter((k) => k !== source && k !== target);
    // A claim outside every relative clause: its target is named before the first of them.
    const outside = frame.slots.some((s) => s.key === target && s.end <= first.start);
    return outside ? claimants.filter((k) => !quoted.has(k) || speaking.has(k)) : claimants;
  };
}

/**
 * A capitalised short form: initials ("NPA", "DSS") or one capitalised word ("the Treasury"), not the
 * first part of "ABC-Net", "BBC's" or a longer name ("Treasury Department").
 */
const SHORT_FORM = /\b(\p{Lu}{2,6}|\p{Lu}\p{Ll}{3,})\b(?![-’'.]\p{L})(?!\s+\p{Lu})/gu;
/** A short form of capitals alone: initials, not "Treasury" (a module constant: see README.md on `\p` literals). */
const ALL_CAPITALS = /^\p{Lu}+$/u;

/**
 * The body a short form names when the article never introduced it: the one agency or organization
 * of the article whose name has those initials, when the short form is its clause's subject and
 * speaks ("The NPA said", "The NPA named the group and said", "..., and the NPA added"). A wire's
 * name never ("..., AFP reported"); a body whose initials fit only with its "of <place>" dropped
 * speaks when the sentence does not name it in full (a hit body speaking of its own breach).
 */
function acronymSpeaker(frame: Frame): string | undefined {
  const { state, sentence, slots } = frame;
  const { speechAfter, speechJoined } = patternsOf(state.lexicon.words);
  // Only a verb of speech makes a short form speak: a sentence holding none has no such speaker.
  // (speechJoined read on the whole sentence finds whatever it finds after any short form in it.)
  if (!speechCue(state.lexicon.words).test(sentence.text) && !speechJoined.test(sentence.text))
    return undefined;
  const wires = new Set(NEWS_AGENCIES.map((w) => w.toUpperCase()));
  for (const m of matchesOf(SHORT_FORM, sentence.text)) {
    const short = m[0];
    if (wires.has(short)) continue;
    const start = sentence.start + m.index;
    const end = start + short.length;
    if (slots.some((s) => s.start < end && s.end > start)) continue;
    const after = state.text.slice(end, sentence.end);
    const verb = speechAfter.exec(after);
    // No verb of speech right after it, nor one joined later in the sentence: it does not speak.
    if (!verb && !speechJoined.test(after)) continue;
    const clause = clauseStart(frame, start);
    const before = state.text.slice(clause, start).replace(/\b[Tt]he\s+$/, "");
    // "X, the NPA said, is run by Y": a speaker set off by commas inside the clause it speaks.
    const aside = verb !== null && /,\s*$/.test(before) && after.charAt(verb[0].length) === ",";
    // What opens the clause before it: nothing, "The", a short opening phrase ("In a note, the").
    if (!SUBJECT_OPENING.test(before) && !aside) continue;
    if (!verb && !(clause === sentence.start && speechJoined.test(after))) continue;
    const bodies = [...state.entities.values()].filter(
      (e) =>
        (e.type === "agency" || e.type === "organization") &&
        [e.label, ...e.aliases].some((n) => {
          // "the Treasury" after "the US Department of the Treasury": the last word of the name.
          if (!ALL_CAPITALS.test(short)) return fold(n.split(/\s+/).at(-1) ?? "") === fold(short);
          const [whole, ...lessOwner] = initialsOf(n);
          return whole === short || (lessOwner.includes(short) && !slots.some((s) => s.key === e.key));
        }),
    );
    const [body, ...others] = bodies;
    if (body && others.length === 0) return body.key;
  }
  return undefined;
}

/** The cue of `speechAfter` (pattern-cue.ts): a text without it holds no verb of speech that pattern reads. */
const speechCue = (words: Words) =>
  patternFor(words, "claiming.speech-cue", (w) => cuePattern(patternsOf(w).speechAfter));

/** A sentence that names who spoke the quotation before it: "That was the assessment of X", "Those were the words of X". */
const NAMED_AFTER =
  /^\W*(?:<p[^>]*>\s*)?(?:That|Those|These)\s+(?:was|were)\s+(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:of|from)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;

/**
 * '"The evidence points to X." That was the assessment of Jane Doe, the minister': a quotation
 * standing alone in its paragraph, whose speaker the next sentence names, is that speaker's.
 * Read when that sentence is claimed: the quotation's span and who the sentence names, kept in the
 * claim memory for withQuotationSpeakers (the quotation's claims are all made by then).
 */
function quotationNamedAfter(frame: Frame): QuotationNamedAfter | undefined {
  const { state, sentence } = frame;
  const person = frame.slots.find((s) => s.kind === "actor" && s.source === "person");
  if (!person || !NAMED_AFTER.test(state.text.slice(sentence.start, person.start))) return undefined;
  // The quotation: the paragraph right before, opening and closing with quote marks.
  const gap = /[”"]\s*(?:<\/p>\s*)?(?:<p[^>]*>\s*)?$/.exec(
    state.text.slice(Math.max(0, sentence.start - 40), sentence.start),
  );
  if (!gap) return undefined;
  const closeAt = sentence.start - gap[0].length;
  const paragraph = Math.max(state.text.lastIndexOf("\n", closeAt), state.text.lastIndexOf("<p", closeAt));
  const opening = state.text.slice(paragraph + 1, closeAt);
  if (!/^[^“"]{0,12}[“"]/.test(opening) || (opening.match(/[“”"]/g) ?? []).length !== 1) return undefined;
  return { from: Math.max(0, paragraph), to: sentence.start, claimants: claimantsOf(frame, [person.key]) };
}

/**
 * The claims once every quotation's speaker named after it is known: an attribution the quotation
 * makes with no speaker (its first evidence inside the quotation) gains that speaker, less its
 * own two ends. Applied in the order the article names the speakers.
 */
export function withQuotationSpeakers(
  claims: readonly ExtractedClaim[],
  quotations: readonly QuotationNamedAfter[],
): ExtractedClaim[] {
  return quotations.reduce<ExtractedClaim[]>(
    (out, { from, to, claimants }) =>
      out.map((claim) => {
        const at = claim.evidence[0]?.start;
        if (
          claim.type !== "attributed-to" ||
          at === undefined ||
          at < from ||
          at >= to ||
          claim.claimants.length > 0
        )
          return claim;
        const own = claimants.filter((k) => k !== claim.source && k !== claim.target);
        return { ...claim, claimants: own, evidence: claim.evidence.map((e) => ({ ...e, claimants: own })) };
      }),
    [...claims],
  );
}

/**
 * "It alleged that", "It also said", "It also blamed the same group for ...", "It named the group,
 * X, which it says ...": the pronoun opening the sentence as the subject of a verb of speech, or of
 * one whose subject makes the accusation (blaming, tying, naming, concluding) as a speaker does.
 */
function pronounSpeaks(words: Words, text: string): boolean {
  const pronoun = OPENING_IT.exec(text);
  if (pronoun === null) return false;
  const rest = text.slice(pronoun[0].length);
  return patternsOf(words).speechAfter.test(rest) || pronounAccuses(words).test(rest);
}

/** Right after the subject: a verb whose subject accuses ("blamed", "has tied", "also named", "concluded"), active only. */
const pronounAccuses = (words: Words) =>
  patternFor(words, "claiming.pronounAccuses", (w) => {
    const { blame, attribute, identify, judgement, accuseAt } = w.verbs;
    const verbs = [blame, attribute, identify, judgement, accuseAt].flatMap((v) => [v.past, v.third]);
    return new RegExp(
      String.raw`^\s*(?:(?:${alternation(VERB_LEAD_ADVERBS)})\s+){0,3}(?:${verbs.join("|")})\b`,
    );
  });

/** Who spoke the sentence, when the first of them is no person ("it" never stands for a person). */
function bodySpeaking(frame: Frame): string[] | undefined {
  const first = frame.speakers[0];
  return first && frame.state.entities.get(first)?.type !== "person" ? frame.speakers : undefined;
}

/**
 * The body (no person) a sentence is about: its subject opening it ("The UAE's Cyber Security Council
 * went further", "CERT-UA has published a note"), or the owner of a subject that is no actor ("The
 * European Union's statement was more cautious").
 */
function subjectBody(frame: Frame): string[] | undefined {
  const subject = openingActor(frame);
  if (!subject || frame.state.entities.get(subject.key)?.type === "person") return undefined;
  return claimantsOf(frame, [subject.key]);
}

/** The person opening a sentence as its subject ("Interior Minister Jane Roe briefed the cabinet"), with the bodies they serve. */
function subjectPerson(frame: Frame): string[] | undefined {
  const subject = openingSubject(frame);
  return subject && frame.state.entities.get(subject.key)?.type === "person"
    ? claimantsOf(frame, [subject.key])
    : undefined;
}

/** A sentence opening with a quotation mark, naming no speaker once its quoted words are taken out. */
function opensOwnlessQuotation(words: Words, text: string): boolean {
  return /^\W{0,3}[“"]/.test(text) && !ownSpeaker(words).test(text.replace(QUOTED, ""));
}

/** After the quotation the sentence at `start` opens, a sentence naming who spoke it ("That was the minister, X"). */
function namedAfterQuotation(text: string, start: number): boolean {
  const open = text.slice(start).search(/[“"]/);
  if (open < 0) return false;
  const quotation = text.slice(start + open + 1);
  const close = quotation.search(/[”"]/);
  return close >= 0 && NAMED_AFTER_OPENING.test(quotation.slice(close + 1));
}
const NAMED_AFTER_OPENING = /^\s*(?:<\/p>\s*)?(?:<p[^>]*>\s*)?(?:That|Those|These)\s+(?:was|were)\b/;

/** A quotation's words, and a verb of speech or a speaker's noun left once they are taken out. */
const QUOTED = /[“"][^”"]*(?:[”"]|$)/g;
const ownSpeaker = (words: Words) =>
  patternFor(words, "claiming.ownSpeaker", (w) => {
    const v = w.verbs.ownSpeech;
    return new RegExp(String.raw`\b(?:${v.past}|${v.third}|according)\b`, "i");
  });

const STATEMENT = String.raw`(?:joint\s+|short\s+|written\s+|brief\s+|separate\s+)?(?:statement|communiqu[eé])`;
/** Speakers introducing a statement: "said in a joint statement", "in a statement on Friday, X said". */
const STATEMENT_ISSUED = new RegExp(String.raw`\b[Ii]n\s+an?\s+${STATEMENT}\b`);
/** Co-signers speaking as one: "A, B and C today jointly assess that ...". */
const JOINTLY = /\bjointly\b/i;
/** A sentence the statement speaks: "the statement said", "The statement, issued in three capitals, said", "according to the statement". */
const statementSpeaks = (words: Words) =>
  patternFor(words, "claiming.statementSpeaks", (w) => {
    const v = `${w.verbs.statementSpeech.past}|${w.verbs.statementSpeech.third}`;
    // An apposition between the statement and its verb is one comma-closed phrase.
    return new RegExp(
      String.raw`\b(?:[Tt]he|[Tt]hat|[Tt]heir|[Ii]ts)\s+(?:same\s+)?${STATEMENT}\b(?:,[^.;,“”"]+,)?\s+(?:also\s+)?(?:${v})\b|\b(?:${v})\s+the\s+${STATEMENT}\b|\b[Aa]ccording\s+to\s+the\s+${STATEMENT}\b`,
    );
  });

/** The claim rules' state: the article as read so far, seen read-only, and the claim memory. */
export function claimStateOf(view: DocumentView, memory: ClaimMemory): ClaimState {
  return {
    id: view.id,
    text: view.text,
    lexicon: view.lexicon,
    entities: view.entities,
    persons: view.persons,
    stateSalience: view.stateSalience,
    claims: memory.claims,
    lastAccusedOf: memory.lastAccusedOf,
    affiliationsClaimed: memory.affiliationsClaimed,
    discourse: memory.discourse,
    quotationsNamedAfter: memory.quotationsNamedAfter,
  };
}
