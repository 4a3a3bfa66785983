/** The store's read queries: entity search, evidence pages, counts, export (ego neighbourhoods: ego.ts). */
import {
  createClaimGraph,
  loadGraph,
  formatProblem,
  type ClaimGraph,
  type DocumentMeta,
  type EdgeAttributes,
  type NodeAttributes,
} from "../model";
import type { Sql } from "./db";
import { dateBound } from "./dates";
import {
  assembleFragment,
  CLAIM_COLUMNS,
  documentsById,
  evidenceEntry,
  type ClaimRow,
  type EvidenceRow,
} from "./fragment";
import { fold } from "./search-text";
import type { EntityHit, EvidencePage, StoreStats } from "./types";

export const LIMITS = { search: 100, evidencePage: 500 } as const;

const clamp = (value: number | undefined, fallback: number, max: number) =>
  Math.max(0, Math.min(max, Math.floor(Number.isFinite(value) ? value! : fallback)));

export async function search(db: Sql, text: string, limit = 20): Promise<EntityHit[]> {
  const needle = fold(text.trim());
  if (!needle) return [];
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.query<EntityHit>(
    `SELECT key, label, type, degree FROM entities WHERE search_text LIKE $1
     ORDER BY (lower(label) = $2) DESC, degree DESC, key LIMIT $3`,
    [pattern, needle, clamp(limit, 20, LIMITS.search)],
  );
}

export async function evidencePage(
  db: Sql,
  claimKey: string,
  offset = 0,
  limit = 50,
): Promise<EvidencePage | undefined> {
  const [claim] = await db.query<{ evidence_count: number }>(
    "SELECT evidence_count FROM claims WHERE key = $1",
    [claimKey],
  );
  if (!claim) return undefined;
  const rows = await db.query<EvidenceRow>(
    `SELECT doc, quote, start_offset, end_offset, claimants FROM evidence WHERE claim_key = $1
     ORDER BY ord OFFSET $2 LIMIT $3`,
    [claimKey, clamp(offset, 0, Number.MAX_SAFE_INTEGER), clamp(limit, 50, LIMITS.evidencePage)],
  );
  const evidence = rows.map(evidenceEntry);
  const documents = await documentsById(db, [...new Set(evidence.map((e) => e.doc))]);
  return { claim: claimKey, total: claim.evidence_count, evidence, documents };
}

const BUILT_AT = `to_char(built_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** When the graph tables were last rebuilt: one row read, so every ego fetch can afford it. */
export async function builtAt(db: Sql): Promise<string | undefined> {
  const [row] = await db.query<{ at: string | null }>(
    `SELECT ${BUILT_AT} AS at FROM projection WHERE id = 1`,
  );
  return row?.at ?? undefined;
}

export async function stats(db: Sql): Promise<StoreStats> {
  const [row] = await db.query<StoreStats & { built_at: string | null; built: number | null }>(
    `SELECT (SELECT count(*)::integer FROM documents) AS documents,
            (SELECT count(*)::integer FROM entities) AS entities,
            (SELECT count(*)::integer FROM claims) AS claims,
            (SELECT count(*)::integer FROM evidence) AS evidence,
            (SELECT documents FROM projection WHERE id = 1) AS built,
            (SELECT ${BUILT_AT} FROM projection WHERE id = 1) AS built_at`,
  );
  const { built, built_at, ...counts } = row!;
  return { ...counts, unfolded: counts.documents - (built ?? 0), ...(built_at ? { builtAt: built_at } : {}) };
}

/**
 * The graph as the file ingest writes it: every entity, claim and document (or, with a date
 * window, the claims dated within it and what they cite), checked by `loadGraph`.
 */
export async function exportGraph(
  db: Sql,
  options: { from?: string; to?: string; title?: string; generatedAt: string },
): Promise<ClaimGraph> {
  const from = dateBound(options.from, "--from");
  const to = dateBound(options.to, "--to");
  const title = options.title ?? "Claim store";
  if (from || to) {
    const claims = await db.query<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claims
       WHERE ($1::date IS NULL OR date_to >= $1::date) AND ($2::date IS NULL OR date_from <= $2::date) ORDER BY key`,
      [from?.first ?? null, to?.last ?? null],
    );
    return checked(await assembleFragment(db, claims, { title, generatedAt: options.generatedAt }));
  }
  const graph = createClaimGraph({
    title,
    generatedAt: options.generatedAt,
    documents: (
      await db.query<{ meta: DocumentMeta }>(`SELECT meta FROM documents ORDER BY id COLLATE "C"`)
    ).map((r) => r.meta),
  });
  for (const r of await db.query<{ key: string; attributes: NodeAttributes }>(
    "SELECT key, attributes FROM entities ORDER BY key",
  ))
    graph.addNode(r.key, { ...r.attributes, mentions: [] });
  for (const m of await db.query<{
    entity_key: string;
    doc: string;
    start_offset: number;
    end_offset: number;
  }>("SELECT entity_key, doc, start_offset, end_offset FROM mentions ORDER BY entity_key, ord"))
    graph
      .getNodeAttribute(m.entity_key, "mentions")
      .push({ doc: m.doc, start: m.start_offset, end: m.end_offset });
  const claims = await db.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claims ORDER BY key`);
  for (const c of claims)
    graph.addDirectedEdgeWithKey(c.key, c.source, c.target, {
      ...c.attributes,
      evidence: [],
    } as EdgeAttributes);
  for (const e of await db.query<EvidenceRow & { claim_key: string }>(
    "SELECT claim_key, doc, quote, start_offset, end_offset, claimants FROM evidence ORDER BY claim_key, ord",
  ))
    graph.getEdgeAttribute(e.claim_key, "evidence").push(evidenceEntry(e));
  return graph;
}

function checked(fragment: Parameters<typeof loadGraph>[0]): ClaimGraph {
  const loaded = loadGraph(fragment);
  if (!loaded.ok)
    throw new Error(
      `the store's graph does not pass validation: ${loaded.problems.slice(0, 3).map(formatProblem).join("; ")}`,
    );
  return loaded.graph;
}
