/**
 * A claim-store reader over a small fixed graph that records every call, so tests can tell what
 * reached the store (nothing, for a hostile request) apart from what the HTTP layer did.
 */
import type { SerializedClaimGraph } from "../../src/model";
import type { ClaimStoreReader } from "../../src/server/reader";
import type { EgoQuery } from "../../src/store/types";

export const FRAGMENT: SerializedClaimGraph = {
  attributes: {
    title: "store",
    generatedAt: "2026-12-02T00:00:00.000Z",
    documents: [{ id: "a.txt", title: "Article A", chars: 60 }],
  },
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: "incident:x-2022-08",
      attributes: { label: "X attack", type: "incident", aliases: [], mentions: [] },
    },
    {
      key: "state:russia",
      attributes: { label: "Russia", type: "state", aliases: ["Moscow"], mentions: [] },
    },
  ],
  edges: [
    {
      key: "attributed-to:incident:x-2022-08->state:russia",
      source: "incident:x-2022-08",
      target: "state:russia",
      attributes: {
        type: "attributed-to",
        claimants: [],
        stance: "asserted",
        evidence: [{ doc: "a.txt", quote: "Russia was behind it.", start: 10, end: 31 }],
        confidence: 0.9,
        origin: "extracted",
      },
    },
  ],
};

export function recordingReader() {
  const calls: string[] = [];
  const reader: ClaimStoreReader = {
    search(query, limit) {
      calls.push(`search ${query} ${limit}`);
      return Promise.resolve(
        query.toLowerCase().startsWith("rus")
          ? [{ key: "state:russia", label: "Russia", type: "state", degree: 1 }]
          : [],
      );
    },
    egoJson(query: EgoQuery) {
      calls.push(`ego ${JSON.stringify(query)}`);
      if (!FRAGMENT.nodes.some((n) => n.key === query.node)) return Promise.resolve(undefined);
      // As the store says it: 7 claims match, the one of the fixed graph is sent.
      const summary = { node: query.node, hops: query.hops ?? 1, total: 7, returned: 1, omitted: 6 };
      const json = JSON.stringify({ ...FRAGMENT, attributes: { ...FRAGMENT.attributes, ego: summary } });
      return Promise.resolve({ json, summary });
    },
    evidence(key, offset, limit) {
      calls.push(`evidence ${key} ${offset} ${limit}`);
      const edge = FRAGMENT.edges.find((e) => e.key === key);
      if (!edge) return Promise.resolve(undefined);
      const evidence = edge.attributes.evidence.slice(offset ?? 0, (offset ?? 0) + (limit ?? 50));
      return Promise.resolve({ claim: key, evidence, total: 1, documents: FRAGMENT.attributes.documents });
    },
    stats() {
      calls.push("stats");
      return Promise.resolve({ documents: 1, entities: 2, claims: 1, evidence: 1, unfolded: 0 });
    },
    documentText(id) {
      calls.push(`document ${id}`);
      return Promise.resolve(
        id === "a.txt" ? "Officials said Russia was behind it. More text here......" : null,
      );
    },
  };
  return { reader, calls };
}
