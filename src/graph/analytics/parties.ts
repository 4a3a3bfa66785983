/**
 * Which party an entity acts for: an agency for its state, an official for the state or body they
 * serve. Help analysis needs it because a state is asked for help and one of its agencies answers
 * ("the United Kingdom" asked, "the Foreign Office" offers).
 */
import type { ClaimGraph } from "../../model";

/** The ancestors of a node through `country`, `part-of` and `affiliated-with`, itself first. */
export function partyChain(graph: ClaimGraph, node: string): string[] {
  const chain = [node];
  let current = node;
  while (chain.length < 4) {
    const parent = parentParty(graph, current);
    if (!parent || chain.includes(parent)) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

function parentParty(graph: ClaimGraph, node: string): string | undefined {
  const country = graph.getNodeAttribute(node, "country");
  if (country && graph.hasNode(country)) return country;
  for (const type of ["part-of", "affiliated-with"] as const) {
    const edge = graph.findOutEdge(node, (_key, a) => a.type === type);
    if (edge) return graph.target(edge);
  }
  return undefined;
}

/** True when `node` is `party` or acts for it. */
export function actsFor(graph: ClaimGraph, node: string, party: string): boolean {
  return partyChain(graph, node).includes(party);
}

/** True when both act for the same top party (a state or an organization at the top of its chain). */
export function sameParty(graph: ClaimGraph, a: string, b: string): boolean {
  return partyChain(graph, a).at(-1) === partyChain(graph, b).at(-1);
}
