/**
 * The claim stage: runs the claim rules over each sentence's reading. Its memory (the claims so
 * far, the last incident each actor was accused of) is its own; the reading of later sentences
 * sees it read-only, as the `ClaimRecord` of the document state.
 */
import { actorsOf, isHedged, runClaimRules } from "./rules";
import type { ClaimMemory, ClaimState, Frame } from "./rules/frame";
import type { DocumentView } from "./document-state";
import type { SentenceReading } from "./reading";
import type { ExtractedEntity } from "./types";

export function createClaimMemory(): ClaimMemory {
  return { claims: [], lastAccusedOf: new Map(), affiliationsClaimed: new Set() };
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
  };
  frame.speakers = actorsOf(frame, frame.speakerSlots);
  runClaimRules(frame);
  return frame.entitiesNeeded;
}

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
  };
}
