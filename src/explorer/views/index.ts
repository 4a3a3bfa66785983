/**
 * The analyst views the explorer mounts (issue 5). Each reads `useExplorer()`; the views take no
 * props. `ActorsProjectionLayer` renders nothing, goes inside the SigmaContainer and draws from the
 * sigma `Appearance`; `ProjectionToggle` is the switch for the main view's toolbar.
 */
import "./views.css";

export { HelpView } from "./HelpView";
export { AttributionView } from "./AttributionView";
export { TimelineView } from "./TimelineView";
export { PathFinder } from "./PathFinder";
export { EgoNetwork } from "./EgoNetwork";
export { ProjectionToggle } from "./ProjectionToggle";
export { ActorsProjectionLayer } from "./ActorsProjectionLayer";
