import { describe, expect, it } from "vitest";
import { analyzeHelp } from "../../../src/graph/analytics/help";
import { edgeKey } from "../../../src/model";
import { buildGraph, claimGraph, ev, NODES } from "./fixture";

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
    expect(r?.answers).toHaveLength(2);
  });

  it("counts help from others as an answer to the latest request before it, and flags unanswered requests", () => {
    // Kestria's undated help answers Valdoria's latest request (to the North Pact); Brenland's help
    // went to the request made to Brenland.
    const pact = request(analysis, "state:valdoria", "organization:north-pact");
    expect(pact?.status).toBe("answered by others");
    expect(pact?.answers.map((a) => [a.by, a.fromAsked])).toEqual([["state:kestria", false]]);
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

  it("answers every request of the latest period to the helper's party, e.g. to a state and to its minister", () => {
    const graph = buildGraph(
      [...NODES, ["person:ivo-marr", "person", { country: "state:brenland" }]],
      [
        ["requested-help", "state:valdoria", "state:brenland", { date: "2017-02" }],
        ["requested-help", "state:valdoria", "person:ivo-marr", { date: "2017-02-03" }],
        // Undated and reported in an article without a date: it matches any request.
        ["offered-help", "agency:brenland-cyber-command", "state:valdoria", { evidence: [ev("doc-c")] }],
      ],
    );
    const result = analyzeHelp(graph);
    for (const asked of ["state:brenland", "person:ivo-marr"])
      expect(request(result, "state:valdoria", asked)?.status).toBe("answered by the party asked");
  });

  it("ignores help more than a year later, and places undated claims at their first report", () => {
    const graph = buildGraph(NODES, [
      ["requested-help", "state:lorna", "state:kestria", { date: "2019-06-10" }],
      ["assisted", "state:brenland", "state:lorna", { date: "2021-01" }],
      // Undated, reported in doc-c (no publication date) and doc-b (2021-04-02).
      ["requested-help", "state:valdoria", "state:kestria", { evidence: [ev("doc-b"), ev("doc-c")] }],
      ["assisted", "state:kestria", "state:valdoria", { date: "2020-05-01" }],
      ["offered-help", "state:kestria", "state:valdoria", { evidence: [ev("doc-b")] }],
    ]);
    const result = analyzeHelp(graph);
    expect(request(result, "state:lorna", "state:kestria")?.status).toBe("unanswered");
    const valdoria = request(result, "state:valdoria", "state:kestria");
    expect(valdoria?.answers.map((a) => [a.kind, a.daysLater])).toEqual([["offer", null]]);
  });

  it("gives later help to the later request, not to one made years before", () => {
    const graph = buildGraph(NODES, [
      ["requested-help", "state:valdoria", "state:brenland", { date: "2017-02-01" }],
      ["offered-help", "state:brenland", "state:valdoria", { date: "2017-02-09" }],
      ["requested-help", "state:valdoria", "state:kestria", { date: "2022-08-26" }],
      ["assisted", "state:kestria", "state:valdoria", { date: "2022-08-29" }],
    ]);
    const result = analyzeHelp(graph);
    expect(
      request(result, "state:valdoria", "state:brenland")?.answers.map((a) => [a.by, a.daysLater]),
    ).toEqual([["state:brenland", 8]]);
    expect(
      request(result, "state:valdoria", "state:kestria")?.answers.map((a) => [a.by, a.daysLater]),
    ).toEqual([["state:kestria", 3]]);
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
