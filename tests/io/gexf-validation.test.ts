/**
 * The GEXF export against the GEXF 1.3 specification's own grammar (../shared/gexf-1.3/gexf.rnc),
 * checked by jing as Gephi's users would (`jing -c gexf.rnc file.gexf`).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseGexf, writeGexf } from "../../src/io/gexf";
import { loadGraph, serializeGraph, type ClaimGraph } from "../../src/model";
import { awkwardGraph } from "./formats-fixture";
import { everyTypeGraph } from "./stix-fixture";

const GRAMMAR = resolve(__dirname, "../../../shared/gexf-1.3/gexf.rnc");
const folder = mkdtempSync(join(tmpdir(), "gexf-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function jing(): string {
  const found = spawnSync("sh", ["-c", "command -v jing"], { encoding: "utf8" }).stdout.trim();
  if (!found)
    throw new Error(
      "jing is not installed: the GEXF test validates with it. Install it with `apt-get install -y jing` (Debian/Ubuntu).",
    );
  return found;
}

/** jing's errors for a document; empty when it is valid. */
function validate(text: string, name: string): string[] {
  const file = join(folder, name);
  writeFileSync(file, text);
  try {
    execFileSync(jing(), ["-c", GRAMMAR, file], { encoding: "utf8", stdio: "pipe" });
    return [];
  } catch (error) {
    const out = `${(error as { stdout?: string }).stdout ?? ""}`;
    return out.split("\n").filter((line) => line.includes("error"));
  }
}

const bundled = (): ClaimGraph => {
  const result = loadGraph(readFileSync(resolve(__dirname, "../../graph-data/graph.json"), "utf8"));
  if (!result.ok) throw new Error("the bundled graph does not load");
  return result.graph;
};

describe.each([
  ["the bundled graph", bundled],
  ["a graph with every node and edge type", everyTypeGraph],
  ["a graph of awkward text", awkwardGraph],
])("GEXF export of %s", { timeout: 60_000 }, (name, make) => {
  const graph = make();
  const text = writeGexf(graph);

  it("passes the GEXF 1.3 grammar (jing -c gexf.rnc)", () => {
    expect(validate(text, `${name.replace(/\W+/g, "-")}.gexf`)).toEqual([]);
  });

  it("reads back into the same graph, graph attributes included", () => {
    const back = parseGexf(text);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(serializeGraph(back.graph)).toEqual(serializeGraph(graph));
  });
});

describe("the GEXF check itself", { timeout: 60_000 }, () => {
  it("rejects what the old export wrote: a custom meta element and xsi:schemaLocation", () => {
    const old = writeGexf(everyTypeGraph())
      .replace("<meta>", "<meta>\n    <title>t</title><claimgraph>{}</claimgraph>")
      .replace(
        'xmlns:viz="http://gexf.net/1.3/viz"',
        'xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"',
      );
    const errors = validate(old, "old.gexf").join("\n");
    expect(errors).toMatch(/attribute "xsi:schemaLocation" not allowed/);
    expect(errors).toMatch(/element "title" not allowed/);
  });

  it("still reads files written with the <claimgraph> meta element", () => {
    const graph = everyTypeGraph();
    const text = writeGexf(graph);
    const description = /<description>(.*)<\/description>/s.exec(text)![1]!;
    const inner = JSON.stringify(
      (
        JSON.parse(
          description
            .replace(/&quot;/g, '"')
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&amp;/g, "&"),
        ) as { claimgraph: unknown }
      ).claimgraph,
    );
    const legacy = text.replace(
      /<description>.*<\/description>/s,
      `<claimgraph>${inner.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</claimgraph>`,
    );
    const back = parseGexf(legacy);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.graph.getAttribute("documents")).toEqual(graph.getAttribute("documents"));
  });
});
