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
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** ASCII letters and digits answered by their code, the rest by Unicode's classes (letters or numbers). */
function isWordCode(code: number, text: string, at: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Accent- and case-folded form of a word or phrase. */
export function fold(text: string): string {
  // ASCII needs no decomposition: skip the costly normalize() for most tokens.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * Word tokens of `text` (runs of Unicode letters and digits), offsets relative to `text` plus
 * `base`. A scan by character code: the equivalent `/[\p{L}\p{N}]+/gu` costs several times more.
 */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  // Whether the word so far is ASCII, known from the scan: fold() would test it again.
  let ascii = true;
  for (let i = 0; i <= text.length;) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    // A surrogate pair is one code point: both halves go in or out together.
    const width = code >= 0xd800 && code <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1;
    const word = code >= 0 && isWordCode(code, text, i);
    if (word) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (code >= 128) ascii = false;
    } else if (start >= 0) {
      const surface = text.slice(start, i);
      const norm = ascii ? surface.toLowerCase() : fold(surface);
      tokens.push({ text: surface, norm, start: base + start, end: base + i });
      start = -1;
    }
    i += width;
  }
  return tokens;
}

/** Folded tokens of a dictionary phrase ("U.S." → ["u", "s"]). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/** A capital first (a module constant: see README.md on `\p` literals). */
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * `/^\p{Lu}/u.test(word)`, answered by code for ASCII (most words) without running the pattern:
 * the readers ask it of nearly every token.
 */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL_FIRST.test(word);
}

/** A capital, then a small letter (a module constant: see README.md on `\p` literals). */
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;

/**
 * `/^\p{Lu}\p{Ll}/u.test(word)` (a capitalised word, not an acronym), answered by code for ASCII
 * (most tokens) and by Unicode's classes otherwise.
 */
export function startsCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return CAPITAL_THEN_SMALL.test(word);
}

/** `/^[\p{Lu}\p{N}]/u.test(word)`, answered by code for ASCII (most words) without running the pattern. */
export function startsUpperOrDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /^[\p{Lu}\p{N}]/u.test(word);
}
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

/** A name written in capitals, in a person's case ("JEAN-LUC O'NEILL" -> "Jean-Luc O'Neill"). */
export function personNameCase(upper: string): string {
  return upper
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, lead: string, c: string) => lead + c.toUpperCase());
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

/** Function words a body's initials skip ("Ministry of Defence" → MD, as "MoD" is written without them). */
const INITIALS_SKIP = new Set(["of", "and", "the", "for", "on", "in"]);

/** The words of a name its initials are made of: function words kept in lower case ("of", "the") are skipped. */
export function initialWords(name: string): string[] {
  return name.split(/[\s-]+/).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
}

/** The initials of a body's name, with and without its owner ("National Security Service of Armenia" → NSSA, NSS). */
export function initialsOf(name: string): string[] {
  const all = initialWords(name)
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
  const owner = / of (?:the )?[^,]+$/.exec(name);
  return owner ? [all, ...initialsOf(name.slice(0, owner.index))] : [all];
}

/**
 * Every match of the global `pattern` in `text`, as `text.matchAll(pattern)` gives them (from the
 * pattern's `lastIndex`, an empty match stepping one character or code point), without the copy of
 * the pattern matchAll makes at each call: V8 builds that copy from the pattern's source, at some
 * 5 ns a character (10 µs for a 2,000-character trigger, 40 µs for the 8,000-character naming
 * pattern), which cost the extractor more than scanning the sentences with most patterns. The
 * matches are all read before any is returned and the pattern's `lastIndex` is put back, so, as
 * with matchAll, a caller may run the same pattern again while it reads them.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === "")
      pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  }
  pattern.lastIndex = from;
  return found;
}

/** Where a global pattern's scan goes on after an empty match at `at`: past one code point in unicode mode. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/** Whether a quotation opened in `before` is still open at its end: a curly mark not yet closed, or an odd count of straight marks. */
export function quotationOpen(before: string): boolean {
  const count = (mark: RegExp) => (before.match(mark) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}
