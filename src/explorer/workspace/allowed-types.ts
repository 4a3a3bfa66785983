/** The claim types the data model allows between two entities of a graph. */
import { EDGE_TYPES, edgeAllowed, type ClaimGraph, type EdgeType } from "../../model";

/** None until both ends are chosen, and none from an entity to itself. */
export function allowedTypes(graph: ClaimGraph, source: string | null, target: string | null): EdgeType[] {
  if (!source || !target || source === target || !graph.hasNode(source) || !graph.hasNode(target)) return [];
  const from = graph.getNodeAttribute(source, "type");
  const to = graph.getNodeAttribute(target, "type");
  return EDGE_TYPES.filter((t) => edgeAllowed(t, from, to));
}
