/**
 * Replaying the review log onto a graph. Each operation is checked whole before it changes
 * anything, so one that cannot apply (its target is gone, or the data model's type rules forbid
 * the result) leaves the graph as it was and comes back as a problem with its number.
 *
 * Undo and redo: the workspace keeps the extracted graph and the log; undo replays the log
 * without its last operation onto the extracted graph (`applyReviewLogToCopy`), redo puts the
 * operation back. There are no inverse operations to get wrong.
 */
import {
  EDGE_RULES,
  edgeAllowed,
  edgeKey,
  type ClaimGraph,
  type EdgeAttributes,
  type EdgeType,
  type EntityRef,
  type NodeAttributes,
  type NodeType,
  type ReviewLog,
  type ReviewOp,
} from "../../model";
import { findClaim, findEntity } from "./find";
import { moveClaim, putClaim, repointNode, repointedEnds } from "./rewire";

export type ReviewOpOutcome = { ok: true; notices: string[] } | { ok: false; reason: string };

export interface ReviewProblem {
  /** The operation's number, counted from 1 ("op 3" is `log.ops[2]`). */
  op: number;
  reason: string;
}

export interface ReviewReplay {
  applied: number;
  problems: ReviewProblem[];
  /** What replay did besides the operations themselves (dropped self-loops, joined claims), by op number. */
  notices: string[];
}

class Refused extends Error {}

function refuse(reason: string): never {
  throw new Refused(reason);
}

function entity(graph: ClaimGraph, ref: EntityRef): string {
  const found = findEntity(graph, ref);
  return found.ok ? found.key : refuse(found.reason);
}

function claim(
  graph: ClaimGraph,
  ref: { key: string; evidence: { doc: string; start: number; end: number }[] },
) {
  const found = findClaim(graph, ref);
  return found.ok ? found.key : refuse(found.reason);
}

function checkEnds(graph: ClaimGraph, type: EdgeType, source: string, target: string): void {
  if (source === target) refuse(`a claim cannot join ${source} to itself`);
  const sourceType = graph.getNodeAttribute(source, "type");
  const targetType = graph.getNodeAttribute(target, "type");
  if (!edgeAllowed(type, sourceType, targetType)) {
    const rule = EDGE_RULES[type];
    refuse(
      `a "${type}" claim cannot go from a ${sourceType} to a ${targetType} (allowed: ${rule.source.join("/")} → ${rule.target.join("/")})`,
    );
  }
}

/** Checks that every claim of `from` is allowed once `from` becomes `to` of type `type`. */
function checkRepoint(graph: ClaimGraph, from: string, to: string, type: NodeType): void {
  const typeOf = (key: string) => (key === to ? type : graph.getNodeAttribute(key, "type"));
  for (const edge of graph.edges(from)) {
    const { source, target } = repointedEnds(graph, edge, from, to);
    if (source === target) continue;
    const edgeType = graph.getEdgeAttribute(edge, "type");
    if (!edgeAllowed(edgeType, typeOf(source), typeOf(target)))
      refuse(
        `claim ${edge} would become a "${edgeType}" from a ${typeOf(source)} to a ${typeOf(target)}, which the data model does not allow`,
      );
  }
  if (type !== "state")
    graph.forEachNode((node, attributes) => {
      if (attributes.country === from) refuse(`${node} has ${from} as its country, which must stay a state`);
    });
}

function stamp(op: ReviewOp) {
  return { by: op.by, at: op.at };
}

function curated(attributes: EdgeAttributes): EdgeAttributes {
  return { ...attributes, origin: "curated", confidence: 1 };
}

function reviewClaim(graph: ClaimGraph, op: Extract<ReviewOp, { op: "review-claim" }>): string[] {
  const key = claim(graph, op.claim);
  const attributes = { ...graph.getEdgeAttributes(key) };
  if (op.state === "unreviewed") delete attributes.review;
  else attributes.review = { state: op.state, ...stamp(op) };
  graph.replaceEdgeAttributes(key, attributes);
  return key === op.claim.key ? [] : [`found claim ${op.claim.key} as ${key} by its evidence`];
}

function editClaim(graph: ClaimGraph, op: Extract<ReviewOp, { op: "edit-claim" }>): string[] {
  const notices: string[] = [];
  const key = claim(graph, op.claim);
  if (key !== op.claim.key) notices.push(`found claim ${op.claim.key} as ${key} by its evidence`);
  const { changes } = op;
  const type = changes.type ?? graph.getEdgeAttribute(key, "type");
  const source = changes.source ? entity(graph, changes.source) : graph.source(key);
  const target = changes.target ? entity(graph, changes.target) : graph.target(key);
  const claimants = changes.claimants?.map((ref) => entity(graph, ref));
  checkEnds(graph, type, source, target);

  const moved = moveClaim(graph, key, type, source, target);
  if (moved.joined) notices.push(`claim ${key} joined claim ${moved.key} with its evidence`);
  const attributes = curated(graph.getEdgeAttributes(moved.key));
  if (changes.stance) attributes.stance = changes.stance;
  if (changes.date === null) delete attributes.date;
  else if (changes.date !== undefined) attributes.date = changes.date;
  if (claimants) {
    // The sentence-level claimants would otherwise outrank the analyst's list (the scorer reads them first).
    attributes.claimants = [...new Set(claimants)];
    attributes.evidence = attributes.evidence.map(({ claimants: _dropped, ...e }) => e);
  }
  graph.replaceEdgeAttributes(moved.key, attributes);
  return notices;
}

function renameEntity(graph: ClaimGraph, op: Extract<ReviewOp, { op: "rename-entity" }>): string[] {
  const key = entity(graph, op.entity);
  const { label, aliases } = graph.getNodeAttributes(key);
  const names = label === op.label ? aliases : [...aliases, label];
  graph.mergeNodeAttributes(key, {
    label: op.label,
    aliases: [...new Set(names)].filter((a) => a !== op.label),
  });
  return [];
}

function retypeEntity(graph: ClaimGraph, op: Extract<ReviewOp, { op: "retype-entity" }>): string[] {
  const key = entity(graph, op.entity);
  const attributes = graph.getNodeAttributes(key);
  if (attributes.type === op.type) return [`${key} is already a ${op.type}`];
  const newKey = `${op.type}:${key.slice(key.indexOf(":") + 1)}`;
  if (graph.hasNode(newKey)) refuse(`${newKey} already exists; merge the two entities instead`);
  checkRepoint(graph, key, newKey, op.type);
  const notices = [`${key} is now ${newKey}`];
  graph.addNode(newKey, { ...attributes, type: op.type });
  repointNode(graph, key, newKey, notices);
  return notices;
}

function mergeEntities(graph: ClaimGraph, op: Extract<ReviewOp, { op: "merge-entities" }>): string[] {
  const into = entity(graph, op.into);
  const from = entity(graph, op.from);
  if (into === from) refuse(`${op.from.key} and ${op.into.key} are the same entity ${into}`);
  const kept = graph.getNodeAttributes(into);
  const gone = graph.getNodeAttributes(from);
  checkRepoint(graph, from, into, kept.type);
  const names = [...kept.aliases, gone.label, ...gone.aliases].filter((n) => n !== kept.label);
  // What `into` lacks (a role, a country, a date) comes from `from`; builders leave undefined fields.
  const merged: NodeAttributes = { ...kept };
  for (const [field, value] of Object.entries(gone)) merged[field] ??= value;
  if (merged.country === into || merged.country === from) delete merged.country;
  graph.replaceNodeAttributes(into, {
    ...merged,
    aliases: [...new Set(names)],
    mentions: [...kept.mentions, ...gone.mentions],
  });
  const notices = [`merged ${from} into ${into}`];
  repointNode(graph, from, into, notices);
  return notices;
}

function addEntity(graph: ClaimGraph, op: Extract<ReviewOp, { op: "add-entity" }>): string[] {
  const { key, type, country, ...rest } = op.entity;
  if (!key.startsWith(`${type}:`)) refuse(`the key ${key} must start with its type "${type}:"`);
  if (graph.hasNode(key)) {
    if (graph.getNodeAttribute(key, "type") !== type) refuse(`${key} exists with another type`);
    return [`${key} is already in the graph; nothing added`];
  }
  if (
    country !== undefined &&
    !(graph.hasNode(country) && graph.getNodeAttribute(country, "type") === "state")
  )
    refuse(`the country ${country} is not a state of this graph`);
  graph.addNode(key, { ...rest, type, ...(country === undefined ? {} : { country }), mentions: [] });
  return [];
}

function addClaim(graph: ClaimGraph, op: Extract<ReviewOp, { op: "add-claim" }>): string[] {
  const c = op.claim;
  const source = entity(graph, c.source);
  const target = entity(graph, c.target);
  const claimants = c.claimants.map((ref) => entity(graph, ref));
  checkEnds(graph, c.type, source, target);
  const documents = new Map(graph.getAttribute("documents").map((d) => [d.id, d.chars]));
  for (const e of c.evidence) {
    const chars = documents.get(e.doc);
    if (chars === undefined) refuse(`the evidence names document "${e.doc}", which is not in the graph`);
    if (e.start > e.end || e.end > chars)
      refuse(`the evidence offsets ${e.start}–${e.end} do not fit "${e.doc}" (${chars} characters)`);
  }
  const attributes: EdgeAttributes = {
    type: c.type,
    claimants: [...new Set(claimants)],
    stance: c.stance,
    evidence: c.evidence.map((e) => ({ doc: e.doc, quote: e.quote, start: e.start, end: e.end })),
    confidence: 1,
    origin: "curated",
    ...(c.date === undefined ? {} : { date: c.date }),
  };
  const put = putClaim(graph, attributes, source, target);
  if (!put.joined) return [];
  graph.replaceEdgeAttributes(put.key, curated(graph.getEdgeAttributes(put.key)));
  return [`claim ${edgeKey(c.type, source, target)} was already there; the new evidence joined it`];
}

const APPLY: { [K in ReviewOp["op"]]: (graph: ClaimGraph, op: Extract<ReviewOp, { op: K }>) => string[] } = {
  "review-claim": reviewClaim,
  "edit-claim": editClaim,
  "rename-entity": renameEntity,
  "retype-entity": retypeEntity,
  "merge-entities": mergeEntities,
  "add-entity": addEntity,
  "add-claim": addClaim,
};

/**
 * Applies one operation to `graph`, changing it in place. Either the whole operation applies
 * (`ok`, with notices) or nothing changes (`reason`). Takes a parsed operation (`parseReviewOp`).
 */
export function applyReviewOpInPlace(graph: ClaimGraph, op: ReviewOp): ReviewOpOutcome {
  const apply = APPLY[op.op] as (graph: ClaimGraph, op: ReviewOp) => string[];
  try {
    return { ok: true, notices: apply(graph, op) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Replays every operation of the log onto `graph`, changing it in place, in order. */
export function applyReviewLogInPlace(graph: ClaimGraph, log: ReviewLog): ReviewReplay {
  const replay: ReviewReplay = { applied: 0, problems: [], notices: [] };
  log.ops.forEach((op, index) => {
    const outcome = applyReviewOpInPlace(graph, op);
    if (!outcome.ok) {
      replay.problems.push({ op: index + 1, reason: outcome.reason });
      return;
    }
    replay.applied++;
    for (const notice of outcome.notices) replay.notices.push(`op ${index + 1} (${op.op}): ${notice}`);
  });
  return replay;
}

/** Replays the log onto a copy of `graph`; `graph` itself stays as it was (the extracted graph). */
export function applyReviewLogToCopy(
  graph: ClaimGraph,
  log: ReviewLog,
): ReviewReplay & { graph: ClaimGraph } {
  const copy = graph.copy() as ClaimGraph;
  return { graph: copy, ...applyReviewLogInPlace(copy, log) };
}

/** "op 3 (merge-entities): entity person:x is not in the graph ..." for warnings and notices. */
export function formatReviewProblem(problem: ReviewProblem, log: ReviewLog): string {
  const op = log.ops[problem.op - 1];
  return `op ${problem.op}${op ? ` (${op.op} by ${op.by} at ${op.at})` : ""}: ${problem.reason}`;
}
