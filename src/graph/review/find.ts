/**
 * Finding an operation's target in a graph that may have been re-extracted since: by key first,
 * then by evidence (claims) or mentions and names (entities). A target found nowhere, or in two
 * places equally well, is a reason the caller reports; nothing here guesses.
 */
import {
  EDGE_TYPES,
  type ClaimGraph,
  type ClaimRef,
  type EdgeType,
  type EntityRef,
  type Span,
} from "../../model";

export type Found = { ok: true; key: string } | { ok: false; reason: string };

/** How many spans a reference keeps: enough to find a claim or entity again, not its whole history. */
const REF_EVIDENCE_SPANS = 20;
const REF_MENTION_SPANS = 10;

const span = (s: Span): Span => ({ doc: s.doc, start: s.start, end: s.end });

/** The reference an operation stores for the claim under `key` (which must be in the graph). */
export function claimRef(graph: ClaimGraph, key: string): ClaimRef {
  const evidence = graph.getEdgeAttribute(key, "evidence");
  return { key, evidence: evidence.slice(0, REF_EVIDENCE_SPANS).map(span) };
}

/** The reference an operation stores for the entity under `key` (which must be in the graph). */
export function entityRef(graph: ClaimGraph, key: string): EntityRef {
  const { label, mentions } = graph.getNodeAttributes(key);
  return { key, label, mentions: mentions.slice(0, REF_MENTION_SPANS).map(span) };
}

/** `type:source->target` back into its parts; undefined for a string that is no edge key. */
export function parseEdgeKey(key: string): { type: EdgeType; source: string; target: string } | undefined {
  const colon = key.indexOf(":");
  const arrow = key.indexOf("->");
  if (colon < 0 || arrow < colon) return undefined;
  const type = key.slice(0, colon) as EdgeType;
  if (!EDGE_TYPES.includes(type)) return undefined;
  return { type, source: key.slice(colon + 1, arrow), target: key.slice(arrow + 2) };
}

/** Counts the reference spans that overlap one of `spans` (same document, intersecting offsets). */
function sharedSpans(reference: Map<string, Span[]>, spans: readonly Span[]): number {
  let shared = 0;
  for (const s of spans) {
    const candidates = reference.get(s.doc);
    if (candidates?.some((r) => r.start < s.end && s.start < r.end)) shared++;
  }
  return shared;
}

function byDocument(spans: readonly Span[]): Map<string, Span[]> {
  const map = new Map<string, Span[]>();
  for (const s of spans) map.set(s.doc, [...(map.get(s.doc) ?? []), s]);
  return map;
}

/** The single best-scoring candidate, or why there is none. */
function best(scored: { key: string; score: number[] }[], what: string, none: string): Found {
  if (scored.length === 0) return { ok: false, reason: none };
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
    return 0;
  };
  scored.sort((a, b) => compare(a.score, b.score));
  if (scored.length > 1 && compare(scored[0]!.score, scored[1]!.score) === 0)
    return {
      ok: false,
      reason: `${what} matches ${scored[0]!.key} and ${scored[1]!.key} equally well; left alone`,
    };
  return { ok: true, key: scored[0]!.key };
}

/** The claim an operation means: the edge under its key, else the one sharing its evidence. */
export function findClaim(graph: ClaimGraph, ref: ClaimRef): Found {
  if (graph.hasEdge(ref.key)) return { ok: true, key: ref.key };
  const what = `claim ${ref.key}`;
  if (ref.evidence.length === 0)
    return {
      ok: false,
      reason: `${what} is not in the graph, and the operation names no evidence to find it by`,
    };
  const old = parseEdgeKey(ref.key);
  const reference = byDocument(ref.evidence);
  const scored: { key: string; score: number[] }[] = [];
  // Only a claim of the same type: a verdict on a vanished claim must not land on another claim
  // that the same sentence supports.
  graph.forEachEdge((key, attributes, source, target) => {
    if (attributes.type !== old?.type) return;
    const shared = sharedSpans(reference, attributes.evidence);
    if (shared === 0) return;
    const ends = Number(source === old.source) + Number(target === old.target);
    scored.push({ key, score: [ends, shared] });
  });
  const none = `${what} is not in the graph, and no ${old?.type ?? "such"} claim has evidence at the places it names`;
  return best(scored, what, none);
}

const normalizeName = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** The entity an operation means: the node under its key, else one of its type sharing a mention, else a name. */
export function findEntity(graph: ClaimGraph, ref: EntityRef): Found {
  if (graph.hasNode(ref.key)) return { ok: true, key: ref.key };
  const type = ref.key.slice(0, ref.key.indexOf(":"));
  const what = `entity ${ref.key}`;
  const reference = byDocument(ref.mentions);
  const byMention: { key: string; score: number[] }[] = [];
  const byName: { key: string; score: number[] }[] = [];
  const name = ref.label === undefined ? undefined : normalizeName(ref.label);
  graph.forEachNode((key, attributes) => {
    if (attributes.type !== type) return;
    const shared = reference.size > 0 ? sharedSpans(reference, attributes.mentions) : 0;
    if (shared > 0) byMention.push({ key, score: [shared] });
    else if (
      name !== undefined &&
      [attributes.label, ...attributes.aliases].some((n) => normalizeName(n) === name)
    )
      byName.push({ key, score: [Number(normalizeName(attributes.label) === name)] });
  });
  const none = `${what} is not in the graph, and no ${type} has its mentions or its name`;
  return byMention.length > 0 ? best(byMention, what, none) : best(byName, what, none);
}
