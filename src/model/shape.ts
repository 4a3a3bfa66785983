/**
 * The fast path of `loadGraph`: a structural check of a graph file that answers "the schema
 * accepts this exactly as it is" without building anything. zod's `safeParse` rebuilds every node,
 * edge, mention and evidence object, which at 100k nodes / 500k claims costs more than
 * `JSON.parse` itself. When this check says no, `loadGraph` runs the schema for its messages, so
 * the check may be stricter than `SerializedGraphSchema` (it refuses what the schema would strip,
 * e.g. unknown keys in an evidence entry) but must never accept what the schema rejects:
 * tests/model/graph-shape.test.ts holds the two together.
 */
import { EDGE_TYPES, NODE_TYPES, ORIGINS, PARTIAL_DATE_PATTERN, STANCES } from "./types";
import type { SerializedClaimGraph } from "./schema";

type Obj = Record<string, unknown>;

const NODE_TYPE_SET = new Set<unknown>(NODE_TYPES);
const EDGE_TYPE_SET = new Set<unknown>(EDGE_TYPES);
const STANCE_SET = new Set<unknown>(STANCES);
const ORIGIN_SET = new Set<unknown>(ORIGINS);

const ROOT_KEYS = new Set(["attributes", "options", "nodes", "edges"]);
const OPTIONS_KEYS = new Set(["type", "multi", "allowSelfLoops"]);
const DOCUMENT_KEYS = new Set(["id", "title", "publisher", "published", "url", "chars"]);
const NODE_ENTRY_KEYS = new Set(["key", "attributes"]);
const EDGE_ENTRY_KEYS = new Set(["key", "source", "target", "attributes", "undirected"]);
const MENTION_KEYS = new Set(["doc", "start", "end"]);
const EVIDENCE_KEYS = new Set(["doc", "quote", "start", "end", "claimants"]);

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isOffset = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const maybeString = (v: unknown) => v === undefined || typeof v === "string";
const maybeNumber = (v: unknown) => v === undefined || isNumber(v);
const maybeDate = (v: unknown) => v === undefined || (typeof v === "string" && PARTIAL_DATE_PATTERN.test(v));

function onlyKeys(value: Obj, allowed: Set<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

function isStringList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== "string") return false;
  return true;
}

function isSpan(value: unknown, keys: Set<string>): value is Obj {
  return (
    isObject(value) &&
    onlyKeys(value, keys) &&
    isText(value.doc) &&
    isOffset(value.start) &&
    isOffset(value.end)
  );
}

function isMentionList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const mention of value) if (!isSpan(mention, MENTION_KEYS)) return false;
  return true;
}

function isEvidenceList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (const evidence of value) {
    if (!isSpan(evidence, EVIDENCE_KEYS) || typeof evidence.quote !== "string") return false;
    if (evidence.claimants !== undefined && !isStringList(evidence.claimants)) return false;
  }
  return true;
}

function isDocument(value: unknown): boolean {
  return (
    isObject(value) &&
    onlyKeys(value, DOCUMENT_KEYS) &&
    isText(value.id) &&
    typeof value.title === "string" &&
    maybeString(value.publisher) &&
    maybeDate(value.published) &&
    maybeString(value.url) &&
    isOffset(value.chars)
  );
}

function isNodeAttributes(a: unknown): boolean {
  return (
    isObject(a) &&
    isText(a.label) &&
    NODE_TYPE_SET.has(a.type) &&
    (a.aliases === undefined || isStringList(a.aliases)) &&
    maybeString(a.country) &&
    maybeString(a.role) &&
    maybeDate(a.date) &&
    maybeDate(a.endDate) &&
    maybeString(a.kind) &&
    (a.mentions === undefined || isMentionList(a.mentions)) &&
    maybeNumber(a.x) &&
    maybeNumber(a.y) &&
    maybeNumber(a.size)
  );
}

function isEdgeAttributes(a: unknown): boolean {
  return (
    isObject(a) &&
    EDGE_TYPE_SET.has(a.type) &&
    maybeDate(a.date) &&
    (a.claimants === undefined || isStringList(a.claimants)) &&
    (a.stance === undefined || STANCE_SET.has(a.stance)) &&
    isEvidenceList(a.evidence) &&
    isNumber(a.confidence) &&
    (a.confidence as number) >= 0 &&
    (a.confidence as number) <= 1 &&
    ORIGIN_SET.has(a.origin)
  );
}

/** True when `SerializedGraphSchema` accepts `json` and its output would equal it, defaults aside. */
export function hasGraphShape(json: unknown): boolean {
  if (!isObject(json) || !onlyKeys(json, ROOT_KEYS)) return false;
  const { attributes, options, nodes, edges } = json;
  if (
    !isObject(attributes) ||
    typeof attributes.title !== "string" ||
    typeof attributes.generatedAt !== "string"
  )
    return false;
  if (!Array.isArray(attributes.documents) || !attributes.documents.every(isDocument)) return false;
  if (
    options !== undefined &&
    !(
      isObject(options) &&
      onlyKeys(options, OPTIONS_KEYS) &&
      options.type === "directed" &&
      options.multi === true &&
      options.allowSelfLoops === false
    )
  )
    return false;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return false;
  for (const node of nodes) {
    if (!isObject(node) || !onlyKeys(node, NODE_ENTRY_KEYS) || !isText(node.key)) return false;
    if (!isNodeAttributes(node.attributes)) return false;
  }
  for (const edge of edges) {
    if (!isObject(edge) || !onlyKeys(edge, EDGE_ENTRY_KEYS)) return false;
    if (!isText(edge.key) || !isText(edge.source) || !isText(edge.target)) return false;
    if (edge.undirected !== undefined && edge.undirected !== false) return false;
    if (!isEdgeAttributes(edge.attributes)) return false;
  }
  return true;
}

/**
 * The schema's output for a file `hasGraphShape` accepted: its defaults filled in. `owned` says the
 * caller hands the objects over (a file just parsed); otherwise nodes and edges are copied one
 * level deep so the graph never shares top-level attribute objects with the caller's data.
 */
export function withDefaults(json: unknown, owned: boolean): SerializedClaimGraph {
  const file = json as SerializedClaimGraph;
  const nodes = owned ? file.nodes : file.nodes.map((n) => ({ ...n, attributes: { ...n.attributes } }));
  const edges = owned ? file.edges : file.edges.map((e) => ({ ...e, attributes: { ...e.attributes } }));
  for (const { attributes } of nodes) {
    if (attributes.aliases === undefined) attributes.aliases = [];
    if (attributes.mentions === undefined) attributes.mentions = [];
  }
  for (const { attributes } of edges) {
    if (attributes.claimants === undefined) attributes.claimants = [];
    if (attributes.stance === undefined) attributes.stance = "asserted";
  }
  return {
    attributes: owned ? file.attributes : { ...file.attributes },
    options: file.options,
    nodes,
    edges,
  };
}
