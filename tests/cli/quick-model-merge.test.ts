/** compromise's model merge with plain assignments in the bundle (src/cli/worker/quick-model-merge.ts). */
import { readFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPROMISE_EXTEND_MODULE, quickMergeSource } from "../../src/cli/worker/quick-model-merge";

const ROOT = resolve(import.meta.dirname, "../..");

type Extend = (plugin: object, world: object, view: object, nlp: object) => void;

let dir: string;
let original: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "quick-model-merge-"));
  // compromise's own extend.js, as its `import` entry (src/three.js) loads it.
  original = await readFile(join(ROOT, "node_modules/compromise/src/API/extend.js"), "utf8");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function extendFrom(source: string, name: string): Promise<Extend> {
  const file = join(dir, `${name}.mjs`);
  await writeFile(file, source);
  return ((await import(pathToFileURL(file).href)) as { default: Extend }).default;
}

/** A world with some of its model already set, and a plugin adding to it and past it. */
function mergeWith(extend: Extend) {
  const shared = ["Noun", "Singular"];
  const world = {
    methods: {},
    compute: {},
    model: { one: { lexicon: { harbour: "Noun", 7: "Value" } }, two: {} },
  };
  const plugin = {
    model: {
      one: { lexicon: { drift: "Verb", harbour: shared, 3: "Value" }, cache: { size: 0 } },
      two: { suffixes: [["ing", "Gerund"]], none: undefined, rule: /ly$/ },
      three: { deeper: { still: { word: "kept" } } },
    },
  };
  extend(plugin, world, {}, {});
  return { world, plugin };
}

describe("quickMergeSource", () => {
  it("patches compromise's extend.js, which the bundle's filter matches", () => {
    expect(quickMergeSource(original)).toBeDefined();
    expect(quickMergeSource(original)).not.toContain("Object.assign(model, {");
  });

  it("merges a model into the world as compromise's own merge does: same keys, order, values and objects", async () => {
    const slow = mergeWith(await extendFrom(original, "slow"));
    const quick = mergeWith(await extendFrom(quickMergeSource(original)!, "quick"));
    expect(quick.world).toStrictEqual(slow.world);
    expect(JSON.stringify(quick.world)).toBe(JSON.stringify(slow.world));
    const lexicon = (w: typeof slow.world) => w.model.one.lexicon as Record<string, unknown>;
    expect(Object.keys(lexicon(quick.world))).toEqual(Object.keys(lexicon(slow.world)));
    // An array is taken as it is, an object copied key by key, in both.
    expect(lexicon(quick.world).harbour).toBe(quick.plugin.model.one.lexicon.harbour);
    expect((quick.world.model as Record<string, unknown>).three).not.toBe(quick.plugin.model.three);
  });

  it("gives nothing for a source whose lines differ (an upgrade of compromise): it is bundled as it is", () => {
    expect(
      quickMergeSource(original.replace("mergeDeep", "mergeModels").replaceAll("[key]: {}", "[k]: {}")),
    ).toBeUndefined();
    expect(quickMergeSource(`${original}\n${original}`)).toBeUndefined();
    expect(COMPROMISE_EXTEND_MODULE.test("/x/node_modules/compromise/src/API/extend.js")).toBe(true);
  });
});
