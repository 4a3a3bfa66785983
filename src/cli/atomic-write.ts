/**
 * Writes a file through a temporary file in the same folder, then renames it over the target: a
 * failed or interrupted write leaves the old file untouched and no temporary file behind.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeFileAtomic(
  path: string,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  signal?: AbortSignal,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, chunks, { signal });
    signal?.throwIfAborted();
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes small strings as UTF-8 into chunks of `size` bytes, so a big file is written in few calls.
 * Each string is encoded straight into the chunk: joining them into one string first and encoding
 * that cost 2.5 times as much (the 112 MB graph of 10,000 articles: 1.7 CPU-s against 0.7, the
 * strings' JSON.stringify included), the joined string being a rope to flatten before encoding.
 */
export function* batched(parts: Iterable<string>, size = 1 << 20): Generator<Uint8Array> {
  let chunk = Buffer.allocUnsafe(size);
  let used = 0;
  for (const part of parts) {
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    if (used + 3 * part.length > chunk.length) {
      if (used > 0) yield chunk.subarray(0, used);
      // A fresh chunk: the one yielded may still be on its way to the disk.
      chunk = Buffer.allocUnsafe(Math.max(size, 3 * part.length));
      used = 0;
    }
    used += chunk.write(part, used);
  }
  if (used > 0) yield chunk.subarray(0, used);
}
