/**
 * `npm run serve -- [--port P] [--host H] [--data-dir DIR] [--dist DIR]`: the explorer in server
 * mode and the read-only API over the claim store, until Ctrl-C.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "../server/server";
import { openStore } from "../store";
import { parseCommandLine, UsageError, wholeNumber } from "./args";
import { runCommand } from "./run";

const HELP = `Usage: npm run serve -- [--port P] [--host H] [--data-dir DIR] [--dist DIR]

Serves the built explorer (run \`npm run build\` first) and a read-only JSON API over the claim
store: PostgreSQL when DATABASE_URL is set, else PGlite in graph-data/store/ (or --data-dir).
The page opens in server mode: it starts empty and fetches neighbourhoods as you search and expand.

API (GET only; bad parameters get a 400 naming them):
  /api/search?q=NAME[&limit=N]                      entities by name or alias (limit ≤ 50)
  /api/ego?node=KEY[&hops=1|2][&from=DATE][&to=DATE][&types=T1,T2][&limit=N]
                                                    a neighbourhood as graph JSON (limit ≤ 2,000)
  /api/claims/KEY/evidence[?offset=N][&limit=N]     a page of one claim's quotes (limit ≤ 200)
  /api/stats                                        documents, entities, claims, evidence

Options:
  --port P        port to listen on (default 8080; 0 picks a free one)
  --host H        address to bind (default 127.0.0.1: this machine only)
  --data-dir DIR  the PGlite store's folder (default graph-data/store)
  --dist DIR      the built explorer (default dist)
  -h, --help      this help`;

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      port: { type: "string" },
      host: { type: "string" },
      "data-dir": { type: "string" },
      dist: { type: "string" },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const port = wholeNumber(values.port, "port", 0) ?? 8080;
  if (port > 65535) throw new UsageError(`--port expects a port number up to 65535, got ${port}`);
  const host = values.host ?? "127.0.0.1";
  const dist = values.dist ?? "dist";
  const distDir = existsSync(join(dist, "index.html")) ? dist : null;
  if (!distDir)
    process.stderr.write(
      `serve: no built explorer in ${dist}/ (run \`npm run build\`); serving the API only\n`,
    );

  const store = await openStore({
    databaseUrl: process.env.DATABASE_URL,
    ...(values["data-dir"] && { dataDir: values["data-dir"] }),
  });
  try {
    const server = await startServer({ reader: store, distDir, host, port }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EADDRINUSE")
          throw new Error(`port ${port} on ${host} is in use: pick another with --port`);
        throw error;
      },
    );
    const stats = await store.stats();
    process.stdout.write(
      `Serving the claim store (${store.engine}: ${stats.entities} entities, ${stats.claims} claims) at ${server.url}/\n`,
    );
    await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
    await server.close();
  } finally {
    await store.close();
  }
  return 0;
}

runCommand("serve", main);
