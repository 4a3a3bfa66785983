/**
 * Incident nodes filed by target and by the year of their date, so placing an incident compares it
 * with the incidents of its targets dated near it, not with every incident ever reported on them
 * (a 10,000-article corpus files thousands under one state). Two reports can only be one incident
 * when their dates share a year or lie within a month of each other, so the years before and
 * after are enough.
 */
import type { PartialDate } from "../model";

export interface IncidentIndex {
  /**
   * Files `key` under `target` and under the year of `date` (its current date: call again when it
   * changes). True the first time `key` is filed under `target`.
   */
  file(target: string, key: string, date: PartialDate | undefined): boolean;
  /**
   * Keys filed under any of `targets` and under a year within one of `date`'s, each once, in the
   * order a scan of the targets' lists would meet them: by the first of `targets` it is filed
   * under, then by when it was filed there.
   */
  near(targets: readonly string[], date: PartialDate): string[];
}

const yearOf = (date: PartialDate) => date.slice(0, 4);

/** The year as written and those before and after it ("1999" → "1998", "1999", "2000"). */
function yearsAround(date: PartialDate): string[] {
  const year = yearOf(date);
  const n = Number(year);
  if (!/^\d{4}$/.test(year)) return [year];
  return [n - 1, n, n + 1].map((y) => String(y).padStart(4, "0"));
}

export function createIncidentIndex(): IncidentIndex {
  /** When each key was filed under each target ("target\nkey"): the order of the target's list. */
  const filed = new Map<string, number>();
  /** Keys by "target\nyear"; a key stays under a year its date has left (`near` callers check dates). */
  const byYear = new Map<string, Set<string>>();
  let count = 0;

  return {
    file(target, key, date) {
      const pair = `${target}\n${key}`;
      const first = !filed.has(pair);
      if (first) filed.set(pair, count++);
      if (date) {
        const bucket = `${target}\n${yearOf(date)}`;
        const keys = byYear.get(bucket) ?? new Set<string>();
        keys.add(key);
        byYear.set(bucket, keys);
      }
      return first;
    },

    near(targets, date) {
      const found: { key: string; target: number; order: number }[] = [];
      const seen = new Set<string>();
      targets.forEach((target, index) => {
        for (const year of yearsAround(date))
          for (const key of byYear.get(`${target}\n${year}`) ?? []) {
            if (seen.has(key)) continue;
            seen.add(key);
            found.push({ key, target: index, order: filed.get(`${target}\n${key}`)! });
          }
      });
      return found.sort((a, b) => a.target - b.target || a.order - b.order).map((f) => f.key);
    },
  };
}
