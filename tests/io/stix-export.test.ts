import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { graphToStix, type StixObject } from "../../src/io/stix/export";
import { RELATIONSHIP_TABLE } from "../../src/io/stix/vocabulary";
import { loadGraph, type ClaimGraph } from "../../src/model";
import { everyTypeGraph } from "./stix-fixture";
import { STIX_SCHEMAS, stixValidator } from "./stix-schemas";

const NOW = new Date("2026-12-02T08:00:00.000Z");

function bundledGraph(): ClaimGraph {
  const result = loadGraph(readFileSync(resolve(__dirname, "../../graph-data/graph.json"), "utf8"));
  if (!result.ok) throw new Error("the bundled graph does not load");
  return result.graph;
}

const validate = stixValidator();
const byId = (objects: StixObject[]) => new Map(objects.map((o) => [o.id, o]));

/** The relationships the STIX 2.1 specification defines, from ../shared/stix2/relationships.md. */
function specRelationships(): Set<string> {
  const table = readFileSync(resolve(STIX_SCHEMAS, "../relationships.md"), "utf8");
  const triples = new Set<string>();
  for (const line of table.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 5 || !/^[a-z-]+$/.test(cells[1]!) || !/^[a-z-]+$/.test(cells[2]!)) continue;
    for (const target of cells[3]!.split(",").map((t) => t.trim()))
      triples.add(`${cells[1]} ${cells[2]} ${target}`);
  }
  return triples;
}

describe.each([
  ["the bundled graph", bundledGraph],
  ["a generated graph with every node and edge type", everyTypeGraph],
])("STIX export of %s", (_, graph) => {
  const bundle = graphToStix(graph(), { now: NOW });

  it("writes objects that each validate against the OASIS schema of their type", () => {
    expect(bundle.objects.length).toBeGreaterThan(20);
    expect(bundle.objects.flatMap(validate)).toEqual([]);
  });

  it("writes only (source, relationship_type, target) triples of the mapping table", () => {
    const objects = byId(bundle.objects);
    const allowed = new Set(RELATIONSHIP_TABLE.map((r) => `${r.source} ${r.relationship} ${r.target}`));
    const written = bundle.objects
      .filter((o) => o.type === "relationship")
      .map((o) => {
        const source = objects.get(o.source_ref as string)!;
        const target = objects.get(o.target_ref as string)!;
        return `${source.type} ${o.relationship_type as string} ${target.type}`;
      });
    expect(written.length).toBeGreaterThan(0);
    expect([...new Set(written)].filter((t) => !allowed.has(t))).toEqual([]);
  });

  it("gives every claim, relationship and opinion a reference that resolves inside the bundle", () => {
    const ids = new Set(bundle.objects.map((o) => o.id));
    const dangling = bundle.objects.flatMap((o) =>
      [o.source_ref, o.target_ref, o.created_by_ref, ...((o.object_refs as string[] | undefined) ?? [])]
        .filter((ref): ref is string => typeof ref === "string")
        .filter((ref) => !ids.has(ref))
        .map((ref) => `${o.id} → ${ref}`),
    );
    expect(dangling).toEqual([]);
  });
});

describe("the mapping table", () => {
  it("marks as STIX 2.1 only the relationships the specification defines", () => {
    const spec = specRelationships();
    expect(spec.has("intrusion-set attributed-to threat-actor")).toBe(true);
    for (const row of RELATIONSHIP_TABLE) {
      const triple = `${row.source} ${row.relationship} ${row.target}`;
      if (row.basis === "STIX 2.1") expect(spec.has(triple), triple).toBe(true);
      else expect(spec.has(triple), `${triple} is in the spec: say so`).toBe(false);
      if (row.basis === "custom") expect(row.relationship).toBe("related-to");
      if (row.basis === "OpenCTI") expect(row.source).toBe("incident");
    }
  });
});

describe("STIX export", () => {
  const graph = everyTypeGraph();
  const bundle = graphToStix(graph, { now: NOW });
  const objects = byId(bundle.objects);
  const named = (type: string, name: string) =>
    bundle.objects.find((o) => o.type === type && o.name === name);

  it("names every object the same on a re-export, so a platform updates instead of duplicating", () => {
    const later = graphToStix(graph, { now: new Date("2027-01-01T00:00:00.000Z") });
    expect(later.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
    expect(later.objects[0]!.created).toBe(bundle.objects[0]!.created);
    expect(later.objects[0]!.modified).not.toBe(bundle.objects[0]!.modified);
  });

  it("exports and reads back a label holding a lone surrogate (text no UTF-8 encoder takes)", () => {
    const odd = everyTypeGraph();
    odd.setNodeAttribute("state:russia", "label", "Russia \ud800");
    const exported = graphToStix(odd, { now: NOW });
    expect(exported.objects.filter((o) => o.name === "Russia \ud800").map((o) => o.type)).toContain(
      "identity",
    );
  });

  it("the validator it is checked with rejects an object without spec_version or with a bad timestamp", () => {
    const identity = named("identity", "Russia")!;
    const { spec_version: _dropped, ...withoutVersion } = identity;
    expect(validate(withoutVersion).length).toBeGreaterThan(0);
    expect(validate({ ...identity, created: "yesterday" }).length).toBeGreaterThan(0);
  });

  it("maps actors to identities, states also to a location with their country code", () => {
    expect(named("identity", "Russia")).toMatchObject({
      identity_class: "organization",
      x_claimgraph_node_type: "state",
    });
    expect(named("location", "Russia")).toMatchObject({ country: "RU" });
    expect(named("identity", "Dritan Abazović")).toMatchObject({
      identity_class: "individual",
      roles: ["Prime Minister"],
    });
    expect(named("intrusion-set", "APT28")).toMatchObject({ aliases: ["Fancy Bear", "Sofacy"] });
    expect(named("incident", "August 2022 attack on Montenegro's government")).toMatchObject({
      x_claimgraph_date: "2022-08",
      x_claimgraph_end_date: "2022-09-02",
    });
  });

  it("blames an incident on a threat actor attributed to the state's identity", () => {
    const incident = named("incident", "August 2022 attack on Montenegro's government")!;
    const actor = named("threat-actor", "Russia")!;
    expect(actor.threat_actor_types).toEqual(["nation-state"]);
    const link = (source: StixObject, target: StixObject) =>
      bundle.objects.filter((o) => o.source_ref === source.id && o.target_ref === target.id);
    expect(link(incident, actor).map((r) => r.relationship_type)).toContain("attributed-to");
    expect(link(actor, named("identity", "Russia")!)).toMatchObject([
      { relationship_type: "attributed-to", x_claimgraph_structural: true },
    ]);
  });

  it("writes one copy of a claim per claimant, created by the claimant (a group through an identity of class group)", () => {
    const key = graph.findEdge((_, a) => a.claimants.length === 2)!;
    const copies = bundle.objects.filter((o) => o.type === "relationship" && o.x_claimgraph_key === key);
    expect(copies.map((c) => objects.get(c.created_by_ref as string)!.name).sort()).toEqual(
      graph
        .getEdgeAttribute(key, "claimants")
        .map((c) => graph.getNodeAttribute(c, "label"))
        .sort(),
    );
    const byGroup = bundle.objects.find(
      (o) => o.type === "relationship" && objects.get(o.created_by_ref as string)?.name === "Sandworm",
    )!;
    expect(objects.get(byGroup.created_by_ref as string)).toMatchObject({ identity_class: "group" });
  });

  it("puts each quote in a note on the claim's relationships, and turns each article into a report", () => {
    const key = graph.findEdge((_, a) => a.type === "attacked")!;
    const quote = graph.getEdgeAttribute(key, "evidence")[0]!.quote;
    const note = bundle.objects.find((o) => o.type === "note" && o.content === quote)!;
    expect((note.object_refs as string[]).map((r) => objects.get(r)!.x_claimgraph_key)).toContain(key);
    const report = named("report", "Montenegro blames Russia")!;
    expect(report.published).toBe("2022-08-26T00:00:00.000Z");
    expect(report.external_references).toEqual([
      expect.objectContaining({ source_name: "Reuters", url: "https://news.test/a?x=1&y=%C5%BD" }),
    ]);
  });

  it("dates an undated article's report at the export time, and says so in a note", () => {
    const report = bundle.objects.find((o) => o.type === "report" && o.x_claimgraph_document === "b.txt")!;
    expect(report.published).toBe(NOW.toISOString());
    const note = bundle.objects.find(
      (o) => o.type === "note" && (o.object_refs as string[]).includes(report.id),
    )!;
    expect(note.content).toMatch(/no publication date.*time of the export/);
  });

  it("turns a denial into a strongly-disagree opinion by the denier on the attribution it denies", () => {
    const denial = graph.findEdge(
      (_, a, source, target) => a.type === "denied" && graph.hasEdge(`attributed-to:${target}->${source}`),
    );
    const opinions = bundle.objects.filter((o) => o.type === "opinion");
    expect(opinions.length).toBeGreaterThan(0);
    const denier = graph.source(denial ?? "");
    const opinion = opinions.find((o) => o.x_claimgraph_key === denial)!;
    expect(opinion.opinion).toBe("strongly-disagree");
    expect(objects.get(opinion.created_by_ref as string)!.name).toBe(graph.getNodeAttribute(denier, "label"));
    const refs = (opinion.object_refs as string[]).map((r) => objects.get(r)!);
    expect(
      refs.every((r) => r.type === "relationship" && r.x_claimgraph_claim_type === "attributed-to"),
    ).toBe(true);
  });
});
