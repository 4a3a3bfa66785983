/**
 * Node positions computed at ingest, so the explorer's first frame is already laid out: a seeded
 * placement (each node's start point derived from its key, so it does not depend on insertion
 * order), ForceAtlas2 with settings inferred from the graph's size, then noverlap. Deterministic:
 * the same graph always gets the same positions.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FORCE_ATLAS_2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import forceAtlas2Iteration from "graphology-layout-forceatlas2/iterate.js";
import NOVERLAP_DEFAULTS from "graphology-layout-noverlap/defaults.js";
import noverlapIteration from "graphology-layout-noverlap/iterate.js";
import type { ClaimGraph } from "../model";
import { hashSeed, seededRandom } from "./seeded-random";

export interface LayoutOptions {
  /** ForceAtlas2 iterations (0: none); by default fewer as the graph grows (see `layoutBudget`). */
  iterations?: number;
  /** noverlap iterations at most (0: none). */
  noverlapIterations?: number;
  /** Cells per side of noverlap's grid (default `noverlapGridSize` of the graph's order). */
  noverlapGridSize?: number;
  /** Rounds of neighbour averaging of the start placement (default `layoutBudget`'s). */
  startSmoothingRounds?: number;
}

/**
 * The layout's iteration settings. ForceAtlas2 and noverlap get a fixed budget of node-iterations,
 * so layout time grows with the graph only linearly (about 10 µs per node-iteration for ForceAtlas2
 * with Barnes-Hut here, 25 µs for noverlap) and a 20,000-node corpus is laid out in seconds. Small
 * graphs get many iterations and settle; large ones get a rough shape the explorer can refine on
 * demand.
 *
 * A rough graph (one given fewer than `roughBelow` ForceAtlas2 iterations by the budget, over
 * 3,300 nodes) starts instead from the seeded random placement smoothed by `startSmoothingRounds`
 * rounds of neighbour averaging (see `smoothStart`), which puts each node near its neighbours
 * before the first iteration, and gets `smoothedShare` of the iterations: on the 1,000-article
 * benchmark graph (3,936 nodes: 10 iterations instead of 25) the layout is better by every measure
 * taken — mean edge length over the mean distance of random pairs 0.454 (was 0.485), median 0.407
 * (0.463), pairs of overlapping nodes after noverlap 350 (384), share of a node's neighbours among
 * its nearest nodes 0.015 (0.005) — and ForceAtlas2, the layout's largest cost, does 60 % less
 * work. Smaller graphs keep the random start and their full budget: on a 842-node graph (100
 * articles) 48 smoothed iterations were worse than its 119 (edge over pair 0.249 against 0.213).
 * Fewer rounds leave more overlaps (3 rounds and 10 iterations: 409), more crowd hubs' leaves.
 */
export const LAYOUT_TUNING = {
  forceAtlas2NodeIterations: 100_000,
  forceAtlas2Iterations: { min: 20, max: 500 },
  noverlapNodeIterations: 30_000,
  noverlapIterations: { min: 3, max: 100 },
  roughBelow: 30,
  smoothedShare: 0.4,
  /** Not fewer, from the smoothed start: no graph was measured below 10. */
  minSmoothedIterations: 10,
  startSmoothingRounds: 5,
  /** Share of its own start a smoothed node keeps (see `smoothStart`): as good as none by the measures above. */
  startTieBreak: 0.05,
};

/** Iterations and rounds of start smoothing for a graph of `order` nodes (see `LAYOUT_TUNING`). */
export function layoutBudget(order: number): {
  iterations: number;
  noverlapIterations: number;
  startSmoothingRounds: number;
} {
  const tuning = LAYOUT_TUNING;
  const perNode = (budget: number, { min, max }: { min: number; max: number }) =>
    Math.max(min, Math.min(max, Math.round(budget / Math.max(1, order))));
  const fromRandom = perNode(tuning.forceAtlas2NodeIterations, tuning.forceAtlas2Iterations);
  const rough = fromRandom < tuning.roughBelow;
  return {
    iterations: rough
      ? Math.max(tuning.minSmoothedIterations, Math.round(fromRandom * tuning.smoothedShare))
      : fromRandom,
    noverlapIterations: perNode(tuning.noverlapNodeIterations, tuning.noverlapIterations),
    startSmoothingRounds: rough ? tuning.startSmoothingRounds : 0,
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

/** A node's size by its degree: grows with the square root of the degree. */
export const degreeSize = (degree: number) => 3 + 2 * Math.sqrt(degree);

/** Size of a node that has none: `degreeSize`, rounded to hundredths. */
export const sizeForDegree = (degree: number) => Math.round(degreeSize(degree) * 100) / 100;

/**
 * What the layout reads of a graph, as plain data a worker thread can be sent (see extract-pool.ts):
 * node keys and sizes in the graph's order, and each edge as its two nodes' indices, in the graph's
 * edge order. ForceAtlas2 and noverlap read nothing else (no attribute, no edge key or direction
 * besides these), so the same input lays out the same on any thread.
 */
export interface LayoutInput {
  keys: string[];
  sizes: Float64Array;
  /** source, target, source, target… */
  edges: Uint32Array;
}

/** `graph`'s layout input; a node without a size gets one from its degree (`sizeForDegree`). */
export function layoutInput(graph: ClaimGraph): LayoutInput {
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const sizes = new Float64Array(keys.length);
  graph.forEachNode((key, attrs) => {
    sizes[index.get(key)!] = attrs.size ?? sizeForDegree(graph.degree(key));
  });
  const edges = new Uint32Array(2 * graph.size);
  let e = 0;
  graph.forEachEdge((_edge, _attrs, source, target) => {
    edges[e++] = index.get(source)!;
    edges[e++] = index.get(target)!;
  });
  return { keys, sizes, edges };
}

/**
 * Positions for `input`'s nodes, x then y for each in order, to the hundredth. ForceAtlas2 and
 * noverlap run their own iteration steps on the matrices their entry points would build from a
 * graph holding only what `LayoutInput` keeps, built in the same order as the one it came from
 * (nodes, then edges, each in order; every edge of weight 1), so the positions are the same, to the
 * bit, as theirs; building that graph (a multigraph's adjacency, keyed by node) and reading it back
 * took some 40% of the layout's time at the end of a 1,000-article ingest.
 */
export function layoutPositions(input: LayoutInput, options: LayoutOptions = {}): Float64Array {
  const { keys, sizes, edges } = input;
  const order = keys.length;
  if (order === 0) return new Float64Array(0);
  const budget = layoutBudget(order);
  const positions = smoothStart(randomStart(keys), edges, {
    rounds: options.startSmoothingRounds ?? budget.startSmoothingRounds,
    tieBreak: LAYOUT_TUNING.startTieBreak,
  });
  const iterations = options.iterations ?? budget.iterations;
  if (iterations > 0) {
    const matrices = forceAtlas2Matrices(positions, sizes, edges);
    const settings = {
      ...FORCE_ATLAS_2_DEFAULTS,
      ...forceAtlas2.inferSettings(order),
      // Barnes-Hut from 500 nodes (inferSettings waits for 2,000): exact repulsion is quadratic.
      barnesHutOptimize: order > 500,
      barnesHutTheta: BARNES_HUT_THETA,
    };
    for (let i = 0; i < iterations; i++) forceAtlas2Iteration(settings, matrices.nodes, matrices.edges);
    copyPositions(matrices.nodes, FORCE_ATLAS_2_PER_NODE, positions);
  }
  // noverlap reads 0 iterations as "its default" (500), so 0 skips it here.
  const noverlapIterations = options.noverlapIterations ?? budget.noverlapIterations;
  if (noverlapIterations > 0) {
    const nodes = new Float32Array(NOVERLAP_PER_NODE * order);
    for (let i = 0; i < order; i++)
      nodes.set([positions[2 * i]!, positions[2 * i + 1]!, sizes[i] || 1], NOVERLAP_PER_NODE * i);
    const settings = {
      ...NOVERLAP_DEFAULTS,
      margin: 2,
      ratio: 1.1,
      gridSize: options.noverlapGridSize ?? noverlapGridSize(order),
    };
    let converged = false;
    for (let i = 0; i < noverlapIterations && !converged; i++)
      converged = noverlapIteration(settings, nodes).converged;
    copyPositions(nodes, NOVERLAP_PER_NODE, positions);
  }
  return positions.map(round);
}

/** Floats a node takes in ForceAtlas2's node matrix, and an edge in its edge matrix; a node in noverlap's. */
const FORCE_ATLAS_2_PER_NODE = 10;
const FORCE_ATLAS_2_PER_EDGE = 3;
const NOVERLAP_PER_NODE = 3;
/** Where a node's mass sits in ForceAtlas2's node matrix (x, y, dx, dy, old dx, old dy, mass, …). */
const FORCE_ATLAS_2_MASS = 6;

/**
 * ForceAtlas2's matrices as its entry point fills them from a graph: per node x, y, its moves (0),
 * its mass (1 plus its weighted degree), its convergence (1), its size (1 if none) and whether it
 * is fixed (0); per edge the two nodes' offsets in the node matrix and the edge's weight.
 */
function forceAtlas2Matrices(
  positions: Float64Array,
  sizes: Float64Array,
  edges: Uint32Array,
): { nodes: Float32Array; edges: Float32Array } {
  const order = sizes.length;
  const nodes = new Float32Array(FORCE_ATLAS_2_PER_NODE * order);
  for (let i = 0; i < order; i++)
    nodes.set(
      [positions[2 * i]!, positions[2 * i + 1]!, 0, 0, 0, 0, 1, 1, sizes[i] || 1, 0],
      FORCE_ATLAS_2_PER_NODE * i,
    );
  const links = new Float32Array((edges.length / 2) * FORCE_ATLAS_2_PER_EDGE);
  const weight = 1;
  for (let e = 0, j = 0; e < edges.length; e += 2, j += FORCE_ATLAS_2_PER_EDGE) {
    const [source, target] = [edges[e]! * FORCE_ATLAS_2_PER_NODE, edges[e + 1]! * FORCE_ATLAS_2_PER_NODE];
    nodes[source + FORCE_ATLAS_2_MASS]! += weight;
    nodes[target + FORCE_ATLAS_2_MASS]! += weight;
    links.set([source, target, weight], j);
  }
  return { nodes, edges: links };
}

/** Each node's x and y from a layout's node matrix (`perNode` floats a node, x and y first) into `positions`. */
function copyPositions(matrix: Float32Array, perNode: number, positions: Float64Array): void {
  for (let i = 0; i < positions.length / 2; i++) {
    positions[2 * i] = matrix[perNode * i]!;
    positions[2 * i + 1] = matrix[perNode * i + 1]!;
  }
}

/**
 * Each node's start point, x then y, uniform over a disk growing with the graph and drawn from the
 * node's key, so it does not depend on insertion order.
 */
function randomStart(keys: readonly string[]): Float64Array {
  const radius = 10 * Math.sqrt(keys.length);
  const start = new Float64Array(2 * keys.length);
  keys.forEach((key, i) => {
    const random = seededRandom(hashSeed(key));
    const [u, v] = [random(), random()];
    // Uniform over a disk: the square root keeps the centre from crowding.
    const r = radius * Math.sqrt(u);
    const angle = 2 * Math.PI * v;
    start[2 * i] = r * Math.cos(angle);
    start[2 * i + 1] = r * Math.sin(angle);
  });
  return start;
}

/**
 * `start` after `rounds` rounds of moving every linked node to the mean of itself and its
 * neighbours, so that linked nodes begin near each other and ForceAtlas2 has less far to move them.
 * Averaging shrinks the placement towards its centre, so the linked nodes are then scaled back to
 * their first spread (root mean square distance from the origin), plus `tieBreak` of their own
 * start; nodes without links stay put.
 */
export function smoothStart(
  start: Float64Array,
  edges: Uint32Array,
  { rounds, tieBreak }: { rounds: number; tieBreak: number },
): Float64Array {
  if (rounds <= 0) return start;
  const count = start.length / 2;
  const degree = new Float64Array(count);
  for (const node of edges) degree[node]!++;
  const spread = (points: Float64Array) => {
    let sum = 0;
    let linked = 0;
    for (let i = 0; i < count; i++)
      if (degree[i]) {
        sum += points[2 * i]! ** 2 + points[2 * i + 1]! ** 2;
        linked++;
      }
    return Math.sqrt(sum / Math.max(1, linked));
  };
  let points = start;
  for (let round = 0; round < rounds; round++) {
    const next = points.slice();
    for (let e = 0; e < edges.length; e += 2) {
      const [a, b] = [edges[e]!, edges[e + 1]!];
      next[2 * a]! += points[2 * b]!;
      next[2 * a + 1]! += points[2 * b + 1]!;
      next[2 * b]! += points[2 * a]!;
      next[2 * b + 1]! += points[2 * a + 1]!;
    }
    for (let i = 0; i < 2 * count; i++) next[i]! /= degree[i >> 1]! + 1;
    points = next;
  }
  const scale = spread(start) / (spread(points) || 1);
  // Two linked nodes with the same other neighbours average to the same point: a share of each
  // one's own start keeps them apart (noverlap would part them at random, and the layout must be
  // deterministic).
  return points.map((value, i) => (degree[i >> 1] ? value * scale + tieBreak * start[i]! : value));
}

/** Gives `graph`'s nodes the sizes of `input` (made from it) and the `positions` laid out from that. */
export function placeNodes(graph: ClaimGraph, input: LayoutInput, positions: Float64Array): void {
  input.keys.forEach((key, i) =>
    graph.mergeNodeAttributes(key, { x: positions[2 * i]!, y: positions[2 * i + 1]!, size: input.sizes[i]! }),
  );
}

export function layoutGraph(graph: ClaimGraph, options: LayoutOptions = {}): void {
  const input = layoutInput(graph);
  placeNodes(graph, input, layoutPositions(input, options));
}

/**
 * To the hundredth, and never -0: JSON writes -0 as 0, so a position in (-0.005, 0] would differ
 * between the graph in memory and the same graph read back from its file or the claim store.
 */
const round = (n: number) => Math.round(n * 100) / 100 || 0;
