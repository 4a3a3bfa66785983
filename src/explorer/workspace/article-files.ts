/**
 * A file dropped or picked as articles → the source documents it holds: one article for .txt, .md
 * and .html (read as `npm run ingest` reads them), every record of an article dump. Problems name
 * the file; nothing throws.
 */
import type { SourceDocument } from "../../extract/types";
import { decodeBytes, documentFromBytes, formatOfName } from "../../io/documents";
import { dumpFormatOfName, readDump } from "../../io/dumps";
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
  if (dumpFormatOfName(name)) return dumpDocuments(name, bytes);
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

/** Every record of an article dump (JSON Lines, JSON, CSV), read as `npm run ingest` reads it. */
function dumpDocuments(name: string, bytes: Uint8Array): ArticleDocuments {
  const decoded = decodeBytes(bytes);
  if (!decoded)
    return { documents: [], skipped: [{ name, reason: "binary data (not a text file)" }], warnings: [] };
  const dump = readDump(name, decoded.text);
  if (!dump.ok)
    return { documents: [], skipped: [{ name, reason: reasonOf(name, dump.warning) }], warnings: [] };
  return { documents: dump.documents, skipped: [], warnings: dump.warnings };
}
