import { describe, expect, it } from "vitest";
import { scoreGraph } from "../../src/eval/score";
import { checkGoldReferences } from "../../src/eval/gold-check";
import { goldOf, graphOf } from "./fixtures";

const A = "a.txt";
const B = "b.txt";

const estonia = { id: "state:estonia", type: "state", name: "Estonia", aliases: ["Estonian"] };
const finland = { id: "state:finland", type: "state", name: "Finland" };
const cert = { id: "agency:cert-ee", type: "agency", name: "CERT-EE", aliases: ["Estonian CERT"] };

describe("entity matching", () => {
  it("matches an extracted alias to a gold name after normalisation", () => {
    const graph = graphOf(
      [
        { key: "state:ee", label: "Republic of Estonia", aliases: ["The Estonian"] },
        { key: "state:fi", label: "FINLAND’s" },
      ],
      [{ type: "assisted", source: "state:fi", target: "state:ee", in: [A] }],
    );
    const gold = goldOf(
      A,
      [estonia, finland],
      [{ type: "assisted", source: "state:finland", target: "state:estonia" }],
    );
    const report = scoreGraph(graph, [gold]);
    expect(report.relations).toEqual({ extracted: 1, correct: 1, gold: 1, found: 1 });
    expect(report.documents[0]!.missed).toEqual([]);
  });

  it("does not match a name when the types disagree", () => {
    // "CERT-EE" extracted as an organization: the gold says agency.
    const graph = graphOf(
      [
        { key: "organization:cert-ee", label: "CERT-EE" },
        { key: "state:estonia", label: "Estonia" },
      ],
      [{ type: "assisted", source: "organization:cert-ee", target: "state:estonia", in: [A] }],
    );
    const gold = goldOf(
      A,
      [estonia, cert],
      [{ type: "assisted", source: "agency:cert-ee", target: "state:estonia" }],
    );
    const doc = scoreGraph(graph, [gold]).documents[0]!;
    expect(doc.relations).toEqual({ extracted: 1, correct: 0, gold: 1, found: 0 });
    expect(doc.falseClaims[0]).toMatchObject({
      sourceLabel: "CERT-EE",
      unmatched: [{ end: "source", type: "organization" }],
      quotes: ["a.txt quote"],
    });
    expect(doc.missed[0]).toMatchObject({
      type: "assisted",
      sourceName: "CERT-EE",
      evidence: "gold evidence",
    });
  });
});

describe("relation matching", () => {
  const nodes = [
    { key: "state:estonia", label: "Estonia" },
    { key: "state:finland", label: "Finland" },
  ];
  const gold = goldOf(
    A,
    [estonia, finland],
    [{ type: "assisted", source: "state:finland", target: "state:estonia" }],
  );

  it("needs the same type", () => {
    const graph = graphOf(nodes, [
      { type: "offered-help", source: "state:finland", target: "state:estonia", in: [A] },
    ]);
    const doc = scoreGraph(graph, [gold]).documents[0]!;
    expect(doc.relations).toEqual({ extracted: 1, correct: 0, gold: 1, found: 0 });
    expect(doc.byType["offered-help"]).toEqual({ extracted: 1, correct: 0, gold: 0, found: 0 });
    expect(doc.byType.assisted).toEqual({ extracted: 0, correct: 0, gold: 1, found: 0 });
  });

  it("needs the same direction", () => {
    const graph = graphOf(nodes, [
      { type: "assisted", source: "state:estonia", target: "state:finland", in: [A] },
    ]);
    expect(scoreGraph(graph, [gold]).relations).toEqual({ extracted: 1, correct: 0, gold: 1, found: 0 });
  });
});

describe("optional relations", () => {
  const nodes = [
    { key: "state:estonia", label: "Estonia" },
    { key: "state:finland", label: "Finland" },
    { key: "person:kaja-kallas", label: "Kaja Kallas" },
  ];
  const gold = goldOf(
    A,
    [estonia, finland, { id: "person:kallas", type: "person", name: "Kaja Kallas" }],
    [
      { type: "assisted", source: "state:finland", target: "state:estonia" },
      { type: "requested-help", source: "person:kallas", target: "state:finland", optional: true },
    ],
  );

  it("earn nothing and cost nothing when found", () => {
    const graph = graphOf(nodes, [
      { type: "assisted", source: "state:finland", target: "state:estonia", in: [A] },
      { type: "requested-help", source: "person:kaja-kallas", target: "state:finland", in: [A] },
    ]);
    const doc = scoreGraph(graph, [gold]).documents[0]!;
    expect(doc.relations).toEqual({ extracted: 1, correct: 1, gold: 1, found: 1 });
    expect(doc.optionalMatches).toBe(1);
    expect(doc.falseClaims).toEqual([]);
  });

  it("cost nothing when missed", () => {
    const graph = graphOf(nodes, [
      { type: "assisted", source: "state:finland", target: "state:estonia", in: [A] },
    ]);
    const doc = scoreGraph(graph, [gold]).documents[0]!;
    expect(doc.relations).toEqual({ extracted: 1, correct: 1, gold: 1, found: 1 });
    expect(doc.missed).toEqual([]);
  });
});

describe("per-document scoping", () => {
  const nodes = [
    { key: "state:estonia", label: "Estonia", in: [A, B] },
    { key: "state:finland", label: "Finland", in: [A, B] },
  ];

  it("scores an edge only against the gold of the documents that evidence it", () => {
    const graph = graphOf(nodes, [
      { type: "assisted", source: "state:finland", target: "state:estonia", in: [B] },
    ]);
    const goldA = goldOf(
      A,
      [estonia, finland],
      [{ type: "assisted", source: "state:finland", target: "state:estonia" }],
    );
    const goldB = goldOf(B, [estonia, finland], []);
    const report = scoreGraph(graph, [goldA, goldB]);
    expect(report.documents[0]!.relations).toEqual({ extracted: 0, correct: 0, gold: 1, found: 0 });
    expect(report.documents[1]!.relations).toEqual({ extracted: 1, correct: 0, gold: 0, found: 0 });
    expect(report.relations).toEqual({ extracted: 1, correct: 0, gold: 1, found: 0 });
  });

  it("counts a gold entity found only when the node is mentioned in that document", () => {
    const graph = graphOf([
      { key: "state:estonia", label: "Estonia", in: [B] },
      { key: "state:finland", label: "Finland", in: [A] },
    ]);
    const gold = goldOf(
      A,
      [estonia, finland],
      [{ type: "assisted", source: "state:finland", target: "state:estonia" }],
    );
    const doc = scoreGraph(graph, [gold]).documents[0]!;
    expect(doc.entities).toMatchObject({ gold: 2, found: 1 });
    expect(doc.missedEntities.map((e) => e.id)).toEqual(["state:estonia"]);
  });

  it("sums documents and edge types into corpus totals", () => {
    const graph = graphOf(nodes, [
      { type: "assisted", source: "state:finland", target: "state:estonia", in: [A, B] },
      { type: "offered-help", source: "state:estonia", target: "state:finland", in: [B] },
    ]);
    const rel = [{ type: "assisted", source: "state:finland", target: "state:estonia" }];
    const report = scoreGraph(graph, [
      goldOf(A, [estonia, finland], rel),
      goldOf(B, [estonia, finland], rel),
    ]);
    expect(report.relations).toEqual({ extracted: 3, correct: 2, gold: 2, found: 2 });
    expect(report.byType.assisted).toEqual({ extracted: 2, correct: 2, gold: 2, found: 2 });
    expect(report.byType["offered-help"]).toEqual({ extracted: 1, correct: 0, gold: 0, found: 0 });
  });
});

describe("entity precision and recall", () => {
  it("recall counts entities of required relations; precision counts nodes with an evidenced edge", () => {
    const graph = graphOf(
      [
        { key: "state:estonia", label: "Estonia", in: [A] },
        { key: "state:finland", label: "Finland", in: [A] },
        { key: "state:latvia", label: "Latvia", in: [A] }, // mentioned, no edge: not scored for precision
        { key: "person:someone", label: "Someone", in: [A] },
      ],
      [
        { type: "assisted", source: "state:finland", target: "state:estonia", in: [A] },
        { type: "affiliated-with", source: "person:someone", target: "state:finland", in: [A] },
      ],
    );
    const gold = goldOf(
      A,
      [estonia, finland, cert],
      [
        { type: "assisted", source: "state:finland", target: "state:estonia" },
        { type: "part-of", source: "agency:cert-ee", target: "state:estonia", optional: true },
      ],
    );
    const doc = scoreGraph(graph, [gold]).documents[0]!;
    // cert takes part only in an optional relation: not wanted for recall.
    expect(doc.entities).toEqual({ extracted: 3, correct: 2, gold: 2, found: 2 });
    expect(doc.falseEntities.map((e) => e.id)).toEqual(["person:someone"]);
  });
});

describe("checkGoldReferences", () => {
  it("names every relation end and incident target that is not an entity of the file", () => {
    const gold = goldOf(
      A,
      [estonia, { id: "incident:x", type: "incident", name: "x", date: "2020", targets: ["state:latvia"] }],
      [{ type: "attacked", source: "incident:x", target: "state:lithuania" }],
    );
    expect(checkGoldReferences(gold)).toEqual([
      { path: "entities[1].targets[0]", message: 'unknown entity "state:latvia"' },
      { path: "relations[0].target", message: 'unknown entity "state:lithuania"' },
    ]);
  });
});
