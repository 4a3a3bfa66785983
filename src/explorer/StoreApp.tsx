/**
 * The explorer in server mode (`npm run serve`): it starts empty with the search box, and every
 * entity searched or expanded brings its neighbourhood from the claim store into the graph in view.
 * Each new graph gets a new explorer with the view carried over (selection, filters, camera, tab),
 * so the index, counts, claims table and analyst views always cover exactly what is loaded.
 */
import { useMemo, useState, useSyncExternalStore } from "react";
import { buildGraphIndex } from "./data/graphIndex";
import { createStoreApi } from "./data/store-api";
import { Explorer, type PreparedGraph } from "./Explorer";
import { prepareForRendering } from "./sigma/renderData";
import { createRemoteSession, RemoteContext, type RemoteState } from "./state/remote";
import type { ViewState, ViewStore } from "./state/store";

/** The view of the previous graph, kept for the next one, with the entity just fetched selected. */
function carriedView(previous: ViewState | undefined, remote: RemoteState): Partial<ViewState> {
  const notices: string[] = [];
  const expansion = remote.select ? remote.expansions[remote.select] : undefined;
  if (expansion && remote.select) {
    const label = remote.graph.hasNode(remote.select)
      ? remote.graph.getNodeAttribute(remote.select, "label")
      : remote.select;
    const { total, omitted } = expansion.summary;
    notices.push(
      `${label}: ${total} claim${total === 1 ? "" : "s"} in the store, ${expansion.addedClaims} new here` +
        (omitted > 0 ? `; ${omitted} left out by the limit` : ""),
    );
  }
  if (!previous) return { notices };
  // The camera is not carried: sigma frames the whole grown graph, whose extent has changed.
  const { hovered: _hovered, flyTo: _flyTo, notices: _notices, camera: _camera, ...kept } = previous;
  if (!remote.select || !remote.graph.hasNode(remote.select)) return { ...kept, notices };
  return {
    ...kept,
    notices,
    selection: { kind: "node", key: remote.select },
    tab: kept.tab === "graph" || kept.tab === "claims" ? kept.tab : "graph",
  };
}

export function StoreApp({ base }: { base: string }) {
  const [session] = useState(() => createRemoteSession(createStoreApi(base)));
  const remote = useSyncExternalStore(session.subscribe, session.get);
  const graph = remote.graph;
  const [viewStore, setViewStore] = useState<ViewStore | null>(null);
  const prepared = useMemo<PreparedGraph>(
    () => ({ graph, source: base, renderData: prepareForRendering(graph), index: buildGraphIndex(graph) }),
    [graph, base],
  );
  const initialView = useMemo(
    () =>
      remote.version === 0
        ? { notices: ["Server mode: search the claim store for an entity to load its claims."] }
        : carriedView(viewStore?.get(), session.get()),
    // Computed once per graph: the view store's later changes belong to the explorer shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [remote.version],
  );

  return (
    <RemoteContext value={session}>
      <Explorer
        key={remote.version}
        prepared={prepared}
        documents={session.api.documents}
        readUrlState={false}
        initialView={initialView}
        onStore={setViewStore}
        onOpenFile={() =>
          viewStore?.set((s) => ({
            notices: [
              ...s.notices,
              "In server mode the graph comes from the claim store; open files in the explorer of `npm run dev` or `npm run preview`.",
            ],
          }))
        }
      />
    </RemoteContext>
  );
}
