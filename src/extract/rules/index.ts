/**
 * The claim rules, in the order the sentence loop runs them. Attributions come before denials
 * (a denial refers back to what the sentence just laid at the denier's door). Adding a claim type
 * or a way of saying one is one rule object here; adding a trigger word is one lemma in
 * `lexicon/words.ts`.
 */
import { cueIndexFor, type Words } from "../lexicon";
import { CueIndex, isCandidate } from "../pattern-cue";
import {
  activeAgentRule,
  attackRule,
  attackersOfRule,
  attributeRule,
  behindRule,
  blameRule,
  blamingWordingRule,
  condemnRule,
  culpritNamingRule,
  defendantsRule,
  denialRule,
  disavowalRule,
  exploitRule,
  labelledAccusationRule,
  listedDefendantsRule,
  passiveAgentRule,
  penaltyRule,
  designationRule,
  participationRule,
  possessiveAgentRule,
  sameGroupRule,
  tracesRule,
  verdictRule,
} from "./attribution";
import { CLAUSE_READER_RULES } from "./clause-reader";
import { culpritPredicateRule } from "./culprit";
import { asserted } from "./mood";
import { endorsementRule } from "./endorsement";
import type { Frame } from "./frame";
import { TRACE } from "../trace";
import {
  groupSponsorRule,
  linkedGroupRule,
  numberedUnitRule,
  sponsorCompoundRule,
  tiedGroupRule,
} from "./group-sponsor";
import {
  deliverRule,
  hireRule,
  offerNounRule,
  offerRule,
  possessiveRequestRule,
  requestAnsweredRule,
  requestRule,
  teamArrivedRule,
  teamRule,
  receivedRule,
  thanksRule,
  withHelpRule,
} from "./help";
import {
  appositiveMembershipRule,
  copulaMembershipRule,
  countedMembershipRule,
  countedRelativeMembershipRule,
  listedMembersRule,
  memberPhraseRule,
  memberTitleRule,
  partnersInRule,
  relativeMembershipRule,
  unnamedBodyMembershipRule,
} from "./membership";
import { affiliationRule } from "./relations";
import { serviceRule } from "./service";
import type { ClaimRule } from "./rule";
import { matchesOf } from "../text";

export type { ClaimRule, TriggerMatch } from "./rule";
export { actorsOf, isHedged, type Frame } from "./frame";
export { partOfClaims, withoutLoneGuessedParts } from "./relations";

export const CLAIM_RULES: readonly ClaimRule[] = [
  attackRule,
  blameRule,
  penaltyRule,
  designationRule,
  behindRule,
  passiveAgentRule,
  participationRule,
  possessiveAgentRule,
  activeAgentRule,
  exploitRule,
  attackersOfRule,
  tracesRule,
  attributeRule,
  culpritNamingRule,
  culpritPredicateRule,
  defendantsRule,
  listedDefendantsRule,
  sameGroupRule,
  blamingWordingRule,
  groupSponsorRule,
  tiedGroupRule,
  linkedGroupRule,
  numberedUnitRule,
  sponsorCompoundRule,
  endorsementRule,
  denialRule,
  disavowalRule,
  labelledAccusationRule,
  verdictRule,
  condemnRule,
  requestRule,
  requestAnsweredRule,
  possessiveRequestRule,
  offerRule,
  deliverRule,
  teamRule,
  teamArrivedRule,
  receivedRule,
  hireRule,
  thanksRule,
  offerNounRule,
  withHelpRule,
  countedMembershipRule,
  countedRelativeMembershipRule,
  memberPhraseRule,
  appositiveMembershipRule,
  relativeMembershipRule,
  copulaMembershipRule,
  memberTitleRule,
  partnersInRule,
  listedMembersRule,
  unnamedBodyMembershipRule,
  serviceRule,
  affiliationRule,
  // Last: the general clause reading, for the clauses no wording rule made a claim of.
  ...CLAUSE_READER_RULES,
];

/**
 * The rules' triggers, compiled once per lexicon (a lexicon with extra lemmas gets its own), and
 * which of them a sentence may match, from the words every match must contain (see pattern-cue.ts).
 */
const triggerIndex = (words: Words) =>
  cueIndexFor(words, "claim-rules", (w) => new CueIndex(CLAIM_RULES.map((rule) => rule.trigger?.(w))));

/**
 * Runs every rule over one sentence: each trigger occurrence, or once for rules without a trigger.
 * A trigger is scanned for only in a sentence holding one of the words its every match contains.
 */
export function runClaimRules(frame: Frame): void {
  const { sentence } = frame;
  const cues = triggerIndex(frame.state.lexicon.words);
  const candidates = cues.candidates(sentence.text);
  CLAIM_RULES.forEach((rule, index) => {
    // The claim trace names the rule on a copy of the frame; rules write no field of the frame itself.
    const ruled = TRACE ? { ...frame, rule: rule.id } : frame;
    const re = cues.patterns[index];
    if (!re) {
      rule.apply(ruled, { at: sentence.start, end: sentence.start, word: "", before: "" });
      return;
    }
    if (!isCandidate(candidates, index)) return;
    // The scan starts where the pattern's lastIndex stands: a rule that runs a trigger of another's
    // on a text of its own (help.ts requesterAnswered) may leave it mid-sentence.
    re.lastIndex = 0;
    for (const m of matchesOf(re, sentence.text)) {
      const at = sentence.start + m.index;
      const match = { at, end: at + m[0].length, word: m[0], before: sentence.text.slice(0, m.index) };
      if (rule.readsName || asserted(ruled, match, rule.type)) rule.apply(ruled, match);
    }
  });
}
