/** Extraction worker: builds its extraction context once, then extracts every file it is sent. */
import { parentPort, workerData } from "node:worker_threads";
import { createExtractionContext } from "../../extract";
import { extractFile } from "./extract-file";
import type { ExtractTask, ExtractWorkerData, WorkerMessage } from "./messages";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs only as a worker thread");
const context = createExtractionContext((workerData as ExtractWorkerData).gazetteer);

port.on("message", (task: ExtractTask) => {
  const result: WorkerMessage = { seq: task.seq, outcome: extractFile(task.file, context) };
  port.postMessage(result);
});
