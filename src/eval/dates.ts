/**
 * Date overlap of the incident-pairing rule: partial ISO dates compared at the coarser precision,
 * month at most ("2022-08" overlaps "2022-08-26"; "2022-01-13" overlaps "2022-01-14"), and a
 * `date`..`endDate` range containing the other date.
 */

/** Inclusive span of months (year * 12 + month index) covered by a partial date. */
interface MonthSpan {
  first: number;
  last: number;
}

function monthSpan(date: string): MonthSpan {
  const [year, month] = date.split("-").map(Number) as [number, number | undefined];
  if (month === undefined) return { first: year * 12, last: year * 12 + 11 };
  const index = year * 12 + month - 1;
  return { first: index, last: index };
}

function rangeSpan(date: string, endDate?: string): MonthSpan {
  const start = monthSpan(date);
  return endDate ? { first: start.first, last: Math.max(start.last, monthSpan(endDate).last) } : start;
}

export interface DatedItem {
  date?: string;
  endDate?: string;
}

/** True when both items are dated and their spans share a month; an undated item overlaps nothing. */
export function datesOverlap(a: DatedItem, b: DatedItem): boolean {
  if (!a.date || !b.date) return false;
  const x = rangeSpan(a.date, a.endDate);
  const y = rangeSpan(b.date, b.endDate);
  return x.first <= y.last && y.first <= x.last;
}

/** Months between two partial dates' spans (0 when they overlap), for ranking near misses. */
export function monthsApart(a: string, b: string): number {
  const x = monthSpan(a);
  const y = monthSpan(b);
  return Math.max(0, x.first - y.last, y.first - x.last);
}
