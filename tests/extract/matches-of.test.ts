import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesOf } from "../../src/extract/text";

/** What a match is made of, for comparing two lists of them. */
const shape = (m: RegExpExecArray) => ({ index: m.index, text: [...m], groups: m.groups });
const byMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map(shape);

// Property runs are CPU-bound: a loaded machine must not time them out.
describe("matchesOf", { timeout: 30_000 }, () => {
  it("gives what matchAll gives, empty matches and surrogate pairs included", () => {
    const patterns = [/\b(\w+)\s+as\b/g, /a*/g, /(?:)/gu, /(?<word>\p{Lu}\p{Ll}*)/gu, /x?/giu, /\s*,\s*/g];
    const text = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", "x", "A", "😀", "é", "\n") });
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (pattern, value) => {
        expect(matchesOf(pattern, value).map(shape)).toEqual(byMatchAll(pattern, value));
      }),
    );
  });

  it("starts where the pattern's lastIndex stands and puts it back", () => {
    const pattern = /o/g;
    pattern.lastIndex = 5;
    const expected = byMatchAll(pattern, "foo boo zoo");
    expect(matchesOf(pattern, "foo boo zoo").map(shape)).toEqual(expected);
    expect(expected.map((m) => m.index)).toEqual([5, 6, 9, 10]);
    expect(pattern.lastIndex).toBe(5);
  });

  it("lets the caller run the same pattern while it reads the matches", () => {
    const pattern = /\d+/g;
    const seen = matchesOf(pattern, "1 22 333").map((m) => [m[0], matchesOf(pattern, m[0]).length]);
    expect(seen).toEqual([
      ["1", 1],
      ["22", 1],
      ["333", 1],
    ]);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => matchesOf(/a/, "aaa")).toThrow(TypeError);
  });
});
