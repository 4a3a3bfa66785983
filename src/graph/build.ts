/**
 * Claims → claim graph. Incremental: `add` folds one document's extraction into running tables
 * (entities by key, claims by edge key) and forgets the document, so memory grows with the graph,
 * not with the corpus. The same incident reported by several documents (same kind, a shared
 * target, close dates) becomes one node, and the claims about it are rewritten to point at it.
 */
import {
  createClaimGraph,
  edgeAllowed,
  edgeKey,
  type ClaimGraph,
  type DocumentMeta,
  type EdgeAttributes,
  type Evidence,
  type NodeAttributes,
  type NodeType,
  type PartialDate,
} from "../model";
import { datesCompatible, daysBetween, morePrecise } from "../extract/dates";
import type { DocumentExtraction, ExtractedClaim, ExtractedEntity } from "../extract/types";
import { createIncidentIndex } from "./incident-index";
import { degreeSize, type LayoutInput } from "./layout";

export interface GraphBuildOptions {
  title?: string;
  generatedAt?: string;
}

export interface GraphBuilder {
  add(extraction: DocumentExtraction): void;
  graph(): ClaimGraph;
  /** The graph's nodes and edges settled (incidents folded, claims merged), before the graph is made. */
  finish(): FinishedGraph;
}

/** The nodes and edges `graph()` will hold, settled: their layout can start before the graph exists. */
export interface FinishedGraph {
  /** What `layoutInput` reads of the graph `graph()` makes, the same keys, sizes and edges in the same order. */
  layoutInput: LayoutInput;
  graph(): ClaimGraph;
}

/** The builder's nodes and claims settled (see `GraphBuilder.finish`). */
interface Settled {
  /** Undated incidents folded into a dated one, by key. */
  renames: Map<string, string>;
  /** The nodes' keys, in the order they were first added, the folded incidents left out. */
  keys: string[];
  merged: ClaimRecord[];
}

interface NodeRecord {
  type: NodeType;
  label: string;
  aliases: Set<string>;
  country?: string;
  role?: string;
  date?: PartialDate;
  endDate?: PartialDate;
  kind?: string;
  targets: Set<string>;
  mentions: NodeAttributes["mentions"];
}

interface ClaimRecord {
  type: EdgeAttributes["type"];
  source: string;
  target: string;
  date?: PartialDate;
  claimants: Set<string>;
  asserted: boolean;
  evidence: Evidence[];
  confidence: number;
}

/** Days within which two dated reports of one incident on one target are taken to be the same incident. */
const SAME_INCIDENT_DAYS = 31;

/** A date for a merged claim or incident: the more precise when they agree, else the earlier. */
function mergeDate(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (!a || !b) return a ?? b;
  if (datesCompatible(a, b)) return morePrecise(a, b);
  return a < b ? a : b;
}

function sameIncident(node: NodeRecord, incident: ExtractedEntity): boolean {
  if ((node.kind ?? "cyber") !== (incident.kind ?? "cyber")) return false;
  if (!(incident.targets ?? []).some((t) => node.targets.has(t))) return false;
  if (!node.date || !incident.date) return false;
  return (
    datesCompatible(node.date, incident.date) || daysBetween(node.date, incident.date) <= SAME_INCIDENT_DAYS
  );
}

export function createGraphBuilder(options: GraphBuildOptions = {}): GraphBuilder {
  const nodes = new Map<string, NodeRecord>();
  const claims = new Map<string, ClaimRecord>();
  const documents: DocumentMeta[] = [];
  /** Incident node keys by target, so placing an incident looks only at incidents sharing a target. */
  const incidentsByTarget = new Map<string, string[]>();
  /** The same keys by target and year: an incident is compared only with those dated near it. */
  const incidentIndex = createIncidentIndex();
  /** The last "-n" suffix given to a fresh incident key per key ("incident:unknown-2018-7"). */
  const lastSuffix = new Map<string, number>();

  /** Incident node keys by the name they go by ("NotPetya"), folded: a name is one incident across articles. */
  const incidentsByName = new Map<string, string>();
  /** The documents quoted by the claims of the documents added so far (see `holdsQuote`). */
  const evidenceDocs = new Set<string>();

  /** Finds the node an extracted incident merges into, or a fresh key for it. */
  function placeIncident(incident: ExtractedEntity): string {
    const byName = incident.name ? incidentsByName.get(incident.name.toLowerCase()) : undefined;
    if (byName) return byName;
    // An undated incident is the same as none (sameIncident).
    const candidates = incident.date
      ? incidentIndex
          .near(incident.targets ?? [], incident.date)
          .map((k): [string, NodeRecord] => [k, nodes.get(k)!])
          .filter(([, n]) => sameIncident(n, incident))
      : [];
    if (candidates.length > 0) {
      // Prefer the candidate sharing most targets, then a date the incident's refines ("2016" is
      // "2016-12", not the nearer "2015-12"), then the closest date.
      const score = ([, n]: [string, NodeRecord]) =>
        (incident.targets ?? []).filter((t) => n.targets.has(t)).length * 1000 +
        (datesCompatible(n.date, incident.date) ? 500 : 0) -
        (n.date && incident.date ? Math.min(daysBetween(n.date, incident.date), 499) : 0);
      return candidates.sort((a, b) => score(b) - score(a))[0]![0];
    }
    if (!nodes.has(incident.key)) return incident.key;
    // Nodes are never removed: the suffixes below the last one given out are still taken.
    let n = lastSuffix.get(incident.key) ?? 2;
    while (nodes.has(`${incident.key}-${n}`)) n++;
    lastSuffix.set(incident.key, n);
    return `${incident.key}-${n}`;
  }

  function addEntity(entity: ExtractedEntity, key: string): void {
    const node = nodes.get(key);
    if (!node) {
      nodes.set(key, {
        type: entity.type,
        label: entity.label,
        aliases: new Set(entity.aliases),
        country: entity.country,
        role: entity.role,
        date: entity.date,
        endDate: entity.endDate,
        kind: entity.kind,
        targets: new Set(entity.targets ?? []),
        mentions: [...entity.mentions],
      });
      return;
    }
    for (const alias of entity.aliases) node.aliases.add(alias);
    if (entity.label !== node.label) node.aliases.add(entity.label);
    node.country ??= entity.country;
    node.role ??= entity.role;
    node.kind ??= entity.kind;
    node.date = mergeDate(node.date, entity.date);
    node.endDate =
      node.endDate && entity.endDate
        ? node.endDate > entity.endDate
          ? node.endDate
          : entity.endDate
        : (node.endDate ?? entity.endDate);
    for (const t of entity.targets ?? []) node.targets.add(t);
    node.mentions.push(...entity.mentions);
  }

  /**
   * Whether `record` already holds a quote at `ev`'s place. Only the quotes from `from` on (those of
   * the document being added) can, unless an earlier document quoted `ev`'s (an id added twice):
   * no set of every quote ever filed, which kept a string per claim of the corpus alive (10,000
   * articles: 195,000) for the collector to trace again and again.
   */
  function holdsQuote(record: ClaimRecord, ev: ExtractedClaim["evidence"][number], from: number): boolean {
    const { evidence } = record;
    for (let i = evidenceDocs.has(ev.doc) ? 0 : from; i < evidence.length; i++)
      if (evidence[i]!.doc === ev.doc && evidence[i]!.start === ev.start) return true;
    return false;
  }

  /** `firstQuote`: per claim record, how many quotes it held before the document being added. */
  function addClaim(
    claim: ExtractedClaim,
    rename: (key: string) => string,
    firstQuote: Map<ClaimRecord, number>,
  ): void {
    const source = rename(claim.source);
    const target = rename(claim.target);
    const sourceType = nodes.get(source)?.type;
    const targetType = nodes.get(target)?.type;
    if (!sourceType || !targetType || source === target || !edgeAllowed(claim.type, sourceType, targetType))
      return;
    const key = edgeKey(claim.type, source, target);
    let record = claims.get(key);
    if (!record) {
      record = {
        type: claim.type,
        source,
        target,
        claimants: new Set(),
        asserted: false,
        evidence: [],
        confidence: 0,
      };
      claims.set(key, record);
    }
    record.date = mergeDate(record.date, claim.date);
    record.asserted ||= claim.stance === "asserted";
    record.confidence = Math.max(record.confidence, claim.confidence);
    for (const c of claim.claimants) if (nodes.has(rename(c))) record.claimants.add(rename(c));
    let from = firstQuote.get(record);
    if (from === undefined) firstQuote.set(record, (from = record.evidence.length));
    for (const ev of claim.evidence) {
      if (holdsQuote(record, ev, from)) continue;
      const claimants = (ev.claimants ?? []).map(rename).filter((c) => nodes.has(c));
      record.evidence.push({ doc: ev.doc, quote: ev.quote, start: ev.start, end: ev.end, claimants });
    }
  }

  /**
   * An incident no document could date (a story without a dateline) joins the dated incident of
   * the same kind sharing most of its targets, when exactly one shares most.
   */
  function undatedIncidentRenames(): Map<string, string> {
    const renames = new Map<string, string>();
    for (const [key, n] of nodes) {
      if (n.type !== "incident" || n.date) continue;
      const shared = new Map<string, number>();
      for (const t of n.targets) {
        for (const other of incidentsByTarget.get(t) ?? []) {
          const o = nodes.get(other)!;
          if (other !== key && o.date && (o.kind ?? "cyber") === (n.kind ?? "cyber"))
            shared.set(other, (shared.get(other) ?? 0) + 1);
        }
      }
      const ranked = [...shared].sort((a, b) => b[1] - a[1]);
      if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]))
        renames.set(key, ranked[0]![0]);
    }
    return renames;
  }

  /** Claims with renamed endpoints, those that now share an edge key merged. */
  function mergeRenamedClaims(rename: (key: string) => string): ClaimRecord[] {
    const merged = new Map<string, ClaimRecord>();
    for (const c of claims.values()) {
      const source = rename(c.source);
      const target = rename(c.target);
      if (source === target) continue;
      const key = edgeKey(c.type, source, target);
      const existing = merged.get(key);
      if (!existing) {
        merged.set(key, {
          ...c,
          source,
          target,
          claimants: new Set([...c.claimants].map(rename)),
          evidence: [...c.evidence],
        });
        continue;
      }
      existing.date = mergeDate(existing.date, c.date);
      existing.asserted ||= c.asserted;
      existing.confidence = Math.max(existing.confidence, c.confidence);
      for (const k of c.claimants) existing.claimants.add(rename(k));
      existing.evidence.push(
        ...c.evidence.filter((e) => !existing.evidence.some((x) => x.doc === e.doc && x.start === e.start)),
      );
    }
    return [...merged.values()];
  }

  /** The nodes left once undated incidents are folded (`renames`), in order, and the claims merged. */
  function settle(): Settled {
    const renames = undatedIncidentRenames();
    const rename = (key: string) => renames.get(key) ?? key;
    const keys = [...nodes.keys()].filter((key) => !renames.has(key));
    return { renames, keys, merged: mergeRenamedClaims(rename) };
  }

  /** The graph of the settled nodes (each with the incidents folded into it) and merged claims. */
  function makeGraph({ renames, keys, merged }: Settled): ClaimGraph {
    const graph = createClaimGraph({
      title: options.title ?? "Claim graph",
      generatedAt: options.generatedAt ?? new Date().toISOString(),
      documents: [...documents],
    });
    // The incidents folded into each node, in the order they were renamed: one pass over the renames.
    const foldedInto = new Map<string, NodeRecord[]>();
    for (const [from, to] of renames) {
      const list = foldedInto.get(to) ?? [];
      list.push(nodes.get(from)!);
      foldedInto.set(to, list);
    }
    for (const key of keys) {
      const n = nodes.get(key)!;
      const folded = foldedInto.get(key) ?? [];
      const attributes: NodeAttributes = {
        label: n.label,
        type: n.type,
        aliases: [...new Set([...n.aliases, ...folded.flatMap((f) => [...f.aliases])])].filter(
          (a) => a !== n.label,
        ),
        mentions: [...n.mentions, ...folded.flatMap((f) => f.mentions)],
      };
      if (n.country && nodes.get(n.country)?.type === "state") attributes.country = n.country;
      if (n.role) attributes.role = n.role;
      if (n.date) attributes.date = n.date;
      if (n.endDate && n.date && n.endDate > n.date) attributes.endDate = n.endDate;
      if (n.kind) attributes.kind = n.kind;
      graph.addNode(key, attributes);
    }
    for (const c of merged) {
      const key = edgeKey(c.type, c.source, c.target);
      const attributes: EdgeAttributes = {
        type: c.type,
        claimants: [...c.claimants],
        stance: c.asserted ? "asserted" : "suspected",
        evidence: c.evidence,
        confidence: c.confidence,
        origin: "extracted",
      };
      if (c.date) attributes.date = c.date;
      graph.addDirectedEdgeWithKey(key, c.source, c.target, attributes);
    }
    graph.forEachNode((key) => graph.setNodeAttribute(key, "size", degreeSize(graph.degree(key))));
    return graph;
  }

  return {
    add(extraction) {
      documents.push(extraction.meta);
      const renamed = new Map<string, string>();
      for (const entity of extraction.entities) {
        const key = entity.type === "incident" ? placeIncident(entity) : entity.key;
        renamed.set(entity.key, key);
        addEntity(entity, key);
        if (entity.type === "incident") {
          if (entity.name) incidentsByName.set(entity.name.toLowerCase(), key);
          const node = nodes.get(key)!;
          for (const t of entity.targets ?? []) {
            const list = incidentsByTarget.get(t) ?? [];
            if (incidentIndex.file(t, key, node.date)) list.push(key);
            incidentsByTarget.set(t, list);
          }
          // Its date may have changed with this report: filed under its targets again, by the new year.
          for (const t of node.targets) incidentIndex.file(t, key, node.date);
        }
      }
      const rename = (key: string) => renamed.get(key) ?? key;
      const firstQuote = new Map<ClaimRecord, number>();
      for (const claim of extraction.claims) addClaim(claim, rename, firstQuote);
      for (const claim of extraction.claims) for (const ev of claim.evidence) evidenceDocs.add(ev.doc);
    },

    graph() {
      return makeGraph(settle());
    },

    finish() {
      const settled = settle();
      return { layoutInput: layoutInputOf(settled.keys, settled.merged), graph: () => makeGraph(settled) };
    },
  };
}

/**
 * The layout input of the graph holding `keys`' nodes, in order, and one edge per claim of `merged`,
 * in order: read from them, not from the graph, so that the layout runs while the graph is made.
 */
function layoutInputOf(keys: string[], merged: readonly ClaimRecord[]): LayoutInput {
  const index = new Map(keys.map((key, i) => [key, i]));
  const degrees = new Uint32Array(keys.length);
  const edges = new Uint32Array(2 * merged.length);
  merged.forEach((c, e) => {
    const source = index.get(c.source)!;
    const target = index.get(c.target)!;
    edges[2 * e] = source;
    edges[2 * e + 1] = target;
    degrees[source]!++;
    degrees[target]!++;
  });
  return { keys, sizes: Float64Array.from(degrees, degreeSize), edges };
}

export function buildClaimGraph(
  extractions: Iterable<DocumentExtraction>,
  options?: GraphBuildOptions,
): ClaimGraph {
  const builder = createGraphBuilder(options);
  for (const extraction of extractions) builder.add(extraction);
  return builder.graph();
}
