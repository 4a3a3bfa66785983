/** compromise's tagger model carried by the bundle as data (src/cli/worker/precomputed-model.ts). */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPROMISE_MODEL_MODULE, dataModuleSource } from "../../src/cli/worker/precomputed-model";
import { workerScript } from "../../src/cli/worker/worker-script";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "precomputed-model-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Imports `source` as a module of its own and gives its default export. */
async function evaluate(source: string, name: string): Promise<unknown> {
  const file = join(dir, `${name}.mjs`);
  await writeFile(file, source);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** Every key in order, every value's kind, and which objects are one: what deep equality does not check. */
function shape(value: unknown): string[] {
  const ids = new Map<object, number>();
  const out: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (v === null || typeof v !== "object") return void out.push(`${path}=${typeof v}:${String(v)}`);
    const id = ids.get(v);
    if (id !== undefined) return void out.push(`${path}=#${id}`);
    ids.set(v, ids.size);
    if (v instanceof RegExp) return void out.push(`${path}=${String(v)}`);
    out.push(`${path}:${Array.isArray(v) ? "array" : "object"}`);
    for (const [key, item] of Object.entries(v)) walk(item, `${path}/${key}`);
  };
  walk(value, "");
  return out;
}

describe("dataModuleSource", () => {
  it("makes the value again: keys in their order, regular expressions, undefined values, shared objects", async () => {
    const tags = ["Possessive", "Pronoun"];
    const rules = { ing: "e" };
    const value = {
      words: { 10: "Value", mine: tags, yours: tags, gone: undefined, tally: 2.5, open: true, none: null },
      patterns: [
        [/^[a-z]+@[a-z.]+$/i, "Email"],
        [/\d{2}:\d{2}/u, "Time"],
      ],
      fromPast: { rev: rules },
      toPast: { fwd: rules },
    };
    const made = await evaluate(dataModuleSource(value)!, "plain");
    expect(isDeepStrictEqual(made, value)).toBe(true);
    expect(shape(made)).toEqual(shape(value));
    expect(Object.keys((made as typeof value).words)).toContain("gone");
  });

  it("gives nothing for a value that is not data", () => {
    for (const value of [
      { run: () => 1 },
      { at: new Date(0) },
      { tags: new Set(["Noun"]) },
      { ratio: Number.NaN },
      { zero: -0 },
      { sparse: [1, , 3] }, // eslint-disable-line no-sparse-arrays
      { symbol: Symbol("tag") },
    ])
      expect(dataModuleSource(value)).toBeUndefined();
  });
});

describe("the bundled compromise model", () => {
  it("is the model compromise's module makes", async () => {
    // The module as the bundle resolves it: compromise's ES sources.
    const path = fileURLToPath(
      new URL("../../node_modules/compromise/src/2-two/preTagger/model/index.js", import.meta.url),
    );
    expect(path).toMatch(COMPROMISE_MODEL_MODULE);
    const fresh = ((await import(pathToFileURL(path).href)) as { default: unknown }).default;
    const made = await evaluate(dataModuleSource(fresh)!, "compromise");
    expect(isDeepStrictEqual(made, fresh)).toBe(true);
    expect(shape(made)).toEqual(shape(fresh));
  }, 60_000);

  it("is what the extractor's bundle carries, in place of the module that computes it", async () => {
    const entry = fileURLToPath(new URL("../../src/cli/worker/extract-here.ts", import.meta.url));
    const code = await workerScript(entry, join(dir, "extractor.bundle"));
    expect(code).toContain("JSON.parse(");
    // The lexicon's expansion (conjugating and pluralising its words) is not in it.
    expect(code).not.toContain("expandIrregulars");
  }, 60_000);
});
