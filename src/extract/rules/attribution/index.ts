/**
 * Claims about incidents: who was attacked, who is said to be behind it and by whom, who denies
 * it, who condemns it. Both ends must be found; a negated attribution ("could not confirm
 * whether a state is behind") asserts nothing, a hedged one is `suspected`.
 *
 * The rules are grouped by what they read: blame verbs (blame.ts), charges and penalties
 * (charges.ts), traces and the same group (traces.ts), agents named as subject or owner
 * (active-agents.ts) or after the incident (passive-agents.ts), denials (denials.ts), and
 * verdicts, condemnations and targets (condemnations.ts); shared.ts holds what they share.
 */
export { attribute, negatedBefore, PASSIVE_AUXILIARY } from "./shared";
export { blameRule } from "./blame";
export { defendantsRule, listedDefendantsRule, participationRule } from "./charges";
export { designationRule, penaltyRule } from "./penalties";
export { attackersOfRule, tracesRule, sameGroupRule } from "./traces";
export {
  possessiveAgentRule,
  behindRule,
  culpritNamingRule,
  activeAgentRule,
  exploitRule,
  attributeRule,
  blamingWordingRule,
} from "./active-agents";
export { passiveAgentRule } from "./passive-agents";
export { denialRule, disavowalRule } from "./denials";
export { labelledAccusationRule } from "./labelled-accusations";
export { verdictRule, condemnRule, attackRule } from "./condemnations";
