/** Hooks, limits and small helpers shared by the analyst views (everything but components). */
import { useMemo, useState, type KeyboardEvent } from "react";
import type { ClaimGraph } from "../../model";
import { useExplorer, useViewState } from "../state/context";
import { DEFAULT_FILTERS } from "../state/store";
import { computeVisibility } from "../state/visibility";

/** The label of a node, or the key itself when the graph lacks it. */
export function useLabel(): (node: string) => string {
  const { graph } = useExplorer();
  return (node) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : node);
}

/**
 * The graph the views analyse: the claims that pass the filters (the focus aside, so narrowing to
 * a cell never empties the view it came from). A copy made only when a filter narrows the claims;
 * the displayed graph is never touched.
 */
export function useAnalysisGraph(): ClaimGraph {
  const { graph } = useExplorer();
  const filters = useViewState((s) => s.filters);
  return useMemo(() => {
    if (filters === DEFAULT_FILTERS) return graph;
    const { hiddenEdges } = computeVisibility(graph, { filters, focus: null });
    if (!hiddenEdges) return graph;
    const copy = graph.copy() as ClaimGraph;
    for (const edge of hiddenEdges) copy.dropEdge(edge);
    return copy;
  }, [graph, filters]);
}

/** Matrices show at most this many rows and columns (the busiest). */
export const MATRIX_LIMIT = 25;

export interface RowPage<T> {
  shown: T[];
  total: number;
  step: number;
  showMore: () => void;
}

/** Long lists render a page at a time: big corpora have thousands of pairs or incidents. */
export function useRowLimit<T>(items: T[], step = 100): RowPage<T> {
  const [limit, setLimit] = useState(step);
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    total: items.length,
    step,
    showMore: () => setLimit((l) => l + step),
  };
}

/** Keyboard activation for SVG elements with role="button" (a <g> has no native Enter/Space). */
export const onEnterOrSpace = (action: () => void) => (event: KeyboardEvent) => {
  if (event.key !== "Enter" && event.key !== " ") return;
  event.preventDefault();
  action();
};
