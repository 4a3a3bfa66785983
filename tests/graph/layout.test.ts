import { describe, expect, it } from "vitest";
import {
  layoutGraph,
  layoutInput,
  layoutPositions,
  noverlapGridSize,
  placeNodes,
  smoothStart,
} from "../../src/graph/layout";
import { seededRandom } from "../../src/graph/seeded-random";
import { createClaimGraph, edgeKey, type ClaimGraph } from "../../src/model";

/** Two triangles of states (a0-a2 and b0-b2) joined by one edge, plus an isolated state. */
function twoClusters(): ClaimGraph {
  const graph = createClaimGraph();
  for (const key of ["a0", "a1", "a2", "b0", "b1", "b2", "lonely"])
    graph.addNode(`state:${key}`, {
      label: key,
      type: "state",
      aliases: [],
      mentions: [],
      ...(key === "a0" ? { size: 9 } : {}),
    });
  const link = (s: string, t: string) =>
    graph.addDirectedEdgeWithKey(
      edgeKey("assisted", `state:${s}`, `state:${t}`),
      `state:${s}`,
      `state:${t}`,
      {
        type: "assisted",
        claimants: [],
        stance: "asserted",
        confidence: 1,
        origin: "extracted",
        evidence: [{ doc: "d", quote: "q", start: 0, end: 1 }],
      },
    );
  for (const p of ["a", "b"]) {
    link(`${p}0`, `${p}1`);
    link(`${p}1`, `${p}2`);
    link(`${p}2`, `${p}0`);
  }
  link("a0", "b0");
  return graph;
}

const positions = (g: ClaimGraph) => g.mapNodes((key, a) => [key, a.x, a.y, a.size]);
const distance = (g: ClaimGraph, a: string, b: string) =>
  Math.hypot(
    g.getNodeAttribute(`state:${a}`, "x")! - g.getNodeAttribute(`state:${b}`, "x")!,
    g.getNodeAttribute(`state:${a}`, "y")! - g.getNodeAttribute(`state:${b}`, "y")!,
  );

describe("layoutGraph", () => {
  it("gives every node a finite position, keeps a size it has and sets one it lacks", () => {
    const graph = twoClusters();
    layoutGraph(graph);
    graph.forEachNode((_key, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThan(0);
    });
    expect(graph.getNodeAttribute("state:a0", "size")).toBe(9);
  });

  it("lays out from plain data as sent to a worker: the same positions as the graph's own layout", () => {
    const [here, sent] = [twoClusters(), twoClusters()];
    layoutGraph(here);
    const input = layoutInput(sent);
    placeNodes(sent, input, layoutPositions(structuredClone(input)));
    expect(positions(sent)).toEqual(positions(here));
    expect(sent.getNodeAttribute("state:a0", "size")).toBe(9);
  });

  it("is deterministic: the same graph gets the same positions", () => {
    const first = twoClusters();
    const second = twoClusters();
    layoutGraph(first);
    layoutGraph(second);
    expect(positions(first)).toEqual(positions(second));
  });

  it("draws linked nodes closer together than nodes of different clusters", () => {
    const graph = twoClusters();
    layoutGraph(graph);
    const within = Math.max(distance(graph, "a1", "a2"), distance(graph, "b1", "b2"));
    const across = Math.min(
      distance(graph, "a1", "b1"),
      distance(graph, "a2", "b2"),
      distance(graph, "a1", "b2"),
    );
    expect(within).toBeLessThan(across);
  });

  it("leaves no two nodes on top of each other", () => {
    const graph = twoClusters();
    layoutGraph(graph);
    const nodes = graph.nodes();
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [graph.getNodeAttributes(nodes[i]!), graph.getNodeAttributes(nodes[j]!)];
        expect(Math.hypot(a.x! - b.x!, a.y! - b.y!)).toBeGreaterThan(Math.max(a.size!, b.size!));
      }
  });

  it("places a large graph's nodes where noverlap's default grid would, give or take float rounding", () => {
    // 1,200 states, each linked to three drawn at random: crowded enough for noverlap to move many.
    const build = () => {
      const graph = createClaimGraph();
      const random = seededRandom(7);
      const key = (i: number) => `state:s${i}`;
      for (let i = 0; i < 1200; i++)
        graph.addNode(key(i), { label: `s${i}`, type: "state", aliases: [], mentions: [] });
      for (let i = 0; i < 1200; i++)
        for (let j = 0; j < 3; j++) {
          const other = Math.floor(random() * 1200);
          const edge = edgeKey("assisted", key(i), key(other));
          if (other !== i && !graph.hasEdge(edge))
            graph.addDirectedEdgeWithKey(edge, key(i), key(other), {
              type: "assisted",
              claimants: [],
              stance: "asserted",
              confidence: 1,
              origin: "extracted",
              evidence: [],
            });
        }
      return graph;
    };
    const scaled = build();
    const fixed = build();
    expect(noverlapGridSize(scaled.order)).toBeGreaterThan(20);
    layoutGraph(scaled);
    layoutGraph(fixed, { noverlapGridSize: 20 });
    // The grid only reorders float sums: nearly every node lands on the same hundredth, and none
    // strays by a node's smallest radius (3).
    const strays = scaled
      .mapNodes((key, a) =>
        Math.hypot(a.x! - fixed.getNodeAttribute(key, "x")!, a.y! - fixed.getNodeAttribute(key, "y")!),
      )
      .filter((d) => d > 0);
    expect(strays.length).toBeLessThan(scaled.order / 100);
    expect(Math.max(0, ...strays)).toBeLessThan(3);
    // noverlap did move nodes: without it the positions differ.
    const unmoved = build();
    layoutGraph(unmoved, { noverlapIterations: 0 });
    expect(positions(unmoved)).not.toEqual(positions(scaled));
  }, 60_000); // three layouts of 1,200 nodes: ~2 s alone, far more on a loaded 2-core machine

  it("does nothing to an empty graph", () => {
    const graph = createClaimGraph();
    layoutGraph(graph);
    expect(graph.order).toBe(0);
  });
});

describe("smoothStart", () => {
  // Nodes 0-1-2 in a chain, 3 and 4 linked only to each other, 5 alone.
  const start = Float64Array.from([-90, 0, 0, 80, 90, 0, 0, -70, 60, 60, 30, -30]);
  const edges = Uint32Array.from([0, 1, 1, 2, 3, 4]);
  const gap = (p: Float64Array, a: number, b: number) =>
    Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);

  it("draws linked nodes together, keeps their spread and leaves an unlinked node where it was", () => {
    const smoothed = smoothStart(start, edges, { rounds: 3, tieBreak: 0 });
    expect(gap(smoothed, 0, 1) / gap(start, 0, 1)).toBeLessThan(0.8);
    const spread = (p: Float64Array) => Math.hypot(...Array.from(p.subarray(0, 10)));
    expect(spread(smoothed)).toBeCloseTo(spread(start), 6);
    expect([smoothed[10], smoothed[11]]).toEqual([30, -30]);
  });

  it("keeps two nodes linked only to each other apart with a share of their own starts", () => {
    expect(gap(smoothStart(start, edges, { rounds: 2, tieBreak: 0 }), 3, 4)).toBe(0);
    expect(gap(smoothStart(start, edges, { rounds: 2, tieBreak: 0.05 }), 3, 4)).toBeGreaterThan(0);
  });

  it("changes nothing in zero rounds", () => {
    expect(smoothStart(start, edges, { rounds: 0, tieBreak: 0.05 })).toEqual(start);
  });
});
