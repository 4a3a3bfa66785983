/**
 * Node metrics for "size by metric" and "colour by community": computed once per graph (not per
 * filter change), from graphology's own libraries.
 */
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { ClaimGraph } from "../../model";

export const NODE_METRICS = ["degree", "pagerank", "betweenness", "community"] as const;
export type NodeMetric = (typeof NODE_METRICS)[number];
export type NodeMetrics = Record<NodeMetric, Record<string, number>>;

/** A small seeded PRNG (mulberry32), so Louvain gives the same communities on every load. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function computeNodeMetrics(graph: ClaimGraph): NodeMetrics {
  // graphology-metrics' betweenness throws on an empty graph.
  if (graph.order === 0) return { degree: {}, pagerank: {}, betweenness: {}, community: {} };
  // Degree is the number of claims in and out, the figure an analyst reads off the details panel;
  // graphology-metrics' degree centrality is the same count divided by (order - 1).
  const degree: Record<string, number> = {};
  graph.forEachNode((node) => {
    degree[node] = graph.degree(node);
  });
  return {
    degree,
    pagerank: pagerank(graph, { getEdgeWeight: null }),
    betweenness: betweennessCentrality(graph, { getEdgeWeight: null }),
    community: louvain(graph, { getEdgeWeight: null, rng: seededRandom(42) }),
  };
}
