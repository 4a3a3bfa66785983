/**
 * Node positions computed at ingest, so the explorer's first frame is already laid out: a seeded
 * placement (each node's start point derived from its key, so it does not depend on insertion
 * order), ForceAtlas2 with settings inferred from the graph's size, then noverlap. Deterministic:
 * the same graph always gets the same positions.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ClaimGraph } from "../model";

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer as the graph grows, so large corpora stay fast. */
  iterations?: number;
}

export function defaultIterations(order: number): number {
  if (order <= 100) return 500;
  if (order <= 1_000) return 300;
  if (order <= 5_000) return 150;
  return 80;
}

/** Size of a node that has none: grows with the square root of its degree. */
export const sizeForDegree = (degree: number) => Math.round((3 + 2 * Math.sqrt(degree)) * 100) / 100;

export function layoutGraph(graph: ClaimGraph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const radius = 10 * Math.sqrt(graph.order);
  graph.updateEachNodeAttributes((key, attrs) => {
    const [u, v] = seededPair(key);
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
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? defaultIterations(graph.order),
    settings: forceAtlas2.inferSettings(graph),
    getEdgeWeight: null,
  });
  noverlap.assign(graph, { maxIterations: 100, settings: { margin: 2, ratio: 1.1 } });
  graph.updateEachNodeAttributes((_key, attrs) => ({
    ...attrs,
    x: round(attrs.x ?? 0),
    y: round(attrs.y ?? 0),
  }));
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Two numbers in [0, 1) from a string: FNV-1a hash seeding a mulberry32 generator. */
function seededPair(text: string): [number, number] {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  let state = hash >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return [next(), next()];
}
