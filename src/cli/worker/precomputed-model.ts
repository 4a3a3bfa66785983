/**
 * compromise's tagger model, computed once when the extractor is bundled rather than at every
 * thread's start. The module that builds it (`src/2-two/preTagger/model/index.js`) unpacks the
 * compressed lexicon and the suffix models and conjugates and pluralises thousands of words when it
 * loads, paid again by every extracting thread of every run. The bundle carries the result instead,
 * as data: the module is replaced by one that parses it. Loading the bundle (with its code cache,
 * median of 12 alternating runs, load 10-14): 499 -> 404 ms CPU per thread; the extraction context
 * then takes some 30 ms more (the conjugation code it runs is no longer warm), so about 0.09 CPU-s
 * per thread in all. Left: compromise copying the model into its world key by key at load.
 * The model is plain data (strings, numbers, arrays, objects, some regular expressions and
 * undefined values, a few objects in two places), made again as it was, keys in the same order;
 * anything else found in it (a function, a class instance, after an upgrade of compromise) and the
 * module is bundled as it is.
 */
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Plugin } from "esbuild";

/** The module replaced (compromise's ES sources, which its `import` entry loads). */
export const COMPROMISE_MODEL_MODULE =
  /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;

type Key = string | number;

/**
 * What JSON cannot say, set once the JSON is parsed where a null stands in for it (so each key keeps
 * its place): a regular expression, an undefined value, or an object met before (the model shares
 * some: five pronouns one tag list, a conjugation's forward rules its inverse's reverse ones).
 */
type Fixup =
  | { path: Key[]; pattern: [source: string, flags: string] }
  | { path: Key[]; undefined: true }
  | { path: Key[]; sameAs: Key[] };

/** The model as JSON and fix-ups, or undefined when it holds what neither can make again. */
function asData(value: unknown): { json: string; fixups: Fixup[] } | undefined {
  const fixups: Fixup[] = [];
  const seen = new Map<object, Key[]>();
  const plain = (v: unknown, path: Key[]): unknown => {
    if (v === null || typeof v === "string" || typeof v === "boolean") return v;
    if (v === undefined) {
      fixups.push({ path, undefined: true });
      return null;
    }
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new NotData();
      return v;
    }
    if (typeof v !== "object") throw new NotData();
    const first = seen.get(v);
    if (first) {
      fixups.push({ path, sameAs: first });
      return null;
    }
    seen.set(v, path);
    if (v instanceof RegExp) {
      if (v.lastIndex !== 0) throw new NotData();
      fixups.push({ path, pattern: [v.source, v.flags] });
      return null;
    }
    if (Array.isArray(v)) {
      if (Object.keys(v).length !== v.length) throw new NotData(); // holes or extra properties
      return v.map((item, i) => plain(item, [...path, i]));
    }
    if (Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length > 0)
      throw new NotData();
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) {
      // JSON.parse makes "__proto__" an own key, where an assignment had set the prototype.
      if (key === "__proto__") throw new NotData();
      out[key] = plain(item, [...path, key]);
    }
    return out;
  };
  try {
    return { json: JSON.stringify(plain(value, [])), fixups };
  } catch (error) {
    if (error instanceof NotData) return undefined;
    throw error;
  }
}

class NotData extends Error {}

/**
 * An ES module whose default export is `value` made again from data (the same values, keys in the
 * same order, the same objects shared), or undefined when it is not data. The shared objects are
 * set last: one may be a regular expression.
 */
export function dataModuleSource(value: unknown): string | undefined {
  const data = asData(value);
  if (!data) return undefined;
  const made = data.fixups.filter((f) => !("sameAs" in f));
  const shared = data.fixups.flatMap((f) => ("sameAs" in f ? [[f.path, f.sameAs]] : []));
  return `const model = JSON.parse(${JSON.stringify(data.json)});
const at = (path) => path.reduce((object, key) => object[key], model);
const set = (path, value) => (at(path.slice(0, -1))[path[path.length - 1]] = value);
for (const fixup of ${JSON.stringify(made)})
  set(fixup.path, fixup.pattern ? new RegExp(...fixup.pattern) : undefined);
for (const [path, first] of ${JSON.stringify(shared)}) set(path, at(first));
export default model;
`;
}

/**
 * The default export of the ES module at `path`, loaded on a thread of its own: a fresh copy, as
 * no module of this process has touched it (the calling thread may have loaded compromise and
 * tagged with it). Structured cloning keeps a regular expression one, and fails on a function.
 */
function loadFresh(path: string): Promise<unknown> {
  const worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
import(workerData).then((m) => parentPort.postMessage(m.default));`,
    { eval: true, workerData: pathToFileURL(path).href },
  );
  return new Promise<unknown>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", () => reject(new Error(`${path} gave no model`)));
  }).finally(() => void worker.terminate());
}

/** The esbuild plugin that bundles compromise's model as data (see above). */
export const precomputedCompromiseModel: Plugin = {
  name: "precomputed-compromise-model",
  setup(build) {
    build.onLoad({ filter: COMPROMISE_MODEL_MODULE }, async ({ path }) => {
      const contents = dataModuleSource(await loadFresh(path).catch(() => undefined));
      if (contents !== undefined) return { contents, loader: "js" };
      // Not data (or not loadable): esbuild loads the module itself. Said once per bundling, so a
      // slower start after an upgrade of compromise does not go unnoticed.
      process.stderr.write(
        `bundling the extractor: compromise's tagger model (${path}) is not plain data; every thread will compute it\n`,
      );
      return undefined;
    });
  },
};
