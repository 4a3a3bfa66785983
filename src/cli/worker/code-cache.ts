/**
 * The boot script every extraction worker is started from (`new Worker(WORKER_BOOT, { eval: true })`).
 * It compiles the worker bundle (workerData.bundle, see worker-script.ts) with V8's code cache of it,
 * so a worker skips parsing the 3 MB bundle and compiling the functions it runs first (about 0.2
 * CPU-second of each worker's start, measured). A worker that found no usable cache writes one once
 * it has extracted a few dozen files, when the functions on the extraction path are compiled and go
 * into it. The cache file starts with the bundle's hash: one made from other code is never used
 * (V8 itself only checks the source's length), and one made under other V8 flags V8 rejects.
 */
import type { WorkerBundle } from "./worker-script";

/** What the boot script reads from `workerData`, beside what the worker itself reads. */
export interface BootData {
  bundle: WorkerBundle;
}

/** Files a worker is sent before it writes the code cache it did not find. */
export const CODE_CACHE_AFTER_TASKS = 48;

// Plain CommonJS run by the worker as it is; the bundle is wrapped as Node wraps a module.
export const WORKER_BOOT = `"use strict";
const { parentPort, threadId, workerData } = require("node:worker_threads");
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { Script } = require("node:vm");
const { code, hash, codeCacheFile } = workerData.bundle;
const prefix = Buffer.from(hash, "hex");
let cachedData;
try {
  const file = readFileSync(codeCacheFile);
  if (file.subarray(0, prefix.length).equals(prefix)) cachedData = file.subarray(prefix.length);
} catch {}
const script = new Script("(function (require, module, exports) {" + code + "\\n})", {
  filename: codeCacheFile.replace(/\\.v8cache$/, ".cjs"),
  cachedData,
});
if (!cachedData || script.cachedDataRejected) {
  let tasks = 0;
  const onTask = () => {
    if (++tasks < ${CODE_CACHE_AFTER_TASKS}) return;
    parentPort.off("message", onTask);
    setImmediate(() => {
      const temporary = codeCacheFile + "." + process.pid + "." + threadId + ".tmp";
      try {
        writeFileSync(temporary, Buffer.concat([prefix, script.createCachedData()]));
        renameSync(temporary, codeCacheFile);
      } catch {
        rmSync(temporary, { force: true }); // a cache that cannot be written only costs the next run
      }
    });
  };
  parentPort.on("message", onTask);
}
const module = { exports: {} };
script.runInThisContext()(require, module, module.exports);
`;
