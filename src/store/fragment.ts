/**
 * Graph JSON from store rows: the claims asked for, every node they name (endpoints, claimants,
 * the countries of those), and the documents their evidence and mentions cite, so `loadGraph`
 * accepts the result as it accepts a file.
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
import type { Sql } from "./db";

export interface ClaimRow {
  key: string;
  source: string;
  target: string;
  evidence_count: number;
  /** Stored without `evidence` (that is its own table). */
  attributes: EdgeAttributes;
}

interface EvidenceRow {
  claim_key: string;
  doc: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  claimants: string[] | null;
}

export interface FragmentOptions {
  /** Evidence entries per claim (undefined: all). */
  evidencePerClaim?: number;
  /** Nodes to include besides those the claims name (the entity asked about, isolated or not). */
  extraNodes?: readonly string[];
  title: string;
  generatedAt: string;
  /** Mark each edge with `evidenceCount` (all its evidence in the store). */
  countEvidence: boolean;
  /**
   * The nodes whose mentions (in the fragment's documents) come along; default all. A hub's
   * neighbours are mentioned in thousands of places: fetching them all would double an ego fetch.
   */
  mentionsOf?: readonly string[];
}

export const CLAIM_COLUMNS = "key, source, target, evidence_count, attributes";

export async function assembleFragment(
  db: Sql,
  claims: readonly ClaimRow[],
  options: FragmentOptions,
): Promise<SerializedClaimGraph> {
  const claimKeys = claims.map((c) => c.key);
  const evidenceRows = await db.query<EvidenceRow>(
    `SELECT claim_key, doc, start_offset, end_offset, quote, claimants FROM evidence
     WHERE claim_key = ANY($1::text[]) AND ($2::integer IS NULL OR ord < $2)
     ORDER BY claim_key, ord`,
    [claimKeys, options.evidencePerClaim ?? null],
  );
  const evidence = new Map<string, Evidence[]>();
  for (const row of evidenceRows) {
    const entry: Evidence = { doc: row.doc, quote: row.quote, start: row.start_offset, end: row.end_offset };
    if (row.claimants) entry.claimants = row.claimants;
    const list = evidence.get(row.claim_key) ?? [];
    list.push(entry);
    evidence.set(row.claim_key, list);
  }

  const wanted = new Set(options.extraNodes);
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
  const mentions = await mentionsIn(db, [...(options.mentionsOf ?? nodes.keys())], [...docIds]);
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
      attributes: {
        ...c.attributes,
        evidence: evidence.get(c.key) ?? [],
        ...(options.countEvidence ? { evidenceCount: c.evidence_count } : {}),
      },
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
