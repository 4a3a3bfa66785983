import { describe, expect, it } from "vitest";
import { shortestPaths } from "../../../src/graph/analytics/paths";
import { edgeKey } from "../../../src/model";
import { claimGraph } from "./fixture";

describe("shortestPaths", () => {
  const graph = claimGraph();

  it("finds the shortest path over the chosen claim types, each step with its claims", () => {
    const paths = shortestPaths(graph, "state:ostmark", "agency:valdoria-treasury", [
      "attributed-to",
      "attacked",
    ]);
    expect(paths.map((p) => p.nodes)).toEqual([
      ["state:ostmark", "incident:valdoria-2021-03", "agency:valdoria-treasury"],
    ]);
    expect(paths[0]?.steps[0]?.claims.map((c) => c.key)).toEqual([
      edgeKey("attributed-to", "incident:valdoria-2021-03", "state:ostmark"),
    ]);
  });

  it("lists every path of the shortest length and explains steps with claims in both directions", () => {
    const paths = shortestPaths(graph, "state:brenland", "state:valdoria", [
      "requested-help",
      "offered-help",
    ]);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.steps[0]?.claims.map((c) => c.type).sort()).toEqual(["offered-help", "requested-help"]);
    const twoWays = shortestPaths(graph, "state:ostmark", "state:valdoria", ["attributed-to", "attacked"]);
    expect(twoWays.map((p) => p.nodes[1]).sort()).toEqual([
      "incident:valdoria-2021-03",
      "incident:valdoria-2023",
    ]);
  });

  it("finds nothing when the chosen types do not connect the two, or against the direction when directed", () => {
    expect(shortestPaths(graph, "state:lorna", "state:valdoria", ["part-of", "member-of"])).toEqual([]);
    expect(
      shortestPaths(graph, "state:ostmark", "state:valdoria", ["attacked", "attributed-to"], {
        directed: true,
      }),
    ).toEqual([]);
    expect(
      shortestPaths(graph, "state:valdoria", "state:brenland", ["requested-help"], { directed: true }).map(
        (p) => p.nodes,
      ),
    ).toEqual([["state:valdoria", "state:brenland"]]);
  });
});
