/**
 * The workbench of one page: the open workspace, the workspaces kept in IndexedDB, the extraction in
 * progress, the user name, and every change to them (articles added, review operations, undo and
 * redo, switching, import and export). Each change is saved as it happens; a storage failure is
 * shown as a message and the change stays in the page, while what was stored before is untouched.
 */
import { claimRef, entityRef } from "../../graph/review";
import {
  createClaimGraph,
  parseReviewLog,
  serializeGraph,
  type BaseSource,
  type ClaimGraph,
  type ReviewOp,
} from "../../model";
import { openWorkspaceDb, type WorkspaceDb, type WorkspaceMeta } from "./db";
import type { ArticleFile, SkippedFile } from "./extraction-messages";
import { createExtractor, type ExtractionRun, type Extractor } from "./extraction";
import { readWorkspaceFile, workspaceFile } from "./file";
import * as session from "./session";
import type { OpenWorkspace } from "./session";

export { claimRef, entityRef };

export interface WorkbenchState {
  workspace: OpenWorkspace | null;
  workspaces: WorkspaceMeta[];
  progress: { done: number; total: number } | null;
  /** Files of the last run that did not go in. */
  skipped: SkippedFile[];
  /** The last thing that went wrong or needs saying (storage failure, op refused). */
  message: string | null;
  userName: string;
  /** The claim whose editor is open (claims table "Edit" opens it in the details panel). */
  editing: string | null;
}

/** What a review operation is before it is stamped with who and when. */
export type UnstampedOp = ReviewOp extends infer T
  ? T extends ReviewOp
    ? Omit<T, "by" | "at">
    : never
  : never;

/** The graph on screen when no workspace is open: articles and review start a workspace from it. */
export interface ShownGraph {
  graph: ClaimGraph;
  title: string;
  base: BaseSource;
  /** Texts the opened file itself held (a STIX bundle's reports and notes), kept by a workspace started from it. */
  texts?: ReadonlyMap<string, string>;
}

const LAST_WORKSPACE = "lastWorkspace";
const USER_NAME = "userName";

export type Workbench = ReturnType<typeof createWorkbench<unknown>>;

/**
 * `factory`: the IndexedDB to use (tests). `prepareView`: what the explorer computes from a graph
 * before showing it (index, render data), run on newly extracted articles in a task of its own
 * before they are put into the graph on screen; `preparedView(workspace)` hands it back.
 */
export function createWorkbench<View = unknown>(
  factory?: () => Promise<WorkspaceDb>,
  prepareView?: (graph: ClaimGraph) => View,
) {
  let state: WorkbenchState = {
    workspace: null,
    workspaces: [],
    progress: null,
    skipped: [],
    message: null,
    userName: "",
    editing: null,
  };
  const listeners = new Set<() => void>();
  let db: WorkspaceDb | null = null;
  let run: ExtractionRun | null = null;
  let extractor: Extractor | null = null;
  let pasted = 0;
  const preparedViews = new WeakMap<OpenWorkspace, View>();

  const set = (patch: Partial<WorkbenchState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };
  const failed = (what: string) => (error: unknown) =>
    set({
      message: `${what}: ${(error as Error).message}. Your change is kept in this page until it is closed.`,
    });

  async function refreshList() {
    if (db) set({ workspaces: await db.list() });
  }

  async function persist(what: string, write: (db: WorkspaceDb) => Promise<void>) {
    if (!db) return;
    try {
      await write(db);
      await db.setSetting(LAST_WORKSPACE, state.workspace?.meta.id ?? null);
      await refreshList();
    } catch (error) {
      failed(`Could not save ${what}`)(error);
    }
  }

  function newMeta(name: string, base: BaseSource): WorkspaceMeta {
    const now = new Date().toISOString();
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    return { id, name, createdAt: now, updatedAt: now, base };
  }

  const showWorkspace = (workspace: OpenWorkspace) => set({ workspace, editing: null });

  /** Undo or redo: one step through the saved log, then the log saved. */
  async function stepHistory(
    what: string,
    can: (workspace: OpenWorkspace) => boolean,
    step: (workspace: OpenWorkspace) => OpenWorkspace,
  ) {
    const workspace = state.workspace;
    if (!workspace || !can(workspace)) return;
    const next = step(workspace);
    set({ workspace: next, message: null });
    await persist(what, (d) => d.saveReview(next.meta, next.review));
  }

  function uniqueName(name: string): string {
    const taken = new Set(state.workspaces.map((w) => w.name));
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
    return candidate;
  }

  /**
   * Opens and saves a new workspace made of `graph`; `shows`: the graph is the one on screen, which
   * the workspace then holds itself (the explorer showing it stays).
   */
  async function startWorkspace(
    name: string,
    base: BaseSource,
    graph: ClaimGraph,
    shows: boolean,
    texts: ReadonlyMap<string, string> = new Map(),
  ) {
    const meta = newMeta(uniqueName(name), base);
    const record = {
      meta,
      graph: serializeGraph(graph),
      texts: new Map(texts),
      review: { ops: [], undone: [] },
    };
    const workspace = session.openWorkspace(record, shows ? graph : undefined);
    showWorkspace(workspace);
    await persist("the new workspace", (d) => d.save(record));
    return workspace;
  }

  /** The open workspace, or a new one holding the graph on screen. */
  async function ensureWorkspace(shown: ShownGraph | null): Promise<OpenWorkspace> {
    if (state.workspace) return state.workspace;
    if (!shown) return startWorkspace("Workspace", { kind: "none" }, emptyGraph(), false);
    return startWorkspace(shown.title || "Workspace", shown.base, shown.graph, true, shown.texts);
  }

  function stamp(op: UnstampedOp): ReviewOp {
    return { ...op, by: state.userName.trim() || "anonymous", at: new Date().toISOString() } as ReviewOp;
  }

  return {
    get: () => state,
    /** The view `prepareView` computed for this workspace's graph, if it did. */
    preparedView: (workspace: OpenWorkspace): View | undefined => preparedViews.get(workspace),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    /** Opens the store and reopens the last workspace (null when there is none or storage fails). */
    async init(openLast: boolean): Promise<OpenWorkspace | null> {
      try {
        // Started now, so its extraction context is ready by the time articles are dropped.
        extractor ??= createExtractor();
        db = await (factory ? factory() : openWorkspaceDb());
        set({ userName: (await db.getSetting<string>(USER_NAME)) ?? "" });
        await refreshList();
        if (!openLast) return null;
        const id = await db.getSetting<string | null>(LAST_WORKSPACE);
        const record = id ? await db.load(id) : null;
        if (!record) return null;
        const workspace = session.openWorkspace(record);
        showWorkspace(workspace);
        return workspace;
      } catch (error) {
        failed("Workspaces cannot be kept in this browser")(error);
        return null;
      }
    },

    async setUserName(name: string) {
      set({ userName: name });
      try {
        await db?.setSetting(USER_NAME, name);
      } catch (error) {
        failed("Could not save the user name")(error);
      }
    },

    /**
     * Extracts article files in the worker and merges them into the open workspace (or a new one).
     * `skipped`: files of the same drop already found unreadable, listed with this run's.
     */
    async addArticles(files: File[], shown: ShownGraph | null, skipped: SkippedFile[] = []): Promise<void> {
      if (run || files.length === 0) return;
      const workspace = await ensureWorkspace(shown);
      const articles: ArticleFile[] = [];
      for (const file of files) {
        try {
          articles.push({ name: file.name, bytes: await file.arrayBuffer() });
        } catch (error) {
          skipped.push({ name: file.name, reason: `could not be read (${(error as Error).message})` });
        }
      }
      set({ progress: { done: 0, total: articles.length }, skipped, message: null });
      // The worker merges into the workspace's graph as text; written out here only when not kept.
      const base =
        workspace.extracted.order > 0
          ? (workspace.extractedText ?? JSON.stringify(serializeGraph(workspace.extracted)))
          : null;
      extractor ??= createExtractor();
      const known = workspace.extracted.getAttribute("documents").map((d) => d.id);
      // The bar moves twice a second at most: each move is a frame the whole page is composited for
      // (sigma's canvases included), CPU taken from the extraction on a machine without a GPU.
      let shownAt = 0;
      run = extractor.run(articles, { base, known, title: workspace.meta.name }, (done, total) => {
        if (done < total && performance.now() - shownAt < 500) return;
        shownAt = performance.now();
        set({ progress: { done, total } });
      });
      try {
        const result = await run.result;
        if (!result)
          return set({ progress: null, message: "Adding articles was cancelled; nothing was added." });
        // Each step in its own task, so the page answers between them: read and replay the new
        // graph, then put it into the graph on screen (the explorer re-renders in the same task).
        await nextTask();
        const replayed = result.added.length
          ? session.replayOntoArticles(state.workspace ?? workspace, result.graph)
          : null;
        await nextTask();
        const view = replayed && prepareView?.(replayed.graph);
        await nextTask();
        const current = state.workspace ?? workspace;
        const next = replayed ? session.withArticles(current, replayed, result.texts) : current;
        if (view) preparedViews.set(next, view);
        set({ progress: null, skipped: [...skipped, ...result.skipped], workspace: next });
        // Sigma draws the new graph on the next frame (its frame callback was asked for first).
        await nextFrame();
        performance.mark("kg:articles-added");
        // Stored in a task of its own: the copy IndexedDB makes of the graph is work of its own.
        await nextTask();
        if (result.added.length)
          await persist("the articles", (d) =>
            d.saveArticles(next.meta, result.graph, new Map(result.texts)),
          );
      } catch (error) {
        set({ progress: null, message: `Could not add the articles: ${(error as Error).message}` });
      } finally {
        run = null;
      }
    },

    /** A pasted text becomes the workspace's document `pasted-N.txt`. */
    pasteText(text: string, shown: ShownGraph | null): Promise<void> {
      const taken = new Set(state.workspace?.extracted.getAttribute("documents").map((d) => d.id));
      let name: string;
      do name = `pasted-${++pasted}.txt`;
      while (taken.has(name));
      return this.addArticles([new File([text], name, { type: "text/plain" })], shown);
    },

    /** Lists files that could not be used. */
    report(skipped: SkippedFile[]) {
      set({ skipped });
    },

    cancel() {
      run?.cancel();
    },

    /** Applies a review operation (starting a workspace from the graph on screen if none is open). */
    async review(op: UnstampedOp, shown: ShownGraph | null): Promise<boolean> {
      const workspace = await ensureWorkspace(shown);
      const result = session.withOp(workspace, stamp(op));
      if (!result.ok) {
        set({ message: `Not applied: ${result.reason}` });
        return false;
      }
      set({
        workspace: result.workspace,
        editing: null,
        message: result.notices.length ? result.notices.join(" ") : null,
      });
      await persist("the review", (d) => d.saveReview(result.workspace.meta, result.workspace.review));
      return true;
    },

    undo: () => stepHistory("the undo", session.canUndo, session.undo),
    redo: () => stepHistory("the redo", session.canRedo, session.redo),

    edit(claim: string | null) {
      set({ editing: claim });
    },

    async switchTo(id: string) {
      if (!db || id === state.workspace?.meta.id) return;
      try {
        const record = await db.load(id);
        if (!record) return set({ message: "That workspace is no longer stored." });
        showWorkspace(session.openWorkspace(record));
        await db.setSetting(LAST_WORKSPACE, id);
      } catch (error) {
        set({ message: `Could not open the workspace: ${(error as Error).message}` });
      }
    },

    async createEmpty(name: string) {
      await startWorkspace(name || "Workspace", { kind: "none" }, emptyGraph(), false);
    },

    async rename(name: string) {
      const workspace = state.workspace;
      if (!workspace || !name.trim()) return;
      const next = { ...workspace, meta: { ...workspace.meta, name: name.trim() } };
      set({ workspace: next });
      await persist("the name", (d) => d.rename(next.meta.id, next.meta.name));
    },

    /** Deletes the open workspace and opens the most recent other one (null: none left). */
    async removeCurrent(): Promise<OpenWorkspace | null> {
      const workspace = state.workspace;
      if (!workspace || !db) return null;
      try {
        await db.remove(workspace.meta.id);
      } catch (error) {
        set({ message: `Could not delete the workspace: ${(error as Error).message}` });
        return workspace;
      }
      await refreshList();
      const other = state.workspaces[0];
      const record = other ? await db.load(other.id) : null;
      const next = record ? session.openWorkspace(record) : null;
      set({ workspace: next, editing: null });
      await db.setSetting(LAST_WORKSPACE, next?.meta.id ?? null).catch(() => {});
      return next;
    },

    /** Opens a workspace file as a new workspace. Returns the problems when it cannot. */
    async importWorkspace(json: unknown, fileName: string): Promise<string | null> {
      const parsed = readWorkspaceFile(json);
      if (!parsed.ok)
        return `${fileName} is not a valid workspace file: ${parsed.problems.slice(0, 3).join("; ")}`;
      const { name, base, graph, texts, review } = parsed.record;
      let workspace: OpenWorkspace;
      try {
        workspace = session.openWorkspace({ meta: newMeta(uniqueName(name), base), graph, texts, review });
      } catch (error) {
        return `${fileName}: ${(error as Error).message}`;
      }
      showWorkspace(workspace);
      await persist("the imported workspace", (d) => d.save({ meta: workspace.meta, graph, texts, review }));
      return null;
    },

    /** Appends a review log file's operations to the open workspace's log and replays it. */
    async importReviewLog(json: unknown, fileName: string, shown: ShownGraph | null): Promise<string | null> {
      const log = parseReviewLog(json);
      if (!log.ok)
        return `${fileName} is not a valid review log: ${log.problems
          .slice(0, 3)
          .map((p) => `${p.path}: ${p.message}`)
          .join("; ")}`;
      const workspace = session.withImportedLog(await ensureWorkspace(shown), log.value);
      set({
        workspace,
        message: workspace.problems.length
          ? `Review log replayed with problems: ${workspace.problems.join("; ")}`
          : `Review log ${fileName} replayed (${log.value.ops.length} operations).`,
      });
      await persist("the review log", (d) => d.saveReview(workspace.meta, workspace.review));
      return null;
    },

    exportWorkspace(): Blob | null {
      const workspace = state.workspace;
      return workspace
        ? new Blob([JSON.stringify(workspaceFile(workspace))], { type: "application/json" })
        : null;
    },

    exportReviewLog(): Blob | null {
      const workspace = state.workspace;
      if (!workspace) return null;
      return new Blob([JSON.stringify(session.reviewLogOf(workspace), null, 1)], {
        type: "application/json",
      });
    },

    /** Leaves workspaces (another graph was opened); the workspace stays stored. */
    async leave() {
      set({ workspace: null, editing: null });
      await db?.setSetting(LAST_WORKSPACE, null).catch(() => {});
    },

    dismissMessage() {
      set({ message: null });
    },
  };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function emptyGraph(): ClaimGraph {
  return createClaimGraph({ title: "Workspace", generatedAt: new Date().toISOString(), documents: [] });
}
