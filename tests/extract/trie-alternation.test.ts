import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alternation, trieAlternation } from "../../src/extract/lexicon";
import { cueOf, cuePattern } from "../../src/extract/pattern-cue";

/** Every match of `source` (wrapped as the callers wrap it) in `text`: offset, text and captures. */
const matches = (source: string, wrapped: (body: string) => string, text: string) =>
  [...text.matchAll(new RegExp(wrapped(source), "gi"))].map((m) => [m.index, ...m]);

/** Phrases of a few short words, often sharing beginnings: "ab", "ab cd", "ab c". */
const phrase = fc
  .array(fc.constantFrom("a", "ab", "abc", "b", "ba", "c", "cd", "o'b", "x.y"), {
    minLength: 1,
    maxLength: 3,
  })
  .map((words) => words.join(" "));

// Property runs are CPU-bound: a loaded machine must not time them out.
describe("trieAlternation", { timeout: 30_000 }, () => {
  it("writes shared beginnings once", () => {
    expect(trieAlternation(["ministry of finance", "ministry of health", "finance ministry"])).toBe(
      String.raw`(?:ministry\s+of\s+(?:finance|health)|finance\s+ministry)`,
    );
    expect(trieAlternation(["police", "police force"])).toBe(String.raw`police(?:\s+force)?`);
  });

  it("matches what the longest-first alternation matches, whatever follows it", () => {
    const shapes = [
      (body: string) => String.raw`\b(${body})\b`,
      (body: string) => String.raw`(?:${body})\s+b`,
      (body: string) => body,
    ];
    const text = fc
      .array(fc.constantFrom("a", "ab", "abc", "b", "ba", "c", "cd", "o'b", "x.y", "AB", "xzy"), {
        maxLength: 8,
      })
      .chain((words) =>
        fc
          .array(fc.constantFrom(" ", "  ", "\n", ", ", "-"), {
            minLength: words.length,
            maxLength: words.length,
          })
          .map((gaps) => words.map((w, i) => w + gaps[i]).join("")),
      );
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...shapes),
        text,
        (forms, shape, value) => {
          expect(matches(trieAlternation(forms), shape, value)).toEqual(
            matches(alternation(forms), shape, value),
          );
        },
      ),
    );
  });

  it("answers a cue's test as the cue's words joined one by one do", () => {
    const pattern = /\b(?:carried\s+out|carries|carry|called|calls)\s+(?:by|on)\b/i;
    const joined = new RegExp(
      cueOf(pattern)!
        .map((w) => w.replaceAll(" ", String.raw`\s+`))
        .join("|"),
      "iu",
    );
    const text = fc
      .array(fc.constantFrom("carried", "Carr", "out", "CALLS", "cal", "by", "on", " ", "\n  ", "ſ"), {
        maxLength: 8,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (value) => {
        expect(cuePattern(pattern).test(value)).toBe(joined.test(value));
      }),
    );
  });
});
