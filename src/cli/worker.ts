/**
 * `npm run worker -- [--concurrency N] [--exit-when-idle]`: extraction workers for the claim store's
 * queue, on this host or any other that reaches the database (DATABASE_URL).
 */
import { fork } from "node:child_process";
import { runIngestWorker } from "../store/ingest-worker";
import { parseCommandLine, UsageError, wholeNumber } from "./args";
import { DEFAULT_ENTITIES } from "./defaults";
import { readGazetteerOption } from "./gazetteer-file";
import { runCommand } from "./run";

const HELP = `Usage: npm run worker -- [--concurrency N] [--exit-when-idle] [options]

Takes articles queued by \`npm run enqueue\`, extracts their claims with the extractor of
\`npm run ingest\` and writes them to the claim store at DATABASE_URL (postgres://...). Run as many
as you like, on this host or others that reach the database. When the queue runs dry the workers
fold the new articles into the store's graph (entities, claims, evidence).

A worker killed at any moment loses nothing and duplicates nothing: the jobs it held come back
after their lease (\`npm run enqueue -- --lease\`) and an article already stored is not written again.

Options:
  --concurrency N   worker processes on this host (default 1; one per core keeps the cores busy)
  --batch N         articles fetched per poll (default 20)
  --exit-when-idle  stop once nothing is queued or in flight (default: keep polling)
  --entities FILE   the gazetteer (default ${DEFAULT_ENTITIES}); every host must use the same one
  --quiet           no progress lines
  -h, --help        this help

Without DATABASE_URL there is no queue to share (the embedded PGlite store is one process's):
\`npm run enqueue\` then ingests the articles itself.`;

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      concurrency: { type: "string" },
      batch: { type: "string" },
      "exit-when-idle": { type: "boolean" },
      entities: { type: "string" },
      quiet: { type: "boolean" },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const concurrency = wholeNumber(values.concurrency, "concurrency", 1) ?? 1;
  const batchSize = wholeNumber(values.batch, "batch", 1) ?? 20;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    process.stderr.write(
      "worker: DATABASE_URL is not set. Workers share a PostgreSQL queue (DATABASE_URL=postgres://...);\n" +
        "without one, `npm run enqueue -- <paths>` ingests the articles into the embedded store itself.\n",
    );
    return 1;
  }
  if (concurrency > 1) return runProcesses(concurrency, argv, signal);

  const gazetteer = await readGazetteerOption(values.entities);
  if (!gazetteer.ok) {
    process.stderr.write(`${gazetteer.message}\n`);
    return 1;
  }
  if (gazetteer.warning) process.stderr.write(`worker: ${gazetteer.warning}\n`);
  const quiet = values.quiet ?? false;
  const report = await runIngestWorker({
    databaseUrl,
    gazetteer: gazetteer.gazetteer,
    batchSize,
    exitWhenIdle: values["exit-when-idle"] ?? false,
    signal,
    log: (line) => {
      if (!quiet) process.stderr.write(`worker ${process.pid}: ${line}\n`);
    },
  });
  process.stdout.write(`${JSON.stringify({ worker: process.pid, ...report })}\n`);
  return report.failed > 0 ? 1 : 0;
}

/** N copies of this command, one extraction process per core; Ctrl-C or SIGTERM stops them all. */
async function runProcesses(count: number, argv: string[], signal: AbortSignal): Promise<number> {
  const args = argv.filter(
    (a, i) => a !== "--concurrency" && argv[i - 1] !== "--concurrency" && !a.startsWith("--concurrency="),
  );
  const children = Array.from({ length: count }, () =>
    fork(process.argv[1]!, args, { execArgv: process.execArgv, stdio: "inherit" }),
  );
  const stop = () => children.forEach((c) => c.kill("SIGTERM"));
  signal.addEventListener("abort", stop, { once: true });
  const codes = await Promise.all(
    children.map((c) => new Promise<number>((resolve) => c.on("exit", (code) => resolve(code ?? 1)))),
  );
  return Math.max(...codes);
}

// A supervisor's SIGTERM stops the worker after its batch, as Ctrl-C does.
process.on("SIGTERM", () => process.emit("SIGINT"));
runCommand("worker", main);
