/**
 * Sentence stage: split cleaned text into sentences with offsets into the original document.
 * A line break ends a sentence (headlines and captions carry no full stop) unless the next line
 * continues in lower case or the line is hard-wrapped wire copy; inside a line, a full stop ends one unless it closes an abbreviation
 * or an initial.
 */
import { EXTRACTION_DEFAULTS } from "./defaults";
import { matchesOf } from "./text";

/** A field added here is added to `sentenceWith` too, which builds a sentence's copies field by field. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** A line without closing punctuation: a headline, subheading or standfirst. */
  headline: boolean;
}

/**
 * `sentence` with its text or end changed, built field by field in the order `splitSentences` builds
 * one, so it has the same shape (V8's hidden class): a spread copy (`{ ...sentence, end }`) gets a
 * shape of its own, and the first one a hot function meets throws away its optimised code.
 */
export const sentenceWith = (
  sentence: Sentence,
  change: Partial<Pick<Sentence, "text" | "end">>,
): Sentence => ({
  index: sentence.index,
  start: sentence.start,
  end: change.end ?? sentence.end,
  text: change.text ?? sentence.text,
  headline: sentence.headline,
});

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof hon eng gen lt col capt sgt maj adm cmdr sen rep gov pres st jr sr no nos inc corp ltd pvt co vs etc " +
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m fig approx dept est"
  ).split(" "),
);

/** ".", "!" or "?" (the characters after a sentence's closing mark), tested by code rather than by pattern. */
const isTerminal = (char: string | undefined) => char === "." || char === "!" || char === "?";
/** A sentence's closing mark (`matchesOf` over one line: the engine scans, not a loop per character). */
const TERMINALS = /[.!?]/g;
const DATELINE_PREFIX =
  /^[\p{Lu}][\p{L} .'-]{1,30}(?:,\s*[\p{Lu}][\p{L} .'-]{1,30})?,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*(?:\([^)]{2,30}\))?\s*[:–—-]+\s*/u;
const CLOSERS = /["'”’)\]]/;

/** Letter classes the splitter tests character by character (module constants: see README.md on `\p` literals). */
const LETTER = /\p{L}/u;
const SMALL_LETTER = /\p{Ll}/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const ONE_LETTER = /^\p{L}$/u;

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && LETTER_OR_DOT.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (ONE_LETTER.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word);
}

/** Initials each closed by a dot ("S.A.", "E.S.P."): at a text's start, and at its end. */
const DOTTED_INITIALS = /^\p{Lu}\.(?:\p{L}\.)+/u;
const DOTTED_INITIALS_END = /(?<![\p{L}.])(?:\p{L}\.){2,}$/u;

/** Sentence boundaries within one line (offsets relative to the whole text). */
function splitLine(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let sentenceStart = start;
  for (const terminal of matchesOf(TERMINALS, text.slice(start, end))) {
    const i = start + terminal.index;
    // A mark inside the closers and spaces the last boundary already passed over.
    if (i < sentenceStart) continue;
    let j = i + 1;
    while (j < end && (isTerminal(text[j]) || CLOSERS.test(text[j]!))) j++;
    if (j >= end || !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) break;
    const next = text[k]!;
    if (!/[\p{Lu}\p{N}"'“‘(]/u.test(next)) continue;
    if (text[i] === "." && isAbbreviation(text, i)) continue;
    // "Orr Gas S.A. E.S.P.": a legal form in initials goes on in another, within one name.
    if (
      text[i] === "." &&
      DOTTED_INITIALS_END.test(text.slice(Math.max(0, i - 12), i + 1)) &&
      DOTTED_INITIALS.test(text.slice(k, k + 8))
    )
      continue;
    out.push([sentenceStart, j]);
    sentenceStart = k;
  }
  out.push([sentenceStart, end]);
}

/** The offset of the first line break at or after `from`, or the text's length when none is left. */
function nextBreak(text: string, from: number): number {
  if (from >= text.length) return from;
  const at = text.indexOf("\n", from);
  return at < 0 ? text.length : at;
}

/**
 * Lengths of the longest line of each paragraph (lines between blank lines), by line start: wire
 * copy breaks its lines at a fixed width, so a line nearly as long as the longest goes on below.
 */
function paragraphWidths(cleaned: string): Map<number, number> {
  const widths = new Map<number, number>();
  let paragraph: number[] = [];
  let longest = 0;
  const flush = () => {
    for (const start of paragraph) widths.set(start, longest);
    paragraph = [];
    longest = 0;
  };
  let lineStart = 0;
  for (let i = nextBreak(cleaned, 0); i <= cleaned.length; i = nextBreak(cleaned, i + 1)) {
    const line = cleaned.slice(lineStart, i).trim();
    if (line === "") flush();
    else {
      paragraph.push(lineStart);
      longest = Math.max(longest, line.length);
    }
    lineStart = i + 1;
  }
  flush();
  return widths;
}

export function splitSentences(cleaned: string, original: string = cleaned): Sentence[] {
  const spans: Array<[number, number]> = [];
  const widths = paragraphWidths(cleaned);
  let lineStart = 0;
  let blockStart = -1;
  const flush = (end: number) => {
    if (blockStart >= 0) splitLine(cleaned, blockStart, end, spans);
    blockStart = -1;
  };
  for (let i = nextBreak(cleaned, 0); i <= cleaned.length; i = nextBreak(cleaned, i + 1)) {
    const line = cleaned.slice(lineStart, i);
    const trimmedEnd = line.trimEnd();
    if (trimmedEnd.trim() !== "") {
      const contentStart = lineStart + (line.length - line.trimStart().length);
      if (blockStart < 0) blockStart = contentStart;
      // Join the next line when this one stops mid-sentence and the next goes on in lower case.
      let k = i + 1;
      while (k < cleaned.length && /[ \t\r]/.test(cleaned[k]!)) k++;
      // A hard-wrapped line goes on in the next whatever its case ("at the\nTreasury and ...").
      const length = trimmedEnd.trim().length;
      const wrapped =
        length >= EXTRACTION_DEFAULTS.wrapMinLength &&
        length >= EXTRACTION_DEFAULTS.wrapOfLongest * (widths.get(lineStart) ?? 0) &&
        k < cleaned.length &&
        cleaned[k] !== "\n" &&
        /[\p{L}\p{N}"“‘'(]/u.test(cleaned[k]!);
      // "identified by U.S.\nCyber Command": a line ending in an abbreviation goes on too.
      const open =
        !/[.!?:"”’]$/.test(trimmedEnd) ||
        (wrapped && trimmedEnd.endsWith(".") && isAbbreviation(cleaned, lineStart + trimmedEnd.length - 1));
      // A quotation closed without a stop ('had "high confidence"\nthat ...') or a colon ("in the
      // region:\nlast year ...") goes on only into a lower-case line: before a capital it may end a
      // heading or introduce a statement.
      const quoteOrColon = /:$/.test(trimmedEnd) || /[^.!?,\s]["”’]+$/.test(trimmedEnd);
      // '"... it was not us,"\nthe envoy said': a quotation closed on a comma goes on into who said it.
      const quoteGoesOn = /,\s*["”’]$/.test(trimmedEnd) && k < cleaned.length && cleaned[k] !== "\n";
      const lowerNext = k < cleaned.length && SMALL_LETTER.test(cleaned[k]!);
      const continues = (open && (lowerNext || wrapped)) || (quoteOrColon && lowerNext) || quoteGoesOn;
      if (!continues) flush(lineStart + trimmedEnd.length);
    } else {
      flush(lineStart);
    }
    lineStart = i + 1;
  }
  flush(cleaned.length);

  const sentences: Sentence[] = [];
  for (const [s, e] of spans) {
    let start = s;
    let end = e;
    while (start < end && /\s/.test(cleaned[start]!)) start++;
    // A dateline ("BREST, France, Jan 14 (Reuters) –") names where the story was filed, not who acts.
    const dateline = DATELINE_PREFIX.exec(cleaned.slice(start, end));
    if (dateline) start += dateline[0].length;
    while (end > start && /\s/.test(cleaned[end - 1]!)) end--;
    if (end <= start) continue;
    const text = original.slice(start, end);
    if (!LETTER.test(text)) continue;
    sentences.push({ index: sentences.length, start, end, text, headline: !/[.!?"”’)]$/.test(text) });
  }
  return sentences;
}
