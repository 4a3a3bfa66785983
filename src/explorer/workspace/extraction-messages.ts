/** Messages between the page and the extraction worker (src/explorer/workers/extract.worker.ts). */

/** A file as the page hands it over: its name (the document id) and its bytes. */
export interface ArticleFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface AddArticlesRequest {
  kind: "add";
  files: ArticleFile[];
  /** The workspace's graph so far (before review), as JSON text; null for an empty workspace. */
  base: string | null;
  title: string;
}

/** Builds the extraction context ahead of the first run (the lexicon takes a while). */
export interface WarmRequest {
  kind: "warm";
}

export type ExtractionRequest = AddArticlesRequest | WarmRequest;

/** A file that did not go in, and why. */
export interface SkippedFile {
  name: string;
  reason: string;
}

export interface AddArticlesResult {
  /**
   * The merged graph as JSON text, validated by the worker: text crosses to the page as one string
   * (no object-by-object copy on the page's thread) and is stored as it is.
   */
  graph: string;
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
