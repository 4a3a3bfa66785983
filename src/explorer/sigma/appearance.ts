/**
 * How the domain looks on the canvas: colours per node and edge type, sigma programs (incidents
 * drawn as rings, actors as discs; parallel edges curved), and the two reducers. The reducers are
 * created once per sigma instance and read a mutable `Appearance` that the appearance controller
 * updates when view state changes: sizes and colours are precomputed per appearance change, the
 * hidden sets per filter change, so a reducer call does lookups only.
 */
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import { EdgeArrowProgram, NodeCircleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeType, NodeType } from "../../model";

export const NODE_COLORS: Record<NodeType, string> = {
  state: "#3b6fd8",
  agency: "#1f9e89",
  organization: "#8a5cc7",
  person: "#e08a1e",
  group: "#c2185b",
  incident: "#d63c2f",
};

export const EDGE_COLORS: Record<EdgeType, string> = {
  attacked: "#d63c2f",
  "attributed-to": "#8e1b12",
  denied: "#6d6d6d",
  "requested-help": "#e0a21e",
  "offered-help": "#76b041",
  assisted: "#2e8b3d",
  condemned: "#b0568f",
  "member-of": "#8a5cc7",
  "affiliated-with": "#e08a1e",
  "part-of": "#3b6fd8",
};

/** Colours for communities (colour by community), cycled. */
export const COMMUNITY_COLORS = [
  "#3b6fd8",
  "#d63c2f",
  "#2e8b3d",
  "#8a5cc7",
  "#e08a1e",
  "#1f9e89",
  "#c2185b",
  "#6b8e23",
  "#795548",
  "#0097a7",
  "#5c6bc0",
  "#ad1457",
];

/** The sigma programs, keyed by the names the reducers write into `type`. */
export const NODE_PROGRAMS = {
  circle: NodeCircleProgram,
  // A ring: a coloured border around a white core tells incidents from actors at any zoom.
  ring: createNodeBorderProgram({
    borders: [
      { size: { value: 0.38 }, color: { attribute: "color" } },
      { size: { fill: true }, color: { value: "#ffffff" } },
    ],
  }),
} satisfies Settings["nodeProgramClasses"];
export const EDGE_PROGRAMS = {
  arrow: EdgeArrowProgram,
  curved: EdgeCurvedArrowProgram,
} satisfies Settings["edgeProgramClasses"];

const nodeProgramOf = (type: NodeType): keyof typeof NODE_PROGRAMS =>
  type === "incident" ? "ring" : "circle";

/** What the reducers read; one per sigma instance, mutated in place by the controllers. */
export interface Appearance {
  nodeColor: Map<string, string>;
  nodeSize: Map<string, number>;
  curvature: Map<string, number>;
  /**
   * Edge thickness in pixels. Thin on big graphs: without a GPU every edge pixel is rasterised in
   * software, and edges dominate the frame time.
   */
  edgeSize: number;
  hiddenNodes: Set<string> | null;
  hiddenEdges: Set<string> | null;
  /**
   * Incidents and their claims, hidden while the actors projection is shown (its layer draws the
   * derived links instead); null otherwise.
   */
  folded: { nodes: Set<string>; edges: Set<string> } | null;
  /** The selected node and its neighbours, or the selected edge's endpoints (drawn above the dimming). */
  highlightedNodes: Set<string> | null;
  /** Edges of the selected node, or the selected edge (drawn by the selection layer). */
  highlightedEdges: Set<string> | null;
  selectedNode: string | null;
  hoveredNode: string | null;
}

/** Graphs with more edges than this are drawn with thin edges. */
const THIN_EDGES_ABOVE = 5000;

export const edgeSizeFor = (edgeCount: number) => (edgeCount > THIN_EDGES_ABOVE ? 0.5 : 1.5);

export function createAppearance(curvature: Map<string, number>, edgeCount: number): Appearance {
  return {
    nodeColor: new Map(),
    nodeSize: new Map(),
    curvature,
    edgeSize: edgeSizeFor(edgeCount),
    hiddenNodes: null,
    hiddenEdges: null,
    folded: null,
    highlightedNodes: null,
    highlightedEdges: null,
    selectedNode: null,
    hoveredNode: null,
  };
}

type Data = Partial<NodeDisplayData> & Record<string, unknown>;

/**
 * Sigma hands each reducer a fresh shallow copy of the attributes; the reducers fill in that copy
 * (no second object per node per frame) and replace the domain `type` with a program name.
 */
export function createReducers(appearance: Appearance) {
  // Selection does not touch these: the selection layer dims the canvas and sigma redraws the
  // highlighted neighbourhood above it, so selecting costs O(neighbourhood), not O(graph).
  const nodeReducer = (node: string, data: Data): Data => {
    const a = appearance;
    data.type = nodeProgramOf(data.type as NodeType);
    data.size = a.nodeSize.get(node) ?? 4;
    data.color = a.nodeColor.get(node) ?? "#999999";
    if (a.hiddenNodes?.has(node) || a.folded?.nodes.has(node)) data.hidden = true;
    else if (node === a.hoveredNode || a.highlightedNodes?.has(node)) data.highlighted = true;
    return data;
  };

  const edgeReducer = (edge: string, data: Partial<EdgeDisplayData> & Record<string, unknown>) => {
    const a = appearance;
    const domainType = data.type as EdgeType;
    const curvature = a.curvature.get(edge);
    data.type = curvature === undefined ? "arrow" : "curved";
    if (curvature !== undefined) data.curvature = curvature;
    data.label = domainType;
    data.size = a.edgeSize;
    data.color = EDGE_COLORS[domainType] ?? "#999999";
    if (a.hiddenEdges?.has(edge) || a.folded?.edges.has(edge)) data.hidden = true;
    return data;
  };
  return { nodeReducer, edgeReducer };
}
