/**
 * Writes a claim graph in the data model's file format (`serializeGraph`), one node or edge a line:
 * streamed in chunks so a large corpus never needs the whole file as one string, and diffs stay
 * readable for the committed graph-data/graph.json.
 */
import { serializeGraph, type ClaimGraph } from "../model";
import { batched, writeFileAtomic } from "./atomic-write";

function* graphJsonParts(graph: ClaimGraph): Generator<string> {
  const { attributes, options, nodes, edges } = serializeGraph(graph);
  yield `{"attributes":${JSON.stringify(attributes)},\n"options":${JSON.stringify(options)},\n"nodes":[`;
  for (let i = 0; i < nodes.length; i++) yield `${i ? "," : ""}\n${JSON.stringify(nodes[i])}`;
  yield `\n],\n"edges":[`;
  for (let i = 0; i < edges.length; i++) yield `${i ? "," : ""}\n${JSON.stringify(edges[i])}`;
  yield "\n]}\n";
}

export function writeGraphFile(path: string, graph: ClaimGraph, signal?: AbortSignal): Promise<void> {
  return writeFileAtomic(path, batched(graphJsonParts(graph)), signal);
}
