/**
 * The camera and the view state: applies the camera of a shared link once sigma exists, records
 * the settled camera for the URL, and flies to a node on request (search, double-click, "show on
 * graph"). Also marks `kg:first-render`: sigma draws its first frame inside its constructor, before
 * any listener can be attached, so the mark is set as soon as the instance reaches its controllers.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useLayoutEffect } from "react";
import { useExplorer } from "../state/context";

const SETTLE_MS = 250;

/** Once per graph load (React's strict mode may mount a controller twice in development). */
function markFirstRender() {
  const latest = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
  if (latest("kg:first-render") < latest("kg:graph-built")) performance.mark("kg:first-render");
}

export function CameraController() {
  const sigma = useSigma();
  const { store } = useExplorer();

  useLayoutEffect(() => {
    markFirstRender();
    const initial = store.get().camera;
    if (initial) sigma.getCamera().setState(initial);
  }, [sigma, store]);

  useEffect(() => {
    const camera = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => store.set({ camera: { ...camera.getState() } }), SETTLE_MS);
    };
    camera.on("updated", onUpdated);
    const unsubscribe = store.subscribe((s, prev) => {
      if (!s.flyTo || s.flyTo === prev.flyTo) return;
      const data = sigma.getNodeDisplayData(s.flyTo.node);
      if (data) void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 450 });
    });
    return () => {
      clearTimeout(timer);
      camera.off("updated", onUpdated);
      unsubscribe();
    };
  }, [sigma, store]);
  return null;
}
