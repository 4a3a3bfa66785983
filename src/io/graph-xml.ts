/**
 * Checks shared by the GEXF and GraphML readers, made on the XML before graphology builds a graph
 * from it, so a broken file gets one message per problem, naming the element, instead of the
 * parser's first exception.
 */
import type { LoadResult, Problem } from "../model";

/** Every node has a unique id; every edge joins two of them. */
export function checkElements(document: Document, format: string): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const nodes = document.getElementsByTagName("node");
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i]!.getAttribute("id");
    if (!id) problems.push({ path: "", message: `${format}: node number ${i + 1} has no id` });
    else if (ids.has(id)) problems.push({ path: "", message: `${format}: two nodes have the id "${id}"` });
    else ids.add(id);
  }
  const edges = document.getElementsByTagName("edge");
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const name = edge.getAttribute("id") ? `edge "${edge.getAttribute("id")}"` : `edge number ${i + 1}`;
    for (const end of ["source", "target"] as const) {
      const id = edge.getAttribute(end);
      if (!id) problems.push({ path: "", message: `${format}: ${name} has no ${end}` });
      else if (!ids.has(id))
        problems.push({
          path: "",
          message: `${format}: the ${end} of ${name}, "${id}", is not a node of the file`,
        });
    }
  }
  return problems;
}

/** An exception from graphology's parsers, as a message without their module prefix. */
export function parserFailure(format: string, error: unknown): LoadResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    problems: [{ path: "", message: `${format}: ${message.replace(/^graphology-\w+\/parser: /, "")}` }],
  };
}
