import { describe, expect, it } from "vitest";
import { scoreGraph } from "../../src/eval/score";
import { formatReport } from "../../src/eval/report";
import { goldOf, graphOf } from "./fixtures";

const A = "a.txt";
const chile = { id: "state:chile", type: "state", name: "Chile" };
const korea = { id: "state:north-korea", type: "state", name: "North Korea", aliases: ["Pyongyang"] };
const diaz = { id: "person:rosa-diaz", type: "person", name: "Rosa Díaz" };
const lazarus = { id: "group:lazarus", type: "group", name: "Lazarus Group" };
const breach = {
  id: "incident:chile-2021",
  type: "incident",
  name: "2021 breach of Chile's senate",
  date: "2021",
  targets: ["state:chile"],
};

const nodes = [
  { key: "state:chile", label: "Chile", in: [A] },
  { key: "state:north-korea", label: "North Korea", aliases: ["Pyongyang"], in: [A] },
  { key: "person:rosa-diaz", label: "Rosa Diaz", in: [A] },
  { key: "person:someone-else", label: "Someone Else", in: [A] },
  { key: "incident:x", label: "Senate breach", date: "2021-05", in: [A] },
  { key: "group:lazarus", label: "Lazarus Group", in: [A] },
];
const attack = { type: "attacked" as const, source: "incident:x", target: "state:chile", in: [A] };

describe("claimant scoring", () => {
  it("scores the claimants of a found attribution as a set against gold", () => {
    const graph = graphOf(nodes, [
      attack,
      {
        type: "attributed-to",
        source: "incident:x",
        target: "state:north-korea",
        in: [A],
        claimants: ["person:rosa-diaz", "person:someone-else"],
      },
    ]);
    const gold = goldOf(
      A,
      [chile, korea, diaz, breach],
      [
        { type: "attacked", source: breach.id, target: "state:chile" },
        {
          type: "attributed-to",
          source: breach.id,
          target: "state:north-korea",
          claimants: ["person:rosa-diaz", "state:chile"],
        },
      ],
    );
    const report = scoreGraph(graph, [gold]);
    // Rosa Díaz right, "Someone Else" wrong, Chile missed.
    expect(report.claimants).toEqual({ extracted: 2, correct: 1, gold: 2, found: 1 });
    expect(report.documents[0]!.claimantMismatches[0]).toMatchObject({
      extracted: ["Rosa Diaz", "Someone Else"],
      gold: ["Rosa Díaz", "Chile"],
    });
    expect(formatReport(report)).toMatch(/claimants\s+P 0\.50\s+R 0\.50/);
  });

  it("counts a claimant where gold says the article asserts it (empty list) as wrong", () => {
    const graph = graphOf(nodes, [
      attack,
      {
        type: "attributed-to",
        source: "incident:x",
        target: "state:north-korea",
        in: [A],
        claimants: ["state:chile"],
      },
    ]);
    const gold = goldOf(
      A,
      [chile, korea, breach],
      [
        { type: "attacked", source: breach.id, target: "state:chile" },
        { type: "attributed-to", source: breach.id, target: "state:north-korea", claimants: [] },
      ],
    );
    expect(scoreGraph(graph, [gold]).claimants).toEqual({ extracted: 1, correct: 0, gold: 0, found: 0 });
  });
});

describe("group → sponsor attributions", () => {
  const sponsorEdge = {
    type: "attributed-to" as const,
    source: "group:lazarus",
    target: "state:north-korea",
    in: [A],
  };

  it("are neither found nor false where the gold has none from that group", () => {
    const graph = graphOf(nodes, [attack, sponsorEdge]);
    const gold = goldOf(A, [chile, breach], [{ type: "attacked", source: breach.id, target: "state:chile" }]);
    const doc = scoreGraph(graph, [gold]).documents[0]!;
    expect(doc.relations).toEqual({ extracted: 1, correct: 1, gold: 1, found: 1 });
    expect(doc.falseClaims).toEqual([]);
  });

  it("are scored where the gold has one from that group", () => {
    const graph = graphOf(nodes, [attack, sponsorEdge]);
    const gold = goldOf(
      A,
      [chile, korea, lazarus, breach],
      [
        { type: "attacked", source: breach.id, target: "state:chile" },
        { type: "attributed-to", source: "group:lazarus", target: "state:chile" },
      ],
    );
    const doc = scoreGraph(graph, [gold]).documents[0]!;
    expect(doc.relations).toEqual({ extracted: 2, correct: 1, gold: 2, found: 1 });
    expect(doc.falseClaims.map((f) => f.targetLabel)).toEqual(["North Korea"]);
  });
});

describe("reviewed claims", () => {
  it("ignores rejected claims", () => {
    const graph = graphOf(nodes, [
      { ...attack, review: { state: "rejected", by: "ana" } },
      { type: "attacked", source: "incident:x", target: "state:north-korea", in: [A] },
    ]);
    const gold = goldOf(A, [chile, breach], [{ type: "attacked", source: breach.id, target: "state:chile" }]);
    expect(scoreGraph(graph, [gold]).relations).toEqual({ extracted: 1, correct: 0, gold: 1, found: 0 });
  });
});
