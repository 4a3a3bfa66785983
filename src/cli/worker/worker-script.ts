/**
 * The extraction worker's code as one CommonJS script, for `new Worker(script, { eval: true })`.
 * A worker started from it loads in one go, where a worker loading the TypeScript modules through
 * tsx's loader spent some 2 CPU-seconds resolving and transpiling them. esbuild (which tsx itself
 * runs on) bundles it in about a second; the bundle is kept in the project's own cache folder
 * (`node_modules/.cache/claim-graph/`, as Vite and Babel keep theirs) with the modification time and
 * size of every file it was built from, and reused while none changed. Not in the system's shared
 * temporary folder: another user could plant a cache file there under the name we compute, and
 * its code would run in every worker.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { z } from "zod";
import { writeFileAtomic } from "../atomic-write";

/** The cache file: checked when read, since anything (an older version, a crash, a hand) may have written it. */
const CachedBundleSchema = z.object({
  /** Absolute path of each input → [modification time in ms, size in bytes]. */
  inputs: z.record(z.string(), z.tuple([z.number(), z.number()])),
  code: z.string(),
});
type CachedBundle = z.infer<typeof CachedBundleSchema>;

const ENTRY = fileURLToPath(new URL("./extract-worker.ts", import.meta.url));
/** Writable only by whoever can already edit the project's code. */
const CACHE_DIR = fileURLToPath(new URL("../../../node_modules/.cache/claim-graph/", import.meta.url));

/** One cache file per entry module and Node version. */
function cacheFileOf(entry: string): string {
  const id = createHash("sha256").update(`${entry}\n${process.version}`).digest("hex").slice(0, 16);
  return join(CACHE_DIR, `worker-${id}.json`);
}

const fingerprint = async (path: string): Promise<[number, number]> => {
  const info = await stat(path);
  return [info.mtimeMs, info.size];
};

/**
 * The cached bundle's code while every input it was built from is unchanged. Read blocking: the
 * ~600 inputs' `stat` calls, each a promise through libuv's thread pool, took 130-450 ms of the
 * calling thread's time at the start of every run (it waits for the workers' code before it
 * extracts); one after another, blocking, they take a few milliseconds.
 */
function readCache(file: string): string | undefined {
  try {
    const cached = CachedBundleSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!cached.success) return undefined;
    // A bundle always has inputs: a file listing none proves nothing about its code.
    const inputs = Object.entries(cached.data.inputs);
    if (inputs.length === 0) return undefined;
    for (const [path, [time, size]] of inputs) {
      const now = statSync(path, { throwIfNoEntry: false });
      if (!now || now.mtimeMs !== time || now.size !== size) return undefined;
    }
    return cached.data.code;
  } catch {
    return undefined; // no cache yet or an unreadable one: bundle afresh
  }
}

export const extractWorkerScript = () => workerScript(ENTRY);

/** `entry`'s bundle when the cache holds one built from its files as they are now, else undefined (no bundling). */
export const cachedWorkerScript = (entry: string): string | undefined => readCache(cacheFileOf(entry));

/** `entry` bundled with everything it imports, from the cache file while none of its inputs changed. */
export async function workerScript(entry: string, file = cacheFileOf(entry)): Promise<string> {
  const cached = readCache(file);
  if (cached !== undefined) return cached;
  const workingDir = process.cwd();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${process.versions.node.split(".")[0]}`,
    write: false,
    metafile: true,
    absWorkingDir: workingDir,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote no bundle for ${entry}`);
  const code = output.text;
  try {
    const paths = Object.keys(result.metafile.inputs).map((input) => resolve(workingDir, input));
    const inputs = await Promise.all(paths.map(async (path) => [path, await fingerprint(path)] as const));
    const bundle: CachedBundle = {
      inputs: Object.fromEntries(inputs),
      code,
    };
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, [JSON.stringify(bundle)]);
  } catch {
    // A cache that cannot be written only costs the next run its bundling.
  }
  return code;
}
