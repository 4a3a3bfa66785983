/**
 * compromise's model merge, made quicker in the extractor's bundle. Each plugin's model is merged
 * into compromise's world key by key when it loads (`mergeDeep`, src/API/extend.js), and each key
 * was set through a new one-key object and `Object.assign`: for the tagger's model (some 37,000
 * keys: the lexicon, the suffix models) about 145 ms of every extracting thread's start. A plain
 * assignment sets the same key to the same value (both set it as `Object.assign` does, through
 * any setter, on these plain objects), so the world comes out the same, keys in the same order,
 * in a third of the time. Should an upgrade of compromise change the lines, the module is bundled
 * as it is, and said so once.
 */
import { readFile } from "node:fs/promises";
import type { Plugin } from "esbuild";

/** The module patched (compromise's ES sources, which its `import` entry loads). */
export const COMPROMISE_EXTEND_MODULE = /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;

/** Each line of `mergeDeep` that sets a key, and the assignment that sets it the same. */
const QUICKER = [
  ["if (!model[key]) Object.assign(model, { [key]: {} })", "if (!model[key]) model[key] = {}"],
  ["Object.assign(model, { [key]: plugin[key] })", "model[key] = plugin[key]"],
] as const;

/** `source` with `mergeDeep`'s keys set by assignment, or undefined unless each line is there once. */
export function quickMergeSource(source: string): string | undefined {
  let out = source;
  for (const [slow, quick] of QUICKER) {
    if (out.split(slow).length !== 2) return undefined;
    out = out.replace(slow, quick);
  }
  return out;
}

/** The esbuild plugin that bundles compromise's extend.js with the quicker merge (see above). */
export const quickModelMerge: Plugin = {
  name: "quick-model-merge",
  setup(build) {
    build.onLoad({ filter: COMPROMISE_EXTEND_MODULE }, async ({ path }) => {
      const contents = quickMergeSource(await readFile(path, "utf8"));
      if (contents !== undefined) return { contents, loader: "js" };
      process.stderr.write(
        `bundling the extractor: compromise's model merge (${path}) is not as expected; it is bundled as it is\n`,
      );
      return undefined;
    });
  },
};
