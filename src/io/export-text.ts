/**
 * Every export format, one function for the explorer's Export menu and `npm run export`: the graph
 * (already filtered by the caller, or whole) as graph JSON, GEXF, GraphML or a STIX 2.1 bundle, or
 * its claims as CSV.
 */
import { serializeGraph, type ClaimGraph } from "../model";
import { claimsToCsv } from "./csv";
import type { ExportFormat } from "./export-formats";
import { writeGexf } from "./gexf";
import { writeGraphml } from "./graphml";
import { writeStixBundle } from "./stix/export";

export interface ExportOptions {
  /** The claims of a CSV, in order (default: every claim of the graph). */
  claims?: Iterable<string>;
  /** The export time of a STIX bundle (default: now). */
  now?: Date;
}

export function exportText(format: ExportFormat, graph: ClaimGraph, options: ExportOptions = {}): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(serializeGraph(graph), null, 1)}\n`;
    case "gexf":
      return writeGexf(graph);
    case "graphml":
      return writeGraphml(graph);
    case "csv":
      return claimsToCsv(graph, options.claims ?? graph.edges());
    case "stix":
      return writeStixBundle(graph, options.now ? { now: options.now } : {});
  }
}
