/**
 * The analyst views the explorer mounts (issue 5). Each reads `useExplorer()`; the views take no
 * props. The actors projection's canvas layer lives in sigma/, its switch in panels/.
 */
import "./views.css";

export { HelpView } from "./HelpView";
export { AttributionView } from "./AttributionView";
export { TimelineView } from "./TimelineView";
export { PathFinder } from "./PathFinder";
export { EgoNetwork } from "./EgoNetwork";
