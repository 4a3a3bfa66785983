import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_CACHE_AFTER_TASKS, WORKER_BOOT } from "../../src/cli/worker/code-cache";
import type { WorkerBundle } from "../../src/cli/worker/worker-script";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "code-cache-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A worker bundle that answers each message with its double, using a module it requires. */
function bundleIn(folder: string): WorkerBundle {
  const code = `const { parentPort } = require("node:worker_threads");
parentPort.on("message", (n) => parentPort.postMessage(n * 2));
module.exports = {};`;
  const hash = createHash("sha256").update(code).digest("hex");
  return { code, hash, codeCacheFile: join(folder, "bundle.v8cache") };
}

/**
 * Starts a worker from the boot script, sends it `count` numbers and returns its answers; with
 * `cacheHash`, the worker is stopped only once the code cache file starts with that hash.
 */
async function answers(bundle: WorkerBundle, count: number, cacheHash?: string): Promise<number[]> {
  const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { bundle } });
  const got: number[] = [];
  const done = new Promise<void>((resolve, reject) => {
    worker.on("message", (n: number) => got.push(n) === count && resolve());
    worker.on("error", reject);
  });
  for (let i = 0; i < count; i++) worker.postMessage(i);
  await done;
  if (cacheHash) await cacheWritten(bundle.codeCacheFile, cacheHash);
  await worker.terminate();
  return got;
}

async function cacheWritten(file: string, hash: string): Promise<void> {
  for (let tries = 0; tries < 250; tries++) {
    const cache = await readFile(file).catch(() => undefined);
    if (cache && cache.length > 32 && cache.subarray(0, 32).toString("hex") === hash) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no code cache for ${hash} at ${file}`);
}

describe("the worker boot script", () => {
  it("runs the bundle, then writes its code cache under the bundle's hash once the worker has had enough files", async () => {
    const bundle = bundleIn(await mkdtemp(join(dir, "fresh-")));
    expect(await answers(bundle, 3)).toEqual([0, 2, 4]);
    await expect(stat(bundle.codeCacheFile)).rejects.toThrow();

    expect(await answers(bundle, CODE_CACHE_AFTER_TASKS, bundle.hash)).toHaveLength(CODE_CACHE_AFTER_TASKS);
    // A worker started from the cache runs the same code.
    expect(await answers(bundle, 3)).toEqual([0, 2, 4]);
  });

  it("ignores a code cache made from other code and writes its own", async () => {
    const bundle = bundleIn(await mkdtemp(join(dir, "stale-")));
    const other = createHash("sha256").update("other code").digest();
    await writeFile(bundle.codeCacheFile, Buffer.concat([other, Buffer.from("not a code cache")]));
    expect(await answers(bundle, CODE_CACHE_AFTER_TASKS, bundle.hash)).toEqual(
      Array.from({ length: CODE_CACHE_AFTER_TASKS }, (_, i) => i * 2),
    );
  });
});
