/**
 * Clean stage: blank out page furniture (menus, breadcrumbs, captions and photo credits, share and
 * subscribe prompts, "also read" links, AMP leftovers, most-viewed lists, wire credit lines, reader
 * comments) so later stages never
 * see it. Removed characters become spaces and line breaks are kept, so every offset into the
 * cleaned text is an offset into the original document.
 */
import { patternFor, type Words } from "./lexicon";
import { CueIndex, cuePattern, isCandidate } from "./pattern-cue";

export interface CleanedText {
  /** Same length as the input; furniture replaced by spaces. */
  text: string;
  /** Offset where the article body ends (a tail of related links or comments starts), or text length. */
  bodyEnd: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * Lines from which everything to the end of the page is furniture: the article is over and what
 * follows is navigation, lists of other stories or reader comments.
 */
interface TailMarker {
  pattern: RegExp;
  /**
   * A list of links to other stories or a share bar, which a page may also box inside the article
   * (never reader comments: they are prose too).
   */
  mayBeBoxed?: true;
}
const TAIL_MARKERS: readonly TailMarker[] = [
  { pattern: /^follow\s+(@|us\b|\p{Lu})/iu },
  { pattern: /^read more( about)?\s*:?$/i, mayBeBoxed: true },
  { pattern: /^(news |most )?(most viewed|most read|most popular|news latest|latest news|top stories)\b/i },
  { pattern: /^(related|recommended)( (articles|stories|posts|content|news))?\s*:?$/i, mayBeBoxed: true },
  { pattern: /^(you (may|might) also like|more from\b|more stories\b)/i, mayBeBoxed: true },
  { pattern: /^trending\b/i },
  { pattern: /^(leave a (reply|comment)|\d+ comments?\b|comments?\s*(\(\d+\))?\s*:?$|show comments)/i },
  { pattern: /\s[-–]\s*posted by\b/i },
  { pattern: /^share (this|on)\b/i, mayBeBoxed: true },
  { pattern: /^(subscribe now\b|sign up\b|once you're here|continue reading\b|discover more from\b)/i },
  { pattern: /^(tags?|filed under|categories)\s*:/i },
  // The wire's credit line closes the story: "(Reporting by ...; Editing by ...)".
  { pattern: /^\((?:reporting|writing|editing|additional reporting|compiled) by\b/i },
];

/** Single lines that are furniture wherever they stand. */
const LINE_FURNITURE = [
  /\bCREDIT\s*:/,
  /^\(?(photo|image|picture|video|illustration)s?\b\s*(by|[:–—-])/i,
  /\w(photo|image)\s*:\s*\p{Lu}/iu,
  /\((photo|image|picture)s? (by|courtesy)\b[^)]*\)\s*$/i,
  // A caption that names itself: "[Photo caption: ...]", "Image caption: ...".
  /^[([]\s*(photo|image|picture)s?(\s+caption)?\s*:/i,
  /^(photo|image|picture)\s+caption\s*:/i,
  /(getty images|shutterstock|dreamstime(\.com)?|\/(ap|afp|reuters|epa|efe))\s*$/i,
  // A link line, its label perhaps given in the page's own language first ("Les også / Read also:").
  /^(?:[\p{L}' ]{2,24}\s*\/\s*)?(also read|read also|read more|see also|related|watch|listen)\s*:/iu,
  /^(reading time|estimated reading time)\s*:/i,
  /^by\s+[\p{Lu}*][^.!?]{0,80}$/iu,
  /^(home|news)\s*[>»›]/i,
  /^\s*\d+\s*$/,
  /^\[[^\]]*\]\([^)]*\)\s*$/,
  /^(©|copyright\b)/i,
  /\b(retains copyright|all rights reserved)\b/i,
  /^(facebook|twitter|linkedin|whatsapp|email|print|share|tweet|x)\s*$/i,
  /^(advertisement|sponsored( content)?|scroll to continue( with content)?|story continues below)\s*$/i,
  /^skip to (main )?content\b/i,
  // A scraper's address line ("Source: https://..."): metadata reads it from the original text.
  /^(source|url|link)\s*:\s*https?:\/\/\S+\s*$/i,
  // AMP and app leftovers, reading-time badges.
  /^(amp|open in app|listen to (this )?(article|story)\b.*|\d+\s*min(ute)?s?\s+read)\s*$/i,
  // Share prompts: "Share: Telegram VK X Email", "Share this article".
  /^share\b(?:\s+(?:this|the)\s+(?:article|story|page))?\s*:?\s*(?:(?:facebook|twitter|x|email|e-mail|telegram|vk|whatsapp|linkedin|reddit|copy link|print|messenger)\b[\s,|•·]*)*$/i,
  /^(comments?|\d+\s+comments?|view comments|join the conversation)\s*$/i,
];

/**
 * The cues of both lists, searched in one pass over a line: a pattern whose cue the line lacks
 * cannot match it, so most prose lines run none of the unanchored patterns that scan them whole.
 */
const TAIL_MARKER_PATTERNS = TAIL_MARKERS.map((marker) => marker.pattern);
const TAIL_MARKER_CUES = new CueIndex(TAIL_MARKER_PATTERNS);

/** The tail markers a line matches (none for most lines). */
function tailMarkersOf(line: string): TailMarker[] {
  const candidates = TAIL_MARKER_CUES.candidates(line);
  return TAIL_MARKERS.filter((marker, index) => isCandidate(candidates, index) && marker.pattern.test(line));
}
const LINE_FURNITURE_CUES = new CueIndex(LINE_FURNITURE);

/**
 * A caption ending in its credit: "... speaks in Moscow. © Agency / Name". Apart from the list: it
 * has no cue word, and scanning every line for it took more than testing the line for the sign first.
 */
const CREDIT_MARK_CAPTION = /©\s*[^.!?©]{2,60}$/;
const endsInCreditMark = (line: string) => line.includes("©") && CREDIT_MARK_CAPTION.test(line);

/**
 * A caption ending in its credit: "Pumps at the water works. Photo: Ministry of Energy / T. Varga".
 * Only one short sentence before the credit: a paragraph of prose whose line happens to end in a
 * credit is no caption.
 */
const CAPTION_WITH_CREDIT =
  /^[^.!?]{1,160}[.!?]\s+(photo|image|picture)s?\s*:\s*(?:[^.!?]|\b\p{Lu}\.){2,80}[)\]]?\s*$/iu;
/** Its cue words: the pattern backtracks through the first 160 characters of every line it is run on. */
const CAPTION_WITH_CREDIT_CUE = cuePattern(CAPTION_WITH_CREDIT);

/**
 * Whether a line is a caption ending in its credit. With the lexicon's words, a line whose sentence
 * reports speech ("..., officials said. Photo: Reuters") is a wire paragraph with a credit glued on, not
 * a caption (captions describe a picture; they quote no one).
 */
function isCaptionWithCredit(line: string, words: Words | undefined): boolean {
  if (!CAPTION_WITH_CREDIT_CUE.test(line) || !CAPTION_WITH_CREDIT.test(line)) return false;
  return !words || !patternFor(words, "caption-speech", reportedSpeech).test(line);
}

const reportedSpeech = (w: Words) =>
  new RegExp(`\\b(?:${w.verbs.speech.past}|${w.verbs.speech.present})\\b`, "i");

function matchesAny(patterns: readonly RegExp[], cues: CueIndex, line: string): boolean {
  const candidates = cues.candidates(line);
  return patterns.some((pattern, index) => isCandidate(candidates, index) && pattern.test(line));
}

/** Separators of menus, breadcrumbs and language switches: "Home | Africa | World", "Home / World / Europe". */
const MENU_SEPARATOR = /\s[|/»›•·]\s|\s\|\s*$/g;

/** A navigation line: three or more short items between separators, and no sentence in it. */
function isMenu(line: string): boolean {
  const separators = line.match(MENU_SEPARATOR)?.length ?? 0;
  if (separators < 2 || /[.!?]["”’]?\s*$/.test(line)) return false;
  const items = line.split(/[|/»›•·]/).map((item) => item.trim());
  return items.every((item) => item.split(/\s+/).length <= 4);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

const isSpace = (char: string) =>
  char === " " || (char > " " ? char > "~" && /\s/.test(char) : /\s/.test(char));

/**
 * A trimmed body line that reads as prose: at least 8 words and an end-of-sentence mark (what
 * `line.split(/\s+/).length >= 8 && /[.!?"”’]\s*$/.test(line)` says, without building the words).
 */
export function isProse(line: string): boolean {
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1]!)) end--;
  if (end === 0 || !'.!?"”’'.includes(line[end - 1]!)) return false;
  let words = 1;
  for (let i = 1; i < line.length && words < 8; i++) if (isSpace(line[i - 1]!) && !isSpace(line[i]!)) words++;
  return words >= 8;
}

/** A sentence's end and the capital of the next (a module constant: see README.md on `\p` literals). */
const SENTENCE_BREAK = /[.!?]["”’]?\s+["“‘]?\p{Lu}/u;

/**
 * A line of prose holding a second sentence is body, whatever its opening words: a live blog's "More
 * from the minister's briefing. She said ..." ("Follow us on Twitter for updates." stays a marker).
 */
const holdsTwoSentences = (line: string) => isProse(line) && SENTENCE_BREAK.test(line);

/** How many lines a boxed list of links may take before the article's prose resumes. */
const LINK_BOX_LINES = 8;

/** A line that is furniture wherever it stands (a caption, a share prompt, a menu). */
const isLineFurniture = (line: string, words: Words | undefined) =>
  matchesAny(LINE_FURNITURE, LINE_FURNITURE_CUES, line) ||
  endsInCreditMark(line) ||
  isCaptionWithCredit(line, words) ||
  isMenu(line);

/**
 * A list of links boxed inside the article ("Related" and two headlines, then the story goes on):
 * the index of the line where prose resumes, when it does within a few lines with a paragraph (the
 * line holds two sentences, or the next line that is not furniture is prose too) and no headline-like
 * line (short, no end mark, no tail marker) follows it; undefined when the list ends the article. A
 * list of teasers alternates headline and summary, so its first summary is followed by a headline.
 */
function proseAfterLinkBox(
  lines: readonly Line[],
  marker: number,
  words: Words | undefined,
): number | undefined {
  const after = lines
    .map((line, index) => ({ index, text: line.text.trim() }))
    .slice(marker + 1)
    .filter((line) => line.text !== "");
  const first = after.slice(0, LINK_BOX_LINES).findIndex((line) => isProse(line.text));
  const resuming = after[first];
  if (!resuming) return undefined;
  const next = after.slice(first + 1).find((line) => !isLineFurniture(line.text, words));
  if (next && isProse(next.text)) return resuming.index;
  const headlineLike = next !== undefined && tailMarkersOf(next.text).length === 0;
  return holdsTwoSentences(resuming.text) && !headlineLike ? resuming.index : undefined;
}

/**
 * `words`, the lexicon's, tells a caption from a wire paragraph ending in a credit; without them
 * every short sentence ending in a credit is taken for a caption.
 */
export function cleanText(original: string, words?: Words): CleanedText {
  const lines = splitLines(original);
  let bodyEnd = original.length;
  let proseSeen = 0;
  /** Boxed link lists inside the body, blanked as furniture: [first line's start, resuming line's start). */
  const boxes: Array<[number, number]> = [];
  let resumeAt = 0;
  for (const [index, line] of lines.entries()) {
    if (index < resumeAt) continue;
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    const markers = proseSeen >= 2 && !holdsTwoSentences(trimmed) ? tailMarkersOf(trimmed) : [];
    if (markers.length > 0) {
      const resumes = markers.some((marker) => marker.mayBeBoxed)
        ? proseAfterLinkBox(lines, index, words)
        : undefined;
      const resuming = resumes === undefined ? undefined : lines[resumes];
      if (resumes === undefined || !resuming) {
        bodyEnd = line.start;
        break;
      }
      boxes.push([line.start, resuming.start]);
      resumeAt = resumes;
      continue;
    }
    if (isProse(trimmed)) proseSeen++;
  }
  // Kept lines are copied as they are, furniture lines become as many spaces (a line holds no "\n").
  const parts: string[] = [];
  let copied = 0;
  for (const line of lines) {
    const trimmed = line.text.trim();
    const furniture =
      line.start >= bodyEnd ||
      boxes.some(([from, to]) => line.start >= from && line.start < to) ||
      isLineFurniture(trimmed, words);
    if (!furniture) continue;
    parts.push(original.slice(copied, line.start), " ".repeat(line.end - line.start));
    copied = line.end;
  }
  parts.push(original.slice(copied));
  return { text: parts.join(""), bodyEnd };
}
