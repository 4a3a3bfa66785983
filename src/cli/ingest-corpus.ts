/**
 * The ingest pipeline shared by `npm run ingest`, `npm run eval` and the benchmark: paths in, a laid-out
 * claim graph out, with every warning about the files.
 */
import { createGraphBuilder } from "../graph/build";
import { layoutPositions, placeNodes, type LayoutInput } from "../graph/layout";
import type { ClaimGraph, Gazetteer } from "../model";
import { collectDocumentFiles } from "../io/document-files";
import type { DumpDocument } from "../io/dumps";
import { defaultWorkers } from "./defaults";
import { extractFiles, type Pool, type StartedWorkers } from "./extract-pool";

export interface IngestOptions {
  gazetteer: Gazetteer;
  /** Extraction threads, the calling thread included (default: the cores available); 0 or 1: none besides it. */
  workers?: number;
  /** The calling thread extracts too (default true); false puts every file on worker threads. */
  callingThreadExtracts?: boolean;
  /** Extraction workers started before the corpus was read (see `startExtractWorkers`). */
  started?: StartedWorkers;
  title?: string;
  /** Compute node positions (default true; the evaluation does not need them). */
  layout?: boolean;
  /**
   * Return once the graph is built, before its nodes have positions (default false): `laidOut`
   * settles once they do. The layout runs on a worker of `started` when one is left, so the caller
   * can meanwhile do what needs no positions (serialize and check the graph).
   */
  overlapLayout?: boolean;
  signal?: AbortSignal;
  onStart?(files: number): void;
  onProgress?(done: number, total: number): void;
}

export interface IngestResult {
  graph: ClaimGraph;
  /** Document files found. */
  files: number;
  /** Documents ingested (files not skipped). */
  documents: number;
  warnings: string[];
  /** The documents read from article dumps (they have no file of their own for the reader). */
  dumpDocuments: DumpDocument[];
  /**
   * Seconds spent reading and extracting and building the graph, and from then until the nodes had
   * their positions (0 without a layout).
   */
  timings: { extract: number; layout: number };
  /**
   * Settles once the nodes have their positions (at once without a layout, or unless
   * `overlapLayout`), with the time (`performance.now()`) they had them.
   */
  laidOut: Promise<number>;
}

export async function ingestCorpus(paths: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const { files, warnings } = await collectDocumentFiles(paths);
  options.onStart?.(files.length);
  const builder = createGraphBuilder({ title: options.title, generatedAt: new Date().toISOString() });
  let done = 0;
  let documents = 0;
  for await (const outcome of extractFiles(files, {
    gazetteer: options.gazetteer,
    workers: options.workers ?? defaultWorkers(),
    callingThreadExtracts: options.callingThreadExtracts,
    started: options.started,
    signal: options.signal,
  })) {
    if (!outcome.ok) {
      warnings.push(outcome.warning);
    } else {
      try {
        builder.add(outcome.extraction);
        documents++;
        warnings.push(...outcome.warnings);
      } catch (error) {
        // One document the graph cannot take must not cost the whole corpus.
        const id = outcome.extraction.meta.id;
        warnings.push(`${id}: skipped, could not be added to the graph (${(error as Error).message})`);
      }
    }
    options.onProgress?.(++done, files.length);
  }
  const finished = builder.finish();
  const pool = options.started?.pool;
  // Asked of the idle worker before the graph is made, which it is meanwhile.
  const positions = (options.layout ?? true) ? askLayout(finished.layoutInput, pool) : undefined;
  const graph = finished.graph();
  const extracted = performance.now();
  const timings = { extract: (extracted - started) / 1000, layout: 0 };
  const laidOut = (positions ? layOut(graph, finished.layoutInput, positions) : Promise.resolve()).then(
    () => {
      const now = performance.now();
      if (options.layout ?? true) timings.layout = (now - extracted) / 1000;
      return now;
    },
  );
  // The workers started ahead are done with once the layout is (see `extractFiles`).
  void laidOut.finally(() => pool?.close()).catch(() => undefined);
  if (!options.overlapLayout) await laidOut;
  options.signal?.throwIfAborted();
  return {
    graph,
    files: files.length,
    documents,
    warnings,
    dumpDocuments: files.flatMap((f) => (f.document ? [f.document] : [])),
    timings,
    laidOut,
  };
}

/**
 * `input`'s positions from the pool's first worker, idle once the files are extracted, when there is
 * one left and it can (undefined when it cannot: `layOut` lays out here).
 */
function askLayout(input: LayoutInput, pool: Pool | undefined): Promise<Float64Array | undefined> {
  return pool?.layout(input)?.catch(() => undefined) ?? Promise.resolve(undefined);
}

/** Places `graph`'s nodes (`input` made from it) where the worker laid them out, else lays it out here. Same positions either way. */
async function layOut(
  graph: ClaimGraph,
  input: LayoutInput,
  positions: Promise<Float64Array | undefined>,
): Promise<void> {
  placeNodes(graph, input, (await positions) ?? layoutPositions(input));
}
