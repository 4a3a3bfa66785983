/**
 * The extraction worker's loop: builds its extraction context once, then extracts every file it is
 * sent, and lays out the graph when asked (after the last file).
 */
import { parentPort } from "node:worker_threads";
import { createExtractionContext } from "../../extract";
import type { Gazetteer } from "../../model";
import { extractFile } from "./extract-file";
import type { LayoutInput } from "../../graph/layout";
import type { LayoutResult, WorkerMessage, WorkerTask } from "./messages";

export function serveExtractions(gazetteer: Gazetteer): void {
  const port = parentPort;
  if (!port) throw new Error("serveExtractions runs only on a worker thread");
  const context = createExtractionContext(gazetteer);
  port.on("message", (task: WorkerTask) => {
    if ("layout" in task) return void layOut(task.layout).then((result) => port.postMessage(result));
    const result: WorkerMessage = { seq: task.seq, outcome: extractFile(task.file, context) };
    port.postMessage(result);
  });
}

/**
 * The layout, imported on its first use: extraction needs none of graphology and its layouts, so a
 * thread loads them only once it is asked for positions.
 */
async function layOut(input: LayoutInput): Promise<LayoutResult> {
  try {
    const { layoutPositions } = await import("../../graph/layout");
    return { positions: layoutPositions(input) };
  } catch (error) {
    return { layoutFailed: (error as Error).message };
  }
}
