/**
 * Moving claims and entities to new keys. Every change builds new attribute objects and arrays:
 * a graph copied with `graph.copy()` shares them with its original, which must stay untouched.
 */
import { edgeKey, type ClaimGraph, type EdgeAttributes, type EdgeType, type Evidence } from "../../model";

const spanId = (e: Evidence) => `${e.doc}:${e.start}:${e.end}`;

/**
 * One claim out of two that share an edge key: evidence and claimants joined, `primary`'s date and
 * review kept when it has them, asserted when either is, curated when either is.
 */
export function joinClaims(primary: EdgeAttributes, secondary: EdgeAttributes): EdgeAttributes {
  const seen = new Set(primary.evidence.map(spanId));
  const evidence = [...primary.evidence, ...secondary.evidence.filter((e) => !seen.has(spanId(e)))];
  const joined: EdgeAttributes = {
    ...secondary,
    ...primary,
    evidence,
    claimants: [...new Set([...primary.claimants, ...secondary.claimants])],
    stance: primary.stance === "asserted" || secondary.stance === "asserted" ? "asserted" : "suspected",
    confidence: Math.max(primary.confidence, secondary.confidence),
    origin: primary.origin === "curated" || secondary.origin === "curated" ? "curated" : "extracted",
  };
  const date = primary.date ?? secondary.date;
  const review = primary.review ?? secondary.review;
  if (date === undefined) delete joined.date;
  else joined.date = date;
  if (review === undefined) delete joined.review;
  else joined.review = review;
  return joined;
}

/**
 * Puts a claim under (type, source, target), joining the claim already there. Returns the new key
 * and whether it joined another claim. The caller has checked the type rules and that the ends differ.
 */
export function putClaim(
  graph: ClaimGraph,
  attributes: EdgeAttributes,
  source: string,
  target: string,
): { key: string; joined: boolean } {
  const key = edgeKey(attributes.type, source, target);
  if (graph.hasEdge(key)) {
    graph.replaceEdgeAttributes(key, joinClaims(graph.getEdgeAttributes(key), attributes));
    return { key, joined: true };
  }
  graph.addDirectedEdgeWithKey(key, source, target, attributes);
  return { key, joined: false };
}

/** Moves the claim under `key` to a new type and ends (joining a claim there); returns the new key. */
export function moveClaim(
  graph: ClaimGraph,
  key: string,
  type: EdgeType,
  source: string,
  target: string,
): { key: string; joined: boolean } {
  if (key === edgeKey(type, source, target)) return { key, joined: false };
  const attributes = { ...graph.getEdgeAttributes(key), type };
  graph.dropEdge(key);
  return putClaim(graph, attributes, source, target);
}

/** Where an edge of `from` goes once `from` becomes `to`. */
export function repointedEnds(
  graph: ClaimGraph,
  edge: string,
  from: string,
  to: string,
): { source: string; target: string } {
  const source = graph.source(edge);
  const target = graph.target(edge);
  return { source: source === from ? to : source, target: target === from ? to : target };
}

/**
 * Replaces node `from` by node `to` (already in the graph) everywhere: claim ends, claimants and
 * `country` references; then drops `from`. Claims that would join `to` to itself are dropped, each
 * named in a notice. The caller has checked the type rules of the re-pointed claims.
 */
export function repointNode(graph: ClaimGraph, from: string, to: string, notices: string[]): void {
  for (const edge of graph.edges(from)) {
    const { source, target } = repointedEnds(graph, edge, from, to);
    if (source === target) {
      notices.push(`dropped claim ${edge}: it would join ${to} to itself`);
      graph.dropEdge(edge);
      continue;
    }
    moveClaim(graph, edge, graph.getEdgeAttribute(edge, "type"), source, target);
  }
  const swap = (keys: string[]) => [...new Set(keys.map((k) => (k === from ? to : k)))];
  graph.forEachEdge((edge, attributes) => {
    const named =
      attributes.claimants.includes(from) || attributes.evidence.some((e) => e.claimants?.includes(from));
    if (!named) return;
    graph.replaceEdgeAttributes(edge, {
      ...attributes,
      claimants: swap(attributes.claimants),
      evidence: attributes.evidence.map((e) => (e.claimants ? { ...e, claimants: swap(e.claimants) } : e)),
    });
  });
  graph.forEachNode((node, attributes) => {
    if (attributes.country === from) graph.setNodeAttribute(node, "country", to);
  });
  graph.dropNode(from);
}
