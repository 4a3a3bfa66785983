/**
 * Matching an extracted graph to one document's gold (data-model.md, "Gold annotations and how
 * they are scored"): entities by normalised name and type, then incidents one-to-one, best pair first.
 */
import type { ClaimGraph, EdgeType, GoldDocument, GoldEntity } from "../model";
import { datesOverlap } from "./dates";
import { nameForms } from "./normalize";

export interface IncidentPair {
  extracted: string;
  gold: string;
  score: number;
}

/** What identifies an incident for pairing: its name forms, and the gold ids of its targets and attributed actors. */
export interface IncidentIdentity {
  forms: ReadonlySet<string>;
  targets: ReadonlySet<string>;
  actors: ReadonlySet<string>;
}

export interface DocumentMatching {
  /** Gold entity ids an extracted node matches (at most one for an incident). */
  goldIdsOf(nodeKey: string): ReadonlySet<string>;
  incidentPairs: IncidentPair[];
  /** The identities of the document's extracted incidents (by key) and gold incidents (by id). */
  identities: {
    extracted: ReadonlyMap<string, IncidentIdentity>;
    gold: ReadonlyMap<string, IncidentIdentity>;
  };
}

const NONE: ReadonlySet<string> = new Set();

/** Ranking weights of a possible incident pair. */
const PAIR_WEIGHTS = { name: 3, target: 2, actor: 1, kind: 1, date: 1 } as const;

export function matchDocument(
  graph: ClaimGraph,
  gold: GoldDocument,
  incidentsInScope: readonly string[],
): DocumentMatching {
  const byForm = indexGoldNames(gold.entities);
  const memo = new Map<string, ReadonlySet<string>>();

  /** Name-and-type matches of a non-incident node, wherever it appears in the graph. */
  const actorMatches = (key: string): ReadonlySet<string> => {
    let ids = memo.get(key);
    if (!ids) {
      const attrs = graph.getNodeAttributes(key);
      const found = new Set<string>();
      for (const form of nameForms(attrs.label, attrs.aliases)) {
        for (const entity of byForm.get(form) ?? []) if (entity.type === attrs.type) found.add(entity.id);
      }
      ids = found;
      memo.set(key, ids);
    }
    return ids;
  };

  const identities = {
    extracted: new Map(incidentsInScope.map((key) => [key, extractedIdentity(graph, key, actorMatches)])),
    gold: new Map(
      gold.entities.filter((e) => e.type === "incident").map((e) => [e.id, goldIdentity(gold, e)]),
    ),
  };
  const incidentPairs = pairIncidents(graph, gold, identities);
  const incidentMatch = new Map(incidentPairs.map((p) => [p.extracted, new Set([p.gold])]));

  return {
    incidentPairs,
    identities,
    goldIdsOf: (key) =>
      graph.getNodeAttribute(key, "type") === "incident"
        ? (incidentMatch.get(key) ?? NONE)
        : actorMatches(key),
  };
}

function indexGoldNames(entities: readonly GoldEntity[]): Map<string, GoldEntity[]> {
  const index = new Map<string, GoldEntity[]>();
  for (const entity of entities) {
    for (const form of nameForms(entity.name, entity.aliases)) {
      const list = index.get(form);
      if (list) list.push(entity);
      else index.set(form, [entity]);
    }
  }
  return index;
}

function extractedIdentity(
  graph: ClaimGraph,
  key: string,
  actorMatches: (key: string) => ReadonlySet<string>,
): IncidentIdentity {
  const attrs = graph.getNodeAttributes(key);
  return {
    forms: nameForms(attrs.label, attrs.aliases),
    targets: matchedEnds(graph, key, "attacked", actorMatches),
    actors: matchedEnds(graph, key, "attributed-to", actorMatches),
  };
}

/** A gold incident's identity: its `targets` and the ends of its `attacked` and `attributed-to` relations. */
function goldIdentity(gold: GoldDocument, incident: GoldEntity): IncidentIdentity {
  const ends = (type: EdgeType) =>
    new Set(gold.relations.filter((r) => r.type === type && r.source === incident.id).map((r) => r.target));
  const targets = ends("attacked");
  incident.targets.forEach((t) => targets.add(t));
  return { forms: nameForms(incident.name, incident.aliases), targets, actors: ends("attributed-to") };
}

/** The ranking weight of what two incidents share (a name, targets, attributed actors); 0 when nothing. */
export function sharedWeight(a: IncidentIdentity, b: IncidentIdentity): number {
  const sharedName = [...a.forms].some((f) => b.forms.has(f));
  return (
    (sharedName ? PAIR_WEIGHTS.name : 0) +
    countShared(a.targets, b.targets) * PAIR_WEIGHTS.target +
    countShared(a.actors, b.actors) * PAIR_WEIGHTS.actor
  );
}

function pairIncidents(
  graph: ClaimGraph,
  gold: GoldDocument,
  identities: DocumentMatching["identities"],
): IncidentPair[] {
  const goldIncidents = gold.entities.filter((e) => e.type === "incident");
  const candidates: IncidentPair[] = [];
  for (const [key, identity] of identities.extracted) {
    const attrs = graph.getNodeAttributes(key);
    for (const incident of goldIncidents) {
      if (!datesOverlap(attrs, incident)) continue;
      const shared = sharedWeight(identity, identities.gold.get(incident.id)!);
      if (shared === 0) continue;
      const score =
        shared +
        ((attrs.kind ?? "cyber") === (incident.kind ?? "cyber") ? PAIR_WEIGHTS.kind : 0) +
        (attrs.date === incident.date ? PAIR_WEIGHTS.date : 0);
      candidates.push({ extracted: key, gold: incident.id, score });
    }
  }

  // Best pair first; ties broken by key so the pairing never depends on iteration order.
  candidates.sort(
    (a, b) => b.score - a.score || compareText(a.extracted, b.extracted) || compareText(a.gold, b.gold),
  );
  const usedExtracted = new Set<string>();
  const usedGold = new Set<string>();
  const pairs: IncidentPair[] = [];
  for (const pair of candidates) {
    if (usedExtracted.has(pair.extracted) || usedGold.has(pair.gold)) continue;
    usedExtracted.add(pair.extracted);
    usedGold.add(pair.gold);
    pairs.push(pair);
  }
  return pairs;
}

/**
 * Gold ids matched by the ends of an incident's edges of one type. The whole graph counts, not only
 * this document: an incident merged across articles keeps the targets and actors that other
 * articles name, and those are part of what identifies it.
 */
function matchedEnds(
  graph: ClaimGraph,
  incident: string,
  type: EdgeType,
  actorMatches: (key: string) => ReadonlySet<string>,
): Set<string> {
  const ids = new Set<string>();
  graph.forEachOutEdge(incident, (_edge, attrs, _source, target) => {
    if (attrs.type === type) actorMatches(target).forEach((id) => ids.add(id));
  });
  return ids;
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
