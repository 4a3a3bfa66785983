import { mkdtemp, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  encodeCachedBundle,
  readCodeCache,
  workerScript,
  writeCodeCache,
} from "../../src/cli/worker/worker-script";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "worker-script-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("workerScript", () => {
  it("reuses the cached bundle until one of the files it was built from changes", async () => {
    const entry = join(dir, "entry.ts");
    const imported = join(dir, "word.ts");
    const cache = join(dir, "bundle.json");
    await writeFile(entry, 'import { word } from "./word";\nconsole.log(word);\n');
    await writeFile(imported, 'export const word: string = "first";\n');
    const first = await workerScript(entry, cache);
    expect(first).toContain('"first"');

    // Same times and sizes: the cached code is served even though the file now says otherwise.
    const old = new Date(Date.now() - 60_000);
    await utimes(imported, old, old);
    const cached = await workerScript(entry, cache);
    await writeFile(imported, 'export const word: string = "other";\n');
    await utimes(imported, old, old);
    expect(await workerScript(entry, cache)).toBe(cached);

    // A new modification time: bundled afresh.
    const now = new Date();
    await utimes(imported, now, now);
    expect(await workerScript(entry, cache)).toContain('"other"');
  });

  it("never serves a cache file that lists no inputs (a planted one proves nothing about its code)", async () => {
    const entry = join(dir, "planted-entry.ts");
    const cache = join(dir, "planted.json");
    await writeFile(entry, 'console.log("genuine");\n');
    await writeFile(cache, encodeCachedBundle({}, 'console.log("planted");'));
    const script = await workerScript(entry, cache);
    expect(script).toContain('"genuine"');
    expect(script).not.toContain('"planted"');
  });

  it("bundles afresh when the cache file is not one this version writes (an older one, a cut or a hand-edited one)", async () => {
    const entry = join(dir, "shaped-entry.ts");
    const cache = join(dir, "shaped.bundle");
    await writeFile(entry, 'console.log("genuine");\n');
    const info = await stat(entry);
    const inputs = { [entry]: [info.mtimeMs, info.size] as [number, number] };
    const stale = 'console.log("stale");';
    const [header, code] = encodeCachedBundle(inputs, stale);
    // Inputs that still match, but: the older versions' JSON with the code inside; the file cut
    // short; a header without the code's length; inputs that are not [time, size] pairs, or a list.
    const withHeader = (shape: object) =>
      Buffer.concat([Buffer.from(`${JSON.stringify({ ...shape, codeLength: stale.length })}\n`), code!]);
    for (const bytes of [
      JSON.stringify({ inputs, code: stale }),
      Buffer.concat([header!, code!.subarray(0, code!.length - 2)]),
      `${JSON.stringify({ inputs })}\n${stale}`,
      withHeader({ inputs: { [entry]: [info.mtimeMs, String(info.size)] } }),
      withHeader({ inputs: { [entry]: [info.mtimeMs] } }),
      withHeader({ inputs: [[entry, [info.mtimeMs, info.size]]] }),
    ]) {
      await writeFile(cache, bytes);
      const script = await workerScript(entry, cache);
      expect(script).toContain('"genuine"');
      expect(script).not.toContain('"stale"');
    }
  });

  it("reads back the code it cached, characters beyond Latin-1 included", async () => {
    const entry = join(dir, "wide-entry.ts");
    const cache = join(dir, "wide.bundle");
    // esbuild escapes such characters in strings, not in a regular expression.
    await writeFile(entry, "console.log(/[’–—]/.test(process.argv[2]));\n");
    const first = await workerScript(entry, cache);
    expect(first).toContain("’–—");
    expect(await workerScript(entry, cache)).toBe(first);
  });
});

describe("the extractor's bundle", () => {
  it("leaves out the graph model's schemas and graph library, which every extracting thread would load for nothing", async () => {
    const entry = fileURLToPath(new URL("../../src/cli/worker/extract-here.ts", import.meta.url));
    const cache = join(dir, "extractor.bundle");
    await workerScript(entry, cache);
    const file = await readFile(cache);
    const header = JSON.parse(file.toString("utf8", 0, file.indexOf(0x0a))) as {
      inputs: Record<string, unknown>;
    };
    const inputs = Object.keys(header.inputs);
    // The bundle is the extractor's: its lexicon and the vocabulary of node and edge types.
    expect(inputs.some((path) => path.endsWith(join("src", "extract", "lexicon", "words.ts")))).toBe(true);
    expect(inputs.some((path) => path.endsWith(join("src", "model", "types.ts")))).toBe(true);
    const loadedForNothing = inputs.filter(
      (path) =>
        path.includes(`${sep}node_modules${sep}zod${sep}`) ||
        path.includes(`${sep}node_modules${sep}graphology${sep}`) ||
        path.endsWith(join("src", "model", "schema.ts")) ||
        path.endsWith(join("src", "model", "index.ts")),
    );
    expect(loadedForNothing).toEqual([]);
  }, 60_000);
});

describe("the code cache", () => {
  it("is served only for the very code it was made from", async () => {
    const file = join(dir, "code.v8");
    const entry = join(dir, "cached-entry.ts");
    const data = Buffer.from([1, 2, 3, 4, 5]);
    expect(readCodeCache(entry, "run()", file)).toBeUndefined();
    await writeCodeCache(entry, "run()", data, file);
    expect(readCodeCache(entry, "run()", file)).toEqual(data);
    // Same length, other code: V8 would not tell them apart.
    expect(readCodeCache(entry, "die()", file)).toBeUndefined();
  });
});
