/**
 * `npm run enqueue -- <files, folders, dumps>`: queues articles for the claim store's workers, or,
 * without DATABASE_URL, ingests them into the embedded store (PGlite) in this process.
 */
import { createExtractionContext, extractDocument, type DocumentExtraction } from "../extract";
import { openDatabase, DEFAULT_DATA_DIR } from "../store/db";
import { readArticles } from "../store/articles";
import { DEFAULT_LEASE_SECONDS, enqueueArticles, startQueue } from "../store/queue";
import { migrate } from "../store/schema";
import { openStore } from "../store";
import { storedDocumentIds } from "../store/write";
import { parseCommandLine, UsageError, wholeNumber } from "./args";
import { DEFAULT_ENTITIES } from "./defaults";
import { readGazetteerOption } from "./gazetteer-file";
import { runCommand } from "./run";

const HELP = `Usage: npm run enqueue -- <files, folders or article dumps...> [options]

With DATABASE_URL=postgres://... set: queues each article (its text travels in the job) for
\`npm run worker\` on any host; articles the store already holds are not queued again.
Without DATABASE_URL: there is no shared queue (the embedded store, PGlite in ${DEFAULT_DATA_DIR}/,
is one process's), so this command extracts the articles itself and writes them to that store.

Reads .txt, .md and .html files (folders recursively) and article dumps named as files (.jsonl,
.ndjson, .json, .csv: one article per record). Document ids are those \`npm run ingest\` gives.

Options:
  --lease SECONDS   how long a worker holds an article before another may take it
                    (default ${DEFAULT_LEASE_SECONDS}; a killed worker's articles come back after it)
  --entities FILE   the gazetteer, without DATABASE_URL only (default ${DEFAULT_ENTITIES})
  --data-dir DIR    the embedded store's folder, without DATABASE_URL only (default ${DEFAULT_DATA_DIR})
  --quiet           print only problems
  -h, --help        this help`;

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      lease: { type: "string" },
      entities: { type: "string" },
      "data-dir": { type: "string" },
      quiet: { type: "boolean" },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError("name the files, folders or dumps to queue");
  const lease = wholeNumber(values.lease, "lease", 1) ?? DEFAULT_LEASE_SECONDS;
  const databaseUrl = process.env.DATABASE_URL;
  const say = (line: string) => {
    if (!values.quiet) process.stdout.write(`${line}\n`);
  };
  const warn = (lines: string[]) => lines.forEach((w) => process.stderr.write(`  ${w}\n`));

  if (!databaseUrl) {
    const gazetteer = await readGazetteerOption(values.entities);
    if (!gazetteer.ok) {
      process.stderr.write(`${gazetteer.message}\n`);
      return 1;
    }
    const context = createExtractionContext(gazetteer.gazetteer);
    const dataDir = values["data-dir"] ?? DEFAULT_DATA_DIR;
    const store = await openStore({ dataDir });
    try {
      let added = 0;
      let found = 0;
      for await (const chunk of readArticles(positionals)) {
        signal.throwIfAborted();
        warn(chunk.warnings);
        found += chunk.articles.length;
        const extractions: DocumentExtraction[] = [];
        for (const article of chunk.articles) {
          try {
            extractions.push(extractDocument(article, context));
          } catch (error) {
            warn([`${article.id}: skipped, the extractor failed (${(error as Error).message})`]);
          }
        }
        const texts = new Map(chunk.articles.map((a) => [a.id, a.text]));
        added += (await store.addExtractions(extractions, texts)).length;
        say(`${found} articles read, ${added} new in the store`);
      }
      const folded = await store.refresh();
      say(
        `embedded store (${dataDir}/): ${added} articles added, ${found - added} already there` +
          (folded ? `; graph rebuilt: ${folded.entities} entities, ${folded.claims} claims` : ""),
      );
      return found === 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  }

  const db = await openDatabase({ databaseUrl });
  const boss = await startQueue(databaseUrl).catch(async (error: Error) => {
    await db.close();
    throw error;
  });
  try {
    await migrate(db);
    let queued = 0;
    let stored = 0;
    for await (const chunk of readArticles(positionals)) {
      signal.throwIfAborted();
      warn(chunk.warnings);
      const already = await storedDocumentIds(
        db,
        chunk.articles.map((a) => a.id),
      );
      const fresh = chunk.articles.filter((a) => !already.has(a.id));
      await enqueueArticles(boss, fresh, lease);
      queued += fresh.length;
      stored += already.size;
    }
    say(`queued ${queued} articles for the workers (${stored} already in the store, not queued)`);
    return queued + stored === 0 ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false, wait: true, timeout: 5000 }).catch(() => {});
    await db.close();
  }
}

runCommand("enqueue", main);
