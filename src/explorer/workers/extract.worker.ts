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
import type {
  AddArticlesRequest,
  ExtractionMessage,
  ExtractionRequest,
  SkippedFile,
} from "../workspace/extraction-messages";
import { mergeArticles } from "../workspace/merge";

const gazetteer = parseGazetteer(gazetteerJson);
let context: ReturnType<typeof createExtractionContext> | undefined;

const post = (message: ExtractionMessage) => self.postMessage(message);

function extractionContext() {
  if (!gazetteer.ok) throw new Error("the bundled gazetteer graph-data/entities.json is not valid");
  return (context ??= createExtractionContext(gazetteer.value));
}

function addArticles(request: AddArticlesRequest): void {
  const context = extractionContext();
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
        const extraction = extractDocument(document, context);
        extractions.push(extraction);
        texts.push([document.id, document.text]);
        warnings.push(...extraction.warnings.map((w) => `${document.id}: ${w}`));
      } catch (error) {
        skipped.push({ name: document.id, reason: `the extractor failed (${(error as Error).message})` });
      }
    }
    post({ kind: "progress", done: done + 1, total });
  });
  if (extractions.length === 0) {
    post({ kind: "done", result: { graph: request.base ?? "", texts, added: [], skipped, warnings } });
    return;
  }
  const text = JSON.stringify(serializeGraph(mergeArticles(base, extractions, { title: request.title })));
  // The page trusts this graph: it is checked here, off the page's thread, as the CLI checks its own.
  const checked = loadGraph(text);
  if (!checked.ok) throw new Error(`the merged graph is not valid (${checked.problems[0]?.message})`);
  post({
    kind: "done",
    result: { graph: text, texts, added: extractions.map((e) => e.meta.id), skipped, warnings },
  });
}

self.onmessage = (event: MessageEvent<ExtractionRequest>) => {
  try {
    if (event.data.kind === "warm") extractionContext();
    else addArticles(event.data);
  } catch (error) {
    post({ kind: "failed", message: (error as Error).message });
  }
};
