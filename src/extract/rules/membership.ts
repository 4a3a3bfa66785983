/**
 * Membership readings, one rule object each: a state belongs to an alliance or a regional body.
 * Every reading looks at the slots of one sentence (a state and a body at most two slots apart, or a
 * counted subject), so none has a trigger word: each runs once per sentence, in the order listed in
 * `rules/index.ts`.
 */
import { organizationCalled } from "../coref";
import { EXTRACTION_DEFAULTS } from "../defaults";
import {
  BODY_NAME_TAILS,
  NAME_WORDS,
  COUNTED_STATE_NOUNS,
  MEMBER_LIST_CLOSERS,
  MEMBER_LIST_OPENERS,
  STATE_COUNTS,
  alternation,
  type Words,
} from "../lexicon";
import type { Slot } from "../mentions";
import {
  TENURE_ENDED,
  conditionalPredicate,
  emit,
  memberNoun,
  objectAfter,
  patternFor,
  subjectBefore,
  typeOf,
  type Frame,
  type NearPair,
} from "./frame";
import type { ClaimRule } from "./rule";

/** A plural copula ("are", "have been"): its subject is a list, never one state. */
const PLURAL_COPULA = String.raw`are|were|have\s+been|remain`;
/** A copula before a membership noun ("is", "has been", "remains"): one list for every membership pattern. */
const COPULA = String.raw`is|was|${PLURAL_COPULA}|became|has\s+been|remains|remained`;
/** Adverbs between a copula and a membership noun ("are all", "is now", "are both"). */
const MEMBERSHIP_ADVERBS = String.raw`also|now|still|both|all`;
/** Modifiers of the membership noun ("a founding member", "fellow members"). */
const MEMBER_MODIFIERS = String.raw`fellow|founding|full`;

/**
 * "Montenegro, a NATO member", "Canada is a NATO member", "A, B and C, all EU members", "A and B, as
 * SADC member states": an apposition or a copula before "<body> member".
 */
const APPOSITIVE_MEMBER = new RegExp(
  String.raw`^(?:,\s+(?:(?:itself|also|now|as)\s+)?|\s+(?:${COPULA})\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?)(?:(?:a|an|the)\s+(?:(?:${MEMBER_MODIFIERS})\s+)?|(?<=,\s+)(?:both|all)\s+(?:fellow\s+)?|(?<=,\s+as\s+))$`,
  "i",
);
/**
 * More appositions before "<body> member": a relative's copula ("Latvia, which is a NATO member"), a
 * dash or a bracket ("Latvia – a NATO ally –", "Latvia (an EU member)"), a comparison ("Latvia, like
 * other NATO members").
 */
const APPOSITIVE_MEMBER_MORE = new RegExp(
  String.raw`^(?:,\s+(?:which|that)\s+(?:${COPULA})\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?|\s*[–—]\s*|\s+-\s+|\s*\(\s*)(?:a|an)\s+(?:(?:${MEMBER_MODIFIERS})\s+)?$` +
    String.raw`|^,\s+like\s+(?:all\s+|the\s+)?(?:other|fellow)\s+$`,
  "i",
);
/** "Latvia, one of NATO's newest members", "Latvia is one of the EU's 27 members": before the body's possessive. */
const ONE_OF = new RegExp(String.raw`^(?:,\s+|\s+(?:${COPULA})\s+)one\s+of\s+(?:the\s+)?$`, "i");
const oneOfMembers = (words: Words) =>
  patternFor(
    words,
    "one-of-members",
    (w) => new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:${memberNoun(w)})\\b`, "i"),
  );
/**
 * "Tonga and Fiji are Pacific Forum members": a plural copula and no article, read only when the
 * state closes a list of states that opens the clause (a lone state before "are" is no subject).
 */
const PLURAL_MEMBER = new RegExp(
  String.raw`^\s+(?:${PLURAL_COPULA})\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?(?:(?:${MEMBER_MODIFIERS})\s+)?$`,
  "i",
);
/** "<body> member", "<body> allies" after the body. */
const memberWord = (words: Words) =>
  patternFor(
    words,
    "member-word",
    (w) => new RegExp(`^\\s*(?:${memberNoun(w)}|${w.nouns.ally.any})\\b`, "i"),
  );
/** Whether the member noun opening `text` is one held no longer ("an EU member until 2019"). */
function memberUntil(words: Words, text: string): boolean {
  const m = memberWord(words).exec(text);
  return !!m && TENURE_ENDED.test(text.slice(m[0].length));
}
/** "is a member of", "a member state of", ", as a member of". */
const isMemberOf = (words: Words) =>
  patternFor(
    words,
    "member-of",
    (w) =>
      new RegExp(
        `^\\s*(?:,\\s*)?(?:which|that|who)?\\s*(?:${COPULA}|joined|had joined|as|,)?\\s*(?:like\\s+(?:all|other|every)\\s+(?:other\\s+)?(?:the\\s+)?)?(?:(?:${MEMBERSHIP_ADVERBS})\\s+)?(?:a|an)?\\s*(?:(?:${MEMBER_MODIFIERS})\\s+)?(?:${memberNoun(w)})\\s+of\\s+(?:both\\s+)?(?:the\\s+)?$` +
          // "Zambia and Malawi are both in SADC", "A and B both sit in the SCO": a copula or a seat, then "in".
          `|^\\s+(?:(?:${MEMBERSHIP_ADVERBS})\\s+)?(?:${COPULA}|${w.verbs.sitIn.any})\\s+(?:(?:${MEMBERSHIP_ADVERBS})\\s+)?in\\s+(?:the\\s+)?$`,
        "i",
      ),
  );
/**
 * The organization itself is meant, not a thing of it ("joined EU sanctions"); a head noun may close
 * its short name ("members of the APEC forum").
 */
const ORG_ENDS_PHRASE = new RegExp(
  String.raw`^(?:\s+(?:${alternation(BODY_NAME_TAILS)})\b)?(?:\s*$|\s*[,.;:)]|\s+(?:in|on|as|at|last|this|after|before|and|with|when|while|since|alongside|together|itself)\b)`,
);
/** "the OAS, of which Peru is a member": the state after the relative phrase belongs to the body before it. */
// A quotation may close on the body's name ('a partner of the "Pacific Alliance", of which').
const OF_WHICH = /^["”’]?\s*,\s*of\s+which\s+(?:both\s+|all\s+)?(?:the\s+)?$/i;
/** "ECOWAS, to which Ghana and Togo belong": the states listed after "to which" belong to the body before it. */
const TO_WHICH = /^["”’]?\s*,\s*to\s+which\s+(?:both\s+|all\s+)?(?:the\s+)?$/i;
/**
 * "the AES, which groups Mali and Niger", "ECOWAS, which brings together A, B and C": the states listed are
 * members. Only verbs that say membership ("includes", "comprises" also list a report's threats or a meeting's items).
 */
const whichGroups = (words: Words) =>
  patternFor(
    words,
    "which-groups",
    (w) =>
      new RegExp(
        String.raw`^\s*(?:\([^)]{1,12}\))?\s*,\s*(?:which|that)\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?(?:${w.verbs.gatherMembers.third}|${w.verbs.gatherMembers.past})\s+(?:the\s+)?$`,
        "i",
      ),
  );
/**
 * What may follow the last state a body's relative clause lists: the clause's end, "among others" or "as
 * (founding) members". A complement ("A and B among the main threats", "A and B in talks") says something else.
 */
const listEndsClause = (words: Words) =>
  patternFor(
    words,
    "list-ends-clause",
    (w) =>
      new RegExp(
        // "groups A, B and four other monarchies": the list may close on members it counts without naming.
        `^\\s*(?:$|[,.;:)]|among\\s+others\\b|as\\s+(?:(?:${MEMBER_MODIFIERS})\\s+)?(?:${memberNoun(w)})\\b|,?\\s+and\\s+(?:[\\w-]+\\s+)?others?\\s+\\p{L}+\\s*(?:$|[,.;:)]))`,
        "iu",
      ),
  );
const BELONG_AFTER = new RegExp(String.raw`^\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?belongs?\b`, "i");
const isMemberAfter = (words: Words) =>
  patternFor(
    words,
    "is-member-after",
    (w) =>
      new RegExp(
        `^\\s+(?:(?:${COPULA})\\s+)(?:(?:${MEMBERSHIP_ADVERBS})\\s+)?(?:a|an)?\\s*(?:(?:${MEMBER_MODIFIERS})\\s+)?(?:${memberNoun(w)})\\b`,
        "i",
      ),
  );
/** "As a member of the OAS, Peru ...": an opening phrase naming the body the main clause's subject belongs to. */
const asMemberOf = (words: Words) =>
  patternFor(
    words,
    "as-member-of",
    (w) =>
      new RegExp(
        `^\\W*as\\s+(?:a|an)\\s+(?:(?:${MEMBER_MODIFIERS})\\s+)?(?:${memberNoun(w)})\\s+of\\s+(?:both\\s+)?(?:the\\s+)?$`,
        "i",
      ),
  );
/** "NATO member Montenegro", "fellow EU members Estonia and Latvia": the noun between the body and its members. */
const memberBetween = (words: Words) =>
  patternFor(
    words,
    "member-between",
    // "NATO members including Norway and Denmark", "EU members such as Malta"; not "its NATO allies
    // including Japan": the partners an ally noun lists need not be members.
    (w) =>
      new RegExp(
        `^\\s*(?:(?:${memberNoun(w)})\\s*(?:,\\s*)?(?:(?:including|such\\s+as)\\s+)?|(?:${w.nouns.ally.any})\\s*(?:,\\s*)?)$`,
        "i",
      ),
  );
/** "Montenegro, which joined NATO in 2017", "X acceded to the EU": joining makes a member. */
const JOINED =
  /^\s*(?:,\s*which\s+|\s+)?(?:officially\s+)?(?:joined|acceded to|became a member of)\s+(?:the\s+)?$/i;

/**
 * Whether a seat verb before the body ("sits in the SCO") has its standing named after it by "as",
 * a member's or not ("as a dialogue partner", "only as an observer"): only the member noun makes it
 * membership ("sits in the SCO as a full member").
 */
function seatInStanding(words: Words, between: string, afterB: string): boolean {
  const seat = patternFor(words, "seat-verb", (w) => new RegExp(`\\b(?:${w.verbs.sitIn.any})\\b`, "i"));
  const standing = /^\s+(?:only\s+)?as\s+(?:(?:a|an|the)\s+)?(.*)$/is.exec(afterB);
  return (
    seat.test(between) &&
    !!standing &&
    !memberWord(words).test(standing[1]!.replace(/^(?:fellow|founding|full)\s+/i, ""))
  );
}

/**
 * Each slot with the two after it. None in a sentence that names no body: every pair a rule reads
 * holds one, and most sentences name none (four rules ask, every sentence: made for the first).
 */
function nearPairs(frame: Frame): readonly NearPair[] {
  return (frame.nearPairs ??= readNearPairs(frame));
}

function readNearPairs(frame: Frame): NearPair[] {
  const { slots, state } = frame;
  const pairs: NearPair[] = [];
  if (!slots.some((s) => isBody(frame, s.key))) return pairs;
  slots.forEach((a, i) =>
    slots.slice(i + 1, i + 3).forEach((b, k) =>
      pairs.push({
        a,
        b,
        i,
        j: i + 1 + k,
        between: state.text.slice(a.end, b.start),
        afterB: state.text.slice(b.end, b.end + 30),
      }),
    ),
  );
  return pairs;
}

const isState = (frame: Frame, key: string) => typeOf(frame, key) === "state";
const isBody = (frame: Frame, key: string) => typeOf(frame, key) === "organization";
const member = (frame: Frame, state: Slot, body: Slot) =>
  emit(frame, "member-of", state.key, body.key, { claimants: [] });

/** "the alliance" read as its member state by coref ("the NATO member said"): the slot carries its body. */
export const memberPhraseRule: ClaimRule = {
  id: "member-phrase",
  type: "member-of",
  apply(frame) {
    for (const s of frame.slots)
      if (s.memberOf) emit(frame, "member-of", s.key, s.memberOf, { claimants: [] });
  },
};

/** "Both nations are members of the AU", "all four states are Arctic Council members": the counted states are members. */
export const countedMembershipRule: ClaimRule = {
  id: "counted-membership",
  type: "member-of",
  apply: countedMembership,
};

/**
 * The state before the body: "Montenegro, a NATO member", "Latvia, an EU and NATO member", "Tonga and Fiji
 * are Pacific Forum members", "Latvia, one of NATO's newest members". Not a membership that has ended ("Latvia,
 * which was a NATO member until the vote").
 */
export const appositiveMembershipRule: ClaimRule = {
  id: "appositive-membership",
  type: "member-of",
  apply(frame) {
    const { state, slots } = frame;
    const words = state.lexicon.words;
    for (const { a, b, i, j, between, afterB } of nearPairs(frame)) {
      if (!isState(frame, a.key) || !isBody(frame, b.key)) continue;
      const appositive = APPOSITIVE_MEMBER.test(between) || APPOSITIVE_MEMBER_MORE.test(between);
      if (memberWord(words).test(afterB)) {
        const listed = coordinatedBefore(frame, i);
        if (
          !memberUntil(words, afterB) &&
          (appositive || (PLURAL_MEMBER.test(between) && opensClause(frame, listed)))
        )
          for (const m of [a, ...listed]) member(frame, m, b);
      } else if (appositive) {
        // "Latvia, an EU and NATO member": two bodies before one member noun.
        const next = slots[j + 1];
        if (
          next &&
          isBody(frame, next.key) &&
          /^\s+and\s+(?:the\s+)?$/i.test(state.text.slice(b.end, next.start)) &&
          memberWord(words).test(state.text.slice(next.end, next.end + 30)) &&
          !memberUntil(words, state.text.slice(next.end, next.end + 30))
        )
          for (const m of [a, ...coordinatedBefore(frame, i)])
            for (const body of [b, next]) member(frame, m, body);
      }
      if (ONE_OF.test(between) && oneOfMembers(words).test(afterB)) member(frame, a, b);
    }
  },
};

/**
 * The body before its members: "the OAS, of which Peru is a member", "As a member of the OAS, Peru ...",
 * "the AES, which groups Mali and Niger", "ECOWAS, to which Ghana and Togo belong".
 */
export const relativeMembershipRule: ClaimRule = {
  id: "relative-membership",
  type: "member-of",
  apply(frame) {
    const { state } = frame;
    const words = state.lexicon.words;
    for (const { a, b, i, j, between } of nearPairs(frame)) {
      if (!isBody(frame, a.key) || !isState(frame, b.key)) continue;
      // "the Arctic Council, of which both Norway and Iceland remain members": read after the last state listed.
      const listed = [b, ...coordinatedAfter(frame, j)];
      const last = listed.at(-1) ?? b;
      const afterListed = state.text.slice(last.end, b.end + 80);
      const memberAfter = isMemberAfter(words).exec(afterListed);
      const ofWhich =
        OF_WHICH.test(between) &&
        !!memberAfter &&
        !TENURE_ENDED.test(afterListed.slice(memberAfter[0].length));
      const asMember =
        j === i + 1 &&
        /^\s*,\s*(?:the\s+)?$/.test(between) &&
        asMemberOf(words).test(state.text.slice(frame.sentence.start, a.start));
      const clauseRest = state.text.slice(last.end, frame.sentence.end);
      const groups = whichGroups(words).test(between) && listEndsClause(words).test(clauseRest);
      const belongs = TO_WHICH.test(between) && BELONG_AFTER.test(clauseRest);
      if (ofWhich || asMember || groups || belongs) for (const m of listed) member(frame, m, a);
    }
  },
};

/**
 * A copula or a joining verb: "Montenegro is a member of NATO", "Montenegro, which joined NATO in 2017",
 * "Latvia and Lithuania are members of NATO and the EU" (every state listed, every body listed).
 */
export const copulaMembershipRule: ClaimRule = {
  id: "copula-membership",
  type: "member-of",
  apply(frame) {
    const { state, slots } = frame;
    for (const { a, b, i, j, between, afterB } of nearPairs(frame)) {
      if (!isState(frame, a.key) || !isBody(frame, b.key)) continue;
      if (
        !(isMemberOf(state.lexicon.words).test(between) || JOINED.test(between)) ||
        !ORG_ENDS_PHRASE.test(afterB)
      )
        continue;
      // "Turkey sits in the SCO as a dialogue partner": a seat held in another standing than a member's.
      if (seatInStanding(state.lexicon.words, between, afterB)) continue;
      const listed = coordinatedBefore(frame, i);
      // "If Fiji joined NATO": a condition states no membership.
      if (conditionalPredicate(frame, listed.at(-1) ?? a, a, b.start)) continue;
      const bodies = [b];
      const next = slots[j + 1];
      if (
        next &&
        isBody(frame, next.key) &&
        /^\s*(?:,|and|,\s*and)\s+(?:of\s+)?(?:the\s+)?$/.test(state.text.slice(b.end, next.start))
      )
        bodies.push(next);
      for (const m of [a, ...listed]) for (const body of bodies) member(frame, m, body);
    }
  },
};

/**
 * A member noun no body follows, or only a description of one: "Malta is a full member", "Portugal
 * and Greece are both members", "Estonia, a full member of the Organization". Group 1: the
 * description's noun.
 */
const unnamedBodyMember = (words: Words) =>
  patternFor(
    words,
    "unnamed-body-member",
    (w) =>
      new RegExp(
        String.raw`^(?:,\s+(?:a|an)\s+|\s+(?:${COPULA})\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?(?:(?:a|an)\s+)?)(?:(?:${MEMBER_MODIFIERS})\s+)?(?:${memberNoun(w)})\b(?:\s+of\s+the\s+(\p{L}+)(?=\s*[,.;:]))?(?!\s+of\b|\s*[-–]|\s+\p{Lu})`,
        "iu",
      ),
  );

/** A word of a bloc's name (see `NAME_WORDS.blocNameWords`). */
const BLOC_WORD = new RegExp(String.raw`\b(?:${alternation(NAME_WORDS.blocNameWords)})\b`);

/**
 * The bloc a member noun with no named body means: the one the gazetteer lists that its description
 * names ("of the Organization"), else such a bloc named last within `unnamedBlocReach` before it.
 */
function blocMeant(frame: Frame, at: number, description: string | undefined): string | undefined {
  const { state } = frame;
  // Only a body the gazetteer lists: a name read from the text with "Forum" or "Council" in it is
  // as often a think tank's, a bank's or a conference's ("the Atlantic Council", "Union Bank").
  if (description) {
    const key = organizationCalled(state, description);
    return key && isBody(frame, key) && state.lexicon.entities.has(key) ? key : undefined;
  }
  let best: string | undefined;
  let bestAt = at - EXTRACTION_DEFAULTS.unnamedBlocReach;
  for (const e of state.entities.values()) {
    if (e.type !== "organization" || !state.lexicon.entities.has(e.key)) continue;
    const last = e.mentions.reduce((max, m) => (m.start < at && m.start > max ? m.start : max), -1);
    if (last <= bestAt) continue;
    const names = [e.label, ...e.aliases, ...(state.lexicon.entities.get(e.key)?.aliases ?? [])];
    if (names.some((n) => BLOC_WORD.test(n))) [best, bestAt] = [e.key, last];
  }
  return best;
}

/**
 * The body named before, or by a description: "The EU denounced the raid. Malta is a full member",
 * "NATO issued no statement, although Portugal and Greece are both members", "Estonia, a full member
 * of the Organization". Every state listed before the member noun belongs.
 */
export const unnamedBodyMembershipRule: ClaimRule = {
  id: "unnamed-body-membership",
  type: "member-of",
  apply(frame) {
    const { state, slots, sentence } = frame;
    const words = state.lexicon.words;
    if (!memberNounAnywhere(words).test(sentence.text)) return;
    for (const [i, s] of slots.entries()) {
      if (!isState(frame, s.key)) continue;
      const m = unnamedBodyMember(words).exec(state.text.slice(s.end, sentence.end));
      const end = m ? s.end + m[0].length : 0;
      // A body named inside the phrase ("a NATO member") is the other rules' reading.
      if (!m || slots.some((o) => o.start > s.end && o.start < end && isBody(frame, o.key))) continue;
      if (TENURE_ENDED.test(state.text.slice(end, end + 30))) continue;
      const listed = coordinatedBefore(frame, i);
      // "If Ukraine were a member, the alliance would respond": a condition states no membership.
      if (conditionalPredicate(frame, listed.at(-1) ?? s, s, end)) continue;
      const body = blocMeant(frame, s.start, m[1]);
      if (body) for (const st of [s, ...listed]) emit(frame, "member-of", st.key, body, { claimants: [] });
    }
  },
};

/** A member noun anywhere in the sentence: the cheap cue of `unnamedBodyMembershipRule`. */
const memberNounAnywhere = (words: Words) =>
  patternFor(words, "member-noun-anywhere", (w) => new RegExp(`\\b(?:${memberNoun(w)})\\b`, "i"));

/** The member noun between the body and its members: "NATO member Montenegro", "fellow EU members Estonia and Latvia". */
export const memberTitleRule: ClaimRule = {
  id: "member-title",
  type: "member-of",
  apply(frame) {
    for (const { a, b, j, between } of nearPairs(frame))
      if (
        isBody(frame, a.key) &&
        isState(frame, b.key) &&
        memberBetween(frame.state.lexicon.words).test(between)
      )
        for (const m of [b, ...coordinatedAfter(frame, j)]) member(frame, m, a);
  },
};

/** "shared the details with its partners in NATO and the EU": the sentence's subject state belongs to each. */
export const partnersInRule: ClaimRule = {
  id: "partners-in",
  type: "member-of",
  trigger: () =>
    /\b(?:its|their)\s+(?:\w+\s+)?(?:partners|allies|fellow\s+members|counterparts)\s+in\s+(?:both\s+)?(?:the\s+)?/gi,
  apply(frame, { at, end }) {
    const member = subjectBefore(frame, at).find((s) => typeOf(frame, s.key) === "state");
    if (!member) return;
    const bodies = objectAfter(frame, end).filter((s) => typeOf(frame, s.key) === "organization");
    if (bodies[0]?.start !== end) return;
    for (const body of bodies) emit(frame, "member-of", member.key, body.key, { claimants: [] });
  },
};

/**
 * Some members listed after the body's member noun: "the member countries of the AU, among them Chad
 * and Mali", "the AU's member states, Chad and Mali among them". A list after no member noun
 * ("ministries, among them Finance") names no member.
 */
export const listedMembersRule: ClaimRule = {
  id: "listed-members",
  type: "member-of",
  trigger: () =>
    new RegExp(String.raw`\b(?:${alternation([...MEMBER_LIST_OPENERS, ...MEMBER_LIST_CLOSERS])})\b`, "gi"),
  apply(frame, { at, end }) {
    const { slots, state } = frame;
    const words = state.lexicon.words;
    const sentenceTo = (to: number) => state.text.slice(frame.sentence.start, to);
    // The slot the list word follows, nothing but a comma between.
    const i = slots.findLastIndex((s) => s.end <= at && /^\s*,?\s*$/.test(state.text.slice(s.end, at)));
    const before = slots[i];
    if (!before) return;
    if (LIST_OPENS.test(state.text.slice(before.end, end))) {
      // "member countries of X, among them A and B": the body, then its members.
      const first = slots[i + 1];
      // "members of NATO, including Ukraine's neighbours A and B": a possessor opens no list of members.
      if (
        isBody(frame, before.key) &&
        !first?.possessive &&
        membersOfEnd(words).test(sentenceTo(before.start)) &&
        first &&
        isState(frame, first.key) &&
        /^\s+(?:the\s+)?$/i.test(state.text.slice(end, first.start))
      )
        for (const m of [first, ...coordinatedAfter(frame, i + 1)]) member(frame, m, before);
      return;
    }
    // "NATO's member states, A and B among them": the list closes on the list word; the body is the
    // one naming the member noun (any body earlier in the sentence may be a firm talking to states).
    if (!isState(frame, before.key) || !LIST_CLOSES.test(state.text.slice(before.end, end))) return;
    const listed = [before, ...coordinatedBefore(frame, i)];
    const noun = memberNounComma(words).exec(sentenceTo(listed.at(-1)!.start));
    if (!noun) return;
    const nounAt = frame.sentence.start + noun.index;
    const body = slots.find(
      (s) =>
        s.end <= nounAt && isBody(frame, s.key) && /^(?:['’]s)?\s+$/.test(state.text.slice(s.end, nounAt)),
    );
    if (body) for (const m of listed) member(frame, m, body);
  },
};

/** ", among them", "including": what opens a list of members right after the body. */
const LIST_OPENS = new RegExp(String.raw`^\s*,\s*(?:${alternation(MEMBER_LIST_OPENERS)})$`, "i");
/** "A and B among them": what closes a list of members. */
const LIST_CLOSES = new RegExp(String.raw`^\s+(?:${alternation(MEMBER_LIST_CLOSERS)})$`, "i");
/** "member countries of", right before the body whose members a list names. */
const membersOfEnd = (words: Words) =>
  patternFor(
    words,
    "members-of-end",
    (w) => new RegExp(`\\b(?:${memberNoun(w)})\\s+of\\s+(?:the\\s+)?$`, "i"),
  );
/** "member states, ", right before the first state of a list that closes on "among them". */
const memberNounComma = (words: Words) =>
  patternFor(
    words,
    "member-noun-comma",
    (w) => new RegExp(`\\b(?:${memberNoun(w)})\\s*,\\s*(?:the\\s+)?$`, "i"),
  );

/** How many states a counted subject names ("both countries", "all three nations"). */
const COUNT_WORDS: Readonly<Record<string, number>> = { both: 2, ...STATE_COUNTS };
/** "both countries", "all three nations", "the two states": a counted subject (group 1 "both", group 2 the count). */
const COUNTED_SUBJECT = String.raw`(?:(both)|(?:all|the|all\s+the)\s+(${alternation(Object.keys(STATE_COUNTS))}))\s+(?:${alternation(COUNTED_STATE_NOUNS)})`;
/** "All three countries are", "Both nations are", "The two states are": a counted subject and its copula. */
const COUNTED_STATES = new RegExp(
  String.raw`^\W*${COUNTED_SUBJECT}\s+(?:${PLURAL_COPULA})\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?(?:(?:${MEMBER_MODIFIERS})\s+)?`,
  "i",
);
/** What joins the members of one list of states: ", ", " and ", ", and ". */
const STATE_LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;

/**
 * The states a counted subject opening the sentence refers back to ("Floods shut ports in A, B and C.
 * The three states are Mercosur members."): the last list of that many states before the sentence, else every
 * state the article named before it when it named exactly that many.
 */
function countedStates(frame: Frame, count: number): string[] {
  const { state, sentence } = frame;
  const mentions: { start: number; end: number; key: string }[] = [];
  for (const e of state.entities.values())
    if (e.type === "state")
      for (const at of e.mentions)
        // "Singapore-based Kestrel Point": a state inside a compound modifier is no country spoken of.
        if (at.end <= sentence.start && state.text[at.end] !== "-")
          mentions.push({ start: at.start, end: at.end, key: e.key });
  mentions.sort((x, y) => x.start - y.start);
  // Lists of states ("A, B and C"), in text order: a mention joins the list before it when only a list's
  // comma or "and" stands between them.
  const lists: (typeof mentions)[] = [];
  for (const m of mentions) {
    const list = lists.at(-1);
    const prev = list?.at(-1);
    if (list && prev && STATE_LIST_JOIN.test(state.text.slice(prev.end, m.start))) list.push(m);
    else lists.push([m]);
  }
  // The last list naming more than one state decides: it names the counted states, or none do.
  for (const list of lists.reverse()) {
    const keys = [...new Set(list.map((m) => m.key))];
    if (keys.length === count) return keys;
    if (keys.length > 1) break;
  }
  const named = [...new Set(mentions.map((x) => x.key))];
  return named.length === count ? named : [];
}

/** "members of the", right before the body a counted subject belongs to. */
const membersOfBefore = (words: Words) =>
  patternFor(
    words,
    "members-of-before",
    (w) => new RegExp(`^(?:(?:${memberNoun(w)})\\s+of\\s+(?:both\\s+)?(?:the\\s+)?)$`, "i"),
  );

/** The counted subject opening the sentence and the body it belongs to. */
function countedMembership(frame: Frame): void {
  const { state, sentence, slots } = frame;
  const m = COUNTED_STATES.exec(sentence.text);
  const count = m && COUNT_WORDS[(m[1] ?? m[2] ?? "").toLowerCase()];
  if (!m || !count) return;
  const at = sentence.start + m[0].length;
  const words = state.lexicon.words;
  const body = slots.find((s) => s.start >= at && typeOf(frame, s.key) === "organization");
  if (!body) return;
  const before = state.text.slice(at, body.start);
  const after = state.text.slice(body.end, body.end + 30);
  // "Both countries were EU members until 2004": a membership that has ended.
  const named =
    (/^(?:a\s+|an\s+)?$/i.test(before) && memberWord(words).test(after) && !memberUntil(words, after)) ||
    (membersOfBefore(words).test(before) && !TENURE_ENDED.test(after));
  if (!named) return;
  // "All three countries are members of the EU and NATO": each body listed.
  const bodies = [body, ...coordinatedAfter(frame, slots.indexOf(body), "organization")];
  for (const key of countedStates(frame, count))
    for (const b of bodies) emit(frame, "member-of", key, b.key, { claimants: [] });
}

/**
 * "the CSTO, of which both countries are members", "ECOWAS, to which all three countries belong": a
 * counted subject in the body's relative clause names states the text listed before.
 */
export const countedRelativeMembershipRule: ClaimRule = {
  id: "counted-relative-membership",
  type: "member-of",
  apply(frame) {
    const { state, slots } = frame;
    for (const body of slots) {
      if (typeOf(frame, body.key) !== "organization") continue;
      const m = countedRelative(state.lexicon.words).exec(state.text.slice(body.end, frame.sentence.end));
      // The counted subject is captured in either reading: "of which" (groups 1–2) or "to which" (3–4).
      const count = m && COUNT_WORDS[(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").toLowerCase()];
      if (!m || !count) continue;
      // "of which both countries were members until 2004": a membership that has ended.
      if (TENURE_ENDED.test(state.text.slice(body.end + m[0].length, frame.sentence.end))) continue;
      // "Minsk asked Moscow to raise it in the CSTO, of which both countries are members": states the
      // sentence names before the body (a demonym names no party), else the states listed before it.
      const named = [
        ...new Set(
          slots
            .filter((s) => s.end <= body.start && s.source !== "demonym" && isState(frame, s.key))
            .map((s) => s.key),
        ),
      ];
      const states = named.length === 0 ? countedStates(frame, count) : named.length === count ? named : [];
      for (const key of states) emit(frame, "member-of", key, body.key, { claimants: [] });
    }
  },
};

/** ', of which both countries are (founding) members', ', to which all three nations belong', right after the body. */
const countedRelative = (words: Words) =>
  patternFor(
    words,
    "counted-relative",
    (w) =>
      new RegExp(
        String.raw`^(?:\s*\([^)]{1,12}\))?["”’]?\s*,\s*(?:` +
          String.raw`of\s+which\s+${COUNTED_SUBJECT}\s+(?:${PLURAL_COPULA})\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?(?:(?:${MEMBER_MODIFIERS})\s+)?(?:${memberNoun(w)})` +
          String.raw`|to\s+which\s+${COUNTED_SUBJECT}\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?belong)\b`,
        "i",
      ),
  );

/** States listed before slot `i` ("Latvia, Estonia and Lithuania are members"), nearest first. */
function coordinatedBefore(frame: Frame, i: number): Slot[] {
  const out: Slot[] = [];
  let next = frame.slots[i];
  for (const s of frame.slots.slice(0, i).reverse()) {
    const gap = frame.state.text.slice(s.end, next?.start);
    // "Kenya, like Uganda a member of the EAC": the state compared is a member too.
    if (typeOf(frame, s.key) !== "state" || !/^\s*(?:,|,?\s*and|,\s*like)\s+(?:the\s+)?$/.test(gap)) break;
    out.push(s);
    next = s;
  }
  return out;
}

/**
 * A list of states (nearest first) that opens its clause: the sentence's start, a clause break or
 * a reporting verb before it ("Officials said A and B are"), not "countries bordering A and B".
 */
function opensClause(frame: Frame, listed: Slot[]): boolean {
  const first = listed[listed.length - 1];
  if (!first) return false;
  const w = frame.state.lexicon.words.verbs;
  const before = frame.state.text.slice(frame.sentence.start, first.start);
  return new RegExp(
    String.raw`(?:^|[,;:]\s*|\b(?:that|${w.speech.past}|${w.speech.third})\s+)(?:both\s+)?(?:the\s+)?\W*$`,
    "i",
  ).test(before);
}

/**
 * States listed after slot `j` ("NATO allies Estonia, Latvia and Lithuania"), in text order; or the
 * organizations ("members of the EU and of NATO").
 */
function coordinatedAfter(frame: Frame, j: number, type: "state" | "organization" = "state"): Slot[] {
  const out: Slot[] = [];
  let prev = frame.slots[j];
  for (const s of frame.slots.slice(j + 1)) {
    const gap = frame.state.text.slice(prev?.end, s.start);
    if (typeOf(frame, s.key) !== type || !/^\s*(?:,|,?\s*and)\s+(?:of\s+)?(?:the\s+)?$/.test(gap)) break;
    out.push(s);
    prev = s;
  }
  return out;
}
