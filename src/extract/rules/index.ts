/**
 * The claim rules, in the order the sentence loop runs them. Attributions come before denials
 * (a denial refers back to what the sentence just laid at the denier's door). Adding a claim type
 * or a way of saying one is one rule object here; adding a trigger word is one lemma in
 * `lexicon/words.ts`.
 */
import type { Words } from "../lexicon";
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
  listedDefendantsRule,
  passiveAgentRule,
  penaltyRule,
  participationRule,
  possessiveAgentRule,
  sameGroupRule,
  tracesRule,
  verdictRule,
} from "./attribution";
import { CLAUSE_READER_RULES } from "./clause-reader";
import { culpritPredicateRule } from "./culprit";
import { endorsementRule } from "./endorsement";
import type { Frame } from "./frame";
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
  memberPhraseRule,
  memberTitleRule,
  partnersInRule,
  relativeMembershipRule,
} from "./membership";
import { affiliationRule, serviceRule } from "./relations";
import type { ClaimRule } from "./rule";

export type { ClaimRule, TriggerMatch } from "./rule";
export { actorsOf, isHedged, type Frame } from "./frame";
export { partOfClaims, withoutLoneGuessedParts } from "./relations";

export const CLAIM_RULES: readonly ClaimRule[] = [
  attackRule,
  blameRule,
  penaltyRule,
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
  withHelpRule,
  countedMembershipRule,
  countedRelativeMembershipRule,
  memberPhraseRule,
  appositiveMembershipRule,
  relativeMembershipRule,
  copulaMembershipRule,
  memberTitleRule,
  partnersInRule,
  serviceRule,
  affiliationRule,
  // Last: the general clause reading, for the clauses no wording rule made a claim of.
  ...CLAUSE_READER_RULES,
];

interface CompiledRules {
  triggers: (RegExp | undefined)[];
  /** Which triggers a sentence may match, from the words every match must contain (see pattern-cue.ts). */
  cues: CueIndex;
}

/** Trigger patterns compiled once per lexicon (a lexicon with extra lemmas gets its own) and rule list. */
const compiled = new WeakMap<Words, Map<readonly ClaimRule[], CompiledRules>>();

function compile(rules: readonly ClaimRule[], words: Words): CompiledRules {
  let byList = compiled.get(words);
  if (!byList) compiled.set(words, (byList = new Map()));
  let out = byList.get(rules);
  if (!out) {
    const triggers = rules.map((rule) => rule.trigger?.(words));
    byList.set(rules, (out = { triggers, cues: new CueIndex(triggers) }));
  }
  return out;
}

/**
 * Runs every rule over one sentence: each trigger occurrence, or once for rules without a trigger.
 * A trigger is scanned for only in a sentence holding one of the words its every match contains.
 */
export function runClaimRules(frame: Frame, rules: readonly ClaimRule[] = CLAIM_RULES): void {
  const { sentence } = frame;
  const { triggers, cues } = compile(rules, frame.state.lexicon.words);
  const candidates = cues.candidates(sentence.text);
  rules.forEach((rule, index) => {
    const re = triggers[index];
    if (!re) {
      rule.apply(frame, { at: sentence.start, end: sentence.start, word: "", before: "" });
      return;
    }
    if (!isCandidate(candidates, index)) return;
    re.lastIndex = 0;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      if (m[0].length === 0) re.lastIndex++;
      const at = sentence.start + m.index;
      rule.apply(frame, { at, end: at + m[0].length, word: m[0], before: sentence.text.slice(0, m.index) });
    }
  });
}
