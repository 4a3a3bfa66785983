/**
 * What the export buttons write: the filtered graph (only visible entities and claims, with their
 * domain attributes) as graph JSON, GEXF or GraphML, and the visible claims as CSV. The writers of
 * the XML and CSV formats live in src/io and are loaded on first use.
 */
import { createClaimGraph, serializeGraph, type ClaimGraph } from "../../model";

/** What an export needs to know of the current filters (a `Visibility` of state/visibility.ts). */
export interface Visibility {
  hiddenNodes: Set<string> | null;
  claims: string[];
}

export type ExportFormat = "json" | "gexf" | "graphml" | "csv";

/** A copy of the graph with only what is visible. */
function filteredGraph(graph: ClaimGraph, visibility: Visibility): ClaimGraph {
  const copy = createClaimGraph(graph.getAttributes());
  graph.forEachNode((node, a) => {
    if (!visibility.hiddenNodes?.has(node)) copy.addNode(node, { ...a });
  });
  for (const edge of visibility.claims)
    copy.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), { ...graph.getEdgeAttributes(edge) });
  return copy;
}

type Writers = {
  gexf: { module: string; name: string };
  graphml: { module: string; name: string };
  csv: { module: string; name: string };
};
const WRITERS: Writers = {
  gexf: { module: "../../io/gexf.ts", name: "writeGexf" },
  graphml: { module: "../../io/graphml.ts", name: "writeGraphml" },
  csv: { module: "../../io/csv.ts", name: "claimsToCsv" },
};
const ioModules = import.meta.glob<Record<string, unknown>>("../../io/{gexf,graphml,csv}.ts");

/** The export formats this build can write (JSON always; the others when src/io provides them). */
export const EXPORT_FORMATS: ExportFormat[] = [
  "json",
  ...(Object.keys(WRITERS) as (keyof Writers)[]).filter((f) => ioModules[WRITERS[f].module]),
];

const MIME: Record<ExportFormat, string> = {
  json: "application/json",
  gexf: "application/xml",
  graphml: "application/xml",
  csv: "text/csv",
};

export async function exportFile(
  format: ExportFormat,
  graph: ClaimGraph,
  visibility: Visibility,
  baseName: string,
): Promise<{ name: string; blob: Blob }> {
  const name = `${baseName}.${format}`;
  if (format === "json") {
    const text = JSON.stringify(serializeGraph(filteredGraph(graph, visibility)), null, 1);
    return { name, blob: new Blob([text], { type: MIME.json }) };
  }
  const writer = WRITERS[format];
  const load = ioModules[writer.module];
  const write = load ? (await load())[writer.name] : undefined;
  if (typeof write !== "function") throw new Error(`this build cannot write ${format.toUpperCase()}`);
  const text =
    format === "csv"
      ? (write as (g: ClaimGraph, keys: Iterable<string>) => string)(graph, visibility.claims)
      : (write as (g: ClaimGraph) => string)(filteredGraph(graph, visibility));
  return { name, blob: new Blob([text], { type: MIME[format] }) };
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
