/**
 * The extractor's code as one CommonJS script, which the calling thread and the workers both run
 * (see extract-pool.ts), and V8's code cache for it. A worker started from it loads in one go,
 * where a worker loading the TypeScript modules through tsx's loader spent some 2 CPU-seconds
 * resolving and transpiling them. esbuild (which tsx itself runs on) bundles it in about a second;
 * the bundle is kept in the project's own cache folder (`node_modules/.cache/claim-graph/`, as Vite
 * and Babel keep theirs) with the modification time and size of every file it was built from, and
 * reused while none changed. Not in the system's shared
 * temporary folder: another user could plant a cache file there under the name we compute, and
 * its code would run in every worker.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../atomic-write";
import { precomputedCompromiseModel } from "./precomputed-model";
import { quickModelMerge } from "./quick-model-merge";
import { shippedInflection } from "./shipped-inflection";

/**
 * The cache file: a line of JSON (this header), then the code in UTF-16, V8's own form for a
 * string that is not all Latin-1 (the bundle holds curly quotes and dashes): it is read with a copy,
 * where the code as a JSON string took some 80 ms to decode from UTF-8 and parse, at the start of
 * every run before any thread could load it. Checked when read (`isCachedBundle`), since anything
 * (an older version, a crash, a hand) may have written it.
 */
interface CachedBundle {
  /** Absolute path of each input → [modification time in ms, size in bytes]. */
  inputs: Record<string, [number, number]>;
  /** The code's length in UTF-16 units: a file cut short is no bundle. */
  codeLength: number;
}

/**
 * Whether a header read from the cache is one this version writes. Checked by hand, not with a
 * schema library: this module is loaded before the workers start (extract-pool.ts, from ingest.ts),
 * and importing zod there cost some 0.3 CPU-seconds (through tsx's loader), by which the workers
 * started later; the command loads it afterwards, while the workers load the extractor.
 */
function isCachedBundle(header: unknown): header is CachedBundle {
  if (typeof header !== "object" || header === null || !("inputs" in header) || !("codeLength" in header))
    return false;
  const { inputs, codeLength } = header;
  const isFingerprint = (value: unknown) =>
    Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === "number");
  return (
    typeof codeLength === "number" &&
    typeof inputs === "object" &&
    inputs !== null &&
    !Array.isArray(inputs) &&
    Object.values(inputs).every(isFingerprint)
  );
}

const HEADER_END = 0x0a;

/** The cache file's bytes for `code` built from `inputs`. */
export function encodeCachedBundle(inputs: CachedBundle["inputs"], code: string): Buffer[] {
  const header: CachedBundle = { inputs, codeLength: code.length };
  return [Buffer.from(`${JSON.stringify(header)}\n`), Buffer.from(code, "utf16le")];
}

/** Writable only by whoever can already edit the project's code. */
const CACHE_DIR = fileURLToPath(new URL("../../../node_modules/.cache/claim-graph/", import.meta.url));

/** One cache file per entry module and Node version; for a code cache, per V8 flags too (`runtime`). */
function cacheFileOf(entry: string, extension = "bundle", runtime = ""): string {
  const id = createHash("sha256").update(`${entry}\n${process.version}${runtime}`).digest("hex").slice(0, 16);
  return join(CACHE_DIR, `worker-${id}.${extension}`);
}

const fingerprint = async (path: string): Promise<[number, number]> => {
  const info = await stat(path);
  return [info.mtimeMs, info.size];
};

/**
 * The files that make the bundle what it is besides its inputs: a change to how it is built (the
 * compromise model and the lemmas' forms it carries as data) bundles afresh too, and so does a
 * cache that does not list them (one written before they were fingerprinted).
 */
const BUNDLER_FILES = [
  fileURLToPath(import.meta.url),
  fileURLToPath(new URL("./precomputed-model.ts", import.meta.url)),
  fileURLToPath(new URL("./shipped-inflection.ts", import.meta.url)),
  fileURLToPath(new URL("./quick-model-merge.ts", import.meta.url)),
];

/**
 * The cached bundle's code while every input it was built from is unchanged. Read blocking: the
 * ~600 inputs' `stat` calls, each a promise through libuv's thread pool, took 130-450 ms of the
 * calling thread's time at the start of every run (it waits for the workers' code before it
 * extracts); one after another, blocking, they take a few milliseconds.
 */
function readCache(file: string): string | undefined {
  try {
    const data = readFileSync(file);
    const end = data.indexOf(HEADER_END);
    if (end < 0) return undefined;
    const header: unknown = JSON.parse(data.toString("utf8", 0, end));
    if (!isCachedBundle(header) || data.length - end - 1 !== 2 * header.codeLength) return undefined;
    // A bundle always has inputs: a file listing none proves nothing about its code.
    const inputs = Object.entries(header.inputs);
    if (inputs.length === 0 || !BUNDLER_FILES.every((path) => path in header.inputs)) return undefined;
    for (const [path, [time, size]] of inputs) {
      const now = statSync(path, { throwIfNoEntry: false });
      if (!now || now.mtimeMs !== time || now.size !== size) return undefined;
    }
    return data.toString("utf16le", end + 1);
  } catch {
    return undefined; // no cache yet or an unreadable one: bundle afresh
  }
}

/** `entry`'s bundle when the cache holds one built from its files as they are now, else undefined (no bundling). */
export const cachedWorkerScript = (entry: string): string | undefined => readCache(cacheFileOf(entry));

/** `entry` bundled with everything it imports, from the cache file while none of its inputs changed. */
export async function workerScript(entry: string, file = cacheFileOf(entry)): Promise<string> {
  const cached = readCache(file);
  if (cached !== undefined) return cached;
  // Imported only to bundle: esbuild's entry is a 95 KB CommonJS file, which Node scans for its
  // exports (cjs-module-lexer, in JavaScript) when an ES module imports it; at every run's start,
  // that scan made TurboFan compile the lexer's main function on a background thread, a core's
  // time taken from the extracting threads, for a bundler the run with a cached bundle never calls.
  const { build } = await import("esbuild");
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
    plugins: [precomputedCompromiseModel, shippedInflection, quickModelMerge],
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote no bundle for ${entry}`);
  const code = output.text;
  try {
    const paths = [
      ...Object.keys(result.metafile.inputs).map((input) => resolve(workingDir, input)),
      ...BUNDLER_FILES,
    ];
    const inputs = await Promise.all(paths.map(async (path) => [path, await fingerprint(path)] as const));
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, encodeCachedBundle(Object.fromEntries(inputs), code));
  } catch {
    // A cache that cannot be written only costs the next run its bundling.
  }
  return code;
}

/**
 * V8's code cache of a bundle: the bytecode of the functions a thread compiled while it ran, which
 * a thread compiling the same code with it takes instead of parsing and compiling each function
 * afresh on its first call (some 0.3 CPU-seconds of every extracting thread's start). V8 checks the
 * cache against its own version and flags, and rejects a mismatch; of the code it checks only the
 * length, so the file starts with the SHA-256 of the code it was made from, and serves nothing else.
 */
const CODE_HASH_BYTES = 32;
/**
 * V8 turns a cache down when made under other flags: a run under other flags (the tests', a bare
 * `tsx`) keeps its own file rather than replacing, each time, the one the ingest command takes.
 */
const codeCacheFileOf = (entry: string) =>
  cacheFileOf(entry, "v8", `\n${process.execArgv.join(" ")}\n${process.env.NODE_OPTIONS ?? ""}`);
const codeHash = (code: string) => createHash("sha256").update(code).digest();

/** `entry`'s code cache when the file holds one made from `code`, else undefined. */
export function readCodeCache(
  entry: string,
  code: string,
  file = codeCacheFileOf(entry),
): Buffer | undefined {
  try {
    const data = readFileSync(file);
    if (data.length <= CODE_HASH_BYTES || !data.subarray(0, CODE_HASH_BYTES).equals(codeHash(code)))
      return undefined;
    return data.subarray(CODE_HASH_BYTES);
  } catch {
    return undefined; // none yet: the threads compile as they go, and this run makes one
  }
}

/** Keeps `cache` (made from `code`) for the next runs; a cache that cannot be written only costs them the compiling. */
export async function writeCodeCache(
  entry: string,
  code: string,
  cache: Buffer,
  file = codeCacheFileOf(entry),
): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, [codeHash(code), cache]);
  } catch {
    // as the bundle's cache
  }
}
