import { describe, expect, it } from "vitest";
import { addEvidence, mergeFragment } from "../../src/explorer/data/merge-fragment";
import { createClaimGraph, loadGraph, serializeGraph, type ClaimGraph } from "../../src/model";

const node = (label: string, type: "state" | "incident" | "person") => ({
  label,
  type,
  aliases: [],
  mentions: [],
});
const quote = (doc: string, start: number) => ({ doc, quote: "q", start, end: start + 1 });

/** A store answer: `claims` as [type, source, target, doc]. */
function fragment(claims: [string, string, string, string][], x?: number): ClaimGraph {
  const graph = createClaimGraph({
    documents: [...new Set(claims.map((c) => c[3]))].map((id) => ({
      id,
      title: id.toUpperCase(),
      chars: 100,
    })),
  });
  for (const [type, source, target, doc] of claims) {
    for (const key of [source, target])
      if (!graph.hasNode(key)) {
        const [kind, name] = key.split(":") as ["state" | "incident", string];
        graph.addNode(key, { ...node(name, kind), ...(x !== undefined && { x, y: x }) });
      }
    graph.addDirectedEdgeWithKey(`${type}:${source}->${target}`, source, target, {
      type: type as "attacked",
      claimants: [],
      stance: "asserted",
      evidence: [quote(doc, 1)],
      confidence: 0.7,
      origin: "extracted",
    });
  }
  return graph;
}

describe("merging a fetched neighbourhood into the graph in view", () => {
  it("adds what is new into the graph in view, keeps what was loaded where it was, and unions the documents", () => {
    const graph = createClaimGraph();
    const first = mergeFragment(graph, fragment([["attacked", "incident:a", "state:x", "d1"]]), "state:x");
    expect(first).toEqual({ addedNodes: 2, addedClaims: 1 });
    const before = graph.getNodeAttributes("incident:a");
    graph.setEdgeAttribute("attacked:incident:a->state:x", "evidence", [quote("d1", 1), quote("d1", 5)]);

    const second = mergeFragment(
      graph,
      fragment(
        [
          ["attacked", "incident:a", "state:x", "d2"],
          ["attacked", "incident:b", "state:x", "d2"],
        ],
        999,
      ),
      "state:x",
    );
    expect(second).toEqual({ addedNodes: 1, addedClaims: 1 });
    // The same graph grew (what sigma shows follows it): loaded entities do not move, a loaded
    // claim keeps the quotes it had.
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttributes("incident:a")).toMatchObject({ x: before.x, y: before.y });
    expect(graph.getEdgeAttribute("attacked:incident:a->state:x", "evidence")).toHaveLength(2);
    // The store's own positions are not used; the new entity is near the one expanded.
    const { x, y } = graph.getNodeAttributes("incident:b");
    expect([x, y]).not.toEqual([999, 999]);
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(["d1", "d2"]);
    expect(loadGraph(serializeGraph(graph)).ok).toBe(true);
  });

  it("puts an entity not linked to anything loaded beside what is there, not on top of it", () => {
    const graph = createClaimGraph();
    mergeFragment(graph, fragment([["attacked", "incident:a", "state:x", "d1"]]), "state:x");
    const maxX = Math.max(...graph.mapNodes((_, a) => a.x!));
    mergeFragment(graph, fragment([["attacked", "incident:c", "state:z", "d3"]]), "state:z");
    expect(graph.getNodeAttribute("state:z", "x")).toBeGreaterThan(maxX);
  });

  it("adds a page of quotes to a claim once, whatever was already loaded", () => {
    const graph = fragment([["attacked", "incident:a", "state:x", "d1"]]);
    const key = "attacked:incident:a->state:x";
    addEvidence(graph, key, [quote("d1", 1), quote("d4", 7)], [{ id: "d4", title: "D4", chars: 50 }]);
    expect(graph.getEdgeAttribute(key, "evidence").map((e) => `${e.doc}@${e.start}`)).toEqual([
      "d1@1",
      "d4@7",
    ]);
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(["d1", "d4"]);
  });
});
