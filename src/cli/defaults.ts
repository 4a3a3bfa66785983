import { availableParallelism } from "node:os";

/** Where the commands read and write by default, relative to the project root. */
export const DEFAULT_DOCUMENTS = "graph-data/documents";
export const DEFAULT_GRAPH = "graph-data/graph.json";
export const DEFAULT_ENTITIES = "graph-data/entities.json";

/**
 * What `npm run ingest` runs (package.json), relative to the project root: the command's bundle
 * (bin/bundled-command.mjs), started by node itself rather than through tsx.
 */
export const INGEST_LAUNCHER = "bin/ingest.mjs";

/** Extraction threads by default: the cores available. */
export const defaultWorkers = () => Math.max(1, availableParallelism());

/**
 * V8 flags the extracting commands start with: package.json's `ingest` and `eval` scripts pass them
 * to node (`eval` through tsx), and the ingest benchmark's child takes them from here (tests/cli/v8-flags
 * checks that the two agree). None changes what any code computes.
 * - `--no-regexp-tier-up`: each of the extractor's hundreds of regular expressions is compiled
 *   straight to machine code, not first to bytecode, interpreted, then compiled again;
 * - `--max-inlined-bytecode-size-cumulative=150` (V8's default is 920): TurboFan inlines less
 *   into each hot function, and compiles them faster. Every extracting thread compiles the
 *   extractor afresh: with these two, single thread, 600 articles of the 1,000-article corpus,
 *   alternating, 6.0-8.0 CPU-s without, 5.4-6.1 with (session 16);
 * - `--single-threaded-gc`: each thread collects its own garbage, without V8's helper threads. An
 *   ingest keeps every core busy with an extracting thread, so the helpers (parallel scavenges,
 *   concurrent marking and sweeping) only took cores from the other thread and synchronised with
 *   it. 1,000 articles, CPU per thread, alternating (session 38, load 20-32): V8's background
 *   threads 5.4-7.4 CPU-s without, 4.7 with (what is left is TurboFan's), the extracting threads
 *   no busier, the process 23.7-31.0 CPU-s without, 22.2-24.6 with; with more of the machine's
 *   load beside them the extracting threads took the GC work over, 1.01-1.07 times the CPU: not
 *   settled. Right only while every core extracts (`defaultWorkers`): with fewer workers than
 *   cores (`--workers 1`) the helpers had idle cores, and a collection now takes that run longer
 *   (not more CPU: one thread extracting 300 articles, 7.85 CPU-s without, 7.91 with);
 * - `--no-flush-bytecode`: V8 drops the bytecode of a function not run for a few collections
 *   (some 430 of them in a 1,000-article ingest: rules and finders that few articles wake, the
 *   loader's start-up code) and compiles it afresh from source, without the code cache, when it
 *   runs again. 1,000 articles, the run with and the run without started together (session 43,
 *   load 13-20), five pairs: 0.1-1.5% fewer CPU-seconds with, never more.
 * On the command line, never set at run time: `setFlagsFromString` with tsx's loader thread alive
 * crashed now and then (see ingest.ts). Node exits at start on a V8 flag it does not know: re-check
 * them when Node is upgraded.
 */
export const EXTRACT_V8_FLAGS = [
  "--no-regexp-tier-up",
  "--max-inlined-bytecode-size-cumulative=150",
  "--single-threaded-gc",
  "--no-flush-bytecode",
] as const;
