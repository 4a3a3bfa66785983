/**
 * The page's side of the extraction worker. The worker is started (and its extraction context
 * built) when the workbench opens, so a drop does not wait for it; one run at a time; progress as
 * files done of total; cancel ends the worker (the next run starts a fresh one), and nothing of a
 * cancelled run reaches the workspace.
 */
import type {
  AddArticlesResult,
  ArticleFile,
  ExtractionMessage,
  ExtractionRequest,
} from "./extraction-messages";

export interface ExtractionRun {
  /** The result, or null when the run was cancelled. */
  result: Promise<AddArticlesResult | null>;
  cancel(): void;
}

export interface Extractor {
  run(
    files: ArticleFile[],
    base: string | null,
    title: string,
    onProgress: (done: number, total: number) => void,
  ): ExtractionRun;
  close(): void;
}

function startWorker(): Worker {
  const worker = new Worker(new URL("../workers/extract.worker.ts", import.meta.url), { type: "module" });
  const warm: ExtractionRequest = { kind: "warm" };
  worker.postMessage(warm);
  return worker;
}

export function createExtractor(): Extractor {
  let worker: Worker | null = startWorker();
  return {
    run(files, base, title, onProgress) {
      const current = (worker ??= startWorker());
      let settle: (value: AddArticlesResult | null) => void = () => {};
      let fail: (error: Error) => void = () => {};
      const result = new Promise<AddArticlesResult | null>((resolve, reject) => {
        settle = resolve;
        fail = reject;
      });
      const stop = () => {
        current.terminate();
        if (worker === current) worker = null;
      };
      current.onmessage = (event: MessageEvent<ExtractionMessage>) => {
        const message = event.data;
        if (message.kind === "progress") onProgress(message.done, message.total);
        else if (message.kind === "done") settle(message.result);
        else {
          stop();
          fail(new Error(message.message));
        }
      };
      current.onerror = (event) => {
        stop();
        fail(new Error(`the extraction worker failed (${event.message})`));
      };
      const request: ExtractionRequest = { kind: "add", files, base, title };
      current.postMessage(
        request,
        files.map((f) => f.bytes),
      );
      return {
        result,
        cancel() {
          stop();
          settle(null);
        },
      };
    },
    close() {
      worker?.terminate();
      worker = null;
    },
  };
}
