/**
 * The page's side of the extraction worker: one run at a time, progress as files done of total,
 * cancel by ending the worker (the next run starts a fresh one). Nothing of a cancelled run reaches
 * the workspace.
 */
import type { SerializedClaimGraph } from "../../model";
import type { AddArticlesResult, ArticleFile, ExtractionMessage } from "./extraction-messages";

export interface ExtractionRun {
  result: Promise<AddArticlesResult | null>;
  cancel(): void;
}

export function startExtraction(
  files: ArticleFile[],
  base: SerializedClaimGraph | null,
  title: string,
  onProgress: (done: number, total: number) => void,
): ExtractionRun {
  const worker = new Worker(new URL("../workers/extract.worker.ts", import.meta.url), { type: "module" });
  let settle: (value: AddArticlesResult | null) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const result = new Promise<AddArticlesResult | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const finish = () => worker.terminate();
  worker.onmessage = (event: MessageEvent<ExtractionMessage>) => {
    const message = event.data;
    if (message.kind === "progress") return onProgress(message.done, message.total);
    finish();
    if (message.kind === "done") settle(message.result);
    else fail(new Error(message.message));
  };
  worker.onerror = (event) => {
    finish();
    fail(new Error(`the extraction worker failed (${event.message})`));
  };
  worker.postMessage(
    { files, base, title },
    files.map((f) => f.bytes),
  );
  return {
    result,
    cancel() {
      finish();
      settle(null);
    },
  };
}
