/**
 * The articles named on a command line (files, folders, article dumps), read in chunks so a big
 * corpus never sits in memory whole. Ids are those `npm run ingest` gives (the file name, or the
 * path below the folder named; `feed.jsonl#12` for a dump's record 12); a later article with an id
 * already seen is skipped with a warning, as the file ingest does.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { SourceDocument } from "../extract";
import { collectDocumentFiles, readDocumentFile } from "../io/document-files";
import { formatOfName, MAX_DOCUMENT_BYTES } from "../io/documents";
import { dumpFormatOfName, readDump } from "../io/dumps";

export interface ArticleChunk {
  articles: SourceDocument[];
  warnings: string[];
}

/** Dumps hold many articles: they may be this much bigger than one article file. */
const MAX_DUMP_BYTES = 200 * MAX_DOCUMENT_BYTES;

export async function* readArticles(paths: readonly string[], chunkSize = 500): AsyncGenerator<ArticleChunk> {
  const seen = new Set<string>();
  let chunk: ArticleChunk = { articles: [], warnings: [] };
  const add = (article: SourceDocument, where: string) => {
    if (seen.has(article.id))
      chunk.warnings.push(`${where}: skipped, an article named ${article.id} came earlier`);
    else {
      seen.add(article.id);
      chunk.articles.push(article);
    }
  };
  for (const path of paths) {
    if (dumpFormatOfName(path) && !formatOfName(path) && (await isFile(path))) {
      const read = await readDumpFile(path);
      chunk.warnings.push(...read.warnings);
      for (const article of read.articles) add(article, path);
    } else {
      const { files, warnings } = await collectDocumentFiles([path]);
      chunk.warnings.push(...warnings);
      for (const file of files) {
        const read = await readDocumentFile(file);
        if (!read.ok) chunk.warnings.push(read.warning);
        else {
          chunk.warnings.push(...read.warnings);
          add(read.document, file.path);
        }
        if (chunk.articles.length >= chunkSize) {
          yield chunk;
          chunk = { articles: [], warnings: [] };
        }
      }
    }
    if (chunk.articles.length >= chunkSize) {
      yield chunk;
      chunk = { articles: [], warnings: [] };
    }
  }
  if (chunk.articles.length > 0 || chunk.warnings.length > 0) yield chunk;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function readDumpFile(path: string): Promise<ArticleChunk> {
  const size = (await stat(path)).size;
  if (size > MAX_DUMP_BYTES)
    return {
      articles: [],
      warnings: [
        `${path}: skipped, ${Math.round(size / 2 ** 20)} MB is over the ${MAX_DUMP_BYTES / 2 ** 20} MB a dump may have (split it)`,
      ],
    };
  const text = await readFile(path, "utf8").catch((error: Error) => error);
  if (text instanceof Error)
    return { articles: [], warnings: [`${path}: skipped, cannot be read (${text.message})`] };
  const dump = readDump(basename(path), text);
  if (!dump.ok) return { articles: [], warnings: [dump.warning] };
  return { articles: dump.documents, warnings: dump.warnings };
}
