/**
 * The extraction pipeline, one pure stage per module: clean → sentences → metadata → mentions
 * (actors, persons, references, incidents) → claims. Browser-safe: no Node built-ins; the CLI and
 * the explorer call the same code.
 */
import type { Gazetteer } from "../model";
import { actorsOf, findSpeakers, isHedged, partOfClaims, runClaimRules, type Frame } from "./rules";
import { cleanText } from "./clean";
import { resolvePronouns, resolveRolePhrases } from "./coref";
import { datesCompatible, findDates } from "./dates";
import { createDocumentState, type DocumentState } from "./document-state";
import { labelIncidents } from "./incident-registry";
import { findIncidents } from "./incidents";
import { buildLexicon, matchPhrases, withLemmas, type ExtraLemmas, type Lexicon } from "./lexicon";
import { findActorMentions, type Slot } from "./mentions";
import { readMetadata } from "./metadata";
import { findPersons } from "./people";
import { splitSentences, type Sentence } from "./sentences";
import { titleCase, tokenize } from "./text";
import type { DocumentExtraction, SourceDocument } from "./types";
import { EXTRACTION_DEFAULTS } from "./defaults";

export type { DocumentExtraction, ExtractedClaim, ExtractedEntity, SourceDocument } from "./types";

export interface ExtractionContext {
  lexicon: Lexicon;
  /** Latest year a dateline without a year may fall in. */
  referenceYear: number;
}

export function createExtractionContext(
  gazetteer: Gazetteer,
  options: {
    referenceYear?: number;
    /** Trigger words added to the default lemma lists. */ lemmas?: ExtraLemmas;
  } = {},
): ExtractionContext {
  return {
    lexicon: buildLexicon(gazetteer, withLemmas(options.lemmas ?? {})),
    referenceYear: options.referenceYear ?? new Date().getUTCFullYear(),
  };
}

const ROLE_WITHOUT_NAME =
  /['’]s\s+(?:(?:top|most|senior|chief|foreign|defen[cs]e|cyber|security|highest-ranking|[a-z]+est)\s+){0,3}(diplomat|commanders?|chief|head|minister|envoy|general|leader|official)\b/i;

/** "The European Union's top diplomat condemned...": the next person named holds that office. */
function notePendingRole(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  // Every role of ROLE_WITHOUT_NAME follows a possessive: without one the sentence names none.
  if (!/['’]s\s/i.test(sentence.text)) return;
  for (const slot of slots) {
    const type = state.entities.get(slot.key)?.type;
    if (type !== "state" && type !== "organization") continue;
    // The role may have been folded into the slot already ("the European Union's top diplomat").
    const from = slot.start;
    const m = ROLE_WITHOUT_NAME.exec(state.text.slice(from, Math.min(sentence.end, slot.end + 60)));
    const roleEnd = m ? from + m.index + m[0].length : 0;
    const named =
      m && slots.some((s) => s.source === "person" && s.start >= roleEnd - 1 && s.start <= roleEnd + 4);
    if (m && m.index <= 40 && !/[,;]/.test(state.text.slice(from, from + m.index)) && !named) {
      state.pendingRole = {
        affiliation: slot.key,
        role: m[1],
        sentence: sentence.index,
      };
    }
  }
}

/** "In Canberra, Angus Taylor, the minister ... said": where the sentence is set is whose officials speak in it. */
function noteLocative(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  const locative = slots.find(
    (s) =>
      s.start - sentence.start <= 4 &&
      /^in\s+$/i.test(state.text.slice(sentence.start, s.start)) &&
      /^\s*,/.test(state.text.slice(s.end, s.end + 2)),
  );
  if (locative && state.entities.get(locative.key)?.type === "state")
    state.lastSubjectState = { key: locative.key, sentence: sentence.index };
}

/** What every match of VICTIM_AFTER holds, tested first on the whole sentence. */
const PASSIVE_CUE = /\s(?:was|were|been)\s/;
const VICTIM_AFTER =
  /^(?:['’]s)?(?:\s+(?!(?:said|says|told|added|announced|confirmed|reported|that|it)\b)[\p{L}-]+){0,3}\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:hit|hacked|breached|targeted|attacked|struck|compromised|infected|crippled|disrupted)\b/u;

/** The state this sentence is about, for unqualified titles in the next one: "In Washington, ..." or its first actor's state. */
function noteSubjectState(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  const stateOf = (key: string): string | undefined => {
    const entity = state.entities.get(key);
    if (entity?.type === "state") return key;
    if (entity?.type === "agency") return entity.country;
    if (entity?.type === "person") return state.persons.get(key)?.affiliations.map(stateOf).find(Boolean);
    return undefined;
  };
  const locative = slots.find(
    (s) => s.start - sentence.start <= 4 && /^in\s+$/i.test(state.text.slice(sentence.start, s.start)),
  );
  const first = locative ?? slots.find((s) => s.kind === "actor" && s.source !== "pronoun");
  // "Qatar's gas producer was hit too": a victim is not the state whose officials speak next.
  if (
    first &&
    !locative &&
    PASSIVE_CUE.test(sentence.text) &&
    VICTIM_AFTER.test(state.text.slice(first.end, sentence.end))
  )
    return;
  const key = first ? stateOf(first.key) : undefined;
  if (key) state.lastSubjectState = { key, sentence: sentence.index };
}

/** "WASHINGTON" or "Paris": the state a dateline's capital city stands for. */
function datelineState(lexicon: Lexicon, place: string): string | undefined {
  const match = matchPhrases(tokenize(titleCase(place.toLowerCase())), lexicon).find(
    (m) => m.start === 0 && m.via !== "demonym",
  );
  return match && lexicon.entities.get(match.key)?.type === "state" ? match.key : undefined;
}

function updateSalience(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const slot of slots) {
    const entity = state.entities.get(slot.key);
    if (entity?.type === "organization") state.lastOrganization = slot.key;
    if (entity?.type !== "state" || slot.source === "role" || slot.source === "pronoun") continue;
    const s = state.stateSalience.get(slot.key) ?? {
      count: 0,
      last: 0,
      lead: state.stateSalience.size === 0 && sentence.index <= 1,
    };
    s.count++;
    s.last = sentence.index;
    state.stateSalience.set(slot.key, s);
  }
}

/**
 * Who speaks a quotation that runs over several sentences: the speaker named after the closing
 * mark ("... this cyber attack. Sadly, we knew it,” Josep Borrell told reporters").
 */
function quoteSpeaker(state: DocumentState, sentence: Sentence, sentences: Sentence[]): Slot | undefined {
  // A quotation left open: more opening than closing curly marks, or an odd number of straight ones.
  const opens =
    (sentence.text.match(/“/g) ?? []).length > (sentence.text.match(/”/g) ?? []).length ||
    (sentence.text.match(/"/g) ?? []).length % 2 === 1;
  if (!opens) return undefined;
  for (const next of sentences.slice(
    sentence.index + 1,
    sentence.index + 1 + EXTRACTION_DEFAULTS.quoteSpeakerSentences,
  )) {
    if (!/[”"]/.test(next.text)) continue;
    const tokens = tokenize(next.text, next.start);
    const { slots } = findActorMentions(state, next, tokens);
    findPersons(state, next, tokens, slots);
    const closing = next.start + next.text.search(/[”"]/);
    return findSpeakers(state, next, slots).find((s) => s.start > closing);
  }
  return undefined;
}

function extractSentence(state: DocumentState, sentence: Sentence, sentences: Sentence[]): void {
  const tokens = tokenize(sentence.text, sentence.start);
  const { slots, namedIncidents } = findActorMentions(state, sentence, tokens);
  updateSalience(state, sentence, slots);
  resolveRolePhrases(state, sentence, slots);
  noteLocative(state, sentence, slots);
  const persons = findPersons(state, sentence, tokens, slots);
  const speakerSlots = findSpeakers(state, sentence, slots);
  // A quotation whose speaker is named after it closes, in a later sentence, is that speaker's.
  const quoted = speakerSlots.length === 0 ? quoteSpeaker(state, sentence, sentences) : undefined;
  resolvePronouns(state, sentence, slots, speakerSlots[0] ?? quoted);
  notePendingRole(state, sentence, slots);
  noteSubjectState(state, sentence, slots);
  const focusYear =
    state.focusYear && sentence.index - state.focusYear.sentence <= 1 ? state.focusYear.year : undefined;
  const dates = findDates(sentence.text, state.anchor, focusYear, sentence.start);
  const explicit = dates.find((d) => d.explicitYear);
  if (explicit) state.focusYear = { year: Number(explicit.date.slice(0, 4)), sentence: sentence.index };
  const incidents = findIncidents(state, sentence, slots, dates, namedIncidents);
  const frame: Frame = {
    state,
    sentence,
    slots,
    incidents,
    speakers: [],
    speakerSlots: [],
    persons,
    hedged: isHedged(state.lexicon.words, sentence.text),
    date: dates[0]?.date,
  };
  frame.speakerSlots = findSpeakers(state, sentence, slots);
  if (frame.speakerSlots.length === 0 && quoted) frame.speakerSlots = [quoted];
  frame.speakers = actorsOf(frame, frame.speakerSlots);
  runClaimRules(frame);
}

/**
 * An incident the article never said was aimed at anything joins the one incident of its kind and
 * time that was: "over a 2015 cyberattack on the German parliament" and "the 2015 hacking attack
 * on the Bundestag" are one attack.
 */
function consolidateIncidents(state: DocumentState): void {
  const incidents = [...state.entities.values()].filter((e) => e.type === "incident");
  for (const lone of incidents) {
    // "In a separate intrusion hours later, …": the text keeps it apart, even with no target found.
    if ((lone.targets ?? []).length > 0 || !lone.date || state.separateIncidents.has(lone.key)) continue;
    const homes = incidents.filter(
      (o) =>
        o !== lone &&
        state.entities.has(o.key) &&
        (o.kind ?? "cyber") === (lone.kind ?? "cyber") &&
        (o.targets ?? []).length > 0 &&
        !!o.date &&
        datesCompatible(o.date, lone.date),
    );
    if (homes.length !== 1) continue;
    const home = homes[0]!;
    home.mentions.push(...lone.mentions);
    for (const alias of lone.aliases) if (!home.aliases.includes(alias)) home.aliases.push(alias);
    state.entities.delete(lone.key);
    for (const claim of state.claims) {
      if (claim.source === lone.key) claim.source = home.key;
      if (claim.target === lone.key) claim.target = home.key;
    }
  }
}

export function extractDocument(doc: SourceDocument, context: ExtractionContext): DocumentExtraction {
  const cleaned = cleanText(doc.text);
  const sentences = splitSentences(cleaned.text, doc.text);
  const { meta, anchor, warnings, place } = readMetadata({
    document: doc,
    cleaned: cleaned.text,
    sentences,
    referenceYear: context.referenceYear,
  });
  const state = createDocumentState(doc.id, doc.text, context.lexicon, anchor);
  if (place) state.datelineState = datelineState(context.lexicon, place);
  for (const sentence of sentences) extractSentence(state, sentence, sentences);
  consolidateIncidents(state);
  partOfClaims(state, sentences);
  const claims = state.claims
    .filter((c) => state.entities.has(c.source) && state.entities.has(c.target))
    .map((c) => ({ ...c, claimants: c.claimants.filter((k) => state.entities.has(k)) }));
  return { meta, entities: labelIncidents([...state.entities.values()]), claims, warnings };
}
