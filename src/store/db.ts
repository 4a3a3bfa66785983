/**
 * One small SQL interface over the two engines the store runs on: PostgreSQL through `pg` (when
 * `DATABASE_URL` is set) and PGlite in-process (the embedded default). The store's SQL is the same
 * on both; only connecting and transactions differ.
 */
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  engine: "postgres" | "pglite";
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... ; without it the store is PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's data folder (created when missing); "memory://" keeps it in memory. */
  dataDir?: string;
}

export const DEFAULT_DATA_DIR = "graph-data/store";

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? DEFAULT_DATA_DIR);
}

// Integers counted by Postgres (count(*), bigint) come back as numbers, not strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

async function openPostgres(url: string): Promise<Database> {
  // No JIT: the store's queries are short lookups, and a planner overestimating the rows of a
  // key array (a two-hop frontier) would spend hundreds of milliseconds compiling one.
  const pool = new pg.Pool({ connectionString: url, max: 4, options: "-c jit=off" });
  // An idle client losing its connection (the server restarting) must not crash the process.
  pool.on("error", () => {});
  await pool.query("SELECT 1").catch((error: Error) => {
    void pool.end();
    throw new Error(`cannot reach the database at ${redact(url)}: ${error.message}`);
  });
  const query = async <Row>(client: pg.Pool | pg.PoolClient, text: string, params?: readonly unknown[]) =>
    (await client.query(text, params as unknown[])).rows as Row[];
  return {
    engine: "postgres",
    query: (text, params) => query(pool, text, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({ query: (text, params) => query(client, text, params) });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    engine: "pglite",
    query: async (text, params) => (await db.query(text, params as unknown[])).rows as never,
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: async (text, params) => (await tx.query(text, params as unknown[])).rows as never }),
      ),
    close: () => db.close(),
  };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
