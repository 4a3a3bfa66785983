/** The analyst views the explorer mounts; each takes no props and reads `useExplorer()`. */
export { HelpView } from "./HelpView";
export { AttributionView } from "./AttributionView";
export { TimelineView } from "./TimelineView";
export { PathFinder } from "./PathFinder";
export { EgoNetwork } from "./EgoNetwork";
