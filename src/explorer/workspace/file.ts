/**
 * A workspace as one file, so a colleague sees the same thing, reader included: the extracted
 * graph, the article texts, the review log and its undone operations. The file's schema and its
 * checks are the data model's (src/model/workspace.ts); this is the workbench's side of it.
 */
import {
  parseWorkspaceFile,
  REVIEW_LOG_KIND,
  REVIEW_LOG_VERSION,
  serializeGraph,
  WORKSPACE_FILE_KIND,
  WORKSPACE_FILE_VERSION,
  type BaseSource,
  type WorkspaceFile,
} from "../../model";
import type { WorkspaceRecord } from "./db";
import type { OpenWorkspace } from "./session";

export function workspaceFile(workspace: OpenWorkspace): WorkspaceFile {
  return {
    kind: WORKSPACE_FILE_KIND,
    version: WORKSPACE_FILE_VERSION,
    name: workspace.meta.name,
    base: workspace.meta.base,
    graph: serializeGraph(workspace.extracted),
    texts: Object.fromEntries(workspace.texts),
    review: { kind: REVIEW_LOG_KIND, version: REVIEW_LOG_VERSION, ops: workspace.review.ops },
    undone: workspace.review.undone,
  };
}

export type ReadWorkspaceFile =
  | { ok: true; record: Omit<WorkspaceRecord, "meta"> & { name: string; base: BaseSource } }
  | { ok: false; problems: string[] };

/** A workspace file's JSON as a workspace to open; problems as "path: message". */
export function readWorkspaceFile(json: unknown): ReadWorkspaceFile {
  const parsed = parseWorkspaceFile(json);
  if (!parsed.ok)
    return {
      ok: false,
      problems: parsed.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
    };
  const { name, base, graph, texts, review, undone } = parsed.value;
  return {
    ok: true,
    record: { name, base, graph, texts: new Map(Object.entries(texts)), review: { ops: review.ops, undone } },
  };
}
