/**
 * Growing the graph in view from the claim store, one fetched neighbourhood at a time, in place:
 * the fragment's new entities and claims go into the graph the explorer shows with
 * `graph.import(fragment, true)` (sigma draws them as they arrive; camera, selection and filters
 * stay), what was loaded stays where it is, and the document list is the union of both
 * (graphology's merge would replace it).
 */
import type { SerializedGraph } from "graphology-types";
import type {
  ClaimGraph,
  DocumentMeta,
  EdgeAttributes,
  Evidence,
  GraphAttributes,
  NodeAttributes,
} from "../../model";

export interface Merged {
  addedNodes: number;
  addedClaims: number;
}

function unionDocuments(graph: ClaimGraph, more: readonly DocumentMeta[]): DocumentMeta[] {
  const documents = [...graph.getAttribute("documents")];
  const known = new Set(documents.map((d) => d.id));
  for (const d of more) {
    if (known.has(d.id)) continue;
    known.add(d.id);
    documents.push(d);
  }
  return documents;
}

/** How far from its neighbour a new entity is put, in graph coordinates. */
function spread(graph: ClaimGraph): number {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x ?? 0);
    maxX = Math.max(maxX, a.x ?? 0);
    minY = Math.min(minY, a.y ?? 0);
    maxY = Math.max(maxY, a.y ?? 0);
  });
  const extent = Math.max(maxX - minX, maxY - minY);
  return graph.order > 1 && extent > 0 ? Math.max(extent * 0.2, 20) : 100;
}

/**
 * Positions for the fragment's new entities: each on a ring around the first entity it is linked
 * to that already has a place, starting from `anchor` (the entity expanded), so the picture grows
 * from where the analyst is looking and what was on screen does not move. The store's own layout
 * positions are ignored: they were computed for the whole store, not for the few entities loaded.
 */
function placeNewNodes(graph: ClaimGraph, fragment: ClaimGraph, anchor: string | undefined) {
  const placed = new Map<string, { x: number; y: number; depth: number }>();
  const known = (key: string) => {
    if (placed.has(key)) return placed.get(key);
    if (!graph.hasNode(key)) return undefined;
    const a = graph.getNodeAttributes(key);
    return { x: a.x ?? 0, y: a.y ?? 0, depth: 0 };
  };
  const radius = spread(graph);
  const start = anchor && fragment.hasNode(anchor) ? anchor : fragment.nodes()[0];
  // An entity not linked to what is loaded starts a new cluster to the right of it.
  const right = graph.reduceNodes((max, _, a) => Math.max(max, a.x ?? 0), -Infinity);
  if (start && !known(start)) placed.set(start, { x: graph.order ? right + 2 * radius : 0, y: 0, depth: 0 });
  const queue = start ? [start] : [];
  const visit = (from: string) => {
    const center = known(from)!;
    const fresh = fragment.neighbors(from).filter((n) => !known(n));
    fresh.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / fresh.length + center.depth * 0.7;
      const r = (radius * (0.8 + 0.4 * (i % 3) * 0.5)) / (center.depth + 1);
      placed.set(n, {
        x: center.x + r * Math.cos(angle),
        y: center.y + r * Math.sin(angle),
        depth: center.depth + 1,
      });
      queue.push(n);
    });
  };
  for (let i = 0; i < queue.length; i++) visit(queue[i]!);
  // Entities no claim links to what is placed (claimants, countries): on an outer ring around the
  // anchor, so a hub's hundred claimants do not stretch the picture into a column.
  const loose = fragment.filterNodes((key) => !known(key));
  const center = start ? known(start)! : { x: 0, y: 0 };
  loose.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / loose.length;
    const r = radius * (1.6 + 0.2 * (i % 2));
    placed.set(key, { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle), depth: 1 });
  });
  return placed;
}

/** Adds to `graph` the fragment's entities and claims that it does not have yet (see the file comment). */
export function mergeFragment(graph: ClaimGraph, fragment: ClaimGraph, anchor?: string): Merged {
  const positions = placeNewNodes(graph, fragment, anchor);
  const nodes = fragment
    .filterNodes((key) => !graph.hasNode(key))
    .map((key) => {
      const { x, y } = positions.get(key)!;
      return { key, attributes: { ...fragment.getNodeAttributes(key), x, y } };
    });
  const edges = fragment
    .filterEdges((key) => !graph.hasEdge(key))
    .map((key) => ({
      key,
      source: fragment.source(key),
      target: fragment.target(key),
      attributes: { ...fragment.getEdgeAttributes(key) },
    }));
  graph.import(
    {
      attributes: { documents: unionDocuments(graph, fragment.getAttribute("documents")) },
      nodes,
      edges,
    } as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>,
    true,
  );
  return { addedNodes: nodes.length, addedClaims: edges.length };
}

const spanKey = (e: Evidence) => `${e.doc}\u0000${e.start}\u0000${e.end}`;

/** Adds more quotes of one claim (a page fetched from the store) to its evidence, in place. */
export function addEvidence(
  graph: ClaimGraph,
  claim: string,
  evidence: readonly Evidence[],
  documents: readonly DocumentMeta[],
): void {
  if (!graph.hasEdge(claim)) return;
  const current = graph.getEdgeAttribute(claim, "evidence");
  const seen = new Set(current.map(spanKey));
  graph.setEdgeAttribute(claim, "evidence", [...current, ...evidence.filter((e) => !seen.has(spanKey(e)))]);
  graph.setAttribute("documents", unionDocuments(graph, documents));
}
