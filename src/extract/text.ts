/**
 * Small text utilities shared by the stages: word tokens with offsets, folding for dictionary
 * look-ups, and edit distance for spelling variants of one name.
 */

export interface Token {
  /** The surface form as written. */
  text: string;
  /** Lower-cased, accents removed: what dictionaries are keyed by. */
  norm: string;
  start: number;
  end: number;
}

// Hyphens split words: "Russian-backed" must expose "Russian" to the dictionaries.
const WORD = /[\p{L}\p{N}]+/gu;

/** Accent- and case-folded form of a word or phrase. */
export function fold(text: string): string {
  // ASCII needs no decomposition: skip the costly normalize() for most tokens.
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Word tokens of `text`, offsets relative to `text` plus `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    tokens.push({ text: m[0], norm: fold(m[0]), start: base + m.index, end: base + m.index + m[0].length });
  }
  return tokens;
}

/** Folded tokens of a dictionary phrase ("U.S." → ["u", "s"]). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);

/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Title case for labels built from lower-case text ("ministry of finance" → "Ministry of Finance"). */
export function titleCase(text: string): string {
  const small = new Set(["of", "and", "the", "for", "in", "on"]);
  return text
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && small.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(" ");
}
