/**
 * The extraction pipeline, one pure stage per module: clean → sentences → metadata → mentions
 * (actors, persons, references, incidents) → claims. Browser-safe: no Node built-ins; the CLI and
 * the explorer call the same code.
 */
import type { Gazetteer } from "../model";
import { incidentClaims } from "./claims/attribution";
import { actorsOf, findSpeakers, isHedged, type Frame } from "./claims/frame";
import { helpClaims } from "./claims/help";
import { affiliationClaims, membershipClaims, partOfClaims } from "./claims/relations";
import { cleanText } from "./clean";
import { resolveReferences } from "./coref";
import { findDates } from "./dates";
import { createDocumentState, type DocumentState } from "./document-state";
import { findIncidents } from "./incidents";
import { buildLexicon, type Lexicon } from "./lexicon";
import { findActorMentions, type Slot } from "./mentions";
import { readMetadata } from "./metadata";
import { findPersons } from "./people";
import { splitSentences, type Sentence } from "./sentences";
import { tokenize } from "./text";
import type { DocumentExtraction, SourceDocument } from "./types";

export type { DocumentExtraction, ExtractedClaim, ExtractedEntity, SourceDocument } from "./types";

export interface ExtractionContext {
  lexicon: Lexicon;
  /** Latest year a dateline without a year may fall in. */
  referenceYear: number;
}

export function createExtractionContext(gazetteer: Gazetteer, options: { referenceYear?: number } = {}): ExtractionContext {
  return { lexicon: buildLexicon(gazetteer), referenceYear: options.referenceYear ?? new Date().getUTCFullYear() };
}

const ROLE_WITHOUT_NAME =
  /['’]s\s+(?:(?:top|most|senior|chief|foreign|defen[cs]e|cyber|security|highest-ranking|[a-z]+est)\s+){0,3}(diplomat|commanders?|chief|head|minister|envoy|general|leader|official)\b/i;

/** "The European Union's top diplomat condemned...": the next person named holds that office. */
function notePendingRole(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const slot of slots) {
    const type = state.entities.get(slot.key)?.type;
    if (type !== "state" && type !== "organization") continue;
    const after = state.text.slice(slot.end - 2, Math.min(sentence.end, slot.end + 60));
    const m = ROLE_WITHOUT_NAME.exec(after.startsWith("’s") || after.startsWith("'s") ? after : state.text.slice(slot.end, slot.end + 60));
    const named = m && slots.some((s) => s.source === "person" && s.start >= slot.end && s.start <= slot.end + m.index + m[0].length + 4);
    if (m && m.index <= 2 && !named) {
      state.pendingRole = { affiliation: slot.key, role: m[1], sentence: sentence.index, evidence: { start: sentence.start, end: sentence.end, quote: sentence.text } };
    }
  }
}

function updateSalience(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  for (const slot of slots) {
    const entity = state.entities.get(slot.key);
    if (entity?.type === "organization") state.lastOrganization = slot.key;
    if (entity?.type !== "state" || slot.source === "role" || slot.source === "pronoun") continue;
    const s = state.stateSalience.get(slot.key) ?? { count: 0, last: 0, lead: state.stateSalience.size === 0 && sentence.index <= 1 };
    s.count++;
    s.last = sentence.index;
    state.stateSalience.set(slot.key, s);
  }
}

function extractSentence(state: DocumentState, sentence: Sentence): void {
  const tokens = tokenize(sentence.text, sentence.start);
  const slots = findActorMentions(state, sentence, tokens);
  updateSalience(state, sentence, slots);
  const persons = findPersons(state, sentence, tokens, slots);
  const speakerSlots = findSpeakers(state, sentence, slots);
  resolveReferences(state, sentence, slots, speakerSlots[0]);
  notePendingRole(state, sentence, slots);
  const focusYear = state.focusYear && sentence.index - state.focusYear.sentence <= 1 ? state.focusYear.year : undefined;
  const dates = findDates(sentence.text, state.anchor, focusYear, sentence.start);
  const explicit = dates.find((d) => d.explicitYear);
  if (explicit) state.focusYear = { year: Number(explicit.date.slice(0, 4)), sentence: sentence.index };
  const incidents = findIncidents(state, sentence, slots, focusYear);
  const frame: Frame = {
    state,
    sentence,
    slots,
    incidents,
    speakers: [],
    speakerSlots: [],
    hedged: isHedged(sentence.text),
    date: dates[0]?.date,
  };
  frame.speakerSlots = findSpeakers(state, sentence, slots);
  frame.speakers = actorsOf(frame, frame.speakerSlots);
  incidentClaims(frame);
  helpClaims(frame);
  membershipClaims(frame);
  affiliationClaims(frame, persons);
}

export function extractDocument(doc: SourceDocument, context: ExtractionContext): DocumentExtraction {
  const cleaned = cleanText(doc.text);
  const sentences = splitSentences(cleaned.text, doc.text);
  const { meta, anchor, warnings } = readMetadata(doc.id, doc.text, cleaned.text, sentences, context.referenceYear);
  const state = createDocumentState(doc.id, doc.text, context.lexicon, anchor);
  for (const sentence of sentences) extractSentence(state, sentence);
  partOfClaims(state, sentences);
  const claims = state.claims.filter((c) => state.entities.has(c.source) && state.entities.has(c.target));
  for (const c of claims) c.claimants = c.claimants.filter((k) => state.entities.has(k));
  return { meta, entities: [...state.entities.values()], claims, warnings };
}
