/**
 * View state: everything about how the graph is looked at (selection, filters, appearance, camera),
 * never the graph itself. One store per explorer instance (created by the app, handed down through
 * `ExplorerContext`), read with `useViewState(selector)` so a component re-renders only when the
 * slice it selected changes.
 */
import { useCallback, useSyncExternalStore } from "react";
import { EDGE_TYPES, NODE_TYPES, STANCES, type EdgeType, type NodeType, type Stance } from "../../model";

export type Selection = { kind: "node" | "edge"; key: string };

/** Partial ISO dates ("2022", "2022-08", "2022-08-26"); `null` leaves that end open. */
export type DateRange = [from: string | null, to: string | null];

export interface Filters {
  /** Visible node types. */
  nodeTypes: NodeType[];
  /** Visible edge (claim) types. */
  edgeTypes: EdgeType[];
  dateRange: DateRange;
  stances: Stance[];
  /** Visible source documents (ids); `null` = all of them. */
  documents: string[] | null;
  /** Claims below this confidence are hidden. */
  minConfidence: number;
  /** Visible review states; rejected claims are left out unless "Show rejected" is on. */
  review: ReviewFilter[];
}

export const REVIEW_FILTERS = ["unreviewed", "confirmed", "rejected"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** Claims an analyst view narrowed the graph and the table to; shown as a removable chip. */
export interface Focus {
  label: string;
  /** Edge keys. */
  claims: string[];
}

export const LABEL_DENSITIES = ["none", "few", "some", "all"] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

/** Node size: degree (always available) or a metric of `src/graph/analytics/metrics.ts`. */
export const SIZE_BY = ["degree", "pagerank", "betweenness", "uniform"] as const;
export type SizeBy = (typeof SIZE_BY)[number];

export const COLOR_BY = ["type", "community"] as const;
export type ColorBy = (typeof COLOR_BY)[number];

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ReaderTarget {
  doc: string;
  start: number;
  end: number;
  /** The quoted sentence, shown when the article itself cannot be had. */
  quote?: string;
}

export const TABS = ["graph", "claims", "help", "attribution", "timeline", "paths", "ego"] as const;
export type Tab = (typeof TABS)[number];

export interface ViewState {
  selection: Selection | null;
  /** The node under the pointer (graph or a list that previews a node). */
  hovered: string | null;
  filters: Filters;
  focus: Focus | null;
  labelDensity: LabelDensity;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** Issue 5: draw the actors projection (incidents folded away) in the main view. */
  showActorsProjection: boolean;
  reader: ReaderTarget | null;
  /** Last settled camera; written by the camera controller, read by the URL codec. */
  camera: CameraState | null;
  tab: Tab;
  /** A request to move the camera to a node (search, "show on graph"); a new object per request. */
  flyTo: { node: string } | null;
  /** Messages for the aria-live notice area (URL values dropped, export done, ...). */
  notices: string[];
}

export const DEFAULT_FILTERS: Filters = {
  nodeTypes: [...NODE_TYPES],
  edgeTypes: [...EDGE_TYPES],
  dateRange: [null, null],
  stances: [...STANCES],
  documents: null,
  minConfidence: 0,
  review: ["unreviewed", "confirmed"],
};

export const DEFAULT_VIEW_STATE: ViewState = {
  selection: null,
  hovered: null,
  filters: DEFAULT_FILTERS,
  focus: null,
  labelDensity: "some",
  sizeBy: "degree",
  colorBy: "type",
  showActorsProjection: false,
  reader: null,
  camera: null,
  tab: "graph",
  flyTo: null,
  notices: [],
};

export type Patch = Partial<ViewState>;
type Listener = (state: ViewState, previous: ViewState) => void;

export interface ViewStore {
  get(): ViewState;
  /** Shallow-merges a patch (or the patch a function returns); listeners run only on a change. */
  set(patch: Patch | ((state: ViewState) => Patch)): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void;
}

export function createViewStore(initial: Partial<ViewState> = {}): ViewStore {
  let state: ViewState = { ...DEFAULT_VIEW_STATE, ...initial };
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const changes = typeof patch === "function" ? patch(state) : patch;
      const keys = Object.keys(changes) as (keyof ViewState)[];
      if (keys.every((k) => Object.is(changes[k], state[k]))) return;
      const previous = state;
      state = { ...state, ...changes };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Subscribes a component to one slice of the store. */
export function useStoreSlice<T>(store: ViewStore, selector: (state: ViewState) => T): T {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  return useSyncExternalStore(
    subscribe,
    () => selector(store.get()),
    () => selector(store.get()),
  );
}

/** Adds a notice for the aria-live area. */
export function notify(store: ViewStore, message: string): void {
  store.set((s) => ({ notices: [...s.notices, message] }));
}
