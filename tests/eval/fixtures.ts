/** Tiny hand-made claim graphs and gold documents for the scorer's tests. */
import {
  createClaimGraph,
  edgeKey,
  GoldDocumentSchema,
  type ClaimGraph,
  type EdgeAttributes,
  type EdgeType,
  type GoldDocument,
  type NodeAttributes,
} from "../../src/model";

export interface NodeSpec extends Partial<NodeAttributes> {
  key: string;
  label: string;
  /** Documents the node is mentioned in. */
  in?: string[];
}

export interface EdgeSpec {
  type: EdgeType;
  source: string;
  target: string;
  /** Documents with evidence for the edge (quote: "<doc> quote"). */
  in: string[];
  claimants?: string[];
  review?: EdgeAttributes["review"];
}

export function graphOf(nodes: NodeSpec[], edges: EdgeSpec[] = []): ClaimGraph {
  const docs = new Set([...nodes.flatMap((n) => n.in ?? []), ...edges.flatMap((e) => e.in)]);
  const graph = createClaimGraph({ documents: [...docs].map((id) => ({ id, title: id, chars: 1000 })) });
  for (const { key, in: docsIn = [], ...attrs } of nodes)
    graph.addNode(key, {
      type: key.slice(0, key.indexOf(":")) as NodeAttributes["type"],
      aliases: [],
      ...attrs,
      mentions: docsIn.map((doc) => ({ doc, start: 0, end: 5 })),
    });
  for (const e of edges)
    graph.addDirectedEdgeWithKey(edgeKey(e.type, e.source, e.target), e.source, e.target, {
      type: e.type,
      claimants: e.claimants ?? [],
      ...(e.review ? { review: e.review } : {}),
      stance: "asserted",
      confidence: 0.9,
      origin: "extracted",
      evidence: e.in.map((doc) => ({ doc, quote: `${doc} quote`, start: 0, end: 10 })),
    });
  return graph;
}

/** A gold document; relations default to required, entities to no aliases. */
export function goldOf(doc: string, entities: object[], relations: object[] = []): GoldDocument {
  return GoldDocumentSchema.parse({
    doc,
    entities,
    relations: relations.map((r) => ({ evidence: "gold evidence", ...r })),
  });
}
