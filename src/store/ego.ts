/**
 * Ego neighbourhoods for the explorer's server mode, as the graph JSON text the API sends. The
 * fold stored each entity and claim as its fragment JSON (src/store/fragment.ts), so a fetch is a
 * few key lookups whose rows are joined as text: no per-claim evidence lookups, no objects built
 * and serialised per request. Each query reads one table by its key or an indexed column (Citus
 * runs them on the shards that hold the keys); the lookups after the claims run concurrently.
 */
import { GRAPH_OPTIONS, type EgoSummary, type Mention } from "../model";
import type { Sql } from "./db";
import { dateBound } from "./dates";
import type { EgoQuery } from "./types";

export const EGO_LIMITS = { claims: 5000, hops: 2 } as const;

export interface EgoJson {
  /** Graph JSON that `loadGraph` accepts, with the graph attribute `ego` (an `EgoSummary`). */
  json: string;
  summary: EgoSummary;
}

interface PickedClaim {
  key: string;
  source: string;
  target: string;
  names: string[];
  cites: string[];
  fragment_edge: string;
}

const whole = (value: number | undefined, fallback: number, min: number, max: number) =>
  Math.max(min, Math.min(max, Math.floor(Number.isFinite(value) ? value! : fallback)));

// Claims touching the frontier, within the filters, not already taken.
const MATCHING = `(source = ANY($1::text[]) OR target = ANY($1::text[]))
  AND ($2::text[] IS NULL OR type = ANY($2::text[]))
  AND ($3::date IS NULL OR date_to >= $3::date) AND ($4::date IS NULL OR date_from <= $4::date)
  AND NOT (key = ANY($5::text[]))`;

/** Undefined when the store has no entity `query.node`; throws on a malformed date. */
export async function egoJson(db: Sql, query: EgoQuery, generatedAt: string): Promise<EgoJson | undefined> {
  const from = dateBound(query.from, "from");
  const to = dateBound(query.to, "to");
  const [self] = await db.query<{ fragment_node: string }>(
    "SELECT fragment_node FROM entities WHERE key = $1",
    [query.node],
  );
  if (!self) return undefined;
  const limit = whole(query.limit, 500, 0, EGO_LIMITS.claims);
  const hops = whole(query.hops, 1, 1, EGO_LIMITS.hops);
  const types = query.types && query.types.length > 0 ? [...query.types] : null;

  const claims: PickedClaim[] = [];
  const taken = new Set<string>();
  const reached = new Set<string>([query.node]);
  let frontier = [query.node];
  let total = 0;
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const params = [frontier, types, from?.first ?? null, to?.last ?? null, [...taken]];
    const room = limit - claims.length;
    const [[counted], rows] = await Promise.all([
      db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM claims WHERE ${MATCHING}`, params),
      // The busiest claims first, sorted by key and count alone; the wide columns of the few kept.
      room > 0
        ? db.query<PickedClaim>(
            `SELECT c.key, c.source, c.target, c.names, c.cites, c.fragment_edge
             FROM (SELECT key, evidence_count FROM claims WHERE ${MATCHING}
                   ORDER BY evidence_count DESC, key LIMIT ${room}) AS picked
             JOIN claims c ON c.key = picked.key
             ORDER BY picked.evidence_count DESC, picked.key`,
            params,
          )
        : Promise.resolve([]),
    ]);
    total += counted?.count ?? 0;
    const next: string[] = [];
    for (const claim of rows) {
      claims.push(claim);
      taken.add(claim.key);
      for (const node of [claim.source, claim.target])
        if (!reached.has(node)) {
          reached.add(node);
          next.push(node);
        }
    }
    frontier = next;
  }

  const nodeKeys = new Set([query.node]);
  const docs = new Set<string>();
  for (const claim of claims) {
    nodeKeys.add(claim.source).add(claim.target);
    for (const node of claim.names) nodeKeys.add(node);
    for (const doc of claim.cites) docs.add(doc);
  }
  const asked = JSON.parse(self.fragment_node) as { attributes: { country?: string; mentions: Mention[] } };
  if (asked.attributes.country) nodeKeys.add(asked.attributes.country);
  const [nodes, documents, mentions] = await Promise.all([
    db.query<{ key: string; fragment_node: string }>(
      // In table order: sorting megabytes of text by key would cost more than the lookup.
      "SELECT key, fragment_node FROM entities WHERE key = ANY($1::text[])",
      [[...nodeKeys]],
    ),
    db.query<{ meta: string }>(
      `SELECT meta::text AS meta FROM documents WHERE id = ANY($1::text[]) ORDER BY id COLLATE "C"`,
      [[...docs]],
    ),
    // Only the entity asked about carries its mentions: a hub's neighbours are mentioned in
    // thousands of places, which would double the answer.
    db.query<Mention>(
      `SELECT doc, start_offset AS start, end_offset AS "end" FROM mentions
       WHERE entity_key = $1 AND doc = ANY($2::text[]) ORDER BY ord`,
      [query.node, [...docs]],
    ),
  ]);

  const summary: EgoSummary = {
    node: query.node,
    hops,
    total,
    returned: claims.length,
    omitted: Math.max(0, total - claims.length),
  };
  const attributes = JSON.stringify({ title: `Neighbourhood of ${query.node}`, generatedAt, ego: summary });
  asked.attributes.mentions = mentions;
  const nodeJson = nodes.map((n) => (n.key === query.node ? JSON.stringify(asked) : n.fragment_node));
  const json =
    `{"attributes":${attributes.slice(0, -1)},"documents":[${documents.map((d) => d.meta).join(",")}]},` +
    `"options":${JSON.stringify(GRAPH_OPTIONS)},` +
    `"nodes":[${nodeJson.join(",")}],` +
    `"edges":[${claims.map((c) => c.fragment_edge).join(",")}]}`;
  return { json, summary };
}
