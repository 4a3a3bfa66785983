/**
 * One explorer over one loaded graph: creates the view-state store (from the shared link when there is one),
 * provides `ExplorerContext`, and lays out tabs, filters, the canvas and the side panels.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type Sigma from "sigma";
import type { ClaimGraph } from "../model";
import type { DocumentSource } from "./data/documents";
import type { GraphIndex } from "./data/graphIndex";
import { AppearanceControls } from "./panels/AppearanceControls";
import { ClaimsTable } from "./panels/ClaimsTable";
import { Details } from "./panels/Details";
import { ExportMenu } from "./panels/ExportMenu";
import { FileOpenButton } from "./panels/FileOpen";
import { Filters } from "./panels/Filters";
import { FocusChip } from "./panels/FocusChip";
import { Legend } from "./panels/Legend";
import { Notices } from "./panels/Notices";
import { Reader } from "./panels/Reader";
import { Search } from "./panels/Search";
import { WorkbenchBar } from "./panels/WorkbenchBar";
import { GraphView } from "./sigma/GraphView";
import type { RenderData } from "./sigma/renderData";
import { ExplorerContext, type Explorer as ExplorerValue } from "./state/context";
import { createViewStore, useStoreSlice, type Tab, type ViewState, type ViewStore } from "./state/store";
import { decodeViewState } from "./state/url";
import { useUrlSync } from "./state/useUrlSync";
import { createVisibilityCache } from "./state/visibility";
import { AttributionView, EgoNetwork, HelpView, PathFinder, TimelineView } from "./views";

/** A validated graph with what the explorer computes once per graph. */
export interface PreparedGraph {
  graph: ClaimGraph;
  /** Where the graph came from (URL or file name), for the title bar. */
  source: string;
  renderData: RenderData;
  index: GraphIndex;
  /** What the reader should know about the file (a STIX bundle's objects not imported). */
  notices?: string[];
  /** Texts of the documents the file itself holds (a STIX bundle's reports and notes), by id. */
  texts?: ReadonlyMap<string, string>;
}

interface Props {
  prepared: PreparedGraph;
  documents: DocumentSource;
  /** Restore (and keep writing) the view state in the page's query string. */
  readUrlState: boolean;
  /** The view to start from (the previous graph's, when a workspace's graph changes). */
  initialView?: Partial<ViewState>;
  /** Hands the view-state store to the app (to carry the view over to the next graph). */
  onStore?: (store: ViewStore) => void;
  onOpenFile: (file: File) => void;
}

const TAB_LABELS: Record<Tab, string> = {
  graph: "Graph",
  claims: "Claims",
  help: "Who helped whom",
  attribution: "Attribution",
  timeline: "Timeline",
  paths: "Paths",
  ego: "Ego network",
};

const VIEWS: Partial<Record<Tab, () => React.ReactNode>> = {
  claims: ClaimsTable,
  help: HelpView,
  attribution: AttributionView,
  timeline: TimelineView,
  paths: PathFinder,
  ego: EgoNetwork,
};

export function Explorer({ prepared, documents, readUrlState, initialView, onStore, onOpenFile }: Props) {
  const { graph, source, renderData, index } = prepared;
  const [store] = useState(() => {
    const decoded = readUrlState ? decodeViewState(new URLSearchParams(window.location.search), graph) : null;
    const notices = decoded?.dropped.length
      ? [`Some values of this link were ignored: ${decoded.dropped.join("; ")}.`]
      : [];
    if (renderData.positionsComputed)
      notices.push("This graph had no positions; a circular layout was applied.");
    notices.push(...(prepared.notices ?? []));
    return createViewStore({ ...initialView, ...decoded?.state, notices });
  });
  // A workspace's graph changes in place (review, articles added): a new index comes with the same
  // graph, and everything that reads the graph gets a fresh visibility cache, the view staying.
  const explorer = useMemo<ExplorerValue>(
    () => ({ graph, store, documents, index, visibility: createVisibilityCache(graph) }),
    [graph, store, documents, index],
  );
  // The analyst views compute from the graph once per mount; after an in-place change the open one
  // is mounted again (a new key per index), not left showing the graph as it was.
  const [indexed, setIndexed] = useState({ index, generation: 0 });
  if (indexed.index !== index) setIndexed({ index, generation: indexed.generation + 1 });
  const sigma = useRef<Sigma | null>(null);
  useUrlSync(explorer.store, readUrlState);
  useEffect(() => onStore?.(explorer.store), [explorer.store, onStore]);
  const tab = useStoreSlice(explorer.store, (s) => s.tab);
  const title = graph.getAttribute("title");
  const View = VIEWS[tab];

  return (
    <ExplorerContext value={explorer}>
      <div className="explorer">
        <header className="topbar">
          <h1 title={source}>{title && title !== "empty" ? title : "Claim graph explorer"}</h1>
          <nav role="tablist" aria-label="Views">
            {(Object.keys(TAB_LABELS) as Tab[]).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`tab-${t}`}
                aria-selected={tab === t}
                aria-controls="main-panel"
                onClick={() => explorer.store.set({ tab: t })}
              >
                {TAB_LABELS[t]}
              </button>
            ))}
          </nav>
          <Search />
          <FileOpenButton onFile={onOpenFile} />
          <ExportMenu sigma={sigma} />
        </header>
        <WorkbenchBar />
        <Filters />
        <main className="center" id="main-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          <div className="graph-area" aria-hidden={tab !== "graph"}>
            <GraphView renderData={renderData} sigmaRef={sigma} />
            <div className="graph-overlay">
              <FocusChip />
              <AppearanceControls />
            </div>
            <Legend />
          </div>
          {View && (
            <div className="view-panel">
              <FocusChip />
              <View key={indexed.generation} />
            </div>
          )}
        </main>
        <aside className="side">
          <Reader />
          <Details />
        </aside>
        <Notices />
      </div>
    </ExplorerContext>
  );
}
