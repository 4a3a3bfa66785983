/**
 * The benchmark's baseline: the least a page can do to show a claim graph file with sigma. It
 * fetches `?graph=URL`, imports it into graphology as is (no validation), maps the domain `type`
 * to sigma's default programs and renders; `kg:first-render` is marked after sigma's first frame,
 * which sigma draws inside its constructor. The explorer is measured against this page.
 * With `&validate`, the graph goes through the model's `loadGraph` instead (parse, schema,
 * references, import), so the benchmark can tell what validation adds, apart from the app.
 */
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";

type Model = typeof import("../../model");

function readGraph(text: string, model: Model | undefined) {
  if (!model) {
    const graph = new MultiDirectedGraph({ allowSelfLoops: false });
    graph.import(JSON.parse(text));
    return graph;
  }
  const { loadGraph, formatProblem } = model;
  const result = loadGraph(text);
  if (!result.ok) throw new Error(result.problems.slice(0, 5).map(formatProblem).join("\n"));
  return result.graph;
}

async function main() {
  const params = new URLSearchParams(location.search);
  const url = params.get("graph");
  const container = document.getElementById("graph");
  if (!url || !container) throw new Error("usage: ?graph=URL of a graph JSON file [&validate]");
  // Loaded beside the graph, so only loadGraph's own work falls between the two marks.
  const [model, text] = await Promise.all([
    params.has("validate") ? import("../../model") : undefined,
    fetch(url).then((response) => response.text()),
  ]);
  performance.mark("kg:data-loaded");
  const graph = readGraph(text, model);
  performance.mark("kg:graph-built");
  const sigma = new Sigma(graph, container, {
    nodeReducer: (_, attributes) => ({ ...attributes, type: "circle" }),
    edgeReducer: (_, attributes) => ({ ...attributes, type: "arrow" }),
  });
  performance.mark("kg:first-render");
  // For the benchmark: what a full refresh (every reducer, every item reprocessed) costs here.
  Object.assign(window, { benchSigma: sigma });
}

main().catch((error: Error) => {
  const alert = document.createElement("pre");
  alert.setAttribute("role", "alert");
  alert.textContent = error.message;
  document.body.prepend(alert);
});
