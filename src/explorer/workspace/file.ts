/**
 * A workspace as one file, so a colleague sees the same thing, reader included: the extracted
 * graph, the article texts, the review log and its undone operations. Read back through the data
 * model's own checks (`loadGraph`, the review-log schema); a problem names where it is.
 */
import { z } from "zod";
import {
  formatProblem,
  parseReviewLog,
  parseReviewOp,
  parseWith,
  REVIEW_LOG_KIND,
  REVIEW_LOG_VERSION,
  serializeGraph,
  type ReviewOp,
} from "../../model";
import type { BaseSource, WorkspaceRecord } from "./db";
import type { OpenWorkspace } from "./session";

export const WORKSPACE_FILE_KIND = "claim-graph-workspace";

const WorkspaceFileSchema = z.object({
  kind: z.literal(WORKSPACE_FILE_KIND),
  version: z.literal(1),
  name: z.string().min(1),
  base: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("bundled") }),
      z.object({ kind: z.literal("url"), url: z.string() }),
      z.object({ kind: z.literal("none") }),
    ])
    .default({ kind: "none" }),
  graph: z.unknown(),
  texts: z.record(z.string(), z.string()),
  review: z.unknown(),
  undone: z.array(z.unknown()).default([]),
});

export function isWorkspaceFileJson(json: unknown): boolean {
  return (
    typeof json === "object" && json !== null && (json as { kind?: unknown }).kind === WORKSPACE_FILE_KIND
  );
}

export function workspaceFile(workspace: OpenWorkspace): object {
  return {
    kind: WORKSPACE_FILE_KIND,
    version: 1,
    name: workspace.meta.name,
    base: workspace.meta.base,
    graph: serializeGraph(workspace.extracted),
    texts: Object.fromEntries(workspace.texts),
    review: { kind: REVIEW_LOG_KIND, version: REVIEW_LOG_VERSION, ops: workspace.review.ops },
    undone: workspace.review.undone,
  };
}

export type ParsedWorkspaceFile =
  | { ok: true; record: Omit<WorkspaceRecord, "meta"> & { name: string; base: BaseSource } }
  | { ok: false; problems: string[] };

/** Reads a workspace file's JSON; the graph is checked when the workspace opens (`openWorkspace`). */
export function parseWorkspaceFile(json: unknown): ParsedWorkspaceFile {
  const parsed = parseWith(WorkspaceFileSchema, json);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProblem) };
  const file = parsed.value;
  const log = parseReviewLog(file.review);
  if (!log.ok) return { ok: false, problems: log.problems.map((p) => `review: ${formatProblem(p)}`) };
  const undone: ReviewOp[] = [];
  for (const [i, raw] of file.undone.entries()) {
    const op = parseReviewOp(raw);
    if (!op.ok) return { ok: false, problems: op.problems.map((p) => `undone[${i}]: ${formatProblem(p)}`) };
    undone.push(op.value);
  }
  return {
    ok: true,
    record: {
      name: file.name,
      base: file.base,
      graph: file.graph as WorkspaceRecord["graph"],
      texts: new Map(Object.entries(file.texts)),
      review: { ops: log.value.ops, undone },
    },
  };
}
