/**
 * Keeps the reducers' `Appearance` in step with the view state and refreshes sigma as little as
 * possible: partially (skipping reindexation) for hover and selection moves, fully for filters and
 * restyles. Renders nothing.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type { NodeMetrics } from "../../graph/analytics/metrics";
import { useExplorer } from "../state/context";
import { notify, type ViewState } from "../state/store";
import type { Appearance } from "./appearance";
import { LABEL_SETTINGS } from "./labels";
import type { RenderData } from "./renderData";
import {
  applyHover,
  applyProjection,
  applySelection,
  applyVisibility,
  needsMetrics,
  refillAppearance,
  styleNodes,
  type Changed,
} from "./sync";

interface Props {
  appearance: Appearance;
  /** Metrics of src/graph/analytics, computed on first need and kept per graph. */
  metrics: { current: NodeMetrics | null };
  renderData: RenderData;
}

export function AppearanceController({ appearance, metrics, renderData }: Props) {
  const sigma = useSigma();
  const { graph, store, visibility } = useExplorer();
  // The visibility cache the appearance was last filled from: a new one means the graph changed in
  // place (a workspace's review or new articles), so every part of the appearance is filled again.
  const filledFrom = useRef(visibility);

  useEffect(() => {
    let alive = true;
    // A full refresh is scheduled for the next frame (not drawn at once: the frame is a task of its
    // own, apart from the change's). Until it is drawn, sigma has not indexed the nodes just added,
    // and refuses a partial refresh of one (server mode selects the entity it expanded); the
    // scheduled frame draws every item from the appearance as it is then, so none is needed.
    let fullPending = false;
    if (filledFrom.current !== visibility) {
      filledFrom.current = visibility;
      const state = store.get();
      refillAppearance(appearance, graph, state, visibility.get(state), renderData.curvature, metrics);
      fullPending = true;
      sigma.once("afterRender", () => (fullPending = false));
      sigma.refresh({ schedule: true });
    }
    const partial = (changed: Changed) =>
      fullPending || sigma.refresh({ partialGraph: changed, skipIndexation: true });

    const restyle = (s: ViewState) => {
      styleNodes(appearance, graph, s.sizeBy, s.colorBy, metrics.current);
      if (!needsMetrics(s.sizeBy, s.colorBy) || metrics.current) return;
      notify(store, "Computing graph metrics…");
      // Betweenness is costly on big graphs: load and compute only when a metric is first chosen.
      void import("../../graph/analytics/metrics").then(({ computeNodeMetrics }) => {
        if (!alive) return;
        metrics.current = computeNodeMetrics(graph);
        const now = store.get();
        styleNodes(appearance, graph, now.sizeBy, now.colorBy, metrics.current);
        sigma.refresh();
        notify(store, "Graph metrics ready.");
      });
    };

    const onChange = (s: ViewState, prev: ViewState) => {
      let full = false;
      if (s.filters !== prev.filters || s.focus !== prev.focus) {
        applyVisibility(appearance, visibility.get(s));
        full = true;
      }
      if (s.sizeBy !== prev.sizeBy || s.colorBy !== prev.colorBy) {
        restyle(s);
        full = true;
      }
      if (s.showActorsProjection !== prev.showActorsProjection) {
        applyProjection(appearance, graph, s.showActorsProjection);
        full = true;
      }
      if (s.labelDensity !== prev.labelDensity) {
        // A user's choice, not an interaction: one settings update per change of the control.
        for (const [key, value] of Object.entries(LABEL_SETTINGS[s.labelDensity]))
          sigma.setSetting(key as keyof typeof LABEL_SETTINGS.all, value as never);
      }
      let changed: Changed = { nodes: [], edges: [] };
      if (s.selection !== prev.selection) changed = applySelection(appearance, graph, s.selection);
      if (s.hovered !== prev.hovered)
        changed = {
          nodes: changed.nodes.concat(applyHover(appearance, graph, s.hovered).nodes),
          edges: changed.edges,
        };
      if (full) sigma.refresh();
      else if (changed.nodes.length || changed.edges.length) partial(changed);
    };
    const unsubscribe = store.subscribe(onChange);
    const initial = store.get();
    if (needsMetrics(initial.sizeBy, initial.colorBy) && !metrics.current) restyle(initial);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [sigma, graph, store, visibility, appearance, metrics, renderData]);
  return null;
}
