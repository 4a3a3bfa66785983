/**
 * A file dropped or picked as articles → the source documents it holds: one article for .txt, .md
 * and .html (read as `npm run ingest` reads them), every record of an article dump. Problems name
 * the file; nothing throws.
 */
import type { SourceDocument } from "../../extract/types";
import { documentFromBytes, formatOfName } from "../../io/documents";
import type { SkippedFile } from "./extraction-messages";

export interface ArticleDocuments {
  documents: SourceDocument[];
  skipped: SkippedFile[];
  warnings: string[];
}

/** "name: skipped, reason" (the io layer's warnings) → the reason alone. */
const reasonOf = (name: string, warning: string) =>
  warning.startsWith(`${name}: skipped, `) ? warning.slice(name.length + 11) : warning;

export function articleDocuments(name: string, bytes: Uint8Array): ArticleDocuments {
  if (!formatOfName(name))
    return {
      documents: [],
      skipped: [{ name, reason: "not an article file (.txt, .md, .html) or an article dump" }],
      warnings: [],
    };
  const read = documentFromBytes(name, bytes);
  if (!read.ok)
    return { documents: [], skipped: [{ name, reason: reasonOf(name, read.warning) }], warnings: [] };
  return { documents: [read.document], skipped: [], warnings: read.warnings };
}
