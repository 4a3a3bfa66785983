/** The V8 flags of the extracting commands: package.json's scripts and the benchmark start them alike, and Node accepts them. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACT_V8_FLAGS, INGEST_LAUNCHER } from "../../src/cli/defaults";
import { ROOT } from "./run-cli";

const scripts = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

describe("EXTRACT_V8_FLAGS", () => {
  it.each([
    ["ingest", "node", INGEST_LAUNCHER],
    ["eval", "tsx", "src/cli/eval.ts"],
  ])("are passed by the %s script, before its entry file", (name, runner, entry) => {
    const words = scripts[name]!.split(/\s+/);
    expect(words[0]).toBe(runner);
    expect(words.slice(1, 1 + EXTRACT_V8_FLAGS.length)).toEqual([...EXTRACT_V8_FLAGS]);
    expect(words[1 + EXTRACT_V8_FLAGS.length]).toBe(entry);
    expect(words).toHaveLength(2 + EXTRACT_V8_FLAGS.length);
  });

  it("are flags this Node accepts", () => {
    const run = spawnSync(process.execPath, [...EXTRACT_V8_FLAGS, "-e", "0"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
