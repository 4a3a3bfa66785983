/**
 * What the renderer needs from a graph beyond its attributes, computed once per loaded graph:
 * positions for files that have none, the curvature of parallel edges (so edges of different types
 * between one pair stay apart and clickable) and the ingest positions the "Reset" button restores.
 */
import { DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import circular from "graphology-layout/circular";
import type { ClaimGraph } from "../../model";

export interface RenderData {
  /** Curvature of each parallel edge; straight edges are absent. */
  curvature: Map<string, number>;
  /** The positions the graph arrived with, node order: x0, y0, x1, y1, ... */
  initialPositions: Float64Array;
  /** True when the file had no positions and a circular layout was assigned. */
  positionsComputed: boolean;
}

/** Spreads the curvatures of n parallel edges, as in sigma's parallel-edges example. */
function curvatureOf(index: number, maxIndex: number): number {
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

export function prepareForRendering(graph: ClaimGraph): RenderData {
  let positionsComputed = false;
  if (graph.someNode((_, a) => typeof a.x !== "number" || typeof a.y !== "number")) {
    circular.assign(graph, { scale: 100 });
    positionsComputed = true;
  }
  const initialPositions = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_, a) => {
    initialPositions[i++] = a.x ?? 0;
    initialPositions[i++] = a.y ?? 0;
  });

  return { curvature: parallelCurvatures(graph), initialPositions, positionsComputed };
}

/**
 * The curvature of every parallel edge, with the indices @sigma/edge-curve's
 * `indexParallelEdgesIndex` gives, but computed pair by pair from the graph's own adjacency and
 * kept out of the graph: that helper builds string ids for every edge and writes three attributes
 * into each, which cost a third of the explorer's load time on a 50k-claim graph.
 */
export function parallelCurvatures(graph: ClaimGraph): Map<string, number> {
  const curvature = new Map<string, number>();
  graph.forEachNode((source) => {
    graph.forEachOutNeighbor(source, (target) => {
      const opposite = graph.hasDirectedEdge(target, source);
      const edges = graph.outEdges(source, target);
      const n = edges.length;
      if (n === 1 && !opposite) return;
      edges.forEach((edge, i) => {
        // Both directions: each side bends its own way; one direction: spread around the straight line.
        const [index, maxIndex] = opposite ? [i + 1, n] : [i - (n - 1) / 2, (n - 1) / 2];
        if (index !== 0) curvature.set(edge, curvatureOf(index, maxIndex));
      });
    });
  });
  return curvature;
}

/** Puts every node back where the graph file had it. */
export function restorePositions(graph: ClaimGraph, positions: Float64Array): void {
  let i = 0;
  graph.updateEachNodeAttributes(
    (_, a) => {
      a.x = positions[i++];
      a.y = positions[i++];
      return a;
    },
    { attributes: ["x", "y"] },
  );
}
