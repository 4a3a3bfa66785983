/** Messages between the ingest main thread and its extraction workers. */
import type { DocumentExtraction } from "../../extract/types";
import type { LayoutInput } from "../../graph/layout";
import type { DocumentFile } from "../../io/document-files";

/** The extractor's bundle (see worker-script.ts) as a thread compiles it. */
export interface ExtractorBundle {
  code: string;
  /** The entry module's path: the name the code runs under, and where its `require` resolves from. */
  filename: string;
  /** V8's code cache for `code`, when the last run left one. */
  codeCache?: Uint8Array;
}

/** A worker's start: its code. The gazetteer is its first message, then one `ExtractTask` per file. */
export interface ExtractWorkerData {
  bundle: ExtractorBundle;
}

export interface ExtractTask {
  seq: number;
  file: DocumentFile;
}

/** The outcome for one file: an extraction with its warnings, or the one warning that skipped it. */
export type FileOutcome =
  { ok: true; extraction: DocumentExtraction; warnings: string[] } | { ok: false; warning: string };

export interface ExtractResult {
  seq: number;
  outcome: FileOutcome;
}

/**
 * After the last file, the graph's layout (see `LayoutInput`): the worker, idle by then, lays it out
 * while the calling thread serializes and checks the graph.
 */
export interface LayoutTask {
  layout: LayoutInput;
  /** graph/layout.ts bundled on its own: the extractor's bundle leaves graphology out, and only this worker loads it. */
  bundle: ExtractorBundle;
}

/** What a worker is sent after the gazetteer. */
export type WorkerTask = ExtractTask | LayoutTask;

/** The positions `layoutPositions` gives for a `LayoutTask`, or why there are none. */
export type LayoutResult = { positions: Float64Array } | { layoutFailed: string };

/** What a worker sends: one result per task. */
export type WorkerMessage = ExtractResult | LayoutResult;
