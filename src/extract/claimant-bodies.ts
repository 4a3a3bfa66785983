/**
 * Who stands behind a claimant, as the whole article tells it: a speaker's office is often given
 * only later ("Orlen Vask, who heads the port authority, ...") and a body's owner is decided only
 * once the article has been read to the end. Each attribution's claimants gain, after reading,
 * the bodies their persons are affiliated with and the states those bodies (or the claimant bodies)
 * belong to, among the article's final entities and claims (every body's owner settled).
 */
import type { ExtractedClaim, ExtractedEntity } from "./types";

export function withClaimantBodies(
  claims: readonly ExtractedClaim[],
  entities: ReadonlyMap<string, Readonly<ExtractedEntity>>,
): ExtractedClaim[] {
  const stateOf = (key: string) => {
    const entity = entities.get(key);
    return entity?.type === "agency" ? entity.country : undefined;
  };
  const officesOf = new Map<string, string[]>();
  for (const c of claims)
    if (c.type === "affiliated-with") officesOf.set(c.source, [...(officesOf.get(c.source) ?? []), c.target]);
  const victimStateOf = victimStates(claims, entities);
  return claims.map((claim) => {
    if (claim.type !== "attributed-to" || claim.claimants.length === 0) return claim;
    // A body the article never gives an owner ("the National Cyber Security Directorate") that
    // speaks of an attack speaks for the state that attack hit: a country's own agencies
    // investigate and report the attacks on it.
    const home = victimStateOf(claim.source);
    const ownerOf = (key: string) => {
      const entity = entities.get(key);
      if (entity?.type !== "agency") return undefined;
      return entity.country ?? home;
    };
    // The accused and their state never claim the accusation (a group claiming an attack itself stays).
    const accused = new Set([claim.source, claim.target, stateOf(claim.target) ?? claim.target]);
    // A threat group claims only its own deeds ("X claimed the attack on its channel"): named beside
    // a speaker, or as the actor a clause talks about, it says nothing of another's.
    // A claimant named ahead of the article's own mention of it (a transcript's turn label) speaks
    // only if the article names it at all.
    const speaks = (key: string) => {
      const entity = entities.get(key);
      return entity !== undefined && (entity.type !== "group" || key === claim.target);
    };
    const complete = (keys: readonly string[]) => {
      const out = keys.filter(speaks);
      const add = (key: string | undefined) => {
        if (key && entities.has(key) && !accused.has(key) && !out.includes(key)) out.push(key);
      };
      for (const key of keys) {
        for (const body of officesOf.get(key) ?? []) {
          add(body);
          add(ownerOf(body));
        }
        add(ownerOf(key));
      }
      return out;
    };
    return {
      ...claim,
      claimants: complete(claim.claimants),
      evidence: claim.evidence.map((e) => (e.claimants ? { ...e, claimants: complete(e.claimants) } : e)),
    };
  });
}

/**
 * The one state the attacks an attribution is about hit: for an incident, the states of its
 * targets (a state, or a body's owner); for a group, those of the incidents the article ties to it.
 * None when they are several or none.
 */
function victimStates(
  claims: readonly ExtractedClaim[],
  entities: ReadonlyMap<string, Readonly<ExtractedEntity>>,
): (source: string) => string | undefined {
  const stateOfTarget = (key: string) => {
    const entity = entities.get(key);
    return entity?.type === "state" ? key : entity?.type === "agency" ? entity.country : undefined;
  };
  const hit = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.type !== "attacked") continue;
    const state = stateOfTarget(c.target);
    if (state) hit.set(c.source, (hit.get(c.source) ?? new Set()).add(state));
  }
  const statesOf = (source: string): Set<string> => {
    if (entities.get(source)?.type === "incident") return hit.get(source) ?? new Set();
    const out = new Set<string>();
    for (const c of claims)
      if (c.type === "attributed-to" && c.target === source) hit.get(c.source)?.forEach((s) => out.add(s));
    return out;
  };
  return (source) => {
    const states = statesOf(source);
    return states.size === 1 ? [...states][0] : undefined;
  };
}
