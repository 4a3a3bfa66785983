/** The end-of-run summary of an ingest: documents, entities by type, claims by type, warnings. */
import { EDGE_TYPES, NODE_TYPES, type ClaimGraph } from "../model";
import type { IngestResult } from "./ingest-corpus";

/** Warnings listed in full up to this many; past it, the first ones and a count. */
const WARNINGS_SHOWN = 20;

export interface IngestSummary {
  out: string;
  files: number;
  documents: number;
  skipped: number;
  entities: Record<string, number>;
  claims: Record<string, number>;
  warnings: string[];
  seconds: { extract: number; layout: number; write: number };
}

function countBy(
  types: readonly string[],
  each: (count: (type: string) => void) => void,
): Record<string, number> {
  const counts: Record<string, number> = {};
  each((type) => (counts[type] = (counts[type] ?? 0) + 1));
  return Object.fromEntries(types.filter((t) => counts[t]).map((t) => [t, counts[t]!]));
}

export function summarize(result: IngestResult, out: string, writeSeconds: number): IngestSummary {
  const graph: ClaimGraph = result.graph;
  return {
    out,
    files: result.files,
    documents: result.documents,
    skipped: result.files - result.documents,
    entities: countBy(NODE_TYPES, (count) => graph.forEachNode((_k, a) => count(a.type))),
    claims: countBy(EDGE_TYPES, (count) => graph.forEachEdge((_k, a) => count(a.type))),
    warnings: result.warnings,
    seconds: { ...result.timings, write: writeSeconds },
  };
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const listCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([type, n]) => `${type} ${n}`)
    .join(", ") || "none";

export function formatSummary(s: IngestSummary): string {
  const seconds = s.seconds.extract + s.seconds.layout + s.seconds.write;
  const lines = [
    `documents: ${s.documents} ingested${s.skipped ? `, ${s.skipped} skipped` : ""} (${s.files} files) in ${seconds.toFixed(1)} s → ${s.out}`,
    `entities: ${total(s.entities)} (${listCounts(s.entities)})`,
    `claims: ${total(s.claims)} (${listCounts(s.claims)})`,
    `warnings: ${s.warnings.length}`,
    ...s.warnings.slice(0, WARNINGS_SHOWN).map((w) => `  ${w}`),
  ];
  if (s.warnings.length > WARNINGS_SHOWN)
    lines.push(`  … and ${s.warnings.length - WARNINGS_SHOWN} more (--json lists them all)`);
  return lines.join("\n");
}
