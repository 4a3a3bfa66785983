/**
 * The canvas: a SigmaContainer over the claim graph with its controllers beside it. The appearance
 * is filled from the current view state before sigma is created, so the first frame already shows
 * the filters, the selection and the sizes of a shared link.
 */
import { SigmaContainer } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useRef, useState, type Ref } from "react";
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
import { ActorsProjectionLayer } from "../views";
import type { RenderData } from "./renderData";
import { applySelection, applyVisibility, styleNodes } from "./sync";

interface Props {
  renderData: RenderData;
  /** Receives the sigma instance (for the PNG export). */
  sigmaRef: Ref<Sigma | null>;
}

export function GraphView({ renderData, sigmaRef }: Props) {
  const { graph, store, visibility } = useExplorer();
  const metrics = useRef<NodeMetrics | null>(null);
  const [{ appearance, settings }] = useState(() => {
    performance.mark("t:graphview"); const state = store.get();
    const appearance = createAppearance(renderData.curvature);
    styleNodes(appearance, graph, state.sizeBy, state.colorBy, null);
    applyVisibility(appearance, visibility.get(state));
    applySelection(appearance, graph, state.selection);
    const settings: Partial<Settings> = {
      ...createReducers(appearance),
      nodeProgramClasses: NODE_PROGRAMS,
      edgeProgramClasses: EDGE_PROGRAMS,
      defaultNodeType: "circle",
      defaultEdgeType: "arrow",
      enableEdgeEvents: false,
      labelFont: "system-ui, sans-serif",
      labelSize: 13,
      labelColor: { color: "#1d1f24" },
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      ...LABEL_SETTINGS[state.labelDensity],
    };
    performance.mark("t:graphview-done"); return { appearance, settings };
  });

  return (
    <SigmaContainer ref={sigmaRef} graph={graph} settings={settings} className="graph-canvas" style={{ width: "100%", height: "100%" }}>
      <AppearanceController appearance={appearance} metrics={metrics} />
      <EventsController />
      <CameraController />
      <LayoutControls appearance={appearance} initialPositions={renderData.initialPositions} />
      <ActorsProjectionLayer />
    </SigmaContainer>
  );
}
