/**
 * Why incidents did not pair (data-model.md, "Gold annotations and how they are scored"). A gold
 * incident no extracted one paired with loses every relation it takes part in at once, and an
 * extracted incident paired with no gold one makes every claim on it false, so an analyst tuning
 * the extractor wants each told apart by cause: nothing on the other side shares its name, target
 * or actor; one of its ends is an entity the other side never matched; the date (missing, the
 * publication's, another year or month); or two incidents merged into one, or one split in two.
 */
import type { ClaimGraph, EdgeType, GoldDocument, NodeType } from "../model";
import { datesOverlap, monthsApart, type DatedItem } from "./dates";
import { compareText, sharedWeight, type DocumentMatching, type IncidentIdentity } from "./match";

export const UNPAIRED_CAUSES = [
  "none",
  "no-shared-end",
  "end-unmatched",
  "gold-undated",
  "undated",
  "publication-date",
  "other-year",
  "other-month",
  "merged",
  "split",
] as const;
export type UnpairedCause = (typeof UNPAIRED_CAUSES)[number];

export interface NearIncident {
  id: string;
  name: string;
  date?: string;
  /** The incident of the first side it was paired with instead. */
  pairedWith?: string;
}

export interface UnpairedIncident {
  /** The gold id, or the extracted node key. */
  id: string;
  name: string;
  date?: string;
  /** Required gold relations it takes part in (gold), or false claims on it (extracted). */
  relations: number;
  cause: UnpairedCause;
  /** The other side's nearest incident: sharing the most, then dates overlapping, then closest in time. */
  nearest?: NearIncident;
  /** Its targets and actors that no entity of the other side matches (the `end-unmatched` cause). */
  unmatchedEnds: string[];
}

export interface IncidentDiagnosis {
  /** Gold incidents of required relations that no extracted incident paired with. */
  gold: UnpairedIncident[];
  /** Extracted incidents of false claims that paired with no gold incident. */
  extracted: UnpairedIncident[];
}

/** The part of a false claim the diagnosis reads (score.ts's `FalseClaim`). */
export interface UnmatchedClaim {
  type: EdgeType;
  source: string;
  target: string;
  targetLabel: string;
  unmatched: readonly { end: "source" | "target"; type: NodeType }[];
}

export interface DiagnosisInput {
  graph: ClaimGraph;
  gold: GoldDocument;
  matching: DocumentMatching;
  /** Gold ids that some extracted node of the document matches. */
  matchedGoldIds: ReadonlySet<string>;
  falseClaims: readonly UnmatchedClaim[];
}

/** One incident of either side, as the diagnosis compares them. */
interface Side extends DatedItem {
  id: string;
  name: string;
  identity: IncidentIdentity;
  pairedWith?: string;
}

/** The edge types whose ends identify an incident. */
const IDENTIFYING: ReadonlySet<EdgeType> = new Set(["attacked", "attributed-to"]);

export function diagnoseIncidents(input: DiagnosisInput): IncidentDiagnosis {
  const { graph, gold, matching } = input;
  const published = graph.getAttribute("documents").find((d) => d.id === gold.doc)?.published;
  const goldPaired = new Map(matching.incidentPairs.map((p) => [p.gold, p.extracted]));
  const extractedPaired = new Map(matching.incidentPairs.map((p) => [p.extracted, p.gold]));
  const nameOf = (id: string) => gold.entities.find((e) => e.id === id)?.name ?? id;

  const golds: Side[] = gold.entities
    .filter((e) => e.type === "incident")
    .map((e) => ({ ...e, identity: matching.identities.gold.get(e.id)!, pairedWith: goldPaired.get(e.id) }));
  const extracted: Side[] = [...matching.identities.extracted].map(([key, identity]) => {
    const attrs = graph.getNodeAttributes(key);
    return {
      id: key,
      name: attrs.label,
      date: attrs.date,
      endDate: attrs.endDate,
      identity,
      pairedWith: extractedPaired.get(key),
    };
  });

  const goldSide = golds.flatMap((g) => {
    const relations = gold.relations.filter((r) => !r.optional && (r.source === g.id || r.target === g.id));
    if (g.pairedWith || relations.length === 0) return [];
    const ends = [...g.identity.targets, ...g.identity.actors].filter((id) => !input.matchedGoldIds.has(id));
    const near = nearestTo(g, extracted);
    // An undated gold incident overlaps no date: nothing the extractor does pairs it.
    const cause = !g.date
      ? "gold-undated"
      : causeOf(near, ends, (x) => (x.pairedWith ? "merged" : dateCause(x, g, published)));
    return [unpaired(g, relations.length, cause, near?.side, ends.map(nameOf))];
  });

  const extractedSide = extracted.flatMap((x) => {
    const claims = input.falseClaims.filter((f) => f.source === x.id || f.target === x.id);
    if (x.pairedWith || claims.length === 0) return [];
    const ends = claims
      .filter(
        (f) => f.source === x.id && IDENTIFYING.has(f.type) && f.unmatched.some((u) => u.end === "target"),
      )
      .map((f) => f.targetLabel);
    const near = nearestTo(x, golds);
    const cause = causeOf(near, ends, (g) => (g.pairedWith ? "split" : dateCause(x, g, published)));
    return [unpaired(x, claims.length, cause, near?.side, ends)];
  });
  return { gold: goldSide, extracted: extractedSide };
}

function unpaired(
  item: Side,
  relations: number,
  cause: UnpairedCause,
  nearest: Side | undefined,
  unmatchedEnds: string[],
): UnpairedIncident {
  return {
    id: item.id,
    name: item.name,
    ...(item.date ? { date: item.date } : {}),
    relations,
    cause,
    ...(nearest
      ? {
          nearest: {
            id: nearest.id,
            name: nearest.name,
            ...(nearest.date ? { date: nearest.date } : {}),
            ...(nearest.pairedWith ? { pairedWith: nearest.pairedWith } : {}),
          },
        }
      : {}),
    unmatchedEnds: [...new Set(unmatchedEnds)],
  };
}

/** An incident of the other side with what it shares with the one diagnosed. */
interface Near {
  side: Side;
  shared: number;
  overlap: boolean;
  apart: number;
}

/**
 * The other side's nearest incident: one sharing a name, target or actor first, then one whose
 * dates overlap, then one still unpaired (a date problem says more than a pair made elsewhere),
 * then the most shared, then the closest in time; ties by id.
 */
function nearestTo(item: Side, others: readonly Side[]): Near | undefined {
  const ranked = others.map((side) => ({
    side,
    shared: sharedWeight(item.identity, side.identity),
    overlap: datesOverlap(item, side),
    apart: item.date && side.date ? monthsApart(item.date, side.date) : Infinity,
  }));
  const rank = (n: Near) => (n.shared > 0 ? 4 : 0) + (n.overlap ? 2 : 0) + (n.side.pairedWith ? 0 : 1);
  ranked.sort(
    (a, b) =>
      rank(b) - rank(a) || b.shared - a.shared || a.apart - b.apart || compareText(a.side.id, b.side.id),
  );
  return ranked[0];
}

/**
 * The cause, given the nearest incident: when it shares a name, target or actor, what kept the two
 * apart (`sharing`); otherwise nothing on the other side, an entity problem, or nothing shared.
 */
function causeOf(
  near: Near | undefined,
  unmatchedEnds: readonly string[],
  sharing: (other: Side) => UnpairedCause,
): UnpairedCause {
  if (!near) return "none";
  if (near.shared > 0) return sharing(near.side);
  return unmatchedEnds.length > 0 ? "end-unmatched" : "no-shared-end";
}

/** Why an extracted and a gold incident sharing an end are dated apart. */
function dateCause(extracted: DatedItem, gold: DatedItem, published: string | undefined): UnpairedCause {
  if (!gold.date) return "gold-undated";
  if (!extracted.date) return "undated";
  // A year alone equal to the publication's tells nothing of where it came from: a month at least.
  if (extracted.date.length >= 7 && published?.startsWith(extracted.date)) return "publication-date";
  return extracted.date.slice(0, 4) === gold.date.slice(0, 4) ? "other-month" : "other-year";
}
