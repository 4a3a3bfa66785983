/** One file in, one outcome out: read, decode, extract. Shared by the workers and the in-thread path. */
import { extractDocument, type ExtractionContext } from "../../extract";
import { readDocumentFileSync, type DocumentFile } from "../../io/document-files";
import type { FileOutcome } from "./messages";

/** Reads blocking: the extracting thread would only wait for the file (see `readDocumentFileSync`). */
export function extractFile(file: DocumentFile, context: ExtractionContext): FileOutcome {
  const read = readDocumentFileSync(file);
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
