import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, isCapitalized, personNameCase, startsUpperOrDigit, tokenize } from "../../src/extract/text";

/** The definition the hand-written scanner must keep: maximal runs of Unicode letters and digits. */
const byPattern = (text: string, base: number) =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    norm: fold(m[0]),
    start: base + m.index,
    end: base + m.index + m[0].length,
  }));

// Property runs are CPU-bound: a loaded machine must not time them out.
describe("tokenize", { timeout: 30_000 }, () => {
  it("splits on hyphens, apostrophes and punctuation, keeping accents, digits and offsets", () => {
    expect(tokenize("Russian-backed Élysée’s 2022 U.S.", 10)).toEqual([
      { text: "Russian", norm: "russian", start: 10, end: 17 },
      { text: "backed", norm: "backed", start: 18, end: 24 },
      { text: "Élysée", norm: "elysee", start: 25, end: 31 },
      { text: "s", norm: "s", start: 32, end: 33 },
      { text: "2022", norm: "2022", start: 34, end: 38 },
      { text: "U", norm: "u", start: 39, end: 40 },
      { text: "S", norm: "s", start: 41, end: 42 },
    ]);
  });

  it("finds exactly the runs of letters and digits in any text, astral and broken surrogates included", () => {
    const unit = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom("Ж", "𝐀𝐁", "\ud835", "\udc00", "x\ud835y", "١٢", "ß", "İ", " ", "-", "é"),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), fc.nat(1000), (parts, base) => {
        const text = parts.join("");
        expect(tokenize(text, base)).toEqual(byPattern(text, base));
      }),
      { numRuns: 300 },
    );
  });
});

/** `check` answers as `pattern` does for any string of up to three code units, lone surrogates included. */
function agreesWith(check: (word: string) => boolean, pattern: RegExp): void {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 3 }), (word) => {
      expect(check(word)).toBe(pattern.test(word));
    }),
    { numRuns: 2000 },
  );
}

describe("startsUpperOrDigit", { timeout: 30_000 }, () => {
  it("says what /^[\\p{Lu}\\p{N}]/u says, for any first character", () => {
    const yes = ["Paris", "2022", "Élysée", "𝐀x", "١٢"];
    expect(yes.filter(startsUpperOrDigit)).toEqual(yes);
    expect(["paris", "", "-x", "é", "\ud835"].filter(startsUpperOrDigit)).toEqual([]);
    agreesWith(startsUpperOrDigit, /^[\p{Lu}\p{N}]/u);
  });
});

describe("isCapitalized", { timeout: 30_000 }, () => {
  it("says what /^\\p{Lu}/u says, for any first character", () => {
    const yes = ["Quito", "Ørsted", "𝐁ay", "Σ"];
    expect(yes.filter(isCapitalized)).toEqual(yes);
    expect(["quito", "", "7th", "ß", "\ud835", "-Q"].filter(isCapitalized)).toEqual([]);
    agreesWith(isCapitalized, /^\p{Lu}/u);
  });
});

describe("personNameCase", () => {
  it("writes a name in capitals as a person's name, hyphenated and apostrophe parts included", () => {
    expect(personNameCase("JEAN-LUC O'NEILL")).toBe("Jean-Luc O'Neill");
    expect(personNameCase("ROSA QUISPE")).toBe("Rosa Quispe");
  });
});
