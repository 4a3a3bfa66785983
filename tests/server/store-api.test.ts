/**
 * The explorer's server-mode data path end to end in Node: a PGlite claim store filled from
 * synthetic articles, `npm run serve`'s server over it, and the explorer's API client and merge
 * growing a graph from nothing, as the page does.
 */
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimDate } from "../../src/explorer/data/claimDates";
import { addEvidence, mergeFragment } from "../../src/explorer/data/merge-fragment";
import { createStoreApi, type StoreApi } from "../../src/explorer/data/store-api";
import { dateInRange } from "../../src/explorer/state/visibility";
import { createClaimGraph, loadGraph, serializeGraph, type ClaimGraph } from "../../src/model";
import { startServer, type RunningServer } from "../../src/server/server";
import { openStore, type ClaimStore } from "../../src/store";
import { extractFolder, folderTexts, projectGazetteer, syntheticFolder } from "../store/corpus";

let folder: string;
let store: ClaimStore;
let server: RunningServer;
let api: StoreApi;

beforeAll(async () => {
  const gazetteer = await projectGazetteer();
  folder = await syntheticFolder(80, gazetteer);
  store = await openStore({ dataDir: "memory://" });
  await store.addExtractions(await extractFolder(folder, gazetteer), await folderTexts(folder));
  await store.refresh();
  server = await startServer({ reader: store, distDir: null, host: "127.0.0.1", port: 0, log: () => {} });
  api = createStoreApi(`${server.url}/api/`);
}, 180_000);
afterAll(async () => {
  await server?.close();
  await store?.close();
  await rm(folder, { recursive: true, force: true });
});

async function ego(node: string, options: Parameters<StoreApi["ego"]>[0] = { node }) {
  const answer = await api.ego({ ...options, node });
  if (!answer.ok) throw new Error(answer.message);
  return answer.value;
}

async function busiest(): Promise<string> {
  const hits = await api.search("a");
  if (!hits.ok || hits.value.length === 0) throw new Error("the store found no entity");
  return [...hits.value].sort((x, y) => y.degree - x.degree)[0]!.key;
}

describe("server mode over a PGlite store", { timeout: 60_000 }, () => {
  it("finds an entity by a piece of its name", async () => {
    const hits = await api.search("montenegr");
    expect(hits.ok && hits.value.map((h) => h.key)).toContain("state:montenegro");
  });

  it("grows a graph from nothing: an entity, then one of its neighbours, each merge valid and keeping what was loaded", async () => {
    const start = await busiest();
    const first = await ego(start);
    const graph: ClaimGraph = createClaimGraph({ title: "Claim store" });
    const one = mergeFragment(graph, first.fragment, start);
    expect(one.addedClaims).toBe(first.fragment.size);
    expect(graph.hasNode(start)).toBe(true);
    graph.forEachEdge((edge) => expect(graph.extremities(edge)).toContain(start));

    const neighbour = graph.neighbors(start).find((n) => graph.degree(n) < 50)!;
    const positions = graph.mapNodes((key, a) => [key, a.x, a.y]);
    const second = await ego(neighbour);
    const two = mergeFragment(graph, second.fragment, neighbour);
    expect(two.addedClaims).toBeGreaterThan(0);
    // What was on screen stays where it was, and every claim of both answers is there.
    for (const [key, x, y] of positions)
      expect(graph.getNodeAttributes(key as string)).toMatchObject({ x, y });
    first.fragment.forEachEdge((edge) => expect(graph.hasEdge(edge)).toBe(true));
    second.fragment.forEachEdge((edge) => expect(graph.hasEdge(edge)).toBe(true));
    graph.forEachNode((_, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
    // The grown graph is still a valid graph file (documents of both answers kept).
    const reloaded = loadGraph(JSON.parse(JSON.stringify(serializeGraph(graph))));
    expect(reloaded.ok ? [] : reloaded.problems).toEqual([]);
  });

  it("says how many claims a capped expansion left out", async () => {
    const node = await busiest();
    const { fragment, summary } = await ego(node, { node, limit: 3 });
    expect(fragment.size).toBe(3);
    expect(summary.total).toBeGreaterThan(3);
    expect(summary).toMatchObject({ node, returned: 3, omitted: summary.total - 3 });
  });

  it("narrows an expansion by claim type and date", async () => {
    const node = await busiest();
    const all = await ego(node, { node, limit: 2000 });
    const types = [...new Set(all.fragment.mapEdges((_, a) => a.type))];
    const typed = await ego(node, { node, types: [types[0]!], limit: 2000 });
    expect(typed.fragment.size).toBeGreaterThan(0);
    typed.fragment.forEachEdge((_, a) => expect(a.type).toBe(types[0]));

    const dates = all.fragment.mapEdges((edge) => claimDate(all.fragment, edge)).filter(Boolean) as string[];
    const year = dates.sort()[0]!.slice(0, 4);
    const dated = await ego(node, { node, from: year, to: year, limit: 2000 });
    expect(dated.fragment.size).toBeGreaterThan(0);
    expect(dated.fragment.size).toBeLessThanOrEqual(all.fragment.size);
    dated.fragment.forEachEdge((edge) =>
      expect(dateInRange(claimDate(dated.fragment, edge), [year, year])).toBe(true),
    );
  });

  it("loads the rest of a claim's quotes from the store", async () => {
    const { fragment } = await ego(await busiest(), { node: await busiest(), limit: 2000 });
    const claim = fragment.findEdge(
      (_, a) => typeof a.evidenceCount === "number" && a.evidenceCount > a.evidence.length,
    );
    expect(claim).toBeDefined();
    const count = fragment.getEdgeAttribute(claim!, "evidenceCount") as number;
    const have = fragment.getEdgeAttribute(claim!, "evidence").length;
    const page = await api.evidence(claim!, have, 200);
    if (!page.ok) throw new Error(page.message);
    addEvidence(fragment, claim!, page.value.evidence, page.value.documents);
    expect(fragment.getEdgeAttribute(claim!, "evidence")).toHaveLength(count);
    expect(loadGraph(serializeGraph(fragment)).ok).toBe(true);
  });

  it("gives the reader the article a quote comes from, with the quote at its offsets", async () => {
    const { fragment } = await ego(await busiest());
    const evidence = fragment.getEdgeAttribute(fragment.edges()[0]!, "evidence")[0]!;
    const text = await api.documents.load(evidence.doc);
    expect(text?.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect(await api.documents.load("no-such-article.txt")).toBeNull();
  });

  it("passes the server's message on for an entity the store does not have", async () => {
    const answer = await api.ego({ node: "state:atlantis" });
    expect(answer).toEqual({ ok: false, message: 'no entity "state:atlantis" in the store' });
  });
});
