/**
 * The default lemmas' inflected forms, computed once when the extractor is bundled and carried by
 * the bundle as data (see src/extract/lexicon/shipped-inflection.ts): the module that would hold
 * none is replaced by one that parses them. Computed by the very code every thread would run
 * (inflect.ts, through the bundling process's own loader), from the lemmas the bundle holds; both
 * files are the bundle's inputs, so a change to either bundles, and inflects, afresh.
 */
import type { Plugin } from "esbuild";
import { dataModuleSource } from "./precomputed-model";

/** The module replaced. */
export const SHIPPED_INFLECTION_MODULE = /[\\/]src[\\/]extract[\\/]lexicon[\\/]shipped-inflection\.ts$/;

/** The module's source with the default lemmas' forms in it, or undefined when they are not plain data. */
export async function shippedInflectionSource(): Promise<string | undefined> {
  const { inflectLists, lemmaKey } = await import("../../extract/lexicon/inflect");
  const { DEFAULT_LEMMAS } = await import("../../extract/lexicon/words");
  return dataModuleSource({ key: lemmaKey(DEFAULT_LEMMAS), ...inflectLists(DEFAULT_LEMMAS) });
}

/** The esbuild plugin that bundles the default lemmas' forms as data (see above). */
export const shippedInflection: Plugin = {
  name: "shipped-inflection",
  setup(build) {
    build.onLoad({ filter: SHIPPED_INFLECTION_MODULE }, async () => {
      const contents = await shippedInflectionSource().catch((error: unknown) => {
        // The output stays right, but every thread inflects the lemmas again: say why once.
        process.stderr.write(`note: the extractor bundle ships no inflected lemmas (${String(error)})\n`);
        return undefined;
      });
      // Otherwise esbuild loads the module as it is (no forms shipped): every thread inflects.
      return contents === undefined ? undefined : { contents, loader: "js" };
    });
  },
};
