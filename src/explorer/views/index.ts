/**
 * The analyst views the explorer mounts (issue 5). Each takes no props and reads `useExplorer()`.
 * `ActorsProjectionLayer` renders nothing and goes inside the SigmaContainer; `ProjectionToggle`
 * is the switch for the main view's toolbar.
 */
import "./views.css";

export { HelpView } from "./HelpView";
export { AttributionView } from "./AttributionView";
export { TimelineView } from "./TimelineView";
export { PathFinder } from "./PathFinder";
export { EgoNetwork } from "./EgoNetwork";
export { ProjectionToggle } from "./ProjectionToggle";
export { ActorsProjectionLayer } from "./ActorsProjectionLayer";
