/**
 * The cue of a pattern: a few lower-case strings, at least one of which the lower-cased text
 * holds wherever the pattern matches (`/\b(?:blam(?:e|ed|ing)|held)\s+by\b/i` → "blam", "held by").
 * Cue strings are letters, digits, hyphens and single spaces: a space stands for any run of
 * white space, so "carried out by" is one cue however the text breaks its lines.
 * Derived from the pattern itself, so it cannot drift from it: a rule or a stage tests the cue
 * (a few `includes`) before running a long pattern over a sentence that cannot match it. Known in
 * search engines as a literal prefilter. Anything the reader below does not understand counts as
 * "any text", which only weakens the cue, never makes it wrong; a pattern with no usable cue gets
 * `undefined` and is always run.
 */

import { trieAlternation } from "./lexicon/alternations";

/** What every match of a part of a pattern is known to be or to contain. */
type Info =
  /** The part matches exactly one of these strings (lower-cased). */
  | { exact: Set<string> }
  /** Every match contains one of these strings (non-empty, lower-cased); `undefined`: nothing known. */
  | { contains: Set<string> | undefined };

/** Exact sets grow by products ("stands?" "ready"): past this size they are kept as "contains". */
const MAX_EXACT = 64;
/** A cue this long costs more to test than it saves. */
const MAX_CUE = 120;

const UNKNOWN: Info = { contains: undefined };
const EMPTY: Info = { exact: new Set([""]) };

/** `a` then `b`, a space ending one and starting the other read once (white space runs count as one). */
function join(a: string, b: string): string {
  return a.endsWith(" ") && b.startsWith(" ") ? a + b.slice(1) : a + b;
}

/** Drops strings holding a shorter one of the set: "blam" makes "blamed" redundant. */
function minimal(strings: Iterable<string>): Set<string> {
  const sorted = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return new Set(kept);
}

/** The "contains" reading of a part: an exact set holding "" says nothing. */
function containsOf(info: Info): Set<string> | undefined {
  if ("contains" in info) return info.contains;
  return info.exact.has("") ? undefined : minimal(info.exact);
}

/** Words nearly every sentence holds: as cues they would let every sentence through. */
const COMMON = new Set([
  "a",
  "an",
  "the",
  "of",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "with",
  "and",
  "or",
  "as",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "it",
  "its",
  "that",
  "this",
  "said",
  "says",
]);

/** How selective a cue string is: its letters and digits, none when it holds only common words ("of the"). */
function weight(cue: string): number {
  const words = cue.split(/[ -]/).filter(Boolean);
  return words.every((word) => COMMON.has(word)) ? 0 : cue.replace(/[ -]/g, "").length;
}

/** The more selective of two cues: heavier lightest string first, then fewer strings. */
function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || a.size > MAX_CUE) return b && b.size <= MAX_CUE ? b : undefined;
  if (!b || b.size > MAX_CUE) return a;
  const shortest = (s: Set<string>) => Math.min(...[...s].map(weight));
  const [la, lb] = [shortest(a), shortest(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function alternative(parts: Info[]): Info {
  if (parts.every((p) => "exact" in p)) {
    const out = new Set<string>();
    for (const p of parts) for (const s of (p as { exact: Set<string> }).exact) out.add(s);
    if (out.size <= MAX_EXACT) return { exact: out };
  }
  const union = new Set<string>();
  for (const p of parts) {
    const c = containsOf(p);
    if (!c) return UNKNOWN;
    for (const s of c) union.add(s);
  }
  return { contains: bounded(minimal(union)) };
}

/** A cue of many word groups ("linked to", "tied with" ...) cut to their heaviest words ("linked", "tied"). */
function bounded(cue: Set<string>): Set<string> {
  if (cue.size <= MAX_CUE) return cue;
  const heaviest = (s: string) =>
    s.split(/[ -]/).reduce((best, word) => (weight(word) > weight(best) ? word : best), "");
  return minimal([...cue].map(heaviest));
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return info;
  // "\s+": a run of white space is one space.
  if ("exact" in info && info.exact.size === 1 && info.exact.has(" ") && max >= 1)
    return { exact: new Set(min === 0 ? ["", " "] : [" "]) };
  if (min === 0 && max === 1 && "exact" in info) return { exact: new Set([...info.exact, ""]) };
  return min === 0 ? UNKNOWN : { contains: containsOf(info) };
}

/** A single character of the pattern: a letter, digit, hyphen or space; any other counts as unknown. */
function char(c: string): Info {
  if (!/^[0-9A-Za-z -]$/.test(c)) return UNKNOWN;
  return { exact: new Set([c.toLowerCase()]) };
}

/** Reads a pattern's source; throws on syntax it does not follow (the caller then gives no cue). */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Info {
    const info = this.disjunction();
    if (this.at !== this.source.length) throw new Error("unbalanced");
    return info;
  }

  private peek = () => this.source[this.at];

  /** The offset just past the next `end`. */
  private after(end: string): number {
    const at = this.source.indexOf(end, this.at);
    if (at < 0) throw new Error(`no closing ${end}`);
    return at + 1;
  }

  private disjunction(): Info {
    const parts = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      parts.push(this.sequence());
    }
    return parts.length === 1 ? parts[0]! : alternative(parts);
  }

  /** A run of parts: exact strings grow while they can; the best cue of the finished runs is kept. */
  private sequence(): Info {
    let run = new Set([""]);
    let exact = true;
    let best: Set<string> | undefined;
    const close = () => (best = better(best, containsOf({ exact: run })));
    while (this.at < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      const part = this.quantified();
      if ("exact" in part && run.size * part.exact.size <= MAX_EXACT) {
        const next = new Set<string>();
        for (const x of run) for (const y of part.exact) next.add(join(x, y));
        run = next;
        continue;
      }
      close();
      exact = false;
      if ("exact" in part) run = part.exact;
      else {
        best = better(best, part.contains);
        run = new Set([""]);
      }
    }
    if (exact) return { exact: run };
    close();
    return { contains: best };
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.peek();
    let range: [number, number] | undefined;
    if (c === "?") range = [0, 1];
    else if (c === "*") range = [0, Infinity];
    else if (c === "+") range = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (m) {
        const min = Number(m[1]);
        range = [min, m[2] ? (m[3] ? Number(m[3]) : Infinity) : min];
        this.at += m[0].length - 1;
      }
    }
    if (!range) return atom.info;
    this.at++;
    if (this.peek() === "?") this.at++; // lazy: same matches, other order
    return atom.zeroWidth ? EMPTY : repeat(atom.info, range[0], range[1]);
  }

  private atom(): { info: Info; zeroWidth?: boolean } {
    const c = this.source[this.at++]!;
    if (c === "(") return this.group();
    if (c === "[") return { info: this.characterClass() };
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") return { info: EMPTY, zeroWidth: true };
    if (c === ".") return { info: UNKNOWN };
    if (c === ")" || c === "|") throw new Error("unexpected");
    return { info: char(c) };
  }

  private group(): { info: Info; zeroWidth?: boolean } {
    const lookaround = /^\?<?[=!]/.exec(this.source.slice(this.at));
    if (lookaround) this.at += lookaround[0].length;
    else if (this.source.startsWith("?:", this.at)) this.at += 2;
    else if (this.source.startsWith("?<", this.at)) this.at = this.after(">");
    else if (this.peek() === "?") throw new Error("unknown group");
    const info = this.disjunction();
    if (this.source[this.at++] !== ")") throw new Error("unclosed group");
    // What a lookaround tests is not part of the match.
    return lookaround ? { info: EMPTY, zeroWidth: true } : { info };
  }

  private escape(): { info: Info; zeroWidth?: boolean } {
    const c = this.source[this.at++];
    if (c === undefined) throw new Error("trailing backslash");
    if (c === "b" || c === "B") return { info: EMPTY, zeroWidth: true };
    if (c === "s") return { info: { exact: new Set([" "]) } };
    if (c === "k" && this.peek() === "<") {
      this.at = this.after(">");
      return { info: UNKNOWN };
    }
    if (/[0-9a-zA-Z]/.test(c)) {
      this.skipEscapeTail(c);
      return { info: UNKNOWN };
    }
    return { info: char(c) };
  }

  /**
   * Classes (\d \s \w ...), control and code escapes, back-references stand for some character or
   * text: read past what belongs to them ("\x41", "\u{1F600}", "\cJ", "\12").
   */
  private skipEscapeTail(c: string): void {
    const rest = this.source.slice(this.at);
    const tail =
      c === "x"
        ? /^[0-9a-fA-F]{2}/.exec(rest)
        : c === "u"
          ? /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(rest)
          : c === "c"
            ? /^[a-zA-Z]/.exec(rest)
            : c === "p" || c === "P"
              ? /^\{[^}]*\}/.exec(rest)
              : /[0-9]/.test(c)
                ? /^[0-9]*/.exec(rest)
                : undefined;
    if (tail) this.at += tail[0].length;
  }

  /** `[...]`: its characters when it lists a few plain ones, else unknown. */
  private characterClass(): Info {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const chars = new Set<string>();
    let plain = !negated;
    while (this.at < this.source.length && this.peek() !== "]") {
      let c = this.source[this.at++]!;
      if (c === "\\") {
        c = this.source[this.at++] ?? "";
        if (/[0-9a-zA-Z]/.test(c)) {
          plain = false;
          this.skipEscapeTail(c);
          continue;
        }
      }
      // A range "a-z" ("-" first or last is itself): more characters than a cue wants.
      if (this.peek() === "-" && this.at + 1 < this.source.length && this.source[this.at + 1] !== "]") {
        plain = false;
        this.at++;
        continue;
      }
      chars.add(c);
    }
    if (this.source[this.at++] !== "]") throw new Error("unclosed class");
    if (!plain || chars.size === 0 || chars.size > 8) return UNKNOWN;
    return alternative([...chars].map((c) => char(c)));
  }
}

/**
 * The cue of `pattern`: strings (lower case) one of which `text.toLowerCase()` holds wherever
 * `pattern` matches in `text`; `undefined` when no short list is certain.
 */
export function cueOf(pattern: RegExp): readonly string[] | undefined {
  let info: Info;
  try {
    info = new Reader(pattern.source).read();
  } catch {
    return undefined;
  }
  const cue = containsOf(info);
  // A cue string of spaces and hyphens alone lets every sentence through.
  if (!cue || cue.size > MAX_CUE || [...cue].some((s) => !/[a-z0-9]/.test(s))) return undefined;
  return [...cue];
}

/** Cue strings are made of these: a-z, 0-9, the hyphen and the space. */
const SYMBOLS = 38;
const HYPHEN = 36;
const SPACE = 37;

/** The long s "ſ" and the Kelvin sign "K": with flags "iu" a pattern's "s" and "k" match them. */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** The symbol of a character code (capitals as small letters), or -1 for any other character. */
function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  if (code === 32) return SPACE;
  if (code === 45) return HYPHEN;
  if (code < 128) return code >= 9 && code <= 13 ? SPACE : -1;
  if (code === LONG_S) return 18;
  if (code === KELVIN) return 10;
  return isWideSpace(code) ? SPACE : -1;
}

/** `symbolOf` of each ASCII code, looked up where the walk meets one (nearly every character). */
const ASCII_SYMBOLS = Int8Array.from({ length: 128 }, (_, code) => symbolOf(code));

/**
 * What `\s` matches beyond ASCII (no-break and typographic spaces, line separators, BOM): tested
 * on code points, not by a regex per character, as every walk meets curly quotes and dashes.
 */
function isWideSpace(code: number): boolean {
  switch (code) {
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}

/**
 * Which of several patterns a text may match: every cue string of every pattern is searched for
 * in one pass over the text (an Aho-Corasick automaton over letters, digits, hyphens and spaces;
 * no cue string spans any other character). A pattern without a cue is always a candidate.
 */
export class CueIndex {
  /** The patterns indexed, in the order their candidate bits are numbered. */
  readonly patterns: readonly (RegExp | undefined)[];
  /**
   * `next[state * SYMBOLS + symbol]`: the automaton's transitions, complete. Two bytes a state
   * number: the table is walked at every character of every sentence, and half its size stays in
   * the processor's cache the more (the claim rules' automaton has some 5,000 states).
   */
  private readonly next: Uint16Array;
  /** The patterns whose cue strings end at each state, `size` words of bits per state. */
  private readonly found: Uint32Array;
  private readonly finds: Uint8Array;
  private readonly always: Uint32Array;
  private readonly size: number;

  constructor(patterns: readonly (RegExp | undefined)[]) {
    this.patterns = patterns;
    this.size = Math.ceil(patterns.length / 32) || 1;
    this.always = new Uint32Array(this.size);
    const trie: number[][] = [new Array<number>(SYMBOLS).fill(-1)];
    const ends: number[][] = [[]];
    patterns.forEach((pattern, index) => {
      const cue = pattern && cueOf(pattern);
      if (!cue) return setBit(this.always, index);
      for (const word of cue) {
        let state = 0;
        for (const c of word) {
          const symbol = symbolOf(c.charCodeAt(0));
          if (trie[state]![symbol]! < 0) {
            trie[state]![symbol] = trie.length;
            trie.push(new Array<number>(SYMBOLS).fill(-1));
            ends.push([]);
          }
          state = trie[state]![symbol]!;
        }
        ends[state]!.push(index);
      }
    });
    const states = trie.length;
    if (states > 0xffff) throw new RangeError(`a cue index of ${states} states: more than two bytes number`);
    const ordered = breadthFirst(trie, ends);
    this.next = new Uint16Array(states * SYMBOLS);
    this.found = new Uint32Array(states * this.size);
    this.finds = new Uint8Array(states);
    const fail = new Int32Array(states);
    // Breadth first, so a state's failure link is complete before the state is.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const index of ordered.ends[state]!) setBit(this.found.subarray(state * this.size), index);
      if (state !== 0)
        for (let w = 0; w < this.size; w++)
          this.found[state * this.size + w]! |= this.found[fail[state]! * this.size + w]!;
      this.finds[state] = this.found.subarray(state * this.size, (state + 1) * this.size).some((b) => b !== 0)
        ? 1
        : 0;
      for (let symbol = 0; symbol < SYMBOLS; symbol++) {
        const child = ordered.trie[state]![symbol]!;
        const fallback = state === 0 ? 0 : this.next[fail[state]! * SYMBOLS + symbol]!;
        if (child < 0) {
          this.next[state * SYMBOLS + symbol] = fallback;
        } else {
          this.next[state * SYMBOLS + symbol] = child;
          fail[child] = fallback;
          queue.push(child);
        }
      }
    }
  }

  /** Whether `text` may match any of the patterns: stops at the first cue word. */
  holdsAny(text: string): boolean {
    return this.always.some((b) => b !== 0) || this.walk(text, undefined);
  }

  /** The patterns `text` may match (bit `i` for the `i`-th pattern); test with `isCandidate`. */
  candidates(text: string): Uint32Array {
    const out = this.always.slice();
    this.walk(text, out);
    return out;
  }

  /**
   * Runs the automaton over `text`, a run of white space read as one space: sets in `found` the
   * bits of the patterns whose cue strings it holds, or, without `found`, answers whether it holds any.
   */
  private walk(text: string, found: Uint32Array | undefined): boolean {
    // The tables in locals: every sentence and every line of an article is walked, and V8 reloads
    // a field after each store into a typed array (it may be the same array).
    const { next, finds, size } = this;
    const ends = this.found;
    let state = 0;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const symbol = code < 128 ? ASCII_SYMBOLS[code]! : symbolOf(code);
      if (symbol < 0) state = 0;
      else if (symbol !== SPACE || previous !== SPACE) {
        state = next[state * SYMBOLS + symbol]!;
        if (finds[state]) {
          if (!found) return true;
          for (let w = 0; w < size; w++) found[w]! |= ends[state * size + w]!;
        }
      }
      previous = symbol;
    }
    return false;
  }
}

/**
 * One pattern's cue words as one alternation, which a text matches unless it cannot match `pattern`
 * (a pattern with no cue gives one every text matches): a stage skips a long pattern with
 * `if (!cue.test(text)) return`, the cue built once with the pattern (`patternFor`). For a single
 * pattern the engine's literal search is about 4 times as fast as walking the automaton in
 * JavaScript. It answers as `CueIndex` does: a space stands for any run of white space, and "iu"
 * folds case, "ſ" and "K" (Kelvin) included. The cue words' shared beginnings are written once
 * (`trieAlternation`): a sentence holding none of them, the usual case, is scanned 3 to 10 times as fast.
 */
export function cuePattern(pattern: RegExp): RegExp {
  const cue = cueOf(pattern);
  return cue ? new RegExp(trieAlternation(cue), "iu") : /(?:)/;
}

/**
 * The trie with its states numbered breadth first (the root, then every state one letter deep, then
 * two ...): the states a walk meets at nearly every character, the shallow ones, lie together at
 * the head of the transition table and stay in the processor's cache between sentences. Numbered
 * as the strings were added, the claim rules' table (some 390 KB) cost a cache miss at nearly every
 * character: 94 to 220 ns a character in an article's walk (wall time, loaded machine) against 8 ns
 * in a loop over the same sentences; numbered so, 66 to 125 ns (session 33). The small indexes
 * (300 to 1,600 states) gained nothing; the smallest read some 20-40 µs an article slower.
 */
function breadthFirst(trie: number[][], ends: number[][]): { trie: number[][]; ends: number[][] } {
  const order = [0];
  for (let head = 0; head < order.length; head++)
    for (const child of trie[order[head]!]!) if (child >= 0) order.push(child);
  const rank = new Int32Array(trie.length);
  order.forEach((state, at) => (rank[state] = at));
  return {
    trie: order.map((state) => trie[state]!.map((child) => (child < 0 ? -1 : rank[child]!))),
    ends: order.map((state) => ends[state]!),
  };
}

function setBit(bits: Uint32Array, index: number): void {
  bits[index >>> 5]! |= 1 << (index & 31);
}

export const isCandidate = (bits: Uint32Array, index: number): boolean =>
  (bits[index >>> 5]! & (1 << (index & 31))) !== 0;
