/**
 * Attribution patterns: per incident its targets, who it is attributed to and by whom, when (lag
 * from the incident), denials and whether it is contested; chains incident → group → sponsor; the
 * actor × claimant matrix and rankings.
 */
import type { ClaimGraph, Stance } from "../../model";
import { claimRecord, firstReportDate, publicationDates, type ClaimRecord } from "./claims";
import { daysBetween } from "./dates";

/**
 * Claimant of an attribution the articles assert themselves (no one named as making the claim).
 * Not a node key: views show it as "the articles".
 */
export const ARTICLES_CLAIMANT = "(articles)";

export interface AttributionClaimant {
  claimant: string;
  /** When this claimant made it: the claim's date, else the earliest article quoting this claimant. */
  date?: string;
  lagDays: number | null;
}

export interface Attribution {
  claim: ClaimRecord;
  actor: string;
  stance: Stance;
  /** The claim's date, else the publication date of the earliest article that evidences it. */
  date?: string;
  dateSource?: "claim" | "article";
  /** Days from the incident's date to `date`; null unless both are full dates. */
  lagDays: number | null;
  claimants: AttributionClaimant[];
}

export interface IncidentAttribution {
  incident: string;
  date?: string;
  kind: string;
  targets: ClaimRecord[];
  attributions: Attribution[];
  denials: ClaimRecord[];
  condemnations: ClaimRecord[];
  /** Attributed to someone and denied by someone. */
  contested: boolean;
}

export interface MatrixCell {
  actor: string;
  claimant: string;
  /** The attribution claims behind the cell (one per incident attributed to the actor). */
  claims: string[];
}

export interface RankingEntry {
  party: string;
  /** Distinct incidents. */
  incidents: string[];
  claims: string[];
}

/** One link of a chain: an attribution claim and who makes it (`ARTICLES_CLAIMANT` when no one is named). */
export interface ChainLink {
  claim: ClaimRecord;
  claimants: string[];
}

/**
 * A group said to be run by someone: the incidents attributed to the group (incident → group) and
 * its sponsors or operators (group → state, agency, group or person), each link with its claimants.
 */
export interface AttributionChain {
  group: string;
  incidents: ChainLink[];
  sponsors: ChainLink[];
}

export interface AttributionAnalysis {
  incidents: IncidentAttribution[];
  /** Groups with a sponsor or operator, most linked first. */
  chains: AttributionChain[];
  matrix: { actors: string[]; claimants: string[]; cells: Record<string, Record<string, MatrixCell>> };
  /** Actors by the number of incidents attributed to them. */
  mostAttributed: RankingEntry[];
  /** Claimants by the number of incidents they attributed (the articles' own claims excluded). */
  mostFrequentAttributors: RankingEntry[];
}

export function analyzeAttribution(graph: ClaimGraph): AttributionAnalysis {
  const published = publicationDates(graph);
  const incidents: IncidentAttribution[] = [];
  graph.forEachNode((incident, a) => {
    if (a.type !== "incident") return;
    const inbound = (type: string) =>
      graph.filterInEdges(incident, (_k, e) => e.type === type).map((k) => claimRecord(graph, k));
    const outbound = (type: string) =>
      graph.filterOutEdges(incident, (_k, e) => e.type === type).map((k) => claimRecord(graph, k));
    const attributions = outbound("attributed-to").map((c) => attribution(c, a.date, published));
    const denials = inbound("denied");
    incidents.push({
      incident,
      ...(a.date ? { date: a.date } : {}),
      kind: a.kind ?? "cyber",
      targets: outbound("attacked"),
      attributions,
      denials,
      condemnations: inbound("condemned"),
      contested: attributions.length > 0 && denials.length > 0,
    });
  });
  incidents.sort(
    (x, y) => (x.date ?? "\uffff").localeCompare(y.date ?? "\uffff") || x.incident.localeCompare(y.incident),
  );
  const all = incidents.flatMap((i) => i.attributions.map((at) => ({ incident: i.incident, at })));

  const cells: AttributionAnalysis["matrix"]["cells"] = {};
  for (const { at } of all)
    for (const { claimant } of at.claimants) {
      const row = (cells[at.actor] ??= {});
      (row[claimant] ??= { actor: at.actor, claimant, claims: [] }).claims.push(at.claim.key);
    }

  const rank = (entries: { party: string; incident: string; claim: string }[]) => {
    const byParty = new Map<string, RankingEntry>();
    for (const { party, incident, claim } of entries) {
      const entry = byParty.get(party) ?? { party, incidents: [], claims: [] };
      byParty.set(party, entry);
      if (!entry.incidents.includes(incident)) entry.incidents.push(incident);
      if (!entry.claims.includes(claim)) entry.claims.push(claim);
    }
    return [...byParty.values()].sort(
      (x, y) =>
        y.incidents.length - x.incidents.length ||
        y.claims.length - x.claims.length ||
        x.party.localeCompare(y.party),
    );
  };
  const mostAttributed = rank(
    all.map(({ incident, at }) => ({ party: at.actor, incident, claim: at.claim.key })),
  );
  const mostFrequentAttributors = rank(
    all.flatMap(({ incident, at }) =>
      at.claimants
        .filter((c) => c.claimant !== ARTICLES_CLAIMANT)
        .map((c) => ({ party: c.claimant, incident, claim: at.claim.key })),
    ),
  );
  return {
    incidents,
    chains: attributionChains(graph),
    matrix: {
      actors: mostAttributed.map((r) => r.party),
      claimants: orderedClaimants(cells),
      cells,
    },
    mostAttributed,
    mostFrequentAttributors,
  };
}

function attribution(
  claim: ClaimRecord,
  incidentDate: string | undefined,
  published: ReadonlyMap<string, string>,
): Attribution {
  const articleDate = firstReportDate(claim.quotes, published);
  const date = claim.date ?? articleDate;
  const dateSource = claim.date ? ("claim" as const) : articleDate ? ("article" as const) : undefined;
  const names = claim.claimants.length > 0 ? claim.claimants : [ARTICLES_CLAIMANT];
  const claimants = names.map((claimant) => {
    // The evidence naming this claimant; evidence without per-sentence claimants counts for all.
    const quotes = claim.quotes.filter((q) => !q.claimants?.length || q.claimants.includes(claimant));
    const own = claim.date ?? firstReportDate(quotes, published) ?? date;
    return { claimant, ...(own ? { date: own } : {}), lagDays: daysBetween(incidentDate, own) };
  });
  return {
    claim,
    actor: claim.target,
    stance: claim.stance,
    ...(date ? { date } : {}),
    ...(dateSource ? { dateSource } : {}),
    lagDays: daysBetween(incidentDate, date),
    claimants,
  };
}

function attributionChains(graph: ClaimGraph): AttributionChain[] {
  const link = (key: string): ChainLink => {
    const claim = claimRecord(graph, key);
    return { claim, claimants: claim.claimants.length > 0 ? claim.claimants : [ARTICLES_CLAIMANT] };
  };
  const chains: AttributionChain[] = [];
  graph.forEachNode((group, a) => {
    if (a.type !== "group") return;
    const sponsors = graph.filterOutEdges(group, (_k, e) => e.type === "attributed-to").map(link);
    if (sponsors.length === 0) return;
    const incidents = graph
      .filterInEdges(
        group,
        (k, e) =>
          e.type === "attributed-to" && graph.getNodeAttribute(graph.source(k), "type") === "incident",
      )
      .map(link);
    chains.push({ group, incidents, sponsors });
  });
  return chains.sort(
    (x, y) =>
      y.incidents.length + y.sponsors.length - (x.incidents.length + x.sponsors.length) ||
      x.group.localeCompare(y.group),
  );
}

function orderedClaimants(cells: AttributionAnalysis["matrix"]["cells"]): string[] {
  const totals = new Map<string, number>();
  for (const row of Object.values(cells))
    for (const cell of Object.values(row))
      totals.set(cell.claimant, (totals.get(cell.claimant) ?? 0) + cell.claims.length);
  return [...totals.entries()]
    .sort(
      (a, b) =>
        Number(a[0] === ARTICLES_CLAIMANT) - Number(b[0] === ARTICLES_CLAIMANT) ||
        b[1] - a[1] ||
        a[0].localeCompare(b[0]),
    )
    .map(([k]) => k);
}
