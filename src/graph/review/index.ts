export { claimRef, entityRef, findClaim, findEntity, parseEdgeKey, type Found } from "./find";
export {
  applyReviewLogInPlace,
  applyReviewLogToCopy,
  applyReviewOpInPlace,
  formatReviewProblem,
  type ReviewOpOutcome,
  type ReviewProblem,
  type ReviewReplay,
} from "./apply";
export { joinClaims } from "./rewire";
