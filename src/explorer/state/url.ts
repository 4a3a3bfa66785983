/**
 * The shareable part of the view state in a query string, and back. Decoding checks every value
 * against the graph and the vocabularies; what does not fit is dropped and reported, never trusted.
 * Parameters that are not ours (e.g. `graph=`) are kept as they are.
 */
import {
  EDGE_TYPES,
  NODE_TYPES,
  PartialDateSchema,
  STANCES,
  type ClaimGraph,
  type EdgeType,
  type NodeType,
  type Stance,
} from "../../model";
import {
  COLOR_BY,
  DEFAULT_FILTERS,
  DEFAULT_VIEW_STATE,
  LABEL_DENSITIES,
  REVIEW_FILTERS,
  SIZE_BY,
  TABS,
  type CameraState,
  type Filters,
  type ReviewFilter,
  type ViewState,
} from "./store";

const OWN = [
  "node",
  "edge",
  "nt",
  "et",
  "from",
  "to",
  "st",
  "rv",
  "doc",
  "conf",
  "focus",
  "claim",
  "cam",
  "labels",
  "size",
  "color",
  "tab",
];

export type Shareable = Pick<
  ViewState,
  "selection" | "filters" | "focus" | "camera" | "labelDensity" | "sizeBy" | "colorBy" | "tab"
>;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
const round = (n: number) => Number(n.toPrecision(6));

/** Writes the shareable state into `params` (a copy), leaving foreign parameters alone. */
export function encodeViewState(
  state: Shareable,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of OWN) params.delete(name);
  const { selection, filters, focus, camera } = state;
  if (selection) params.set(selection.kind, selection.key);
  if (!sameSet(filters.nodeTypes, NODE_TYPES)) params.set("nt", filters.nodeTypes.join(","));
  if (!sameSet(filters.edgeTypes, EDGE_TYPES)) params.set("et", filters.edgeTypes.join(","));
  if (filters.dateRange[0]) params.set("from", filters.dateRange[0]);
  if (filters.dateRange[1]) params.set("to", filters.dateRange[1]);
  if (!sameSet(filters.stances, STANCES)) params.set("st", filters.stances.join(","));
  if (!sameSet(filters.review, DEFAULT_FILTERS.review)) params.set("rv", filters.review.join(","));
  for (const doc of filters.documents ?? []) params.append("doc", doc);
  if (filters.documents?.length === 0) params.set("doc", "");
  if (filters.minConfidence > 0) params.set("conf", String(filters.minConfidence));
  if (focus) {
    params.set("focus", focus.label);
    for (const claim of focus.claims) params.append("claim", claim);
  }
  if (camera) params.set("cam", [camera.x, camera.y, camera.ratio, camera.angle].map(round).join(","));
  if (state.labelDensity !== DEFAULT_VIEW_STATE.labelDensity) params.set("labels", state.labelDensity);
  if (state.sizeBy !== DEFAULT_VIEW_STATE.sizeBy) params.set("size", state.sizeBy);
  if (state.colorBy !== DEFAULT_VIEW_STATE.colorBy) params.set("color", state.colorBy);
  if (state.tab !== DEFAULT_VIEW_STATE.tab) params.set("tab", state.tab);
  return params;
}

export interface Decoded {
  state: Partial<Shareable>;
  /** One line per dropped value, e.g. `node "state:atlantis": not in this graph`. */
  dropped: string[];
}

/** Reads the shareable state from a query string, checking each value against `graph`. */
export function decodeViewState(params: URLSearchParams, graph: ClaimGraph): Decoded {
  const dropped: string[] = [];
  const state: Partial<Shareable> = {};

  const list = <T extends string>(name: string, vocabulary: readonly T[]): T[] | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const values = raw.split(",").filter(Boolean);
    const good = values.filter((v): v is T => (vocabulary as readonly string[]).includes(v));
    for (const bad of values.filter((v) => !good.includes(v as T)))
      dropped.push(`${name} "${bad}": unknown value`);
    return good;
  };
  const choice = <T extends string>(name: string, vocabulary: readonly T[]): T | undefined =>
    list(name, vocabulary)?.[0];

  const node = params.get("node");
  const edge = params.get("edge");
  if (node !== null) {
    if (graph.hasNode(node)) state.selection = { kind: "node", key: node };
    else dropped.push(`node "${node}": not in this graph`);
  } else if (edge !== null) {
    if (graph.hasEdge(edge)) state.selection = { kind: "edge", key: edge };
    else dropped.push(`edge "${edge}": not in this graph`);
  }

  const filters: Partial<Filters> = {};
  const nodeTypes = list<NodeType>("nt", NODE_TYPES);
  if (nodeTypes) filters.nodeTypes = nodeTypes;
  const edgeTypes = list<EdgeType>("et", EDGE_TYPES);
  if (edgeTypes) filters.edgeTypes = edgeTypes;
  const stances = list<Stance>("st", STANCES);
  if (stances) filters.stances = stances;
  const review = list<ReviewFilter>("rv", REVIEW_FILTERS);
  if (review) filters.review = review;

  const date = (name: string): string | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    if (PartialDateSchema.safeParse(raw).success) return raw;
    dropped.push(`${name} "${raw}": expected a date such as 2022, 2022-08 or 2022-08-26`);
    return null;
  };
  const range: Filters["dateRange"] = [date("from"), date("to")];
  if (range[0] || range[1]) filters.dateRange = range;

  if (params.has("doc")) {
    const known = new Set(graph.getAttribute("documents").map((d) => d.id));
    const docs = params.getAll("doc").filter(Boolean);
    filters.documents = docs.filter((d) => known.has(d));
    for (const bad of docs.filter((d) => !known.has(d)))
      dropped.push(`doc "${bad}": not a document of this graph`);
  }

  const conf = params.get("conf");
  if (conf !== null) {
    const value = Number(conf);
    if (conf !== "" && Number.isFinite(value) && value >= 0 && value <= 1) filters.minConfidence = value;
    else dropped.push(`conf "${conf}": expected a number from 0 to 1`);
  }
  if (Object.keys(filters).length) state.filters = { ...DEFAULT_FILTERS, ...filters };

  const focusLabel = params.get("focus");
  if (focusLabel !== null) {
    const claims = params.getAll("claim");
    const good = claims.filter((c) => graph.hasEdge(c));
    for (const bad of claims.filter((c) => !graph.hasEdge(c)))
      dropped.push(`claim "${bad}": not in this graph`);
    if (good.length) state.focus = { label: focusLabel || "Focus", claims: good };
    else dropped.push(`focus "${focusLabel}": none of its claims is in this graph`);
  }

  const cam = params.get("cam");
  if (cam !== null) {
    const [x, y, ratio, angle = 0] = cam.split(",").map(Number);
    const camera: Partial<CameraState> = { x, y, ratio, angle };
    if ([x, y, ratio, angle].every((n) => n !== undefined && Number.isFinite(n)) && (ratio ?? 0) > 0)
      state.camera = camera as CameraState;
    else dropped.push(`cam "${cam}": expected x,y,ratio[,angle] with a positive ratio`);
  }

  const labels = choice("labels", LABEL_DENSITIES);
  if (labels) state.labelDensity = labels;
  const size = choice("size", SIZE_BY);
  if (size) state.sizeBy = size;
  const color = choice("color", COLOR_BY);
  if (color) state.colorBy = color;
  const tab = choice("tab", TABS);
  if (tab) state.tab = tab;
  return { state, dropped };
}
