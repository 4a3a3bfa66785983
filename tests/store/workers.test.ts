/**
 * The floor of the store's ingest on many hosts: 3,000 articles queued on a real PostgreSQL, two
 * workers, one killed with SIGKILL mid-run and another started; the store ends with exactly the
 * documents, claims and evidence of a single-process file ingest, no failed job, a retried one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgresCluster, type PostgresCluster } from "../../src/cli/bench/postgres-cluster";
import { loadGraph, type ClaimGraph } from "../../src/model";
import { openStore } from "../../src/store";
import { openDatabase } from "../../src/store/db";
import { queueCounts } from "../../src/store/queue";
import { fileIngest, graphContent, projectGazetteer, ROOT, syntheticFolder } from "./corpus";

const ARTICLES = 3000;
const LEASE_SECONDS = 15;

let cluster: PostgresCluster;
let databaseUrl: string;
let folder: string;
let expected: ClaimGraph;
const children: ChildProcess[] = [];

/** A command of the project as a user runs it, in a process of its own (no tsx wrapper: a kill reaches it). */
function command(name: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, `src/cli/${name}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited, output: () => stderr };
}

beforeAll(async () => {
  cluster = await startPostgresCluster();
  databaseUrl = await cluster.createDatabase("workers_test");
  const gazetteer = await projectGazetteer();
  folder = await syntheticFolder(ARTICLES, gazetteer);
  expected = await fileIngest(folder, gazetteer);
}, 300_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await cluster?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("claim store workers on PostgreSQL", () => {
  it("lose nothing and duplicate nothing when one is killed mid-run", async () => {
    const enqueue = await command("enqueue", [folder, "--lease", String(LEASE_SECONDS)]).exited;
    expect(enqueue.stderr).toBe("");
    expect(enqueue.stdout).toContain(`queued ${ARTICLES} articles`);

    const db = await openDatabase({ databaseUrl });
    try {
      const doomed = command("worker", ["--exit-when-idle", "--batch", "20"]);
      const survivor = command("worker", ["--exit-when-idle", "--batch", "20"]);
      // Kill the first worker mid-batch, once both have written a good share.
      for (let i = 0; ; i++) {
        const { completed } = await queueCounts(db);
        if (completed >= 600 && /articles done/.test(doomed.output())) break;
        if (i > 2400)
          throw new Error(`the workers made no progress:\n${doomed.output()}\n${survivor.output()}`);
        await sleep(100);
      }
      const before = (doomed.output().match(/articles done/g) ?? []).length;
      while ((doomed.output().match(/articles done/g) ?? []).length === before) await sleep(10);
      await sleep(50);
      doomed.child.kill("SIGKILL");
      expect((await doomed.exited).signal).toBe("SIGKILL");
      const late = command("worker", ["--exit-when-idle", "--batch", "20"]);

      const [second, third] = await Promise.all([survivor.exited, late.exited]);
      expect(second.code, second.stderr).toBe(0);
      expect(third.code, third.stderr).toBe(0);

      const queue = await queueCounts(db);
      expect(queue).toMatchObject({ pending: 0, active: 0, failed: 0, completed: ARTICLES });
      expect(queue.retried).toBeGreaterThanOrEqual(1);
    } finally {
      await db.close();
    }

    const status = await command("store", ["status"]).exited;
    const counted = JSON.parse(status.stdout) as Record<string, unknown>;
    const evidence = expected.reduceEdges((n, _k, a) => n + a.evidence.length, 0);
    expect(counted).toMatchObject({
      engine: "postgres",
      documents: ARTICLES,
      entities: expected.order,
      claims: expected.size,
      evidence,
      unfolded: 0,
      queue: { pending: 0, active: 0, failed: 0, completed: ARTICLES },
    });

    const out = join(folder, "..", `store-export-${process.pid}.json`);
    const exported = await command("store", ["export", "--out", out]).exited;
    expect(exported.code, exported.stderr).toBe(0);
    const loaded = loadGraph(await readFile(out, "utf8"));
    await rm(out, { force: true });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(graphContent(loaded.graph)).toEqual(graphContent(expected));

    const store = await openStore({ databaseUrl });
    expect((await store.stats()).documents).toBe(ARTICLES);
    await store.close();
  }, 900_000);
});
