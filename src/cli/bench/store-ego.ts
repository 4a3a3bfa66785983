/**
 * The ego-fetch part of `npm run bench -- --only store`: `npm run serve`'s server over a built store
 * on 127.0.0.1, and the explorer's own client path timed end to end (HTTP request, JSON, `loadGraph`)
 * for the busiest entity and an ordinary one. Floors (issue 11): p95 under 250 ms for the busiest
 * entity and under 50 ms for an ordinary one, for a one-hop neighbourhood at the explorer's
 * largest expansion (2,000 claims).
 */
import { loadGraph } from "../../model";
import { API_LIMITS } from "../../server/params";
import { startServer } from "../../server/server";
import type { ClaimStore, EntityHit } from "../../store";

export const EGO_FLOORS_MS = { busiest: 250, ordinary: 50 } as const;

export interface EgoFetchRow {
  entity: "busiest" | "ordinary";
  key: string;
  /** Claims of the entity in the store. */
  degree: number;
  query: string;
  /** Claims in each answer. */
  claims: number;
  fetches: number;
  p50: number;
  p95: number;
  max: number;
  /** Only the floor's query (one hop, all types, no dates) is judged. */
  floor?: number;
  pass?: boolean;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** The busiest entity, and one at the median degree among its neighbours (most entities are small). */
async function pickEntities(store: ClaimStore): Promise<{ busiest: EntityHit; ordinary: EntityHit }> {
  const hits = new Map<string, EntityHit>();
  for (const letter of ["a", "e", "i", "o", "u"])
    for (const hit of await store.search(letter, API_LIMITS.searchMax)) hits.set(hit.key, hit);
  const busiest = [...hits.values()].sort((a, b) => b.degree - a.degree)[0];
  if (!busiest) throw new Error("the store has no entity to fetch");
  const ego = await store.ego({ node: busiest.key, limit: 200 });
  const neighbours: EntityHit[] = [];
  for (const node of ego?.fragment.nodes.slice(0, 40) ?? []) {
    if (node.key === busiest.key) continue;
    const found = (await store.search(node.attributes.label, 20)).find((h) => h.key === node.key);
    if (found) neighbours.push(found);
  }
  neighbours.sort((a, b) => a.degree - b.degree);
  const ordinary = neighbours[Math.floor(neighbours.length / 2)];
  if (!ordinary) throw new Error(`the busiest entity ${busiest.key} has no neighbour to compare with`);
  return { busiest, ordinary };
}

async function timeFetches(url: string, fetches: number): Promise<{ times: number[]; claims: number }> {
  let claims = 0;
  const times: number[] = [];
  for (let i = 0; i < fetches + 3; i++) {
    const start = performance.now();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    const loaded = loadGraph(await response.json());
    if (!loaded.ok) throw new Error(`${url} sent an invalid graph: ${loaded.problems[0]?.message}`);
    const elapsed = performance.now() - start;
    claims = loaded.graph.size;
    if (i >= 3) times.push(elapsed); // the first three warm the caches and the JIT
  }
  return { times: times.sort((a, b) => a - b), claims };
}

/** Times ego fetches over HTTP on `store` (left open: the caller closes it); prints and returns the rows. */
export async function runEgoFetchBench(
  store: ClaimStore,
  options: { quick: boolean },
): Promise<EgoFetchRow[]> {
  const fetches = options.quick ? 20 : 60;
  const picked = await pickEntities(store);
  const server = await startServer({ reader: store, distDir: null, host: "127.0.0.1", port: 0 });
  const rows: EgoFetchRow[] = [];
  try {
    for (const entity of ["busiest", "ordinary"] as const) {
      const { key, degree } = picked[entity];
      const year = await claimYear(server.url, key);
      const queries = [
        { query: `hops=1&limit=${API_LIMITS.egoMax}`, judged: true },
        ...(year
          ? [{ query: `hops=1&from=${year}&to=${year}&limit=${API_LIMITS.egoMax}`, judged: false }]
          : []),
        { query: "hops=2&limit=500", judged: false },
      ];
      for (const { query, judged } of queries) {
        const url = `${server.url}/api/ego?node=${encodeURIComponent(key)}&${query}`;
        const { times, claims } = await timeFetches(url, fetches);
        const row: EgoFetchRow = {
          entity,
          key,
          degree,
          query,
          claims,
          fetches,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          max: times[times.length - 1]!,
        };
        if (judged) {
          row.floor = EGO_FLOORS_MS[entity];
          row.pass = row.p95 < row.floor;
        }
        rows.push(row);
        console.log(
          `  ${entity} ${key}, ${query}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms`,
        );
      }
    }
  } finally {
    await server.close();
  }
  printRows(rows);
  return rows;
}

/** A year the entity has claims in, for the date-windowed query. */
async function claimYear(base: string, key: string): Promise<string | undefined> {
  const response = await fetch(`${base}/api/ego?node=${encodeURIComponent(key)}&limit=50`);
  const loaded = loadGraph(await response.json());
  if (!loaded.ok) return undefined;
  const dates = loaded.graph.mapEdges((_, a) => a.date).filter((d): d is string => Boolean(d));
  return dates.sort()[Math.floor(dates.length / 2)]?.slice(0, 4);
}

function printRows(rows: EgoFetchRow[]) {
  console.log("\nEgo fetch over HTTP (request + JSON + loadGraph, sequential, after 3 warm-up fetches)");
  const header = ["entity", "claims in store", "query", "claims sent", "p50 ms", "p95 ms", "max ms", "floor"];
  const cells = rows.map((r) => [
    `${r.entity} (${r.key})`,
    String(r.degree),
    r.query,
    String(r.claims),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.max.toFixed(1),
    r.floor === undefined ? "" : `p95 < ${r.floor} ms: ${r.pass ? "PASS" : "FAIL"}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join("  ");
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}
