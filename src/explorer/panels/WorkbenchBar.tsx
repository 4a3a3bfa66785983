/**
 * The workbench's bar under the top bar: add articles (file input "Add articles", paste), the
 * extraction's progress with cancel, files that did not go in, the workspace switcher, the user
 * name, undo/redo (also Ctrl+Z / Ctrl+Shift+Z) and review progress with "Next unreviewed" (key N).
 */
import { useEffect, useState } from "react";
import { useExplorer, useViewState } from "../state/context";
import { useWorkbench, useWorkbenchState } from "../workspace/context";
import { AddEntityForm } from "./AddEntityForm";
import "./workbench.css";

export const ARTICLE_FILE_ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,.xhtml,.jsonl,.ndjson,.csv,.json";

/** Keys typed into a field are the field's, not shortcuts. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function WorkbenchBar() {
  const value = useWorkbench();
  if (!value) return null;
  return (
    <section className="workbench-bar" aria-label="Workbench">
      <AddArticles />
      <Progress />
      <WorkspaceSwitcher />
      <UserName />
      <UndoRedo />
      <ReviewStatus />
      <Skipped />
      <Message />
    </section>
  );
}

function AddArticles() {
  const { workbench, shown, openFiles } = useWorkbench()!;
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState("");
  const [adding, setAdding] = useState(false);
  return (
    <div className="add-articles">
      <label className="file-button">
        Add articles
        <input
          type="file"
          multiple
          accept={ARTICLE_FILE_ACCEPT}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length) openFiles(files);
          }}
        />
      </label>
      <button type="button" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>
        Paste text
      </button>
      <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
        Add entity
      </button>
      {pasting && (
        <form
          className="paste-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            void workbench.pasteText(text, shown);
            setText("");
            setPasting(false);
          }}
        >
          <label>
            Article text
            <textarea value={text} rows={8} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="submit">Add pasted text</button>
        </form>
      )}
      {adding && <AddEntityForm onDone={() => setAdding(false)} />}
    </div>
  );
}

function Progress() {
  const { workbench } = useWorkbench()!;
  const progress = useWorkbenchState((s) => s.progress);
  if (!progress) return null;
  return (
    <div className="extraction">
      <div
        role="progressbar"
        aria-label="Extracting articles"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={`${progress.done} of ${progress.total} files`}
      >
        <span style={{ width: `${(100 * progress.done) / Math.max(1, progress.total)}%` }} />
      </div>
      <span>
        {progress.done} of {progress.total} files
      </span>
      <button type="button" onClick={() => workbench.cancel()}>
        Cancel
      </button>
    </div>
  );
}

function Skipped() {
  const { workbench } = useWorkbench()!;
  const skipped = useWorkbenchState((s) => s.skipped);
  if (!skipped?.length) return null;
  return (
    <div className="skipped" role="alert">
      <p>Not added:</p>
      <ul aria-label="Files not added">
        {skipped.map((s, i) => (
          <li key={`${s.name}-${i}`}>
            <strong>{s.name}</strong>: {s.reason}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => workbench.report([])}>
        Dismiss
      </button>
    </div>
  );
}

function Message() {
  const { workbench } = useWorkbench()!;
  const message = useWorkbenchState((s) => s.message);
  if (!message) return null;
  return (
    <p className="workbench-message" role="status">
      {message}{" "}
      <button type="button" aria-label="Dismiss message" onClick={() => workbench.dismissMessage()}>
        ×
      </button>
    </p>
  );
}

function WorkspaceSwitcher() {
  const { workbench } = useWorkbench()!;
  const workspace = useWorkbenchState((s) => s.workspace);
  const workspaces = useWorkbenchState((s) => s.workspaces) ?? [];
  const [naming, setNaming] = useState<string | null>(null);
  return (
    <div className="workspace-switcher">
      <label>
        Workspace{" "}
        <select
          value={workspace?.meta.id ?? ""}
          onChange={(e) => void (e.target.value && workbench.switchTo(e.target.value))}
        >
          {!workspace && <option value="">(none: the graph as loaded)</option>}
          {workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void workbench.createEmpty("New workspace")}>
        New
      </button>
      {workspace &&
        (naming === null ? (
          <button type="button" onClick={() => setNaming(workspace.meta.name)}>
            Rename
          </button>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void workbench.rename(naming);
              setNaming(null);
            }}
          >
            <input aria-label="Workspace name" value={naming} onChange={(e) => setNaming(e.target.value)} />
            <button type="submit">Save name</button>
          </form>
        ))}
      {workspace && (
        <button
          type="button"
          onClick={() => {
            if (window.confirm(`Delete the workspace “${workspace.meta.name}” from this browser?`))
              void workbench.removeCurrent();
          }}
        >
          Delete
        </button>
      )}
      {workspace && <ArticleList />}
    </div>
  );
}

/** Every article of the workspace, each opened in the reader from its start (listed once opened). */
function ArticleList() {
  const { index, store } = useExplorer();
  const [open, setOpen] = useState(false);
  const documents = [...index.documents.values()];
  if (documents.length === 0) return null;
  return (
    <details className="article-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Articles ({documents.length})</summary>
      {open && (
        <ul>
          {documents.map((d) => (
            <li key={d.id}>
              <button type="button" onClick={() => store.set({ reader: { doc: d.id, start: 0, end: 0 } })}>
                {d.title || d.id} <small>{d.id}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function UserName() {
  const { workbench } = useWorkbench()!;
  const saved = useWorkbenchState((s) => s.userName) ?? "";
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="user-name">
      Your name{" "}
      <input
        value={draft ?? saved}
        placeholder="shown on your changes"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== saved) void workbench.setUserName(draft.trim());
          setDraft(null);
        }}
      />
    </label>
  );
}

function UndoRedo() {
  const { workbench } = useWorkbench()!;
  const review = useWorkbenchState((s) => s.workspace?.review);
  const canUndo = (review?.ops.length ?? 0) > 0;
  const canRedo = (review?.undone.length ?? 0) > 0;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) void workbench.undo();
      else if ((key === "z" && event.shiftKey) || key === "y") void workbench.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [workbench]);
  const last = review?.ops.at(-1);
  const next = review?.undone.at(-1);
  return (
    <div className="undo-redo">
      <button
        type="button"
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z"
        title={last ? `Undo ${last.op} (Ctrl+Z)` : "Nothing to undo"}
        onClick={() => void workbench.undo()}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z"
        title={next ? `Redo ${next.op} (Ctrl+Shift+Z)` : "Nothing to redo"}
        onClick={() => void workbench.redo()}
      >
        Redo
      </button>
    </div>
  );
}

function ReviewStatus() {
  const { graph, index, store } = useExplorer();
  const selection = useViewState((s) => s.selection);
  const reviewed = index.reviewCounts.confirmed + index.reviewCounts.rejected;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "n" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(event.target)) return;
      event.preventDefault();
      nextUnreviewed();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  /** The first claim without a verdict after the selected one, in graph order (wrapping round). */
  function nextUnreviewed() {
    const claims = graph.edges();
    const from = selection?.kind === "edge" ? claims.indexOf(selection.key) + 1 : 0;
    for (let i = 0; i < claims.length; i++) {
      const key = claims[(from + i) % claims.length]!;
      if (!graph.getEdgeAttribute(key, "review")) {
        store.set({ selection: { kind: "edge", key } });
        return;
      }
    }
  }

  return (
    <div className="review-status">
      <span role="status">
        {reviewed} of {graph.size} claims reviewed
      </span>{" "}
      <button
        type="button"
        aria-keyshortcuts="N"
        title="Select the next claim without a verdict (N)"
        disabled={reviewed === graph.size}
        onClick={nextUnreviewed}
      >
        Next unreviewed
      </button>
    </div>
  );
}
