import { describe, expect, it } from "vitest";
import { actorsProjection } from "../../../src/graph/analytics/projection";
import { edgeKey, serializeGraph } from "../../../src/model";
import { claimGraph } from "./fixture";

describe("actorsProjection", () => {
  it("links each attributed actor to each target, with the incidents and claimants behind the link", () => {
    const graph = claimGraph();
    const links = actorsProjection(graph);
    const ostmark = links.find((l) => l.source === "state:ostmark" && l.target === "state:valdoria");
    expect(ostmark).toMatchObject({
      incidents: ["incident:valdoria-2021-03", "incident:valdoria-2023"],
      claimants: ["person:ana-vel", "state:brenland"],
      stance: "asserted",
    });
    expect(ostmark?.claims).toContain(edgeKey("attributed-to", "incident:valdoria-2023", "state:ostmark"));
    expect(
      links.find((l) => l.source === "group:grey-fox" && l.target === "agency:valdoria-treasury")?.stance,
    ).toBe("suspected");
    expect(links).toHaveLength(4);
  });

  it("leaves the claim graph (and so its export) untouched", () => {
    const graph = claimGraph();
    const before = JSON.stringify(serializeGraph(graph));
    actorsProjection(graph);
    expect(JSON.stringify(serializeGraph(graph))).toBe(before);
  });
});
