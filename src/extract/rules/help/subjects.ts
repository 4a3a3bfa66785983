/**
 * Who acts in a help clause: the clause's subject, a relative clause's antecedents, members of an
 * alliance, the speaker a pronoun stands for, the page's issuer ("we"), and bodies named by a
 * description ("the lender", "the agency").
 */
import nlp from "compromise";
import { bodyCalled } from "../../coref";
import { EXTRACTION_DEFAULTS } from "../../defaults";
import {
  NAME_WORDS,
  PERFECT_AUXILIARIES,
  RELATIVE_CLAUSE_LEADS,
  TEAM_QUANTIFIERS,
  VERB_ADVERBS,
  ISSUED_DOCUMENTS,
  alternation,
  type Words,
} from "../../lexicon";
import type { Slot } from "../../mentions";
import {
  clauseStart,
  isActor,
  memberNoun,
  objectAfter,
  pastOpeningPhrase,
  patternFor,
  subjectBefore,
  typeOf,
  type Frame,
} from "../frame";
import { issuerSpeaking } from "../reporters";
import { startsCapitalized } from "../../text";

/**
 * Who acts at `at`: the clause's subject, or the speaker when the subject is a pronoun ("Spain
 * said it stands ready", "The FBI said it was working with").
 */
export function actingSubject(frame: Frame, at: number, before: string): Slot[] {
  // "asked X for help and a team from the NCSC has been working with": the team's clause has its own subject.
  const team = joinedTeamSenders(frame, at, before);
  if (team.length > 0) return team;
  // "a team deployed at the request of the Vanuatu government was working with": a preposition's object is no subject;
  // "According to Bolivia, Chile sent experts": after an opening phrase, the main clause's subject acts.
  // "sought help from A and B, both of which have deployed teams": the relative's antecedents act, not the main subject.
  const antecedents = relativeAntecedent(frame, before);
  if (antecedents.length > 0) return antecedents;
  const subject = pastOpeningPhrase(frame, membersNamed(frame, subjectBefore(frame, at)), at);
  // "Portugal, whose cyber centre has sent two analysts": the centre acts, and its owner with it.
  const whose = WHOSE_CLAUSE.exec(before);
  if (whose) {
    // "help from Portugal, whose National Cybersecurity Centre has sent": one mention names the body
    // with its owner, and that body acts (its owner with it: see `ownersNamedWith`).
    const whoseAt = frame.sentence.start + whose.index;
    const named = frame.slots.find(
      (s) => s.kind === "actor" && s.start < whoseAt && s.end > whoseAt && isActor(frame, s),
    );
    if (named) return [named];
    const owner = [...frame.slots]
      .reverse()
      .find((s) => s.kind === "actor" && s.end <= frame.sentence.start + whose.index && isActor(frame, s));
    const ownerEnd = owner ? owner.end - frame.sentence.start : -1;
    // "thanks A and B, whose experts supported": both own the experts.
    if (owner && /^\s*["”]?\s*$/.test(before.slice(ownerEnd, whose.index)))
      return [...subject, ...antecedentsAt(frame, frame.sentence.start + whose.index)];
  }
  if (subject.length === 0) {
    const antecedent = relativeAntecedent(frame, before);
    if (antecedent.length > 0) return antecedent;
    const shared = sharedSubject(frame, before);
    if (shared.length > 0) return shared;
  }
  if (subject.length > 0 || !/\b(?:it|they|we)\s+(?:\w+\s+)?["“]?$/i.test(before)) return subject;
  // "X sent a team to <city> on Monday, and it is helping": the pronoun is the first clause's subject.
  const coordinated = COORDINATED_PRONOUN.exec(before);
  if (coordinated) {
    const first = subjectBefore(frame, frame.sentence.start + coordinated.index).filter(
      (s) => typeOf(frame, s.key) !== "person",
    );
    if (first.length > 0) return first;
  }
  const speaker = frame.speakerSlots.find((s) => s.end <= at);
  if (speaker) return subjectBefore(frame, speaker.end);
  // "The British government, for its part, said it": the subject of the verb that reports the pronoun's clause.
  const reported = reportedPronoun(frame.state.lexicon.words).exec(before);
  return reported ? subjectBefore(frame, frame.sentence.start + reported.index) : [];
}

/** ", and it is", "and they have": a clause joined by "and" whose subject is a pronoun. */
const COORDINATED_PRONOUN = /,?\s+and\s+(?:it|they)\s+(?:\w+\s+)?$/i;

/** A verb joined to the one before by "and", with no subject of its own ("confirmed the intrusion and thanked"). */
export const VERB_COORDINATION =
  /(?:\s|,\s*)(?:and|but)\s+(?:(?:also|later|then|has|have|had|is|are|was|were|now)\s+){0,2}$/i;

/**
 * "The harbour board, in a memo, admitted a leak and thanked Firm Z": a verb
 * coordinated with the one before shares its subject, the subject of the clause before "and".
 */
export function sharedSubject(frame: Frame, before: string): Slot[] {
  const and = VERB_COORDINATION.exec(before);
  if (!and) return [];
  const at = frame.sentence.start + and.index;
  const subject = subjectBefore(frame, at);
  // "The bank, in a statement, confirmed ... and thanked": the sentence's opening subject, past an aside.
  const opening = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.end < at &&
      !s.possessive &&
      /^\W*(?:the\s+)?$/i.test(frame.state.text.slice(frame.sentence.start, s.start)),
  );
  const chosen = subject.length > 0 ? subject : opening ? [opening] : [];
  // The first clause has a verb of its own between its subject and "and".
  return chosen.length > 0 && chosen[0]!.end - frame.sentence.start < and.index - 8 ? chosen : [];
}

/**
 * "NATO allies Estonia and Latvia", "fellow EU member Finland": an alliance naming whose members
 * follow qualifies them; the members are the phrase's head.
 */
function membersNamed(frame: Frame, subject: Slot[]): Slot[] {
  const alliance = subject[0];
  if (!alliance || typeOf(frame, alliance.key) !== "organization") return subject;
  const gap = memberNounAfter(frame.state.lexicon.words).exec(
    frame.state.text.slice(alliance.end, frame.sentence.end),
  );
  if (!gap) return subject;
  const members = objectAfter(frame, alliance.end + gap[0].length);
  return members[0]?.start === alliance.end + gap[0].length &&
    members.every((s) => typeOf(frame, s.key) === "state")
    ? members
    : subject;
}

/** A member noun between an alliance and its members' names ("NATO allies", "EU member states", "EU partners"). */
const memberNounAfter = (words: Words) =>
  patternFor(
    words,
    "member-noun-after",
    (w) => new RegExp(`^\\s+(?:${memberNoun(w)}|${w.nouns.ally.any}|${w.nouns.partner.any})\\s+`, "i"),
  );

/**
 * The subject of a relative clause is its antecedent: "the CISA, which shared indicators",
 * "CERT-In and the NCIIPC, both of which have deployed teams", "ANSSI, which sent three experts":
 * the actors right before the comma (joined by "and"), a bracketed short form or a team noun between.
 */
function relativeAntecedent(frame: Frame, before: string): Slot[] {
  // "X sent four analysts, who have been working with Y": the team X sent acts for X.
  const sent = sentTeamRelative(frame.state.lexicon.words).exec(before);
  const senders = sent ? subjectBefore(frame, frame.sentence.start + sent.index) : [];
  if (senders.length > 0) return senders;
  const relative = RELATIVE_SUBJECT.exec(before);
  if (relative) return antecedentsAt(frame, frame.sentence.start + relative.index);
  // "thanking Russian specialists who helped": a restrictive relative after a team noun has the team's
  // owner for its subject, not the sentence's subject ("the analysts who helped" names no one).
  const restrictive = patternFor(
    frame.state.lexicon.words,
    "team-relative",
    (w) =>
      new RegExp(
        `\\s+(?:${w.nouns.team.any})\\s+(?:who|that)\\s+(?:(?:${RELATIVE_ADVERBS})\\s+){0,2}["“]?$`,
        "i",
      ),
  ).exec(before);
  return restrictive
    ? antecedentsAt(
        frame,
        frame.sentence.start + restrictive.index + restrictive[0].search(/\s+(?:who|that)\b/i),
      )
    : [];
}

/**
 * A relative clause, or "where they", whose subject is a team the clause before it says was sent:
 * "sent four specialists, who have been", "deployed a team from its rapid reaction force, which is
 * now", "sent five specialists to Esbjerg, where they". The match starts at the verb of sending.
 */
const sentTeamRelative = (words: Words) =>
  patternFor(
    words,
    "sent-team-relative",
    (w) =>
      new RegExp(
        `\\b(?:${w.verbs.deliver.past})\\s+(?:(?:${alternation(TEAM_QUANTIFIERS)})\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${w.nouns.team.any})\\b[^,;:.]{0,60}?(?:,?\\s+(?:who|which|that)|,\\s+where\\s+they)\\s+(?:\\p{Ll}+\\s+){0,3}["“]?$`,
        "iu",
      ),
  );

/**
 * "and a team from the UK's NCSC", "and two CISA analysts", "and that FBI agents": a team joined by
 * "and" as the subject of the verb at `at`; the actors the team phrase names are who acts. "And"
 * without a comma opens no clause of its own (see clauseStarts), so the sentence's first subject
 * would be read instead.
 */
function joinedTeamSenders(frame: Frame, at: number, before: string): Slot[] {
  const joined = joinedTeam(frame.state.lexicon.words).exec(before);
  if (!joined) return [];
  const from = frame.sentence.start + joined.index;
  // "The Chilean embassy and officers from X are working with": a list is one subject, not two
  // clauses; the first clause has a word after its subject (its verb) before "and".
  const start = clauseStart(frame, at);
  const first = frame.slots.find((s) => s.kind === "actor" && s.start >= start && s.end <= from);
  if (!CLAUSE_WORD.test(frame.state.text.slice(first?.end ?? start, from))) return [];
  return frame.slots.filter(
    (s) =>
      s.kind === "actor" &&
      s.start >= from &&
      s.end <= at &&
      isActor(frame, s) &&
      typeOf(frame, s.key) !== "person",
  );
}

/** A lower-case word other than "and", "or", "the": the words before "and" hold a verb, so a clause. */
const CLAUSE_WORD = /\b(?!(?:and|or|the)\b)\p{Ll}{2,}/u;

/** A team noun phrase after "and" ending the text before a verb, its senders named in it or after "from". */
const joinedTeam = (words: Words) =>
  patternFor(
    words,
    "joined-team",
    (w) =>
      new RegExp(
        `\\sand\\s+(?:that\\s+)?(?:(?:${alternation(TEAM_QUANTIFIERS)})\\s+)?(?:[^\\s,;:]+\\s+){0,4}?(?:${w.nouns.team.any})(?:\\s+(?:from|of)\\s+[^,;:]{1,80}?)?\\s*$`,
        "iu",
      ),
  );

/** The actors a relative clause opening at `comma` refers to: the one before it, and those joined to it by "and". */
function antecedentsAt(frame: Frame, comma: number): Slot[] {
  const { text } = frame.state;
  const actors = frame.slots.filter((s) => s.kind === "actor" && s.end <= comma && isActor(frame, s));
  const out: Slot[] = [];
  let edge = comma;
  for (const s of [...actors].reverse()) {
    const gap = text.slice(s.end, edge);
    // "the BSI and the UK's NCSC, whose": the possessor is part of the next antecedent's name.
    const owner = s.possessive && out.length > 0 && /^['’]s\s+$/.test(gap);
    const fits =
      owner ||
      (out.length === 0 ? ANTECEDENT_TAIL.test(gap) : /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/i.test(gap));
    // "sent a team to Port Moresby, which worked with ...": a destination is not what the clause is
    // about; a body is no place ("its appreciation to the Council, whose responders worked").
    const destination =
      typeOf(frame, s.key) === "state" &&
      /\b(?:to|in|into|at)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(frame.sentence.start, s.start - 8), s.start),
      );
    if (!fits || destination) break;
    // The possessor only bridges to the antecedents before it: the body it owns acts, not its state.
    if (!owner) out.unshift(s);
    edge = s.start;
  }
  return out;
}

/** Auxiliaries and adverbs between a relative pronoun and its verb, as one alternation. */
const RELATIVE_ADVERBS = alternation(RELATIVE_CLAUSE_LEADS);

/** ", which", ", who have", ", both of which have": a relative clause whose subject is the antecedent. */
const RELATIVE_SUBJECT = new RegExp(
  `,\\s+(?:(?:both|all|each|some|one|two|three)\\s+of\\s+)?(?:which|who)\\s+(?:(?:${RELATIVE_ADVERBS})\\s+){0,2}$`,
  "i",
);

/** What may stand between an antecedent and the comma: a bracketed short form, a team noun ("SRI teams"). */
const ANTECEDENT_TAIL = /^(?:\s*\([^)]{1,20}\))?(?:\s+[\p{Ll}-]+){0,1}\s*$/u;

/** "... said it", "... says that they": the verb reporting a pronoun subject's clause. */
const reportedPronoun = (words: Words) =>
  patternFor(
    words,
    "reported-pronoun",
    (w) =>
      new RegExp(
        `\\b(?:${w.verbs.speech.past}|${w.verbs.speech.third}|${w.verbs.speechPast.past})\\s+(?:that\\s+)?(?:it|they|we)\\s+(?:\\w+\\s+)?["“]?$`,
        "i",
      ),
  );

/** ", whose cybersecurity program offered": a relative clause whose owner is the actor before it. */
const WHOSE_CLAUSE = /,\s+whose\s+[^,;:]*$/i;

/**
 * A body by one word: a head noun ("the court", "the company": the company spoken of last, unless
 * `lastCompany` is false), or a word of its name.
 */
export function namedBody(frame: Frame, word: string, at: number, lastCompany = true): string | undefined {
  const noun = word.toLowerCase();
  if (COMPANY_NOUNS.has(noun))
    return bodyCalled(frame.state, noun, at) ?? (lastCompany ? frame.lastOrganization : undefined);
  // A capitalised word, not an acronym ("IT staff"): acronyms the article resolved are slots.
  if (BODY_NOUNS.has(noun) || startsCapitalized(word)) return bodyCalled(frame.state, word, at);
  return undefined;
}

/** The body (not a state) the incident under discussion hit. */
export function incidentBody(frame: Frame): string | undefined {
  const incident = frame.currentIncident ? frame.state.entities.get(frame.currentIncident) : undefined;
  return incident?.targets?.find((t) => ["agency", "organization"].includes(typeOf(frame, t) ?? ""));
}

/**
 * "The Netherlands said British intelligence had helped", "Dutch police have assisted": a
 * subject made of a state's adjective and a service noun is that state.
 */
export function institutionSubject(frame: Frame, at: number): Slot[] {
  const from = clauseStart(frame, at);
  const pattern = patternFor(
    frame.state.lexicon.words,
    "institution-subject",
    (w) =>
      new RegExp(
        `^\\s+(?:${w.nouns.institution.any}|${w.nouns.team.any})\\s+(?:(?:has|have|had|also|already)\\s+){0,2}$`,
        "i",
      ),
  );
  const modifier = frame.slots.find(
    (s) =>
      s.source === "demonym" &&
      s.start >= from &&
      s.end <= at &&
      typeOf(frame, s.key) === "state" &&
      pattern.test(frame.state.text.slice(s.end, at)),
  );
  return modifier ? [modifier] : [];
}

/**
 * Module constants, as README.md asks of `\p` literals: "it" before a verb; "the" and a
 * capitalised head alone; "the" before a lower-case word.
 */
const IT_BEFORE_VERB = /^\s*it\s+(?:to\s+)?\p{Ll}/u;
const THE_CAPITALISED_HEAD = /^\s*the\s+(\p{Lu}\p{Ll}+)\b(?!\s+(?:of|on|for|\p{Lu}))/u;
const THE_LOWER_CASE = /^\s*the\s+(?=\p{Ll})/u;

/** Head nouns of a definite description of a company ("the operator"), and of a public body or company ("the bank"). */
const COMPANY_NOUNS = new Set<string>(NAME_WORDS.referringBodyNouns.company);
const BODY_NOUNS = new Set<string>([
  ...NAME_WORDS.institutionHeads,
  ...NAME_WORDS.looseInstitutionHeads,
  ...NAME_WORDS.referringBodyNouns.body,
  ...NAME_WORDS.partnerBodyNouns,
]);

/**
 * The body a definite description or "it" in object position refers back to: "helping the bank to
 * rebuild", "arrived to help the company", "helped the authority get ... back", "helping it restore":
 * the body or company named last whose name has that head noun (a company noun: the company the
 * article spoke of last); "it" before a verb: the body hit by the incident under discussion.
 */
export function bodyReferredAt(frame: Frame, at: number): string | undefined {
  const { state } = frame;
  const rest = state.text.slice(at, Math.min(frame.sentence.end, at + 40));
  if (IT_BEFORE_VERB.test(rest)) return incidentBody(frame);
  // "to help the Commission audit": a body's head noun capitalised alone, as a house style writes it.
  const capitalised = THE_CAPITALISED_HEAD.exec(rest)?.[1]?.toLowerCase();
  if (capitalised && BODY_NOUNS.has(capitalised)) return bodyCalled(state, capitalised, at);
  const article = THE_LOWER_CASE.exec(rest);
  if (!article) return undefined;
  // "assisting the regional tax authority with", "the harbour police": the head is the phrase's last noun.
  // Tagging the sentence costs a compromise parse: only when a word of the phrase could be that head.
  if (!mayNameBody(state.text.slice(at + article[0].length, frame.sentence.end))) return undefined;
  const noun = phraseHead(
    state.text.slice(frame.sentence.start, frame.sentence.end),
    at + article[0].length - frame.sentence.start,
  );
  const isCompany = !!noun && COMPANY_NOUNS.has(noun);
  if (!noun || (!isCompany && !BODY_NOUNS.has(noun))) return undefined;
  return bodyCalled(state, noun, at) ?? (isCompany ? frame.lastOrganization : undefined);
}

/** Whether the lower-case words opening `text` hold a body's or a company's noun (phraseHead's head can only be one of them). */
function mayNameBody(text: string): boolean {
  for (const word of text.split(/\s+/)) {
    if (!/^\p{Ll}/u.test(word)) return false;
    for (const part of word.split(/[-–]/)) {
      const bare = part
        .toLowerCase()
        .replace(/[^\p{L}'’]+$/u, "")
        .replace(/['’]s?$/, "");
      if (COMPANY_NOUNS.has(bare) || BODY_NOUNS.has(bare)) return true;
    }
  }
  return false;
}

/**
 * The head of the noun phrase starting at `from` in `text` (lower case): the last of its nouns and
 * adjectives (compromise's tags), a possessive ending it ("the agency's staff": agency); a noun a
 * determiner or pronoun follows is a mis-tagged verb ("the board restore its"). None before "of"/"for".
 */
function phraseHead(text: string, from: number): string | undefined {
  // compromise keeps every character in a term's pre, text or post: a term starts where the ones before it end.
  const terms: Array<{ text: string; post: string; tags: ReadonlySet<string> }> = [];
  let elapsed = 0;
  for (const t of nlp(text.replace(/\s/g, " ")).docs.flat()) {
    if (elapsed + t.pre.length >= from) terms.push({ text: t.text, post: t.post, tags: t.tags ?? new Set() });
    elapsed += t.pre.length + t.text.length + t.post.length;
  }
  let head: { text: string; next?: string } | undefined;
  for (const [i, t] of terms.entries()) {
    const next = terms[i + 1]?.text;
    if (!/^\p{Ll}/u.test(t.text) || !(t.tags.has("Noun") || t.tags.has("Adjective"))) break;
    if (t.tags.has("Pronoun") || /^(?:its|their|his|her)$/.test(t.text)) break;
    if (head && /^(?:its|their|the|a|an|his|her)$/i.test(next ?? "")) break;
    head = { text: t.text, next };
    if (t.tags.has("Possessive") || /[,.;:)]/.test(t.post)) break;
  }
  if (!head || /^(?:of|for)$/i.test(head.next ?? "")) return undefined;
  return head.text.toLowerCase().replace(/['’]s$/, "");
}

/**
 * A clause whose subject is a definite description of a body ("the bank asked", "that the
 * hospital had asked"): the body named last with that head noun.
 */
export function describedSubject(frame: Frame, at: number, before: string): string[] {
  const noun = describedSubjectBefore(frame.state.lexicon.words).exec(before)?.[1]?.toLowerCase();
  if (!noun || !(COMPANY_NOUNS.has(noun) || BODY_NOUNS.has(noun))) return [];
  const body = bodyCalled(frame.state, noun, at);
  return body ? [body] : [];
}

/** "The lender then asked", "said the agency had asked": "the" and a lower-case noun opening the clause. */
const describedSubjectBefore = (words: Words) =>
  patternFor(
    words,
    "described-subject",
    (w) =>
      new RegExp(
        // "The Authority also thanked": a head noun capitalised alone, as a house style writes it.
        `(?:^\\W*|[.;:]\\s+|,\\s+(?:and\\s+)?|\\b(?:that|${w.verbs.speech.past}|${w.verbs.speech.third})\\s+)[Tt]he\\s+(\\p{Ll}+|\\p{Lu}\\p{Ll}+)\\s+` +
          `(?:(?:${[...PERFECT_AUXILIARIES, ...VERB_ADVERBS].join("|")})\\s+){0,3}$`,
        "u",
      ),
  );

/** "we" outside any quotation, in a page written in its issuer's voice: the issuer ("We thank X"). */
export function issuerAsWe(frame: Frame, before: string): string[] {
  if (!/\b[Ww]e\s+(?:(?:have|had|also|then|later|would|again)\s+){0,2}$/.test(before)) return [];
  const issuer = pressIssuer(frame);
  return issuer ? [issuer] : [];
}

/**
 * The issuer of its own document (a press release, an advisory or bulletin with its number, a
 * "TLP:" marking in the page head) speaking outside quotations, if any. A news page's first
 * sentence-opening body is a source, not the writer, and a sentence ending in a speech tag
 * ("We thank X, a minister told reporters") is the speaker's, quotation marks lost or not.
 */
export function pressIssuer(frame: Frame): string | undefined {
  if (frame.speakerSlots.length > 0) return undefined;
  const { words } = frame.state.lexicon;
  const head = frame.state.text.slice(0, EXTRACTION_DEFAULTS.pageHeadChars);
  if (!ISSUED_DOCUMENT.test(head) || speechTagged(words).test(frame.sentence.text)) return undefined;
  return issuerSpeaking(frame);
}

/** A head marking an issuer's own document: "press release", "communiqué", "ADVISORY CERT-X-2026-117", "Bulletin No. 12", "TLP:CLEAR". */
const ISSUED_DOCUMENT = new RegExp(
  String.raw`\b(?:press|media|news)\s+(?:release|statement)|communiqu[eé]|\bTLP:|\b(?:${alternation(ISSUED_DOCUMENTS)})\s+(?:(?:no\.?|number|#)\s*[\p{L}\d-]*\d|[\p{L}\d]+(?:-[\p{L}\d]+)*-[\p{L}\d]*\d)`,
  "iu",
);

/** ", an Estonian minister told reporters." closing the sentence: who speaks it is named there, not the page. */
const speechTagged = (words: Words) =>
  patternFor(
    words,
    "speech-tagged",
    (w) =>
      new RegExp(
        String.raw`,\s+(?!(?:which|who|whose|that)\b)[^,;]{1,80}?\b(?:${w.verbs.speech.past}|${w.verbs.speech.third})\b[^,;]{0,40}$`,
        "iu",
      ),
  );
