import { describe, expect, it } from "vitest";
import { computeNodeMetrics } from "../../../src/graph/analytics/metrics";
import { claimGraph } from "./fixture";

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
