/**
 * Article dumps as news APIs and scrapers deliver them: JSON Lines, JSON arrays (or an object
 * holding one, as `{ "articles": [...] }`) and CSV, one article per record. Browser-safe and pure:
 * a dump's name and text in, source documents and warnings out. A bad record is skipped with a
 * warning naming its number and the line it starts on; the rest go in.
 */
import Papa from "papaparse";
import { PARTIAL_DATE_PATTERN } from "../model/types";
import type { SourceDocument } from "../extract/types";
import { htmlToText } from "./html-text";
import { issuersInMarkup, issuingBodyInMarkup, publishedInMarkup } from "../extract/metadata";
import { MAX_DOCUMENT_BYTES } from "./documents";

export type DumpFormat = "jsonl" | "json" | "csv";

const DUMP_FORMATS: Record<string, DumpFormat> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".csv": "csv",
};

export const DUMP_EXTENSIONS = Object.keys(DUMP_FORMATS);

export function dumpFormatOfName(name: string): DumpFormat | undefined {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? undefined : DUMP_FORMATS[name.slice(dot).toLowerCase()];
}

/**
 * The record fields read, each with the names it goes by (matched ignoring case, spaces, `_` and
 * `-`), in order of preference. `text` wins over `html` when a record has both.
 */
export const DUMP_FIELDS = {
  text: [
    "text",
    "body",
    "content",
    "article",
    "article_text",
    "article_body",
    "full_text",
    "main_text",
    "story",
  ],
  html: ["html", "raw_html", "body_html", "content_html", "page_html"],
  title: ["title", "headline", "heading"],
  published: [
    "published",
    "published_at",
    "published_date",
    "publish_date",
    "published_time",
    "date_published",
    "pub_date",
    "date",
    "datetime",
    "created_at",
    "seen_date",
  ],
  url: ["url", "link", "source_url", "article_url", "canonical_url", "permalink", "uri"],
} as const;

/** The keys of an object holding the records (`{ "articles": [...] }`, as news APIs answer). */
const DUMP_WRAPPER_KEYS = [
  "articles",
  "items",
  "results",
  "records",
  "documents",
  "data",
  "entries",
  "stories",
  "posts",
];

/** A document read from a dump record: a source document, with the record's address when it has one. */
export interface DumpDocument extends SourceDocument {
  url?: string;
}

export type DumpResult =
  | { ok: true; documents: DumpDocument[]; warnings: string[] }
  /**
   * The file as a whole is no dump (broken JSON, a CSV with no text column); `notADump` when it
   * is valid JSON of another kind (a graph, a review log, gold annotations).
   */
  | { ok: false; warning: string; notADump?: boolean };

const normalizeField = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

const FIELD_LOOKUP = Object.fromEntries(
  Object.entries(DUMP_FIELDS).map(([field, names]) => [field, names.map(normalizeField)]),
) as Record<keyof typeof DUMP_FIELDS, string[]>;

/**
 * Reads a dump. `name` is the dump's name as documents should carry it (a file name, or its path
 * below the folder the user named): record 12 of `feed.jsonl` becomes the document `feed.jsonl#12`.
 */
export function readDump(name: string, text: string, format = dumpFormatOfName(name) ?? "jsonl"): DumpResult {
  if (format === "csv") return readCsv(name, text);
  if (format === "jsonl") return readJsonLines(name, text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A `.json` file is often JSON Lines under another name.
    const lines = readJsonLines(name, text);
    if (lines.ok && lines.documents.length > 1) return lines;
    return { ok: false, warning: `${name}: skipped, not valid JSON (${(error as Error).message})` };
  }
  const records = dumpRecordsOf(json);
  if (!records) return { ok: false, warning: `${name}: skipped, ${describeOtherJson(json)}`, notADump: true };
  const lines = lineStarts(text);
  const starts = recordOffsets(text, Array.isArray(json) ? undefined : records.key);
  const reader = recordReader(name);
  records.records.forEach((record, index) =>
    reader.add(record, index + 1, lineAt(lines, starts[index] ?? 0)),
  );
  return reader.result();
}

/**
 * The records of parsed JSON that is a dump (an array, or an object holding one under a key of
 * DUMP_WRAPPER_KEYS), or undefined for any other JSON (a graph, a review log, a STIX bundle...).
 */
export function dumpRecordsOf(json: unknown): { records: unknown[]; key?: string } | undefined {
  if (Array.isArray(json)) return { records: json };
  if (typeof json !== "object" || json === null) return undefined;
  const object = json as Record<string, unknown>;
  const key = DUMP_WRAPPER_KEYS.find((k) => Array.isArray(object[k]));
  return key === undefined ? undefined : { records: object[key] as unknown[], key };
}

function describeOtherJson(json: unknown): string {
  const object = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  const kind = typeof object.kind === "string" ? object.kind : undefined;
  const what =
    kind !== undefined
      ? `a "${kind}" file`
      : object.type === "bundle"
        ? "a STIX bundle"
        : Array.isArray(object.nodes) && Array.isArray(object.edges)
          ? "a graph file"
          : undefined;
  const expected = `expected an array of article records or an object with an "articles" array`;
  return what ? `it is ${what}, not an article dump` : `not an article dump (${expected})`;
}

function readJsonLines(name: string, text: string): DumpResult {
  const reader = recordReader(name);
  let record = 0;
  let line = 0;
  for (const raw of text.split("\n")) {
    line++;
    if (raw.trim() === "") continue;
    record++;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      reader.skip(record, line, `not valid JSON (${(error as Error).message})`);
      continue;
    }
    reader.add(json, record, line);
  }
  return reader.result();
}

function readCsv(name: string, text: string): DumpResult {
  const lines = lineStarts(text);
  const rows: { fields: string[]; start: number; error?: string }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (row) => {
      const start = cursor;
      cursor = row.meta.cursor;
      if (row.data.length === 1 && row.data[0]!.trim() === "") return;
      rows.push({ fields: row.data, start, error: row.errors[0]?.message });
    },
  });
  const [header, ...records] = rows;
  if (!header) return { ok: false, warning: `${name}: skipped, the file is empty` };
  const columns = header.fields.map(normalizeField);
  const known = new Set([...FIELD_LOOKUP.text, ...FIELD_LOOKUP.html]);
  if (!columns.some((c) => known.has(c)))
    return {
      ok: false,
      warning: `${name}: skipped, no column holds the article text (expected one of ${[...DUMP_FIELDS.text, ...DUMP_FIELDS.html].join(", ")})`,
    };
  const reader = recordReader(name);
  records.forEach((row, index) => {
    const line = lineAt(lines, row.start);
    if (row.error) return reader.skip(index + 1, line, row.error.toLowerCase());
    if (row.fields.length !== columns.length)
      return reader.skip(
        index + 1,
        line,
        `${row.fields.length} fields where the header has ${columns.length}`,
      );
    reader.add(Object.fromEntries(columns.map((c, i) => [c, row.fields[i]])), index + 1, line);
  });
  return reader.result();
}

function recordReader(name: string) {
  const documents: DumpDocument[] = [];
  const warnings: string[] = [];
  const skip = (record: number, line: number, why: string) => {
    warnings.push(`${name}: record ${record} (line ${line}) skipped, ${why}`);
  };
  return {
    skip,
    add(json: unknown, record: number, line: number) {
      const read = documentOfRecord(json, `${name}#${record}`);
      if (!read.ok) return skip(record, line, read.why);
      documents.push(read.document);
      for (const w of read.warnings) warnings.push(`${name}: record ${record} (line ${line}): ${w}`);
    },
    result: (): DumpResult => ({ ok: true, documents, warnings }),
  };
}

type RecordRead = { ok: true; document: DumpDocument; warnings: string[] } | { ok: false; why: string };

function documentOfRecord(json: unknown, id: string): RecordRead {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, why: "not an object with named fields" };
  const fields = new Map(Object.entries(json).map(([k, v]) => [normalizeField(k), v]));
  const field = (name: keyof typeof DUMP_FIELDS): unknown => {
    for (const synonym of FIELD_LOOKUP[name]) {
      const value = fields.get(synonym);
      if (value !== undefined && value !== null && value !== "") return value;
    }
    return undefined;
  };
  const textField = field("text");
  const htmlField = field("html");
  const html = typeof textField === "string" && textField.trim() !== "" ? undefined : htmlField;
  const raw = html ?? textField;
  if (raw === undefined)
    return {
      ok: false,
      why: `no article text (expected a field ${[...DUMP_FIELDS.text, ...DUMP_FIELDS.html].join(", ")})`,
    };
  if (typeof raw !== "string") return { ok: false, why: "its text is not a string" };
  if (raw.length > MAX_DOCUMENT_BYTES)
    return { ok: false, why: `its text is too long (${raw.length} characters; the limit is 5 MB)` };
  const text = html === undefined ? raw : htmlToText(raw);
  if (text.trim() === "") return { ok: false, why: "its text is empty" };

  const warnings: string[] = [];
  const document: DumpDocument = { id, text };
  const title = field("title");
  if (typeof title === "string" && title.trim()) document.title = title.trim();
  const url = field("url");
  if (typeof url === "string" && url.trim()) document.url = url.trim();
  const given = field("published");
  const published = given === undefined ? undefined : isoDate(given);
  if (given !== undefined && published === undefined)
    warnings.push(`publication date ${JSON.stringify(given)} not understood; read from the text instead`);
  const fromMarkup = html === undefined ? undefined : publishedInMarkup(html as string);
  if (published ?? fromMarkup) document.published = published ?? fromMarkup;
  const issuers = html === undefined ? [] : issuersInMarkup(html as string);
  if (issuers.length > 0) document.issuers = issuers;
  const issuingBody = html === undefined ? undefined : issuingBodyInMarkup(html as string);
  if (issuingBody) document.issuingBody = issuingBody;
  return { ok: true, document, warnings };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

function dayDate(year: number, month: number, day: number): string | undefined {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return PARTIAL_DATE_PATTERN.test(date) ? date : undefined;
}

function fromEpoch(value: number): string | undefined {
  const ms = value > 1e11 ? value : value * 1000;
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
}

/**
 * A record's publication date as an ISO date, as written (no time-zone shift): ISO dates and
 * datetimes, "2021/03/04", "20210304…" (GDELT), "4 March 2021", "Thu, 04 Mar 2021 10:00:00 GMT",
 * "March 4, 2021", epoch seconds or milliseconds.
 */
export function isoDate(value: unknown): string | undefined {
  if (typeof value === "number") return fromEpoch(value);
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/.exec(text);
  if (iso) {
    const date = iso[0];
    return PARTIAL_DATE_PATTERN.test(date) ? date : undefined;
  }
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(text);
  if (slashed) return dayDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  if (/^\d{10}(\d{3})?$/.test(text)) return fromEpoch(Number(text));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$/.exec(text);
  if (compact) return dayDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  const written: (string | undefined)[][] = [];
  if (dayFirst) written.push([dayFirst[1], dayFirst[2], dayFirst[3]]);
  if (monthFirst) written.push([monthFirst[2], monthFirst[1], monthFirst[3]]);
  for (const [day, month, year] of written) {
    const m = MONTHS.indexOf((month ?? "").slice(0, 3).toLowerCase());
    if (day && m >= 0) return dayDate(Number(year), m + 1, Number(day));
  }
  return undefined;
}

/** Offsets where each line starts, for "the line a record starts on". */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

// Where each record of (already validated) JSON starts: JSON.parse gives values, not positions.

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t"))
    i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return i;
}

function skipValue(text: string, i: number): number {
  if (text[i] === '"') return skipString(text, i);
  if (text[i] !== "{" && text[i] !== "[") {
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      i = skipString(text, i);
      continue;
    }
    if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && --depth === 0) return i + 1;
    i++;
  }
  return i;
}

function elementOffsets(text: string, i: number): number[] {
  const starts: number[] = [];
  i = skipSpace(text, i + 1);
  if (text[i] === "]") return starts;
  for (;;) {
    starts.push(i);
    i = skipSpace(text, skipValue(text, i));
    if (text[i] !== ",") return starts;
    i = skipSpace(text, i + 1);
  }
}

/** Offsets of the records of a top-level array, or of the array under `key` of a top-level object. */
function recordOffsets(text: string, key: string | undefined): number[] {
  let i = skipSpace(text, 0);
  if (key === undefined) return text[i] === "[" ? elementOffsets(text, i) : [];
  i = skipSpace(text, i + 1);
  while (text[i] === '"') {
    const end = skipString(text, i);
    const name = JSON.parse(text.slice(i, end)) as string;
    i = skipSpace(text, skipSpace(text, end) + 1);
    if (name === key && text[i] === "[") return elementOffsets(text, i);
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ",") i = skipSpace(text, i + 1);
  }
  return [];
}
