/**
 * What GEXF and GraphML share: both hold only flat, typed attribute values, so the writers encode
 * lists and objects (aliases, mentions, claimants, evidence, documents) as JSON strings, and the
 * readers decode them, rebuild graphology's export format and pass it through `loadGraph`, the one
 * gate every graph file goes through, so a problem in a GEXF or GraphML file is reported with the
 * same schema paths as in a JSON file.
 */
import { MultiGraph } from "graphology";
import type { Attributes, default as AbstractGraph } from "graphology-types";
import { loadGraph, type LoadResult, type Problem } from "../model";

/** How an attribute is stored in a flat format: typed scalars, or JSON when anything else. */
export type Encoding = "string" | "number" | "boolean" | "json";
export type Encodings = Map<string, Encoding>;
export type ElementClass = "graph" | "node" | "edge";

/** The attributes of the data model that hold lists, decoded even when a file does not say so. */
const LIST_ATTRIBUTES: Record<ElementClass, readonly string[]> = {
  graph: ["documents"],
  node: ["aliases", "mentions"],
  edge: ["claimants", "evidence"],
};

function encodingOf(value: unknown): Encoding {
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "json";
  }
}

/** One encoding per attribute name: JSON when any value is not a scalar or the types disagree. */
export function inferEncodings(records: readonly Attributes[]): Encodings {
  const encodings: Encodings = new Map();
  for (const attributes of records) addEncodings(encodings, attributes);
  return encodings;
}

/** `inferEncodings` over all the nodes or all the edges of a graph. */
export function elementEncodings(graph: AbstractGraph, element: "node" | "edge"): Encodings {
  const encodings: Encodings = new Map();
  const add = (_: string, attributes: Attributes) => addEncodings(encodings, attributes);
  if (element === "node") graph.forEachNode(add);
  else graph.forEachEdge(add);
  return encodings;
}

function addEncodings(encodings: Encodings, attributes: Attributes) {
  for (const name in attributes) {
    const value: unknown = attributes[name];
    if (value === undefined) continue;
    const encoding = encodingOf(value);
    const known = encodings.get(name);
    if (known === undefined) encodings.set(name, encoding);
    else if (known !== encoding) encodings.set(name, "json");
  }
}

export function encodeValue(value: unknown, encoding: Encoding | undefined): string | number | boolean {
  if (encoding === "json") return JSON.stringify(value);
  return value as string | number | boolean;
}

/** Decodes the attributes a file marks as JSON, and the data model's lists when they are strings. */
function decodeAttributes(attributes: Attributes, json: ReadonlySet<string>, lists: readonly string[]) {
  const decoded: Attributes = { ...attributes };
  for (const name in decoded) {
    const value: unknown = decoded[name];
    if (typeof value !== "string" || !(json.has(name) || lists.includes(name))) continue;
    try {
      decoded[name] = JSON.parse(value);
    } catch {
      // Left as the string it is: `loadGraph` then names the attribute and what it expected.
    }
  }
  return decoded;
}

export interface ImportedGraph {
  graph: AbstractGraph;
  /** Names of the attributes stored as JSON, per element class. */
  json: Record<ElementClass, ReadonlySet<string>>;
  graphAttributes: Attributes;
}

/**
 * Turns a graph read from GEXF or GraphML into graphology's export format, checks what only these
 * formats can get wrong (undirected edges, a file from another tool with no domain `type`), then
 * validates it with `loadGraph`. Problems name the node or edge key, since a GEXF or GraphML user
 * cannot count elements in the JSON export format the paths refer to.
 */
export function validateImported(format: string, imported: ImportedGraph): LoadResult {
  const { graph, json } = imported;
  const nodes: { key: string; attributes: Attributes }[] = [];
  let typed = 0;
  graph.forEachNode((key, attributes) => {
    if (attributes.type !== undefined) typed++;
    nodes.push({ key, attributes: decodeAttributes(attributes, json.node, LIST_ATTRIBUTES.node) });
  });
  if (nodes.length > 0 && typed === 0)
    return failure(
      `${format}: no node has a "type" attribute, so this is not a claim graph (was it written by another tool?). ` +
        `Each node needs a type (state, agency, organization, person, group or incident), a label, and each edge ` +
        `a type, evidence, confidence and origin; export from the claim-graph explorer, or add these attributes.`,
    );
  const problems: Problem[] = [];
  const edges: { key: string; source: string; target: string; attributes: Attributes }[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    if (undirected)
      problems.push({
        path: `edges[${edges.length}]`,
        message: `edge "${key}" is undirected; every claim goes from a source to a target`,
      });
    edges.push({
      key,
      source,
      target,
      attributes: decodeAttributes(attributes, json.edge, LIST_ATTRIBUTES.edge),
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  const result = loadGraph({
    attributes: decodeAttributes(imported.graphAttributes, json.graph, LIST_ATTRIBUTES.graph),
    nodes,
    edges,
  });
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((p) => nameElement(p, nodes, edges)) };
}

function failure(message: string): LoadResult {
  return { ok: false, problems: [{ path: "", message }] };
}

function nameElement(problem: Problem, nodes: { key: string }[], edges: { key: string }[]): Problem {
  const match = /^(nodes|edges)\[(\d+)\]/.exec(problem.path);
  if (!match) return problem;
  const element = (match[1] === "nodes" ? nodes : edges)[Number(match[2])];
  if (!element) return problem;
  return {
    ...problem,
    message: `${problem.message} (${match[1] === "nodes" ? "node" : "edge"} "${element.key}")`,
  };
}

/** The graph constructor the format parsers build into: any edge type, parallel edges allowed. */
export const ImportGraph = MultiGraph;
