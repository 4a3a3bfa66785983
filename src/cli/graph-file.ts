/**
 * Writes a claim graph in the data model's file format (`serializeGraph`), one node or edge a line:
 * streamed in chunks so a large corpus never needs the whole file as one string, and diffs stay
 * readable for the committed graph-data/graph.json.
 */
import { serializeGraph, type ClaimGraph, type SerializedClaimGraph } from "../model";
import { batched, writeFileAtomic } from "./atomic-write";

function* graphJsonParts({ attributes, options, nodes, edges }: SerializedClaimGraph): Generator<string> {
  yield `{"attributes":${JSON.stringify(attributes)},\n"options":${JSON.stringify(options)},\n"nodes":[`;
  for (let i = 0; i < nodes.length; i++) yield `${i ? "," : ""}\n${JSON.stringify(nodes[i])}`;
  yield `\n],\n"edges":[`;
  for (let i = 0; i < edges.length; i++) yield `${i ? "," : ""}\n${JSON.stringify(edges[i])}`;
  yield "\n]}\n";
}

export function writeGraphFile(path: string, graph: ClaimGraph, signal?: AbortSignal): Promise<void> {
  return writeSerializedGraphFile(path, serializeGraph(graph), signal);
}

/** The same file from a graph already serialized (and checked) by the caller: no second copy. */
export function writeSerializedGraphFile(
  path: string,
  graph: SerializedClaimGraph,
  signal?: AbortSignal,
): Promise<void> {
  return writeFileAtomic(path, batched(graphJsonParts(graph)), signal);
}
