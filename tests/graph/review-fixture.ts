/** A small extracted graph for the review tests, and helpers to write review operations. */
import {
  createClaimGraph,
  edgeKey,
  type ClaimGraph,
  type EdgeAttributes,
  type EdgeType,
  type Evidence,
  type NodeAttributes,
  type ReviewLog,
  type ReviewOp,
} from "../../src/model";

export const STAMP = { by: "ana", at: "2026-12-02T09:30:00.000Z" } as const;

export function log(...ops: ReviewOp[]): ReviewLog {
  return { kind: "claim-graph-review-log", version: 1, ops };
}

function node(
  label: string,
  type: NodeAttributes["type"],
  extra: Partial<NodeAttributes> = {},
): NodeAttributes {
  return { label, type, aliases: [], mentions: [], ...extra };
}

function claim(
  graph: ClaimGraph,
  type: EdgeType,
  source: string,
  target: string,
  evidence: Evidence[],
  extra: Partial<EdgeAttributes> = {},
) {
  const attributes: EdgeAttributes = {
    type,
    claimants: [],
    stance: "asserted",
    evidence,
    confidence: 0.8,
    origin: "extracted",
    ...extra,
  };
  graph.addDirectedEdgeWithKey(edgeKey(type, source, target), source, target, attributes);
}

/**
 * Montenegro's August 2022 incident, blamed on Russia in a.txt and on the GRU in b.txt; ANSSI
 * helped. `incidentKey` lets a test play a re-extraction that named the incident differently.
 */
export function extractedGraph(incidentKey = "incident:montenegro-2022-08"): ClaimGraph {
  const graph = createClaimGraph({
    title: "test",
    documents: [
      { id: "a.txt", title: "A", chars: 400 },
      { id: "b.txt", title: "B", chars: 300 },
    ],
  });
  graph.addNode(
    "state:montenegro",
    node("Montenegro", "state", { mentions: [{ doc: "a.txt", start: 0, end: 10 }] }),
  );
  graph.addNode("state:russia", node("Russia", "state", { aliases: ["Moscow"] }));
  graph.addNode("state:france", node("France", "state"));
  graph.addNode(
    "agency:gru",
    node("GRU", "agency", { country: "state:russia", mentions: [{ doc: "b.txt", start: 30, end: 33 }] }),
  );
  graph.addNode("agency:anssi", node("ANSSI", "agency", { country: "state:france" }));
  graph.addNode("person:dragan-krapovic", node("Dragan Krapović", "person", { role: "Defence Minister" }));
  graph.addNode(
    incidentKey,
    node("August 2022 attack on Montenegro", "incident", {
      date: "2022-08",
      mentions: [{ doc: "a.txt", start: 12, end: 40 }],
    }),
  );
  claim(graph, "attacked", incidentKey, "state:montenegro", [
    { doc: "a.txt", quote: "hit Montenegro", start: 0, end: 40 },
  ]);
  claim(
    graph,
    "attributed-to",
    incidentKey,
    "state:russia",
    [{ doc: "a.txt", quote: "blamed Russia", start: 41, end: 90, claimants: ["person:dragan-krapovic"] }],
    { claimants: ["person:dragan-krapovic"] },
  );
  claim(graph, "attributed-to", incidentKey, "agency:gru", [
    { doc: "b.txt", quote: "the GRU", start: 0, end: 50 },
  ]);
  claim(graph, "assisted", "agency:anssi", "state:montenegro", [
    { doc: "a.txt", quote: "ANSSI helped", start: 100, end: 140 },
  ]);
  claim(graph, "part-of", "agency:gru", "state:russia", [
    { doc: "b.txt", quote: "Russia's GRU", start: 60, end: 90 },
  ]);
  return graph;
}

export const KEYS = {
  attacked: edgeKey("attacked", "incident:montenegro-2022-08", "state:montenegro"),
  blamesRussia: edgeKey("attributed-to", "incident:montenegro-2022-08", "state:russia"),
  blamesGru: edgeKey("attributed-to", "incident:montenegro-2022-08", "agency:gru"),
  anssiHelped: edgeKey("assisted", "agency:anssi", "state:montenegro"),
  gruPartOfRussia: edgeKey("part-of", "agency:gru", "state:russia"),
};
