/**
 * View state → `Appearance`: each function updates one part of the appearance in place and says
 * which nodes and edges changed, so the controller can refresh sigma partially (hover, a move of
 * the selection) or fully (filters, restyle).
 */
import type { ClaimGraph } from "../../model";
import type { NodeMetrics } from "../../graph/analytics/metrics";
import type { ColorBy, Selection, SizeBy, ViewState } from "../state/store";
import type { Visibility } from "../state/visibility";
import { COMMUNITY_COLORS, edgeSizeFor, NODE_COLORS, type Appearance } from "./appearance";

const MIN_NODE_SIZE = 3;
const MAX_NODE_SIZE = 16;

/** Metric values scaled to node sizes (square root, so area follows the value). */
function sizesFrom(graph: ClaimGraph, value: (node: string) => number, out: Map<string, number>) {
  let max = 0;
  graph.forEachNode((node) => {
    max = Math.max(max, value(node));
  });
  graph.forEachNode((node) => {
    const ratio = max > 0 ? Math.sqrt(Math.max(0, value(node)) / max) : 0;
    out.set(node, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * ratio);
  });
}

/** Does this choice need the metrics of src/graph/analytics (computed on demand)? */
export const needsMetrics = (sizeBy: SizeBy, colorBy: ColorBy) =>
  sizeBy === "pagerank" || sizeBy === "betweenness" || colorBy === "community";

/** Precomputes every node's size and colour; run once per appearance change, not per frame. */
export function styleNodes(
  appearance: Appearance,
  graph: ClaimGraph,
  sizeBy: SizeBy,
  colorBy: ColorBy,
  metrics: NodeMetrics | null,
): void {
  const { nodeSize, nodeColor } = appearance;
  nodeSize.clear();
  nodeColor.clear();
  if (sizeBy === "uniform") graph.forEachNode((node) => nodeSize.set(node, 6));
  else if (sizeBy === "degree" || !metrics) sizesFrom(graph, (node) => graph.degree(node), nodeSize);
  else {
    const values = metrics[sizeBy];
    sizesFrom(graph, (node) => values[node] ?? 0, nodeSize);
  }
  const community = colorBy === "community" ? metrics?.community : undefined;
  graph.forEachNode((node, a) => {
    const c = community?.[node];
    nodeColor.set(
      node,
      c === undefined ? NODE_COLORS[a.type] : (COMMUNITY_COLORS[c % COMMUNITY_COLORS.length] ?? "#999"),
    );
  });
}

export function applyVisibility(appearance: Appearance, visibility: Visibility): void {
  appearance.hiddenNodes = visibility.hiddenNodes;
  appearance.hiddenEdges = visibility.hiddenEdges;
}

/** Folds incidents and their claims away while the actors projection is shown (its layer draws the links). */
export function applyProjection(appearance: Appearance, graph: ClaimGraph, on: boolean): void {
  if (!on) {
    appearance.folded = null;
    return;
  }
  const nodes = new Set(graph.filterNodes((_node, a) => a.type === "incident"));
  const edges = new Set(
    graph.filterEdges((_edge, _a, source, target) => nodes.has(source) || nodes.has(target)),
  );
  appearance.folded = { nodes, edges };
}

export interface Changed {
  nodes: string[];
  edges: string[];
}

/** The items whose look depends on a selection: the node, its neighbours and its edges. */
function neighbourhood(
  graph: ClaimGraph,
  selection: Selection | null,
): { nodes: Set<string>; edges: Set<string> } | null {
  if (!selection) return null;
  if (selection.kind === "edge") {
    if (!graph.hasEdge(selection.key)) return null;
    return { nodes: new Set(graph.extremities(selection.key)), edges: new Set([selection.key]) };
  }
  if (!graph.hasNode(selection.key)) return null;
  const nodes = new Set([selection.key, ...graph.neighbors(selection.key)]);
  return { nodes, edges: new Set(graph.edges(selection.key)) };
}

/**
 * Highlights the selection's neighbourhood (the rest is dimmed by the selection layer). Returns the
 * nodes whose look changed: the old and the new neighbourhoods.
 */
export function applySelection(
  appearance: Appearance,
  graph: ClaimGraph,
  selection: Selection | null,
): Changed {
  const before = appearance.highlightedNodes;
  const after = neighbourhood(graph, selection);
  appearance.highlightedNodes = after?.nodes ?? null;
  appearance.highlightedEdges = after?.edges ?? null;
  appearance.selectedNode = selection?.kind === "node" ? selection.key : null;
  return { nodes: [...new Set([...(before ?? []), ...(after?.nodes ?? [])])], edges: [] };
}

/** Marks the hovered node; only it and the previously hovered node change. */
export function applyHover(appearance: Appearance, graph: ClaimGraph, hovered: string | null): Changed {
  const previous = appearance.hoveredNode;
  appearance.hoveredNode = hovered !== null && graph.hasNode(hovered) ? hovered : null;
  return { nodes: [previous, appearance.hoveredNode].filter((n): n is string => n !== null), edges: [] };
}

/**
 * Fills every part of the appearance again, for a graph whose contents changed in place (a
 * workspace's review or new articles); the metrics of the graph before are forgotten.
 */
export function refillAppearance(
  appearance: Appearance,
  graph: ClaimGraph,
  state: ViewState,
  visibility: Visibility,
  curvature: Map<string, number>,
  metrics: { current: NodeMetrics | null },
): void {
  metrics.current = null;
  appearance.curvature = curvature;
  appearance.edgeSize = edgeSizeFor(graph.size);
  styleNodes(appearance, graph, state.sizeBy, state.colorBy, null);
  applyVisibility(appearance, visibility);
  applySelection(appearance, graph, state.selection);
  applyHover(appearance, graph, state.hovered);
  applyProjection(appearance, graph, state.showActorsProjection);
}
