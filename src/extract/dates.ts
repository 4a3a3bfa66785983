/**
 * Dates in running text: absolute ("16 October 2016", "Oct. 16", "mid-February", "in 2017") and
 * relative to the publication date ("on Friday", "Thursday night", "last week", "earlier this year").
 * Month or day names without a year take the latest such date not after the publication date,
 * or the year the text is talking about when an earlier sentence named one (`focusYear`).
 */
import type { PartialDate } from "../model";
import {
  alternation,
  ANCHORED_COUNT_DIRECTIONS,
  ANCHORED_DATE_PHRASES,
  CLAUSE_COORDINATORS,
  COUNT_WORDS,
  FUTURE_AUXILIARIES,
  SUBORDINATORS,
} from "./lexicon/words";
import { CueIndex, isCandidate } from "./pattern-cue";
import { isCapitalized } from "./text";

export interface DayDate {
  year: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  start: number;
  end: number;
  date: PartialDate;
  /** True when the expression named a year itself (it then sets the discourse's focus year). */
  explicitYear: boolean;
}

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const pad = (n: number) => String(n).padStart(2, "0");

/** A date of one shape whatever its precision (absent parts are `undefined`). */
export const dayDate = (year: number, month?: number, day?: number): DayDate => ({ year, month, day });

export function formatDate(d: DayDate): PartialDate {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function parsePartialDate(date: PartialDate): DayDate {
  const [y, m, d] = date.split("-").map(Number);
  return dayDate(y!, m, d);
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const toDay = (date: Date): DayDate => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});
export const weekdayOf = (y: number, m: number, d: number) => utc(y, m, d).getUTCDay();

function shiftDays(anchor: DayDate, days: number): DayDate {
  return toDay(new Date(utc(anchor.year, anchor.month ?? 1, anchor.day ?? 1).getTime() + days * 86_400_000));
}

/** Year of a month/day written without one: the latest occurrence not after the anchor. */
function yearFor(month: number, day: number | undefined, anchor: DayDate | undefined): number | undefined {
  if (!anchor) return undefined;
  if (anchor.month === undefined) return anchor.year;
  const after = month > anchor.month || (month === anchor.month && (day ?? 1) > (anchor.day ?? 31) + 2);
  return after ? anchor.year - 1 : anchor.year;
}

const notAfter = (d: DayDate, anchor: DayDate | undefined) =>
  !anchor || formatDate(d) <= formatDate(dayDate(anchor.year, anchor.month ?? 12, anchor.day ?? 31));

/** A raw date expression before its year is settled. */
interface RawDate {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** Already a full date (relative expressions resolved against the anchor). */
  resolved?: DayDate;
  explicit: boolean;
  /** "June last year": the year is the anchor's plus this offset. */
  yearOffset?: number;
  /** "last November": the latest such month before the anchor's own month. */
  previousOnly?: boolean;
  /** "the following year": the date named before it moved on by this much. */
  shift?: DateShift;
}

/** What a pattern read of a date expression, before its place in the text is added. */
type RawReading = Omit<RawDate, "start" | "end">;

/** A raw date of one shape whatever the pattern read (absent parts are `undefined`). */
function rawDate(start: number, end: number, r: RawReading): RawDate {
  return {
    start,
    end,
    year: r.year,
    month: r.month,
    day: r.day,
    resolved: r.resolved,
    explicit: r.explicit,
    yearOffset: r.yearOffset,
    previousOnly: r.previousOnly,
    shift: r.shift,
  };
}

/** The month names and abbreviations of `MONTHS` as one regex alternation (no group). */
export const MONTH_ALTERNATION = Object.keys(MONTHS).join("|");
const MONTH_NAMES = `(${MONTH_ALTERNATION})`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";
/**
 * What a pattern's matches always hold, tested once per sentence so most patterns are never run:
 * a digit, a word starting like a month name, or "Christmas".
 */
interface Needs {
  digit: boolean;
  month: boolean;
  christmas: boolean;
}
const MONTH_START = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const PATTERNS: Array<{
  re: RegExp;
  needs: Partial<Needs>;
  read: (m: RegExpExecArray) => RawReading | undefined;
}> = [
  {
    // "October 16, 2016", "Oct. 16", "August 19"
    needs: { month: true, digit: true },
    re: new RegExp(`\\b${MONTH_NAMES}\\.? ${DAY}\\b(?:,? ${YEAR}\\b)?`, "gi"),
    read: (m) => {
      const day = Number(m[2]);
      if (day < 1 || day > 31 || !isCapitalized(m[1]!)) return undefined;
      return {
        month: MONTHS[m[1]!.toLowerCase()]!,
        day,
        year: m[3] ? Number(m[3]) : undefined,
        explicit: !!m[3],
      };
    },
  },
  {
    // "16 October 2016", "28 FEBRUARY 2017", "29 August", "7th of March", "14-Sep-2021"
    needs: { month: true, digit: true },
    re: new RegExp(`\\b${DAY}(?: of |[ -])${MONTH_NAMES}\\.?(?:(?:,? |-)${YEAR})?\\b`, "gi"),
    read: (m) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31 || !isCapitalized(m[2]!)) return undefined;
      return {
        month: MONTHS[m[2]!.toLowerCase()]!,
        day,
        year: m[3] ? Number(m[3]) : undefined,
        explicit: !!m[3],
      };
    },
  },
  {
    // "in June last year", "June of this year": a month in a year named relative to publication.
    needs: { month: true },
    re: new RegExp(
      `\\b(?:(?:in|during|early|late|mid)[- ])?${MONTH_NAMES}\\b(?:,?\\s+of)?,?\\s+(last|this|next) year\\b`,
      "gi",
    ),
    read: (m) =>
      isCapitalized(m[1]!)
        ? {
            month: MONTHS[m[1]!.toLowerCase()]!,
            yearOffset: m[2]!.toLowerCase() === "last" ? -1 : m[2]!.toLowerCase() === "next" ? 1 : 0,
            explicit: true,
          }
        : undefined,
  },
  {
    // "last November": the latest November before the month of publication.
    needs: { month: true },
    re: new RegExp(`\\blast ${MONTH_NAMES}\\b`, "gi"),
    read: (m) =>
      isCapitalized(m[1]!)
        ? { month: MONTHS[m[1]!.toLowerCase()]!, previousOnly: true, explicit: false }
        : undefined,
  },
  {
    // "in March", "mid-February", "March 2018", "Sept. 2024", "early June"
    needs: { month: true },
    re: new RegExp(
      `\\b(?:(?:in|since|during|until|by|early|late|mid|from|between)[- ])?${MONTH_NAMES}\\b(?:\\.? (?:of )?${YEAR}\\b)?`,
      "gi",
    ),
    read: (m) => {
      const word = m[1]!;
      // Month names double as verbs and names ("may", "Theresa May"): take capitalised ones, and
      // "May" only after a preposition or before a year.
      if (!isCapitalized(word)) return undefined;
      const anchored = /^(in|since|during|until|by|early|late|mid|from|between)[- ]/i.test(m[0]) || !!m[2];
      if (/^may$/i.test(word) && !anchored) return undefined;
      return { month: MONTHS[word.toLowerCase()]!, year: m[2] ? Number(m[2]) : undefined, explicit: !!m[2] };
    },
  },
  {
    // "2022.06.27", "2022-06-27", "2022/06/27", "2022-06-27T08:00:00Z"
    needs: { digit: true },
    re: /\b((?:19|20)\d{2})[./-](\d{1,2})[./-](\d{1,2})(?:\b|(?=T\d))/g,
    read: (m) => {
      const month = Number(m[2]);
      const day = Number(m[3]);
      return month >= 1 && month <= 12 && day >= 1 && day <= 31
        ? { year: Number(m[1]), month, day, explicit: true }
        : undefined;
    },
  },
  {
    // "22.10.2020", "06-02-2024", "06/02/2024": day first, as most of the world writes it (month
    // first only when the second number cannot be a month).
    needs: { digit: true },
    re: /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})\b/g,
    read: (m) => {
      const [first, second] = [Number(m[1]), Number(m[3])];
      const [day, month] = second > 12 ? [second, first] : [first, second];
      return month >= 1 && month <= 12 && day >= 1 && day <= 31
        ? { year: Number(m[4]), month, day, explicit: true }
        : undefined;
    },
  },
  {
    // "just before Christmas", "on Christmas Eve 2015": a holiday names its December day.
    needs: { christmas: true },
    re: new RegExp(`\\bChristmas(?: (Eve|Day))?(?:,? ${YEAR})?\\b`, "g"),
    read: (m) => ({
      month: 12,
      day: m[1] === "Eve" ? 24 : 25,
      year: m[2] ? Number(m[2]) : undefined,
      explicit: !!m[2],
    }),
  },
  {
    needs: { digit: true },
    re: new RegExp(`\\b${YEAR}\\b`, "g"),
    read: (m) => ({ year: Number(m[1]), explicit: true }),
  },
];

/** The first month of each season (northern hemisphere, where most sources are written). */
const SEASON_FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const SEASONS = Object.keys(SEASON_FIRST_MONTH).join("|");

/** A future or modal verb group ("will", "could face", "is going to"), not a past modal ("may have"). */
const AHEAD = new RegExp(String.raw`\b(?:${alternation(FUTURE_AUXILIARIES)})\b(?!\s+have\b)`, "i");

/**
 * Whether the clause holding a date (`start`-`end` in `text`) is told ahead: its comma-bounded
 * stretch, or the clause after the comma of a date that opens the sentence ("This winter, ...").
 */
function toldAhead(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).split(/[,;:]/).pop()!;
  const rest = text.slice(end);
  const fronted = /^\s*(?:\S+\s+)?$/.test(before);
  const after = (fronted ? rest.replace(/^\s*,/, "") : rest).split(/[,;:]/)[0]!;
  return AHEAD.test(`${before} ${after}`);
}

/** What every relative expression holds: a cheap test that spares their scans. */
const RELATIVE_CUE = new RegExp(`day|night|morning|evening|week|month|year|tonight|${SEASONS}`, "i");

/** How many, before "days/weeks/months/years ago": "a", a count word of the lexicon, or digits (group 1). */
const COUNT = `(an?|${alternation(COUNT_WORDS)}|\\d{1,2})`;

const RELATIVE: Array<{ re: RegExp; read: (m: RegExpExecArray, anchor: DayDate) => DayDate | undefined }> = [
  {
    // A weekday before a full date ("Thursday, March 7, 2024") is part of that date, not a relative one.
    // So is one before a day and month ("Sunday 2 March", "Sunday, March 2").
    re: /\b(?:on |last |this |late |early )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?!,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))/gi,
    read: (m, a) => {
      if (a.month === undefined || a.day === undefined) return undefined;
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const back = (weekdayOf(a.year, a.month, a.day) - target + 7) % 7;
      return shiftDays(a, -(back === 0 && /^last/i.test(m[0]) ? 7 : back));
    },
  },
  {
    re: /\b(today|tonight|this morning|this afternoon|this evening)\b/gi,
    read: (_m, a) => (a.day ? a : undefined),
  },
  { re: /\byesterday\b/gi, read: (_m, a) => (a.day ? shiftDays(a, -1) : undefined) },
  {
    // "last week", "last weekend": the month a week before publication.
    re: /\b(last|past) week(?:end)?\b/gi,
    read: (_m, a) => {
      if (!a.day) return undefined;
      const d = shiftDays(a, -7);
      return dayDate(d.year, d.month);
    },
  },
  {
    // "two weeks ago": the month that many weeks before publication; "three days ago": that day.
    re: new RegExp(`\\b${COUNT} (weeks?|days?) ago\\b`, "gi"),
    read: (m, a) => {
      if (!a.day) return undefined;
      const week = /^week/i.test(m[2]!);
      const d = shiftDays(a, -countWord(m[1]!) * (week ? 7 : 1));
      return week ? dayDate(d.year, d.month) : d;
    },
  },
  { re: /\b(this|earlier this|later this) month\b/gi, read: (_m, a) => dayDate(a.year, a.month) },
  {
    re: /\blast month\b/gi,
    read: (_m, a) =>
      a.month ? dayDate(a.month === 1 ? a.year - 1 : a.year, a.month === 1 ? 12 : a.month - 1) : undefined,
  },
  { re: /\b(this|earlier this|later this|so far this) year\b/gi, read: (_m, a) => dayDate(a.year) },
  {
    // "last spring", "this autumn": the year of that season.
    re: new RegExp(`\\b(last|this|earlier this) (${SEASONS})\\b`, "gi"),
    read: (m, a) => {
      const first = SEASON_FIRST_MONTH[m[2]!.toLowerCase()]!;
      const winter = first === 12;
      if (!/^last/i.test(m[1]!)) {
        // "this winter" from September to November is the coming one, the next year's, only in a clause
        // told ahead ("will", "could"); told in the past, or once December has come, it is the winter
        // already begun: an attack then fell in the publication year.
        const coming = winter && a.month !== undefined && a.month >= 9 && a.month < 12;
        return dayDate(coming && toldAhead(m.input, m.index, m.index + m[0].length) ? a.year + 1 : a.year);
      }
      // The latest such season over before the publication month (a winter over counts in the year of
      // its January); a publication dated only by its year cannot tell that year's season from the one before.
      if (a.month === undefined) return undefined;
      const lastMonth = winter ? 2 : first + 2;
      return dayDate(lastMonth < a.month ? a.year : a.year - 1);
    },
  },
  { re: /\blast year\b/gi, read: (_m, a) => dayDate(a.year - 1) },
  {
    // "two years ago", "about three years ago": the year that many years before publication.
    re: new RegExp(`\\b${COUNT} years? ago\\b`, "gi"),
    read: (m, a) => dayDate(a.year - countWord(m[1]!)),
  },
  {
    // "two months ago": the month that many months before publication.
    re: new RegExp(`\\b${COUNT} months? ago\\b`, "gi"),
    read: (m, a) => shiftFrom(a, { unit: "month", by: -countWord(m[1]!) }),
  },
];

/**
 * The words each relative pattern needs (pattern-cue.ts), looked for in one pass over a sentence
 * that holds a relative cue: of the twelve patterns, one or two can match such a sentence.
 */
const RELATIVE_CUES = new CueIndex(RELATIVE.map(({ re }) => re));

/** "a", "two", "12": how many. */
const countWord = (w: string) =>
  /^an?$/i.test(w) ? 1 : /^\d+$/.test(w) ? Number(w) : COUNT_WORDS.indexOf(w.toLowerCase()) + 1;

/** How far a date told from the one named before it lies from that one, in years or in months. */
interface DateShift {
  unit: "year" | "month";
  by: number;
}

/** Each phrase of the lexicon (lower case) with its shift. */
const ANCHORED_SHIFTS = new Map<string, DateShift>(
  ANCHORED_DATE_PHRASES.map(({ phrase, years, months }) => [
    phrase,
    months !== undefined ? { unit: "month", by: months } : { unit: "year", by: years ?? 0 },
  ]),
);

/**
 * "the following year", "that same year", "two months later" (count in group 2, unit in group 3, direction
 * in group 4): not a possessive ("the following year's budget") nor a word joined by a hyphen, and a phrase
 * ending "before"/"after" only without a complement ("the year before the vote" is told from the vote).
 */
/** What may follow "the year before" as a new clause rather than its complement ("the year before, when …"; "as" too). */
const CLAUSE_AFTER_ANCHOR = alternation([...CLAUSE_COORDINATORS, ...SUBORDINATORS, "as"]);

const ANCHORED = new RegExp(
  String.raw`\b(?:(${alternation(ANCHORED_SHIFTS.keys())})|${COUNT} (years?|months?) (${alternation(Object.keys(ANCHORED_COUNT_DIRECTIONS))}))\b(?![-'’])(?!(?<=before|after)\s+(?!(?:${CLAUSE_AFTER_ANCHOR})\b)\w)`,
  "gi",
);

/** The shift an anchored phrase match tells. */
function shiftOf(m: RegExpMatchArray): DateShift {
  if (m[1]) return ANCHORED_SHIFTS.get(m[1].toLowerCase().replace(/\s+/g, " "))!;
  const by = countWord(m[2]!) * ANCHORED_COUNT_DIRECTIONS[m[4]!.toLowerCase()]!;
  return { unit: /^year/i.test(m[3]!) ? "year" : "month", by };
}

/**
 * The date a shift lands on from the date named before it: the year, or the month when the shift counts
 * months (undefined when that date names none).
 */
function shiftFrom(base: DayDate, shift: DateShift): DayDate | undefined {
  if (shift.unit === "year") return dayDate(base.year + shift.by);
  if (base.month === undefined) return undefined;
  const months = base.year * 12 + base.month - 1 + shift.by;
  return dayDate(Math.floor(months / 12), (months % 12) + 1);
}

/** What joins the two ends of a date range ("May to July", "March and April", "2019-2021"). */
export const RANGE_JOINER = /^\s*(?:and|to|-|–|through|until)\s*$/i;

/** Whether no date already read overlaps `start`–`end`. */
function isFree(raw: readonly RawDate[], start: number, end: number): boolean {
  return !raw.some((f) => start < f.end && end > f.start);
}

/**
 * Every date expression in `text` (offsets relative to `text` plus `base`), earliest first.
 * Overlapping matches keep the first pattern's (most precise) one. A month without a year reads
 * forward from an earlier date of the same sentence ("on October 16 and again in mid-February"),
 * else in the year the discourse is about (`focusYear`), else backward from the anchor.
 */
export function findDates(
  text: string,
  anchor: DayDate | undefined,
  focusYear?: number,
  base = 0,
): DateMention[] {
  const raw: RawDate[] = [];
  const has: Needs = {
    digit: /\d/.test(text),
    month: MONTH_START.test(text),
    christmas: text.includes("Christmas"),
  };
  for (const { re, needs, read } of PATTERNS) {
    if ((needs.digit && !has.digit) || (needs.month && !has.month) || (needs.christmas && !has.christmas))
      continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = read(m);
      if (r && isFree(raw, m.index, m.index + m[0].length))
        raw.push(rawDate(m.index, m.index + m[0].length, r));
    }
  }
  if (anchor && RELATIVE_CUE.test(text)) {
    const candidates = RELATIVE_CUES.candidates(text);
    for (const [i, { re, read }] of RELATIVE.entries()) {
      if (!isCandidate(candidates, i)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const d = read(m, anchor);
        if (d && isFree(raw, m.index, m.index + m[0].length))
          raw.push(rawDate(m.index, m.index + m[0].length, { resolved: d, explicit: /year/i.test(m[0]) }));
      }
    }
  }
  if (/\b(?:year|month)/i.test(text)) {
    for (const m of text.matchAll(ANCHORED)) {
      if (isFree(raw, m.index, m.index + m[0].length))
        // Not a year the text now speaks of: it tells one event's date from another's, and the next
        // sentence may return to the first.
        raw.push(rawDate(m.index, m.index + m[0].length, { shift: shiftOf(m), explicit: false }));
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const found: DateMention[] = [];
  let previous: DayDate | undefined;
  for (const [i, r] of raw.entries()) {
    let d: DayDate | undefined = r.resolved;
    // "the following year": from the date named before it in the sentence, else the year the text speaks
    // of, else (no event named before) publication, when that puts it no later than publication.
    if (r.shift) {
      const base = previous ?? (focusYear !== undefined ? dayDate(focusYear) : undefined);
      const fromPublication = !base && anchor ? shiftFrom(anchor, r.shift) : undefined;
      d = base
        ? shiftFrom(base, r.shift)
        : fromPublication && notAfter(fromPublication, anchor)
          ? fromPublication
          : undefined;
    }
    if (!d && r.year !== undefined) d = dayDate(r.year, r.month, r.day);
    if (!d && r.month !== undefined && (r.yearOffset !== undefined || r.previousOnly)) {
      if (!anchor) continue;
      const year =
        r.yearOffset !== undefined
          ? anchor.year + r.yearOffset
          : r.month < (anchor.month ?? 13)
            ? anchor.year
            : anchor.year - 1;
      d = dayDate(year, r.month);
    }
    // "in April and May 2007", "between May and July 2025": the month takes the year of the one it is joined to.
    const joined = raw[i + 1];
    // "from March to May of last year": the joined month's year may be relative to publication.
    const joinedYear =
      joined?.year ??
      (joined?.yearOffset !== undefined && anchor ? anchor.year + joined.yearOffset : undefined);
    if (
      !d &&
      r.month !== undefined &&
      joinedYear !== undefined &&
      joined?.month !== undefined &&
      RANGE_JOINER.test(text.slice(r.end, joined.start))
    )
      d = dayDate(r.month <= joined.month ? joinedYear : joinedYear - 1, r.month, r.day);
    if (!d && r.month !== undefined) {
      let year: number | undefined;
      if (previous?.month !== undefined) {
        const before =
          r.month < previous.month || (r.month === previous.month && (r.day ?? 31) < (previous.day ?? 1));
        const candidate = dayDate(previous.year + (before ? 1 : 0), r.month, r.day);
        if (notAfter(candidate, anchor)) year = candidate.year;
      }
      // The year under discussion, unless that would put the date after publication.
      if (
        year === undefined &&
        focusYear !== undefined &&
        notAfter(dayDate(focusYear, r.month, r.day), anchor)
      )
        year = focusYear;
      year ??= yearFor(r.month, r.day, anchor);
      if (year !== undefined) d = dayDate(year, r.month, r.day);
    }
    if (!d) continue;
    previous = d;
    found.push({ start: base + r.start, end: base + r.end, date: formatDate(d), explicitYear: r.explicit });
  }
  return found;
}

/** True when one partial date refines the other ("2022-08" and "2022-08-26"), or either is missing. */
export function datesCompatible(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Days between two partial dates (missing parts read as the first of the month/year). */
export function daysBetween(a: PartialDate, b: PartialDate): number {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  const t = (d: DayDate) => utc(d.year, d.month ?? 1, d.day ?? 1).getTime();
  return Math.abs(t(x) - t(y)) / 86_400_000;
}

export const morePrecise = (a: PartialDate, b: PartialDate): PartialDate => (a.length >= b.length ? a : b);
