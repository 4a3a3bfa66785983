/**
 * An ego fragment's claim carries only its first quotes; the explorer dates a claim with no date
 * of its own by the earliest publication among the quotes it holds. These check that a fragment's
 * claim gets the date the whole claim has, and that the quotes carried stay a prefix for paging.
 */
import { describe, expect, it } from "vitest";
import { claimDate } from "../../src/graph/analytics/claims";
import { createClaimGraph, type DocumentMeta, type EdgeAttributes, type Evidence } from "../../src/model";
import { fragmentEdge, QUOTES_PER_CLAIM, type FoldedGraph } from "../../src/store/fragment";

const PUBLISHED = ["2023-05-02", "2023-04-20", "2023-06-01", "2023-05-30", "2022-11-09", "2023-01-15"];
const documents = new Map<string, DocumentMeta>(
  PUBLISHED.map((published, i) => [
    `doc-${i}`,
    { id: `doc-${i}`, title: `Article ${i}`, published, chars: 100 },
  ]),
);
const folded: FoldedGraph = { countryOf: () => undefined, document: (id) => documents.get(id) };
const quotes: Evidence[] = PUBLISHED.map((_, i) => ({
  doc: `doc-${i}`,
  quote: `Quote ${i}.`,
  start: 0,
  end: 9,
}));

function claim(date?: string): EdgeAttributes {
  const attributes: EdgeAttributes = {
    type: "attributed-to",
    stance: "asserted",
    confidence: 0.8,
    origin: "extracted",
    claimants: [],
    evidence: quotes,
  };
  return date ? { ...attributes, date } : attributes;
}

/** The fragment's edge in a graph holding its documents, as the explorer merges it. */
function dateOfFragment(attributes: EdgeAttributes): { date: string | undefined; carried: Evidence[] } {
  const edge = JSON.parse(fragmentEdge("e", "a", "b", attributes, folded).json) as {
    attributes: EdgeAttributes;
  };
  const graph = createClaimGraph();
  graph.setAttribute("documents", [...documents.values()]);
  graph.addNode("a", { label: "A", type: "group", aliases: [], mentions: [] });
  graph.addNode("b", { label: "B", type: "state", aliases: [], mentions: [] });
  graph.addEdgeWithKey("e", "a", "b", edge.attributes);
  return { date: claimDate(graph, "e"), carried: edge.attributes.evidence };
}

describe("an ego fragment's claim", () => {
  it("with no date of its own keeps its earliest report even when that quote is not among the first", () => {
    const { date, carried } = dateOfFragment(claim());
    expect(date).toBe("2022-11-09");
    expect(carried).toEqual(quotes.slice(0, 5));
  });

  it("with a date of its own carries only the first quotes", () => {
    const { date, carried } = dateOfFragment(claim("2023-03"));
    expect(date).toBe("2023-03");
    expect(carried).toEqual(quotes.slice(0, QUOTES_PER_CLAIM));
  });
});
