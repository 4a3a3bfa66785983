/** Messages between the page and the extraction workers (src/explorer/workers/extract.worker.ts). */

/** A file as the page hands it over: its name (the document id) and its bytes. */
export interface ArticleFile {
  name: string;
  bytes: ArrayBuffer;
}

/** A file that did not go in, and why. */
export interface SkippedFile {
  name: string;
  reason: string;
}

export type ExtractionRequest =
  /** Builds the extraction context ahead of the first run (the lexicon takes a while). */
  | { kind: "warm" }
  /** Reads and extracts files; `known` are the documents already in the workspace. */
  | { kind: "extract"; files: ArticleFile[]; known: string[] }
  /** Merges extracted parts into the workspace's graph (JSON text; null for an empty workspace). */
  | { kind: "merge"; base: string | null; parts: string[]; title: string };

/** What one worker extracted: the extractions as JSON text (one string crosses threads cheaply). */
export interface ExtractedPart {
  extractions: string;
  /** Text of each new document by id, offsets as in its evidence (HTML markup blanked out). */
  texts: [id: string, text: string][];
  skipped: SkippedFile[];
  warnings: string[];
}

export interface MergedGraph {
  /** The merged graph as JSON text, validated by the worker (the page trusts it and stores it as is). */
  graph: string;
  added: string[];
  skipped: SkippedFile[];
}

export type ExtractionMessage =
  | { kind: "progress"; done: number }
  | { kind: "extracted"; part: ExtractedPart }
  | { kind: "merged"; merged: MergedGraph }
  | { kind: "failed"; message: string };

/** What a run of the workbench gives back. */
export interface AddArticlesResult {
  graph: string;
  texts: [id: string, text: string][];
  added: string[];
  skipped: SkippedFile[];
  warnings: string[];
}
