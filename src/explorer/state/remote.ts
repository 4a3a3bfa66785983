/**
 * Server mode's session: the graph fetched so far from the claim store (one graph, grown in place
 * by each answer), what each expansion brought (and how many claims its limit left out), and the
 * request in flight. Panels read it through `useRemote()` (null outside server mode) and call its
 * actions; the app gives the explorer a new index of the same graph after each change.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import { createClaimGraph, type ClaimGraph } from "../../model";
import { addEvidence, mergeFragment } from "../data/merge-fragment";
import type { EgoRequest, EgoSummary, StoreApi } from "../data/store-api";

export interface Expansion {
  request: EgoRequest;
  summary: EgoSummary;
  /** Entities and claims this expansion added to the view. */
  addedNodes: number;
  addedClaims: number;
}

export interface RemoteState {
  /** The graph in view, the same object for the whole session: answers are merged into it. */
  graph: ClaimGraph;
  /** Counts the changes of the graph (each merge, each page of quotes). */
  version: number;
  /** The last expansion of each entity, by key. */
  expansions: Record<string, Expansion>;
  /** What is being fetched ("the neighbourhood of Russia"), for a status line. */
  busy: string | null;
  /** The last failure, in words. */
  error: string | null;
  /** The entity the last expansion was about (selected once its neighbourhood is shown). */
  select: string | null;
}

/** Claims fetched per expansion unless the analyst asks for more. */
export const DEFAULT_EXPANSION_LIMIT = 200;

export function createRemoteSession(api: StoreApi, title = "Claim store") {
  let state: RemoteState = {
    graph: createClaimGraph({ title, generatedAt: new Date().toISOString() }),
    version: 0,
    expansions: {},
    busy: null,
    error: null,
    select: null,
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<RemoteState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  async function expand(request: EgoRequest, label = request.node): Promise<void> {
    set({ busy: `the neighbourhood of ${label}`, error: null });
    const answer = await api.ego({ limit: DEFAULT_EXPANSION_LIMIT, ...request });
    if (!answer.ok) return set({ busy: null, error: answer.message });
    const merged = mergeFragment(state.graph, answer.value.fragment, request.node);
    const expansion: Expansion = {
      request,
      summary: answer.value.summary,
      addedNodes: merged.addedNodes,
      addedClaims: merged.addedClaims,
    };
    set({
      version: state.version + 1,
      expansions: { ...state.expansions, [request.node]: expansion },
      busy: null,
      select: request.node,
    });
  }

  async function loadEvidence(claim: string): Promise<void> {
    const have = state.graph.hasEdge(claim) ? state.graph.getEdgeAttribute(claim, "evidence").length : 0;
    set({ busy: "more quotes", error: null });
    const answer = await api.evidence(claim, have, 200);
    if (!answer.ok) return set({ busy: null, error: answer.message });
    const { evidence, documents } = answer.value;
    addEvidence(state.graph, claim, evidence, documents);
    set({ version: state.version + 1, busy: null, select: null });
  }

  return {
    api,
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    expand,
    loadEvidence,
  };
}

export type RemoteSession = ReturnType<typeof createRemoteSession>;

export const RemoteContext = createContext<RemoteSession | null>(null);

/** The server-mode session, or null when the explorer shows a graph file. */
export function useRemote(): RemoteSession | null {
  return useContext(RemoteContext);
}

export function useRemoteState<T>(selector: (state: RemoteState) => T): T | undefined {
  const session = useContext(RemoteContext);
  const subscribe = useCallback(
    (onChange: () => void) => session?.subscribe(onChange) ?? (() => {}),
    [session],
  );
  const read = () => (session ? selector(session.get()) : undefined);
  return useSyncExternalStore(subscribe, read, read);
}
