/**
 * Shortest paths between two entities over chosen claim types, each step explained by the claims
 * that join its two ends.
 */
import Graph from "graphology";
import { brandes } from "graphology-shortest-path/unweighted";
import type { ClaimGraph, EdgeType } from "../../model";
import { claimRecord, type ClaimRecord } from "./claims";

export interface PathStep {
  from: string;
  to: string;
  /** Every claim of the chosen types between `from` and `to` (in either direction unless directed). */
  claims: ClaimRecord[];
}

export interface FoundPath {
  nodes: string[];
  steps: PathStep[];
}

export interface PathOptions {
  /** Follow claims only from source to target; by default a claim links its ends both ways. */
  directed?: boolean;
  /** At most this many paths (all of the same, shortest length). */
  limit?: number;
}

export function shortestPaths(
  graph: ClaimGraph,
  from: string,
  to: string,
  edgeTypes: readonly EdgeType[],
  { directed = false, limit = 10 }: PathOptions = {},
): FoundPath[] {
  if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return [];
  // A simple graph of the chosen types only: one link per pair, so Brandes counts paths through
  // entities, not through parallel claims. Built per query; the claim graph is never touched.
  const view = new Graph({ type: directed ? "directed" : "undirected", multi: false });
  graph.forEachNode((node) => view.addNode(node));
  graph.forEachEdge((_key, a, source, target) => {
    if (edgeTypes.includes(a.type)) view.mergeEdge(source, target);
  });
  const [, predecessors] = brandes(view, from);
  if (!predecessors[to]?.length) return [];

  const paths: string[][] = [];
  const walk = (node: string, suffix: string[]) => {
    if (paths.length >= limit) return;
    if (node === from) return void paths.push([from, ...suffix]);
    for (const previous of [...(predecessors[node] ?? [])].sort()) walk(previous, [node, ...suffix]);
  };
  walk(to, []);
  return paths.map((nodes) => ({
    nodes,
    steps: nodes.slice(1).map((next, i) => step(graph, nodes[i] as string, next, edgeTypes, directed)),
  }));
}

function step(
  graph: ClaimGraph,
  from: string,
  to: string,
  edgeTypes: readonly EdgeType[],
  directed: boolean,
): PathStep {
  const keys = directed
    ? graph.outEdges(from, to)
    : [...graph.outEdges(from, to), ...graph.outEdges(to, from)];
  const claims = keys
    .filter((key) => edgeTypes.includes(graph.getEdgeAttribute(key, "type")))
    .map((key) => claimRecord(graph, key));
  return { from, to, claims };
}
