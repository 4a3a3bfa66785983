/**
 * The explorer in server mode (`npm run serve`): it starts empty with the search box, and every
 * entity searched or expanded brings its neighbourhood from the claim store into the graph in view.
 * The graph is one object grown in place; after each change the explorer gets a new index of it
 * (counts, search, claims table, analyst views) without being rebuilt, so sigma, the camera, the
 * filters and the selection stay, and the entity just expanded is selected.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { buildGraphIndex } from "./data/graphIndex";
import { createStoreApi } from "./data/store-api";
import { Explorer, type PreparedGraph } from "./Explorer";
import { prepareForRendering } from "./sigma/renderData";
import { createRemoteSession, RemoteContext, type RemoteState } from "./state/remote";
import type { ViewStore } from "./state/store";

const START_NOTICE = "Server mode: search the claim store for an entity to load its claims.";

/** What the explorer says when an expansion arrives: what it brought and what its limit left out. */
function arrivalNotice(remote: RemoteState): string | null {
  const expansion = remote.select ? remote.expansions[remote.select] : undefined;
  if (!expansion || !remote.select || !remote.graph.hasNode(remote.select)) return null;
  const label = remote.graph.getNodeAttribute(remote.select, "label");
  const { total, omitted } = expansion.summary;
  return (
    `${label}: ${total} matching claim${total === 1 ? "" : "s"} in the store, ${expansion.addedClaims} new here` +
    (omitted > 0 ? `; ${omitted} left out by the limit` : "")
  );
}

export function StoreApp({ base }: { base: string }) {
  const [session] = useState(() => createRemoteSession(createStoreApi(base)));
  const remote = useSyncExternalStore(session.subscribe, session.get);
  const [viewStore, setViewStore] = useState<ViewStore | null>(null);
  // Once per change of the graph: the same graph object, a new index and render data.
  const prepared = useMemo<PreparedGraph>(
    () => ({
      graph: remote.graph,
      source: base,
      renderData: prepareForRendering(remote.graph),
      index: buildGraphIndex(remote.graph),
      notices: [START_NOTICE],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [remote.version],
  );

  // After an expansion: its entity selected (in whatever tab is open), and the notice of the
  // previous arrival replaced by this one's.
  const lastNotice = useRef<string>(START_NOTICE);
  useEffect(() => {
    if (!viewStore || remote.version === 0 || !remote.select) return;
    const notice = arrivalNotice(remote);
    const previous = lastNotice.current;
    lastNotice.current = notice ?? START_NOTICE;
    viewStore.set((s) => ({
      notices: [...s.notices.filter((n) => n !== previous), ...(notice ? [notice] : [])],
      ...(remote.graph.hasNode(remote.select!) && {
        selection: { kind: "node" as const, key: remote.select! },
      }),
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote.version, viewStore]);

  return (
    <RemoteContext value={session}>
      <Explorer
        prepared={prepared}
        documents={session.api.documents}
        readUrlState={false}
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
