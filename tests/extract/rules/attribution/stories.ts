/** The wire datelines and shortcuts the attribution rule tests share (invented copy). */
import { extract, incidents } from "../../helpers";

export const wire = (body: string) => `QUITO, 3 March 2025 (Reuters) - ${body}`;
export const attackOn = (ex: ReturnType<typeof extract>) => incidents(ex)[0]!.key;
export const claimantsOf = (ex: ReturnType<typeof extract>, source: string, target: string) =>
  ex.claims.find((c) => c.type === "attributed-to" && c.source === source && c.target === target)?.claimants;
// The wordings below replace the name-swapped dev-corpus sentences the held-out tests used to hold.
export const rio = (body: string) => `MONTEVIDEO, 20 September 2021 (AFP) - ${body}`;
export const hit = "A ransomware attack struck Uruguay's customs service on Friday. ";
/** The incident whose attacked target is `target`. */
export const incidentOn = (ex: ReturnType<typeof extract>, target: string) =>
  ex.claims.find((c) => c.type === "attacked" && c.target === target)?.source;
/** The key of the entity labelled `label`. */
export const keyOf = (ex: ReturnType<typeof extract>, label: string) =>
  ex.entities.find((e) => e.label === label)?.key;
