import { describe, expect, it } from "vitest";
import { loadGraph, serializeGraph } from "../../src/model";
import { buildClaimGraph, createGraphBuilder } from "../../src/graph/build";
import { layoutInput } from "../../src/graph/layout";
import type { DocumentExtraction, ExtractedClaim, ExtractedEntity } from "../../src/extract";

const state = (key: string, label: string, doc: string, start = 0): ExtractedEntity => ({
  key,
  type: "state",
  label,
  aliases: [],
  mentions: [{ doc, start, end: start + label.length }],
});

const incident = (
  key: string,
  doc: string,
  date: string | undefined,
  targets: string[],
): ExtractedEntity => ({
  key,
  type: "incident",
  label: `Cyber attack (${date ?? "undated"})`,
  aliases: [],
  date,
  targets,
  mentions: [{ doc, start: 0, end: 5 }],
});

function claim(
  type: ExtractedClaim["type"],
  source: string,
  target: string,
  doc: string,
  start: number,
  extra: Partial<ExtractedClaim> = {},
): ExtractedClaim {
  return {
    type,
    source,
    target,
    claimants: [],
    stance: "asserted",
    evidence: [{ doc, quote: "x".repeat(10), start, end: start + 10, claimants: extra.claimants ?? [] }],
    confidence: 0.7,
    ...extra,
  };
}

function doc(
  id: string,
  entities: ExtractedEntity[],
  claims: ExtractedClaim[],
  published?: string,
): DocumentExtraction {
  return { meta: { id, title: id, chars: 1000, published }, entities, claims, warnings: [] };
}

const first = doc(
  "a.txt",
  [
    state("state:estonia", "Estonia", "a.txt"),
    state("state:russia", "Russia", "a.txt", 20),
    incident("incident:estonia-2007-04-27", "a.txt", "2007-04-27", ["state:estonia"]),
  ],
  [
    claim("attacked", "incident:estonia-2007-04-27", "state:estonia", "a.txt", 0),
    claim("attributed-to", "incident:estonia-2007-04-27", "state:russia", "a.txt", 40, {
      stance: "suspected",
      claimants: ["state:estonia"],
    }),
  ],
);
const second = doc(
  "b.txt",
  [
    state("state:estonia", "Estonia", "b.txt"),
    state("state:russia", "Russia", "b.txt", 30),
    incident("incident:estonia-2007-05", "b.txt", "2007-05", ["state:estonia"]),
  ],
  [
    claim("attacked", "incident:estonia-2007-05", "state:estonia", "b.txt", 0),
    claim("attributed-to", "incident:estonia-2007-05", "state:russia", "b.txt", 50, { confidence: 0.9 }),
    claim("denied", "state:russia", "incident:estonia-2007-05", "b.txt", 80),
  ],
);

describe("buildClaimGraph", () => {
  it("merges one incident reported by two documents (same target, close dates) and rewrites its claims", () => {
    const graph = buildClaimGraph([first, second], { generatedAt: "2026-01-01T00:00:00.000Z" });
    const incidents = graph.filterNodes((_, a) => a.type === "incident");
    expect(incidents).toEqual(["incident:estonia-2007-04-27"]);
    expect(graph.hasEdge("denied:state:russia->incident:estonia-2007-04-27")).toBe(true);
    expect(graph.getNodeAttribute("incident:estonia-2007-04-27", "mentions")).toHaveLength(2);
  });

  it("makes one edge of a claim found in two documents, with all its evidence and claimants", () => {
    const graph = buildClaimGraph([first, second]);
    const edge = graph.getEdgeAttributes("attributed-to:incident:estonia-2007-04-27->state:russia");
    expect(edge.evidence.map((e) => e.doc)).toEqual(["a.txt", "b.txt"]);
    expect(edge.claimants).toEqual(["state:estonia"]);
    expect(edge.stance).toBe("asserted"); // one document asserts it
    expect(edge.confidence).toBe(0.9);
  });

  it("files a quote once however often it is reported: twice in one document, or by a document added again", () => {
    const twice = (id: string) =>
      doc(
        id,
        [state("state:estonia", "Estonia", id), state("state:russia", "Russia", id, 20)],
        [
          claim("requested-help", "state:estonia", "state:russia", id, 40),
          claim("requested-help", "state:estonia", "state:russia", id, 40),
          claim("requested-help", "state:estonia", "state:russia", id, 90),
        ],
      );
    const graph = buildClaimGraph([twice("a.txt"), twice("b.txt"), twice("a.txt")]);
    const evidence = graph.getEdgeAttribute("requested-help:state:estonia->state:russia", "evidence");
    expect(evidence.map((e) => `${e.doc}@${e.start}`)).toEqual([
      "a.txt@40",
      "a.txt@90",
      "b.txt@40",
      "b.txt@90",
    ]);
  });

  it("keeps incidents apart when their dates are far apart", () => {
    const later = doc(
      "c.txt",
      [
        state("state:estonia", "Estonia", "c.txt"),
        incident("incident:estonia-2017-01", "c.txt", "2017-01", ["state:estonia"]),
      ],
      [claim("attacked", "incident:estonia-2017-01", "state:estonia", "c.txt", 0)],
    );
    const graph = buildClaimGraph([first, later]);
    expect(graph.filterNodes((_, a) => a.type === "incident")).toHaveLength(2);
  });

  it("merges an incident dated by its year into the incident of that year, not a nearer one of the year before", () => {
    const grid = (id: string, date: string) =>
      doc(
        `${id}.txt`,
        [
          state("state:ukraine", "Ukraine", `${id}.txt`),
          incident(`incident:ukraine-${date}`, `${id}.txt`, date, ["state:ukraine"]),
        ],
        [claim("attacked", `incident:ukraine-${date}`, "state:ukraine", `${id}.txt`, 0)],
      );
    const graph = buildClaimGraph([grid("a", "2015-12"), grid("b", "2016-12"), grid("c", "2016")]);
    expect(graph.getNodeAttribute("incident:ukraine-2016-12", "mentions").map((m) => m.doc)).toEqual([
      "b.txt",
      "c.txt",
    ]);
  });

  it("folds an undated incident into the one dated incident sharing its targets", () => {
    const undated = doc(
      "d.txt",
      [
        state("state:estonia", "Estonia", "d.txt"),
        incident("incident:estonia-undated", "d.txt", undefined, ["state:estonia"]),
      ],
      [claim("attacked", "incident:estonia-undated", "state:estonia", "d.txt", 0)],
    );
    const graph = buildClaimGraph([undated, first]);
    expect(graph.filterNodes((_, a) => a.type === "incident")).toEqual(["incident:estonia-2007-04-27"]);
    expect(
      graph.getEdgeAttribute("attacked:incident:estonia-2007-04-27->state:estonia", "evidence"),
    ).toHaveLength(2);
  });

  it("gives the layout input of the graph it is to make before making it: same keys, sizes and edges, in order", () => {
    const builder = createGraphBuilder();
    builder.add(
      doc(
        "f.txt",
        [
          state("state:estonia", "Estonia", "f.txt"),
          state("state:russia", "Russia", "f.txt", 30),
          incident("incident:estonia-undated", "f.txt", undefined, ["state:estonia"]),
        ],
        [
          claim("attacked", "incident:estonia-undated", "state:estonia", "f.txt", 0),
          claim("attributed-to", "incident:estonia-undated", "state:russia", "f.txt", 50),
        ],
      ),
    );
    builder.add(first);
    builder.add(second);
    const finished = builder.finish();
    const input = finished.layoutInput;
    // The undated incident is folded into the dated one: neither its node nor its own edges are laid out.
    expect(input.keys).not.toContain("incident:estonia-undated");
    expect(input).toEqual(layoutInput(finished.graph()));
  });

  /** One document reporting one incident on one state. */
  const report = (
    id: string,
    key: string,
    date: string | undefined,
    name?: string,
    target = "state:latvia",
  ) =>
    doc(
      `${id}.txt`,
      [
        state(target, target.slice(6), `${id}.txt`),
        { ...incident(key, `${id}.txt`, date, [target]), ...(name ? { name } : {}) },
      ],
      [claim("attacked", key, target, `${id}.txt`, 0)],
    );
  const incidentsOf = (graph: ReturnType<typeof buildClaimGraph>) =>
    graph.filterNodes((_, a) => a.type === "incident");

  it("merges reports a few days apart across new year into one incident", () => {
    const graph = buildClaimGraph([
      report("a", "incident:latvia-2018-12-29", "2018-12-29"),
      report("b", "incident:latvia-2019-01-03", "2019-01-03"),
    ]);
    expect(incidentsOf(graph)).toEqual(["incident:latvia-2018-12-29"]);
  });

  it("numbers incidents that share a key but not a date: -2, -3 in the order they come", () => {
    const graph = buildClaimGraph([
      report("a", "incident:latvia-cyber-attack", "2012-03"),
      report("b", "incident:latvia-cyber-attack", "2016-07"),
      report("c", "incident:latvia-cyber-attack", "2020-11"),
      report("d", "incident:latvia-cyber-attack", "2016-07"),
    ]);
    expect(incidentsOf(graph)).toEqual([
      "incident:latvia-cyber-attack",
      "incident:latvia-cyber-attack-2",
      "incident:latvia-cyber-attack-3",
    ]);
    expect(graph.getNodeAttribute("incident:latvia-cyber-attack-2", "mentions")).toHaveLength(2);
  });

  it("finds an incident by the date a later report of its name gave it, on any of its targets", () => {
    const graph = buildClaimGraph([
      report("a", "incident:glasswing", undefined, "Glasswing"),
      report("b", "incident:glasswing-2021", "2021-05", "Glasswing", "state:lithuania"),
      report("c", "incident:latvia-2021-05-20", "2021-05-20"),
    ]);
    expect(incidentsOf(graph)).toEqual(["incident:glasswing"]);
  });

  it("drops claims whose direction the data model does not allow, and self-loops", () => {
    const bad = doc(
      "e.txt",
      [state("state:estonia", "Estonia", "e.txt"), state("state:latvia", "Latvia", "e.txt", 10)],
      [
        claim("attacked", "state:estonia", "state:latvia", "e.txt", 0),
        claim("assisted", "state:estonia", "state:estonia", "e.txt", 0),
      ],
    );
    expect(buildClaimGraph([bad]).size).toBe(0);
  });

  it("produces a graph that loadGraph accepts, with sizes from degree", () => {
    const builder = createGraphBuilder({ title: "Estonia 2007" });
    builder.add(first);
    builder.add(second);
    const graph = builder.graph();
    const loaded = loadGraph(JSON.parse(JSON.stringify(serializeGraph(graph))));
    expect(loaded.ok).toBe(true);
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(["a.txt", "b.txt"]);
    expect(graph.getNodeAttribute("state:russia", "size")).toBeGreaterThan(
      graph.getNodeAttribute("state:estonia", "size")!,
    );
  });
});
