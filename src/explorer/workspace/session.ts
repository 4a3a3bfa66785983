/**
 * An open workspace in memory: the extracted graph as stored, the reviewed graph the explorer shows
 * (the review log replayed onto a copy), the article texts and the log with its undone operations.
 * Every change returns a new `OpenWorkspace`, but the reviewed graph is one graph for as long as
 * the workspace is open: changes are made to it in place (an operation applied to it, or the
 * contents of a replayed graph put into it), so the explorer on screen keeps its camera, selection,
 * filters and panels. Saving is the caller's (db.ts).
 */
import { applyReviewLogToCopy, applyReviewOpInPlace, formatReviewProblem } from "../../graph/review";
import { emptyReviewLog, loadGraph, type ClaimGraph, type ReviewLog, type ReviewOp } from "../../model";
import type { ReviewHistory, WorkspaceMeta, WorkspaceRecord } from "./db";
import { importCheckedGraph, replaceGraphInPlace } from "./replace-graph";

export interface OpenWorkspace {
  meta: WorkspaceMeta;
  /** The graph the articles made, before review (validated). */
  extracted: ClaimGraph;
  /** The extracted graph's JSON text when it came as text (from storage or the worker), else null. */
  extractedText: string | null;
  /** The graph with the review log replayed: what the explorer shows (the same graph until closed). */
  graph: ClaimGraph;
  texts: Map<string, string>;
  review: ReviewHistory;
  /** Operations of the log that found nothing to change, by number and reason. */
  problems: string[];
}

const logOf = (ops: ReviewOp[]): ReviewLog => ({ ...emptyReviewLog(), ops });

function replay(extracted: ClaimGraph, review: ReviewHistory) {
  const log = logOf(review.ops);
  const replayed = applyReviewLogToCopy(extracted, log);
  return { graph: replayed.graph, problems: replayed.problems.map((p) => formatReviewProblem(p, log)) };
}

/** The log replayed onto the extracted graph, put into the workspace's graph in place. */
function replayInPlace(workspace: OpenWorkspace, extracted: ClaimGraph, review: ReviewHistory) {
  const { graph, problems } = replay(extracted, review);
  replaceGraphInPlace(workspace.graph, graph);
  return { ...workspace, extracted, review, problems };
}

/**
 * Opens a stored (or imported) workspace; a graph that does not validate is an error naming the
 * first problem. `shown`: the graph on screen the record was made from (a new workspace, no log
 * yet), which becomes the workspace's graph so the explorer showing it stays.
 */
export function openWorkspace(record: WorkspaceRecord, shown?: ClaimGraph): OpenWorkspace {
  const loaded = loadGraph(record.graph);
  if (!loaded.ok) {
    const first = loaded.problems[0];
    throw new Error(
      `the stored graph is not valid (${first?.path ? `${first.path}: ` : ""}${first?.message})`,
    );
  }
  const extractedText = typeof record.graph === "string" ? record.graph : null;
  if (shown && record.review.ops.length === 0)
    return { ...record, extracted: loaded.graph, extractedText, graph: shown, problems: [] };
  return { ...record, extracted: loaded.graph, extractedText, ...replay(loaded.graph, record.review) };
}

/** A newly extracted graph with the workspace's log replayed onto a copy, not yet shown. */
export interface ReplayedArticles {
  extracted: ClaimGraph;
  /** The extracted graph as the worker sent it. */
  text: string;
  graph: ClaimGraph;
  problems: string[];
}

/** Reads the graph the extraction worker merged and checked (JSON text) and replays the log onto it. */
export function replayOntoArticles(workspace: OpenWorkspace, graph: string): ReplayedArticles {
  const extracted = importCheckedGraph(graph);
  return { extracted, text: graph, ...replay(extracted, workspace.review) };
}

/** The workspace with the articles added: their replayed graph put into the workspace's graph. */
export function withArticles(
  workspace: OpenWorkspace,
  { extracted, text, graph, problems }: ReplayedArticles,
  texts: Iterable<[string, string]>,
): OpenWorkspace {
  replaceGraphInPlace(workspace.graph, graph);
  return {
    ...workspace,
    extracted,
    extractedText: text,
    problems,
    texts: new Map([...workspace.texts, ...texts]),
  };
}

export type OpResult =
  { ok: true; workspace: OpenWorkspace; notices: string[] } | { ok: false; reason: string };

/**
 * Applies one review operation to the workspace's graph; it joins the log only when it applies (a
 * new operation clears redo). An operation that does not apply changes nothing.
 */
export function withOp(workspace: OpenWorkspace, op: ReviewOp): OpResult {
  const outcome = applyReviewOpInPlace(workspace.graph, op);
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    notices: outcome.notices,
    workspace: { ...workspace, review: { ops: [...workspace.review.ops, op], undone: [] } },
  };
}

export function canUndo(workspace: OpenWorkspace): boolean {
  return workspace.review.ops.length > 0;
}

export function canRedo(workspace: OpenWorkspace): boolean {
  return workspace.review.undone.length > 0;
}

/** The log without its last operation, replayed onto the extracted graph. */
export function undo(workspace: OpenWorkspace): OpenWorkspace {
  const last = workspace.review.ops.at(-1);
  if (!last) return workspace;
  const review = { ops: workspace.review.ops.slice(0, -1), undone: [...workspace.review.undone, last] };
  return replayInPlace(workspace, workspace.extracted, review);
}

/** Puts the last undone operation back. */
export function redo(workspace: OpenWorkspace): OpenWorkspace {
  const next = workspace.review.undone.at(-1);
  if (!next) return workspace;
  const review = { ops: [...workspace.review.ops, next], undone: workspace.review.undone.slice(0, -1) };
  // An operation that applied before applies again on the same graph; replay whole if not.
  if (!applyReviewOpInPlace(workspace.graph, next).ok)
    return replayInPlace(workspace, workspace.extracted, review);
  return { ...workspace, review };
}

/** Operations appended from an imported review log, replayed onto the extracted graph. */
export function withImportedLog(workspace: OpenWorkspace, log: ReviewLog): OpenWorkspace {
  const review = { ops: [...workspace.review.ops, ...log.ops], undone: [] };
  return replayInPlace(workspace, workspace.extracted, review);
}

/** The review log as its own file. */
export function reviewLogOf(workspace: OpenWorkspace): ReviewLog {
  return logOf(workspace.review.ops);
}

/** Claims with a verdict (confirmed or rejected), of all claims. */
export function reviewProgress(graph: ClaimGraph): { reviewed: number; total: number } {
  let reviewed = 0;
  graph.forEachEdge((_, a) => {
    if (a.review) reviewed++;
  });
  return { reviewed, total: graph.size };
}
