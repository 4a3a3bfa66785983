/**
 * Node positions computed at ingest, so the explorer's first frame is already laid out: a seeded
 * placement (each node's start point derived from its key, so it does not depend on insertion
 * order), ForceAtlas2 with settings inferred from the graph's size, then noverlap. Deterministic:
 * the same graph always gets the same positions.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ClaimGraph } from "../model";
import { hashSeed, seededRandom } from "./seeded-random";

export interface LayoutOptions {
  /** ForceAtlas2 iterations (0: none); by default fewer as the graph grows (see `layoutBudget`). */
  iterations?: number;
  /** noverlap iterations at most (0: none). */
  noverlapIterations?: number;
  /** Cells per side of noverlap's grid (default `noverlapGridSize` of the graph's order). */
  noverlapGridSize?: number;
}

/**
 * Iterations for a graph of `order` nodes: a fixed budget of node-iterations, so layout time grows
 * with the graph only linearly (about 10 µs per node-iteration for ForceAtlas2 with Barnes-Hut here,
 * 25 µs for noverlap) and a 20,000-node corpus is laid out in seconds. Small graphs get many
 * iterations and settle; large ones get a rough shape the explorer can refine on demand.
 */
export function layoutBudget(order: number): { iterations: number; noverlapIterations: number } {
  const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(n)));
  return {
    iterations: clamp(100_000 / Math.max(1, order), 20, 500),
    noverlapIterations: clamp(30_000 / Math.max(1, order), 3, 100),
  };
}

/**
 * How coarse Barnes-Hut's repulsion may be: a cell of the quadtree stands for its nodes when it is
 * seen under less than this ratio of size to distance. 1.2 is Gephi's ForceAtlas2 default (the
 * library's is 0.5); on the 1,000-article benchmark graph (4,050 nodes) it halves the cost of an
 * iteration, and after 25 and after 100 iterations the layout is as good by two measures
 * (mean edge length over mean distance of random pairs: 0.557 and 0.428 at both; share of a node's
 * neighbours among its nearest nodes: 0.043/0.042 and 0.079/0.079).
 */
const BARNES_HUT_THETA = 1.2;

/**
 * The grid noverlap sorts nodes into before comparing each pair sharing a cell: about
 * `nodesPerCell` nodes a cell, never fewer cells a side than its default `minCells` (kept by graphs
 * under ~400 nodes, the bundled one included). The default 20x20 grid puts some 40 nodes in a cell
 * of the 15,000-node graph of 10,000 articles, and the pairs per cell grow with the square of that
 * (1.8 of its 3.1 seconds of layout went to noverlap). The grid does not change which nodes are
 * moved apart: two nodes that overlap have overlapping boxes, so they share a cell in any grid; it
 * changes only the order each node's pushes are summed in. That float rounding rarely shows after
 * positions are rounded to the hundredth (the graphs of 1,000 and 10,000 synthetic articles come out
 * byte-identical; on a random 500-node graph 2 nodes moved, by at most 1.1, less than a node's radius).
 */
const NOVERLAP_GRID = { minCells: 20, nodesPerCell: 1 };

/** Cells per side of noverlap's grid for a graph of `order` nodes (see `NOVERLAP_GRID`). */
export const noverlapGridSize = (order: number) =>
  Math.max(NOVERLAP_GRID.minCells, Math.round(Math.sqrt(order / NOVERLAP_GRID.nodesPerCell)));

/** Size of a node that has none: grows with the square root of its degree. */
export const sizeForDegree = (degree: number) => Math.round((3 + 2 * Math.sqrt(degree)) * 100) / 100;

export function layoutGraph(graph: ClaimGraph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const radius = 10 * Math.sqrt(graph.order);
  graph.updateEachNodeAttributes((key, attrs) => {
    const random = seededRandom(hashSeed(key));
    const [u, v] = [random(), random()];
    // Uniform over a disk: the square root keeps the centre from crowding.
    const r = radius * Math.sqrt(u);
    const angle = 2 * Math.PI * v;
    return {
      ...attrs,
      x: r * Math.cos(angle),
      y: r * Math.sin(angle),
      size: attrs.size ?? sizeForDegree(graph.degree(key)),
    };
  });
  const budget = layoutBudget(graph.order);
  const iterations = options.iterations ?? budget.iterations;
  if (iterations > 0)
    forceAtlas2.assign(graph, {
      iterations,
      settings: {
        ...forceAtlas2.inferSettings(graph),
        // Barnes-Hut from 500 nodes (inferSettings waits for 2,000): exact repulsion is quadratic.
        barnesHutOptimize: graph.order > 500,
        barnesHutTheta: BARNES_HUT_THETA,
      },
      getEdgeWeight: null,
    });
  // noverlap reads 0 iterations as "its default" (500), so 0 skips it here.
  const noverlapIterations = options.noverlapIterations ?? budget.noverlapIterations;
  if (noverlapIterations > 0)
    noverlap.assign(graph, {
      maxIterations: noverlapIterations,
      settings: {
        margin: 2,
        ratio: 1.1,
        gridSize: options.noverlapGridSize ?? noverlapGridSize(graph.order),
      },
    });
  graph.updateEachNodeAttributes((_key, attrs) => ({
    ...attrs,
    x: round(attrs.x ?? 0),
    y: round(attrs.y ?? 0),
  }));
}

/**
 * To the hundredth, and never -0: JSON writes -0 as 0, so a position in (-0.005, 0] would differ
 * between the graph in memory and the same graph read back from its file or the claim store.
 */
const round = (n: number) => Math.round(n * 100) / 100 || 0;
