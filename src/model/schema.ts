/**
 * Runtime schemas of every file that crosses a boundary (graph JSON, gold annotations, the
 * gazetteer), with their TypeScript types inferred beside them so the two never drift apart.
 */
import { z } from "zod";
import { EDGE_TYPES, NODE_TYPES, ORIGINS, PARTIAL_DATE_PATTERN, REVIEW_STATES, STANCES } from "./types";

export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, "expected an ISO date such as 2022, 2022-08 or 2022-08-26");
export type PartialDate = z.infer<typeof PartialDateSchema>;

const offset = z.number().int().nonnegative();

export const MentionSchema = z.object({ doc: z.string().min(1), start: offset, end: offset });
export type Mention = z.infer<typeof MentionSchema>;

export const EvidenceSchema = z.object({
  doc: z.string().min(1),
  quote: z.string(),
  start: offset,
  end: offset,
  claimants: z.array(z.string()).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const NodeTypeSchema = z.enum(NODE_TYPES);
export const EdgeTypeSchema = z.enum(EDGE_TYPES);

// Nodes and edges are loose objects: layout (x, y, size) and future attributes pass through, but
// every attribute the data model names is checked.
export const NodeAttributesSchema = z.looseObject({
  label: z.string().min(1),
  type: NodeTypeSchema,
  aliases: z.array(z.string()).default([]),
  country: z.string().optional(),
  role: z.string().optional(),
  date: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
  kind: z.string().optional(),
  mentions: z.array(MentionSchema).default([]),
  x: z.number().optional(),
  y: z.number().optional(),
  size: z.number().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

/** A person's verdict on a claim: rejected claims stay in files with this mark, and scoring ignores them. */
export const ReviewSchema = z.object({
  state: z.enum(REVIEW_STATES),
  by: z.string().optional(),
  at: z.string().optional(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const EdgeAttributesSchema = z.looseObject({
  type: EdgeTypeSchema,
  date: PartialDateSchema.optional(),
  claimants: z.array(z.string()).default([]),
  stance: z.enum(STANCES).default("asserted"),
  evidence: z.array(EvidenceSchema).min(1, "a claim needs at least one evidence entry"),
  confidence: z.number().min(0).max(1),
  origin: z.enum(ORIGINS),
  review: ReviewSchema.optional(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

export const DocumentMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  publisher: z.string().optional(),
  published: PartialDateSchema.optional(),
  url: z.string().optional(),
  chars: offset,
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const GraphAttributesSchema = z.looseObject({
  title: z.string(),
  generatedAt: z.string(),
  documents: z.array(DocumentMetaSchema),
});
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;

export const SerializedGraphSchema = z.object({
  attributes: GraphAttributesSchema,
  options: z
    .object({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.literal(false) })
    .optional(),
  nodes: z.array(z.object({ key: z.string().min(1), attributes: NodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().min(1),
      source: z.string().min(1),
      target: z.string().min(1),
      attributes: EdgeAttributesSchema,
      undirected: z.literal(false).optional(),
    }),
  ),
});
export type SerializedClaimGraph = z.infer<typeof SerializedGraphSchema>;

// ---------------------------------------------------------------------------------------------
// Gold annotations (../shared/gold/*.json), read by the evaluator.

export const GoldEntitySchema = z.looseObject({
  id: z.string().min(1),
  type: NodeTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  role: z.string().optional(),
  kind: z.string().optional(),
  date: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
  targets: z.array(z.string()).default([]),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const GoldRelationSchema = z.looseObject({
  type: EdgeTypeSchema,
  source: z.string().min(1),
  target: z.string().min(1),
  date: PartialDateSchema.optional(),
  claimants: z.array(z.string()).optional(),
  stance: z.enum(STANCES).optional(),
  optional: z.boolean().default(false),
  evidence: z.string(),
});
export type GoldRelation = z.infer<typeof GoldRelationSchema>;

export const GoldDocumentSchema = z.object({
  doc: z.string().min(1),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
});
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

// ---------------------------------------------------------------------------------------------
// The gazetteer (graph-data/entities.json): well-known actors, and well-known operations and malware
// (incidents, so articles naming them merge on that name), that users extend. It never holds claims.

export const GazetteerEntrySchema = z.object({
  /** Node key with its type prefix, e.g. `agency:anssi`. */
  key: z.string().regex(/^[a-z]+:[a-z0-9-]+$/, "expected a node key such as agency:anssi"),
  label: z.string().min(1),
  type: z.enum(["state", "agency", "organization", "person", "group", "incident"]),
  aliases: z.array(z.string().min(1)).default([]),
  /** Incidents: when the operation or outbreak happened (its start). */
  date: PartialDateSchema.optional(),
  /** Agencies and persons: the state they belong to (a `state:` key). */
  country: z.string().optional(),
  /** Agencies: the organization or state they are part of when it is not `country` (e.g. an EU agency). */
  parent: z.string().optional(),
  /** Persons: the office held, as commonly stated. */
  role: z.string().optional(),
  /** Threat groups: the state publicly named as sponsor. */
  sponsor: z.string().optional(),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

export const GazetteerSchema = z.object({ entities: z.array(GazetteerEntrySchema) });
export type Gazetteer = z.infer<typeof GazetteerSchema>;
