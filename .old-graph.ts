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
} from "/work/main/src/model/schema";
import { EDGE_RULES, edgeAllowed, edgeKey } from "/work/main/src/model/types";
import { problemsFromZod, type Problem } from "/work/main/src/model/problems";

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
  let json = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (error) {
      return { ok: false, problems: [{ path: "", message: `not valid JSON (${(error as Error).message})` }] };
    }
  }
  const parsed = SerializedGraphSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  const graph = createClaimGraph();
  graph.import(parsed.data as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  return { ok: true, graph };
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

function checkReferences(data: SerializedClaimGraph): Problem[] {
  const problems: Problem[] = [];
  const docChars = new Map<string, number>();
  data.attributes.documents.forEach((d, i) => {
    if (docChars.has(d.id))
      problems.push({ path: `attributes.documents[${i}].id`, message: `duplicate document id "${d.id}"` });
    docChars.set(d.id, d.chars);
  });

  const checkSpan = (path: string, span: { doc: string; start: number; end: number }) => {
    const chars = docChars.get(span.doc);
    if (chars === undefined) {
      problems.push({
        path: `${path}.doc`,
        message: `unknown document "${span.doc}" (not in attributes.documents)`,
      });
    } else if (span.start > span.end) {
      problems.push({ path: `${path}.start`, message: `start ${span.start} is after end ${span.end}` });
    } else if (span.end > chars) {
      problems.push({
        path: `${path}.end`,
        message: `offset ${span.end} is past the end of "${span.doc}" (${chars} characters)`,
      });
    }
  };

  const nodeTypes = new Map<string, NodeAttributes["type"]>();
  data.nodes.forEach((node, i) => {
    if (nodeTypes.has(node.key))
      problems.push({ path: `nodes[${i}].key`, message: `duplicate node key "${node.key}"` });
    nodeTypes.set(node.key, node.attributes.type);
    node.attributes.mentions.forEach((m, j) => checkSpan(`nodes[${i}].attributes.mentions[${j}]`, m));
  });
  data.nodes.forEach((node, i) => {
    const country = node.attributes.country;
    if (country !== undefined && nodeTypes.get(country) !== "state")
      problems.push({
        path: `nodes[${i}].attributes.country`,
        message: `"${country}" is not a state node of this graph`,
      });
  });

  const edgeKeys = new Set<string>();
  data.edges.forEach((edge, i) => {
    const path = `edges[${i}]`;
    const { type } = edge.attributes;
    const sourceType = nodeTypes.get(edge.source);
    const targetType = nodeTypes.get(edge.target);
    if (!sourceType) problems.push({ path: `${path}.source`, message: `unknown node "${edge.source}"` });
    if (!targetType) problems.push({ path: `${path}.target`, message: `unknown node "${edge.target}"` });
    if (edge.source === edge.target) problems.push({ path, message: "an edge cannot join a node to itself" });
    if (sourceType && targetType && !edgeAllowed(type, sourceType, targetType)) {
      const rule = EDGE_RULES[type];
      problems.push({
        path: `${path}.attributes.type`,
        message: `a "${type}" edge cannot go from a ${sourceType} to a ${targetType} (allowed: ${rule.source.join("/")} → ${rule.target.join("/")})`,
      });
    }
    const expectedKey = edgeKey(type, edge.source, edge.target);
    if (edge.key !== expectedKey)
      problems.push({ path: `${path}.key`, message: `expected "${expectedKey}"` });
    if (edgeKeys.has(edge.key))
      problems.push({ path: `${path}.key`, message: `duplicate edge key "${edge.key}"` });
    edgeKeys.add(edge.key);
    edge.attributes.claimants.forEach((c, j) => {
      if (!nodeTypes.has(c))
        problems.push({ path: `${path}.attributes.claimants[${j}]`, message: `unknown node "${c}"` });
    });
    edge.attributes.evidence.forEach((ev, j) => {
      checkSpan(`${path}.attributes.evidence[${j}]`, ev);
      ev.claimants?.forEach((c, k) => {
        if (!nodeTypes.has(c))
          problems.push({
            path: `${path}.attributes.evidence[${j}].claimants[${k}]`,
            message: `unknown node "${c}"`,
          });
      });
    });
  });
  return problems;
}
