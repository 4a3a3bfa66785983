import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EDGE_TYPES, NODE_TYPES } from "../../src/model";
import { fixtureGraph } from "./fixture";

describe("the e2e fixture graph", () => {
  const graph = fixtureGraph();

  it("has every node type and every edge type", () => {
    expect(new Set(graph.mapNodes((_n, a) => a.type))).toEqual(new Set(NODE_TYPES));
    expect(new Set(graph.mapEdges((_e, a) => a.type))).toEqual(new Set(EDGE_TYPES));
  });

  it("quotes exactly the text at each evidence offset of its documents", () => {
    graph.forEachEdge((edge, a) => {
      for (const e of a.evidence) {
        const text = readFileSync(new URL(`../e2e/fixtures/documents/${e.doc}`, import.meta.url), "utf8");
        expect(text.slice(e.start, e.end), edge).toBe(e.quote);
      }
    });
  });
});
