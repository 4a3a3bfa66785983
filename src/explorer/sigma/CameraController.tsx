/**
 * The camera and the view state: applies the camera of a shared link once sigma exists, records
 * the settled camera for the URL, and flies to a node on request (search, double-click, "show on
 * graph").
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useLayoutEffect } from "react";
import { useExplorer } from "../state/context";

const SETTLE_MS = 250;

export function CameraController() {
  const sigma = useSigma();
  const { store } = useExplorer();

  useLayoutEffect(() => {
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
      if (data)
        void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 450 });
    });
    return () => {
      clearTimeout(timer);
      camera.off("updated", onUpdated);
      unsubscribe();
    };
  }, [sigma, store]);
  return null;
}
