/**
 * The extraction pipeline, one stage after another, each reading what the one before returned:
 *
 *   clean → sentences → metadata → group names → (reading → claims, sentence by sentence) → entities → ownership → labels
 *
 * - `cleanText` drops page furniture; `splitSentences` cuts the cleaned text into sentences with
 *   offsets into the original file; `readMetadata` finds the title, publication date and dateline.
 * - `introducedGroupNames` (mentions/groups.ts) reads the names the article introduces as threat groups
 *   anywhere in it, so a sentence (a headline) naming a group before its introduction knows it; what
 *   it read in each sentence is kept for that sentence's own reading, which does not scan again.
 * - `readSentence` (reading.ts) turns one sentence into its mentions: actor slots, persons,
 *   speakers, dates, incidents, resolving "the country" or "the attack" against its own memory of
 *   the sentences before (`DocumentState`). `claimSentence` (claiming.ts) runs the claim rules over
 *   that reading. The two alternate sentence by sentence because each needs the other's past: an
 *   unqualified title ("the foreign minister") belongs to the state the article just spoke of
 *   unless the claims before just accused it, and a rule reads the entities as they stood at its
 *   sentence.
 * - `joinInitialsNodes` (short-form-nodes.ts) joins a node of initials met before the body's full
 *   name into that body; `consolidateIncidents` (consolidate.ts) merges untargeted incidents into
 *   their targeted twin, and an incident told only as hitting a state into the one on its body;
 *   `settleGuessedOwners` (ownership.ts) re-decides the owners the reading guessed, once the
 *   article is read, and gives an unowned body that reports an attack the state that attack hit;
 *   `partOfClaims` gives every agency its owner, and `withoutLoneGuessedParts` takes back the
 *   part-of of a body whose owner was only guessed and that has no other claim; `labelIncidents`
 *   says what each incident hit and when; `withKnownNames` (mentions/index.ts) adds the gazetteer's
 *   names of a known body to its aliases.
 *
 * Who may write which memory, and how to add a rule: README.md beside this file.
 * Browser-safe: no Node built-ins; the CLI and the explorer call the same code.
 */
import type { Gazetteer } from "../model";
import { partOfClaims, withoutLoneGuessedParts } from "./rules";
import type { ClaimState } from "./rules/frame";
import { cleanText } from "./clean";
import { withClaimantBodies } from "./claimant-bodies";
import { claimSentence, claimStateOf, createClaimMemory, withQuotationSpeakers } from "./claiming";
import { consolidateIncidents } from "./consolidate";
import { joinInitialsNodes } from "./short-form-nodes";
import { datelineState } from "./discourse";
import { createDocumentState } from "./document-state";
import { labelIncidents } from "./incident-registry";
import { markupIssuerEntity } from "./issuer-entity";
import { settleGuessedOwners, type OwnerGuesses } from "./ownership";
import { buildLexicon, withLemmas, type ExtraLemmas, type Lexicon } from "./lexicon";
import { readMetadata, type DocumentMetadata } from "./metadata";
import { introducedGroupNames, withKnownNames, type IntroducedGroups } from "./mentions";
import { readSentence } from "./reading";
import { splitSentences, type Sentence } from "./sentences";
import type { DocumentExtraction, SourceDocument } from "./types";

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

/**
 * Mentions, then claims, sentence by sentence (see above for why they alternate). Returns the claim
 * stage's state at the end: the entities in the order the article named them, and the claims.
 */
function readAndClaim(
  doc: SourceDocument,
  lexicon: Lexicon,
  sentences: Sentence[],
  metadata: DocumentMetadata,
  groups: IntroducedGroups,
): {
  state: ClaimState;
  separateIncidents: ReadonlySet<string>;
  /** Incidents dated only by the publication (DocumentState.provisionalDates). */
  provisionalIncidents: ReadonlySet<string>;
  ownerGuesses: OwnerGuesses;
} {
  const memory = createClaimMemory();
  const reading = createDocumentState(
    doc,
    lexicon,
    memory,
    {
      anchor: metadata.anchor,
      datelineState: metadata.place ? datelineState(lexicon, metadata.place) : undefined,
    },
    groups,
  );
  const state = claimStateOf(reading, memory);
  for (const sentence of sentences) {
    const needed = claimSentence(state, readSentence(reading, sentence, sentences));
    // What the claims needed joins the article's entities before the next sentence is read.
    for (const entity of needed) reading.entities.set(entity.key, entity);
  }
  return {
    // A quotation's speaker named after it gives its claims their claimants once all are made.
    state: { ...state, claims: withQuotationSpeakers(state.claims, state.quotationsNamedAfter) },
    separateIncidents: reading.separateIncidents,
    provisionalIncidents: reading.provisionalDates,
    ownerGuesses: {
      guessed: reading.guessedOwners,
      offices: reading.guessedOffices,
      dateline: reading.datelineState,
    },
  };
}

export function extractDocument(doc: SourceDocument, context: ExtractionContext): DocumentExtraction {
  const cleaned = cleanText(doc.text, context.lexicon.words);
  const sentences = splitSentences(cleaned.text, doc.text);
  const metadata = readMetadata({
    document: doc,
    cleaned: cleaned.text,
    sentences,
    referenceYear: context.referenceYear,
  });
  const groups = introducedGroupNames(sentences, context.lexicon);
  const read = readAndClaim(doc, context.lexicon, sentences, metadata, groups);
  const consolidated = settleGuessedOwners(
    consolidateIncidents(
      joinInitialsNodes({ entities: [...read.state.entities.values()], claims: read.state.claims }, (key) =>
        context.lexicon.entities.has(key),
      ),
      read.separateIncidents,
      read.provisionalIncidents,
    ),
    read.state,
    read.ownerGuesses,
  );
  // Ownership is the claim stage's last step, over the consolidated entities.
  const owned: ClaimState = {
    ...read.state,
    entities: new Map(consolidated.entities.map((e) => [e.key, e])),
    claims: [...consolidated.claims],
  };
  const parts = [
    ...consolidated.entities,
    ...partOfClaims(owned, sentences, read.ownerGuesses.dateline, consolidated.ownersInferred),
  ];
  const issuer = markupIssuerEntity(doc.issuingBody, parts);
  const entities = issuer ? [...parts, issuer] : parts;
  const byKey = new Map(entities.map((e) => [e.key, e]));
  // Who stands behind each claimant, once every body's owner is known.
  const claims = withoutLoneGuessedParts(
    withClaimantBodies(owned.claims, byKey, owned, doc.issuers)
      .filter((c) => byKey.has(c.source) && byKey.has(c.target))
      .map((c) => ({ ...c, claimants: c.claimants.filter((k) => byKey.has(k)) })),
    read.ownerGuesses.guessed,
    byKey,
  );
  // The markup's issuer is a node only where it claims something: no dangling body on every government page.
  const claiming = (key: string) =>
    claims.some((c) => c.claimants.includes(key) || c.evidence.some((e) => e.claimants?.includes(key)));
  const kept = issuer && !claiming(issuer.key) ? parts : entities;
  return {
    meta: metadata.meta,
    entities: withKnownNames(labelIncidents(kept), context.lexicon),
    claims,
    warnings: metadata.warnings,
  };
}
