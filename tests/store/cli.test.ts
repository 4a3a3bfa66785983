/** The store's commands on the embedded store (no DATABASE_URL), as a newcomer runs them. */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENTS } from "../../src/cli/defaults";
import { loadGraph, type ClaimGraph } from "../../src/model";
import { fileIngest, graphContent, projectGazetteer, ROOT } from "./corpus";

let dir: string;
let expected: ClaimGraph;

function run(name: "enqueue" | "worker" | "store", args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, `src/cli/${name}.ts`), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env,
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "claim-store-cli-"));
  expected = await fileIngest(join(ROOT, DEFAULT_DOCUMENTS), await projectGazetteer());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("store commands without DATABASE_URL (PGlite)", () => {
  it("enqueue ingests the articles itself; status counts them; export writes the file ingest's graph", async () => {
    const store = join(dir, "store");
    const enqueue = run("enqueue", [join(ROOT, DEFAULT_DOCUMENTS), "--data-dir", store]);
    expect(enqueue.code, enqueue.stderr).toBe(0);
    expect(enqueue.stdout).toContain(`${expected.getAttribute("documents").length} articles added`);

    const status = run("store", ["status", "--data-dir", store]);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      engine: "pglite",
      documents: expected.getAttribute("documents").length,
      entities: expected.order,
      claims: expected.size,
      unfolded: 0,
      queue: null,
    });

    const out = join(dir, "export.json");
    const exported = run("store", ["export", "--out", out, "--data-dir", store]);
    expect(exported.code, exported.stderr).toBe(0);
    const loaded = loadGraph(await readFile(out, "utf8"));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(graphContent(loaded.graph)).toEqual(graphContent(expected));

    const again = run("enqueue", [join(ROOT, DEFAULT_DOCUMENTS), "--data-dir", store]);
    expect(again.stdout).toContain("0 articles added");
  });

  it("explains what is wrong, without a stack trace", () => {
    const worker = run("worker", ["--exit-when-idle"]);
    expect(worker.code).toBe(1);
    expect(worker.stderr).toContain("DATABASE_URL is not set");

    const badDate = run("store", [
      "export",
      "--from",
      "last week",
      "--out",
      join(dir, "x.json"),
      "--data-dir",
      join(dir, "s2"),
    ]);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain(
      '--from must be an ISO date such as 2022, 2022-08 or 2022-08-26, got "last week"',
    );

    const noOut = run("store", ["export", "--data-dir", join(dir, "s2")]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("export needs --out FILE");

    for (const r of [worker, badDate, noOut]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
