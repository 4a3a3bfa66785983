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
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
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

/** Builds `entry`'s bundle with esbuild, in memory: its files and the inputs it was built from. */
async function buildInMemory(entry) {
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
  return { outputFiles: result.outputFiles, inputs };
}

/** Whether `folder` holds exactly the files of `outputFiles`. */
const holdsBuild = (folder, outputFiles) =>
  outputFiles.every((output) => {
    try {
      return readFileSync(join(folder, output.path)).equals(output.contents);
    } catch {
      return false;
    }
  });

/** The folder a build is read from: named by its contents, never written again once there. */
function storeBuild(outputFiles, manifestFile) {
  const hash = createHash("sha256");
  for (const output of outputFiles) hash.update(output.path).update(output.contents);
  const folder = `${manifestFile.slice(0, -".json".length)}-${hash.digest("hex").slice(0, BUILD_HASH_LENGTH)}`;
  if (holdsBuild(folder, outputFiles)) return folder;
  const staging = `${folder}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const output of outputFiles) writeFileSync(join(staging, output.path), output.contents);
  try {
    renameSync(staging, folder);
    return folder;
  } catch (error) {
    // Another run wrote the same build first: use it. A folder of that name holding anything else
    // (a file lost, a hand) is left alone, as a run may be importing from it; this build keeps
    // the staging folder, under a name of its own.
    if (holdsBuild(folder, outputFiles)) {
      rmSync(staging, { recursive: true, force: true });
      return folder;
    }
    if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    const own = `${folder}.${process.pid}`;
    rmSync(own, { recursive: true, force: true });
    renameSync(staging, own);
    return own;
  }
}

/** The build the manifest names now, if any: it stops being current when another replaces it. */
function currentBuildFolder(manifestFile, cacheDir) {
  try {
    const { main } = JSON.parse(readFileSync(manifestFile, "utf8"));
    return typeof main === "string" ? dirname(resolve(cacheDir, main)) : undefined;
  } catch {
    return undefined;
  }
}

/** Records `built` (files and inputs) in `cacheDir` and gives its main file. */
function cacheBuild(built, manifestFile, cacheDir) {
  mkdirSync(cacheDir, { recursive: true });
  const folder = storeBuild(built.outputFiles, manifestFile);
  const replaced = currentBuildFolder(manifestFile, cacheDir);
  const manifest = {
    main: relative(cacheDir, join(folder, "main.mjs")),
    inputs: Object.fromEntries(built.inputs.map((path) => [path, fingerprint(path)])),
  };
  const temporary = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, manifestFile);
  // The build replaced is aged from now, when it stopped being current, not from when it was made:
  // a run started from it just before may still import its chunks.
  if (replaced && replaced !== folder) {
    const now = new Date();
    try {
      utimesSync(replaced, now, now);
    } catch {
      // Gone already.
    }
  }
  removeOldBuilds(folder, manifestFile);
  return join(folder, "main.mjs");
}

/**
 * Builds `entry`'s bundle into the cache and records it in `manifestFile`; gives its main file.
 * When the cache folder cannot be written (a read-only install, a full disk, a file in its way), the bundle is built
 * into a temporary folder for this run alone, removed when it ends, and that is said once.
 */
async function buildBundle(entry, manifestFile, cacheDir) {
  const built = await buildInMemory(entry);
  try {
    return cacheBuild(built, manifestFile, cacheDir);
  } catch (error) {
    // Only the file system fails here (the code was built above): the cache cannot be written.
    if (typeof error.syscall !== "string") throw error;
    const own = mkdtempSync(join(tmpdir(), "claim-graph-"));
    process.once("exit", () => rmSync(own, { recursive: true, force: true }));
    process.stderr.write(
      `warning: cannot write the bundle cache ${cacheDir} (${error.code}); building ${relative(ROOT, entry)} for this run only\n`,
    );
    return cacheBuild(built, join(own, basename(manifestFile)), own);
  }
}

/**
 * An earlier build is removed once it is this old, or every edit of the code would leave a megabyte
 * behind; not sooner, since a run started from it may still be importing its chunks (it imports them
 * in its first seconds).
 */
const OLD_BUILD_KEPT_MS = 60 * 60 * 1000;

/**
 * Removes the earlier builds of the same command (`current`'s siblings of its name, a run's own
 * and abandoned staging folders included) not current for `OLD_BUILD_KEPT_MS`.
 */
function removeOldBuilds(current, manifestFile) {
  const prefix = `${basename(manifestFile, ".json")}-`;
  const folder = dirname(manifestFile);
  try {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (path === current || !name.startsWith(prefix)) continue;
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
