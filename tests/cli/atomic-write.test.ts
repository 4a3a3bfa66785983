import { describe, expect, it } from "vitest";
import { batched } from "../../src/cli/atomic-write";

const joined = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks]).toString("utf8");

describe("batched", () => {
  it("encodes the strings as UTF-8 into chunks no larger than asked, none split inside a character", () => {
    // Curly quotes (3 bytes), an accented letter (2) and an emoji (a surrogate pair, 4 bytes).
    const parts = Array.from({ length: 200 }, (_, i) => `“ministère ${i}” 🛰️,`);
    const chunks = [...batched(parts, 64)];
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(64);
    expect(joined(chunks)).toBe(parts.join(""));
  });

  it("gives a string longer than a chunk a chunk of its own, and nothing for no strings", () => {
    const long = "é".repeat(100);
    const chunks = [...batched(["a", long, "b"], 16)];
    expect(joined(chunks)).toBe(`a${long}b`);
    expect([...batched([], 16)]).toEqual([]);
  });
});
