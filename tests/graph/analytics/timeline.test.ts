import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../../src/graph/analytics/timeline";
import { edgeKey } from "../../../src/model";
import { claimGraph } from "./fixture";

describe("buildTimeline", () => {
  const graph = claimGraph();

  it("buckets dated incidents and claims by month over a short span, keeping coarse and undated apart", () => {
    const timeline = buildTimeline(graph);
    expect(timeline.granularity).toBe("month");
    expect(timeline.buckets[0]?.period).toBe("2021-01");
    expect(timeline.buckets.at(-1)?.period).toBe("2023-12");
    expect(timeline.buckets).toHaveLength(36);
    const march = timeline.buckets.find((b) => b.period === "2021-03");
    expect(march?.incidents).toEqual(["incident:valdoria-2021-03"]);
    expect(march?.claims).toHaveLength(5);
    expect(timeline.buckets.find((b) => b.period === "2021-04")?.claims).toEqual([
      edgeKey("assisted", "agency:brenland-cyber-command", "agency:valdoria-treasury"),
    ]);
    expect(timeline.coarse).toEqual([{ period: "2023", incidents: ["incident:valdoria-2023"], claims: [] }]);
    expect(timeline.undated.claims).toContain(edgeKey("assisted", "state:kestria", "state:valdoria"));
  });

  it("counts in years when asked, and is empty for a graph without dates", () => {
    const years = buildTimeline(graph, { granularity: "year" });
    expect(years.buckets.map((b) => [b.period, b.incidents.length])).toEqual([
      ["2021", 1],
      ["2022", 0],
      ["2023", 1],
    ]);
    expect(buildTimeline(claimGraph({ empty: true })).buckets).toEqual([]);
  });

  it("dates claims with the rule it is given (e.g. the first article reporting an undated claim)", () => {
    const timeline = buildTimeline(graph, {
      claimDate: (g, edge) => g.getEdgeAttribute(edge, "date") ?? "2022-02-01",
    });
    expect(timeline.undated.claims).toEqual([]);
    expect(timeline.buckets.find((b) => b.period === "2022-02")?.claims).toContain(
      edgeKey("assisted", "state:kestria", "state:valdoria"),
    );
  });
});
