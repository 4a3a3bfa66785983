/**
 * The "actors" projection: incidents folded away, an attributed actor linked straight to each
 * target of the incidents attributed to it ("Ostmark → Valdoria, via the March 2021 attack, said by
 * Valdoria's defence minister").
 *
 * The derived links are a plain list, never edges of the claim graph: the claim graph stays what
 * the articles claim (exports and the claims table read it), and showing or hiding the projection is
 * a view toggle the appearance layer draws over the unchanged graph, so filters keep working by
 * reducers and nothing is rebuilt.
 */
import type { ClaimGraph, Stance } from "../../model";

export interface ProjectedLink {
  /** `projected:<actor>-><target>`: never a claim key. */
  key: string;
  /** The attributed actor. */
  source: string;
  /** A target of an incident attributed to it. */
  target: string;
  incidents: string[];
  /** Who makes the attributions behind the link (empty: the articles themselves). */
  claimants: string[];
  /** `asserted` when any attribution behind it is asserted. */
  stance: Stance;
  /** The attributed-to and attacked claims behind the link. */
  claims: string[];
}

export function actorsProjection(graph: ClaimGraph): ProjectedLink[] {
  const links = new Map<string, ProjectedLink>();
  graph.forEachNode((incident, a) => {
    if (a.type !== "incident") return;
    const attacked = graph.filterOutEdges(incident, (_k, e) => e.type === "attacked");
    graph.forEachOutEdge(incident, (attribution, e, _s, actor) => {
      if (e.type !== "attributed-to") return;
      for (const target of attacked) {
        const victim = graph.target(target);
        if (victim === actor) continue;
        const key = `projected:${actor}->${victim}`;
        let link = links.get(key);
        if (!link)
          links.set(
            key,
            (link = {
              key,
              source: actor,
              target: victim,
              incidents: [],
              claimants: [],
              stance: "suspected",
              claims: [],
            }),
          );
        addAll(link.incidents, [incident]);
        addAll(link.claimants, e.claimants);
        addAll(link.claims, [attribution, target]);
        if (e.stance === "asserted") link.stance = "asserted";
      }
    });
  });
  return [...links.values()];
}

function addAll(list: string[], items: string[]) {
  for (const item of items) if (!list.includes(item)) list.push(item);
}
