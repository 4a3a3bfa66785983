import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, DEFAULT_VIEW_STATE } from "../../src/explorer/state/store";
import { decodeViewState, encodeViewState, type Shareable } from "../../src/explorer/state/url";
import { fixtureGraph } from "./fixture";

const graph = fixtureGraph();

describe("shareable URL", () => {
  it("round-trips selection, filters, focus, camera and appearance", () => {
    const state: Shareable = {
      selection: { kind: "edge", key: "assisted:agency:anssi->state:montenegro" },
      filters: {
        nodeTypes: ["state", "agency", "incident"],
        edgeTypes: ["assisted", "attacked"],
        dateRange: ["2022-08", "2022-09-01"],
        stances: ["suspected"],
        documents: ["fixture_montenegro_2022.txt"],
        minConfidence: 0.6,
        review: ["confirmed", "rejected"],
      },
      focus: { label: "ANSSI's help", claims: ["assisted:agency:anssi->state:montenegro"] },
      camera: { x: 0.25, y: 0.75, ratio: 0.5, angle: 0 },
      labelDensity: "all",
      sizeBy: "pagerank",
      colorBy: "community",
      tab: "claims",
    };
    const params = encodeViewState(state, new URLSearchParams("graph=fixtures/g.json"));
    expect(params.get("graph")).toBe("fixtures/g.json");
    const decoded = decodeViewState(new URLSearchParams(params.toString()), graph);
    expect(decoded.dropped).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it("writes nothing for the default state", () => {
    const params = encodeViewState({ ...DEFAULT_VIEW_STATE });
    expect(params.toString()).toBe("");
    expect(decodeViewState(params, graph)).toEqual({ state: {}, dropped: [] });
  });

  it("drops values that do not fit the graph or the vocabulary, and says which", () => {
    const decoded = decodeViewState(
      new URLSearchParams(
        "node=state:atlantis&et=assisted,bombed&from=August&conf=2&cam=1,2&doc=nope.txt&labels=loud",
      ),
      graph,
    );
    expect(decoded.state.selection).toBeUndefined();
    expect(decoded.state.filters).toEqual({ ...DEFAULT_FILTERS, edgeTypes: ["assisted"], documents: [] });
    expect(decoded.state.camera).toBeUndefined();
    expect(decoded.dropped).toEqual([
      'node "state:atlantis": not in this graph',
      'et "bombed": unknown value',
      'from "August": expected a date such as 2022, 2022-08 or 2022-08-26',
      'doc "nope.txt": not a document of this graph',
      'conf "2": expected a number from 0 to 1',
      'cam "1,2": expected x,y,ratio[,angle] with a positive ratio',
      'labels "loud": unknown value',
    ]);
  });
});
