/**
 * Writing the store. Articles go into the document log, each once: a second delivery of the same
 * article (a queue job run twice, two workers racing) inserts nothing. `refresh` folds the log into
 * the graph tables with the same graph builder as `npm run ingest`, in document id order, so the
 * store holds the graph the file ingest writes for the same articles whatever order the workers
 * finished in.
 */
import type { DocumentExtraction } from "../extract";
import { claimDate, publicationDates } from "../graph/analytics/claims";
import { createGraphBuilder } from "../graph/build";
import { layoutGraph } from "../graph/layout";
import type { ClaimGraph } from "../model";
import type { Database, Sql } from "./db";
import { dateSpan } from "./dates";
import { fragmentEdge, fragmentNode, type FoldedGraph } from "./fragment";
import { searchText } from "./search-text";
import type { RefreshResult } from "./types";

/**
 * Inserts the articles not yet in the log, in one statement (one transaction), with their text
 * when `texts` has it (by document id); returns the ids written.
 */
export async function addExtractions(
  db: Sql,
  extractions: readonly DocumentExtraction[],
  texts?: ReadonlyMap<string, string>,
): Promise<string[]> {
  if (extractions.length === 0) return [];
  const rows = await db.query<{ id: string }>(
    `INSERT INTO documents (id, published, meta, extraction, text)
     SELECT a->'extraction'->'meta'->>'id', a->'extraction'->'meta'->>'published', a->'extraction'->'meta',
            a->'extraction', a->>'text'
     FROM jsonb_array_elements($1::jsonb) AS a
     ORDER BY a->'extraction'->'meta'->>'id' COLLATE "C"
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [
      JSON.stringify(
        // The warnings are notes for the person running the ingest, not part of the graph.
        extractions.map(({ meta, entities, claims }) => ({
          extraction: { meta, entities, claims },
          text: texts?.get(meta.id) ?? null,
        })),
      ),
    ],
  );
  return rows.map((r) => r.id);
}

/** Documents read from the log per query while rebuilding. */
const PAGE = 1000;
/** Rows per INSERT while rebuilding. */
const CHUNK = 2000;

/**
 * Rebuilds entities, mentions, claims and evidence from the whole log when it holds documents
 * the graph tables do not (or when forced). One transaction: readers see the old graph until it
 * commits. Refreshes take turns (an advisory lock): one that finds the graph already up to date
 * (another process folded the same log meanwhile) returns undefined.
 */
export async function refresh(db: Database, force = false): Promise<RefreshResult | undefined> {
  const started = performance.now();
  const folded = await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('claim-store-refresh'))");
    const [{ count } = { count: 0 }] = await tx.query<{ count: number }>(
      "SELECT count(*)::integer AS count FROM documents",
    );
    const [built] = await tx.query<{ documents: number }>("SELECT documents FROM projection WHERE id = 1");
    if (!force && built?.documents === count) return undefined;

    const graph = await buildFromLog(tx);
    layoutGraph(graph);
    await tx.query("DELETE FROM evidence");
    await tx.query("DELETE FROM claims");
    await tx.query("DELETE FROM mentions");
    await tx.query("DELETE FROM entities");
    const written = await writeGraph(tx, graph);
    const documents = graph.getAttribute("documents").length;
    await tx.query(
      `INSERT INTO projection (id, documents, built_at) VALUES (1, $1, now())
       ON CONFLICT (id) DO UPDATE SET documents = EXCLUDED.documents, built_at = EXCLUDED.built_at`,
      [documents],
    );
    return { documents, ...written };
  });
  if (!folded) return undefined;
  // Right after the fold, not when autovacuum gets to it: the old rows' space is reclaimed, the
  // planner knows the new tables' sizes, and the first ego fetches do not share the machine with
  // autovacuum.
  await db.query("VACUUM (ANALYZE) entities, mentions, claims, evidence");
  return { ...folded, seconds: (performance.now() - started) / 1000 };
}

async function buildFromLog(tx: Sql): Promise<ClaimGraph> {
  const builder = createGraphBuilder({ title: "Claim store", generatedAt: new Date().toISOString() });
  let after = "";
  for (;;) {
    const page = await tx.query<{ id: string; extraction: DocumentExtraction }>(
      `SELECT id, extraction FROM documents WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT ${PAGE}`,
      [after],
    );
    for (const row of page) builder.add({ ...row.extraction, warnings: [] });
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return builder.graph();
}

async function writeGraph(tx: Sql, graph: ClaimGraph): Promise<Omit<RefreshResult, "documents" | "seconds">> {
  const entities: unknown[][] = [];
  const mentions: unknown[][] = [];
  graph.forEachNode((key, { mentions: nodeMentions, ...attributes }) => {
    entities.push([
      key,
      attributes.type,
      attributes.label,
      searchText(attributes.label, attributes.aliases),
      graph.degree(key),
      JSON.stringify(attributes),
      fragmentNode(key, attributes),
    ]);
    nodeMentions.forEach((m, ord) => mentions.push([key, ord, m.doc, m.start, m.end]));
  });
  const claims: unknown[][] = [];
  const evidence: unknown[][] = [];
  const published = publicationDates(graph);
  const documents = new Map(graph.getAttribute("documents").map((d) => [d.id, d]));
  const folded: FoldedGraph = {
    countryOf(node) {
      const country = graph.getNodeAttribute(node, "country");
      return country && graph.hasNode(country) ? country : undefined;
    },
    document: (id) => documents.get(id),
  };
  graph.forEachEdge((key, edge, source, target) => {
    const { evidence: quotes, ...attributes } = edge;
    const date = claimDate(graph, key, published);
    const span = date ? dateSpan(date) : undefined;
    const fragment = fragmentEdge(key, source, target, edge, folded);
    claims.push([
      key,
      attributes.type,
      source,
      target,
      span?.first ?? null,
      span?.last ?? null,
      quotes.length,
      JSON.stringify(attributes),
      fragment.json,
      JSON.stringify(fragment.names),
      JSON.stringify(fragment.cited),
    ]);
    quotes.forEach((q, ord) =>
      evidence.push([
        key,
        ord,
        q.doc,
        q.start,
        q.end,
        q.quote,
        q.claimants ? JSON.stringify(q.claimants) : null,
      ]),
    );
  });
  await insertRows(
    tx,
    "entities (key, type, label, search_text, degree, attributes, fragment_node)",
    entities,
    ["text", "text", "text", "text", "integer", "jsonb", "text"],
  );
  await insertRows(tx, "mentions (entity_key, ord, doc, start_offset, end_offset)", mentions, [
    "text",
    "integer",
    "text",
    "integer",
    "integer",
  ]);
  await insertRows(
    tx,
    "claims (key, type, source, target, date_from, date_to, evidence_count, attributes, fragment_edge, names, cited)",
    claims,
    ["text", "text", "text", "text", "date", "date", "integer", "jsonb", "text", "jsonb", "jsonb"],
  );
  await insertRows(
    tx,
    "evidence (claim_key, ord, doc, start_offset, end_offset, quote, claimants)",
    evidence,
    ["text", "integer", "text", "integer", "integer", "text", "jsonb"],
  );
  return { entities: entities.length, claims: claims.length, evidence: evidence.length };
}

/** Multi-row inserts through `unnest` of one array per column: a few statements for a big table. */
async function insertRows(tx: Sql, into: string, rows: unknown[][], types: readonly string[]): Promise<void> {
  // jsonb travels as text and is cast in SQL: arrays of jsonb are not serialised alike by both drivers.
  const columns = types.map((t, i) => `$${i + 1}::${t === "jsonb" ? "text" : t}[]`).join(", ");
  const select = types.map((t, i) => (t === "jsonb" ? `c${i}::jsonb` : `c${i}`)).join(", ");
  const names = types.map((_, i) => `c${i}`).join(", ");
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    await tx.query(
      `INSERT INTO ${into} SELECT ${select} FROM unnest(${columns}) AS t(${names})`,
      types.map((_, i) => chunk.map((row) => row[i])),
    );
  }
}

/** Which of these article ids the log already holds. */
export async function storedDocumentIds(db: Sql, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>("SELECT id FROM documents WHERE id = ANY($1::text[])", [ids]);
  return new Set(rows.map((r) => r.id));
}
