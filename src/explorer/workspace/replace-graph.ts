/**
 * A workspace's graph changes in place: the graph on screen takes another graph's contents (undo,
 * articles added, a review log imported) key by key, so sigma, the camera, the selection and the
 * open panels stay; sigma follows the graph's events and indexes once on its next frame.
 */
import type { SerializedGraph } from "graphology-types";
import {
  createClaimGraph,
  type ClaimGraph,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
} from "../../model";

/** Makes `graph` hold what `next` holds (`next` is left as it was; its attribute objects are shared). */
export function replaceGraphInPlace(graph: ClaimGraph, next: ClaimGraph): void {
  graph.forEachEdge((edge, _a, source, target) => {
    if (!next.hasEdge(edge) || next.source(edge) !== source || next.target(edge) !== target)
      graph.dropEdge(edge);
  });
  graph.forEachNode((node) => {
    if (!next.hasNode(node)) graph.dropNode(node);
  });
  next.forEachNode((node, attributes) => {
    if (graph.hasNode(node)) graph.replaceNodeAttributes(node, attributes);
    else graph.addNode(node, attributes);
  });
  next.forEachEdge((edge, attributes, source, target) => {
    if (graph.hasEdge(edge)) graph.replaceEdgeAttributes(edge, attributes);
    else graph.addEdgeWithKey(edge, source, target, attributes);
  });
  graph.replaceAttributes(next.getAttributes());
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
