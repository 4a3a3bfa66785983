/**
 * The article queue: pg-boss on the store's PostgreSQL database. One job per article, carrying its
 * text, so a worker on any host that reaches the database can extract it without the files. A job
 * whose worker died comes back after its lease (`expireInSeconds`) and is fetched again, counted as
 * a retry; writing an article twice writes nothing (see `addExtractions`).
 */
import PgBoss from "pg-boss";
import type { SourceDocument } from "../extract";
import type { Database } from "./db";

export const ARTICLE_QUEUE = "claim-store-articles";
/** pg-boss's tables live in their own schema of the store's database. */
export const QUEUE_SCHEMA = "pgboss";
/** Seconds a worker holds a job before it is handed to another (the default; `enqueue --lease`). */
export const DEFAULT_LEASE_SECONDS = 60;
/** Deliveries of one article before it counts as failed: a worker killed this often is a real problem. */
const RETRY_LIMIT = 10;

export type ArticleJob = SourceDocument;

export interface QueueCounts {
  /** Queued, waiting for a worker (new or back for another try). */
  pending: number;
  active: number;
  completed: number;
  failed: number;
  /** Jobs delivered more than once (a worker died or timed out holding them). */
  retried: number;
}

export async function startQueue(databaseUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: QUEUE_SCHEMA,
    max: 2,
    // Expired leases go back to the queue within seconds of expiring, not minutes.
    maintenanceIntervalSeconds: 5,
    schedule: false,
  });
  // Connection trouble is reported by the calls that meet it; the event must not crash the process.
  boss.on("error", () => {});
  await boss.start();
  await boss.createQueue(ARTICLE_QUEUE, { name: ARTICLE_QUEUE, retryLimit: RETRY_LIMIT });
  return boss;
}

/** Queues the articles, one job each, in chunks (one round trip per chunk). */
export async function enqueueArticles(
  boss: PgBoss,
  articles: readonly ArticleJob[],
  leaseSeconds = DEFAULT_LEASE_SECONDS,
): Promise<void> {
  const CHUNK = 500;
  for (let at = 0; at < articles.length; at += CHUNK)
    await boss.insert(
      articles.slice(at, at + CHUNK).map((data) => ({
        name: ARTICLE_QUEUE,
        data,
        expireInSeconds: leaseSeconds,
        retryLimit: RETRY_LIMIT,
      })),
    );
}

/** The queue's jobs by state, live and archived; all zero before anything was queued. */
export async function queueCounts(db: Database): Promise<QueueCounts> {
  const [installed] = await db.query<{ ok: boolean }>(
    "SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL AS ok",
    [`${QUEUE_SCHEMA}.job`, `${QUEUE_SCHEMA}.archive`],
  );
  const counts: QueueCounts = { pending: 0, active: 0, completed: 0, failed: 0, retried: 0 };
  if (!installed?.ok) return counts;
  const rows = await db.query<{ state: string; jobs: number; retried: number }>(
    `SELECT state::text AS state, count(*)::integer AS jobs, count(*) FILTER (WHERE retry_count > 0)::integer AS retried
     FROM (SELECT state, retry_count FROM ${QUEUE_SCHEMA}.job WHERE name = $1
           UNION ALL SELECT state, retry_count FROM ${QUEUE_SCHEMA}.archive WHERE name = $1) AS jobs
     GROUP BY state`,
    [ARTICLE_QUEUE],
  );
  for (const row of rows) {
    counts.retried += row.retried;
    if (row.state === "created" || row.state === "retry") counts.pending += row.jobs;
    else if (row.state === "active") counts.active += row.jobs;
    else if (row.state === "completed") counts.completed += row.jobs;
    else if (row.state === "failed") counts.failed += row.jobs;
  }
  return counts;
}
