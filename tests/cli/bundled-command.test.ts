/**
 * A command run from its bundle (bin/bundled-command.mjs) runs its modules as they are now: the
 * bundle is built again once any module it holds changed, and kept while none did.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { bundledCommand } from "../../bin/bundled-command.mjs";

/** A small command of three modules (one imported lazily) and a cache folder of its own. */
async function project() {
  const dir = await mkdtemp(join(tmpdir(), "kg-bundled-"));
  const file = (name: string) => join(dir, name);
  await writeFile(
    file("entry.ts"),
    `import { greeting } from "./greeting";
export const here: string = import.meta.url;
export const folder: string = import.meta.dirname;
export const said = (): string => greeting;
export const later = async (): Promise<number> => (await import("./lazy")).answer;
`,
  );
  await writeFile(file("greeting.ts"), `export const greeting: string = "hello";\n`);
  await writeFile(file("lazy.ts"), `export const answer: number = 41;\n`);
  return { dir, file, cache: join(dir, "cache") };
}

interface Entry {
  here: string;
  folder: string;
  said(): string;
  later(): Promise<number>;
}
/** The record of the one command bundled into `cache`. */
async function manifestOf(cache: string): Promise<string> {
  const records = (await readdir(cache)).filter((name) => name.endsWith(".json"));
  expect(records).toHaveLength(1);
  return join(cache, records[0]!);
}

const load = async (main: string) => (await import(pathToFileURL(main).href)) as Entry;

describe("bundledCommand", { timeout: 60_000 }, () => {
  it("runs the modules' code, with each module's own import.meta", async () => {
    const { dir, file, cache } = await project();
    const command = await load(await bundledCommand(file("entry.ts"), cache));
    expect(command.said()).toBe("hello");
    expect(await command.later()).toBe(41);
    expect(command.here).toBe(pathToFileURL(file("entry.ts")).href);
    expect(command.folder).toBe(dir);
  });

  it("keeps the bundle while no module changed", async () => {
    const { file, cache } = await project();
    const first = await bundledCommand(file("entry.ts"), cache);
    const built = await stat(await manifestOf(cache));
    expect(await bundledCommand(file("entry.ts"), cache)).toBe(first);
    expect((await stat(await manifestOf(cache))).mtimeMs).toBe(built.mtimeMs);
  });

  it("builds afresh once a module it imports changed, or one it imports lazily", async () => {
    const { file, cache } = await project();
    const first = await bundledCommand(file("entry.ts"), cache);
    await writeFile(file("greeting.ts"), `export const greeting: string = "good evening";\n`);
    const second = await bundledCommand(file("entry.ts"), cache);
    expect(second).not.toBe(first);
    expect((await load(second)).said()).toBe("good evening");
    await writeFile(file("lazy.ts"), `export const answer: number = 42;\n`);
    const third = await bundledCommand(file("entry.ts"), cache);
    expect(third).not.toBe(second);
    expect(await (await load(third)).later()).toBe(42);
  });

  it("builds afresh when the record of the bundle is damaged, or the bundle", async () => {
    const { file, cache } = await project();
    const main = await bundledCommand(file("entry.ts"), cache);
    const manifest = await manifestOf(cache);
    await writeFile(manifest, (await readFile(manifest, "utf8")).slice(0, 20));
    await writeFile(main, "export {};\n");
    expect((await load(await bundledCommand(file("entry.ts"), cache))).said()).toBe("hello");
  });

  it("removes an earlier build an hour after it stopped being current", async () => {
    const { file, cache } = await project();
    const first = dirname(await bundledCommand(file("entry.ts"), cache));
    await writeFile(file("greeting.ts"), `export const greeting: string = "good day";\n`);
    const second = dirname(await bundledCommand(file("entry.ts"), cache));
    // Replaced just now: kept, for a run that may still load its chunks.
    expect(existsSync(first)).toBe(true);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(first, twoHoursAgo, twoHoursAgo);
    await utimes(second, twoHoursAgo, twoHoursAgo);
    await writeFile(file("greeting.ts"), `export const greeting: string = "good night";\n`);
    const third = dirname(await bundledCommand(file("entry.ts"), cache));
    expect(existsSync(first)).toBe(false);
    // Made two hours ago but current until this build: a run may be importing from it.
    expect(existsSync(second)).toBe(true);
    expect((await load(join(third, "main.mjs"))).said()).toBe("good night");
  });

  it("leaves a damaged folder of the build's name alone and builds beside it", async () => {
    const { file, cache } = await project();
    const main = await bundledCommand(file("entry.ts"), cache);
    await writeFile(await manifestOf(cache), "{}");
    await writeFile(main, "export {};\n");
    const rebuilt = await bundledCommand(file("entry.ts"), cache);
    expect(rebuilt).not.toBe(main);
    expect(await readFile(main, "utf8")).toBe("export {};\n");
    expect((await load(rebuilt)).said()).toBe("hello");
  });

  it("runs from a build of its own when the cache folder cannot be written", async () => {
    const { dir, file } = await project();
    // A file where the cache's folder should be: no folder can be made there (as root too).
    const blocked = join(dir, "blocked");
    await writeFile(blocked, "");
    const cache = join(blocked, "cache");
    const warned = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const main = await bundledCommand(file("entry.ts"), cache);
      expect(main.startsWith(blocked)).toBe(false);
      expect((await load(main)).said()).toBe("hello");
      expect(String(warned.mock.calls[0]?.[0])).toMatch(/cannot write the bundle cache/);
    } finally {
      warned.mockRestore();
    }
  });
});
