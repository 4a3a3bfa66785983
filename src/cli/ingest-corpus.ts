/**
 * The ingest pipeline shared by `npm run ingest`, `npm run eval` and the benchmark: paths in, a laid-out
 * claim graph out, with every warning about the files.
 */
import { createGraphBuilder } from "../graph/build";
import { layoutInput, layoutPositions, placeNodes } from "../graph/layout";
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
  const graph = builder.graph();
  const extracted = performance.now();
  const timings = { extract: (extracted - started) / 1000, layout: 0 };
  const pool = options.started?.pool;
  const laidOut = ((options.layout ?? true) ? layOut(graph, pool) : Promise.resolve()).then(() => {
    const now = performance.now();
    if (options.layout ?? true) timings.layout = (now - extracted) / 1000;
    return now;
  });
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
 * Lays `graph` out on the pool's first worker, idle once the files are extracted, when there is one
 * left and it can; else here. Same positions either way (`layoutPositions` on the same `LayoutInput`).
 */
async function layOut(graph: ClaimGraph, pool: Pool | undefined): Promise<void> {
  const input = layoutInput(graph);
  const positions = await pool?.layout(input)?.catch(() => undefined);
  placeNodes(graph, input, positions ?? layoutPositions(input));
}
