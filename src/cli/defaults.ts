import { availableParallelism } from "node:os";

/** Where the commands read and write by default, relative to the project root. */
export const DEFAULT_DOCUMENTS = "graph-data/documents";
export const DEFAULT_GRAPH = "graph-data/graph.json";
export const DEFAULT_ENTITIES = "graph-data/entities.json";

/** Extraction threads by default: the cores available. */
export const defaultWorkers = () => Math.max(1, availableParallelism());

/**
 * V8 flags the extracting commands start with: package.json's `ingest` and `eval` scripts pass them
 * to node through tsx, and the ingest benchmark's child takes them from here (tests/cli/v8-flags
 * checks that the two agree). Every extracting thread compiles the extractor afresh, and these
 * make that cheaper without changing what any code computes:
 * - `--no-regexp-tier-up`: each of the extractor's hundreds of regular expressions is compiled
 *   straight to machine code, not first to bytecode, interpreted, then compiled again;
 * - `--max-inlined-bytecode-size-cumulative=150` (V8's default is 920): TurboFan inlines less
 *   into each hot function, and compiles them faster.
 * Single thread, 600 articles of the 1,000-article corpus, alternating: 6.0-8.0 CPU-s without,
 * 5.4-6.1 with (session 16). On the command line, never set at run time: `setFlagsFromString`
 * with tsx's loader thread alive crashed now and then (see ingest.ts). Node exits at start on a
 * V8 flag it does not know: re-check them when Node is upgraded.
 */
export const EXTRACT_V8_FLAGS = [
  "--no-regexp-tier-up",
  "--max-inlined-bytecode-size-cumulative=150",
] as const;
