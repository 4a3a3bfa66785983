/**
 * The vocabulary of the claim graph (../shared/data-model.md): node types, edge types and which
 * endpoint types each edge type allows. Schemas (schema.ts) and every consumer read these tables,
 * so a new type is added here once.
 *
 * This module imports nothing: the extractor takes its values from here, not from the model's index
 * (index.ts), which loads zod's schemas and graphology. Every extracting thread evaluates the
 * extractor's bundle at its start, and those modules (a quarter of its code) cost each one about
 * 0.1 s of CPU it never used (tests/cli/worker-script.test.ts keeps them out of the bundle).
 */

/** ISO date, partial allowed: "2022", "2022-08", "2022-08-26". */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const NODE_TYPES = ["state", "agency", "organization", "person", "group", "incident"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Every node type that can act (everything but incidents). */
export const ACTOR_TYPES = [
  "state",
  "agency",
  "organization",
  "person",
  "group",
] as const satisfies readonly NodeType[];

export const EDGE_TYPES = [
  "attacked",
  "attributed-to",
  "denied",
  "requested-help",
  "offered-help",
  "assisted",
  "condemned",
  "member-of",
  "affiliated-with",
  "part-of",
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface EdgeRule {
  source: readonly NodeType[];
  target: readonly NodeType[];
  /** One line for legends and tooltips. */
  meaning: string;
}

/** Allowed directions, exactly as the data model's edge table states them. */
export const EDGE_RULES: Record<EdgeType, EdgeRule> = {
  attacked: {
    source: ["incident"],
    target: ["state", "agency", "organization"],
    meaning: "the incident targeted it",
  },
  "attributed-to": {
    // From a group too: the state, agency, group or person said to run it (its sponsor or operator).
    source: ["incident", "group"],
    target: ["state", "agency", "group", "person"],
    meaning: "someone says the actor is behind the incident, or runs the group",
  },
  denied: { source: ACTOR_TYPES, target: ["incident"], meaning: "the actor rejects responsibility" },
  "requested-help": { source: ACTOR_TYPES, target: ACTOR_TYPES, meaning: "asked for assistance" },
  "offered-help": { source: ACTOR_TYPES, target: ACTOR_TYPES, meaning: "offered or pledged assistance" },
  assisted: { source: ACTOR_TYPES, target: ACTOR_TYPES, meaning: "assistance actually provided" },
  condemned: {
    source: ["state", "organization", "person"],
    target: ["incident"],
    meaning: "publicly condemned",
  },
  "member-of": { source: ["state"], target: ["organization"], meaning: "membership" },
  "affiliated-with": {
    source: ["person"],
    target: ["state", "agency", "organization"],
    meaning: "holds an office there",
  },
  "part-of": { source: ["agency"], target: ["state", "organization"], meaning: "the agency belongs to" },
};

export function edgeAllowed(type: EdgeType, source: NodeType, target: NodeType): boolean {
  const rule = EDGE_RULES[type];
  return rule.source.includes(source) && rule.target.includes(target);
}

export const STANCES = ["asserted", "suspected"] as const;
export type Stance = (typeof STANCES)[number];

export const ORIGINS = ["extracted", "curated"] as const;
export type Origin = (typeof ORIGINS)[number];

export const REVIEW_STATES = ["confirmed", "rejected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Stable edge key of the data model: one edge per (type, source, target). */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/** No character past ASCII: nothing to decompose. */
const BEYOND_ASCII = /[^\p{ASCII}]/u;

/** Lower-case ASCII slug for node keys ("Jean-Noël Barrot" → "jean-noel-barrot"). */
export function slugify(text: string): string {
  // Most names are ASCII, which NFKD leaves as it is: the extractor keys every mention it reads.
  const decomposed = !BEYOND_ASCII.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return decomposed
    .toLowerCase()
    .replace(/['’]s\b/g, "s")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function nodeKey(type: NodeType, name: string): string {
  return `${type}:${slugify(name)}`;
}
