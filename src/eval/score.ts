/**
 * Scores an extracted claim graph against gold annotations with the rules at the end of
 * data-model.md. Pure and browser-safe: plain graph and gold in, a report out.
 */
import {
  EDGE_TYPES,
  type ClaimGraph,
  type EdgeAttributes,
  type EdgeType,
  type GoldDocument,
  type NodeType,
} from "../model";
import { diagnoseIncidents, type IncidentDiagnosis } from "./incident-diagnosis";
import { matchDocument, type IncidentPair } from "./match";
import { addTally, emptyTally, type Tally } from "./metrics";

export interface MissedRelation {
  type: EdgeType;
  source: string;
  target: string;
  /** Gold display names of the endpoints. */
  sourceName: string;
  targetName: string;
  evidence: string;
}

export interface FalseClaim {
  type: EdgeType;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  /** Endpoints that match no gold entity of the document (for an incident: pair with no gold incident). */
  unmatched: { end: "source" | "target"; type: NodeType }[];
  quotes: string[];
}

export interface EntityRef {
  id: string;
  type: NodeType;
  name: string;
}

/** A found attributed-to relation whose claimants do not match gold exactly. */
export interface ClaimantMismatch {
  source: string;
  target: string;
  /** Labels of the extracted claimants, and gold names of the expected ones. */
  extracted: string[];
  gold: string[];
}

export interface DocumentScore {
  doc: string;
  relations: Tally;
  /** Claimants of the found required attributed-to relations that have gold claimants. */
  claimants: Tally;
  claimantMismatches: ClaimantMismatch[];
  entities: Tally;
  byType: Partial<Record<EdgeType, Tally>>;
  missed: MissedRelation[];
  falseClaims: FalseClaim[];
  /** Extracted edges that matched a required gold relation (what scripts/claim-trace.mjs counts as found). */
  foundClaims: { type: EdgeType; source: string; target: string }[];
  /** Gold entities of required relations that no extracted node matches. */
  missedEntities: EntityRef[];
  /** Extracted nodes with an edge evidenced in the document that match no gold entity. */
  falseEntities: EntityRef[];
  incidentPairs: IncidentPair[];
  /** Why the incidents left unpaired on either side did not pair. */
  unpairedIncidents: IncidentDiagnosis;
  /** Extracted edges that matched only optional gold relations: neither right nor wrong. */
  optionalMatches: number;
}

export interface EvaluationReport {
  documents: DocumentScore[];
  byType: Partial<Record<EdgeType, Tally>>;
  relations: Tally;
  entities: Tally;
  claimants: Tally;
}

/** What the graph evidences in each document: nodes mentioned or joined by an evidenced edge, and edges. */
interface DocumentScope {
  nodes: Set<string>;
  edges: Set<string>;
}

function scopesByDocument(graph: ClaimGraph): Map<string, DocumentScope> {
  const scopes = new Map<string, DocumentScope>();
  const scopeOf = (doc: string) => {
    let scope = scopes.get(doc);
    if (!scope) scopes.set(doc, (scope = { nodes: new Set(), edges: new Set() }));
    return scope;
  };
  graph.forEachNode((key, attrs) => attrs.mentions.forEach((m) => scopeOf(m.doc).nodes.add(key)));
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.review?.state === "rejected") return; // a person's verdict: not a claim any more
    for (const ev of attrs.evidence) {
      const scope = scopeOf(ev.doc);
      scope.edges.add(edge);
      scope.nodes.add(source);
      scope.nodes.add(target);
    }
  });
  return scopes;
}

export function scoreGraph(graph: ClaimGraph, golds: readonly GoldDocument[]): EvaluationReport {
  const scopes = scopesByDocument(graph);
  const documents = golds.map((gold) =>
    scoreDocument(graph, gold, scopes.get(gold.doc) ?? { nodes: new Set(), edges: new Set() }),
  );
  const byType: Partial<Record<EdgeType, Tally>> = {};
  for (const type of EDGE_TYPES) {
    for (const d of documents) {
      const t = d.byType[type];
      if (t) addTally((byType[type] ??= emptyTally()), t);
    }
  }
  return {
    documents,
    byType,
    relations: documents.reduce((sum, d) => addTally(sum, d.relations), emptyTally()),
    entities: documents.reduce((sum, d) => addTally(sum, d.entities), emptyTally()),
    claimants: documents.reduce((sum, d) => addTally(sum, d.claimants), emptyTally()),
  };
}

/** A group → sponsor attribution counts only where the document's gold has one from that group. */
function scoredHere(
  graph: ClaimGraph,
  gold: GoldDocument,
  type: EdgeType,
  source: string,
  sourceIds: ReadonlySet<string>,
): boolean {
  if (type !== "attributed-to" || graph.getNodeAttribute(source, "type") !== "group") return true;
  return gold.relations.some((r) => r.type === "attributed-to" && sourceIds.has(r.source));
}

function scoreDocument(graph: ClaimGraph, gold: GoldDocument, scope: DocumentScope): DocumentScore {
  const incidents = [...scope.nodes].filter((k) => graph.getNodeAttribute(k, "type") === "incident");
  const matching = matchDocument(graph, gold, incidents);
  const goldById = new Map(gold.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => goldById.get(id)?.name ?? id;

  const byType: Partial<Record<EdgeType, Tally>> = {};
  const tallyOf = (type: EdgeType) => (byType[type] ??= emptyTally());
  const required = gold.relations.filter((r) => !r.optional);
  required.forEach((r) => tallyOf(r.type).gold++);

  const found = new Set<number>();
  const falseClaims: FalseClaim[] = [];
  const foundClaims: { type: EdgeType; source: string; target: string }[] = [];
  const claimedNodes = new Set<string>();
  const claimantsOf = new Map<number, Set<string>>();
  let optionalMatches = 0;
  for (const edge of scope.edges) {
    const attrs = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    const sourceIds = matching.goldIdsOf(source);
    const targetIds = matching.goldIdsOf(target);
    if (!scoredHere(graph, gold, attrs.type, source, sourceIds)) continue;
    claimedNodes.add(source);
    claimedNodes.add(target);
    let matchedRequired = false;
    let matchedOptional = false;
    gold.relations.forEach((r, i) => {
      if (r.type !== attrs.type || !sourceIds.has(r.source) || !targetIds.has(r.target)) return;
      if (r.optional) matchedOptional = true;
      else {
        matchedRequired = true;
        found.add(i);
        if (r.claimants) {
          const set = claimantsOf.get(i) ?? new Set<string>();
          extractedClaimants(attrs, gold.doc).forEach((c) => set.add(c));
          claimantsOf.set(i, set);
        }
      }
    });
    if (matchedRequired) {
      foundClaims.push({ type: attrs.type, source, target });
      tallyOf(attrs.type).extracted++;
      tallyOf(attrs.type).correct++;
    } else if (matchedOptional) {
      optionalMatches++;
    } else {
      tallyOf(attrs.type).extracted++;
      falseClaims.push({
        type: attrs.type,
        source,
        target,
        sourceLabel: graph.getNodeAttribute(source, "label"),
        targetLabel: graph.getNodeAttribute(target, "label"),
        unmatched: [
          ...(sourceIds.size === 0
            ? [{ end: "source" as const, type: graph.getNodeAttribute(source, "type") }]
            : []),
          ...(targetIds.size === 0
            ? [{ end: "target" as const, type: graph.getNodeAttribute(target, "type") }]
            : []),
        ],
        quotes: attrs.evidence.filter((ev) => ev.doc === gold.doc).map((ev) => ev.quote),
      });
    }
  }

  const missed: MissedRelation[] = [];
  gold.relations.forEach((r, i) => {
    if (r.optional) return;
    if (found.has(i)) tallyOf(r.type).found++;
    else
      missed.push({
        type: r.type,
        source: r.source,
        target: r.target,
        sourceName: nameOf(r.source),
        targetName: nameOf(r.target),
        evidence: r.evidence,
      });
  });

  const relations = Object.values(byType).reduce((sum, t) => addTally(sum, t), emptyTally());
  const claimants = emptyTally();
  const claimantMismatches: ClaimantMismatch[] = [];
  for (const [i, extracted] of claimantsOf) {
    const relation = gold.relations[i]!;
    const expected = new Set(relation.claimants ?? []);
    const present = [...extracted].filter((key) => graph.hasNode(key));
    const hits = present.filter((key) => [...matching.goldIdsOf(key)].some((id) => expected.has(id)));
    const foundIds = new Set(present.flatMap((key) => [...matching.goldIdsOf(key)]));
    const tally = {
      extracted: present.length,
      correct: hits.length,
      gold: expected.size,
      found: [...expected].filter((id) => foundIds.has(id)).length,
    };
    addTally(claimants, tally);
    if (tally.correct < tally.extracted || tally.found < tally.gold)
      claimantMismatches.push({
        source: nameOf(relation.source),
        target: nameOf(relation.target),
        extracted: present.map((key) => graph.getNodeAttribute(key, "label")),
        gold: [...expected].map(nameOf),
      });
  }
  const matchedGoldIds = new Set([...scope.nodes].flatMap((key) => [...matching.goldIdsOf(key)]));
  return {
    doc: gold.doc,
    relations,
    claimants,
    claimantMismatches,
    byType,
    missed,
    falseClaims,
    foundClaims,
    optionalMatches,
    incidentPairs: matching.incidentPairs,
    unpairedIncidents: diagnoseIncidents({ graph, gold, matching, matchedGoldIds, falseClaims }),
    ...scoreEntities(graph, gold, matchedGoldIds, claimedNodes, matching.goldIdsOf),
  };
}

/** Who makes the claim in this document: its evidence entries' claimants there, else the edge's. */
function extractedClaimants(attrs: EdgeAttributes, doc: string): string[] {
  const here = attrs.evidence.filter((ev) => ev.doc === doc && ev.claimants);
  return here.length > 0 ? here.flatMap((ev) => ev.claimants ?? []) : attrs.claimants;
}

/**
 * Entity recall counts the gold entities taking part in required relations; entity precision counts
 * the extracted nodes with an edge evidenced in the document.
 */
function scoreEntities(
  graph: ClaimGraph,
  gold: GoldDocument,
  /** Gold ids that some node the graph evidences in the document matches. */
  matched: ReadonlySet<string>,
  claimedNodes: ReadonlySet<string>,
  goldIdsOf: (key: string) => ReadonlySet<string>,
): Pick<DocumentScore, "entities" | "missedEntities" | "falseEntities"> {
  const wanted = new Set(gold.relations.filter((r) => !r.optional).flatMap((r) => [r.source, r.target]));
  const missedEntities = gold.entities
    .filter((e) => wanted.has(e.id) && !matched.has(e.id))
    .map((e) => ({ id: e.id, type: e.type, name: e.name }));

  const falseEntities: EntityRef[] = [];
  for (const key of claimedNodes) {
    if (goldIdsOf(key).size > 0) continue;
    const attrs = graph.getNodeAttributes(key);
    falseEntities.push({ id: key, type: attrs.type, name: attrs.label });
  }
  const goldWanted = gold.entities.filter((e) => wanted.has(e.id)).length;
  return {
    entities: {
      extracted: claimedNodes.size,
      correct: claimedNodes.size - falseEntities.length,
      gold: goldWanted,
      found: goldWanted - missedEntities.length,
    },
    missedEntities,
    falseEntities,
  };
}
