/**
 * Partial ISO dates ("2022", "2022-08", "2022-08-26") compared at the precision both share, so a
 * request of "2017" and an offer of "2017-03-02" count as the same period, never as one before the
 * other.
 */

const DAY_MS = 86_400_000;

/** 1 for a year, 2 for a month, 3 for a day. */
export function datePrecision(date: string): number {
  return date.split("-").length;
}

function truncate(date: string, precision: number): string {
  return date.split("-").slice(0, precision).join("-");
}

/** -1, 0 or 1, comparing at the coarser precision of the two. */
export function comparePartialDates(a: string, b: string): number {
  const precision = Math.min(datePrecision(a), datePrecision(b));
  const [x, y] = [truncate(a, precision), truncate(b, precision)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Days from `from` to `to` (negative when `to` is earlier), or null unless both are full dates. */
export function daysBetween(from: string | undefined, to: string | undefined): number | null {
  if (!from || !to || datePrecision(from) < 3 || datePrecision(to) < 3) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The earliest of some partial dates (compared as text, which orders ISO dates), or undefined. */
export function earliestDate(dates: Iterable<string | undefined>): string | undefined {
  let earliest: string | undefined;
  for (const date of dates) if (date && (earliest === undefined || date < earliest)) earliest = date;
  return earliest;
}
