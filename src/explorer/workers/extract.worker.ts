/**
 * An extraction Web Worker: the same `src/extract` and `src/graph` code as `npm run ingest`, off the
 * page's thread. `extract` reads each file (decoding, HTML to text with offsets kept, the checks
 * that skip a file) and extracts it, reporting progress per file; `merge` folds the extracted parts
 * (of one or two workers) into the workspace's graph and checks the result. The gazetteer is the
 * bundled graph-data/entities.json; the extraction context is built once per worker.
 */
import gazetteerJson from "../../../graph-data/entities.json";
import { createExtractionContext, extractDocument, type DocumentExtraction } from "../../extract";
import { loadGraph, parseGazetteer, serializeGraph, type ClaimGraph } from "../../model";
import { articleDocuments } from "../workspace/article-files";
import type {
  ArticleFile,
  ExtractedPart,
  ExtractionMessage,
  ExtractionRequest,
  MergedGraph,
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

function extractFiles(files: ArticleFile[], known: Set<string>): ExtractedPart {
  const context = extractionContext();
  const extractions: DocumentExtraction[] = [];
  const part: ExtractedPart = { extractions: "", texts: [], skipped: [], warnings: [] };
  files.forEach((file, done) => {
    const documents = articleDocuments(file.name, new Uint8Array(file.bytes));
    part.skipped.push(...documents.skipped);
    part.warnings.push(...documents.warnings);
    for (const document of documents.documents) {
      if (known.has(document.id)) {
        part.skipped.push({
          name: document.id,
          reason: "an article of that name is already in the workspace",
        });
        continue;
      }
      known.add(document.id);
      try {
        const extraction = extractDocument(document, context);
        extractions.push(extraction);
        part.texts.push([document.id, document.text]);
        part.warnings.push(...extraction.warnings.map((w) => `${document.id}: ${w}`));
      } catch (error) {
        part.skipped.push({
          name: document.id,
          reason: `the extractor failed (${(error as Error).message})`,
        });
      }
    }
    post({ kind: "progress", done: done + 1 });
  });
  part.extractions = JSON.stringify(extractions);
  return part;
}

function merge(base: string | null, parts: string[], title: string): MergedGraph {
  let graph: ClaimGraph | null = null;
  if (base) {
    const loaded = loadGraph(base);
    if (!loaded.ok) throw new Error(`the workspace's graph is not valid (${loaded.problems[0]?.message})`);
    graph = loaded.graph;
  }
  const seen = new Set(graph?.getAttribute("documents").map((d) => d.id));
  const extractions: DocumentExtraction[] = [];
  const skipped: SkippedFile[] = [];
  for (const part of parts)
    for (const extraction of JSON.parse(part) as DocumentExtraction[]) {
      const id = extraction.meta.id;
      if (seen.has(id)) {
        skipped.push({ name: id, reason: "an article of that name is already in the workspace" });
        continue;
      }
      seen.add(id);
      extractions.push(extraction);
    }
  if (extractions.length === 0) return { graph: base ?? "", added: [], skipped };
  const text = JSON.stringify(serializeGraph(mergeArticles(graph, extractions, { title })));
  // The page trusts this graph: it is checked here, off the page's thread, as the CLI checks its own.
  const checked = loadGraph(text);
  if (!checked.ok) throw new Error(`the merged graph is not valid (${checked.problems[0]?.message})`);
  return { graph: text, added: extractions.map((e) => e.meta.id), skipped };
}

self.onmessage = (event: MessageEvent<ExtractionRequest>) => {
  const request = event.data;
  try {
    if (request.kind === "warm") extractionContext();
    else if (request.kind === "extract")
      post({ kind: "extracted", part: extractFiles(request.files, new Set(request.known)) });
    else post({ kind: "merged", merged: merge(request.base, request.parts, request.title) });
  } catch (error) {
    post({ kind: "failed", message: (error as Error).message });
  }
};
