/**
 * The one definition of "visible" in the explorer, used by the reducers, the claims table, the
 * counts and the exports.
 *
 * - A claim (edge) is visible when its type, both endpoint types, its date, stance, documents,
 *   confidence and review state pass the filters (rejected claims only with "Show rejected"), and
 *   it belongs to the focus when there is one.
 * - A node is visible when its type passes and, while a filter narrows the claims (date, stance,
 *   documents, confidence, focus), it is an endpoint of a visible claim. Hiding an edge type alone
 *   does not hide nodes: the entities stay on the map.
 */
import type { ClaimGraph } from "../../model";
import { claimDate } from "../data/claimDates";
import type { Filters, Focus, ViewState } from "./store";

export type VisibilityState = Pick<ViewState, "filters" | "focus">;

/** "2022-08" → ["2022-08-00", "2022-08-99"]: partial dates compare as the span they cover. */
function dateSpan(date: string): [string, string] {
  const parts = date.split("-");
  return [
    [parts[0], parts[1] ?? "00", parts[2] ?? "00"].join("-"),
    [parts[0], parts[1] ?? "99", parts[2] ?? "99"].join("-"),
  ];
}

/** True when a (partial) date overlaps a (partial) date range; an undated claim never does. */
export function dateInRange(date: string | undefined, [from, to]: Filters["dateRange"]): boolean {
  if (from === null && to === null) return true;
  if (!date) return false;
  const [start, end] = dateSpan(date);
  if (from !== null && end < dateSpan(from)[0]) return false;
  if (to !== null && start > dateSpan(to)[1]) return false;
  return true;
}

/** Does any filter (or the focus) narrow the set of claims, beyond edge types? */
function narrowsClaims(state: VisibilityState): boolean {
  const f = state.filters;
  return (
    state.focus !== null ||
    f.dateRange[0] !== null ||
    f.dateRange[1] !== null ||
    f.stances.length < 2 ||
    f.documents !== null ||
    f.minConfidence > 0 ||
    !f.review.includes("unreviewed") ||
    !f.review.includes("confirmed")
  );
}

function nodeTypeAllowed(graph: ClaimGraph, node: string, filters: Filters): boolean {
  return filters.nodeTypes.includes(graph.getNodeAttribute(node, "type"));
}

/** A claim's own tests, without the focus (focus membership is a set lookup done by the caller). */
function claimPasses(graph: ClaimGraph, edge: string, filters: Filters, documents: Set<string> | null) {
  const a = graph.getEdgeAttributes(edge);
  if (!filters.edgeTypes.includes(a.type)) return false;
  if (!filters.review.includes(a.review?.state ?? "unreviewed")) return false;
  if (!filters.stances.includes(a.stance)) return false;
  if (a.confidence < filters.minConfidence) return false;
  if (documents && !a.evidence.some((e) => documents.has(e.doc))) return false;
  if (!nodeTypeAllowed(graph, graph.source(edge), filters)) return false;
  if (!nodeTypeAllowed(graph, graph.target(edge), filters)) return false;
  return dateInRange(claimDate(graph, edge), filters.dateRange);
}

export function isClaimVisible(graph: ClaimGraph, edge: string, state: VisibilityState): boolean {
  if (state.focus && !state.focus.claims.includes(edge)) return false;
  const documents = state.filters.documents ? new Set(state.filters.documents) : null;
  return claimPasses(graph, edge, state.filters, documents);
}

export function isNodeVisible(graph: ClaimGraph, node: string, state: VisibilityState): boolean {
  if (!nodeTypeAllowed(graph, node, state.filters)) return false;
  if (!narrowsClaims(state)) return true;
  return graph.someEdge(node, (edge) => isClaimVisible(graph, edge, state));
}

/** Everything the renderer and the panels need, computed in one pass per filter change. */
export interface Visibility {
  /** Hidden node keys; `null` when every node is visible. */
  hiddenNodes: Set<string> | null;
  /** Hidden edge keys; `null` when every edge is visible. */
  hiddenEdges: Set<string> | null;
  /** Visible claim keys, in graph order. */
  claims: string[];
  nodeCount: number;
}

export function computeVisibility(graph: ClaimGraph, state: VisibilityState): Visibility {
  const { filters, focus } = state;
  const focusSet = focus ? new Set(focus.claims) : null;
  const documents = filters.documents ? new Set(filters.documents) : null;
  const claims: string[] = [];
  const hiddenEdges = new Set<string>();
  graph.forEachEdge((edge) => {
    if ((!focusSet || focusSet.has(edge)) && claimPasses(graph, edge, filters, documents)) claims.push(edge);
    else hiddenEdges.add(edge);
  });

  const narrows = narrowsClaims(state);
  const endpoints = new Set<string>();
  if (narrows)
    for (const edge of claims) {
      endpoints.add(graph.source(edge));
      endpoints.add(graph.target(edge));
    }
  const hiddenNodes = new Set<string>();
  graph.forEachNode((node, a) => {
    if (!filters.nodeTypes.includes(a.type) || (narrows && !endpoints.has(node))) hiddenNodes.add(node);
  });
  return {
    hiddenNodes: hiddenNodes.size ? hiddenNodes : null,
    hiddenEdges: hiddenEdges.size ? hiddenEdges : null,
    claims,
    nodeCount: graph.order - hiddenNodes.size,
  };
}

/** The claims visible under a state, in graph order. */
export function visibleClaims(graph: ClaimGraph, state: VisibilityState): string[] {
  return computeVisibility(graph, state).claims;
}

/**
 * Memoises `computeVisibility` on the identity of the filters and focus (the store replaces them,
 * never mutates them), so every consumer of one state shares one computation.
 */
export function createVisibilityCache(graph: ClaimGraph) {
  let last: { filters: Filters; focus: Focus | null; value: Visibility } | null = null;
  return {
    get(state: VisibilityState): Visibility {
      if (last && last.filters === state.filters && last.focus === state.focus) return last.value;
      last = { filters: state.filters, focus: state.focus, value: computeVisibility(graph, state) };
      return last.value;
    },
  };
}
export type VisibilityCache = ReturnType<typeof createVisibilityCache>;
