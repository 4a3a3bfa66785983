/**
 * The texts of articles read from dumps, written beside the graph as `documents/<id>` where the
 * explorer's reader looks for a graph's articles (src/explorer/data/documents.ts): a record has
 * no file of its own to show.
 */
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { DumpDocument } from "../io/dumps";
import { writeFileAtomic } from "./atomic-write";

/** Writes the texts of the dump documents the graph holds; returns the folder, or undefined when none. */
export async function writeDumpTexts(
  graphFile: string,
  documents: readonly DumpDocument[],
  inGraph: ReadonlySet<string>,
  signal?: AbortSignal,
): Promise<{ folder: string; count: number } | undefined> {
  const kept = documents.filter((d) => inGraph.has(d.id));
  if (kept.length === 0) return undefined;
  const folder = join(dirname(graphFile), "documents");
  for (const document of kept) {
    const path = join(folder, document.id);
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, [document.text], signal);
  }
  return { folder, count: kept.length };
}
