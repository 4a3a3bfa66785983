/** The two engines every store test runs on: PGlite in memory, and a throwaway PostgreSQL cluster. */
import { startPostgresCluster, type PostgresCluster } from "../../src/cli/bench/postgres-cluster";

export interface Engine {
  name: "pglite" | "postgres";
  /** Options for `openStore` naming a fresh, empty store. */
  freshStore(): Promise<{ databaseUrl?: string; dataDir?: string }>;
  stop(): Promise<void>;
}

export function pgliteEngine(): Engine {
  return { name: "pglite", freshStore: async () => ({ dataDir: "memory://" }), stop: async () => {} };
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
