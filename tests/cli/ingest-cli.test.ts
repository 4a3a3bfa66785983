import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../src/model";
import { ARTICLES, runCli, tempFolder } from "./run-cli";

let dir: string;

beforeAll(async () => {
  dir = await tempFolder({
    ...ARTICLES,
    "docs/empty.txt": "",
    "docs/image.html": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    "docs/old.txt": new Uint8Array([
      ...Buffer.from("Poland said the attack on Estonia was "),
      0x93,
      0x61,
      0x63,
      0x74,
      0x94,
      0x2e,
    ]),
    "entities.json": JSON.stringify({
      entities: [{ key: "agency:cert-ee", label: "CERT-EE", type: "agency", country: "state:estonia" }],
    }),
    "bad-entities.json": JSON.stringify({
      entities: [
        { key: "agency:cert-ee", label: "CERT-EE", type: "agency" },
        { key: "agency:ria", label: "RIA", type: "agency", country: "Estonia" },
      ],
    }),
  });
});

afterAll(async () => {
  const { rm } = await import("node:fs/promises");
  await rm(dir, { recursive: true, force: true });
});

describe("npm run ingest", { timeout: 60_000 }, () => {
  it("turns a folder of .txt, .html and .md articles into a graph that passes loadGraph, and sums up", async () => {
    const out = join(dir, "graph.json");
    const run = runCli("ingest", [
      join(dir, "docs"),
      "--out",
      out,
      "--entities",
      join(dir, "entities.json"),
      "--workers",
      "2",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const loaded = loadGraph(await readFile(out, "utf8"));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const docs = loaded.graph.getAttribute("documents").map((d) => d.id);
    expect(docs).toEqual(["old.txt", "riga.html", "tallinn.txt", "vilnius.md"]);
    expect(loaded.graph.getAttribute("title")).toBe("docs");
    loaded.graph.forEachNode((_k, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));

    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(`^documents: 4 ingested, 2 skipped \\(6 files\\) in [\\d.]+ s → ${out}$`),
    );
    expect(lines[1]).toMatch(/^entities: [1-9]\d* \(.*state \d+.*\)$/);
    expect(lines[2]).toMatch(/^claims: \d+ \(/);
    const warnings = run.stdout.slice(run.stdout.indexOf("warnings:"));
    expect(warnings).toContain(`${join(dir, "docs", "empty.txt")}: skipped, the file is empty`);
    expect(warnings).toContain(`${join(dir, "docs", "image.html")}: skipped, binary data`);
    expect(warnings).toContain(`${join(dir, "docs", "old.txt")}: not valid UTF-8; read as Windows-1252`);
    expect(warnings.match(/empty\.txt/g)).toHaveLength(1);
  });

  it("explains every option with --help", () => {
    const run = runCli("ingest", ["--help"]);
    expect(run.code).toBe(0);
    for (const option of [
      "--out FILE",
      "--entities FILE",
      "--title",
      "--workers N",
      "--quiet",
      "--json",
      "--help",
    ])
      expect(run.stdout).toContain(option);
  });

  it("names the file, entry and field of a malformed gazetteer and leaves the existing graph untouched", async () => {
    const out = join(dir, "kept.json");
    await writeFile(out, "previous graph");
    const run = runCli("ingest", [
      join(dir, "docs"),
      "--out",
      out,
      "--entities",
      join(dir, "bad-entities.json"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, "bad-entities.json")} is not a valid gazetteer`);
    expect(run.stderr).toContain('entry entities[1] ("agency:ria"), field country: expected a state key');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await readFile(out, "utf8")).toBe("previous graph");
  });

  it("fails when nothing can be ingested, leaving the existing graph and no temporary file", async () => {
    const empty = await tempFolder({ "only/empty.txt": "", "graph.json": "previous graph" });
    const out = join(empty, "graph.json");
    const run = runCli("ingest", [join(empty, "only"), "--out", out, "--quiet"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`nothing ingested (every file was skipped); ${out} left unchanged`);
    expect(run.stderr).toContain(`${join(empty, "only", "empty.txt")}: skipped, the file is empty`);
    expect(await readFile(out, "utf8")).toBe("previous graph");
    expect(await readdir(empty)).toEqual(["graph.json", "only"]);
  });

  it("refuses, before any work, an output in a folder that does not exist", () => {
    const out = join(dir, "missing", "graph.json");
    const run = runCli("ingest", [join(dir, "docs"), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `ingest: cannot write ${out}: the folder ${join(dir, "missing")} does not exist\n`,
    );
  });

  it("rejects an unknown option with exit code 2 and a pointer to --help", () => {
    const run = runCli("ingest", ["--otu", "x.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--otu'");
    expect(run.stderr).toContain("--help");
  });
});
