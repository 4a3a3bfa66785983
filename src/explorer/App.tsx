/**
 * Loads a graph and mounts an explorer on it: the bundled graph by default, `?graph=URL` for
 * another, or a file the user opens or drops. A failure shows what went wrong, where in the file,
 * and what to do; the page is never left blank.
 */
import { useCallback, useEffect, useState } from "react";
import bundledGraphUrl from "../../graph-data/graph.json?url";
import { bundledDocuments, documentsBeside, noDocuments, type DocumentSource } from "./data/documents";
import { fetchGraph, readGraphFile, type Loaded } from "./data/load";
import { Explorer } from "./Explorer";
import { FileDropZone } from "./panels/FileOpen";
import { LoadError } from "./panels/LoadError";

type Status =
  | { state: "loading"; source: string }
  | { state: "done"; loaded: Loaded; documents: DocumentSource; fromUrl: boolean; id: number };

/** The graph URL of `?graph=`, resolved against the page; `null` for the bundled graph. */
function requestedGraph(): string | null {
  const param = new URLSearchParams(window.location.search).get("graph");
  return param ? new URL(param, window.location.href).href : null;
}

export function App() {
  const [status, setStatus] = useState<Status>(() => ({ state: "loading", source: requestedGraph() ?? "the bundled graph" }));

  useEffect(() => {
    let cancelled = false;
    const url = requestedGraph();
    void fetchGraph(url ?? new URL(bundledGraphUrl, window.location.href).href).then((loaded) => {
      if (cancelled) return;
      const documents = url ? documentsBeside(url) : bundledDocuments();
      setStatus({ state: "done", loaded, documents, fromUrl: true, id: 0 });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const openFile = useCallback((file: File) => {
    setStatus({ state: "loading", source: file.name });
    void readGraphFile(file).then((loaded) =>
      setStatus((previous) => ({
        state: "done",
        loaded,
        documents: noDocuments,
        fromUrl: false,
        id: (previous.state === "done" ? previous.id : 0) + 1,
      })),
    );
  }, []);

  let content;
  if (status.state === "loading") content = <p className="loading" role="status">Loading {status.source}…</p>;
  else if (!status.loaded.ok) content = <LoadError failure={status.loaded} onOpenFile={openFile} />;
  else
    content = (
      <Explorer
        key={status.id}
        graph={status.loaded.graph}
        source={status.loaded.source}
        documents={status.documents}
        readUrlState={status.fromUrl}
        onOpenFile={openFile}
      />
    );
  return <FileDropZone onFile={openFile}>{content}</FileDropZone>;
}
