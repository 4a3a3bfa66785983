/**
 * Document files on disk (Node only): expanding the paths a user gives into document files, and
 * reading one file into a source document. Every problem is a warning naming the file, never a throw.
 */
import { readFileSync, statSync, type Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { dumpFormatOfName, DUMP_EXTENSIONS, readDump, type DumpDocument } from "./dumps";
import {
  decodeBytes,
  documentFromBytes,
  formatOfName,
  MAX_DOCUMENT_BYTES,
  SUPPORTED_EXTENSIONS,
  tooBigWarning,
  type DocumentResult,
} from "./documents";

export interface DocumentFile {
  /** Path on disk. */
  path: string;
  /** Document id in the graph: the file name, or its path below the folder the user named. */
  id: string;
  /** A record of an article dump (`feed.jsonl#12`), read when the dump was collected. */
  document?: DumpDocument;
}

/** Article dumps hold many articles: they may be far bigger than one document. */
export const MAX_DUMP_BYTES = 512 * 1024 * 1024;

export interface CollectedFiles {
  files: DocumentFile[];
  warnings: string[];
}

/** Expands files and folders (recursively, in name order) into the document files they hold. */
export async function collectDocumentFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: DocumentFile[] = [];
  const warnings: string[] = [];
  const ids = new Map<string, string>();
  const add = (file: DocumentFile) => {
    const earlier = ids.get(file.id);
    if (earlier !== undefined) {
      if (earlier !== file.path) warnings.push(`${file.path}: skipped, same document name as ${earlier}`);
      return;
    }
    ids.set(file.id, file.path);
    files.push(file);
  };

  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      warnings.push(`${path}: skipped, ${describeError(info)}`);
    } else if (info.isDirectory()) {
      await walk(path, path, add, warnings);
    } else if (dumpFormatOfName(path)) {
      await addDump({ path, id: basename(path) }, true, add, warnings);
    } else if (!formatOfName(path)) {
      const types = [...SUPPORTED_EXTENSIONS, ...DUMP_EXTENSIONS].join(", ");
      warnings.push(`${path}: skipped, not a document type we read (${types})`);
    } else {
      add({ path, id: basename(path) });
    }
  }
  return { files, warnings };
}

async function walk(root: string, dir: string, add: (f: DocumentFile) => void, warnings: string[]) {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => error);
  if (entries instanceof Error) {
    warnings.push(`${dir}: skipped, ${describeError(entries)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, path, add, warnings);
    else if (formatOfName(entry.name)) add({ path, id: relative(root, path).split(sep).join("/") });
    else if (dumpFormatOfName(entry.name))
      await addDump({ path, id: relative(root, path).split(sep).join("/") }, false, add, warnings);
  }
}

/**
 * Reads an article dump into one document per record. In a folder, JSON files of another kind
 * (graphs, gold annotations) are passed over in silence; a dump named on the command line is not.
 */
async function addDump(
  dump: DocumentFile,
  named: boolean,
  add: (f: DocumentFile) => void,
  warnings: string[],
): Promise<void> {
  try {
    const info = await stat(dump.path);
    if (info.size > MAX_DUMP_BYTES) {
      warnings.push(
        `${dump.path}: skipped, too big (${(info.size / 2 ** 20).toFixed(0)} MB; the limit for a dump is 512 MB)`,
      );
      return;
    }
    const decoded = decodeBytes(await readFile(dump.path));
    if (!decoded) {
      warnings.push(`${dump.path}: skipped, binary data (not a text file)`);
      return;
    }
    const read = readDump(dump.id, decoded.text);
    // Warnings name the dump by its id; on the command line its path says more.
    const onPath = (warning: string) =>
      warning.startsWith(`${dump.id}:`) ? `${dump.path}${warning.slice(dump.id.length)}` : warning;
    if (!read.ok) {
      if (named || !read.notADump) warnings.push(onPath(read.warning));
      return;
    }
    warnings.push(...read.warnings.map(onPath));
    for (const document of read.documents)
      add({ path: `${dump.path}${document.id.slice(dump.id.length)}`, id: document.id, document });
  } catch (error) {
    warnings.push(`${dump.path}: skipped, ${describeError(error as NodeJS.ErrnoException)}`);
  }
}

/** Reads and decodes one document file; problems come back as one warning naming the file. */
export async function readDocumentFile(file: DocumentFile): Promise<DocumentResult> {
  if (file.document) return { ok: true, document: file.document, warnings: [] };
  try {
    return (
      unreadable(file, await stat(file.path)) ??
      documentFromBytes(file.id, await readFile(file.path), file.path)
    );
  } catch (error) {
    return { ok: false, warning: `${file.path}: skipped, ${describeError(error as NodeJS.ErrnoException)}` };
  }
}

/**
 * `readDocumentFile`, blocking. For a thread that extracts: it has nothing to do while its next
 * article is read, and an awaited read goes through several event-loop round trips (stat, open,
 * read, close) that cost it some ten times the CPU of a blocking one (~0.25 vs ~0.03 ms a file).
 */
export function readDocumentFileSync(file: DocumentFile): DocumentResult {
  if (file.document) return { ok: true, document: file.document, warnings: [] };
  try {
    return (
      unreadable(file, statSync(file.path)) ?? documentFromBytes(file.id, readFileSync(file.path), file.path)
    );
  } catch (error) {
    return { ok: false, warning: `${file.path}: skipped, ${describeError(error as NodeJS.ErrnoException)}` };
  }
}

/** Why a path is not read as a document, judged before its bytes are (a FIFO would never end). */
function unreadable(file: DocumentFile, info: Stats): DocumentResult | undefined {
  if (info.isDirectory()) return { ok: false, warning: `${file.path}: skipped, it is a folder, not a file` };
  if (!info.isFile()) return { ok: false, warning: `${file.path}: skipped, not a regular file` };
  if (info.size > MAX_DOCUMENT_BYTES) return { ok: false, warning: tooBigWarning(file.path, info.size) };
  return undefined;
}

/** A file-system error as a user reads it ("no such file or folder", "permission denied"). */
export function describeError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied)";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ELOOP":
      return "cannot be read (symbolic link loop)";
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}
