/**
 * The claim store benchmark (`npm run bench -- --only store`), on a throwaway PostgreSQL cluster:
 * 1. the queue: a synthetic corpus through `npm run enqueue` and `npm run worker --concurrency 2`
 *    (articles/s from the first job to the folded graph);
 * 2. a store of 10^5 synthetic articles (10^4 with --quick), their extractions made without NLP
 *    (extracting 10^5 articles takes hours here; src/cli/bench/synthetic-extractions.ts) and
 *    folded once, then the ego-fetch benchmark over HTTP on it (src/cli/bench/store-ego.ts).
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { DocumentExtraction } from "../../extract";
import { openStore, type ClaimStore } from "../../store";
import { openDatabase } from "../../store/db";
import { queueCounts } from "../../store/queue";
import { DEFAULT_DOCUMENTS, DEFAULT_ENTITIES } from "../defaults";
import { readGazetteerFile } from "../gazetteer-file";
import { machine } from "./ingest";
import { startPostgresCluster } from "./postgres-cluster";
import { runEgoFetchBench } from "./store-ego";
import { syntheticExtractions } from "./synthetic-extractions";
import { readSeeds, writeSyntheticCorpus } from "./synthetic-corpus";

const ROOT = resolve(import.meta.dirname, "../../..");
const SIZES = { full: { queue: 3_000, store: 100_000 }, quick: { queue: 500, store: 10_000 } };

export async function runStoreBench(options: { quick: boolean }): Promise<void> {
  const sizes = options.quick ? SIZES.quick : SIZES.full;
  const gazetteer = await readGazetteerFile(join(ROOT, DEFAULT_ENTITIES), false);
  if (!gazetteer.ok) throw new Error(gazetteer.message);
  const seeds = await readSeeds(join(ROOT, DEFAULT_DOCUMENTS), gazetteer.gazetteer);
  const host = machine();
  const load = loadavg()[0]!;
  console.log(`\nClaim store benchmark on ${host.cpu}, ${host.cores} cores, Node ${host.node}`);
  const work = await mkdtemp(join(tmpdir(), "kg-store-bench-"));
  const cluster = await startPostgresCluster();
  try {
    // 1. Queue and workers.
    const queueDir = join(work, "queue-corpus");
    await writeSyntheticCorpus(seeds, sizes.queue, queueDir);
    const queueUrl = await cluster.createDatabase("bench_queue");
    await runCommandLine("enqueue", [queueDir, "--quiet"], queueUrl);
    const started = performance.now();
    await runCommandLine("worker", ["--concurrency", "2", "--exit-when-idle", "--quiet"], queueUrl);
    const queueSeconds = (performance.now() - started) / 1000;
    const db = await openDatabase({ databaseUrl: queueUrl });
    const queue = await queueCounts(db);
    await db.close();
    const queueRow = {
      articles: sizes.queue,
      seconds: queueSeconds,
      articlesPerSecond: sizes.queue / queueSeconds,
      queue,
    };
    console.log(
      `queue: ${sizes.queue} articles through 2 workers in ${queueSeconds.toFixed(1)} s ` +
        `(${queueRow.articlesPerSecond.toFixed(0)} articles/s, extraction and fold included); ` +
        `completed ${queue.completed}, failed ${queue.failed}`,
    );
    await rm(queueDir, { recursive: true, force: true });

    // 2. A big store, then ego fetches over HTTP.
    const storeUrl = await cluster.createDatabase("bench_store");
    const store = await openStore({ databaseUrl: storeUrl });
    try {
      const build = await buildStore(store, sizes.store);
      console.log(
        `store: ${sizes.store} synthetic extractions written in ${build.writeSeconds.toFixed(0)} s, ` +
          `folded in ${build.fold.seconds.toFixed(0)} s: ${build.fold.entities} entities, ` +
          `${build.fold.claims} claims, ${build.fold.evidence} evidence rows`,
      );
      const ego = await runEgoFetchBench(store, { quick: options.quick });
      await mkdir(join(ROOT, "bench-results"), { recursive: true });
      const file = join(ROOT, "bench-results/store.json");
      await writeFile(
        file,
        `${JSON.stringify({ date: new Date().toISOString(), machine: host, loadAverageBefore: load, quick: options.quick, queue: queueRow, store: build, ego }, null, 2)}\n`,
      );
      console.log(`load average (1 min) before the runs: ${load.toFixed(1)}; results written to ${file}`);
    } finally {
      await store.close();
    }
  } finally {
    await cluster.stop();
    await rm(work, { recursive: true, force: true });
  }
}

async function buildStore(store: ClaimStore, size: number) {
  const started = performance.now();
  let batch: DocumentExtraction[] = [];
  for (const extraction of syntheticExtractions(size)) {
    batch.push(extraction);
    if (batch.length >= 1000) {
      await store.addExtractions(batch);
      batch = [];
    }
  }
  await store.addExtractions(batch);
  const writeSeconds = (performance.now() - started) / 1000;
  const fold = await store.refresh({ force: true });
  if (!fold) throw new Error("the store was not folded");
  return { articles: size, writeSeconds, fold };
}

/** Runs one of the store's commands as a user does, in a process of its own, with DATABASE_URL set. */
function runCommandLine(name: string, args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, `src/cli/${name}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${name} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
