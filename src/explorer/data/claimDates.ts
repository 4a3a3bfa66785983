/** Claim dates for the explorer: `claimDate` of src/graph/analytics with each graph's publication dates kept. */
import { claimDate as claimDateOf, publicationDates } from "../../graph/analytics/claims";
import type { ClaimGraph } from "../../model";

/** `claimDate` of src/graph/analytics, with the documents' publication dates kept per graph. */
export function claimDate(graph: ClaimGraph, edge: string): string | undefined {
  return claimDateOf(graph, edge, publishedDates(graph));
}

// Filters date every claim on each change: the publication dates are computed once per document
// list (a new list means a new graph), not once per claim.
const publishedCache = new WeakMap<object, ReadonlyMap<string, string>>();
function publishedDates(graph: ClaimGraph): ReadonlyMap<string, string> {
  const documents = graph.getAttribute("documents");
  let map = publishedCache.get(documents);
  if (!map) {
    map = publicationDates(graph);
    publishedCache.set(documents, map);
  }
  return map;
}
