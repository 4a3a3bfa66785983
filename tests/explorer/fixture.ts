/** The e2e fixture graph (three articles, every node and edge type), loaded for unit tests. */
import { readFileSync } from "node:fs";
import { loadGraph, type ClaimGraph } from "../../src/model";

export function fixtureGraph(): ClaimGraph {
  const result = loadGraph(
    readFileSync(new URL("../e2e/fixtures/claims-graph.json", import.meta.url), "utf8"),
  );
  if (!result.ok) throw new Error(`fixture graph is invalid: ${JSON.stringify(result.problems)}`);
  return result.graph;
}
