/**
 * What every panel, controller and view of one explorer instance shares: the graph it shows (never
 * mutated by filters), the view-state store, the article source for the reader, the per-graph index
 * (search, counts, dates) and the visibility cache.
 */
import { createContext, useContext } from "react";
import type { ClaimGraph } from "../../model";
import type { DocumentSource } from "../data/documents";
import type { GraphIndex } from "../data/graphIndex";
import { useStoreSlice, type ViewState, type ViewStore } from "./store";
import type { Visibility, VisibilityCache } from "./visibility";

export interface Explorer {
  graph: ClaimGraph;
  store: ViewStore;
  documents: DocumentSource;
  index: GraphIndex;
  visibility: VisibilityCache;
}

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error("useExplorer() must be called inside <ExplorerContext value={...}>");
  return explorer;
}

/** The visibility of the current filters and focus; re-renders only when they change. */
export function useVisibility(): Visibility {
  const { store, visibility } = useExplorer();
  const filters = useStoreSlice(store, (s) => s.filters);
  const focus = useStoreSlice(store, (s) => s.focus);
  return visibility.get({ filters, focus });
}

/**
 * A slice of the explorer's view state. The selector must return a value held in the state (or a
 * primitive), not a new object per call, or the component re-renders on every store change.
 */
export function useViewState<T>(selector: (state: ViewState) => T): T {
  return useStoreSlice(useExplorer().store, selector);
}
