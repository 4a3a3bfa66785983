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

export interface DocumentMatching {
  /** Gold entity ids an extracted node matches (at most one for an incident). */
  goldIdsOf(nodeKey: string): ReadonlySet<string>;
  incidentPairs: IncidentPair[];
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

  const incidentPairs = pairIncidents(graph, gold, incidentsInScope, actorMatches);
  const incidentMatch = new Map(incidentPairs.map((p) => [p.extracted, new Set([p.gold])]));

  return {
    incidentPairs,
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

function pairIncidents(
  graph: ClaimGraph,
  gold: GoldDocument,
  extractedIncidents: readonly string[],
  actorMatches: (key: string) => ReadonlySet<string>,
): IncidentPair[] {
  const goldIncidents = gold.entities.filter((e) => e.type === "incident");
  if (goldIncidents.length === 0 || extractedIncidents.length === 0) return [];
  const goldEnds = (incident: GoldEntity, type: EdgeType) =>
    new Set(gold.relations.filter((r) => r.type === type && r.source === incident.id).map((r) => r.target));

  const candidates: IncidentPair[] = [];
  for (const key of extractedIncidents) {
    const attrs = graph.getNodeAttributes(key);
    const forms = nameForms(attrs.label, attrs.aliases);
    const targets = matchedEnds(graph, key, "attacked", actorMatches);
    const actors = matchedEnds(graph, key, "attributed-to", actorMatches);
    for (const incident of goldIncidents) {
      if (!datesOverlap(attrs, incident)) continue;
      const sharedName = [...nameForms(incident.name, incident.aliases)].some((f) => forms.has(f));
      const goldTargets = goldEnds(incident, "attacked");
      incident.targets.forEach((t) => goldTargets.add(t));
      const sharedTargets = countShared(targets, goldTargets);
      const sharedActors = countShared(actors, goldEnds(incident, "attributed-to"));
      if (!sharedName && sharedTargets === 0 && sharedActors === 0) continue;
      const score =
        (sharedName ? PAIR_WEIGHTS.name : 0) +
        sharedTargets * PAIR_WEIGHTS.target +
        sharedActors * PAIR_WEIGHTS.actor +
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

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
