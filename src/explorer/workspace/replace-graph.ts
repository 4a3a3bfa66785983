/**
 * A workspace's graph changes in place: the graph on screen takes another graph's contents (undo,
 * articles added, a review log imported), so sigma, the camera, the selection and the open panels
 * stay; sigma follows the graph's events and indexes once on its next frame.
 */
import type { SerializedGraph } from "graphology-types";
import {
  createClaimGraph,
  type ClaimGraph,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
} from "../../model";

/**
 * Makes `graph` hold what `next` holds, in `next`'s order, so what was computed from `next` (the
 * explorer's index, render data) holds for `graph`. `next` is left as it was.
 */
export function replaceGraphInPlace(graph: ClaimGraph, next: ClaimGraph): void {
  graph.clear();
  graph.import(next);
}

/**
 * A graph the extraction worker built and already checked with `loadGraph` (off the page's
 * thread): read here without checking it twice.
 */
export function importCheckedGraph(text: string): ClaimGraph {
  const graph = createClaimGraph();
  graph.import(JSON.parse(text) as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  return graph;
}
