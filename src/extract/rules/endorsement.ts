/**
 * Endorsements: "Australia, Canada and Japan issued statements backing the assessment", "Britain
 * joined the statement", "Denmark shares the US attribution". The subject makes the attribution
 * just made its own, so it becomes one more claimant of that claim, with this sentence as evidence.
 */
import { EXTRACTION_DEFAULTS } from "../defaults";
import { entityType } from "../document-state";
import type { ExtractedClaim } from "../types";
import { actorsOf, claimantsOf, emit, subjectBefore, type Frame } from "./frame";
import type { ClaimRule } from "./rule";

/**
 * The attributions to a state of the latest sentence that made any, up to this sentence's end:
 * what states endorse is another state's blame, not a company's naming of a group.
 */
function latestAttributions(frame: Frame) {
  const { state, sentence } = frame;
  const toState = (c: ExtractedClaim) =>
    c.type === "attributed-to" && entityType(state, c.target) === "state";
  let latest = -1;
  for (const claim of state.claims) {
    if (!toState(claim)) continue;
    for (const e of claim.evidence) if (e.start < sentence.end && e.start > latest) latest = e.start;
  }
  if (latest < 0 || sentence.start - latest > EXTRACTION_DEFAULTS.endorsedClaimReach) return [];
  return state.claims.filter((c) => c.type === "attributed-to" && c.evidence.some((e) => e.start === latest));
}

export const endorsementRule: ClaimRule = {
  id: "endorsement",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:${w.verbs.endorse.any})\\s+(?:them\\b|(?:the|this|that|these|those|their|its|his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:${w.nouns.stance.any})\\b)`,
      "gi",
    ),
  apply(frame, { at }) {
    const endorsers = actorsOf(frame, subjectBefore(frame, at));
    if (endorsers.length === 0) return;
    for (const claim of latestAttributions(frame)) {
      const claimants = claimantsOf(frame, endorsers).filter((k) => k !== claim.source && k !== claim.target);
      if (claimants.length > 0)
        emit(frame, "attributed-to", claim.source, claim.target, {
          claimants,
          suspected: claim.stance === "suspected",
        });
    }
  },
};
