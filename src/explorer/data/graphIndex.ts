/**
 * Facts about one loaded graph that the panels need again and again, computed once at load: the
 * search index, the counts shown beside each filter option, the claim-date histogram and the
 * document titles. Never depends on view state.
 */
import {
  EDGE_TYPES,
  NODE_TYPES,
  STANCES,
  type ClaimGraph,
  type DocumentMeta,
  type EdgeType,
  type NodeType,
  type ReviewState,
  type Stance,
} from "../../model";
import { claimDate } from "./claimDates";

/** Accent-, case- and punctuation-insensitive form of a name ("Jean-Noël" → "jean noel"). */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface SearchEntry {
  key: string;
  label: string;
  type: NodeType;
  /** Normalised label and aliases. */
  names: string[];
  /** The same names as written, index for index. */
  written: string[];
  degree: number;
}

export interface SearchHit {
  entry: SearchEntry;
  /** The name that matched, as written (label or alias). */
  matched: string;
}

export interface DateBin {
  /** "2022" or "2022-08". */
  period: string;
  count: number;
}

export interface GraphIndex {
  search: SearchEntry[];
  nodeTypeCounts: Record<NodeType, number>;
  edgeTypeCounts: Record<EdgeType, number>;
  stanceCounts: Record<Stance, number>;
  /** Claims by review state (a graph's review marks do not change while it is shown). */
  reviewCounts: Record<"unreviewed" | ReviewState, number>;
  /** Claims per source document. */
  documentCounts: Map<string, number>;
  documents: Map<string, DocumentMeta>;
  /** Claims per year (per month when all claims fall within three years), in order. */
  dateBins: DateBin[];
  undatedClaims: number;
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The search entries of every entity (names normalised: the costly part of the index). */
function searchEntries(graph: ClaimGraph): SearchEntry[] {
  const search: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    const names: string[] = [];
    const written: string[] = [];
    for (const name of [a.label, ...a.aliases]) {
      const normal = normalizeName(name);
      if (!normal || names.includes(normal)) continue;
      names.push(normal);
      written.push(name);
    }
    search.push({ key, label: a.label, type: a.type, names, written, degree: graph.degree(key) });
  });
  return search;
}

export function buildGraphIndex(graph: ClaimGraph): GraphIndex {
  const nodeTypeCounts = zeroes(NODE_TYPES);
  graph.forEachNode((_key, a) => {
    nodeTypeCounts[a.type] += 1;
  });

  const edgeTypeCounts = zeroes(EDGE_TYPES);
  const stanceCounts = zeroes(STANCES);
  const reviewCounts = { unreviewed: 0, confirmed: 0, rejected: 0 };
  const documentCounts = new Map<string, number>();
  const dates: string[] = [];
  let undatedClaims = 0;
  graph.forEachEdge((edge, a) => {
    edgeTypeCounts[a.type] += 1;
    stanceCounts[a.stance] += 1;
    reviewCounts[a.review?.state ?? "unreviewed"] += 1;
    // Most claims have one piece of evidence: no set to build for them.
    const docs = a.evidence.length === 1 ? [a.evidence[0]!.doc] : new Set(a.evidence.map((e) => e.doc));
    for (const doc of docs) documentCounts.set(doc, (documentCounts.get(doc) ?? 0) + 1);
    const date = claimDate(graph, edge);
    if (date) dates.push(date);
    else undatedClaims += 1;
  });

  let search: SearchEntry[] | undefined;
  return {
    // Built on the first search, not with the index: a graph shown at once (a workspace's new
    // articles) does not wait for every name to be normalised.
    get search() {
      return (search ??= searchEntries(graph));
    },
    nodeTypeCounts,
    edgeTypeCounts,
    stanceCounts,
    reviewCounts,
    documentCounts,
    documents: new Map(graph.getAttribute("documents").map((d) => [d.id, d])),
    dateBins: binDates(dates),
    undatedClaims,
  };
}

/** Histogram bins over the claim dates: months for a short span, years otherwise. */
export function binDates(dates: string[]): DateBin[] {
  if (dates.length === 0) return [];
  let [first, last] = [Infinity, -Infinity];
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const byMonth = last - first < 3;
  const counts = new Map<string, number>();
  for (const date of dates) {
    // A claim dated to a year only is counted in that year's first month when binning by month.
    const period = byMonth ? `${date.slice(0, 4)}-${date.slice(5, 7) || "01"}` : date.slice(0, 4);
    counts.set(period, (counts.get(period) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, count]) => ({ period, count }));
}

/**
 * Entities whose label or alias matches the query: whole name first, then a word of the name
 * starting with the query, then the query anywhere; ties go to the better connected entity.
 */
export function searchEntities(index: GraphIndex, query: string, limit = 10): SearchHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const ranked: { hit: SearchHit; rank: number }[] = [];
  for (const entry of index.search) {
    let best = -1;
    let matched = entry.label;
    entry.names.forEach((name, i) => {
      const rank =
        name === q
          ? 3
          : name.startsWith(q)
            ? 2
            : name.split(" ").some((w) => w.startsWith(q))
              ? 1
              : name.includes(q)
                ? 0
                : -1;
      if (rank > best) {
        best = rank;
        matched = entry.written[i] ?? entry.label;
      }
    });
    if (best >= 0) ranked.push({ hit: { entry, matched }, rank: best });
  }
  ranked.sort((a, b) => b.rank - a.rank || b.hit.entry.degree - a.hit.entry.degree);
  return ranked.slice(0, limit).map((r) => r.hit);
}
