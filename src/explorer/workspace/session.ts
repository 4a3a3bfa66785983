/**
 * An open workspace in memory: the extracted graph as stored, the reviewed graph the explorer shows
 * (the review log replayed onto a copy), the article texts and the log with its undone operations.
 * Every change returns a new `OpenWorkspace` (the explorer is handed a new graph) and leaves the old
 * one as it was; saving is the caller's (db.ts).
 */
import { applyReviewLogToCopy, applyReviewOpInPlace, formatReviewProblem } from "../../graph/review";
import {
  emptyReviewLog,
  loadGraph,
  type ClaimGraph,
  type ReviewLog,
  type ReviewOp,
  type SerializedClaimGraph,
} from "../../model";
import type { ReviewHistory, WorkspaceMeta, WorkspaceRecord } from "./db";

export interface OpenWorkspace {
  meta: WorkspaceMeta;
  /** The graph the articles made, before review (validated). */
  extracted: ClaimGraph;
  /** The graph with the review log replayed: what the explorer shows. */
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

/** Opens a stored (or imported) workspace; a graph that does not validate is an error naming the first problem. */
export function openWorkspace(record: WorkspaceRecord): OpenWorkspace {
  const loaded = loadGraph(record.graph);
  if (!loaded.ok) {
    const first = loaded.problems[0];
    throw new Error(
      `the stored graph is not valid (${first?.path ? `${first.path}: ` : ""}${first?.message})`,
    );
  }
  return { ...record, extracted: loaded.graph, ...replay(loaded.graph, record.review) };
}

/** The workspace with a newly extracted graph (articles added): the log is replayed onto it. */
export function withExtracted(
  workspace: OpenWorkspace,
  graph: SerializedClaimGraph | string,
  texts: Iterable<[string, string]>,
): OpenWorkspace {
  return openWorkspace({
    meta: workspace.meta,
    graph,
    texts: new Map([...workspace.texts, ...texts]),
    review: workspace.review,
  });
}

export type OpResult =
  { ok: true; workspace: OpenWorkspace; notices: string[] } | { ok: false; reason: string };

/** Applies one review operation; it joins the log only when it applies (a new operation clears redo). */
export function withOp(workspace: OpenWorkspace, op: ReviewOp): OpResult {
  const graph = workspace.graph.copy() as ClaimGraph;
  const outcome = applyReviewOpInPlace(graph, op);
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    notices: outcome.notices,
    workspace: { ...workspace, graph, review: { ops: [...workspace.review.ops, op], undone: [] } },
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
  return { ...workspace, review, ...replay(workspace.extracted, review) };
}

/** Puts the last undone operation back. */
export function redo(workspace: OpenWorkspace): OpenWorkspace {
  const next = workspace.review.undone.at(-1);
  if (!next) return workspace;
  const review = { ops: [...workspace.review.ops, next], undone: workspace.review.undone.slice(0, -1) };
  const graph = workspace.graph.copy() as ClaimGraph;
  const outcome = applyReviewOpInPlace(graph, next);
  // An operation that applied before applies again on the same graph; replay whole if not.
  if (!outcome.ok) return { ...workspace, review, ...replay(workspace.extracted, review) };
  return { ...workspace, graph, review };
}

/** Operations appended from an imported review log, replayed onto the extracted graph. */
export function withImportedLog(workspace: OpenWorkspace, log: ReviewLog): OpenWorkspace {
  const review = { ops: [...workspace.review.ops, ...log.ops], undone: [] };
  return { ...workspace, review, ...replay(workspace.extracted, review) };
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
