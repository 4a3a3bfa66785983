import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workerBundle } from "../../src/cli/worker/worker-script";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "worker-script-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The bundled code of `entry`, through the cache file `cache`. */
const workerScript = async (entry: string, cache: string) => (await workerBundle(entry, cache)).code;

describe("workerBundle", () => {
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

  it("names the bundle by its content's hash and keeps its code cache beside the bundle cache", async () => {
    const entry = join(dir, "hashed.ts");
    const cache = join(dir, "hashed.json");
    await writeFile(entry, 'console.log("one");\n');
    const one = await workerBundle(entry, cache);
    expect(one.codeCacheFile).toBe(join(dir, "hashed.v8cache"));
    expect((await workerBundle(entry, cache)).hash).toBe(one.hash);
    await writeFile(entry, 'console.log("two");\n');
    const later = new Date(Date.now() + 60_000);
    await utimes(entry, later, later);
    expect((await workerBundle(entry, cache)).hash).not.toBe(one.hash);
  });
});
