import { describe, expect, it } from "vitest";
import { analyzeHelp } from "../../../src/graph/analytics/help";
import { edgeKey } from "../../../src/model";
import { buildGraph, claimGraph, NODES } from "./fixture";

const request = (analysis: ReturnType<typeof analyzeHelp>, requester: string, asked: string) =>
  analysis.requests.find((r) => r.requester === requester && r.asked === asked);

describe("analyzeHelp", () => {
  const analysis = analyzeHelp(claimGraph());

  it("pairs each helper with its beneficiary: requests, offers and delivered help with dates and quotes", () => {
    const pair = analysis.pairs.find(
      (p) => p.helper === "state:brenland" && p.beneficiary === "state:valdoria",
    );
    expect(pair?.requests.map((c) => [c.key, c.date])).toEqual([
      [edgeKey("requested-help", "state:valdoria", "state:brenland"), "2021-03-11"],
    ]);
    expect(pair?.offers.map((c) => c.key)).toEqual([
      edgeKey("offered-help", "state:brenland", "state:valdoria"),
    ]);
    expect(pair?.offers[0]?.quotes[0]?.quote).toBe("Brenland offered-help Valdoria.");
    const agency = analysis.pairs.find((p) => p.helper === "agency:brenland-cyber-command");
    expect(agency?.delivered.map((c) => c.date)).toEqual(["2021-04"]);
  });

  it("answers a request with the asked party's offer, days later, and its agency's help", () => {
    const r = request(analysis, "state:valdoria", "state:brenland");
    expect(r?.status).toBe("answered by the party asked");
    expect(r?.answers.slice(0, 2).map((a) => [a.by, a.kind, a.fromAsked, a.daysLater])).toEqual([
      ["state:brenland", "offer", true, 3],
      ["agency:brenland-cyber-command", "delivered", true, null],
    ]);
    expect(r?.answers.find((a) => a.by === "state:kestria")?.fromAsked).toBe(false);
  });

  it("counts help from others (dated later, or undated) as an answer, and flags unanswered requests", () => {
    const pact = request(analysis, "state:valdoria", "organization:north-pact");
    expect(pact?.status).toBe("answered by others");
    expect(pact?.answers.map((a) => a.by).sort()).toEqual([
      "agency:brenland-cyber-command",
      "state:brenland",
      "state:kestria",
    ]);
    expect(request(analysis, "state:lorna", "state:kestria")).toMatchObject({
      status: "unanswered",
      answers: [],
    });
  });

  it("does not count help given before the request, and compares partial dates at their precision", () => {
    const graph = buildGraph(NODES, [
      ["requested-help", "state:lorna", "state:kestria", { date: "2019-06-10" }],
      ["offered-help", "state:kestria", "state:lorna", { date: "2019-05" }],
      ["requested-help", "state:valdoria", "state:brenland", { date: "2017" }],
      ["assisted", "state:brenland", "state:valdoria", { date: "2017-03-02" }],
    ]);
    const result = analyzeHelp(graph);
    expect(request(result, "state:lorna", "state:kestria")?.status).toBe("unanswered");
    const answered = request(result, "state:valdoria", "state:brenland");
    expect(answered?.status).toBe("answered by the party asked");
    expect(answered?.answers[0]?.daysLater).toBeNull();
  });

  it("gives a flow and a matrix of offered vs delivered help, weighted by claims", () => {
    expect(analysis.flows).toContainEqual({
      helper: "state:brenland",
      beneficiary: "state:valdoria",
      offered: [edgeKey("offered-help", "state:brenland", "state:valdoria")],
      delivered: [],
    });
    expect(
      analysis.flows.some((f) => f.helper === "state:lorna" || f.helper === "organization:north-pact"),
    ).toBe(false);
    const { matrix } = analysis;
    expect(matrix.beneficiaries).toEqual(["state:valdoria", "agency:valdoria-treasury"]);
    expect(matrix.helpers).toHaveLength(3);
    expect(matrix.cells["state:kestria"]?.["state:valdoria"]?.delivered).toEqual([
      edgeKey("assisted", "state:kestria", "state:valdoria"),
    ]);
    expect(matrix.cells["state:kestria"]?.["agency:valdoria-treasury"]).toBeUndefined();
  });
});
