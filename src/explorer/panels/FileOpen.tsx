/** Opening a local graph file: a button with a file picker, and a drop zone around the whole app. */
import { useRef, useState, type ReactNode } from "react";
import { GRAPH_FILE_ACCEPT } from "../data/load";

export function FileOpenButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept={GRAPH_FILE_ACCEPT}
        aria-label="Graph file (JSON, GEXF or GraphML)"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = "";
        }}
      />
    </>
  );
}

/** Hands every dropped file over (articles, graphs, workspaces, review logs: the app tells them apart). */
export function FileDropZone({
  onFiles,
  children,
}: {
  onFiles: (files: File[]) => void;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? "drop-zone dragging" : "drop-zone"}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...event.dataTransfer.files];
        if (files.length) onFiles(files);
      }}
    >
      {children}
      {over && (
        <div className="drop-hint" aria-hidden="true">
          Drop articles (.txt, .md, .html, dumps) to add them, or a graph, workspace or review log to open it
        </div>
      )}
    </div>
  );
}
