/**
 * The benchmark's baseline: the least a page can do to show a claim graph file with sigma. It
 * fetches `?graph=URL`, imports it into graphology as is (no validation), maps the domain `type`
 * to sigma's default programs and renders; `kg:first-render` is marked after sigma's first frame,
 * which sigma draws inside its constructor. The explorer is measured against this page.
 */
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";

async function main() {
  const url = new URLSearchParams(location.search).get("graph");
  const container = document.getElementById("graph");
  if (!url || !container) throw new Error("usage: ?graph=URL of a graph JSON file");
  const text = await (await fetch(url)).text();
  performance.mark("kg:data-loaded");
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.import(JSON.parse(text));
  performance.mark("kg:graph-built");
  new Sigma(graph, container, {
    nodeReducer: (_, attributes) => ({ ...attributes, type: "circle" }),
    edgeReducer: (_, attributes) => ({ ...attributes, type: "arrow" }),
  });
  performance.mark("kg:first-render");
}

void main();
