/**
 * What a dropped or picked file is: articles to extract (.txt, .md, .html, article dumps), a graph
 * to open (graph JSON, GEXF, GraphML, a STIX bundle), a workspace file, or a review log. A .json is
 * told apart by its content; one that is not JSON at all is reported by name.
 */
import { isReviewLogJson } from "../../model";
import { formatOfName } from "../../io/documents";
import { isWorkspaceFileJson } from "./file";

export type DroppedFile =
  | { kind: "articles"; file: File }
  | { kind: "graph"; file: File }
  | { kind: "workspace"; file: File; json: unknown }
  | { kind: "review-log"; file: File; json: unknown }
  | { kind: "unreadable"; file: File; reason: string };

const DUMP_EXTENSIONS = /\.(jsonl|ndjson|csv)$/i;
const GRAPH_EXTENSIONS = /\.(gexf|graphml|xml)$/i;

/** An article dump: a JSON array of records, or an object holding one under `articles`. */
function isDumpJson(json: unknown): boolean {
  if (Array.isArray(json)) return json.every((r) => typeof r === "object" && r !== null && !Array.isArray(r));
  return (
    typeof json === "object" && json !== null && Array.isArray((json as { articles?: unknown }).articles)
  );
}

export async function classifyFile(file: File): Promise<DroppedFile> {
  if (formatOfName(file.name) || DUMP_EXTENSIONS.test(file.name)) return { kind: "articles", file };
  if (GRAPH_EXTENSIONS.test(file.name)) return { kind: "graph", file };
  if (!/\.json$/i.test(file.name))
    return {
      kind: "unreadable",
      file,
      reason:
        "not a file the workbench reads (articles: .txt, .md, .html, .jsonl, .csv; graphs: .json, .gexf, .graphml)",
    };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return { kind: "unreadable", file, reason: `not valid JSON (${(error as Error).message})` };
  }
  if (isWorkspaceFileJson(json)) return { kind: "workspace", file, json };
  if (isReviewLogJson(json)) return { kind: "review-log", file, json };
  if (isDumpJson(json)) return { kind: "articles", file };
  // Graph JSON and STIX bundles: the graph loader tells them apart and names what is wrong.
  return { kind: "graph", file };
}
