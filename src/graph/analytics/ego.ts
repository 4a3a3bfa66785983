/** The k-hop neighbourhood of an entity: who is within k claims of it, whatever their direction. */
import type { ClaimGraph, EdgeType } from "../../model";

export interface EgoNetwork {
  center: string;
  k: number;
  /** Hops from the center for every node within k (the center at 0). */
  distances: Record<string, number>;
  /** Every claim between two nodes of the neighbourhood (of the chosen types). */
  claims: string[];
}

export function egoNetwork(
  graph: ClaimGraph,
  center: string,
  k: number,
  edgeTypes?: readonly EdgeType[],
): EgoNetwork {
  const distances: Record<string, number> = {};
  if (!graph.hasNode(center)) return { center, k, distances, claims: [] };
  const follows = (type: EdgeType) => !edgeTypes || edgeTypes.includes(type);
  distances[center] = 0;
  let frontier = [center];
  for (let hop = 1; hop <= k && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier)
      graph.forEachEdge(node, (_key, a, source, target) => {
        const other = source === node ? target : source;
        if (follows(a.type) && distances[other] === undefined) {
          distances[other] = hop;
          next.push(other);
        }
      });
    frontier = next;
  }
  const claims = graph.filterEdges(
    (_key, a, source, target) =>
      follows(a.type) && distances[source] !== undefined && distances[target] !== undefined,
  );
  return { center, k, distances, claims };
}
