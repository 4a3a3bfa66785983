import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/eval/report";
import { scoreGraph } from "../../src/eval/score";
import { goldOf, graphOf, type EdgeSpec, type NodeSpec } from "./fixtures";

const DOC = "a.txt";
const STATES = [
  { id: "state:ukraine", type: "state", name: "Ukraine" },
  { id: "state:russia", type: "state", name: "Russia" },
  { id: "state:moldova", type: "state", name: "Moldova" },
];
const incident = (id: string, extra: object) => ({ id, type: "incident", name: `gold ${id}`, ...extra });
const attacked = (source: string, target = "state:ukraine") => ({ type: "attacked", source, target });

/** Extracted incidents attacking a state each (Ukraine unless told), scored against the gold. */
function diagnose(
  extracted: { key: string; date?: string; target?: string }[],
  gold: object[],
  relations: object[],
  published?: string,
) {
  const nodes: NodeSpec[] = [
    { key: "state:ukraine", label: "Ukraine" },
    { key: "state:atlantis", label: "Atlantis" },
    ...extracted.map((x) => ({ key: x.key, label: x.key, date: x.date })),
  ];
  const edges: EdgeSpec[] = extracted.map((x) => ({
    type: "attacked",
    source: x.key,
    target: x.target ?? "state:ukraine",
    in: [DOC],
  }));
  const graph = graphOf(nodes, edges);
  graph.setAttribute("documents", [
    { id: DOC, title: DOC, chars: 1000, ...(published ? { published } : {}) },
  ]);
  const report = scoreGraph(graph, [goldOf(DOC, [...STATES, ...gold], relations)]);
  return { doc: report.documents[0]!, text: formatReport(report) };
}

const causes = (list: { id: string; cause: string }[]) => list.map((u) => [u.id, u.cause]);

describe("why incidents did not pair", () => {
  it("tells two gold incidents merged into one extracted incident", () => {
    const { doc, text } = diagnose(
      [{ key: "incident:x", date: "2022-01" }],
      [
        incident("incident:g1", { date: "2022-01-13", targets: ["state:ukraine"] }),
        incident("incident:g2", { date: "2022-01-20" }),
      ],
      [attacked("incident:g1"), attacked("incident:g2")],
    );
    expect(causes(doc.unpairedIncidents.gold)).toEqual([["incident:g2", "merged"]]);
    expect(doc.unpairedIncidents.gold[0]!.nearest).toEqual({
      id: "incident:x",
      name: "incident:x",
      date: "2022-01",
      pairedWith: "incident:g1",
    });
    expect(doc.unpairedIncidents.extracted).toEqual([]);
    expect(text).toContain("was paired with incident:g1 (two gold incidents merged into one)");
  });

  it("tells one gold incident split into two extracted ones", () => {
    const { doc, text } = diagnose(
      [
        { key: "incident:x1", date: "2022-01-13" },
        { key: "incident:x2", date: "2022-01" },
      ],
      [incident("incident:g", { date: "2022-01-13" })],
      [attacked("incident:g")],
    );
    expect(causes(doc.unpairedIncidents.extracted)).toEqual([["incident:x2", "split"]]);
    expect(doc.unpairedIncidents.extracted[0]!.relations).toBe(1);
    expect(text).toContain("(one gold incident split in two)");
  });

  it("tells the date problems of an incident sharing a target, on both sides", () => {
    const gold = [incident("incident:g", { date: "2021-11" })];
    const case_ = (date: string | undefined, published?: string) =>
      diagnose([{ key: "incident:x", date }], gold, [attacked("incident:g")], published).doc
        .unpairedIncidents;
    expect(causes(case_(undefined).gold)).toEqual([["incident:g", "undated"]]);
    expect(causes(case_(undefined).extracted)).toEqual([["incident:x", "undated"]]);
    expect(causes(case_("2022-03", "2022-03-10").gold)).toEqual([["incident:g", "publication-date"]]);
    // A year alone that is the publication's may be the text's own: no publication date for it.
    expect(causes(case_("2022", "2022-03-10").gold)).toEqual([["incident:g", "other-year"]]);
    expect(causes(case_("2022-03").gold)).toEqual([["incident:g", "other-year"]]);
    expect(causes(case_("2021-09").extracted)).toEqual([["incident:x", "other-month"]]);
  });

  it("tells an undated gold incident, which no date overlaps", () => {
    const { doc, text } = diagnose(
      [{ key: "incident:x", date: "2022-01" }],
      [incident("incident:g", {})],
      [attacked("incident:g")],
    );
    expect(causes(doc.unpairedIncidents.gold)).toEqual([["incident:g", "gold-undated"]]);
    expect(text).toContain("the gold incident is undated [gold-undated]");
  });

  it("tells an end no entity matched apart from an incident nothing shares", () => {
    const { doc, text } = diagnose(
      [{ key: "incident:x", date: "2022-01", target: "state:atlantis" }],
      [incident("incident:g", { date: "2022-01" }), incident("incident:h", { date: "2022-01" })],
      [
        attacked("incident:g", "state:moldova"),
        { type: "condemned", source: "state:russia", target: "incident:h" },
      ],
    );
    expect(causes(doc.unpairedIncidents.gold)).toEqual([
      ["incident:g", "end-unmatched"],
      ["incident:h", "no-shared-end"],
    ]);
    expect(doc.unpairedIncidents.gold[0]!.unmatchedEnds).toEqual(["Moldova"]);
    expect(causes(doc.unpairedIncidents.extracted)).toEqual([["incident:x", "end-unmatched"]]);
    expect(doc.unpairedIncidents.extracted[0]!.unmatchedEnds).toEqual(["Atlantis"]);
    expect(text).toContain("Moldova matched by no extracted node (an entity problem)");
  });

  it("tells a side with no incident at all, and leaves paired and costless incidents out", () => {
    const none = diagnose([], [incident("incident:g", { date: "2022-01" })], [attacked("incident:g")]);
    expect(causes(none.doc.unpairedIncidents.gold)).toEqual([["incident:g", "none"]]);
    const extra = diagnose([{ key: "incident:x", date: "2022-01" }], [], []);
    expect(causes(extra.doc.unpairedIncidents.extracted)).toEqual([["incident:x", "none"]]);
    const paired = diagnose(
      [{ key: "incident:x", date: "2022-01" }],
      [incident("incident:g", { date: "2022-01" }), incident("incident:idle", { date: "2019" })],
      [attacked("incident:g")],
    );
    expect(paired.doc.unpairedIncidents).toEqual({ gold: [], extracted: [] });
  });
});
