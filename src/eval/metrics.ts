/** Counts behind precision and recall, summed over documents and edge types (micro averages). */
export interface Tally {
  /** Extracted items scored (claims or entities), optional matches excluded. */
  extracted: number;
  /** Extracted items that match a gold item. */
  correct: number;
  /** Gold items that count for recall. */
  gold: number;
  /** Gold items matched by at least one extracted item. */
  found: number;
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyTally = (): Tally => ({ extracted: 0, correct: 0, gold: 0, found: 0 });

export function addTally(into: Tally, more: Tally): Tally {
  into.extracted += more.extracted;
  into.correct += more.correct;
  into.gold += more.gold;
  into.found += more.found;
  return into;
}

/**
 * Precision, recall and F1. An empty side counts as perfect for its own ratio (nothing claimed: no
 * false claim; nothing to find: nothing missed), so F1 stays defined: 0 when only one side is empty.
 */
export function metricsOf(t: Tally): Metrics {
  const precision = t.extracted === 0 ? 1 : t.correct / t.extracted;
  const recall = t.gold === 0 ? 1 : t.found / t.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
