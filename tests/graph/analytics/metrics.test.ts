import { describe, expect, it } from "vitest";
import { computeNodeMetrics } from "../../../src/graph/analytics/metrics";
import type { EdgeType } from "../../../src/model";
import { buildGraph, claimGraph } from "./fixture";

describe("computeNodeMetrics", () => {
  it("counts claims as degree, ranks the party most claims point at first and is stable", () => {
    const graph = claimGraph();
    const metrics = computeNodeMetrics(graph);
    expect(metrics.degree["state:valdoria"]).toBe(graph.degree("state:valdoria"));
    expect(metrics.degree["state:ostmark"]).toBeGreaterThan(0);
    const ranked = Object.entries(metrics.pagerank).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe("state:valdoria");
    expect(metrics.pagerank["state:ostmark"]).toBeGreaterThan(metrics.pagerank["state:lorna"] ?? 1);
    expect(Object.keys(metrics.betweenness).sort()).toEqual(graph.nodes().sort());
    expect(computeNodeMetrics(graph).community).toEqual(metrics.community);
  });

  it("separates two unconnected clusters into different communities", () => {
    const graph = claimGraph();
    const { community } = computeNodeMetrics(graph);
    expect(community["state:lorna"]).toBe(community["agency:lorna-cert"]);
    expect(community["state:lorna"]).not.toBe(community["state:valdoria"]);
  });

  it("gives an empty graph empty metrics", () => {
    const metrics = computeNodeMetrics(claimGraph({ empty: true }));
    expect(metrics).toEqual({ degree: {}, pagerank: {}, betweenness: {}, community: {} });
  });
});

describe("sampled betweenness", () => {
  /** Two groups of states asking each other for help, joined only through one broker. */
  function barbell(size: number) {
    const nodes: [string, "state"][] = [["state:broker", "state"]];
    const edges: [EdgeType, string, string][] = [];
    for (const side of ["a", "b"])
      for (let i = 0; i < size; i++) {
        nodes.push([`state:${side}${i}`, "state"]);
        for (let j = 0; j < i; j++) edges.push(["requested-help", `state:${side}${i}`, `state:${side}${j}`]);
        edges.push(
          ["requested-help", `state:${side}${i}`, "state:broker"],
          ["offered-help", "state:broker", `state:${side}${i}`],
        );
      }
    return buildGraph(nodes, edges);
  }

  it("estimates from a sample of pivots above the exact threshold, ranking the broker first", () => {
    const graph = barbell(20);
    const exact = computeNodeMetrics(graph).betweenness;
    const sampled = computeNodeMetrics(graph, { exactBetweennessUpTo: 10, pivots: 12 }).betweenness;
    const top = Object.entries(sampled).sort((a, b) => b[1] - a[1])[0];
    expect(top?.[0]).toBe("state:broker");
    expect(sampled["state:broker"]).toBeGreaterThan((exact["state:broker"] ?? 0) * 0.7);
    expect(sampled["state:broker"]).toBeLessThan((exact["state:broker"] ?? 0) * 1.3);
    expect(computeNodeMetrics(graph, { exactBetweennessUpTo: 10, pivots: 12 }).betweenness).toEqual(sampled);
  });
});
