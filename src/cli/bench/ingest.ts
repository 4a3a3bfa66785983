/**
 * The ingest benchmark: synthetic corpora of 100, 1,000 and 10,000 articles, each ingested by the
 * real command (`npm run ingest`: bin/ingest.mjs, worker threads and all) in a child process of its own, so the
 * peak memory read at its end (`resourceUsage().maxRSS`, threads included) is that run's alone.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { readGazetteerFile } from "../gazetteer-file";
import { DEFAULT_DOCUMENTS, DEFAULT_ENTITIES, EXTRACT_V8_FLAGS, INGEST_LAUNCHER } from "../defaults";
import type { IngestSummary } from "../summary";
import { readSeeds, writeSyntheticCorpus } from "./synthetic-corpus";

const ROOT = resolve(import.meta.dirname, "../../..");
const FULL_SIZES = [100, 1_000, 10_000];
const QUICK_SIZES = [100, 1_000];
/** Floors: issue 8's speed (at 1,000 articles and at 10,000), issue 3's memory growth. */
const MIN_ARTICLES_PER_SECOND = 200;
/** Corpora this large are judged against the speed floor; smaller ones are dominated by start-up. */
const JUDGED_FROM = 1_000;
const MAX_MEMORY_GROWTH = 10;

export interface IngestBenchRow {
  articles: number;
  documents: number;
  /** Articles per second over reading, extraction, graph building, layout and writing. */
  articlesPerSecond: number;
  /** Articles per CPU second of the whole run (all threads, start-up included): hardly moved by other load. */
  articlesPerCpuSecond: number;
  seconds: { extract: number; layout: number; write: number; process: number };
  peakRssMB: number;
  entities: number;
  claims: number;
}

export function machine() {
  return {
    cpu: cpus()[0]?.model ?? "unknown CPU",
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** Runs `npm run ingest` (its V8 flags included) on one folder in a child process and reads its JSON summary. */
function ingestInChild(
  dir: string,
  out: string,
): Promise<IngestSummary & { peakRssBytes: number; cpuSeconds: number; processSeconds: number }> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [
        // As `npm run ingest` starts it (package.json).
        ...EXTRACT_V8_FLAGS,
        join(ROOT, INGEST_LAUNCHER),
        dir,
        "--out",
        out,
        "--json",
        "--entities",
        join(ROOT, DEFAULT_ENTITIES),
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`ingest of ${dir} failed (exit ${code}): ${stderr.trim()}`));
      resolvePromise({ ...JSON.parse(stdout), processSeconds: (performance.now() - started) / 1000 });
    });
  });
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export async function runIngestBench(options: { quick: boolean }): Promise<void> {
  const sizes = options.quick ? QUICK_SIZES : FULL_SIZES;
  const gazetteer = await readGazetteerFile(join(ROOT, DEFAULT_ENTITIES), false);
  if (!gazetteer.ok) throw new Error(gazetteer.message);
  const seeds = await readSeeds(join(ROOT, DEFAULT_DOCUMENTS), gazetteer.gazetteer);
  const work = await mkdtemp(join(tmpdir(), "kg-bench-"));
  const host = machine();
  // Read before the runs, which themselves keep both cores busy.
  const load = loadavg()[0]!;
  console.log(
    `\nIngest benchmark on ${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB, Node ${host.node}`,
  );
  console.log(
    `synthetic corpora from the ${seeds.length} articles in ${DEFAULT_DOCUMENTS}/ (states, people, dates varied)\n`,
  );
  const rows: IngestBenchRow[] = [];
  try {
    for (const size of sizes) {
      const dir = join(work, `corpus-${size}`);
      await writeSyntheticCorpus(seeds, size, dir);
      const run = await ingestInChild(dir, join(work, `graph-${size}.json`));
      const busy = run.seconds.extract + run.seconds.layout + run.seconds.write;
      rows.push({
        articles: size,
        documents: run.documents,
        articlesPerSecond: run.documents / busy,
        articlesPerCpuSecond: run.documents / run.cpuSeconds,
        seconds: { ...run.seconds, process: run.processSeconds },
        peakRssMB: run.peakRssBytes / 2 ** 20,
        entities: sum(run.entities),
        claims: sum(run.claims),
      });
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  printTable(rows);
  console.log(
    `load average (1 min) before the runs: ${load.toFixed(1)} on ${host.cores} cores${load > 1 ? " (other work was running: figures are pessimistic)" : ""}`,
  );
  const verdict = judge(rows);
  for (const line of verdict.lines) console.log(line);
  await mkdir(join(ROOT, "bench-results"), { recursive: true });
  const file = join(ROOT, "bench-results/ingest.json");
  await writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine: host, loadAverageBefore: load, quick: options.quick, rows, ...verdict.figures }, null, 2)}\n`,
  );
  console.log(`results written to ${file}`);
}

function printTable(rows: IngestBenchRow[]) {
  const header = [
    "articles",
    "articles/s",
    "per CPU s",
    "extract s",
    "layout s",
    "write s",
    "process s",
    "peak RSS MB",
    "entities",
    "claims",
  ];
  const cells = rows.map((r) => [
    String(r.articles),
    r.articlesPerSecond.toFixed(0),
    r.articlesPerCpuSecond.toFixed(0),
    r.seconds.extract.toFixed(1),
    r.seconds.layout.toFixed(1),
    r.seconds.write.toFixed(1),
    r.seconds.process.toFixed(1),
    r.peakRssMB.toFixed(0),
    String(r.entities),
    String(r.claims),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padStart(widths[i]!)).join("  ");
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}

/**
 * The speed floor is a sustained rate, judged on every corpus of 1,000 articles or more: every run
 * also pays a fixed start-up (starting the worker threads, about a second), which dominates smaller ones.
 */
function judge(rows: IngestBenchRow[]) {
  const largest = rows.at(-1)!;
  const judged = rows.filter((r) => r.articles >= JUDGED_FROM);
  const rate = Math.min(...judged.map((r) => r.articlesPerSecond));
  const tenth = rows.find((r) => r.articles * 10 === largest.articles);
  const growth = tenth ? largest.peakRssMB / tenth.peakRssMB : undefined;
  const lines = [
    // Per CPU-second as well: on a shared machine it moves far less than the rate does.
    `speed: ${judged.map((r) => `${r.articlesPerSecond.toFixed(0)}/s (${r.articlesPerCpuSecond.toFixed(0)} per CPU-second) at ${r.articles}`).join(", ")} articles (floor ${MIN_ARTICLES_PER_SECOND}/s at each): ${rate >= MIN_ARTICLES_PER_SECOND ? "ok" : "BELOW THE FLOOR"}` +
      `; smaller corpora: ${rows
        .filter((r) => r.articles < JUDGED_FROM)
        .map((r) => `${r.articlesPerSecond.toFixed(0)}/s at ${r.articles}`)
        .join(", ")} (start-up included)`,
  ];
  if (tenth && growth !== undefined)
    lines.push(
      `memory: ${largest.articles} articles need ${growth.toFixed(2)}x the peak memory of ${tenth.articles} (must stay under ${MAX_MEMORY_GROWTH}x): ${growth < MAX_MEMORY_GROWTH ? "ok" : "TOO MUCH"}`,
    );
  return { lines, figures: { sustainedArticlesPerSecond: rate, memoryGrowth: growth } };
}
