/**
 * What the STIX import reads of a bundle, as zod schemas: the properties it uses, per object type,
 * checked before anything is built, so a malformed bundle gets one message per problem with its
 * path (`objects[3].name: expected a string`). Properties the import does not read pass through
 * unchecked and are not kept: this is not a full STIX validator (the OASIS schemas are, in the tests).
 * Kept in the model beside the other boundary schemas; src/io/stix/import.ts builds the graph from what they accept.
 */
import { z } from "zod";
import { PARTIAL_DATE_PATTERN } from "./types";

const text = z.string();
const texts = z.array(z.string());
const ref = z.string().regex(/^[a-z][a-z0-9-]*--\S+$/, "expected a STIX identifier such as identity--<uuid>");
const refs = z.array(ref);
const partialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, "expected an ISO date such as 2022, 2022-08 or 2022-08-26");
const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T/, "expected a STIX timestamp such as 2022-08-26T00:00:00Z");

const ExternalReference = z.object({ source_name: text.optional(), url: text.optional() });

const Identified = { type: z.string().min(1), id: ref };

const Common = z.object({
  ...Identified,
  created: z.string().optional(),
  created_by_ref: ref.optional(),
  confidence: z.number().min(0).max(100).optional(),
  external_references: z.array(ExternalReference).optional(),
  x_claimgraph_key: text.optional(),
  x_claimgraph_node_type: text.optional(),
  x_claimgraph_aliases: texts.optional(),
  x_claimgraph_position: z.tuple([z.number(), z.number()]).optional(),
  x_claimgraph_stands_for: ref.optional(),
  x_claimgraph_structural: z.boolean().optional(),
  x_claimgraph_date: partialDate.optional(),
});

const Named = Common.extend({
  name: z.string().min(1),
  description: text.optional(),
  aliases: texts.optional(),
});

const ClaimProperties = {
  start_time: timestamp.optional(),
  x_claimgraph_claim_type: text.optional(),
  x_claimgraph_stance: text.optional(),
  x_claimgraph_origin: text.optional(),
  x_claimgraph_review: z.unknown().optional(),
};

export const STIX_OBJECT_SCHEMAS = {
  identity: Named.extend({
    type: z.literal("identity"),
    identity_class: text.optional(),
    roles: texts.optional(),
  }),
  location: Common.extend({
    type: z.literal("location"),
    name: text.optional(),
    country: text.optional(),
    region: text.optional(),
  }),
  "threat-actor": Named.extend({ type: z.literal("threat-actor") }),
  "intrusion-set": Named.extend({ type: z.literal("intrusion-set") }),
  campaign: Named.extend({
    type: z.literal("campaign"),
    first_seen: timestamp.optional(),
    last_seen: timestamp.optional(),
  }),
  incident: Named.extend({
    type: z.literal("incident"),
    first_seen: timestamp.optional(),
    last_seen: timestamp.optional(),
    x_claimgraph_end_date: partialDate.optional(),
    x_claimgraph_kind: text.optional(),
  }),
  relationship: Common.extend({
    type: z.literal("relationship"),
    relationship_type: text,
    description: text.optional(),
    source_ref: ref,
    target_ref: ref,
    ...ClaimProperties,
  }),
  opinion: Common.extend({
    type: z.literal("opinion"),
    opinion: text,
    object_refs: refs.min(1),
    explanation: text.optional(),
    x_claimgraph_incident: ref.optional(),
    x_claimgraph_claimants: refs.optional(),
    ...ClaimProperties,
  }),
  note: Common.extend({
    type: z.literal("note"),
    content: text,
    abstract: text.optional(),
    object_refs: refs.min(1),
    x_claimgraph_document: text.optional(),
    x_claimgraph_start: z.number().int().nonnegative().optional(),
    x_claimgraph_end: z.number().int().nonnegative().optional(),
    x_claimgraph_evidence_claimants: refs.optional(),
  }),
  report: Named.extend({
    type: z.literal("report"),
    published: timestamp,
    object_refs: refs,
    x_claimgraph_document: text.optional(),
    x_claimgraph_chars: z.number().int().nonnegative().optional(),
    x_claimgraph_publisher: text.optional(),
    x_claimgraph_undated: z.boolean().optional(),
  }),
} as const;

export type StixReadType = keyof typeof STIX_OBJECT_SCHEMAS;
export type StixReadObject<T extends StixReadType> = z.infer<(typeof STIX_OBJECT_SCHEMAS)[T]>;
export type AnyStixReadObject = { [T in StixReadType]: StixReadObject<T> }[StixReadType];

/** The bundle around the objects; any object of a type the import does not read needs only a type and id. */
export const StixBundleSchema = z.looseObject({
  type: z.literal("bundle"),
  objects: z.array(z.looseObject(Identified)),
});

export const isStixReadType = (type: string): type is StixReadType =>
  Object.hasOwn(STIX_OBJECT_SCHEMAS, type);
