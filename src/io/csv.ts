/**
 * The visible claims as CSV (RFC 4180), the table analysts paste into reports: one row per claim,
 * names instead of keys, every quote of the claim in one cell. Cells that a spreadsheet would run
 * as a formula (starting with = + - @, or a tab or carriage return) are defused with a leading '.
 */
import type { ClaimGraph } from "../model";

export const CSV_HEADER = [
  "type",
  "from",
  "to",
  "claimants",
  "stance",
  "date",
  "confidence",
  "article(s)",
  "quote(s)",
] as const;

/** Rows for `edgeKeys` in their order; keys not in the graph are skipped. Lines end in CRLF. */
export function claimsToCsv(graph: ClaimGraph, edgeKeys: Iterable<string>): string {
  const label = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : node);
  const titles = new Map(graph.getAttribute("documents").map((d) => [d.id, d.title || d.id]));
  const rows: string[] = [CSV_HEADER.map(csvCell).join(",")];
  for (const key of edgeKeys) {
    if (!graph.hasEdge(key)) continue;
    const claim = graph.getEdgeAttributes(key);
    const articles = [...new Set(claim.evidence.map((e) => titles.get(e.doc) ?? e.doc))];
    rows.push(
      [
        claim.type,
        label(graph.source(key)),
        label(graph.target(key)),
        claim.claimants.map(label).join("; "),
        claim.stance,
        claim.date ?? "",
        String(claim.confidence),
        articles.join("; "),
        claim.evidence.map((e) => e.quote).join("\n"),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return rows.join("\r\n") + "\r\n";
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted when it holds a quote, comma or line break; formulas defused. */
function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
