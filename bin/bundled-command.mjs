/**
 * Runs a command's TypeScript entry from a bundle of it, plain JavaScript Node loads by itself,
 * instead of through tsx. Under tsx every run started tsx's loader thread and sent each of the
 * command's modules through it (resolved, transpiled or read from tsx's cache, and, for the
 * CommonJS ones, scanned for their exports), while the main thread waited for the answers: CPU
 * time and a later start of the extraction, paid at every run.
 *
 * The bundle is esbuild's (which tsx itself runs on): the entry and every module of the project it
 * imports, in ES modules split where the code imports lazily (a module imported with `import()` is
 * loaded only when the code asks for it, as before); packages stay imports, loaded from
 * node_modules as before. It is kept in the project's cache folder (`node_modules/.cache/
 * claim-graph/`, beside the extractor's bundle) with the modification time and size of every file
 * it was built from, and built afresh whenever one of them changed: an edit to any module of the
 * command takes effect at the next run, as under tsx.
 *
 * Plain JavaScript, as it runs before any TypeScript can.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Writable only by whoever can already edit the project's code (see src/cli/worker/worker-script.ts). */
export const CACHE_DIR = join(ROOT, "node_modules/.cache/claim-graph");

/**
 * Files that make the bundle what it is besides the modules it holds: how it is built (this file)
 * and how TypeScript is read (tsconfig.json).
 */
const BUILD_FILES = [fileURLToPath(import.meta.url), join(ROOT, "tsconfig.json")];

const fingerprint = (path) => {
  const info = statSync(path, { throwIfNoEntry: false });
  return info ? [info.mtimeMs, info.size] : undefined;
};

const manifestFileOf = (entry, cacheDir) => {
  const id = createHash("sha256").update(`${entry}\n${process.version}`).digest("hex").slice(0, 16);
  return join(cacheDir, `command-${id}.json`);
};

/**
 * The bundle's main file when the cache holds one built from `entry`'s files as they are now, else
 * undefined. The manifest is checked by hand: anything (an older version, a hand) may have
 * written it.
 */
function cachedBundle(manifestFile, cacheDir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  } catch {
    return undefined; // none yet, or unreadable: build afresh
  }
  if (typeof manifest !== "object" || manifest === null) return undefined;
  const { main, inputs } = manifest;
  if (typeof main !== "string" || typeof inputs !== "object" || inputs === null) return undefined;
  const entries = Object.entries(inputs);
  if (entries.length === 0 || !BUILD_FILES.every((path) => path in inputs)) return undefined;
  for (const [path, recorded] of entries) {
    const now = fingerprint(path);
    if (!now || !Array.isArray(recorded) || now[0] !== recorded[0] || now[1] !== recorded[1])
      return undefined;
  }
  const file = resolve(cacheDir, main);
  // Only a file inside the cache folder, and one that is there.
  if (relative(cacheDir, file).startsWith("..") || !fingerprint(file)) return undefined;
  return file;
}

/**
 * `import.meta.url`, `import.meta.dirname` and `import.meta.filename` in a module of the project
 * are its own source file's, as when Node or tsx loads it: the code finds files beside it (the
 * extractor's entry, the cache folder) from them, and in the bundle they would name the bundle's.
 */
const sourceImportMeta = {
  name: "source-import-meta",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?tsx?$/ }, ({ path }) => {
      if (path.includes(`${"/"}node_modules${"/"}`)) return undefined;
      const source = readFileSync(path, "utf8");
      const values = {
        url: pathToFileURL(path).href,
        dirname: dirname(path),
        filename: path,
      };
      const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) =>
        JSON.stringify(values[key]),
      );
      return { contents, loader: path.endsWith("x") ? "tsx" : "ts" };
    });
  },
};

/** Characters of the build's hash in its folder's name. */
const BUILD_HASH_LENGTH = 12;

/** Builds `entry`'s bundle into the cache and records it in `manifestFile`; gives its main file. */
async function buildBundle(entry, manifestFile, cacheDir) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: { main: entry },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    packages: "external",
    target: `node${process.versions.node.split(".")[0]}`,
    outdir: "/",
    outExtension: { ".js": ".mjs" },
    chunkNames: "[name]-[hash]",
    write: false,
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: "silent",
    plugins: [sourceImportMeta],
  });
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input)),
    ...BUILD_FILES,
  ];
  const hash = createHash("sha256");
  for (const output of result.outputFiles) hash.update(output.path).update(output.contents);
  // A folder per build, named by its contents, never written again once there: a run still
  // importing the chunks of an earlier build finds them.
  const folder = `${manifestFile.slice(0, -".json".length)}-${hash.digest("hex").slice(0, BUILD_HASH_LENGTH)}`;
  const staging = `${folder}.${process.pid}.tmp`;
  const holdsBuild = () =>
    result.outputFiles.every((output) => {
      try {
        return readFileSync(join(folder, output.path)).equals(output.contents);
      } catch {
        return false;
      }
    });
  mkdirSync(cacheDir, { recursive: true });
  if (!holdsBuild()) {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    for (const output of result.outputFiles) writeFileSync(join(staging, output.path), output.contents);
    // A folder of that name holding anything else (a file lost, a hand) is replaced.
    rmSync(folder, { recursive: true, force: true });
    try {
      renameSync(staging, folder);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!holdsBuild()) throw error; // else another run wrote the same build first
    }
  }
  const manifest = {
    main: relative(cacheDir, join(folder, "main.mjs")),
    inputs: Object.fromEntries(inputs.map((path) => [path, fingerprint(path)])),
  };
  const temporary = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, manifestFile);
  removeOldBuilds(folder);
  return join(folder, "main.mjs");
}

/**
 * An earlier build is removed once it is this old, or every edit of the code would leave a megabyte
 * behind; not sooner, since a run started from it may still be importing its chunks (it imports them
 * in its first seconds).
 */
const OLD_BUILD_KEPT_MS = 60 * 60 * 1000;

/** Removes the earlier builds of the same command (`current`'s siblings of its name) older than `OLD_BUILD_KEPT_MS`. */
function removeOldBuilds(current) {
  const prefix = basename(current).slice(0, -BUILD_HASH_LENGTH);
  const folder = dirname(current);
  try {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (path === current || !name.startsWith(prefix) || name.length !== prefix.length + BUILD_HASH_LENGTH)
        continue;
      const info = statSync(path, { throwIfNoEntry: false });
      if (info?.isDirectory() && Date.now() - info.mtimeMs > OLD_BUILD_KEPT_MS)
        rmSync(path, { recursive: true, force: true });
    }
  } catch {
    // Left for a later build to remove.
  }
}

/**
 * The file to import for `entry` (an absolute path): the cached bundle while none of its files
 * changed, else one built now (about a second) and cached for the next runs.
 */
export async function bundledCommand(entry, cacheDir = CACHE_DIR) {
  const manifestFile = manifestFileOf(entry, cacheDir);
  return cachedBundle(manifestFile, cacheDir) ?? (await buildBundle(entry, manifestFile, cacheDir));
}

/** Runs `entry` from its bundle; a bundle that cannot be built (a syntax error) is said, and the exit code is 1. */
export async function runBundled(entry) {
  let main;
  try {
    main = await bundledCommand(entry);
  } catch (error) {
    process.stderr.write(`cannot build ${relative(ROOT, entry)}: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  await import(pathToFileURL(main).href);
}
