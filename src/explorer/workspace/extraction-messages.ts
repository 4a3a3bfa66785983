/** Messages between the page and the extraction worker (src/explorer/workers/extract.worker.ts). */
import type { SerializedClaimGraph } from "../../model";

/** A file as the page hands it over: its name (the document id) and its bytes. */
export interface ArticleFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface AddArticlesRequest {
  files: ArticleFile[];
  /** The workspace's graph so far (before review); null for an empty workspace. */
  base: SerializedClaimGraph | null;
  title: string;
}

/** A file that did not go in, and why. */
export interface SkippedFile {
  name: string;
  reason: string;
}

export interface AddArticlesResult {
  graph: SerializedClaimGraph;
  /** Text of each new document by id, offsets as in its evidence (HTML markup blanked out). */
  texts: [id: string, text: string][];
  added: string[];
  skipped: SkippedFile[];
  warnings: string[];
}

export type ExtractionMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; result: AddArticlesResult }
  | { kind: "failed"; message: string };
