// Entry of every worker thread: Node 20 does not apply the parent's TypeScript loader to a worker's
// own entry, so the worker registers tsx itself, then loads the TypeScript module named in
// `workerData.module`.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
