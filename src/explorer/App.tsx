/**
 * Loads a graph and mounts an explorer on it: the bundled graph by default, `?graph=URL` for
 * another, or a file the user opens or drops. A failure shows what went wrong, where in the file,
 * and what to do; the page is never left blank. Marks `kg:data-loaded` (text in hand) and
 * `kg:graph-built` (validated graph, index and render data ready) once per load.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import bundledGraphUrl from "../../graph-data/graph.json?url";
import {
  bundledDocuments,
  documentsBeside,
  noDocuments,
  textDocuments,
  type DocumentSource,
} from "./data/documents";
import { buildGraphIndex } from "./data/graphIndex";
import { fetchGraphText, parseGraphFile, readGraphText, type LoadFailure } from "./data/load";
import { Explorer, type PreparedGraph } from "./Explorer";
import { FileDropZone } from "./panels/FileOpen";
import { LoadError } from "./panels/LoadError";
import { prepareForRendering } from "./sigma/renderData";
import type { ViewState, ViewStore } from "./state/store";
import { classifyFile } from "./workspace/classify";
import { WorkbenchContext } from "./workspace/context";
import { workspaceDocuments } from "./workspace/documents";
import type { OpenWorkspace } from "./workspace/session";
import { createWorkbench, type ShownGraph } from "./workspace/workbench";

type Status =
  | { state: "loading"; source: string }
  | { state: "failed"; failure: LoadFailure }
  | { state: "ready"; prepared: PreparedGraph; documents: DocumentSource; fromUrl: boolean; id: number };

/** The graph URL of `?graph=`, resolved against the page; `null` for the bundled graph. */
function requestedGraph(): string | null {
  const param = new URLSearchParams(window.location.search).get("graph");
  return param ? new URL(param, window.location.href).href : null;
}

async function prepare(source: string, text: string): Promise<PreparedGraph | LoadFailure> {
  const loaded = await parseGraphFile(source, text);
  if (!loaded.ok) return loaded;
  const prepared = prepareGraph(loaded.graph, source);
  // A STIX bundle brings notices (what was not imported) and the texts of its reports and notes.
  return "graph" in prepared ? { ...prepared, notices: loaded.notices, texts: loaded.texts } : prepared;
}

/** What the explorer computes from a graph before showing it. */
type ViewData = Pick<PreparedGraph, "renderData" | "index">;
const viewOf = (graph: PreparedGraph["graph"]): ViewData => ({
  renderData: prepareForRendering(graph),
  index: buildGraphIndex(graph),
});

function prepareGraph(
  graph: PreparedGraph["graph"],
  source: string,
  computed?: ViewData,
): PreparedGraph | LoadFailure {
  try {
    const { renderData, index } = computed ?? viewOf(graph);
    performance.mark("kg:graph-built");
    return { graph, source, renderData, index };
  } catch (error) {
    // A valid graph the explorer cannot prepare is our bug, but the user still gets a message.
    return {
      ok: false,
      source,
      problems: [{ path: "", message: `could not be prepared for display (${(error as Error).message})` }],
    };
  }
}

const isFailure = (x: PreparedGraph | LoadFailure): x is LoadFailure => "ok" in x && x.ok === false;

interface WorkspaceView {
  workspace: OpenWorkspace;
  prepared: PreparedGraph | LoadFailure;
  documents: DocumentSource;
  /** A new explorer per workspace opened (the view is carried over, see `carriedView`). */
  key: string;
}

/** The key of the explorer of a loaded graph, kept when a workspace starts from that graph. */
const explorerKey = (id: number) => `graph-${id}`;

/**
 * The view of a workspace; `previous`: the view of the same graph before it changed in place;
 * `computed`: its index and render data when the workbench computed them ahead (new articles).
 */
function workspaceViewOf(
  workspace: OpenWorkspace,
  key: string,
  previous?: WorkspaceView,
  computed?: ViewData,
): WorkspaceView {
  const sameTexts = previous?.workspace.texts === workspace.texts;
  return {
    workspace,
    prepared: prepareGraph(workspace.graph, workspace.meta.name, computed),
    documents: sameTexts ? previous.documents : workspaceDocuments(workspace.texts, workspace.meta.base),
    key,
  };
}

/** What of the view stays when the workspace's graph changes (a review action, articles added). */
function carriedView(state: ViewState | undefined): Partial<ViewState> | undefined {
  if (!state) return undefined;
  const { hovered: _hovered, flyTo: _flyTo, notices: _notices, ...kept } = state;
  return kept;
}

export function App() {
  const [status, setStatus] = useState<Status>(() => ({
    state: "loading",
    source: requestedGraph() ?? "the bundled graph",
  }));

  const [workbench] = useState(() => createWorkbench(undefined, viewOf));
  // The open workspace alone: progress and messages re-render the bar, not the whole explorer.
  const workspace = useSyncExternalStore(workbench.subscribe, () => workbench.get().workspace);
  // The view of the explorer on screen, carried over when the workspace's graph changes.
  const [viewStore, setViewStore] = useState<ViewStore | null>(null);

  useEffect(() => {
    let cancelled = false;
    const requested = requestedGraph();
    const url = requested ?? new URL(bundledGraphUrl, window.location.href).href;
    void (async () => {
      // A `?graph=` link opens that graph; otherwise the last workspace comes back as it was left.
      // The bundled graph still loads behind it: it is what shows when no workspace is left open.
      await workbench.init(!requested);
      if (cancelled) return;
      const text = await fetchGraphText(url);
      if (cancelled) return;
      if (!text.ok) return setStatus({ state: "failed", failure: text });
      performance.mark("kg:data-loaded");
      const prepared = await prepare(url, text.text);
      if (cancelled) return;
      if (isFailure(prepared)) return setStatus({ state: "failed", failure: prepared });
      const documents = requested ? documentsBeside(requested) : bundledDocuments();
      setStatus({ state: "ready", prepared, documents, fromUrl: true, id: 0 });
    })();
    return () => {
      cancelled = true;
    };
  }, [workbench]);

  const openFile = useCallback(
    (file: File) => {
      void workbench.leave();
      setStatus({ state: "loading", source: file.name });
      void (async () => {
        const text = await readGraphText(file);
        if (!text.ok) return setStatus({ state: "failed", failure: text });
        performance.mark("kg:data-loaded");
        const prepared = await prepare(file.name, text.text);
        if (isFailure(prepared)) return setStatus({ state: "failed", failure: prepared });
        const documents = prepared.texts ? textDocuments(prepared.texts) : noDocuments;
        setStatus({ state: "ready", prepared, documents, fromUrl: false, id: Date.now() });
      })();
    },
    [workbench],
  );

  // The graph on screen when no workspace is open: adding articles or reviewing starts one from it.
  const shown = useMemo<ShownGraph | null>(() => {
    if (status.state !== "ready") return null;
    const requested = requestedGraph();
    return {
      graph: status.prepared.graph,
      title: status.prepared.graph.getAttribute("title") || status.prepared.source,
      texts: status.prepared.texts,
      base: !status.fromUrl
        ? { kind: "none" }
        : requested
          ? { kind: "url", url: requested }
          : { kind: "bundled" },
    };
  }, [status]);

  const openFiles = useCallback(
    (files: File[]) =>
      void (async () => {
        const dropped = await Promise.all(files.map(classifyFile));
        const problems = dropped.flatMap((d) =>
          d.kind === "unreadable" ? [{ name: d.file.name, reason: d.reason }] : [],
        );
        const graph = dropped.find((d) => d.kind === "graph");
        const workspaceFile = dropped.find((d) => d.kind === "workspace");
        if (workspaceFile?.kind === "workspace") {
          const problem = await workbench.importWorkspace(workspaceFile.json, workspaceFile.file.name);
          if (problem) problems.push({ name: workspaceFile.file.name, reason: problem });
        } else if (graph) return openFile(graph.file);
        for (const d of dropped)
          if (d.kind === "review-log") {
            const problem = await workbench.importReviewLog(d.json, d.file.name, shown);
            if (problem) problems.push({ name: d.file.name, reason: problem });
          }
        const articles = dropped.flatMap((d) => (d.kind === "articles" ? [d.file] : []));
        if (articles.length) await workbench.addArticles(articles, shown, problems);
        else if (problems.length) workbench.report(problems);
      })(),
    [workbench, openFile, shown],
  );

  // In a workspace the page's address holds no graph: a reload reopens the workspace, not the link.
  useEffect(() => {
    if (workspace && window.location.search)
      window.history.replaceState(
        window.history.state,
        "",
        `${window.location.pathname}${window.location.hash}`,
      );
  }, [workspace]);

  // The explorer of the open workspace. A workspace opened (another graph) is prepared in a task of
  // its own (index, render data) so the page answers before the new explorer's first frame; a
  // change to the open workspace's graph (a review action, articles added) was made in place, so
  // the same explorer is handed that graph's new index at once and keeps its view. A workspace
  // started from the graph on screen holds that very graph: the explorer on screen stays too.
  const [opened, setOpened] = useState<WorkspaceView | null>(null);
  const workspaceView = useMemo(() => {
    if (!workspace) return null;
    if (opened?.workspace.graph === workspace.graph)
      return opened.workspace === workspace
        ? opened
        : workspaceViewOf(workspace, opened.key, opened, workbench.preparedView(workspace));
    if (status.state === "ready" && status.prepared.graph === workspace.graph)
      return workspaceViewOf(workspace, explorerKey(status.id));
    return null;
  }, [workspace, opened, status, workbench]);
  if (workspace && workspaceView && opened?.workspace.graph !== workspace.graph) {
    // Adopted: the graph on screen is the workspace's now. What shows when no workspace is left
    // open is that graph as it was before any review (the workspace's extracted graph).
    setOpened(workspaceView);
    if (status.state === "ready")
      setStatus({ ...status, prepared: { ...status.prepared, graph: workspace.extracted.copy() } });
  }
  useEffect(() => {
    if (!workspace || opened?.workspace.graph === workspace.graph) return;
    const timer = setTimeout(() =>
      setOpened(workspaceViewOf(workspace, `workspace-${workspace.meta.id}-${Date.now()}`)),
    );
    return () => clearTimeout(timer);
  }, [workspace, opened]);

  let content;
  if (workspace && !workspaceView)
    content = (
      <p className="loading" role="status">
        Opening the workspace {workspace.meta.name}…
      </p>
    );
  else if (workspaceView)
    content = isFailure(workspaceView.prepared) ? (
      <LoadError failure={workspaceView.prepared} onOpenFile={openFile} />
    ) : (
      <Explorer
        key={workspaceView.key}
        prepared={workspaceView.prepared}
        documents={workspaceView.documents}
        readUrlState={false}
        initialView={carriedView(viewStore?.get())}
        onStore={setViewStore}
        onOpenFile={openFile}
      />
    );
  else if (status.state === "loading")
    content = (
      <p className="loading" role="status">
        Loading {status.source}…
      </p>
    );
  else if (status.state === "failed") content = <LoadError failure={status.failure} onOpenFile={openFile} />;
  else
    content = (
      <Explorer
        key={explorerKey(status.id)}
        prepared={status.prepared}
        documents={status.documents}
        readUrlState={status.fromUrl}
        onStore={setViewStore}
        onOpenFile={openFile}
      />
    );
  const workbenchValue = useMemo(
    () => ({ workbench, shown: workspace ? null : shown, openFiles }),
    [workbench, workspace, shown, openFiles],
  );
  return (
    <WorkbenchContext value={workbenchValue}>
      <FileDropZone onFiles={openFiles}>{content}</FileDropZone>
    </WorkbenchContext>
  );
}
