/**
 * What a dropped or picked file is: articles to extract (.txt, .md, .html, article dumps), a graph
 * to open (graph JSON, GEXF, GraphML, a STIX bundle), a workspace file, or a review log. A .json is
 * told apart by its content; one that is not JSON at all is reported by name.
 */
import { isReviewLogJson, isWorkspaceFileJson } from "../../model";
import { formatOfName } from "../../io/documents";
import { dumpRecordsOf } from "../../io/dumps";

export type DroppedFile =
  | { kind: "articles"; file: File }
  | { kind: "graph"; file: File }
  | { kind: "workspace"; file: File; json: unknown }
  | { kind: "review-log"; file: File; json: unknown }
  | { kind: "unreadable"; file: File; reason: string };

const DUMP_EXTENSIONS = /\.(jsonl|ndjson|csv)$/i;
const GRAPH_EXTENSIONS = /\.(gexf|graphml|xml)$/i;

const isObject = (json: unknown): json is Record<string, unknown> =>
  typeof json === "object" && json !== null && !Array.isArray(json);

/** A STIX 2.1 bundle (the graph loader imports it) or graph JSON in graphology's export format. */
const isGraphOrStix = (json: unknown) =>
  isObject(json) && (json.type === "bundle" || (Array.isArray(json.nodes) && isObject(json.attributes)));

/** What a JSON file holds, by its content. */
export function classifyJson(file: File, json: unknown): DroppedFile {
  if (isWorkspaceFileJson(json)) return { kind: "workspace", file, json };
  if (isReviewLogJson(json)) return { kind: "review-log", file, json };
  if (isGraphOrStix(json)) return { kind: "graph", file };
  if (dumpRecordsOf(json)) return { kind: "articles", file };
  // Anything else is read as a graph, whose loader names what is wrong with it.
  return { kind: "graph", file };
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
  try {
    return classifyJson(file, JSON.parse(await file.text()));
  } catch (error) {
    return { kind: "unreadable", file, reason: `not valid JSON (${(error as Error).message})` };
  }
}
