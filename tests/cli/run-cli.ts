/**
 * Runs a command-line entry point as a user does (`npm run <name>`: `node bin/ingest.mjs` for
 * ingest, `tsx src/cli/<name>.ts` for the others) and captures its output.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { INGEST_LAUNCHER } from "../../src/cli/defaults";

export const ROOT = resolve(import.meta.dirname, "../..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(name: "ingest" | "eval" | "export", args: string[]): CliRun {
  const [runner, entry] =
    name === "ingest"
      ? [process.execPath, join(ROOT, INGEST_LAUNCHER)]
      : [join(ROOT, "node_modules/.bin/tsx"), join(ROOT, `src/cli/${name}.ts`)];
  const result = spawnSync(runner, [entry, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding the given files (path → content). */
export async function tempFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-cli-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** Three short articles in the three formats, written for these tests. */
export const ARTICLES = {
  "docs/tallinn.txt":
    "Estonia blames Russia for cyber attack\n\nTALLINN, 3 May 2021 (Reuters) - Estonia said on Monday that Russia was behind a cyber attack on its government websites. Finland offered to help Estonia.\n",
  "docs/riga.html":
    "<html><head><title>Latvia hit</title><script>var x = 1;</script></head><body><p>RIGA, 5 May 2021 - Latvia&rsquo;s government said hackers attacked the website of its parliament. Lithuania sent experts to assist Latvia.</p></body></html>",
  "docs/vilnius.md":
    "# Lithuania condemns attack\n\nVILNIUS, 6 May 2021 - **Lithuania** condemned the cyber attack on Latvia and said it stands ready to help.\n",
};
