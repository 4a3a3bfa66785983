/**
 * Ego neighbourhoods for the explorer's server mode, as the graph JSON text the API sends. The
 * fold stored each entity and claim as its fragment JSON (src/store/fragment.ts), with the
 * documents its quotes cite, so a fetch is a few key lookups whose rows are joined as text: no
 * per-claim evidence or document lookups, no objects built and serialised per request. Each query reads one table by its key or an indexed column (Citus
 * runs them on the shards that hold the keys); the lookups after the claims run concurrently.
 */
import { GRAPH_OPTIONS, type DocumentMeta, type EgoSummary, type Mention } from "../model";
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
  cited: DocumentMeta[];
  fragment_edge: string;
}

const whole = (value: number | undefined, fallback: number, min: number, max: number) =>
  Math.max(min, Math.min(max, Math.floor(Number.isFinite(value) ? value! : fallback)));

const FILTERS = `($2::text[] IS NULL OR type = ANY($2::text[]))
  AND ($3::date IS NULL OR date_to >= $3::date) AND ($4::date IS NULL OR date_from <= $4::date)
  AND NOT (key = ANY($5::text[]))`;
// The keys of the claims touching the frontier, within the filters, not already taken: two
// index-only scans of the endpoint indexes (an OR of the two would read every claim's row).
const MATCHING = `SELECT key, evidence_count FROM claims WHERE source = ANY($1::text[]) AND ${FILTERS}
  UNION ALL
  SELECT key, evidence_count FROM claims
  WHERE target = ANY($1::text[]) AND NOT (source = ANY($1::text[])) AND ${FILTERS}`;

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
      db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM (${MATCHING}) AS matching`, params),
      // The busiest claims first, picked from the indexes; the wide columns of the few kept.
      room > 0
        ? db.query<PickedClaim>(
            `SELECT c.key, c.source, c.target, c.names, c.cited, c.fragment_edge
             FROM (SELECT key, evidence_count FROM (${MATCHING}) AS matching
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
  const documents = new Map<string, DocumentMeta>();
  for (const claim of claims) {
    nodeKeys.add(claim.source).add(claim.target);
    for (const node of claim.names) nodeKeys.add(node);
    for (const document of claim.cited) documents.set(document.id, document);
  }
  const docs = [...documents.keys()].sort();
  const asked = JSON.parse(self.fragment_node) as { attributes: { country?: string; mentions: Mention[] } };
  if (asked.attributes.country) nodeKeys.add(asked.attributes.country);
  const [nodes, mentions] = await Promise.all([
    db.query<{ key: string; fragment_node: string }>(
      // Sorted by key here (below), not by the database: sorting megabytes of text there costs more.
      "SELECT key, fragment_node FROM entities WHERE key = ANY($1::text[])",
      [[...nodeKeys]],
    ),
    // Only the entity asked about carries its mentions: a hub's neighbours are mentioned in
    // thousands of places, which would double the answer.
    db.query<Mention>(
      `SELECT doc, start_offset AS start, end_offset AS "end" FROM mentions
       WHERE entity_key = $1 AND doc = ANY($2::text[]) ORDER BY ord`,
      [query.node, docs],
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
  nodes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const nodeJson = nodes.map((n) => (n.key === query.node ? JSON.stringify(asked) : n.fragment_node));
  const json =
    `{"attributes":${attributes.slice(0, -1)},"documents":${JSON.stringify(docs.map((id) => documents.get(id)))}},` +
    `"options":${JSON.stringify(GRAPH_OPTIONS)},` +
    `"nodes":[${nodeJson.join(",")}],` +
    `"edges":[${claims.map((c) => c.fragment_edge).join(",")}]}`;
  return { json, summary };
}
