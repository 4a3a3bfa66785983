/**
 * What the export buttons write: the filtered graph (only visible entities and claims, with their
 * domain attributes) as graph JSON, GEXF, GraphML or a STIX 2.1 bundle, and the visible claims as
 * CSV. The writers (src/io/export-text.ts, the same code as `npm run export`) load on first use.
 */
import { EXPORT_FILE, type ExportFormat } from "../../io/export-formats";
import { createClaimGraph, type ClaimGraph } from "../../model";

export { EXPORT_FORMATS, type ExportFormat } from "../../io/export-formats";

/** What an export needs to know of the current filters (a `Visibility` of state/visibility.ts). */
export interface Visibility {
  hiddenNodes: Set<string> | null;
  claims: string[];
}

/**
 * A copy of the graph with only what is visible, and the claimants of the visible claims (a claim
 * names its claimants by node key: a file without them would not load).
 */
function filteredGraph(graph: ClaimGraph, visibility: Visibility): ClaimGraph {
  const copy = createClaimGraph(graph.getAttributes());
  const keep = (node: string) => {
    if (!copy.hasNode(node)) copy.addNode(node, { ...graph.getNodeAttributes(node) });
  };
  graph.forEachNode((node) => {
    if (!visibility.hiddenNodes?.has(node)) keep(node);
  });
  for (const edge of visibility.claims) {
    const claim = graph.getEdgeAttributes(edge);
    const ends = [graph.source(edge), graph.target(edge)];
    for (const node of [...ends, ...claim.claimants, ...claim.evidence.flatMap((e) => e.claimants ?? [])])
      if (graph.hasNode(node)) keep(node);
    copy.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), { ...claim });
  }
  return copy;
}

export async function exportFile(
  format: ExportFormat,
  graph: ClaimGraph,
  visibility: Visibility,
  baseName: string,
): Promise<{ name: string; blob: Blob }> {
  const { exportText } = await import("../../io/export-text");
  const text =
    format === "csv"
      ? exportText("csv", graph, { claims: visibility.claims })
      : exportText(format, filteredGraph(graph, visibility));
  const { extension, mime } = EXPORT_FILE[format];
  return { name: `${baseName}.${extension}`, blob: new Blob([text], { type: mime }) };
}

/** Hands a file to the browser's download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
