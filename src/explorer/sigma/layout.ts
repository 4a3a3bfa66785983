/**
 * Layouts on demand, each in a web worker (graphology's supervisors) over a light copy of the graph
 * (positions, sizes and topology only), so the worker never touches the claim graph's attributes.
 * Positions are copied back at a throttled pace: rendering on every worker tick would starve the
 * layout of CPU on small machines.
 */
import Graph from "graphology";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import NoverlapLayoutSupervisor from "graphology-layout-noverlap/worker";
import type { ClaimGraph } from "../../model";

export type LayoutKind = "forceatlas2" | "noverlap";

const COPY_BACK_MS = 400;

export interface LayoutRun {
  /** Stops the worker and keeps the positions reached. */
  stop(): void;
}

/**
 * Starts a layout. `sizeOf` gives each node's radius in graph units (noverlap keeps nodes that far
 * apart); `onEnd` runs when noverlap converges (ForceAtlas2 runs until stopped).
 */
export function startLayout(
  graph: ClaimGraph,
  kind: LayoutKind,
  sizeOf: (node: string) => number,
  onEnd: () => void,
): LayoutRun {
  const copy = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.forEachNode((node, a) => copy.addNode(node, { x: a.x ?? 0, y: a.y ?? 0, size: sizeOf(node) }));
  if (kind === "forceatlas2")
    graph.forEachEdge((edge, _a, source, target) => copy.addEdgeWithKey(edge, source, target));

  const copyBack = () =>
    graph.updateEachNodeAttributes(
      (node, a) => {
        a.x = copy.getNodeAttribute(node, "x") as number;
        a.y = copy.getNodeAttribute(node, "y") as number;
        return a;
      },
      { attributes: ["x", "y"] },
    );

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    supervisor.kill();
    copyBack();
  };
  const supervisor =
    kind === "forceatlas2"
      ? new FA2LayoutSupervisor(copy, {
          settings: { ...inferSettings(copy), barnesHutOptimize: copy.order > 2000 },
        })
      : new NoverlapLayoutSupervisor(copy, {
          settings: { margin: 1, ratio: 1.1 },
          onConverged: () => {
            stop();
            onEnd();
          },
        });
  const timer = setInterval(copyBack, COPY_BACK_MS);
  supervisor.start();
  return { stop };
}
