/**
 * `npm run store -- status | export [--from DATE --to DATE] --out FILE | refresh`: the claim store
 * at DATABASE_URL, or the embedded one (PGlite) without it.
 */
import { openDatabase, DEFAULT_DATA_DIR } from "../store/db";
import { queueCounts } from "../store/queue";
import { openStore } from "../store";
import { parseCommandLine, UsageError } from "./args";
import { writeGraphFile } from "./graph-file";
import { runCommand } from "./run";

const HELP = `Usage: npm run store -- <command> [options]

The claim store at DATABASE_URL (postgres://...), or without it the embedded one in ${DEFAULT_DATA_DIR}/.

Commands:
  status                 prints JSON: documents, entities, claims, evidence, unfolded (articles
                         not yet folded into the graph), and the queue (pending, active,
                         completed, failed, retried; null for the embedded store, which has none)
  export --out FILE      writes the store's graph as the graph JSON the explorer reads
                         (through a temporary file: a failed export leaves FILE untouched)
    --from DATE --to DATE  only the claims dated within (ISO, partial allowed: 2022, 2022-08)
    --title TEXT           the graph's title (default "Claim store")
  refresh                folds articles the workers wrote into the graph now (workers do it
                         themselves when the queue runs dry)

Options:
  --data-dir DIR         the embedded store's folder, without DATABASE_URL only
                         (default ${DEFAULT_DATA_DIR})
  -h, --help             this help`;

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      out: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      title: { type: "string" },
      "data-dir": { type: "string" },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (!command) throw new UsageError("name a command: status, export or refresh");
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!["status", "export", "refresh"].includes(command))
    throw new UsageError(`unknown command "${command}" (status, export or refresh)`);
  if (command === "export" && !values.out) throw new UsageError("export needs --out FILE");

  const databaseUrl = process.env.DATABASE_URL;
  const store = await openStore({ databaseUrl, dataDir: values["data-dir"] });
  try {
    if (command === "status") {
      const stats = await store.stats();
      const queue = databaseUrl ? await queueOf(databaseUrl) : null;
      process.stdout.write(`${JSON.stringify({ engine: store.engine, ...stats, queue }, null, 2)}\n`);
    } else if (command === "refresh") {
      const folded = await store.refresh({ force: true });
      process.stdout.write(`${JSON.stringify(folded ?? {}, null, 2)}\n`);
    } else {
      const graph = await store.exportGraph({ from: values.from, to: values.to, title: values.title });
      await writeGraphFile(values.out!, graph, signal);
      process.stdout.write(`wrote ${values.out}: ${graph.order} entities, ${graph.size} claims\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function queueOf(databaseUrl: string) {
  const db = await openDatabase({ databaseUrl });
  try {
    return await queueCounts(db);
  } finally {
    await db.close();
  }
}

runCommand("store", main);
