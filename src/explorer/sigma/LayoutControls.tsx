/** Layout buttons beside the canvas: ForceAtlas2 start/stop, remove overlaps, reset to the file's positions. */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef, useState } from "react";
import { useExplorer } from "../state/context";
import { notify } from "../state/store";
import type { Appearance } from "./appearance";
import type { LayoutKind, LayoutRun } from "./layout";
import { restorePositions } from "./renderData";

interface Props {
  appearance: Appearance;
  initialPositions: Float64Array;
}

export function LayoutControls({ appearance, initialPositions }: Props) {
  const sigma = useSigma();
  const { graph, store } = useExplorer();
  const run = useRef<LayoutRun | null>(null);
  const [running, setRunning] = useState<LayoutKind | null>(null);

  useEffect(() => () => run.current?.stop(), []);

  const stop = () => {
    run.current?.stop();
    run.current = null;
    setRunning(null);
  };

  const start = async (kind: LayoutKind) => {
    stop();
    // The layout workers are loaded on first use: the first frame uses the file's positions.
    const { startLayout } = await import("./layout");
    // Node sizes are in screen pixels; noverlap needs them in graph units.
    const { width, height } = sigma.getDimensions();
    const extent = graph.reduceNodes(
      (acc, _n, a) => ({
        minX: Math.min(acc.minX, a.x ?? 0),
        maxX: Math.max(acc.maxX, a.x ?? 0),
        minY: Math.min(acc.minY, a.y ?? 0),
        maxY: Math.max(acc.maxY, a.y ?? 0),
      }),
      { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity },
    );
    const unit =
      Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY, 1) /
      Math.max(Math.min(width, height), 1);
    run.current = startLayout(
      graph,
      kind,
      (node) => (appearance.nodeSize.get(node) ?? 4) * unit * 1.2,
      () => {
        run.current = null;
        setRunning(null);
        notify(store, "Overlaps removed.");
      },
    );
    setRunning(kind);
  };

  return (
    <div className="layout-controls" role="group" aria-label="Layout">
      <button
        type="button"
        aria-pressed={running === "forceatlas2"}
        onClick={() => (running === "forceatlas2" ? stop() : void start("forceatlas2"))}
      >
        {running === "forceatlas2" ? "Stop layout" : "Run layout"}
      </button>
      <button type="button" disabled={running !== null} onClick={() => void start("noverlap")}>
        Remove overlaps
      </button>
      <button
        type="button"
        onClick={() => {
          stop();
          restorePositions(graph, initialPositions);
          sigma.getCamera().animatedReset();
        }}
      >
        Reset layout
      </button>
    </div>
  );
}
