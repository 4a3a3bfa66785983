/**
 * Graph JSON from store rows. Two forms: the windowed export (`assembleFragment`: the claims asked
 * for with all their evidence, every node they name, the documents cited), and the pieces of an ego
 * fragment, made once per fold (`fragmentNode`, `fragmentEdge`) so an ego fetch sends them as they
 * are stored instead of building and serialising thousands of objects per request.
 */
import {
  GRAPH_OPTIONS,
  type DocumentMeta,
  type EdgeAttributes,
  type Evidence,
  type Mention,
  type NodeAttributes,
  type SerializedClaimGraph,
} from "../model";
import { earliestDate } from "../graph/analytics/dates";
import type { Sql } from "./db";

/** Quotes each claim of an ego fragment carries; `evidence()` pages the rest ("Load N more quotes"). */
export const QUOTES_PER_CLAIM = 3;

export interface ClaimRow {
  key: string;
  source: string;
  target: string;
  evidence_count: number;
  /** Stored without `evidence` (that is its own table). */
  attributes: EdgeAttributes;
}

export interface EvidenceRow {
  doc: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  claimants: string[] | null;
}

export const CLAIM_COLUMNS = "key, source, target, evidence_count, attributes";

/** An evidence row as the graph JSON's evidence entry. */
export function evidenceEntry(row: EvidenceRow): Evidence {
  const entry: Evidence = { doc: row.doc, quote: row.quote, start: row.start_offset, end: row.end_offset };
  if (row.claimants) entry.claimants = row.claimants;
  return entry;
}

/**
 * An entity as an ego fragment's node: its attributes without mentions (the fetch adds those of
 * the entity asked about) and without the store's layout position (the explorer places fetched
 * entities beside what it shows).
 */
export function fragmentNode(key: string, attributes: Omit<NodeAttributes, "mentions">): string {
  const { x: _x, y: _y, size: _size, ...kept } = attributes;
  return JSON.stringify({ key, attributes: { ...kept, mentions: [] } });
}

/** What `fragmentEdge` looks up in the graph being folded. */
export interface FoldedGraph {
  countryOf(node: string): string | undefined;
  document(id: string): DocumentMeta | undefined;
}

/**
 * A claim as an ego fragment's edge, with its first quotes and `evidenceCount` (all of them), and
 * what a fragment holding it must hold too: `names`, the entities it names besides its endpoints
 * (claimants, and the countries of those and of the endpoints), and `cited`, the documents its
 * quotes cite.
 */
export function fragmentEdge(
  key: string,
  source: string,
  target: string,
  attributes: EdgeAttributes,
  folded: FoldedGraph,
): { json: string; names: string[]; cited: DocumentMeta[] } {
  const { evidence, ...rest } = attributes;
  const quotes = evidence.slice(0, quotesToCarry(evidence, rest.date, folded));
  const claimants = new Set([...rest.claimants, ...quotes.flatMap((q) => q.claimants ?? [])]);
  const names = new Set(claimants);
  for (const node of [source, target, ...claimants]) {
    const country = folded.countryOf(node);
    if (country) names.add(country);
  }
  names.delete(source);
  names.delete(target);
  return {
    json: JSON.stringify({
      key,
      source,
      target,
      attributes: { ...rest, evidence: quotes, evidenceCount: evidence.length },
    }),
    names: [...names],
    cited: [...new Set(quotes.map((q) => q.doc))]
      .map((id) => folded.document(id))
      .filter((d): d is DocumentMeta => d !== undefined),
  };
}

/**
 * How many of a claim's first quotes its fragment carries: `QUOTES_PER_CLAIM`, or more for a claim
 * with no date of its own, up to its earliest report, since the explorer dates such a claim by the
 * first publication among the quotes it holds (and the store filters on the same date). Always a
 * prefix, so "Load N more quotes" pages on from the count carried.
 */
function quotesToCarry(evidence: readonly Evidence[], date: string | undefined, folded: FoldedGraph): number {
  if (date || evidence.length <= QUOTES_PER_CLAIM) return QUOTES_PER_CLAIM;
  const published = evidence.map((q) => folded.document(q.doc)?.published);
  const first = earliestDate(published);
  if (first === undefined) return QUOTES_PER_CLAIM;
  return Math.max(QUOTES_PER_CLAIM, published.indexOf(first) + 1);
}

/** The claims with all their evidence, every node they name, and the documents cited (the windowed export). */
export async function assembleFragment(
  db: Sql,
  claims: readonly ClaimRow[],
  options: { title: string; generatedAt: string },
): Promise<SerializedClaimGraph> {
  const evidenceRows = await db.query<EvidenceRow & { claim_key: string }>(
    `SELECT claim_key, doc, start_offset, end_offset, quote, claimants FROM evidence
     WHERE claim_key = ANY($1::text[]) ORDER BY claim_key, ord`,
    [claims.map((c) => c.key)],
  );
  const evidence = new Map<string, Evidence[]>();
  for (const row of evidenceRows) {
    const list = evidence.get(row.claim_key) ?? [];
    list.push(evidenceEntry(row));
    evidence.set(row.claim_key, list);
  }

  const wanted = new Set<string>();
  for (const c of claims) {
    wanted.add(c.source).add(c.target);
    for (const k of c.attributes.claimants ?? []) wanted.add(k);
  }
  for (const entries of evidence.values())
    for (const e of entries) for (const k of e.claimants ?? []) wanted.add(k);
  const nodes = await entitiesByKey(db, [...wanted]);
  const countries = [...nodes.values()]
    .map((n) => n.country)
    .filter((k): k is string => !!k && !nodes.has(k));
  for (const [key, attributes] of await entitiesByKey(db, [...new Set(countries)]))
    nodes.set(key, attributes);

  const docIds = new Set<string>();
  for (const entries of evidence.values()) for (const e of entries) docIds.add(e.doc);
  const mentions = await mentionsIn(db, [...nodes.keys()], [...docIds]);
  const documents = await documentsById(db, [...docIds]);

  return {
    attributes: { title: options.title, generatedAt: options.generatedAt, documents },
    options: GRAPH_OPTIONS,
    nodes: [...nodes].map(([key, attributes]) => ({
      key,
      attributes: { ...attributes, mentions: mentions.get(key) ?? [] },
    })),
    edges: claims.map((c) => ({
      key: c.key,
      source: c.source,
      target: c.target,
      attributes: { ...c.attributes, evidence: evidence.get(c.key) ?? [] },
    })),
  };
}

async function entitiesByKey(db: Sql, keys: string[]): Promise<Map<string, NodeAttributes>> {
  if (keys.length === 0) return new Map();
  const rows = await db.query<{ key: string; attributes: NodeAttributes }>(
    "SELECT key, attributes FROM entities WHERE key = ANY($1::text[]) ORDER BY key",
    [keys],
  );
  return new Map(rows.map((r) => [r.key, r.attributes]));
}

// `doc IN (SELECT unnest(...))` is a hash semi-join; `doc = ANY(...)` would compare each of a hub's
// thousands of mentions with each of thousands of documents.
async function mentionsIn(db: Sql, nodes: string[], docs: string[]): Promise<Map<string, Mention[]>> {
  const byNode = new Map<string, Mention[]>();
  if (nodes.length === 0 || docs.length === 0) return byNode;
  const rows = await db.query<{ entity_key: string; doc: string; start_offset: number; end_offset: number }>(
    `SELECT entity_key, doc, start_offset, end_offset FROM mentions
     WHERE entity_key = ANY($1::text[]) AND doc IN (SELECT unnest($2::text[]))
     ORDER BY entity_key, ord`,
    [nodes, docs],
  );
  for (const r of rows) {
    const list = byNode.get(r.entity_key) ?? [];
    list.push({ doc: r.doc, start: r.start_offset, end: r.end_offset });
    byNode.set(r.entity_key, list);
  }
  return byNode;
}

export async function documentsById(db: Sql, ids: string[]): Promise<DocumentMeta[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ meta: DocumentMeta }>(
    `SELECT meta FROM documents WHERE id = ANY($1::text[]) ORDER BY id COLLATE "C"`,
    [ids],
  );
  return rows.map((r) => r.meta);
}
