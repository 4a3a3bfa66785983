// The iteration steps of graphology's ForceAtlas2 and noverlap layouts, which their entry points run
// on matrices built from a graph; graph/layout.ts builds the matrices from its plain input instead
// (see `layoutPositions`). The settings are the entry points' defaults merged with the caller's.

declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  /** One iteration: moves the nodes of `nodes` (10 floats a node) along `edges` (3 floats an edge). */
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module "graphology-layout-noverlap/iterate.js" {
  import type { NoverlapSettings } from "graphology-layout-noverlap";
  /** One iteration: moves apart the overlapping nodes of `nodes` (x, y, size a node). */
  export default function iterate(
    settings: Required<NoverlapSettings>,
    nodes: Float32Array,
  ): { converged: boolean };
}

declare module "graphology-layout-noverlap/defaults.js" {
  import type { NoverlapSettings } from "graphology-layout-noverlap";
  const defaults: Required<NoverlapSettings>;
  export default defaults;
}
