/** One file in, one outcome out: read, decode, extract. Shared by the workers and the in-thread path. */
import { extractDocument, type ExtractionContext } from "../../extract";
import { readDocumentFile, type DocumentFile } from "../../io/document-files";
import type { DocumentResult } from "../../io/documents";
import type { FileOutcome } from "./messages";

export async function extractFile(file: DocumentFile, context: ExtractionContext): Promise<FileOutcome> {
  return extractRead(file, await readDocumentFile(file), context);
}

/** The outcome for a file already read (or skipped by the reading). */
export function extractRead(
  file: DocumentFile,
  read: DocumentResult,
  context: ExtractionContext,
): FileOutcome {
  if (!read.ok) return read;
  try {
    const extraction = extractDocument(read.document, context);
    return {
      ok: true,
      extraction,
      warnings: [...read.warnings, ...extraction.warnings.map((w) => `${file.path}: ${w}`)],
    };
  } catch (error) {
    return {
      ok: false,
      warning: `${file.path}: skipped, the extractor failed (${(error as Error).message})`,
    };
  }
}
