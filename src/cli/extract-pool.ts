/**
 * Extracts files on worker threads (both cores) and hands the outcomes back in file order. At most
 * a few files per worker are in flight, so memory stays flat however large the corpus; results that
 * finish early wait in a buffer bounded by that window. Until a worker has started (bundling its
 * code and loading the extractor take about a second), the calling thread extracts the first files
 * itself, so a small corpus does not wait for threads it hardly needs. `workers: 0` extracts on the
 * calling thread.
 */
import { Worker } from "node:worker_threads";
import { createExtractionContext, type ExtractionContext } from "../extract";
import type { Gazetteer } from "../model";
import type { DocumentFile } from "../io/document-files";
import { extractFile } from "./worker/extract-file";
import { extractWorkerScript } from "./worker/worker-script";
import type { ExtractTask, ExtractWorkerData, FileOutcome, WorkerMessage } from "./worker/messages";

export interface ExtractOptions {
  gazetteer: Gazetteer;
  /** Worker threads; 0 extracts on the calling thread. */
  workers: number;
  /**
   * Extract on the calling thread until a worker has started, and start no more workers than the
   * corpus is worth (default true); false puts every file on a worker.
   */
  extractWhileStarting?: boolean;
  signal?: AbortSignal;
}

/** Files kept in flight per worker: enough to hide the message round trip, few enough to stay small. */
const IN_FLIGHT_PER_WORKER = 4;
/**
 * A worker costs about a second of start-up, in which the calling thread extracts some 200 files
 * itself: one worker starts per this many files (up to `workers`), none for a smaller corpus.
 */
const FILES_PER_WORKER = 200;

export async function* extractFiles(
  files: readonly DocumentFile[],
  options: ExtractOptions,
): AsyncGenerator<FileOutcome> {
  let context: ExtractionContext | undefined;
  const extractHere = (file: DocumentFile) =>
    extractFile(file, (context ??= createExtractionContext(options.gazetteer)));
  const extractWhileStarting = options.extractWhileStarting ?? true;
  const size = Math.min(
    options.workers,
    extractWhileStarting ? Math.floor(files.length / FILES_PER_WORKER) : files.length,
  );
  if (size <= 0) {
    for (const file of files) {
      options.signal?.throwIfAborted();
      yield await extractHere(file);
    }
    return;
  }
  const pool = startPool(size, options.gazetteer);
  const onAbort = () => pool.fail(new DOMException("the run was interrupted", "AbortError"));
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    options.signal?.throwIfAborted();
    const window = pool.size * IN_FLIGHT_PER_WORKER;
    const pending = new Map<number, Promise<FileOutcome>>();
    let dispatched = 0;
    for (let seq = 0; seq < files.length; seq++) {
      options.signal?.throwIfAborted();
      for (; dispatched < files.length && dispatched < seq + window; dispatched++) {
        const file = files[dispatched]!;
        const here = extractWhileStarting && !pool.started();
        const outcome = here ? extractHere(file) : pool.run({ seq: dispatched, file });
        outcome.catch(() => {}); // a failure surfaces where the outcome is awaited, in file order
        pending.set(dispatched, outcome);
      }
      const outcome = await pending.get(seq)!;
      pending.delete(seq);
      yield outcome;
    }
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await pool.close();
  }
}

interface Pool {
  size: number;
  /** True once a worker has its extraction context. */
  started(): boolean;
  run(task: ExtractTask): Promise<FileOutcome>;
  /** Rejects every task in flight and every later one with `error`. */
  fail(error: Error): void;
  close(): Promise<void>;
}

function startPool(size: number, gazetteer: Gazetteer): Pool {
  const data: ExtractWorkerData = { gazetteer };
  const waiting = new Map<number, { resolve(o: FileOutcome): void; reject(e: Error): void }>();
  const load = new Array<number>(size).fill(0);
  const ready = new Array<boolean>(size).fill(false);
  let failure: Error | undefined;
  let workers: Worker[] = [];
  const fail = (error: Error) => {
    failure ??= error;
    for (const task of waiting.values()) task.reject(failure);
    waiting.clear();
    for (const worker of workers) void worker.terminate();
  };
  const startWorker = (script: string, index: number) => {
    const worker = new Worker(script, { eval: true, workerData: data });
    worker.on("message", (result: WorkerMessage) => {
      if ("ready" in result) {
        ready[index] = true;
        return;
      }
      load[index]!--;
      waiting.get(result.seq)?.resolve(result.outcome);
      waiting.delete(result.seq);
    });
    worker.on("error", (error) => fail(new Error(`an extraction worker crashed: ${error.message}`)));
    worker.on("exit", (code) => {
      if (code !== 0 && !failure) fail(new Error(`an extraction worker stopped (exit code ${code})`));
    });
    return worker;
  };
  // Tasks sent before the workers exist are posted once they do (a worker queues them until ready).
  const started = extractWorkerScript().then(
    (script) => {
      if (!failure) workers = Array.from({ length: size }, (_, index) => startWorker(script, index));
      return workers;
    },
    (error: Error) => {
      fail(new Error(`could not bundle the extraction worker: ${error.message}`));
      return workers;
    },
  );

  return {
    size,
    fail,
    started: () => ready.includes(true),
    run(task) {
      if (failure) return Promise.reject(failure);
      // The least loaded worker that has started, else the least loaded one.
      const candidates = load.map((n, i) => (ready[i] ? n : n + 1e6));
      const index = candidates.indexOf(Math.min(...candidates));
      load[index]!++;
      return new Promise((resolve, reject) => {
        waiting.set(task.seq, { resolve, reject });
        void started.then((all) => all[index]?.postMessage(task));
      });
    },
    async close() {
      failure ??= new Error("the worker pool is closed");
      await Promise.all((await started).map((w) => w.terminate()));
    },
  };
}
