import { readFileSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGexf } from "../../src/io/gexf";
import { exportText } from "../../src/io/export-text";
import { loadGraph } from "../../src/model";
import { runCli, tempFolder, ROOT } from "./run-cli";

const GRAPH = join(ROOT, "graph-data/graph.json");
const APT1 = resolve(ROOT, "../shared/stix2/examples/apt1.json");
let dir: string;

beforeAll(async () => {
  dir = await tempFolder({ "broken.json": '{"attributes": {"title": 3}, "nodes": [], "edges": []}' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm run export", { timeout: 60_000 }, () => {
  it("writes the same GEXF, GraphML, CSV and JSON as the explorer's writers, to standard output", () => {
    const loaded = loadGraph(readFileSync(GRAPH, "utf8"));
    if (!loaded.ok) throw new Error("the bundled graph does not load");
    for (const format of ["gexf", "graphml", "csv", "json"] as const) {
      const run = runCli("export", [GRAPH, "--format", format]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(exportText(format, loaded.graph));
    }
  });

  it("writes a STIX bundle to --out through a temporary file, leaving nothing else behind", async () => {
    const out = join(dir, "graph.stix.json");
    const run = runCli("export", [GRAPH, "--format", "stix", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    const bundle = JSON.parse(await readFile(out, "utf8")) as { type: string; objects: { type: string }[] };
    expect(bundle.type).toBe("bundle");
    expect(bundle.objects.filter((o) => o.type === "report").length).toBe(5);
    expect((await readdir(dir)).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("converts a STIX bundle to GEXF, naming on stderr what the bundle held that the graph cannot", () => {
    const run = runCli("export", [APT1, "--format", "gexf"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("export: apt1.json: 35 objects with no place in the claim graph");
    const back = parseGexf(run.stdout);
    expect(back.ok && back.graph.hasEdge("attributed-to:group:apt1->group:unit-61398")).toBe(true);
  });

  it("names the file and the problem, and leaves --out untouched, when the input is bad", async () => {
    const out = join(dir, "kept.csv");
    await writeFile(out, "old");
    const missing = runCli("export", [join(dir, "nope.json"), "--format", "csv", "--out", out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`export: cannot read ${join(dir, "nope.json")}: no such file or folder\n`);
    const broken = runCli("export", [join(dir, "broken.json"), "--format", "csv", "--out", out]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`export: ${join(dir, "broken.json")} is not a valid claim graph:`);
    expect(broken.stderr).toContain("attributes.title: expected a string");
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(out, "utf8")).toBe("old");
  });

  it("explains wrong options with exit code 2", () => {
    const noFormat = runCli("export", [GRAPH]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain("--format is required (json, gexf, graphml, csv, stix)");
    const badFormat = runCli("export", [GRAPH, "--format", "pdf"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of json, gexf, graphml, csv, stix, not "pdf"');
    expect(runCli("export", ["--format", "csv"]).stderr).toContain("which graph file?");
  });
});

describe("npm run ingest with a STIX bundle", { timeout: 120_000 }, () => {
  it("imports the bundle's claims, names what it could not, and keeps its report text for the reader", async () => {
    const out = join(dir, "apt1-graph.json");
    const run = runCli("ingest", [APT1, "--out", out, "--workers", "0", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const loaded = loadGraph(await readFile(out, "utf8"));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.graph.hasEdge("attributed-to:group:ugly-gorilla->person:wang-dong")).toBe(true);
    const node = loaded.graph.getNodeAttributes("group:apt1");
    expect([node.x, node.y].every(Number.isFinite)).toBe(true);
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain("35 objects with no place in the claim graph");
    const report = loaded.graph.getAttribute("documents")[0]!;
    expect(await readFile(join(dir, "documents", report.id), "utf8")).toMatch(/^Since 2004, Mandiant/);
  });

  it("refuses a malformed bundle, naming the file and the path of the problem", async () => {
    const bad = join(dir, "bad-bundle.json");
    await writeFile(
      bad,
      JSON.stringify({ type: "bundle", objects: [{ type: "identity", id: "identity--x" }] }),
    );
    const run = runCli("ingest", [bad, "--out", join(dir, "never.json"), "--workers", "0"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `ingest: ${bad} is not a valid STIX 2.1 bundle:\n  objects[0].name: expected a string`,
    );
  });
});
