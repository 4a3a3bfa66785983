/**
 * How the claim graph maps onto STIX 2.1: the object type of each node type, the relationship
 * type of each claim between two object types (with where that usage comes from), and the custom
 * properties (`x_claimgraph_` prefix, as the spec asks of custom properties) that carry what STIX
 * has no property for. The exporter and the importer both read these tables; the README's mapping
 * table and the test of every exported triple hold them to the spec.
 */
import type { EdgeType, NodeType } from "../../model";

export type StixObjectType =
  | "identity"
  | "location"
  | "threat-actor"
  | "intrusion-set"
  | "incident"
  | "campaign"
  | "relationship"
  | "note"
  | "opinion"
  | "report";

/** The object a node becomes (states get a `location` too; blamed actors a `threat-actor`). */
export const NODE_OBJECT: Record<NodeType, StixObjectType> = {
  state: "identity",
  agency: "identity",
  organization: "identity",
  person: "identity",
  group: "intrusion-set",
  incident: "incident",
};

/** Where a relationship type for a pair of object types comes from. */
export type Basis = "STIX 2.1" | "OpenCTI" | "custom";

export interface RelationshipRow {
  /** The claim types exported this way; `null` for links the export adds for structure. */
  claims: readonly EdgeType[] | null;
  source: StixObjectType;
  relationship: string;
  target: StixObjectType;
  basis: Basis;
}

const HELP: EdgeType[] = ["requested-help", "offered-help", "assisted"];
const ACTOR_OBJECTS = ["identity", "intrusion-set"] as const;

/**
 * Every (source, relationship_type, target) the export writes. `STIX 2.1` rows are in the
 * specification's relationship tables (../shared/stix2/relationships.md); `OpenCTI` rows are the
 * OpenCTI data model's extension for incidents; `custom` rows are `related-to` (a common
 * relationship type any two objects may use) with the claim type in `x_claimgraph_claim_type`.
 */
export const RELATIONSHIP_TABLE: readonly RelationshipRow[] = [
  { claims: ["attacked"], source: "incident", relationship: "targets", target: "identity", basis: "OpenCTI" },
  {
    claims: ["attributed-to"],
    source: "incident",
    relationship: "attributed-to",
    target: "threat-actor",
    basis: "OpenCTI",
  },
  {
    claims: ["attributed-to"],
    source: "incident",
    relationship: "attributed-to",
    target: "intrusion-set",
    basis: "OpenCTI",
  },
  {
    claims: ["attributed-to"],
    source: "intrusion-set",
    relationship: "attributed-to",
    target: "threat-actor",
    basis: "STIX 2.1",
  },
  {
    claims: ["attributed-to"],
    source: "intrusion-set",
    relationship: "related-to",
    target: "intrusion-set",
    basis: "custom",
  },
  {
    claims: null,
    source: "threat-actor",
    relationship: "attributed-to",
    target: "identity",
    basis: "STIX 2.1",
  },
  { claims: null, source: "identity", relationship: "located-at", target: "location", basis: "STIX 2.1" },
  ...ACTOR_OBJECTS.flatMap((source) =>
    ACTOR_OBJECTS.map((target) => ({
      claims: HELP,
      source,
      relationship: "related-to",
      target,
      basis: "custom" as const,
    })),
  ),
  {
    claims: ["condemned"],
    source: "identity",
    relationship: "related-to",
    target: "incident",
    basis: "custom",
  },
  {
    claims: ["member-of", "affiliated-with", "part-of"],
    source: "identity",
    relationship: "related-to",
    target: "identity",
    basis: "custom",
  },
];

/** The relationship type of a claim between two objects, or undefined when the table has none. */
export function relationshipFor(
  claim: EdgeType,
  source: StixObjectType,
  target: StixObjectType,
): RelationshipRow | undefined {
  return RELATIONSHIP_TABLE.find(
    (row) => row.claims?.includes(claim) && row.source === source && row.target === target,
  );
}

/** Custom properties of the export (and read back by the import). */
export const X = {
  /** Our node or edge key, so a re-import keeps keys. */
  key: "x_claimgraph_key",
  nodeType: "x_claimgraph_node_type",
  aliases: "x_claimgraph_aliases",
  /** The node's place in the layout, [x, y], so a round trip looks the same. */
  position: "x_claimgraph_position",
  /** Incidents: the partial ISO dates and kind of the data model (the Incident SDO has none). */
  date: "x_claimgraph_date",
  endDate: "x_claimgraph_end_date",
  kind: "x_claimgraph_kind",
  /** On a threat actor or claimant identity: the id of the object it stands for. */
  standsFor: "x_claimgraph_stands_for",
  /** On links added for structure (threat actor → identity, identity → location): not a claim. */
  structural: "x_claimgraph_structural",
  claimType: "x_claimgraph_claim_type",
  stance: "x_claimgraph_stance",
  origin: "x_claimgraph_origin",
  review: "x_claimgraph_review",
  /** On an opinion: who reports the denial (identity ids). */
  claimants: "x_claimgraph_claimants",
  /** On a note: who makes the claim in that sentence (identity ids). */
  evidenceClaimants: "x_claimgraph_evidence_claimants",
  /** On a denial's opinion: the incident denied. */
  incident: "x_claimgraph_incident",
  /** On reports and notes: the article's id, size, and the quote's offsets in it. */
  document: "x_claimgraph_document",
  chars: "x_claimgraph_chars",
  start: "x_claimgraph_start",
  end: "x_claimgraph_end",
  publisher: "x_claimgraph_publisher",
  /** On a report whose article has no date (its `published` is then the export time). */
  undated: "x_claimgraph_undated",
} as const;
