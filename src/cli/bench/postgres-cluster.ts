/**
 * A throwaway PostgreSQL cluster from Debian's package, for the store's tests and benchmark:
 * `initdb` into a temporary folder, `pg_ctl start` on a free port of 127.0.0.1 (as the `postgres`
 * user when running as root, since the server refuses to run as root), stopped and removed after.
 */
import { execFile } from "node:child_process";
import { chmod, chown, mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const POSTGRES_ROOT = "/usr/lib/postgresql";

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:PORT/NAME for a fresh database of this cluster. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest installed server's bin folder, or an error saying how to install one. */
export async function findPostgresBin(): Promise<string> {
  const versions = await readdir(POSTGRES_ROOT).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
  if (!newest)
    throw new Error(
      `no PostgreSQL server under ${POSTGRES_ROOT}: install Debian's package (apt-get install -y postgresql)`,
    );
  return join(POSTGRES_ROOT, newest, "bin");
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = await findPostgresBin();
  const dir = await mkdtemp(join(tmpdir(), "claim-store-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  let owner: { uid: number; gid: number } | undefined;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    owner = { uid: Number(stdout.trim()), gid: Number(gid.trim()) };
    await chown(dir, owner.uid, owner.gid);
    await chmod(dir, 0o700);
  }
  const pgCommand = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);
  const port = await freePort();
  await pgCommand("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  await pgCommand("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "start"]);
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    async createDatabase(name) {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await pgCommand("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
