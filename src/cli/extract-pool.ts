/**
 * Extracts files on worker threads and on the calling thread together, and hands the outcomes back
 * in file order. The calling thread is one of the extraction threads: whenever the file due next
 * is still on a worker, it extracts the next unassigned file itself (it needs no start-up, and
 * a worker costs a second of it and its own warm-up of the compiler), so `workers: 2` on two cores
 * is the calling thread and one worker. At most a few files per worker are in flight, and the
 * calling thread runs at most `MAX_AHEAD` files ahead of the one due, so memory stays flat however
 * large the corpus. `workers: 0` or `1` extracts on the calling thread alone.
 */
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInThisContext, type Script } from "node:vm";
import { Worker } from "node:worker_threads";
import type { ExtractionContext } from "../extract";
import type { Gazetteer } from "../model";
import type { DocumentFile } from "../io/document-files";
import type { LayoutInput } from "../graph/layout";
import { cachedWorkerScript, readCodeCache, workerScript, writeCodeCache } from "./worker/worker-script";
import type {
  ExtractorBundle,
  ExtractTask,
  ExtractWorkerData,
  FileOutcome,
  LayoutTask,
  WorkerMessage,
} from "./worker/messages";

export interface ExtractOptions {
  gazetteer: Gazetteer;
  /** Extraction threads, the calling thread included; 0 or 1 extracts on the calling thread alone. */
  workers: number;
  /**
   * The calling thread extracts too, and no worker starts for fewer than `FILES_PER_WORKER` files
   * (default true); false puts every file on `workers` worker threads.
   */
  callingThreadExtracts?: boolean;
  /**
   * Workers started before the corpus was read (`startExtractWorkers`): taken over when the corpus
   * needs them, the ones it does not need stopped. Left running after the last file: the caller
   * closes them, after the first has laid out the graph (`Pool.layout`).
   */
  started?: StartedWorkers;
  signal?: AbortSignal;
}

/** Workers started ahead of the run, with the cached bundle they run (the calling thread runs it too). */
export interface StartedWorkers {
  pool: Pool;
  bundle: ExtractorBundle;
  /** The calling thread's extractor, once loaded ahead too (`loadCallingExtractor`). */
  calling?: CallingExtractor;
}

/** Files kept in flight per worker: enough to last it while the calling thread extracts one, few enough to stay small. */
const IN_FLIGHT_PER_WORKER = 8;
/**
 * Files in flight per worker as the corpus runs out: the unassigned files' share of each thread,
 * never fewer than this. Once every file is assigned, the calling thread waits for what the
 * workers still hold: with `IN_FLIGHT_PER_WORKER` each, the last seven files or so of a worker were
 * extracted while the calling thread was idle; two keep a worker busy while the calling thread
 * extracts one file, and no more are left waiting at the end.
 */
const MIN_IN_FLIGHT_PER_WORKER = 2;
/** A worker costs about a second of start-up: one starts per this many files, none for a smaller corpus. */
const FILES_PER_WORKER = 200;
/** How far the calling thread may run ahead of the file due, holding its outcomes until then. */
const MAX_AHEAD = 256;

export async function* extractFiles(
  files: readonly DocumentFile[],
  options: ExtractOptions,
): AsyncGenerator<FileOutcome> {
  let context: ExtractionContext | undefined;
  const extractHere = (extractor: HereExtractor, index: number) =>
    extractor.extractFile(files[index]!, (context ??= extractor.createExtractionContext(options.gazetteer)));
  const here = options.callingThreadExtracts ?? true;
  const size = here
    ? Math.min(options.workers - 1, Math.floor(files.length / FILES_PER_WORKER))
    : Math.min(options.workers, files.length);
  const cached = options.started?.bundle ?? cachedBundle();
  if (size <= 0) {
    options.started?.pool.close();
    // Bundled now for the next run, when no bundle is cached.
    if (!cached) void workerScript(ENTRY).catch(() => undefined);
    const calling = options.started?.calling ?? (await hereExtractor(cached));
    for (let index = 0; index < files.length; index++) {
      options.signal?.throwIfAborted();
      yield extractHere(calling.extractor, index);
      // Reading and extraction block: the event loop gets its turn (an interrupt, the progress
      // bar) between two files.
      await nextTurn();
    }
    await keepCodeCache(calling);
    return;
  }
  const pool =
    options.started?.pool ??
    startPool(
      size,
      cached ? Promise.resolve(cached) : workerScript(ENTRY).then((code) => ({ code, filename: ENTRY })),
    );
  pool.keep(size);
  pool.serve(options.gazetteer);
  const onAbort = () => pool.fail(new DOMException("the run was interrupted", "AbortError"));
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    // The workers start before the calling thread gets busy when their code is at hand (the bundle
    // cache is read blocking, in a few milliseconds). A bundle rebuilt after a code change (seconds)
    // is not waited for: the calling thread extracts meanwhile, and the files handed to the workers
    // are posted once they exist.
    await Promise.race([pool.spawned, nextTurn()]);
    const threads = pool.size + (here ? 1 : 0);
    /** Files the workers may hold: fewer as the files still unassigned run out (see `MIN_IN_FLIGHT_PER_WORKER`). */
    const window = () =>
      pool.size *
      Math.max(
        MIN_IN_FLIGHT_PER_WORKER,
        Math.min(IN_FLIGHT_PER_WORKER, Math.ceil((files.length - next) / threads)),
      );
    const pending = new Map<number, Promise<FileOutcome>>();
    const settled = new Set<number>();
    let next = 0;
    const hand = (seq: number, outcome: Promise<FileOutcome>) => {
      // A failure surfaces where the outcome is awaited, in file order.
      outcome.then(
        () => settled.add(seq),
        () => settled.add(seq),
      );
      pending.set(seq, outcome);
    };
    const topUp = () => {
      for (; next < files.length && pool.inFlight() < window(); next++) {
        hand(next, pool.run({ seq: next, file: files[next]! }));
      }
    };
    // The workers get their first files before the calling thread loads its own extractor and
    // extracts its first file (together most of a second): they had waited for both, idle.
    topUp();
    const calling = here ? (options.started?.calling ?? (await hereExtractor(cached))) : undefined;
    const extractor = calling?.extractor;
    for (let seq = 0; seq < files.length; seq++) {
      options.signal?.throwIfAborted();
      topUp();
      while (extractor && !settled.has(seq) && next < files.length && next - seq < MAX_AHEAD) {
        const mine = next++;
        hand(mine, Promise.resolve(extractHere(extractor, mine)));
        // The workers' results come in, and they are sent more files, between two files of its own.
        await nextTurn();
        options.signal?.throwIfAborted();
        topUp();
      }
      const outcome = await pending.get(seq)!;
      pending.delete(seq);
      settled.delete(seq);
      yield outcome;
    }
    if (calling) await keepCodeCache(calling);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    // Workers started ahead are the caller's: one may yet lay out the graph (`Pool.layout`).
    if (!options.started) pool.close();
  }
}

/**
 * Starts the workers a corpus at `paths` will need, before the command has loaded its own modules
 * and read the gazetteer and the files: a worker takes most of a second to load the extractor
 * (compromise's set-up alone is some 0.3 s), which then overlaps the calling thread's start instead
 * of following it. Files are counted cheaply (any file below a folder, hidden ones aside), so a
 * folder holding other files too may get a worker `extractFiles` then stops. None when the cache
 * holds no bundle: building one takes seconds, and `extractFiles` does it while the calling thread
 * extracts. The caller closes the pool (`pool.close()`) whatever happens to the run.
 */
export function startExtractWorkers(paths: readonly string[], workers: number): StartedWorkers | undefined {
  const wanted = workers - 1;
  if (wanted <= 0) return undefined;
  const size = Math.min(wanted, Math.floor(countFiles(paths, wanted * FILES_PER_WORKER) / FILES_PER_WORKER));
  if (size <= 0) return undefined;
  const bundle = cachedBundle();
  return bundle && { pool: startPool(size, Promise.resolve(bundle), { laysOut: true }), bundle };
}

/**
 * Loads the calling thread's extractor from the workers' bundle now, blocking (half a second), for
 * `extractFiles` to take: called while tsx's loader thread reads and transforms the command's
 * modules, rather than after the command has read the gazetteer and the files, when the workers
 * have their first files and would be alone at them.
 */
export function loadCallingExtractor(started: StartedWorkers): void {
  try {
    started.calling ??= loadBundle(started.bundle);
  } catch {
    // `extractFiles` loads it again, and reports what fails.
  }
}

/** Files at `paths` (below folders too, hidden ones aside), counted up to `enough`. */
function countFiles(paths: readonly string[], enough: number): number {
  let count = 0;
  const visit = (path: string) => {
    const entries = readdirSync(path, { withFileTypes: true });
    for (const entry of entries) {
      if (count >= enough) return;
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) visit(join(path, entry.name));
      else count++;
    }
  };
  for (const path of paths) {
    if (count >= enough) break;
    try {
      if (statSync(path).isDirectory()) visit(path);
      else count++;
    } catch {
      // unreadable: the command reports it when it collects the files
    }
  }
  return count;
}

type HereExtractor = typeof import("./worker/extract-here");

/** The one entry of the extractor's bundle, for the calling thread and the workers alike. */
const ENTRY = fileURLToPath(new URL("./worker/extract-here.ts", import.meta.url));
/** The layout's entry, bundled apart: graphology and its layouts are no part of extracting. */
const LAYOUT_ENTRY = fileURLToPath(new URL("../graph/layout.ts", import.meta.url));

/** The bundle, with its code cache when there is one, when the cache holds one built from the files as they are now. */
function cachedBundle(): ExtractorBundle | undefined {
  const code = cachedWorkerScript(ENTRY);
  return code === undefined ? undefined : { code, filename: ENTRY, codeCache: readCodeCache(ENTRY, code) };
}

/**
 * Compiles a bundle (with its code cache, if any) and runs it as the module at its file name would
 * run; gives its exports and the compiled script. Source text rather than a function, so that the
 * calling thread and the workers run the very same loader: a worker started from text has no
 * TypeScript loader, and `require` is passed in since the calling thread's modules have none.
 */
const LOAD_BUNDLE = `(function loadBundle(bundle, require) {
  const { Script } = require("node:vm");
  const { createRequire, wrap } = require("node:module");
  const { dirname } = require("node:path");
  const script = new Script(wrap(bundle.code), { filename: bundle.filename, cachedData: bundle.codeCache });
  const module = { exports: {} };
  const run = script.runInThisContext();
  run(module.exports, createRequire(bundle.filename), module, bundle.filename, dirname(bundle.filename));
  return { exports: module.exports, script };
})`;

/**
 * What a worker runs: the bundle, then, once the gazetteer comes (the first message: a worker may
 * start before the command has read it), the extraction loop on its port; and, asked after the
 * last file (`LayoutTask`), the layout, from the bundle of graph/layout.ts that comes with it.
 */
const WORKER_MAIN = `const { workerData, parentPort } = require("node:worker_threads");
const load = ${LOAD_BUNDLE};
const { exports } = load(workerData.bundle, require);
parentPort.once("message", (gazetteer) => {
  exports.serveExtractions(gazetteer);
  // Added only now: beside \`once\`, it would make the listener serveExtractions adds (during this
  // message's dispatch, which still has a listener to call) be handed the gazetteer as a file.
  parentPort.on("message", (task) => {
    if (!task.layout) return;
    let result;
    try {
      result = { positions: load(task.bundle, require).exports.layoutPositions(task.layout) };
    } catch (error) {
      result = { layoutFailed: String(error && error.message) };
    }
    parentPort.postMessage(result);
  });
});`;

interface CallingExtractor {
  extractor: HereExtractor;
  /** The bundle the extractor was compiled from, and the compiled script. */
  loaded?: { bundle: ExtractorBundle; script: Script };
}

/**
 * The extractor the calling thread runs: the bundle the workers run, when the cache holds one.
 * Loaded as TypeScript modules, the extractor ran some 12% slower (the loader's transform names
 * every inner function at each call, and the code loads file by file); until the bundle exists
 * (after a code change) this run reads the modules, and the bundle is built for the next. Same
 * code either way, same output.
 */
async function hereExtractor(bundle: ExtractorBundle | undefined): Promise<CallingExtractor> {
  return bundle ? loadBundle(bundle) : { extractor: await import("./worker/extract-here") };
}

/** The extractor compiled and run from `bundle` (blocking), as the workers run it. */
function loadBundle(bundle: ExtractorBundle): CallingExtractor {
  // runInThisContext gives what LOAD_BUNDLE's text evaluates to, untyped: the type written here is
  // that text's signature, and the bundle's exports are extract-here.ts's (checked by the tests that
  // run ingest with a bundle), as for the workers.
  const load: (
    bundle: ExtractorBundle,
    require: NodeJS.Require,
  ) => { exports: HereExtractor; script: Script } = runInThisContext(LOAD_BUNDLE, {
    filename: fileURLToPath(import.meta.url),
  });
  const { exports, script } = load(bundle, createRequire(import.meta.url));
  return { extractor: exports, loaded: { bundle, script } };
}

/**
 * Once the calling thread has extracted with a bundle compiled without a code cache (none yet, or
 * V8 turned it down), keeps the one it can now make, holding every function it compiled, for the
 * next runs' threads. Once per bundle: a cache taken is not made again.
 */
async function keepCodeCache({ loaded }: CallingExtractor): Promise<void> {
  if (!loaded || (loaded.bundle.codeCache && !loaded.script.cachedDataRejected)) return;
  await writeCodeCache(ENTRY, loaded.bundle.code, loaded.script.createCachedData());
}

/** Resolves after the event loop has run what is due (messages, signals, I/O callbacks). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Pool {
  size: number;
  /** Settles once the workers exist (their code read), whether or not they have loaded it. */
  spawned: Promise<unknown>;
  /** Stops the workers past the first `size` (none are added). */
  keep(size: number): void;
  /** Sends every worker the gazetteer, before any file: they extract from then on. */
  serve(gazetteer: Gazetteer): void;
  /** Files sent to the workers and not yet back. */
  inFlight(): number;
  run(task: ExtractTask): Promise<FileOutcome>;
  /**
   * `input`'s positions (`layoutPositions`) from the first worker, once it has extracted its files;
   * undefined when the pool was not started to lay out, or has no worker left to ask (closed, failed
   * or kept at none). Rejects if the worker cannot lay out (no layout bundle, a crash): the caller
   * can still lay out itself.
   */
  layout(input: LayoutInput): Promise<Float64Array> | undefined;
  /** Rejects every task in flight and every later one with `error`. */
  fail(error: Error): void;
  /**
   * Rejects later tasks and stops the workers without waiting for their threads to exit: tearing
   * down a worker's heap took 0.4-0.7 s of wall time at the end of a 300-article run (load ~18), a
   * wait at the start of the serial tail while the worker's core would otherwise sit idle; the
   * calling thread goes on with the graph meanwhile, and the process exits once they are gone.
   */
  close(): void;
}

/**
 * `laysOut`: the pool may be asked for the graph's layout (`Pool.layout`), so it reads the layout's
 * bundle now; only workers started ahead by the ingest command are (an evaluation never lays out).
 */
function startPool(size: number, bundle: Promise<ExtractorBundle>, { laysOut = false } = {}): Pool {
  const waiting = new Map<number, { resolve(o: FileOutcome): void; reject(e: Error): void }>();
  let layingOut: { resolve(positions: Float64Array): void; reject(e: Error): void } | undefined;
  let load = new Array<number>(size).fill(0);
  let failure: Error | undefined;
  let workers: Worker[] = [];
  // Read from the cache now (or bundled while the files are extracted), for `layout` at the end.
  const layoutBundle = laysOut
    ? workerScript(LAYOUT_ENTRY).then((code) => ({ code, filename: LAYOUT_ENTRY }))
    : undefined;
  layoutBundle?.catch(() => undefined);
  const fail = (error: Error) => {
    failure ??= error;
    for (const task of [...waiting.values(), ...(layingOut ? [layingOut] : [])]) task.reject(failure);
    waiting.clear();
    layingOut = undefined;
    for (const worker of workers) void worker.terminate();
  };
  const startWorker = (data: ExtractWorkerData, index: number) => {
    const worker = new Worker(WORKER_MAIN, { eval: true, workerData: data });
    worker.on("message", (result: WorkerMessage) => {
      if (!("seq" in result)) {
        if ("positions" in result) layingOut?.resolve(result.positions);
        else layingOut?.reject(new Error(`the layout failed on a worker: ${result.layoutFailed}`));
        layingOut = undefined;
        return;
      }
      load[index]!--;
      waiting.get(result.seq)?.resolve(result.outcome);
      waiting.delete(result.seq);
    });
    worker.on("error", (error) => fail(new Error(`an extraction worker crashed: ${error.message}`)));
    worker.on("exit", (code) => {
      // A worker `keep` stopped is no failure.
      if (code !== 0 && !failure && index < load.length)
        fail(new Error(`an extraction worker stopped (exit code ${code})`));
    });
    return worker;
  };
  // Tasks sent before the workers exist are posted once they do (a worker queues them until ready).
  const started = bundle.then(
    (code) => {
      if (!failure)
        workers = Array.from({ length: load.length }, (_, index) => startWorker({ bundle: code }, index));
      return workers;
    },
    (error: Error) => {
      fail(new Error(`could not bundle the extraction worker: ${error.message}`));
      return workers;
    },
  );

  /** The workers once they have been sent the gazetteer: files are posted after it. */
  let serving: Promise<Worker[]> | undefined;
  /**
   * The same workers once `serving` has settled: a file is then posted at once, not a microtask
   * later, which would come only after the calling thread's next file (it extracts blocking) and
   * leave a worker with nothing to do meanwhile.
   */
  let served: Worker[] | undefined;
  return {
    get size() {
      return load.length;
    },
    fail,
    spawned: started,
    keep(size) {
      if (size >= load.length) return;
      load = load.slice(0, size);
      void started.then((all) => all.slice(size).forEach((w) => void w.terminate()));
    },
    serve(gazetteer) {
      serving ??= started.then((all) => {
        all.slice(0, load.length).forEach((w) => w.postMessage(gazetteer));
        served = all;
        return all;
      });
    },
    inFlight: () => load.reduce((a, b) => a + b, 0),
    layout(input) {
      const worker = served?.[0];
      if (!layoutBundle || failure || load.length === 0 || !worker || layingOut) return undefined;
      return layoutBundle.then(
        (bundle) =>
          new Promise((resolve, reject) => {
            if (failure) return reject(failure);
            layingOut = { resolve, reject };
            worker.postMessage({ layout: input, bundle } satisfies LayoutTask);
          }),
      );
    },
    run(task) {
      if (failure) return Promise.reject(failure);
      const ready = serving;
      if (!ready) return Promise.reject(new Error("the worker pool was sent no gazetteer"));
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      return new Promise((resolve, reject) => {
        waiting.set(task.seq, { resolve, reject });
        if (served) served[index]?.postMessage(task);
        else void ready.then((all) => all[index]?.postMessage(task));
      });
    },
    close() {
      failure ??= new Error("the worker pool is closed");
      // A worker that could not be created rejects `started`: that failure was the run's, not the close's.
      started.then(
        (all) => all.forEach((w) => void w.terminate()),
        () => undefined,
      );
    },
  };
}
