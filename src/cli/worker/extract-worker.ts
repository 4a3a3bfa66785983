/** The extraction worker's loop: builds its extraction context once, then extracts every file it is sent. */
import { parentPort } from "node:worker_threads";
import { createExtractionContext } from "../../extract";
import type { Gazetteer } from "../../model";
import { extractFile } from "./extract-file";
import type { WorkerMessage, WorkerTask } from "./messages";

export function serveExtractions(gazetteer: Gazetteer): void {
  const port = parentPort;
  if (!port) throw new Error("serveExtractions runs only on a worker thread");
  const context = createExtractionContext(gazetteer);
  port.on("message", (task: WorkerTask) => {
    // The worker's loader lays the graph out (extract-pool.ts), from a bundle of its own.
    if ("layout" in task) return;
    const result: WorkerMessage = { seq: task.seq, outcome: extractFile(task.file, context) };
    port.postMessage(result);
  });
}
