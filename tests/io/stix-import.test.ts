import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeStixBundle } from "../../src/io/stix/export";
import { looksLikeStixBundle } from "../../src/io/stix/detect";
import { parseStixBundle } from "../../src/io/stix/import";
import { loadGraph, type ClaimGraph } from "../../src/model";
import { everyTypeGraph } from "./stix-fixture";
import { STIX_SCHEMAS } from "./stix-schemas";

const APT1 = readFileSync(resolve(STIX_SCHEMAS, "../examples/apt1.json"), "utf8");

function imported(text: string, name = "test.json") {
  const result = parseStixBundle(text, name);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result;
}

/** Each claim as a reader sees it: type, ends by label, stance, date, claimants and quotes. */
function claims(graph: ClaimGraph) {
  const label = (key: string) => graph.getNodeAttribute(key, "label");
  return graph
    .mapEdges((_, a, source, target) => ({
      type: a.type,
      source: label(source),
      target: label(target),
      stance: a.stance,
      date: a.date,
      claimants: a.claimants.map(label).sort(),
      quotes: a.evidence.map((e) => e.quote).sort(),
    }))
    .sort((x, y) => `${x.type}${x.source}${x.target}`.localeCompare(`${y.type}${y.source}${y.target}`));
}

const bundle = (objects: unknown[]) =>
  JSON.stringify({ type: "bundle", id: "bundle--6b4b8e4a-0e4e-4c4c-8f6a-0a0a0a0a0a0a", objects });
const common = (type: string, n: number) => ({
  type,
  spec_version: "2.1",
  id: `${type}--00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  created: "2024-01-01T00:00:00.000Z",
  modified: "2024-01-01T00:00:00.000Z",
});

describe("STIX import of the APT1 example", () => {
  const result = imported(APT1, "apt1.json");
  const label = (key: string) => result.graph.getNodeAttribute(key, "label");
  const attributions = result.graph
    .filterEdges((_, a) => a.type === "attributed-to")
    .map((key) => `${label(result.graph.source(key))} → ${label(result.graph.target(key))}`);

  it("shows APT1's attributions: groups to their sponsors and operators", () => {
    expect(attributions).toEqual(
      expect.arrayContaining([
        "APT1 → Unit 61398",
        "APT1 → Communist Party of China",
        "Ugly Gorilla → Wang Dong",
        "SuperHard → Mei Qiang",
      ]),
    );
    expect(result.graph.getNodeAttribute("group:apt1", "type")).toBe("group");
    expect(result.graph.getNodeAttribute("person:wang-dong", "type")).toBe("person");
  });

  it("evidences each claim with the report that lists it", () => {
    const evidence = result.graph.getEdgeAttribute("attributed-to:group:apt1->group:unit-61398", "evidence");
    expect(evidence[0]!.quote).toMatch(/^Since 2004, Mandiant has investigated/);
    const doc = result.graph.getAttribute("documents").find((d) => d.id === evidence[0]!.doc)!;
    expect(doc).toMatchObject({
      title: "APT1: Exposing One of China's Cyber Espionage Units",
      published: "2013-02-19",
    });
    expect(result.texts.get(doc.id)).toBe(evidence[0]!.quote);
  });

  it("counts and names what has no place in the claim graph", () => {
    expect(result.notices).toEqual(
      expect.arrayContaining([
        "apt1.json: 35 objects with no place in the claim graph were not imported: 12 indicator, 10 tool, 7 attack-pattern, 6 malware.",
        expect.stringMatching(
          /^apt1\.json: not imported: 23 relationships with an end of a type not imported \(.*10 "uses" attack-pattern → tool/,
        ),
      ]),
    );
  });

  it("is told apart from a graph file by its first characters", () => {
    expect(looksLikeStixBundle(APT1)).toBe(true);
    expect(looksLikeStixBundle(readFileSync(resolve(__dirname, "../../graph-data/graph.json"), "utf8"))).toBe(
      false,
    );
  });
});

describe("STIX round trip: export, then import", () => {
  it.each([
    ["a generated graph with every node and edge type", everyTypeGraph],
    [
      "the bundled graph",
      () => {
        const result = loadGraph(readFileSync(resolve(__dirname, "../../graph-data/graph.json"), "utf8"));
        if (!result.ok) throw new Error("the bundled graph does not load");
        return result.graph;
      },
    ],
  ])("keeps every claim of %s: type, ends, stance, date, claimants and quotes", (_, make) => {
    const graph = make();
    const back = imported(writeStixBundle(graph), "export.json");
    expect(back.notices).toEqual([]);
    expect(claims(back.graph)).toEqual(claims(graph));
    expect(back.graph.order).toBe(graph.order);
    // Keys, incident dates, layout positions and article dates come back too.
    expect(back.graph.nodes().sort()).toEqual(graph.nodes().sort());
    graph.forEachNode((key, a) =>
      expect(back.graph.getNodeAttributes(key)).toMatchObject({
        label: a.label,
        type: a.type,
        ...(a.date ? { date: a.date } : {}),
        ...(a.x !== undefined ? { x: a.x, y: a.y } : {}),
      }),
    );
    expect(back.graph.getAttribute("documents").map((d) => [d.id, d.published])).toEqual(
      expect.arrayContaining(
        graph
          .getAttribute("documents")
          .filter((d) => back.graph.someEdge((_, e) => e.evidence.some((ev) => ev.doc === d.id)))
          .map((d) => [d.id, d.published]),
      ),
    );
  });
});

describe("STIX import of other bundles", () => {
  it("makes a state of an identity or location naming a country, and merges the two", () => {
    const result = imported(
      bundle([
        { ...common("identity", 1), name: "People's Republic of China", identity_class: "organization" },
        { ...common("location", 2), country: "cn" },
        { ...common("intrusion-set", 3), name: "APT41" },
        { ...common("location", 4), region: "eastern-asia" },
        {
          ...common("relationship", 5),
          relationship_type: "attributed-to",
          source_ref: common("intrusion-set", 3).id,
          target_ref: common("identity", 1).id,
        },
      ]),
    );
    expect(result.graph.nodes().sort()).toEqual(["group:apt41", "state:china"]);
    expect(result.graph.getNodeAttribute("state:china", "aliases")).toContain("People's Republic of China");
    expect(result.graph.hasEdge("attributed-to:group:apt41->state:china")).toBe(true);
    expect(result.notices).toContain(
      "test.json: not imported: 1 locations with no country (regions, cities, coordinates).",
    );
  });

  it("takes the claimant from created_by_ref, the quote from a note, and a denial from a disagreeing opinion", () => {
    const state = common("identity", 1);
    const incident = common("incident", 2);
    const group = common("threat-actor", 3);
    const attribution = common("relationship", 4);
    const result = imported(
      bundle([
        { ...state, name: "Estonia", identity_class: "organization" },
        { ...common("identity", 9), name: "Russia", identity_class: "organization" },
        { ...incident, name: "2007 attacks on Estonia", first_seen: "2007-04-27T00:00:00Z" },
        { ...group, name: "Nashi" },
        {
          ...attribution,
          relationship_type: "attributed-to",
          source_ref: incident.id,
          target_ref: group.id,
          created_by_ref: state.id,
          confidence: 40,
        },
        {
          ...common("relationship", 5),
          relationship_type: "targets",
          source_ref: incident.id,
          target_ref: state.id,
        },
        { ...common("note", 6), content: "Estonia says Nashi did it.", object_refs: [attribution.id] },
        {
          ...common("opinion", 7),
          opinion: "strongly-disagree",
          object_refs: [attribution.id],
          created_by_ref: common("identity", 9).id,
        },
        {
          ...common("opinion", 8),
          opinion: "agree",
          object_refs: [attribution.id],
          created_by_ref: state.id,
        },
      ]),
    );
    const key = "attributed-to:incident:2007-attacks-on-estonia->group:nashi";
    expect(result.graph.getEdgeAttributes(key)).toMatchObject({
      claimants: ["state:estonia"],
      confidence: 0.4,
      evidence: [{ quote: "Estonia says Nashi did it." }],
    });
    expect(result.graph.getNodeAttribute("incident:2007-attacks-on-estonia", "date")).toBe("2007-04-27");
    expect(result.graph.hasEdge("attacked:incident:2007-attacks-on-estonia->state:estonia")).toBe(true);
    expect(result.graph.hasEdge("denied:state:russia->incident:2007-attacks-on-estonia")).toBe(true);
    // The targets claim has no note or report: a synthetic document says where it came from.
    const targets = result.graph.getEdgeAttribute(
      "attacked:incident:2007-attacks-on-estonia->state:estonia",
      "evidence",
    )[0]!;
    expect(result.texts.get(targets.doc)).toContain(
      "2007 attacks on Estonia attacked Estonia (relationship--",
    );
    expect(result.notices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/claims? ha(s|ve) no report or note/),
        'test.json: not imported: 1 opinions that do not disagree (only disagreement is a denial) (1 "agree").',
      ]),
    );
  });

  it("names the path of each problem in a malformed bundle", () => {
    const fail = (text: string) => {
      const result = parseStixBundle(text, "bad.json");
      return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(fail("{")[0]).toMatch(/^: not valid JSON/);
    expect(fail(JSON.stringify({ type: "graph", objects: [] }))).toEqual(['type: expected one of "bundle"']);
    expect(
      fail(
        bundle([
          { ...common("identity", 1), name: 5 },
          { ...common("relationship", 2), relationship_type: "x", source_ref: "nope" },
        ]),
      ),
    ).toEqual([
      "objects[0].name: expected a string",
      "objects[1].source_ref: expected a STIX identifier such as identity--<uuid>",
      "objects[1].target_ref: expected a string",
    ]);
    expect(fail(bundle([{ type: "malware" }]))).toEqual(["objects[0].id: expected a string"]);
  });
});

describe("opening a STIX bundle in the explorer", () => {
  it("tells the bundle apart from graph JSON by content and brings its notices and texts", async () => {
    const { parseGraphFile } = await import("../../src/explorer/data/load");
    const loaded = await parseGraphFile("downloads/apt1.json", APT1);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.graph.getAttribute("title")).toBe("STIX bundle apt1.json");
    expect(loaded.notices?.[0]).toMatch(/^apt1\.json: 35 objects/);
    expect([...(loaded.texts?.values() ?? [])][0]).toMatch(/^Since 2004, Mandiant/);
    const broken = await parseGraphFile(
      "broken.json",
      '{"type": "bundle", "objects": [{"type": "identity"}]}',
    );
    expect(broken).toMatchObject({ ok: false, source: "broken.json", problems: [{ path: "objects[0].id" }] });
  });
});
