/**
 * Incidents and claims on a time axis: contiguous periods (months, or years over a long span)
 * from the earliest to the latest date, with what happened in each.
 */
import type { ClaimGraph } from "../../model";
import { datePrecision } from "./dates";

export type Granularity = "year" | "month";

export interface TimeBucket {
  /** "2022" or "2022-08": also the value a date-range filter takes. */
  period: string;
  incidents: string[];
  claims: string[];
}

export interface Timeline {
  granularity: Granularity;
  buckets: TimeBucket[];
  /** Items dated only to a year when the axis is in months: shown across their whole year. */
  coarse: { period: string; incidents: string[]; claims: string[] }[];
  undated: { incidents: string[]; claims: string[] };
}

/** Above this many years the axis counts in years, so a bar stays wide enough to click. */
const MONTHS_UP_TO_YEARS = 6;

export interface TimelineOptions {
  granularity?: Granularity;
  /** When a claim happened; by default its own `date` (the explorer passes `claimDate` of ./claims). */
  claimDate?: (graph: ClaimGraph, edge: string) => string | undefined;
}

export function buildTimeline(
  graph: ClaimGraph,
  { granularity, claimDate = (g, edge) => g.getEdgeAttribute(edge, "date") }: TimelineOptions = {},
): Timeline {
  const dated: { date: string; key: string; incident: boolean }[] = [];
  const undated: Timeline["undated"] = { incidents: [], claims: [] };
  graph.forEachNode((key, a) => {
    if (a.type !== "incident") return;
    if (a.date) dated.push({ date: a.date, key, incident: true });
    else undated.incidents.push(key);
  });
  graph.forEachEdge((key) => {
    const date = claimDate(graph, key);
    if (date) dated.push({ date, key, incident: false });
    else undated.claims.push(key);
  });
  // A loop, not Math.min(...years): spreading 100k+ values overflows the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (const d of dated) {
    const year = Number(d.date.slice(0, 4));
    if (year < first) first = year;
    if (year > last) last = year;
  }
  const unit = granularity ?? (last - first + 1 > MONTHS_UP_TO_YEARS ? "year" : "month");
  const precision = unit === "year" ? 1 : 2;

  const buckets = new Map<string, TimeBucket>();
  for (let year = first; year <= last; year++)
    for (let month = 1; month <= (unit === "year" ? 1 : 12); month++) {
      const period = unit === "year" ? `${year}` : `${year}-${String(month).padStart(2, "0")}`;
      buckets.set(period, { period, incidents: [], claims: [] });
    }
  const coarse = new Map<string, Timeline["coarse"][number]>();
  for (const item of dated) {
    const period = item.date.split("-").slice(0, precision).join("-");
    const target =
      datePrecision(item.date) >= precision
        ? buckets.get(period)
        : (coarse.get(period) ?? coarse.set(period, { period, incidents: [], claims: [] }).get(period));
    (item.incident ? target?.incidents : target?.claims)?.push(item.key);
  }
  return {
    granularity: unit,
    buckets: [...buckets.values()],
    coarse: [...coarse.values()].sort((a, b) => a.period.localeCompare(b.period)),
    undated,
  };
}
