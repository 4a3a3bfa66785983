/** The two engines every store test runs on: PGlite in a temporary folder, and a throwaway PostgreSQL cluster. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPostgresCluster, type PostgresCluster } from "../../src/cli/bench/postgres-cluster";

export interface Engine {
  name: "pglite" | "postgres";
  /** Options for `openStore` naming a fresh, empty store. */
  freshStore(): Promise<{ databaseUrl?: string; dataDir?: string }>;
  stop(): Promise<void>;
}

export function pgliteEngine(): Engine {
  const folders: string[] = [];
  return {
    name: "pglite",
    async freshStore() {
      folders.push(await mkdtemp(join(tmpdir(), "claim-store-pglite-")));
      return { dataDir: folders.at(-1) };
    },
    async stop() {
      await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
    },
  };
}

export function postgresEngine(): Engine {
  let cluster: Promise<PostgresCluster> | undefined;
  let databases = 0;
  return {
    name: "postgres",
    async freshStore() {
      cluster ??= startPostgresCluster();
      return { databaseUrl: await (await cluster).createDatabase(`store_test_${++databases}`) };
    },
    async stop() {
      if (cluster) await (await cluster).stop();
    },
  };
}
