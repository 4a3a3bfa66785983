import { describe, expect, it } from "vitest";
import { scoreGraph } from "../../src/eval/score";
import { goldOf, graphOf } from "./fixtures";

const DOC = "a.txt";
const ukraine = { id: "state:ukraine", type: "state", name: "Ukraine" };
const russia = { id: "state:russia", type: "state", name: "Russia" };
const goldIncident = (id: string, extra: object) => ({ id, type: "incident", name: `gold ${id}`, ...extra });

function score(
  incidents: { key: string; date?: string; label?: string; kind?: string; attributed?: boolean }[],
  gold: object[],
  relations: object[],
) {
  const graph = graphOf(
    [
      { key: "state:ukraine", label: "Ukraine" },
      { key: "state:russia", label: "Russia" },
      ...incidents.map((i) => ({ key: i.key, label: i.label ?? i.key, date: i.date, kind: i.kind })),
    ],
    incidents.flatMap((i) => [
      { type: "attacked" as const, source: i.key, target: "state:ukraine", in: [DOC] },
      ...(i.attributed
        ? [{ type: "attributed-to" as const, source: i.key, target: "state:russia", in: [DOC] }]
        : []),
    ]),
  );
  return scoreGraph(graph, [goldOf(DOC, [ukraine, russia, ...gold], relations)]).documents[0]!;
}

const attackedUkraine = (id: string) => ({ type: "attacked", source: id, target: "state:ukraine" });

describe("incident pairing", () => {
  it("pairs an incident sharing a target when the dates overlap at month precision", () => {
    const doc = score(
      [{ key: "incident:ukraine-2022-01", date: "2022-01-14" }],
      [goldIncident("incident:g", { date: "2022-01-13", targets: ["state:ukraine"] })],
      [attackedUkraine("incident:g")],
    );
    expect(doc.incidentPairs).toEqual([
      { extracted: "incident:ukraine-2022-01", gold: "incident:g", score: 3 },
    ]);
    expect(doc.relations).toEqual({ extracted: 1, correct: 1, gold: 1, found: 1 });
  });

  it("does not pair across months, nor an undated incident", () => {
    for (const date of ["2022-02-01", undefined]) {
      const doc = score(
        [{ key: "incident:x", date }],
        [goldIncident("incident:g", { date: "2022-01-13", targets: ["state:ukraine"] })],
        [attackedUkraine("incident:g")],
      );
      expect(doc.incidentPairs).toEqual([]);
      expect(doc.relations).toEqual({ extracted: 1, correct: 0, gold: 1, found: 0 });
    }
  });

  it("needs a shared name, target or attributed actor besides the date", () => {
    const doc = score(
      [{ key: "incident:x", date: "2022-01" }],
      [goldIncident("incident:g", { date: "2022-01", targets: [] })],
      [{ type: "condemned", source: "state:russia", target: "incident:g" }],
    );
    expect(doc.incidentPairs).toEqual([]);
  });

  it("pairs on a shared name alone, through gold aliases", () => {
    const doc = score(
      [{ key: "incident:x", date: "2021-05", label: "The Colonial Pipeline hack" }],
      [goldIncident("incident:g", { date: "2021", aliases: ["Colonial Pipeline hack"] })],
      [],
    );
    expect(doc.incidentPairs).toEqual([{ extracted: "incident:x", gold: "incident:g", score: 3 + 1 }]); // name, kind
  });

  it("takes the best pair first, not the first pair found", () => {
    // a: attacks Ukraine; b: attacks Ukraine and is attributed to Russia. g1 is attributed to Russia.
    // Taken in key order, a would claim g1 (tie with g2, broken by id) and leave b the worse g2.
    const doc = score(
      [
        { key: "incident:a", date: "2016-10" },
        { key: "incident:b", date: "2016-10", attributed: true },
      ],
      [
        goldIncident("incident:g1", { date: "2016", targets: ["state:ukraine"] }),
        goldIncident("incident:g2", { date: "2016", targets: ["state:ukraine"] }),
      ],
      [
        attackedUkraine("incident:g1"),
        attackedUkraine("incident:g2"),
        { type: "attributed-to", source: "incident:g1", target: "state:russia" },
      ],
    );
    expect(doc.incidentPairs).toEqual([
      { extracted: "incident:b", gold: "incident:g1", score: 2 + 1 + 1 },
      { extracted: "incident:a", gold: "incident:g2", score: 2 + 1 },
    ]);
    expect(doc.relations).toEqual({ extracted: 3, correct: 3, gold: 3, found: 3 });
  });

  it("ranks a same kind and an identical date above a looser pair", () => {
    const doc = score(
      [{ key: "incident:x", date: "2018-03", kind: "poisoning" }],
      [
        goldIncident("incident:cyber", { date: "2018", targets: ["state:ukraine"] }),
        goldIncident("incident:poison", { date: "2018-03", kind: "poisoning", targets: ["state:ukraine"] }),
      ],
      [],
    );
    expect(doc.incidentPairs).toEqual([
      { extracted: "incident:x", gold: "incident:poison", score: 2 + 1 + 1 },
    ]);
  });

  it("pairs one to one: a second extracted copy of the incident scores as false", () => {
    const doc = score(
      [
        { key: "incident:x1", date: "2022-01-13" },
        { key: "incident:x2", date: "2022-01" },
      ],
      [goldIncident("incident:g", { date: "2022-01-13", targets: ["state:ukraine"] })],
      [attackedUkraine("incident:g")],
    );
    expect(doc.incidentPairs).toEqual([{ extracted: "incident:x1", gold: "incident:g", score: 4 }]);
    expect(doc.relations).toEqual({ extracted: 2, correct: 1, gold: 1, found: 1 });
    expect(doc.falseClaims.map((f) => f.source)).toEqual(["incident:x2"]);
  });
});
