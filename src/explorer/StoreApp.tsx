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

/** What the explorer says when a graph arrives: what the fetch brought and what its limit left out. */
function arrivalNotices(remote: RemoteState): string[] {
  if (remote.version === 0) return ["Server mode: search the claim store for an entity to load its claims."];
  const expansion = remote.select ? remote.expansions[remote.select] : undefined;
  if (!expansion || !remote.select || !remote.graph.hasNode(remote.select)) return [];
  const label = remote.graph.getNodeAttribute(remote.select, "label");
  const { total, omitted } = expansion.summary;
  return [
    `${label}: ${total} matching claim${total === 1 ? "" : "s"} in the store, ${expansion.addedClaims} new here` +
      (omitted > 0 ? `; ${omitted} left out by the limit` : ""),
  ];
}

/** The view of the previous graph, kept for the next one, with the entity just fetched selected. */
function carriedView(previous: ViewState | undefined, remote: RemoteState): Partial<ViewState> | undefined {
  if (!previous) return undefined;
  // The camera is not carried: sigma frames the whole grown graph, whose extent has changed.
  const { hovered: _hovered, flyTo: _flyTo, notices: _notices, camera: _camera, ...kept } = previous;
  if (!remote.select || !remote.graph.hasNode(remote.select)) return kept;
  return {
    ...kept,
    selection: { kind: "node", key: remote.select },
    tab: kept.tab === "graph" || kept.tab === "claims" ? kept.tab : "graph",
  };
}

export function StoreApp({ base }: { base: string }) {
  const [session] = useState(() => createRemoteSession(createStoreApi(base)));
  const remote = useSyncExternalStore(session.subscribe, session.get);
  const [viewStore, setViewStore] = useState<ViewStore | null>(null);
  // Once per graph: the view store's later changes belong to the explorer on screen.
  const { prepared, initialView } = useMemo(() => {
    const current = session.get();
    const { graph } = current;
    const prepared: PreparedGraph = {
      graph,
      source: base,
      renderData: prepareForRendering(graph),
      index: buildGraphIndex(graph),
      notices: arrivalNotices(current),
    };
    return { prepared, initialView: carriedView(viewStore?.get(), current) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote.version]);

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
