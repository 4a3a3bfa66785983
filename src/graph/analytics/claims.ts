/**
 * Plain claim records the analyses hand to the views: a claim (edge) with its key, ends, date and
 * quotes, so a view never reaches back into graphology to explain a number.
 */
import type { ClaimGraph, EdgeType, Stance } from "../../model";
import { earliestDate } from "./dates";

export interface Quote {
  doc: string;
  quote: string;
  start: number;
  end: number;
  /** Who makes the claim in this sentence, when the extractor knows. */
  claimants?: string[];
}

export interface ClaimRecord {
  key: string;
  type: EdgeType;
  source: string;
  target: string;
  date?: string;
  stance: Stance;
  claimants: string[];
  quotes: Quote[];
}

export function claimRecord(graph: ClaimGraph, key: string): ClaimRecord {
  const a = graph.getEdgeAttributes(key);
  return {
    key,
    type: a.type,
    source: graph.source(key),
    target: graph.target(key),
    ...(a.date ? { date: a.date } : {}),
    stance: a.stance,
    claimants: a.claimants,
    quotes: a.evidence.map(({ doc, quote, start, end, claimants }) => ({
      doc,
      quote,
      start,
      end,
      ...(claimants ? { claimants } : {}),
    })),
  };
}

/** Every claim of the given types, in the graph's edge order. */
export function claimsOfTypes(graph: ClaimGraph, types: readonly EdgeType[]): ClaimRecord[] {
  const records: ClaimRecord[] = [];
  graph.forEachEdge((key, a) => {
    if (types.includes(a.type)) records.push(claimRecord(graph, key));
  });
  return records;
}

/** The publication date of each document of the graph that has one. */
export function publicationDates(graph: ClaimGraph): Map<string, string> {
  const dates = new Map<string, string>();
  for (const doc of graph.getAttribute("documents")) if (doc.published) dates.set(doc.id, doc.published);
  return dates;
}

/** The publication date of the first document reporting these quotes, if any has one. */
export function firstReportDate(
  quotes: readonly { doc: string }[],
  published: ReadonlyMap<string, string>,
): string | undefined {
  return earliestDate(quotes.map((q) => published.get(q.doc)));
}

/**
 * When a claim happened: its own `date`, else the publication date of the first document that
 * reports it (a claim is at the latest as old as its first report). Pass `published` when dating
 * many claims.
 */
export function claimDate(
  graph: ClaimGraph,
  edge: string,
  published: ReadonlyMap<string, string> = publicationDates(graph),
): string | undefined {
  const attributes = graph.getEdgeAttributes(edge);
  if (attributes.date) return attributes.date;
  return firstReportDate(attributes.evidence, published);
}
