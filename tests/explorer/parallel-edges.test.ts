import { describe, expect, it } from "vitest";
import { fixtureGraph } from "./fixture";

// @sigma/edge-curve reads WebGL constants when loaded; the functions under test draw nothing.
Object.assign(globalThis, { WebGLRenderingContext: class {}, WebGL2RenderingContext: class {} });
const { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } = await import("@sigma/edge-curve");
const { parallelCurvatures } = await import("../../src/explorer/sigma/renderData");

describe("parallel edges", () => {
  const graph = fixtureGraph();

  it("curves the edges @sigma/edge-curve's index marks as parallel, as that index would", () => {
    const curvature = parallelCurvatures(graph);
    const indexed = graph.copy();
    indexParallelEdgesIndex(indexed);
    const expected = new Map<string, number>();
    indexed.forEachEdge((edge, a) => {
      const index = a.parallelIndex as number | null | undefined;
      const max = a.parallelMaxIndex as number | null | undefined;
      if (typeof index !== "number" || typeof max !== "number" || index === 0) return;
      const amplitude = 3.5;
      const maxCurvature = amplitude * (1 - Math.exp(-max / amplitude)) * DEFAULT_EDGE_CURVATURE;
      expected.set(edge, (maxCurvature * index) / max);
    });
    // Same edges curved, and between each pair the same curvatures (which edge of a pair takes
    // which bend depends only on iteration order).
    expect([...curvature.keys()].sort()).toEqual([...expected.keys()].sort());
    const byPair = (m: Map<string, number>) => {
      const pairs = new Map<string, number[]>();
      for (const [edge, c] of m) {
        const pair = graph.extremities(edge).join("->");
        pairs.set(pair, [...(pairs.get(pair) ?? []), c].sort());
      }
      return pairs;
    };
    expect(byPair(curvature)).toEqual(byPair(expected));
    // The fixture has both kinds: one claim each way (Montenegro ⇄ France) and two of different
    // types one way plus one back (United Kingdom ⇄ Montenegro).
    expect(curvature.has("requested-help:state:montenegro->state:france")).toBe(true);
    expect(curvature.has("offered-help:state:united-kingdom->state:montenegro")).toBe(true);
    expect(curvature.get("offered-help:state:united-kingdom->state:montenegro")).not.toBe(
      curvature.get("assisted:state:united-kingdom->state:montenegro"),
    );
    expect(curvature.has("part-of:agency:anssi->state:france")).toBe(false);
  });

  it("leaves the claim graph's attributes alone", () => {
    parallelCurvatures(graph);
    graph.forEachEdge((_e, a) => expect(a).not.toHaveProperty("parallelIndex"));
  });
});
