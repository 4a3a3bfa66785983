import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, type Filters } from "../../src/explorer/state/store";
import { claimDate } from "../../src/explorer/data/claimDates";
import {
  computeVisibility,
  createVisibilityCache,
  dateInRange,
  isClaimVisible,
  isNodeVisible,
  visibleClaims,
} from "../../src/explorer/state/visibility";
import { fixtureGraph } from "./fixture";

const graph = fixtureGraph();
const state = (filters: Partial<Filters> = {}, focus: { label: string; claims: string[] } | null = null) => ({
  filters: { ...DEFAULT_FILTERS, ...filters },
  focus,
});

describe("visibility", () => {
  it("shows everything with the default filters", () => {
    const v = computeVisibility(graph, state());
    expect(v.claims).toHaveLength(graph.size);
    expect(v.hiddenNodes).toBeNull();
    expect(v.hiddenEdges).toBeNull();
    expect(v.nodeCount).toBe(graph.order);
  });

  it("hides an edge type's claims but keeps the entities on the map", () => {
    const v = computeVisibility(
      graph,
      state({ edgeTypes: DEFAULT_FILTERS.edgeTypes.filter((t) => t !== "assisted") }),
    );
    expect(v.claims).toHaveLength(17);
    expect(v.claims.some((c) => c.startsWith("assisted:"))).toBe(false);
    expect(v.nodeCount).toBe(graph.order);
  });

  it("hides the claims of a hidden node type", () => {
    const v = computeVisibility(
      graph,
      state({ nodeTypes: DEFAULT_FILTERS.nodeTypes.filter((t) => t !== "incident") }),
    );
    expect(v.claims.length).toBeGreaterThan(0);
    expect(v.claims.every((c) => !c.includes("incident:"))).toBe(true);
    expect(v.hiddenNodes?.has("incident:montenegro-2022-08")).toBe(true);
  });

  it("narrowing by date keeps only the entities of the claims left", () => {
    const v = computeVisibility(graph, state({ dateRange: ["2017", "2017"] }));
    expect(v.claims.sort()).toEqual(
      [
        "denied:state:russia->incident:montenegro-2016-10",
        "requested-help:state:montenegro->state:united-kingdom",
        // Undated claims count from their article's publication date (2017-02-28).
        "offered-help:state:united-kingdom->state:montenegro",
        "assisted:state:united-kingdom->state:montenegro",
        "member-of:state:montenegro->organization:nato",
        "part-of:agency:ncsc->state:united-kingdom",
      ].sort(),
    );
    expect(v.hiddenNodes?.has("agency:anssi")).toBe(true);
    expect(v.hiddenNodes?.has("state:russia")).toBe(false);
  });

  it("filters by stance, document and confidence", () => {
    expect(visibleClaims(graph, state({ stances: ["suspected"] }))).toHaveLength(2);
    expect(visibleClaims(graph, state({ documents: ["fixture_ukraine_2022.txt"] }))).toHaveLength(3);
    // Exactly the claims at or above the threshold: some, not all, so the filter is seen working.
    const sure = graph.filterEdges((_e, a) => a.confidence >= 0.95);
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.length).toBeLessThan(graph.size);
    expect(visibleClaims(graph, state({ minConfidence: 0.95 })).sort()).toEqual(sure.sort());
  });

  it("a focus narrows to its claims, combined with the filters", () => {
    const claims = ["assisted:agency:anssi->state:montenegro", "part-of:agency:anssi->state:france"];
    expect(visibleClaims(graph, state({}, { label: "ANSSI", claims }))).toEqual(claims);
    expect(visibleClaims(graph, state({ edgeTypes: ["assisted"] }, { label: "ANSSI", claims }))).toEqual([
      claims[0],
    ]);
  });

  it("the single-item checks agree with the batch computation", () => {
    const s = state({ dateRange: ["2022-08", null], stances: ["asserted"] });
    const v = computeVisibility(graph, s);
    graph.forEachEdge((e) => expect(isClaimVisible(graph, e, s), e).toBe(v.claims.includes(e)));
    graph.forEachNode((n) => expect(isNodeVisible(graph, n, s), n).toBe(!v.hiddenNodes?.has(n)));
  });

  it("compares partial dates as the spans they cover", () => {
    expect(dateInRange("2022-08", ["2022-08-15", null])).toBe(true);
    expect(dateInRange("2022-08-26", ["2022", "2022"])).toBe(true);
    expect(dateInRange("2021-12-31", ["2022", null])).toBe(false);
    expect(dateInRange(undefined, ["2022", null])).toBe(false);
    expect(dateInRange(undefined, [null, null])).toBe(true);
    expect(claimDate(graph, "part-of:agency:ncsc->state:united-kingdom")).toBe("2017-02-28");
  });

  it("the cache recomputes only when filters or focus change", () => {
    const cache = createVisibilityCache(graph);
    const s = state();
    expect(cache.get(s)).toBe(cache.get({ ...s }));
    expect(cache.get(state({ minConfidence: 0.5 }))).not.toBe(cache.get(s));
  });
});
