/**
 * Building blocks of the analyst views: the button that narrows the graph and the claims table to
 * the claims behind a number, entity names, dates and quotes (always React text, never HTML).
 */
import { useMemo, type ReactNode } from "react";
import type { Quote } from "../../graph/analytics/claims";
import type { ClaimGraph } from "../../model";
import { useExplorer } from "../state/context";
import { DEFAULT_FILTERS, useViewState } from "../state/store";
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

interface FocusButtonProps {
  /** Claim (edge) keys behind the number. */
  claims: string[];
  /** What the focus is, e.g. "Ostmark attributed by Valdoria" (shown on the focus chip). */
  label: string;
  children: ReactNode;
}

/** A number or cell that narrows the graph and the claims table to exactly its claims. */
export function FocusButton({ claims, label, children }: FocusButtonProps) {
  const { store } = useExplorer();
  const focus = useViewState((s) => s.focus);
  const active = focus !== null && focus.label === label && sameKeys(focus.claims, claims);
  if (claims.length === 0) return <span className="kg-zero">{children}</span>;
  return (
    <button
      type="button"
      className="kg-focus"
      aria-pressed={active}
      title={`Show the ${claims.length} claim${claims.length === 1 ? "" : "s"}: ${label}`}
      data-claims={claims.length}
      onClick={() => store.set({ focus: active ? null : { label, claims: [...new Set(claims)] } })}
    >
      {children}
    </button>
  );
}

const sameKeys = (a: string[], b: string[]) => {
  const set = new Set(b);
  return new Set(a).size === set.size && a.every((k) => set.has(k));
};

/** An entity's name; a click selects it in the graph. */
export function EntityName({ node }: { node: string }) {
  const { graph, store } = useExplorer();
  if (!graph.hasNode(node)) return <span>{node}</span>;
  return (
    <button
      type="button"
      className="kg-entity"
      data-node={node}
      onClick={() => store.set({ selection: { kind: "node", key: node } })}
    >
      {graph.getNodeAttribute(node, "label")}
    </button>
  );
}

export function EntityList({ nodes }: { nodes: string[] }) {
  if (nodes.length === 0) return <span className="kg-none">—</span>;
  return (
    <ul className="kg-inline">
      {nodes.map((node) => (
        <li key={node}>
          <EntityName node={node} />
        </li>
      ))}
    </ul>
  );
}

export function DateText({ date }: { date?: string | undefined }) {
  return date ? <time dateTime={date}>{date}</time> : <span className="kg-none">undated</span>;
}

/** Days as "+12 d" (or "same period" when dates are too coarse to count days). */
export function LagText({ days, from, to }: { days: number | null; from?: string; to?: string }) {
  if (days !== null) return <span>{days === 0 ? "same day" : `${days > 0 ? "+" : ""}${days} d`}</span>;
  if (from && to)
    return (
      <span className="kg-none">
        not in days ({from} → {to})
      </span>
    );
  return <span className="kg-none">—</span>;
}

/** The quotes behind some claims, each opening its article in the reader. */
export function Quotes({ quotes }: { quotes: Quote[] }) {
  const { store } = useExplorer();
  if (quotes.length === 0) return null;
  return (
    <details className="kg-quotes">
      <summary>
        {quotes.length} quote{quotes.length === 1 ? "" : "s"}
      </summary>
      <ul>
        {quotes.map((q, i) => (
          <li key={`${q.doc}:${q.start}:${i}`}>
            <blockquote>{q.quote}</blockquote>
            <button
              type="button"
              className="kg-link"
              onClick={() => store.set({ reader: { doc: q.doc, start: q.start, end: q.end } })}
            >
              Read in {q.doc}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
