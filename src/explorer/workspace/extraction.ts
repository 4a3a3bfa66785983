/**
 * The page's side of the extraction workers. Two workers (the cores of a small machine; the page's
 * own thread stays free) are started, their extraction contexts built, when the workbench opens, so
 * a drop does not wait for them. A run splits the files between them, then the first merges both
 * parts into the workspace's graph. Progress is files done of total; cancel ends the workers (the
 * next run starts fresh ones), and nothing of a cancelled run reaches the workspace.
 */
import type {
  AddArticlesResult,
  ArticleFile,
  ExtractedPart,
  ExtractionMessage,
  ExtractionRequest,
  MergedGraph,
} from "./extraction-messages";

export interface ExtractionRun {
  /** The result, or null when the run was cancelled. */
  result: Promise<AddArticlesResult | null>;
  cancel(): void;
}

export interface Extractor {
  run(
    files: ArticleFile[],
    workspace: { base: string | null; known: string[]; title: string },
    onProgress: (done: number, total: number) => void,
  ): ExtractionRun;
  close(): void;
}

const WORKERS = 2;
/** Below this many files a second worker is not worth the split. */
const FILES_FOR_TWO = 8;

function startWorker(): Worker {
  const worker = new Worker(new URL("../workers/extract.worker.ts", import.meta.url), { type: "module" });
  const warm: ExtractionRequest = { kind: "warm" };
  worker.postMessage(warm);
  return worker;
}

class Cancelled extends Error {}

/** Sends one request and resolves with the worker's answer (progress goes to `onProgress`). */
function ask<K extends "extracted" | "merged">(
  worker: Worker,
  request: ExtractionRequest,
  answer: K,
  onProgress: (done: number) => void,
  transfer: Transferable[] = [],
): Promise<Extract<ExtractionMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExtractionMessage>) => {
      const message = event.data;
      if (message.kind === "progress") onProgress(message.done);
      else if (message.kind === "failed") reject(new Error(message.message));
      else if (message.kind === answer) resolve(message as Extract<ExtractionMessage, { kind: K }>);
    };
    worker.onerror = (event) => reject(new Error(`the extraction worker failed (${event.message})`));
    worker.postMessage(request, transfer);
  });
}

export function createExtractor(): Extractor {
  let workers: Worker[] = Array.from({ length: WORKERS }, startWorker);
  const stop = () => {
    for (const worker of workers) worker.terminate();
    workers = [];
  };
  return {
    run(files, { base, known, title }, onProgress) {
      if (workers.length === 0) workers = Array.from({ length: WORKERS }, startWorker);
      const current = workers;
      let cancel: () => void = () => {};
      const cancelled = new Promise<never>((_, reject) => (cancel = () => reject(new Cancelled())));
      const result = (async (): Promise<AddArticlesResult | null> => {
        const shares = files.length >= FILES_FOR_TWO ? current.length : 1;
        const size = Math.ceil(files.length / shares);
        const done = new Array<number>(shares).fill(0);
        const parts = Promise.all(
          Array.from({ length: shares }, (_, i) => {
            const share = files.slice(i * size, (i + 1) * size);
            return ask(
              current[i]!,
              { kind: "extract", files: share, known },
              "extracted",
              (n) => {
                done[i] = n;
                onProgress(
                  done.reduce((a, b) => a + b, 0),
                  files.length,
                );
              },
              share.map((f) => f.bytes),
            ).then((m) => m.part);
          }),
        );
        const extracted: ExtractedPart[] = await Promise.race([parts, cancelled]);
        const merged: MergedGraph = (
          await Promise.race([
            ask(
              current[0]!,
              { kind: "merge", base, parts: extracted.map((p) => p.extractions), title },
              "merged",
              () => {},
            ),
            cancelled,
          ])
        ).merged;
        return {
          graph: merged.graph,
          texts: extracted.flatMap((p) => p.texts).filter(([id]) => merged.added.includes(id)),
          added: merged.added,
          skipped: [...extracted.flatMap((p) => p.skipped), ...merged.skipped],
          warnings: extracted.flatMap((p) => p.warnings),
        };
      })().catch((error: Error) => {
        if (error instanceof Cancelled) return null;
        if (workers === current) stop();
        throw error;
      });
      return {
        result,
        cancel() {
          if (workers === current) stop();
          cancel();
        },
      };
    },
    close: stop,
  };
}
