/**
 * The claim graph type and `loadGraph`, the one gate every graph file passes: it validates the
 * shape with the schemas, then the rules a schema cannot say (edge directions, offsets, references).
 */
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import {
  SerializedGraphSchema,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
  type SerializedClaimGraph,
} from "./schema";
import { EDGE_RULES, edgeAllowed, edgeKey } from "./types";
import { problemsFromZod, type Problem } from "./problems";
import { parseJsonText } from "./json-text";
import { hasGraphShape, withDefaults } from "./shape";

export type ClaimGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: false } as const;

export function createClaimGraph(attributes?: Partial<GraphAttributes>): ClaimGraph {
  const graph: ClaimGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({
    title: "",
    generatedAt: new Date(0).toISOString(),
    documents: [],
    ...attributes,
  });
  return graph;
}

export type LoadResult = { ok: true; graph: ClaimGraph } | { ok: false; problems: Problem[] };

/** Parses (when given text) and validates a graph file; never throws. */
export function loadGraph(input: unknown): LoadResult {
  const checked = checkGraph(input);
  if (!checked.ok) return checked;
  const graph = createClaimGraph();
  graph.import(checked.data as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  return { ok: true, graph };
}

export type CheckResult = { ok: true; data: SerializedClaimGraph } | { ok: false; problems: Problem[] };

/**
 * `loadGraph`'s checks without building the graph: what a writer runs on the graph it is about to
 * write, where a second copy of a large graph would cost seconds. Never throws.
 */
export function checkGraph(input: unknown): CheckResult {
  const text = parseJsonText(input);
  if (!text.ok) return text;
  const json = text.json;
  // A valid file takes the fast path (a structural check, no copies); zod runs only for the
  // messages of an invalid one, or for what the check is stricter about.
  let data: SerializedClaimGraph;
  if (hasGraphShape(json)) data = withDefaults(json, typeof input === "string");
  else {
    const parsed = SerializedGraphSchema.safeParse(json);
    if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
    data = parsed.data;
  }
  const problems = checkReferences(data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data };
}

/** Serializes in graphology's export format, the format `loadGraph` reads. */
export function serializeGraph(graph: ClaimGraph): SerializedClaimGraph {
  const exported = graph.export();
  return {
    attributes: exported.attributes as GraphAttributes,
    options: GRAPH_OPTIONS,
    nodes: exported.nodes.map((n) => ({ key: n.key, attributes: n.attributes as NodeAttributes })),
    edges: (exported.edges ?? []).map((e) => ({
      key: e.key as string,
      source: e.source,
      target: e.target,
      attributes: e.attributes as EdgeAttributes,
    })),
  };
}

// Plain loops and no string building on the happy path: this runs over every claim of a file
// (500k in the benchmark), so it stays a small fraction of JSON.parse.
function checkReferences(data: SerializedClaimGraph): Problem[] {
  const problems: Problem[] = [];
  const docChars = new Map<string, number>();
  const { documents } = data.attributes;
  for (let i = 0; i < documents.length; i++) {
    const d = documents[i]!;
    if (docChars.has(d.id))
      problems.push({ path: `attributes.documents[${i}].id`, message: `duplicate document id "${d.id}"` });
    docChars.set(d.id, d.chars);
  }

  const checkSpan = (span: { doc: string; start: number; end: number }, path: () => string) => {
    const chars = docChars.get(span.doc);
    if (chars !== undefined && span.start <= span.end && span.end <= chars) return;
    if (chars === undefined) {
      problems.push({
        path: `${path()}.doc`,
        message: `unknown document "${span.doc}" (not in attributes.documents)`,
      });
    } else if (span.start > span.end) {
      problems.push({ path: `${path()}.start`, message: `start ${span.start} is after end ${span.end}` });
    } else {
      problems.push({
        path: `${path()}.end`,
        message: `offset ${span.end} is past the end of "${span.doc}" (${chars} characters)`,
      });
    }
  };

  const { nodes, edges } = data;
  const nodeTypes = new Map<string, NodeAttributes["type"]>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (nodeTypes.has(node.key))
      problems.push({ path: `nodes[${i}].key`, message: `duplicate node key "${node.key}"` });
    nodeTypes.set(node.key, node.attributes.type);
    const { mentions } = node.attributes;
    for (let j = 0; j < mentions.length; j++)
      checkSpan(mentions[j]!, () => `nodes[${i}].attributes.mentions[${j}]`);
  }
  for (let i = 0; i < nodes.length; i++) {
    const country = nodes[i]!.attributes.country;
    if (country !== undefined && nodeTypes.get(country) !== "state")
      problems.push({
        path: `nodes[${i}].attributes.country`,
        message: `"${country}" is not a state node of this graph`,
      });
  }

  const edgeKeys = new Set<string>();
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const path = () => `edges[${i}]`;
    const { type, claimants, evidence } = edge.attributes;
    const sourceType = nodeTypes.get(edge.source);
    const targetType = nodeTypes.get(edge.target);
    if (!sourceType) problems.push({ path: `${path()}.source`, message: `unknown node "${edge.source}"` });
    if (!targetType) problems.push({ path: `${path()}.target`, message: `unknown node "${edge.target}"` });
    if (edge.source === edge.target)
      problems.push({ path: path(), message: "an edge cannot join a node to itself" });
    if (sourceType && targetType && !edgeAllowed(type, sourceType, targetType)) {
      const rule = EDGE_RULES[type];
      problems.push({
        path: `${path()}.attributes.type`,
        message: `a "${type}" edge cannot go from a ${sourceType} to a ${targetType} (allowed: ${rule.source.join("/")} → ${rule.target.join("/")})`,
      });
    }
    if (!isEdgeKey(edge.key, type, edge.source, edge.target))
      problems.push({
        path: `${path()}.key`,
        message: `expected "${edgeKey(type, edge.source, edge.target)}"`,
      });
    if (edgeKeys.has(edge.key))
      problems.push({ path: `${path()}.key`, message: `duplicate edge key "${edge.key}"` });
    edgeKeys.add(edge.key);
    for (let j = 0; j < claimants.length; j++) {
      if (!nodeTypes.has(claimants[j]!))
        problems.push({
          path: `${path()}.attributes.claimants[${j}]`,
          message: `unknown node "${claimants[j]}"`,
        });
    }
    for (let j = 0; j < evidence.length; j++) {
      const ev = evidence[j]!;
      checkSpan(ev, () => `${path()}.attributes.evidence[${j}]`);
      const evidenceClaimants = ev.claimants;
      if (!evidenceClaimants) continue;
      for (let k = 0; k < evidenceClaimants.length; k++) {
        if (!nodeTypes.has(evidenceClaimants[k]!))
          problems.push({
            path: `${path()}.attributes.evidence[${j}].claimants[${k}]`,
            message: `unknown node "${evidenceClaimants[k]}"`,
          });
      }
    }
  }
  return problems;
}

/** `key === edgeKey(type, source, target)`, without building the string. */
function isEdgeKey(key: string, type: string, source: string, target: string): boolean {
  const arrow = type.length + 1 + source.length;
  return (
    key.length === arrow + 2 + target.length &&
    key.startsWith(type) &&
    key.charCodeAt(type.length) === 58 /* : */ &&
    key.startsWith(source, type.length + 1) &&
    key.startsWith("->", arrow) &&
    key.endsWith(target)
  );
}
