/**
 * The extraction Web Worker: the same `src/extract` and `src/graph` code as `npm run ingest`, off the
 * page's thread. Reads each file (decoding, HTML to text with offsets kept, the checks that skip a
 * file), extracts it, reports progress per file, then merges the new documents into the workspace's
 * graph. The gazetteer is the bundled graph-data/entities.json; its extraction context is built once.
 */
import gazetteerJson from "../../../graph-data/entities.json";
import { createExtractionContext, extractDocument, type DocumentExtraction } from "../../extract";
import { loadGraph, parseGazetteer, serializeGraph, type ClaimGraph } from "../../model";
import { articleDocuments } from "../workspace/article-files";
import type { AddArticlesRequest, ExtractionMessage, SkippedFile } from "../workspace/extraction-messages";
import { mergeArticles } from "../workspace/merge";

const gazetteer = parseGazetteer(gazetteerJson);
let context: ReturnType<typeof createExtractionContext> | undefined;

const post = (message: ExtractionMessage) => self.postMessage(message);

function addArticles(request: AddArticlesRequest): void {
  if (!gazetteer.ok) throw new Error("the bundled gazetteer graph-data/entities.json is not valid");
  context ??= createExtractionContext(gazetteer.value);
  let base: ClaimGraph | null = null;
  if (request.base) {
    const loaded = loadGraph(request.base);
    if (!loaded.ok) throw new Error(`the workspace's graph is not valid (${loaded.problems[0]?.message})`);
    base = loaded.graph;
  }
  const known = new Set(base?.getAttribute("documents").map((d) => d.id));
  const extractions: DocumentExtraction[] = [];
  const texts: [string, string][] = [];
  const skipped: SkippedFile[] = [];
  const warnings: string[] = [];
  const total = request.files.length;
  post({ kind: "progress", done: 0, total });
  request.files.forEach((file, done) => {
    const documents = articleDocuments(file.name, new Uint8Array(file.bytes));
    for (const problem of documents.skipped) skipped.push(problem);
    warnings.push(...documents.warnings);
    for (const document of documents.documents) {
      if (known.has(document.id)) {
        skipped.push({ name: document.id, reason: "an article of that name is already in the workspace" });
        continue;
      }
      known.add(document.id);
      try {
        const extraction = extractDocument(document, context!);
        extractions.push(extraction);
        texts.push([document.id, document.text]);
        warnings.push(...extraction.warnings.map((w) => `${document.id}: ${w}`));
      } catch (error) {
        skipped.push({ name: document.id, reason: `the extractor failed (${(error as Error).message})` });
      }
    }
    post({ kind: "progress", done: done + 1, total });
  });
  const graph = extractions.length ? mergeArticles(base, extractions, { title: request.title }) : null;
  post({
    kind: "done",
    result: {
      graph: graph
        ? serializeGraph(graph)
        : (request.base ?? serializeGraph(mergeArticles(null, [], request))),
      texts,
      added: extractions.map((e) => e.meta.id),
      skipped,
      warnings,
    },
  });
}

self.onmessage = (event: MessageEvent<AddArticlesRequest>) => {
  try {
    addArticles(event.data);
  } catch (error) {
    post({ kind: "failed", message: (error as Error).message });
  }
};
