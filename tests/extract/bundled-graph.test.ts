import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ingestCorpus } from "../../src/cli/ingest-corpus";
import { readGazetteerFile } from "../../src/cli/gazetteer-file";

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

interface GraphFile {
  nodes: ReadonlyArray<{ key: string; attributes?: Record<string, unknown> }>;
  edges: ReadonlyArray<{ key?: string; attributes?: Record<string, unknown> }>;
}

/** What an analyst sees of a graph: its nodes with their labels and dates, its claims with their evidence counts. */
function content(graph: GraphFile) {
  return {
    nodes: graph.nodes
      .map((n) => `${n.key} ${String(n.attributes?.label)} ${String(n.attributes?.date ?? "")}`)
      .sort(),
    edges: graph.edges.map((e) => `${e.key} ×${JSON.stringify(e.attributes?.evidence ?? []).length}`).sort(),
  };
}

describe("the bundled graph (graph-data/graph.json)", () => {
  it("is what the current extractor makes of graph-data/documents/ (run `npm run ingest` when this fails)", async () => {
    const gazetteer = await readGazetteerFile(path("graph-data/entities.json"), true);
    if (!gazetteer.ok) throw new Error(gazetteer.message);
    const fresh = await ingestCorpus([path("graph-data/documents")], {
      gazetteer: gazetteer.gazetteer,
      workers: 0,
      layout: false,
    });
    const bundled: GraphFile = JSON.parse(readFileSync(path("graph-data/graph.json"), "utf8"));
    expect(content(bundled)).toEqual(content(fresh.graph.export()));
  }, 60_000);
});
