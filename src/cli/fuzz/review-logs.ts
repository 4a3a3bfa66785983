/**
 * Generated review logs for `parseReviewLog` and their replay (src/graph/review): operations made
 * against a generated graph (refs from `claimRef`/`entityRef`, or refs to things that are not
 * there), the same logs with one known fault, and any JSON. A valid log must parse and replay
 * without an exception, every refused operation named by its number, and leave a graph that
 * `loadGraph` accepts; a faulty one must be refused with a problem at the fault's path.
 */
import fc from "fast-check";
import {
  EDGE_TYPES,
  formatProblem,
  loadGraph,
  NODE_TYPES,
  parseReviewLog,
  REVIEW_LOG_KIND,
  REVIEW_LOG_VERSION,
  serializeGraph,
  STANCES,
  type ClaimGraph,
  type ReviewOpInput,
} from "../../model";
import { applyReviewLogToCopy, claimRef, entityRef } from "../../graph/review";
import { breakInput, check, checkFaultNamed, type Breaker as BreakerOf } from "./check";
import { validGraph } from "./graph-files";
import { anyText, partialDate, someText } from "./text";

const AT = "2026-12-02T05:00:00.000Z";

/** What one operation does, with indices into the graph's nodes and edges picked when it is built. */
const opSeed = fc.record({
  op: fc.constantFrom(
    "review-claim",
    "edit-claim",
    "rename-entity",
    "retype-entity",
    "merge-entities",
    "add-entity",
    "add-claim",
  ),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: someText(30),
  by: someText(12),
  stale: fc.boolean(),
  date: fc.option(partialDate, { nil: null }),
});
type OpSeed = typeof opSeed extends fc.Arbitrary<infer T> ? T : never;

function buildOp(graph: ClaimGraph, s: OpSeed): ReviewOpInput {
  const nodes = graph.nodes();
  const edges = graph.edges();
  const stamp = { by: s.by, at: AT };
  // A stale ref names a key the graph does not have: replay must refuse the op, not crash.
  const entity = (i: number) =>
    s.stale
      ? { key: `state:gone-${i}`, label: s.text, mentions: [] }
      : entityRef(graph, nodes[i % nodes.length]!);
  const claim = (i: number) =>
    s.stale || edges.length === 0
      ? { key: `attacked:x->y${i}`, evidence: [] }
      : claimRef(graph, edges[i % edges.length]!);
  const documents = graph.getAttribute("documents");
  const doc = documents[s.a % documents.length]!;
  switch (s.op) {
    case "review-claim":
      return {
        op: s.op,
        claim: claim(s.a),
        state: (["confirmed", "rejected", "unreviewed"] as const)[s.b % 3]!,
        ...stamp,
      };
    case "edit-claim":
      return {
        op: s.op,
        claim: claim(s.a),
        changes: {
          ...(s.b % 2 === 0 && { type: EDGE_TYPES[s.c % EDGE_TYPES.length] }),
          ...(s.b % 3 === 0 && { source: entity(s.c) }),
          ...(s.b % 5 === 0 && { target: entity(s.c + 1) }),
          ...(s.b % 7 === 0 && { stance: STANCES[s.c % 2] }),
          ...(s.b % 4 === 1 && { date: s.date }),
          ...(s.b % 6 === 1 && { claimants: [entity(s.c + 2)] }),
        },
        ...stamp,
      };
    case "rename-entity":
      return { op: s.op, entity: entity(s.a), label: s.text.trim() || "renamed", ...stamp };
    case "retype-entity":
      return { op: s.op, entity: entity(s.a), type: NODE_TYPES[s.b % NODE_TYPES.length]!, ...stamp };
    case "merge-entities":
      return { op: s.op, into: entity(s.a), from: entity(s.b), ...stamp };
    case "add-entity":
      return {
        op: s.op,
        entity: {
          key: `${NODE_TYPES[s.b % NODE_TYPES.length]}:added-${s.c % 50}`,
          label: s.text.trim() || "added",
          type: NODE_TYPES[s.b % NODE_TYPES.length]!,
          aliases: [s.text],
          ...(s.date && { date: s.date }),
        },
        ...stamp,
      };
    case "add-claim": {
      const start = s.c % (doc.chars + 1);
      const end = Math.min(doc.chars, start + (s.b % 40));
      return {
        op: s.op,
        claim: {
          type: EDGE_TYPES[s.c % EDGE_TYPES.length]!,
          source: entity(s.a),
          target: entity(s.b),
          stance: STANCES[s.a % 2]!,
          ...(s.date && { date: s.date }),
          claimants: s.c % 2 ? [entity(s.c)] : [],
          evidence: [{ doc: doc.id, start, end, quote: s.text }],
        },
        ...stamp,
      };
    }
  }
}

const logs = fc.tuple(validGraph, fc.array(opSeed, { maxLength: 12 })).map(([serialized, seeds]) => {
  const loaded = loadGraph(serialized);
  if (!loaded.ok) throw new Error(`generator bug: ${loaded.problems.map(formatProblem).join("; ")}`);
  const log = {
    kind: REVIEW_LOG_KIND,
    version: REVIEW_LOG_VERSION,
    ops: seeds.map((s) => buildOp(loaded.graph, s)),
  };
  return { graph: loaded.graph, log };
});

type Log = { kind: string; version: number; ops: Record<string, unknown>[] };
type Breaker = BreakerOf<Log>;

const opAt = (log: Log, pick: number) =>
  log.ops.length ? ([log.ops[pick % log.ops.length]!, pick % log.ops.length] as const) : undefined;

const BREAKERS: Breaker[] = [
  (log) => {
    log.kind = "claim-graph";
    return { name: "wrong kind", path: "kind" };
  },
  (log) => {
    log.version = 2;
    return { name: "unknown version", path: "version" };
  },
  (log) => {
    (log as { ops: unknown }).ops = { 0: "<script>alert(1)</script>" };
    return { name: "ops that are not a list", path: "ops" };
  },
  (log, p) => {
    const found = opAt(log, p);
    if (!found) return undefined;
    found[0].by = "";
    return { name: "op by nobody", path: `ops[${found[1]}].by` };
  },
  (log, p) => {
    const found = opAt(log, p);
    if (!found) return undefined;
    found[0].at = "yesterday <img src=x onerror=alert(1)>";
    return { name: "op with no timestamp", path: `ops[${found[1]}].at` };
  },
  (log, p) => {
    const found = opAt(log, p);
    if (!found) return undefined;
    found[0].op = "delete-everything";
    return { name: "unknown op", path: `ops[${found[1]}]` };
  },
  (log, p) => {
    const found = opAt(log, p);
    if (!found) return undefined;
    const [op, i] = found;
    const field = ["claim", "entity", "into"].find((f) => f in op);
    if (!field) return undefined;
    op[field] = { key: 42 };
    return { name: `${field} with a numeric key`, path: `ops[${i}].${field}` };
  },
];

export const reviewLogProperty = fc.property(
  fc.oneof(
    { weight: 4, arbitrary: logs.map((l) => ({ kind: "valid" as const, ...l })) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(logs, fc.nat(BREAKERS.length - 1), fc.nat())
        .map(([l, which, pick]) => ({ kind: "faulty" as const, ...l, which, pick })),
    },
    { weight: 1, arbitrary: fc.jsonValue().map((json) => ({ kind: "any" as const, json })) },
    { weight: 1, arbitrary: anyText(200).map((text) => ({ kind: "text" as const, text })) },
  ),
  (input) => {
    switch (input.kind) {
      case "valid": {
        const parsed = parseReviewLog(JSON.stringify(input.log));
        check(
          parsed.ok,
          () =>
            `a valid review log was refused: ${parsed.ok ? "" : parsed.problems.map(formatProblem).join("; ")}`,
        );
        if (!parsed.ok) return;
        const replay = applyReviewLogToCopy(input.graph, parsed.value);
        const count = parsed.value.ops.length;
        check(
          replay.applied + replay.problems.length === count,
          () =>
            `replay accounted for ${replay.applied} applied + ${replay.problems.length} refused of ${count} ops`,
        );
        for (const p of replay.problems)
          check(
            p.op >= 1 && p.op <= count && p.reason.length > 0,
            () => `a refused op is not named: ${JSON.stringify(p)}`,
          );
        const reloaded = loadGraph(JSON.parse(JSON.stringify(serializeGraph(replay.graph))));
        check(
          reloaded.ok,
          () =>
            `the replayed graph is no valid graph: ${reloaded.ok ? "" : reloaded.problems.map(formatProblem).join("; ")}`,
        );
        return;
      }
      case "faulty": {
        const log = structuredClone(input.log) as Log;
        const fault = breakInput(BREAKERS, log, input.which, input.pick);
        checkFaultNamed(parseReviewLog(JSON.stringify(log)), fault, "a review log");
        return;
      }
      case "any":
      case "text": {
        const parsed = parseReviewLog(input.kind === "any" ? input.json : input.text);
        if (!parsed.ok)
          check(
            parsed.problems.length > 0 && parsed.problems.every((p) => p.message.length > 0),
            () => "refused without a message",
          );
        return;
      }
    }
  },
);
