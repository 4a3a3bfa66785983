/**
 * The review log: an analyst's corrections, kept apart from the extracted graph as a list of
 * operations so they can be replayed onto a fresh extraction (src/graph/review). Every operation
 * names its target twice, by key and by evidence (document id and offsets), because keys can
 * change when the extractor changes while the evidence sentences stay where they were.
 */
import { z } from "zod";
import { EDGE_TYPES, NODE_TYPES, REVIEW_STATES, STANCES } from "./types";
import { PartialDateSchema } from "./schema";
import { parseWith, type Parsed } from "./parse";

/** The `kind` field that tells a review-log file apart from a graph, workspace or dump by content. */
export const REVIEW_LOG_KIND = "claim-graph-review-log";
export const REVIEW_LOG_VERSION = 1;

const offset = z.number().int().nonnegative();

/** A place in a document: where a claim's evidence or an entity's mention is. */
export const SpanSchema = z.object({ doc: z.string().min(1), start: offset, end: offset });
export type Span = z.infer<typeof SpanSchema>;

/**
 * A claim as the operation saw it: its edge key, and the spans of its evidence. Replay looks for
 * the key first and, when the key is gone, for the claim sharing evidence with these spans.
 */
export const ClaimRefSchema = z.object({ key: z.string().min(1), evidence: z.array(SpanSchema).default([]) });
export type ClaimRef = z.infer<typeof ClaimRefSchema>;

/**
 * An entity as the operation saw it: its node key, its label and where it was mentioned. Replay
 * looks for the key first, then a node of the same type sharing a mention, then one of the same
 * type with this label among its names.
 */
export const EntityRefSchema = z.object({
  key: z.string().min(1),
  label: z.string().optional(),
  mentions: z.array(SpanSchema).default([]),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

const stamp = {
  /** The user name set in the page (or given to the CLI). */
  by: z.string().min(1),
  /** ISO timestamp of the change. */
  at: z.iso.datetime({ offset: true }),
};

/** Confirm or reject a claim, or take back the verdict ("unreviewed"). */
export const ReviewClaimOpSchema = z.object({
  op: z.literal("review-claim"),
  claim: ClaimRefSchema,
  state: z.enum([...REVIEW_STATES, "unreviewed"]),
  ...stamp,
});

/**
 * Change a claim. Fields left out stay as they are; `date: null` clears the date. A new type,
 * source or target makes a new edge key, and the claim joins the claim already under that key.
 */
export const EditClaimOpSchema = z.object({
  op: z.literal("edit-claim"),
  claim: ClaimRefSchema,
  changes: z.object({
    type: z.enum(EDGE_TYPES).optional(),
    source: EntityRefSchema.optional(),
    target: EntityRefSchema.optional(),
    stance: z.enum(STANCES).optional(),
    date: PartialDateSchema.nullable().optional(),
    claimants: z.array(EntityRefSchema).optional(),
  }),
  ...stamp,
});

/** Give an entity a new label (the old one becomes an alias); its key stays. */
export const RenameEntityOpSchema = z.object({
  op: z.literal("rename-entity"),
  entity: EntityRefSchema,
  label: z.string().trim().min(1, "the new name must not be empty"),
  ...stamp,
});

/** Change an entity's type; its key's type prefix changes with it and its claims follow. */
export const RetypeEntityOpSchema = z.object({
  op: z.literal("retype-entity"),
  entity: EntityRefSchema,
  type: z.enum(NODE_TYPES),
  ...stamp,
});

/** Merge `from` into `into`: names joined, claims re-pointed, duplicates joined, self-loops dropped. */
export const MergeEntitiesOpSchema = z.object({
  op: z.literal("merge-entities"),
  into: EntityRefSchema,
  from: EntityRefSchema,
  ...stamp,
});

/** An entity the extractor missed. */
export const AddEntityOpSchema = z.object({
  op: z.literal("add-entity"),
  entity: z.object({
    key: z.string().regex(/^[a-z]+:[a-z0-9-]+$/, "expected a node key such as agency:anssi"),
    label: z.string().trim().min(1),
    type: z.enum(NODE_TYPES),
    aliases: z.array(z.string()).default([]),
    country: z.string().optional(),
    role: z.string().optional(),
    date: PartialDateSchema.optional(),
    kind: z.string().optional(),
  }),
  ...stamp,
});

/** A claim the extractor missed, with the passage that supports it. */
export const AddClaimOpSchema = z.object({
  op: z.literal("add-claim"),
  claim: z.object({
    type: z.enum(EDGE_TYPES),
    source: EntityRefSchema,
    target: EntityRefSchema,
    stance: z.enum(STANCES).default("asserted"),
    date: PartialDateSchema.optional(),
    claimants: z.array(EntityRefSchema).default([]),
    evidence: z
      .array(SpanSchema.extend({ quote: z.string() }))
      .min(1, "an added claim needs the passage that supports it"),
  }),
  ...stamp,
});

export const ReviewOpSchema = z.discriminatedUnion("op", [
  ReviewClaimOpSchema,
  EditClaimOpSchema,
  RenameEntityOpSchema,
  RetypeEntityOpSchema,
  MergeEntitiesOpSchema,
  AddEntityOpSchema,
  AddClaimOpSchema,
]);
export type ReviewOp = z.infer<typeof ReviewOpSchema>;
/** An operation as written before defaults are filled in (what a caller builds). */
export type ReviewOpInput = z.input<typeof ReviewOpSchema>;

export const ReviewLogSchema = z.object({
  kind: z.literal(REVIEW_LOG_KIND),
  version: z.literal(REVIEW_LOG_VERSION),
  ops: z.array(ReviewOpSchema),
});
export type ReviewLog = z.infer<typeof ReviewLogSchema>;

export function emptyReviewLog(): ReviewLog {
  return { kind: REVIEW_LOG_KIND, version: REVIEW_LOG_VERSION, ops: [] };
}

/** Whether parsed JSON claims to be a review log (then `parseReviewLog` says whether it is a valid one). */
export function isReviewLogJson(json: unknown): boolean {
  return typeof json === "object" && json !== null && (json as { kind?: unknown }).kind === REVIEW_LOG_KIND;
}

/** Parses (when given text) and validates a review-log file; never throws. */
export const parseReviewLog = (input: unknown): Parsed<ReviewLog> => parseWith(ReviewLogSchema, input);

/** Validates one operation built by a caller, filling in defaults. */
export const parseReviewOp = (input: unknown): Parsed<ReviewOp> => parseWith(ReviewOpSchema, input);
