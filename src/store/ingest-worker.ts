/**
 * One extraction worker: fetches batches of article jobs from the queue, extracts them with the
 * same extractor as `npm run ingest`, writes them to the store, then completes the jobs. Killed at
 * any moment it loses nothing (jobs not completed come back after their lease) and duplicates
 * nothing (an article already in the store is not written again). When the queue runs dry it folds
 * the new articles into the graph tables.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { createExtractionContext, extractDocument, type DocumentExtraction } from "../extract";
import type { Gazetteer } from "../model";
import { ARTICLE_QUEUE, startQueue, type ArticleJob } from "./queue";
import { openStore } from "./store";

export interface IngestWorkerOptions {
  databaseUrl: string;
  gazetteer: Gazetteer;
  /** Jobs fetched at once (pg-boss polls; a batch per poll keeps a worker busy). */
  batchSize?: number;
  /** Stop once nothing is queued or in flight anywhere (and the graph tables are folded). */
  exitWhenIdle?: boolean;
  signal?: AbortSignal;
  log?(line: string): void;
}

export interface IngestWorkerReport {
  /** Jobs this worker finished. */
  jobs: number;
  /** Articles it wrote (jobs whose article another delivery had written count in `jobs` only). */
  written: number;
  failed: number;
}

/** How long an idle worker waits before polling again. */
const IDLE_POLL_MS = 500;

export async function runIngestWorker(options: IngestWorkerOptions): Promise<IngestWorkerReport> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 20;
  const store = await openStore({ databaseUrl: options.databaseUrl });
  const report: IngestWorkerReport = { jobs: 0, written: 0, failed: 0 };
  let boss: Awaited<ReturnType<typeof startQueue>> | undefined;
  try {
    boss = await startQueue(options.databaseUrl);
    const context = createExtractionContext(options.gazetteer);
    let unfolded = false;
    while (!options.signal?.aborted) {
      const jobs = await boss.fetch<ArticleJob>(ARTICLE_QUEUE, { batchSize });
      if (jobs.length === 0) {
        // Fold once nothing is queued or in flight anywhere: folding rebuilds the graph tables whole.
        if ((await boss.getQueueSize(ARTICLE_QUEUE, { before: "completed" })) === 0) {
          if (unfolded || options.exitWhenIdle) {
            const folded = await store.refresh();
            if (folded)
              log(`folded ${folded.documents} articles into the graph in ${folded.seconds.toFixed(1)} s`);
            unfolded = false;
          }
          if (options.exitWhenIdle) break;
        }
        await sleep(IDLE_POLL_MS, undefined, { signal: options.signal }).catch(() => {});
        continue;
      }
      const extractions: DocumentExtraction[] = [];
      const done: string[] = [];
      const failures: { id: string; message: string }[] = [];
      for (const job of jobs) {
        try {
          extractions.push(extractDocument(job.data, context));
          done.push(job.id);
        } catch (error) {
          failures.push({
            id: job.id,
            message: `${job.data.id}: the extractor failed (${(error as Error).message})`,
          });
        }
      }
      const written = await store.addExtractions(
        extractions,
        new Map(jobs.map((j) => [j.data.id, j.data.text])),
      );
      if (done.length > 0) await boss.complete(ARTICLE_QUEUE, done);
      for (const failure of failures) {
        await boss.fail(ARTICLE_QUEUE, failure.id, { message: failure.message });
        log(failure.message);
      }
      report.jobs += done.length;
      report.written += written.length;
      report.failed += failures.length;
      unfolded ||= written.length > 0;
      log(`${report.jobs} articles done (${written.length} new in this batch)`);
    }
  } finally {
    await boss?.stop({ graceful: false, wait: true, timeout: 5000 }).catch(() => {});
    await store.close();
  }
  return report;
}
