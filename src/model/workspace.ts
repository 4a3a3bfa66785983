/**
 * The workspace file: one file holding what a workbench workspace is (the extracted graph, the text
 * of every article added in the browser, the review log and its undone operations), so a colleague
 * opens the same workspace, reader included. Checked whole here: the graph by `loadGraph`, the log
 * and each undone operation by the review-log schemas; a problem names where it is.
 */
import { z } from "zod";
import { loadGraph, serializeGraph } from "./graph";
import { parseJsonText } from "./json-text";
import type { Parsed } from "./parse";
import { problemsFromZod, type Problem } from "./problems";
import { ReviewLogSchema, ReviewOpSchema } from "./review";
import type { SerializedClaimGraph } from "./schema";

/** The `kind` field that tells a workspace file apart from a graph, review log or dump by content. */
export const WORKSPACE_FILE_KIND = "claim-graph-workspace";
export const WORKSPACE_FILE_VERSION = 1;

/** Where a workspace's first graph came from; the reader looks there for articles it has no text of. */
export const BaseSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("bundled") }),
  z.object({ kind: z.literal("url"), url: z.string() }),
  z.object({ kind: z.literal("none") }),
]);
export type BaseSource = z.infer<typeof BaseSourceSchema>;

export const WorkspaceFileSchema = z.object({
  kind: z.literal(WORKSPACE_FILE_KIND),
  version: z.literal(WORKSPACE_FILE_VERSION),
  name: z.string().min(1),
  base: BaseSourceSchema.default({ kind: "none" }),
  /** Checked by `loadGraph` (its own rules go beyond a schema: offsets, references). */
  graph: z.unknown(),
  /** Article text by document id. */
  texts: z.record(z.string(), z.string()),
  review: ReviewLogSchema,
  /** Operations undone, newest last (for redo). */
  undone: z.array(ReviewOpSchema).default([]),
});
export type WorkspaceFile = Omit<z.infer<typeof WorkspaceFileSchema>, "graph"> & {
  graph: SerializedClaimGraph;
};

/** Whether parsed JSON claims to be a workspace file (then `parseWorkspaceFile` says whether it is a valid one). */
export function isWorkspaceFileJson(json: unknown): boolean {
  return (
    typeof json === "object" && json !== null && (json as { kind?: unknown }).kind === WORKSPACE_FILE_KIND
  );
}

/** Parses (when given text) and validates a workspace file, its graph included; never throws. */
export function parseWorkspaceFile(input: unknown): Parsed<WorkspaceFile> {
  const text = parseJsonText(input);
  if (!text.ok) return text;
  const parsed = WorkspaceFileSchema.safeParse(text.json);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const graph = loadGraph(parsed.data.graph);
  if (!graph.ok) return { ok: false, problems: graph.problems.map(under("graph")) };
  return { ok: true, value: { ...parsed.data, graph: serializeGraph(graph.graph) } };
}

const under =
  (field: string) =>
  (problem: Problem): Problem => ({
    ...problem,
    path: problem.path ? `${field}.${problem.path}` : field,
  });
