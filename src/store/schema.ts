/**
 * The store's tables, as numbered migrations applied at start (each once, in order, in one
 * transaction with its version row). Keys are the graph JSON's: typed entity keys
 * (`state:montenegro`) and edge keys (`type:source->target`).
 *
 * `documents` is the append-only log: one row per article with the extractor's output, written once
 * by whichever worker got there first and never updated. `entities`, `mentions`, `claims` and
 * `evidence` are the merged graph built from that log by the graph builder (src/graph/build.ts),
 * with documents folded in id order, so they hold the graph `npm run ingest` writes for the same
 * articles.
 *
 * Citus: every table is distributed by its first key column (documents by id, entities and
 * mentions by entity key, claims and evidence by claim key: co-located pairs); `store_migrations`
 * and `projection` are reference tables. Every primary key holds its distribution column.
 */
import type { Database } from "./db";

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE documents (
     id text COLLATE "C" PRIMARY KEY,
     published text,
     meta jsonb NOT NULL,
     extraction jsonb NOT NULL,
     added_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE entities (
     key text PRIMARY KEY,
     type text NOT NULL,
     label text NOT NULL,
     search_text text NOT NULL,
     degree integer NOT NULL,
     attributes jsonb NOT NULL
   );
   CREATE TABLE mentions (
     entity_key text NOT NULL,
     ord integer NOT NULL,
     doc text NOT NULL,
     start_offset integer NOT NULL,
     end_offset integer NOT NULL,
     PRIMARY KEY (entity_key, ord)
   );
   CREATE INDEX mentions_by_document ON mentions (entity_key, doc);
   CREATE TABLE claims (
     key text PRIMARY KEY,
     type text NOT NULL,
     source text NOT NULL,
     target text NOT NULL,
     date_from date,
     date_to date,
     evidence_count integer NOT NULL,
     attributes jsonb NOT NULL
   );
   CREATE INDEX claims_by_source ON claims (source, evidence_count DESC);
   CREATE INDEX claims_by_target ON claims (target, evidence_count DESC);
   CREATE TABLE evidence (
     claim_key text NOT NULL,
     ord integer NOT NULL,
     doc text NOT NULL,
     start_offset integer NOT NULL,
     end_offset integer NOT NULL,
     quote text NOT NULL,
     claimants jsonb,
     PRIMARY KEY (claim_key, ord)
   );
   CREATE TABLE projection (
     id integer PRIMARY KEY CHECK (id = 1),
     documents integer NOT NULL,
     built_at timestamptz NOT NULL
   );`,
  // The article's text as read (offsets of evidence and mentions point into it), for the reader.
  `ALTER TABLE documents ADD COLUMN text text;`,
  // Ego fragments read each entity and claim as the JSON they send (src/store/ego.ts), with what a
  // claim needs besides its endpoints: the entities it names (claimants, countries) and the
  // documents its first quotes cite (their metadata). The claims of an entity are picked from
  // the endpoint indexes alone (index-only scans: the filters' columns are included). The graph
  // tables are a projection of the log: emptied here, they are rebuilt with the new columns by the
  // next fold (a worker's, or `npm run store -- refresh`).
  `DELETE FROM evidence;
   DELETE FROM claims;
   DELETE FROM mentions;
   DELETE FROM entities;
   DELETE FROM projection;
   ALTER TABLE entities ADD COLUMN fragment_node text NOT NULL;
   ALTER TABLE claims ADD COLUMN fragment_edge text NOT NULL,
     ADD COLUMN names jsonb NOT NULL, ADD COLUMN cited jsonb NOT NULL;
   DROP INDEX claims_by_source;
   DROP INDEX claims_by_target;
   CREATE INDEX claims_by_source ON claims (source, evidence_count DESC, key)
     INCLUDE (target, type, date_from, date_to);
   CREATE INDEX claims_by_target ON claims (target, evidence_count DESC, key)
     INCLUDE (source, type, date_from, date_to);`,
];

/** Applies the migrations this database has not seen; safe to run from many processes at once. */
export async function migrate(db: Database): Promise<void> {
  await db
    .query(
      "CREATE TABLE IF NOT EXISTS store_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    )
    // Two processes creating it at the same moment: one wins, the other finds it made.
    .catch((error: { code?: string }) => {
      if (error.code !== "23505" && error.code !== "42P07") throw error;
    });
  for (let version = 1; version <= MIGRATIONS.length; version++) {
    await db.transaction(async (tx) => {
      // One migrator at a time; the others wait here, then see the version row and skip.
      await tx.query("LOCK TABLE store_migrations IN EXCLUSIVE MODE");
      const done = await tx.query("SELECT 1 FROM store_migrations WHERE version = $1", [version]);
      if (done.length > 0) return;
      for (const statement of splitStatements(MIGRATIONS[version - 1]!)) await tx.query(statement);
      await tx.query("INSERT INTO store_migrations (version) VALUES ($1)", [version]);
    });
  }
}

function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
