/**
 * Loads a graph and mounts an explorer on it: the bundled graph by default, `?graph=URL` for
 * another, or a file the user opens or drops. A failure shows what went wrong, where in the file,
 * and what to do; the page is never left blank. Marks `kg:data-loaded` (text in hand) and
 * `kg:graph-built` (validated graph, index and render data ready) once per load.
 */
import { useCallback, useEffect, useState } from "react";
import bundledGraphUrl from "../../graph-data/graph.json?url";
import { bundledDocuments, documentsBeside, noDocuments, type DocumentSource } from "./data/documents";
import { buildGraphIndex } from "./data/graphIndex";
import { fetchGraphText, parseGraphFile, readGraphText, type LoadFailure } from "./data/load";
import { Explorer, type PreparedGraph } from "./Explorer";
import { FileDropZone } from "./panels/FileOpen";
import { LoadError } from "./panels/LoadError";
import { prepareForRendering } from "./sigma/renderData";

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
  try {
    const renderData = prepareForRendering(loaded.graph);
    const index = buildGraphIndex(loaded.graph);
    performance.mark("kg:graph-built");
    return { graph: loaded.graph, source, renderData, index };
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

export function App() {
  const [status, setStatus] = useState<Status>(() => ({
    state: "loading",
    source: requestedGraph() ?? "the bundled graph",
  }));

  useEffect(() => {
    let cancelled = false;
    const requested = requestedGraph();
    const url = requested ?? new URL(bundledGraphUrl, window.location.href).href;
    void (async () => {
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
  }, []);

  const openFile = useCallback((file: File) => {
    setStatus({ state: "loading", source: file.name });
    void (async () => {
      const text = await readGraphText(file);
      if (!text.ok) return setStatus({ state: "failed", failure: text });
      performance.mark("kg:data-loaded");
      const prepared = await prepare(file.name, text.text);
      if (isFailure(prepared)) return setStatus({ state: "failed", failure: prepared });
      setStatus({ state: "ready", prepared, documents: noDocuments, fromUrl: false, id: Date.now() });
    })();
  }, []);

  let content;
  if (status.state === "loading")
    content = (
      <p className="loading" role="status">
        Loading {status.source}…
      </p>
    );
  else if (status.state === "failed") content = <LoadError failure={status.failure} onOpenFile={openFile} />;
  else
    content = (
      <Explorer
        key={status.id}
        prepared={status.prepared}
        documents={status.documents}
        readUrlState={status.fromUrl}
        onOpenFile={openFile}
      />
    );
  return <FileDropZone onFile={openFile}>{content}</FileDropZone>;
}
