/**
 * The canvas: a SigmaContainer over the claim graph with its controllers beside it. The appearance
 * is filled from the current view state before sigma is created, so the first frame already shows
 * the filters, the selection, the actors projection and the sizes of a shared link.
 */
import { SigmaContainer } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useEffect, useRef, useState, type Ref } from "react";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeMetrics } from "../../graph/analytics/metrics";
import { useExplorer } from "../state/context";
import { createAppearance, createReducers, EDGE_PROGRAMS, NODE_PROGRAMS } from "./appearance";
import { AppearanceController } from "./AppearanceController";
import { CameraController } from "./CameraController";
import { EventsController } from "./EventsController";
import { LABEL_SETTINGS } from "./labels";
import { LayoutControls } from "./LayoutControls";
import { SelectionLayer } from "./SelectionLayer";
import { ActorsProjectionLayer } from "./ActorsProjectionLayer";
import type { RenderData } from "./renderData";
import { applyProjection, applySelection, applyVisibility, styleNodes } from "./sync";

interface Props {
  renderData: RenderData;
  /** Receives the sigma instance (for the PNG export). */
  sigmaRef: Ref<Sigma | null>;
}

const EDGE_EVENTS_MAX_EDGES = 20_000;

/** Once per graph load (React's strict mode runs effects twice in development). */
function markFirstRender() {
  const latest = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
  if (latest("kg:first-render") < latest("kg:graph-built")) performance.mark("kg:first-render");
}

export function GraphView({ renderData, sigmaRef }: Props) {
  const { graph, store, visibility } = useExplorer();
  const metrics = useRef<NodeMetrics | null>(null);
  const [{ appearance, settings }] = useState(() => {
    const state = store.get();
    const appearance = createAppearance(renderData.curvature, graph.size);
    styleNodes(appearance, graph, state.sizeBy, state.colorBy, null);
    applyVisibility(appearance, visibility.get(state));
    applySelection(appearance, graph, state.selection);
    applyProjection(appearance, graph, state.showActorsProjection);
    const settings: Partial<Settings> = {
      ...createReducers(appearance),
      nodeProgramClasses: NODE_PROGRAMS,
      edgeProgramClasses: EDGE_PROGRAMS,
      defaultNodeType: "circle",
      defaultEdgeType: "arrow",
      // Edge picking draws every edge a second time; past this size, claims are reached through
      // the details panel and the claims table instead of clicks on edges.
      enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
      labelFont: "system-ui, sans-serif",
      labelSize: 13,
      labelColor: { color: "#1d1f24" },
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      ...LABEL_SETTINGS[state.labelDensity],
    };
    return { appearance, settings };
  });

  // Sigma draws its first frame inside its constructor, which runs in SigmaContainer's effect; a
  // child's effects run before its parent's, so this effect follows that frame in the same task,
  // before the browser composites it (a controller inside the container would mount a task later).
  useEffect(markFirstRender, []);

  return (
    <SigmaContainer
      ref={sigmaRef}
      graph={graph}
      settings={settings}
      className="graph-canvas"
      style={{ width: "100%", height: "100%" }}
    >
      <AppearanceController appearance={appearance} metrics={metrics} renderData={renderData} />
      <SelectionLayer appearance={appearance} />
      <EventsController />
      <CameraController />
      <LayoutControls appearance={appearance} initialPositions={renderData.initialPositions} />
      <ActorsProjectionLayer appearance={appearance} />
    </SigmaContainer>
  );
}
