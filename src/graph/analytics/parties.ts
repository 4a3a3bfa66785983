/**
 * Which party an entity acts for: an agency for its state, an official for the state or body they
 * serve. Help analysis needs it because a state is asked for help and one of its agencies answers
 * ("the United Kingdom" asked, "the Foreign Office" offers).
 */
import type { ClaimGraph } from "../../model";

/** Parent links followed at most this deep (person → agency → state). */
const MAX_DEPTH = 3;

function parentParty(graph: ClaimGraph, node: string): string | undefined {
  const country = graph.getNodeAttribute(node, "country");
  if (country && graph.hasNode(country)) return country;
  for (const type of ["part-of", "affiliated-with"] as const) {
    const edge = graph.findOutEdge(node, (_key, a) => a.type === type);
    if (edge) return graph.target(edge);
  }
  return undefined;
}

/**
 * The top party of each node (through `country`, `part-of` and `affiliated-with`, the node itself
 * when it has none), memoised for one analysis of one graph.
 */
export function createPartyIndex(graph: ClaimGraph): (node: string) => string {
  const tops = new Map<string, string>();
  return (node) => {
    let top = tops.get(node);
    if (top !== undefined) return top;
    const chain = [node];
    for (
      let parent = parentParty(graph, node);
      parent && !chain.includes(parent) && chain.length <= MAX_DEPTH;
    ) {
      chain.push(parent);
      parent = parentParty(graph, parent);
    }
    top = chain[chain.length - 1] as string;
    tops.set(node, top);
    return top;
  };
}
