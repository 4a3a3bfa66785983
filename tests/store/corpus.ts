/** A small synthetic corpus on disk, its extractions, and the graph `npm run ingest` makes of it. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSeeds, writeSyntheticCorpus } from "../../src/cli/bench/synthetic-corpus";
import { DEFAULT_DOCUMENTS, DEFAULT_ENTITIES } from "../../src/cli/defaults";
import { extractFiles } from "../../src/cli/extract-pool";
import { readGazetteerFile } from "../../src/cli/gazetteer-file";
import { ingestCorpus } from "../../src/cli/ingest-corpus";
import { collectDocumentFiles, readDocumentFile } from "../../src/io/document-files";
import type { DocumentExtraction } from "../../src/extract";
import { serializeGraph, type ClaimGraph, type Gazetteer } from "../../src/model";

export const ROOT = join(import.meta.dirname, "../..");

export async function projectGazetteer(): Promise<Gazetteer> {
  const read = await readGazetteerFile(join(ROOT, DEFAULT_ENTITIES), true);
  if (!read.ok) throw new Error(read.message);
  return read.gazetteer;
}

/** Writes `size` synthetic articles (made from the project's sample documents) into a new folder. */
export async function syntheticFolder(size: number, gazetteer: Gazetteer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "claim-store-corpus-"));
  const seeds = await readSeeds(join(ROOT, DEFAULT_DOCUMENTS), gazetteer);
  await writeSyntheticCorpus(seeds, size, dir);
  return dir;
}

export async function extractFolder(dir: string, gazetteer: Gazetteer): Promise<DocumentExtraction[]> {
  const { files } = await collectDocumentFiles([dir]);
  const extractions: DocumentExtraction[] = [];
  for await (const outcome of extractFiles(files, { gazetteer, workers: 0 })) {
    if (!outcome.ok) throw new Error(outcome.warning);
    extractions.push(outcome.extraction);
  }
  return extractions;
}

/** Each article's text as read, by document id. */
export async function folderTexts(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of (await collectDocumentFiles([dir])).files) {
    const read = await readDocumentFile(file);
    if (read.ok) texts.set(read.document.id, read.document.text);
  }
  return texts;
}

/** What the single-process file ingest writes for the folder. */
export async function fileIngest(dir: string, gazetteer: Gazetteer): Promise<ClaimGraph> {
  return (await ingestCorpus([dir], { gazetteer, workers: 0 })).graph;
}

/** A graph's content keyed for comparison: nodes and edges by key, documents by id; no title or time. */
export function graphContent(graph: ClaimGraph) {
  const data = serializeGraph(graph);
  return {
    documents: Object.fromEntries(data.attributes.documents.map((d) => [d.id, d])),
    nodes: Object.fromEntries(data.nodes.map((n) => [n.key, n.attributes])),
    edges: Object.fromEntries(
      data.edges.map((e) => [e.key, { source: e.source, target: e.target, ...e.attributes }]),
    ),
  };
}
