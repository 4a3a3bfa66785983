import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGoldFolder } from "../../src/cli/gold-files";
import { scoreGraph } from "../../src/eval/score";
import type { DocumentExtraction } from "../../src/extract";
import { loadGraph, type ClaimGraph, type Gazetteer } from "../../src/model";
import { openStore, type ClaimStore } from "../../src/store";
import {
  extractFolder,
  fileIngest,
  folderTexts,
  graphContent,
  projectGazetteer,
  ROOT,
  syntheticFolder,
} from "./corpus";
import { pgliteEngine, postgresEngine } from "./engines";

const ARTICLES = 120;

let folder: string;
let gazetteer: Gazetteer;
let extractions: DocumentExtraction[];
let expected: ClaimGraph;
let texts: Map<string, string>;

beforeAll(async () => {
  gazetteer = await projectGazetteer();
  folder = await syntheticFolder(ARTICLES, gazetteer);
  extractions = await extractFolder(folder, gazetteer);
  expected = await fileIngest(folder, gazetteer);
  texts = await folderTexts(folder);
}, 120_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

/** A value with every array sorted, for comparing reports whose lists follow graph order. */
const unordered = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(unordered).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unordered(v)]))
      : value;

/** The same articles in another order, as workers finishing at different times would write them. */
const shuffled = <T>(items: readonly T[]) =>
  items
    .map((item, i) => ({ item, rank: (i * 7919) % items.length }))
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.item);

describe.each([pgliteEngine(), postgresEngine()])("claim store on $name", { timeout: 120_000 }, (engine) => {
  let store: ClaimStore;
  let options: Awaited<ReturnType<typeof engine.freshStore>>;
  beforeAll(async () => {
    options = await engine.freshStore();
    store = await openStore(options);
    const order = shuffled(extractions);
    for (let at = 0; at < order.length; at += 25) await store.addExtractions(order.slice(at, at + 25), texts);
    await store.refresh();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await engine.stop();
  });

  it("holds exactly the graph the file ingest writes for the same articles, whatever order they came in", async () => {
    const exported = await store.exportGraph();
    expect(loadGraph(JSON.parse(JSON.stringify(exported.export()))).ok).toBe(true);
    const got = graphContent(exported);
    const want = graphContent(expected);
    expect(Object.keys(got.documents)).toEqual(Object.keys(want.documents));
    expect(Object.keys(got.nodes).sort()).toEqual(Object.keys(want.nodes).sort());
    expect(Object.keys(got.edges).sort()).toEqual(Object.keys(want.edges).sort());
    expect(got).toEqual(want);
    expect(Object.keys(want.edges).length).toBeGreaterThan(50);
  });

  it("counts what it holds, and writes nothing twice when the same articles arrive again", async () => {
    const before = await store.stats();
    expect(before).toMatchObject({
      documents: ARTICLES,
      entities: expected.order,
      claims: expected.size,
      unfolded: 0,
    });
    const evidence = expected.reduceEdges((n, _k, a) => n + a.evidence.length, 0);
    expect(before.evidence).toBe(evidence);
    expect(await store.addExtractions(extractions.slice(0, 30))).toEqual([]);
    expect(await store.refresh()).toBeUndefined();
    expect(await store.stats()).toEqual(before);
  });

  it("opens again on a store that exists, holding what it held (migrations run once)", async () => {
    const before = await store.stats();
    await store.close();
    store = await openStore(options);
    expect(await store.stats()).toEqual(before);
  });

  it("finds entities by any of their names, ignoring case and accents, busiest first", async () => {
    const busiest = expected.nodes().sort((a, b) => expected.degree(b) - expected.degree(a))[0]!;
    const label = expected.getNodeAttribute(busiest, "label");
    const hits = await store.search(label.toUpperCase(), 5);
    expect(hits[0]).toMatchObject({ key: busiest, label, degree: expected.degree(busiest) });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.degree).toBeGreaterThanOrEqual(hits[i]!.degree);
    expect(await store.search("%", 5)).toEqual([]);
    expect(await store.search("   ")).toEqual([]);
  });

  it("answers a neighbourhood as a graph fragment loadGraph accepts, capped with the total said", async () => {
    const hub = expected.nodes().sort((a, b) => expected.degree(b) - expected.degree(a))[0]!;
    const whole = await store.ego({ node: hub, limit: 5000 });
    expect(whole).toBeDefined();
    const loaded = loadGraph(whole!.fragment);
    expect(loaded.ok).toBe(true);
    expect(whole!.total).toBe(expected.degree(hub));
    expect(whole!.truncated).toBe(false);
    expect(whole!.fragment.edges.map((e) => e.key).sort()).toEqual(expected.edges(hub).sort());

    const capped = await store.ego({ node: hub, limit: 3 });
    expect(capped!.fragment.edges).toHaveLength(3);
    expect(capped).toMatchObject({ total: expected.degree(hub), truncated: true });
    expect(loadGraph(capped!.fragment).ok).toBe(true);
    // What the explorer says of a capped expansion: how many claims the limit left out.
    expect(capped!.fragment.attributes.ego).toEqual({
      node: hub,
      hops: 1,
      total: expected.degree(hub),
      returned: 3,
      omitted: expected.degree(hub) - 3,
    });
    // The first quotes of each claim come along, the count says how many the store has to page.
    for (const edge of whole!.fragment.edges) {
      const all = expected.getEdgeAttribute(edge.key, "evidence");
      expect(edge.attributes.evidence).toEqual(all.slice(0, 3));
      expect(edge.attributes.evidenceCount).toBe(all.length);
    }
    // The entity asked about carries its mentions in the fragment's documents.
    const cited = new Set(whole!.fragment.attributes.documents.map((d) => d.id));
    const mentions = whole!.fragment.nodes.find((n) => n.key === hub)!.attributes.mentions;
    expect(mentions).toEqual(expected.getNodeAttribute(hub, "mentions").filter((m) => cited.has(m.doc)));
    expect(mentions.length).toBeGreaterThan(0);
    // Busiest claims first.
    const counts = capped!.fragment.edges.map((e) => e.attributes.evidenceCount as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const twoHops = await store.ego({ node: hub, hops: 2, limit: 5000 });
    expect(twoHops!.fragment.edges.length).toBeGreaterThan(whole!.fragment.edges.length);
    expect(loadGraph(twoHops!.fragment).ok).toBe(true);
  });

  it("filters a neighbourhood by claim type and by date", async () => {
    const hub = expected.nodes().sort((a, b) => expected.degree(b) - expected.degree(a))[0]!;
    const type = expected.getEdgeAttribute(expected.edges(hub)[0]!, "type");
    const typed = await store.ego({ node: hub, types: [type], limit: 5000 });
    expect(typed!.fragment.edges.length).toBeGreaterThan(0);
    expect(typed!.fragment.edges.every((e) => e.attributes.type === type)).toBe(true);
    expect(typed!.total).toBe(
      expected.edges(hub).filter((e) => expected.getEdgeAttribute(e, "type") === type).length,
    );

    const dated = expected.edges(hub).find((e) => expected.getEdgeAttribute(e, "date")?.length === 10);
    if (dated) {
      const day = expected.getEdgeAttribute(dated, "date")!;
      const window = await store.ego({ node: hub, from: day, to: day, limit: 5000 });
      expect(window!.fragment.edges.map((e) => e.key)).toContain(dated);
      expect(window!.total).toBeLessThan(expected.degree(hub));
    }
    const none = await store.ego({ node: hub, from: "1800", to: "1800", limit: 5000 });
    expect(none).toMatchObject({ total: 0, truncated: false });
    expect(none!.fragment.edges).toEqual([]);
    await expect(store.ego({ node: hub, from: "2022-13-01" })).rejects.toThrow(/from must be an ISO date/);
    expect(await store.ego({ node: "state:atlantis" })).toBeUndefined();
  });

  it("pages a claim's evidence with the documents it cites", async () => {
    const claim = expected
      .edges()
      .sort(
        (a, b) =>
          expected.getEdgeAttribute(b, "evidence").length - expected.getEdgeAttribute(a, "evidence").length,
      )[0]!;
    const all = expected.getEdgeAttribute(claim, "evidence");
    expect(all.length).toBeGreaterThan(2);
    const first = await store.evidence(claim, 0, 2);
    const rest = await store.evidence(claim, 2, 500);
    expect(first!.total).toBe(all.length);
    expect([...first!.evidence, ...rest!.evidence]).toEqual(all);
    expect(first!.documents.map((d) => d.id).sort()).toEqual(
      [...new Set(first!.evidence.map((e) => e.doc))].sort(),
    );
    expect(await store.evidence("attacked:incident:x->state:y")).toBeUndefined();
  });

  it("keeps each article's text, into which the evidence offsets point", async () => {
    const claim = expected.edges()[0]!;
    const [evidence] = expected.getEdgeAttribute(claim, "evidence");
    const text = await store.documentText(evidence!.doc);
    expect(text).toBe(texts.get(evidence!.doc));
    expect(text!.slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
    expect(await store.documentText("no-such-article.txt")).toBeNull();
  });

  it("scores on gold annotations exactly as the file ingest of the same articles", async () => {
    const heldout = join(ROOT, "tests/fixtures/heldout");
    const gold = await readGoldFolder(join(heldout, "gold"));
    if (!gold.ok) throw new Error(gold.message);
    const annotated = await openStore(await engine.freshStore());
    try {
      await annotated.addExtractions(shuffled(await extractFolder(join(heldout, "docs"), gazetteer)));
      await annotated.refresh();
      const fromStore = scoreGraph(await annotated.exportGraph(), gold.golds);
      const fromFiles = scoreGraph(await fileIngest(join(heldout, "docs"), gazetteer), gold.golds);
      // Same scores and the same missed and false claims; lists may come in another order.
      expect(unordered(fromStore)).toEqual(unordered(fromFiles));
      expect(fromStore.relations.correct).toBeGreaterThan(0);
    } finally {
      await annotated.close();
    }
  });

  it("exports the claims of a date window with everything they cite", async () => {
    const years = expected
      .edges()
      .map((e) => expected.getEdgeAttribute(e, "date"))
      .filter((d): d is string => !!d)
      .map((d) => d.slice(0, 4))
      .sort();
    const year = years[Math.floor(years.length / 2)]!;
    const window = await store.exportGraph({ from: year, to: year });
    expect(window.size).toBeGreaterThan(0);
    expect(window.size).toBeLessThan(expected.size);
    window.forEachEdge((_key, attributes) => {
      if (attributes.date) expect(attributes.date.slice(0, 4)).toBe(year);
    });
    await expect(store.exportGraph({ from: "last week" })).rejects.toThrow(/--from must be an ISO date/);
  });
});
