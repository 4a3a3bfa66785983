/**
 * Pointer events on the canvas → view state: hover, click to select (node or edge), click on the
 * empty stage to clear, double-click to zoom to a node. Hover and selection are timed with User
 * Timing measures (`kg:hover`, `kg:select`) that span the store update, the reducers and sigma's
 * synchronous render, which the benchmark reads. Renders nothing.
 */
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useExplorer } from "../state/context";
import type { Patch } from "../state/store";

export function EventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const { store } = useExplorer();

  useEffect(() => {
    const timed = (name: string, patch: Patch) => {
      const start = performance.now();
      store.set(patch);
      performance.measure(name, { start, end: performance.now() });
    };
    const container = sigma.getContainer();
    registerEvents({
      enterNode: ({ node }) => {
        container.style.cursor = "pointer";
        timed("kg:hover", { hovered: node });
      },
      leaveNode: () => {
        container.style.cursor = "";
        timed("kg:hover", { hovered: null });
      },
      enterEdge: () => void (container.style.cursor = "pointer"),
      leaveEdge: () => void (container.style.cursor = ""),
      clickNode: ({ node }) => timed("kg:select", { selection: { kind: "node", key: node } }),
      clickEdge: ({ edge }) => timed("kg:select", { selection: { kind: "edge", key: edge } }),
      clickStage: () => timed("kg:select", { selection: null }),
      doubleClickNode: (event) => {
        event.preventSigmaDefault();
        store.set({ flyTo: { node: event.node } });
      },
    });
  }, [sigma, registerEvents, store]);
  return null;
}
