/**
 * Document metadata: title, publisher and publication date. The date comes from what the reader was
 * given (a dump record's field, HTML meta tags, JSON-LD), else from the page itself: "Published"
 * and "Updated" lines or byline fields, the address on a scraper's `Source:` line, datelines
 * such as "28 FEBRUARY 2017", "Podgorica, 29 August 2022 (TDI)", "BRUSSELS, Jan 14 (Reuters)",
 * "MINSK, 22.09.2026 (MTA)", "Press TV | May 23, 2019"), and last the place-and-date line that
 * signs off a press release. A dateline without a year takes the latest year in which its day
 * falls on the weekday the story names ("on Friday"), so wire copy still gets a full date.
 */
import type { DocumentMeta, PartialDate } from "../model";
import { PARTIAL_DATE_PATTERN } from "../model/types";
import { findDates, formatDate, MONTHS, parsePartialDate, weekdayOf, WEEKDAYS, type DayDate } from "./dates";
import type { Sentence } from "./sentences";
import type { SourceDocument } from "./types";
import { EXTRACTION_DEFAULTS } from "./defaults";
import { matchesOf } from "./text";
import { GOVERNMENT_SITE_HEADS } from "./lexicon/words";

export interface DocumentMetadata {
  meta: DocumentMeta;
  /** The publication date as the anchor for relative dates, when one was found. */
  anchor?: DayDate;
  /** Where the story is filed from ("WASHINGTON" in "WASHINGTON, Dec 19 (Reuters)"). */
  place?: string;
  warnings: string[];
}

/**
 * "BRUSSELS, Jan 14 (Reuters)", "Podgorica, 29 August 2022 (TDI)", "RIGA, 04.03.2025 (LETA)": place, date, agency.
 * A numeric date is read day first only with dots (or year first with dashes): "03/04/2025" may be either.
 * A year of another calendar is followed by the common era's in brackets ("Pyongyang, May 3, Juche 116 (2027) (KCNA)").
 */
const DATELINE_AGENCY =
  /^[ \t]*(?<place>[\p{Lu}][\p{L} .,'-]{1,40}?),?[ \t]+(?:(?<day>\d{1,2}) (?<month>[A-Za-z]+)|(?<monthFirst>[A-Za-z]+)\.? (?<dayAfter>\d{1,2})|(?<numeric>\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}))(?:,? (?<year>(?:19|20)\d{2})|,? \p{Lu}\p{L}+ \d{1,3} \((?<calendarYear>(?:19|20)\d{2})\))?\s*\((?<agency>[^)]{2,40})\)/mu;
/**
 * "World News | December 19, 2017": a short head, a pipe, a date. A line holding only spaces and tabs
 * is passed over first (it holds no pipe): a page's indented markup has long runs of them, and the
 * engine tried every split of such a run between the margin and the head, some 20 ms a page.
 */
const PIPE_DATELINE =
  /^(?![ \t]*(?:\n|(?![\s\S])))[ \t]*([^|\n]{2,40}?)[ \t]*\|\s*[A-Z][a-z]+\.? \d{1,2},? (?:19|20)\d{2}/m;
const COPYRIGHT =
  /^[ \t]*©[ \t]*(?:\d{4}\s+)?([\p{Lu}][\p{L} &.'-]{2,60}?)(?:\s+(?:Limited|Ltd|Inc|LLC|plc))?\s*(?:\d{4})?\s*$/mu;

/** "World News | December 19, 2017" above "WASHINGTON, Dec 19 (Reuters)": the page states the dateline's year itself. */
function sameDayWithYear(head: string, month: number, day: number): number | undefined {
  const pad = (n: number) => String(n).padStart(2, "0");
  const full = findDates(head, undefined).find(
    (d) => d.explicitYear && d.date.length === 10 && d.date.endsWith(`-${pad(month)}-${pad(day)}`),
  );
  return full ? Number(full.date.slice(0, 4)) : undefined;
}

const NAMED_WEEKDAY =
  /\b(?:on|last|this|late|early)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;

const weekdaysIn = (text: string) =>
  new Set(matchesOf(NAMED_WEEKDAY, text).map((m) => WEEKDAYS.indexOf(m[1]!.toLowerCase())));

/**
 * The paragraph a dateline opens: its weekday is the day the story is filed (or the one before),
 * while later paragraphs name the days of what they recall ("on Sunday" of an old attack).
 */
function leadAfter(text: string, agency: string): string {
  const start = text.indexOf(`(${agency})`);
  if (start < 0) return "";
  const end = text.slice(start).search(/\n[ \t]*\n/);
  return end < 0 ? text.slice(start) : text.slice(start, start + end);
}

function inferYear(
  month: number,
  day: number,
  text: string,
  lead: string,
  referenceYear: number,
): number | undefined {
  const inLead = weekdaysIn(lead);
  const named = inLead.size ? inLead : weekdaysIn(text);
  if (named.size === 0) return undefined;
  // Wire copy names the day it is filed ("on Friday"): the latest year in which the dateline falls
  // on a weekday the story names, else on the day after one; years the text itself names first.
  const mentioned = [...new Set(matchesOf(/\b((?:19|20)\d{2})\b/g, text).map((m) => Number(m[1])))]
    .filter((y) => y <= referenceYear)
    .sort((a, b) => b - a);
  // A story recalling last year's events names that year, not its own.
  if (mentioned[0] !== undefined && mentioned[0] < referenceYear) mentioned.push(mentioned[0] + 1);
  for (let back = 0; back <= 2; back++) {
    for (const year of mentioned) {
      if (day - back >= 1 && named.has(weekdayOf(year, month, day - back))) return year;
    }
  }
  for (let back = 0; back <= 2; back++) {
    for (let year = referenceYear; year > referenceYear - 30; year--) {
      if (day - back >= 1 && named.has(weekdayOf(year, month, day - back))) return year;
    }
  }
  return undefined;
}

/** "Source: https://outlet.example/news/2021/03/04/slug" as scrapers write it on the first line. */
const SOURCE_LINE = /^[ \t]*(?:source|url|link)\s*:\s*(https?:\/\/\S+)/im;
/** A date in an address: /2021/03/04/, /2021-03-04-, /20210304/, or /2021/03/ alone. */
const URL_DATE =
  /[/_-]((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)|\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//;
/**
 * "Published: 4 March 2021", "Updated 10:42 GMT, March 4, 2021", "Posted on 2021-03-04", "First published on ...",
 * at the start of a line or as one field of a byline ("By A. Writer | Published Monday, 3 May 2021 | 4 min read").
 */
const PUBLISHED_LINE =
  /(?:^|[|·•])[ \t]*(?:first\s+)?(published|posted|updated|last updated|modified|date)\b(?!\s+(?:of|for)\b)\s*(?:on|at)?\s*:?\s*([^|·•\n]{4,80}?)[ \t]*(?=[|·•]|$)/gim;
/** Machine-readable dates a page or a scraper left in the text: meta tags, JSON-LD, a record's field. */
const MARKUP_DATE =
  /(?:article:published_time|datePublished|date_published|publish(?:ed)?_?(?:date|at|time)|pubdate)["']?\s*(?:content\s*=\s*|[:=]\s*)["']((?:19|20)\d{2}-\d{2}-\d{2})/i;

/** How far into a page its head's markup is read (meta tags, JSON-LD). */
const MARKUP_CHARS = 200_000;

/** The publication date written in a page's markup (meta `article:published_time`, JSON-LD `datePublished`). */
export function publishedInMarkup(source: string): PartialDate | undefined {
  const m = MARKUP_DATE.exec(source.slice(0, MARKUP_CHARS));
  return m ? m[1] : undefined;
}

/** The publisher or author a page's JSON-LD names ("publisher": {"@type": "GovernmentOrganization", "name": "Ministry of X"}). */
const MARKUP_ISSUER =
  /"(?<role>publisher|author)"\s*:\s*\{(?<body>(?:[^{}]|\{[^{}]*\})*?)"name"\s*:\s*"(?<name>[^"]{2,160})"/g;
/** The site's own name in its meta tags (`og:site_name`, `dcterms.creator`). */
const SITE_NAME =
  /<meta\s[^>]*?(?:property|name)\s*=\s*["'](?:og:site_name|dcterms\.creator)["'][^>]*?\scontent\s*=\s*["']([^"'<>]{2,160})["']/gi;
/** The last part of a page's title after a separator: the site ("... | U.S. Department of the Treasury"). */
const TITLE_SUFFIX = /<title[^>]*>[^<]*?\s[|\u2013\u2014-]\s+([^<|\u2013\u2014]{2,120}?)\s*<\/title>/i;
/** A JSON-LD body typed as a government's ("@type": "GovernmentOrganization"). */
const GOVERNMENT_TYPE = /"@type"\s*:\s*"GovernmentOrganization"/;

/** A name the markup gives the page's issuer, and whether it says the issuer is a government body. */
interface MarkupName {
  name: string;
  government: boolean;
}

/**
 * Who a page's markup names as its issuer, the site's owner first (JSON-LD publisher, the site name
 * in its meta tags, its title's suffix), then the JSON-LD author (a department of the owner, a
 * writer): the owner speaks for the page.
 */
function markupNames(source: string): MarkupName[] {
  const head = source.slice(0, MARKUP_CHARS);
  const jsonLd = matchesOf(MARKUP_ISSUER, head).map((m) => {
    // Every named group of the pattern takes part in a match.
    const { role, name, body } = m.groups as { role: string; name: string; body: string };
    return { role, name: name.trim(), government: GOVERNMENT_TYPE.test(body) };
  });
  const site = [...matchesOf(SITE_NAME, head).map((m) => m[1]!), TITLE_SUFFIX.exec(head)?.[1]]
    .filter((name) => name !== undefined)
    .map((name) => ({ name: name.trim(), government: false }));
  const names = [
    ...jsonLd.filter((n) => n.role === "publisher"),
    ...site,
    ...jsonLd.filter((n) => n.role === "author"),
  ].map(({ name, government }) => ({ name, government }));
  // A name given twice is a government body's if either says so.
  return names
    .filter((n, i) => names.findIndex((o) => o.name === n.name) === i)
    .map((n) => ({ ...n, government: names.some((o) => o.name === n.name && o.government) }));
}

/** Who a page's markup names as its issuer, the site's owner first. */
export function issuersInMarkup(source: string): string[] {
  return markupNames(source).map((n) => n.name);
}

/** Words that make a site's name a government body's ("Ministry of X", "Ministero degli Affari Esteri"). */
const GOVERNMENT_SITE_NAME = new RegExp(
  String.raw`^(?:[\p{L}.]+\s+){0,2}(?:${GOVERNMENT_SITE_HEADS.join("|")})\b`,
  "iu",
);

/**
 * The government body a page's markup says issues it: one its JSON-LD types as a government
 * organization, else a site name headed by a ministry or department ("U.S. Department of the
 * Treasury"). A news site's name is neither: an outlet reports attributions, it does not make them.
 */
export function issuingBodyInMarkup(source: string): string | undefined {
  const names = markupNames(source);
  return (names.find((n) => n.government) ?? names.find((n) => GOVERNMENT_SITE_NAME.test(n.name)))?.name;
}

/** The date in the address on a `Source:` line. */
export function publishedInSourceUrl(original: string): DayDate | undefined {
  const source = SOURCE_LINE.exec(original.slice(0, EXTRACTION_DEFAULTS.sourceLineChars));
  if (!source) return undefined;
  const m = URL_DATE.exec(source[1]!);
  if (!m) return undefined;
  return m[1]
    ? { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }
    : { year: Number(m[5]), month: Number(m[6]) };
}

/** The first full date on a "Published ..." line near the top; a "Published" line wins over "Updated". */
function publishedLine(head: string): DayDate | undefined {
  let updated: DayDate | undefined;
  for (const m of matchesOf(PUBLISHED_LINE, head)) {
    const date = findDates(m[2]!, undefined).find((d) => d.explicitYear && d.date.length === 10);
    if (!date) continue;
    if (/^(published|posted|date)$/i.test(m[1]!)) return parsePartialDate(date.date);
    updated ??= parsePartialDate(date.date);
  }
  return updated;
}

/** What may stand before a sign-off date on its line: the place it was issued in ("Brno, "). */
const SIGN_OFF_PLACE = /^\s*(?:\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*){0,3}\s*,\s*)?$/u;

/**
 * "Tbilisi, 14 October 2026" on a line of its own at the foot of a press release or an advisory:
 * the date it was issued. Only a line holding nothing but the date and the place, the last such
 * one, so that a dated entry of a timeline ("14 October 2026: the ministry ...") is never taken.
 */
function signOffDate(original: string): DayDate | undefined {
  const lines = original.slice(-EXTRACTION_DEFAULTS.pageTailChars).split("\n").reverse();
  for (const line of lines) {
    const full = findDates(line, undefined).find((d) => d.explicitYear && d.date.length === 10);
    if (full && SIGN_OFF_PLACE.test(line.slice(0, full.start)) && /^\s*\.?\s*$/.test(line.slice(full.end)))
      return parsePartialDate(full.date);
  }
  return undefined;
}

/** The top of a page, where its dateline, byline and "Published" lines are, and its agency dateline if any. */
interface PageHead {
  text: string;
  dateline: RegExpExecArray | null;
}

function findPublished(
  original: string,
  cleaned: string,
  head: PageHead,
  referenceYear: number,
  given: PartialDate | undefined,
): DayDate | undefined {
  const explicit = given ?? publishedInMarkup(original);
  if (explicit && PARTIAL_DATE_PATTERN.test(explicit)) return parsePartialDate(explicit);
  const line = publishedLine(head.text);
  if (line) return line;
  const dateline = head.dateline?.groups;
  if (dateline?.numeric) {
    const full = findDates(dateline.numeric, undefined).find((d) => d.date.length === 10);
    if (full) return parsePartialDate(full.date);
  } else if (dateline) {
    const month = MONTHS[(dateline.month ?? dateline.monthFirst ?? "").toLowerCase()];
    const day = Number(dateline.day ?? dateline.dayAfter);
    if (month && day >= 1 && day <= 31) {
      const given = dateline.year ?? dateline.calendarYear;
      const year = given
        ? Number(given)
        : (sameDayWithYear(head.text, month, day) ??
          inferYear(month, day, cleaned, leadAfter(cleaned, dateline.agency ?? ""), referenceYear));
      if (year) return { year, month, day };
    }
  }
  const fromUrl = publishedInSourceUrl(original);
  if (fromUrl) return fromUrl;
  // Otherwise a full date standing on a short line of its own near the top (a byline or a date
  // line). A date inside running prose is when something happened, not when the page was written.
  for (const line of head.text.split("\n")) {
    if (line.trim().length > EXTRACTION_DEFAULTS.dateLineChars) continue;
    const full = findDates(line, undefined).find((d) => d.explicitYear && d.date.length === 10);
    if (full) return parsePartialDate(full.date);
  }
  return signOffDate(original);
}

function findPublisher(original: string, head: PageHead): string | undefined {
  const agency = head.dateline?.groups?.agency;
  if (agency) return agency.trim();
  const pipe = PIPE_DATELINE.exec(head.text);
  if (pipe) return pipe[1]!.trim();
  // Most pages have no copyright sign: the multiline pattern would try every line of the page.
  const copyright = original.includes("©") ? COPYRIGHT.exec(original) : null;
  return copyright ? copyright[1]!.trim() : undefined;
}

function findTitle(sentences: Sentence[]): string {
  const headline = sentences.slice(0, 6).find((s) => s.headline && s.text.split(/\s+/).length >= 4);
  const chosen = headline ?? sentences[0];
  if (!chosen) return "";
  return chosen.text.length > 200 ? `${chosen.text.slice(0, 197)}…` : chosen.text;
}

export interface MetadataInput {
  document: SourceDocument;
  cleaned: string;
  sentences: Sentence[];
  /** Latest year a dateline without a year may fall in. */
  referenceYear: number;
}

export function readMetadata({
  document,
  cleaned,
  sentences,
  referenceYear,
}: MetadataInput): DocumentMetadata {
  const { id, text: original } = document;
  const warnings: string[] = [];
  if (document.published !== undefined && !PARTIAL_DATE_PATTERN.test(document.published))
    warnings.push(`publication date "${document.published}" is not an ISO date: read from the text instead`);
  const headText = original.slice(0, EXTRACTION_DEFAULTS.pageHeadChars);
  const head: PageHead = { text: headText, dateline: DATELINE_AGENCY.exec(headText) };
  const anchor = findPublished(original, cleaned, head, referenceYear, document.published);
  if (!anchor) warnings.push("no publication date found: relative dates are left unresolved");
  const publisher = findPublisher(original, head);
  const meta: DocumentMeta = {
    id,
    title: document.title?.trim() || findTitle(sentences) || id,
    chars: original.length,
  };
  if (publisher) meta.publisher = publisher;
  if (anchor) meta.published = formatDate(anchor);
  const url = document.url ?? SOURCE_LINE.exec(original.slice(0, EXTRACTION_DEFAULTS.sourceLineChars))?.[1];
  if (url) meta.url = url;
  const place = head.dateline?.groups?.place?.trim();
  return { meta, anchor, warnings, ...(place ? { place } : {}) };
}
