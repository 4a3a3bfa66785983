import { describe, expect, it } from "vitest";
import { egoNetwork } from "../../../src/graph/analytics/ego";
import { edgeKey } from "../../../src/model";
import { claimGraph } from "./fixture";

describe("egoNetwork", () => {
  const graph = claimGraph();

  it("gives the nodes within k hops whatever the direction, and the claims among them", () => {
    const one = egoNetwork(graph, "state:ostmark", 1);
    expect(one.distances).toEqual({
      "state:ostmark": 0,
      "incident:valdoria-2021-03": 1,
      "incident:valdoria-2023": 1,
    });
    expect(one.claims).toHaveLength(3);
    const two = egoNetwork(graph, "state:ostmark", 2);
    expect(two.distances["state:valdoria"]).toBe(2);
    expect(two.distances["state:brenland"]).toBeUndefined();
    expect(two.claims).toContain(edgeKey("part-of", "agency:valdoria-treasury", "state:valdoria"));
  });

  it("follows only the chosen claim types, and knows no unknown node", () => {
    expect(Object.keys(egoNetwork(graph, "state:lorna", 3, ["part-of"]).distances)).toEqual([
      "state:lorna",
      "agency:lorna-cert",
    ]);
    expect(egoNetwork(graph, "state:nowhere", 2)).toEqual({
      center: "state:nowhere",
      k: 2,
      distances: {},
      claims: [],
    });
  });
});
