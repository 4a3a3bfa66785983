/**
 * Standing relations: membership ("Montenegro, a NATO member", "NATO member X", "X joined NATO"),
 * office ("Prime Minister X" → affiliated-with, from the person stage), and agencies belonging to
 * their state (part-of), emitted once an agency takes part in a claim of the article.
 */
import type { Sentence } from "../sentences";
import type { ExtractedEntity } from "../types";
import { COUNTED_STATE_NOUNS, STATE_COUNTS, TENURE_ENDS, alternation, type Words } from "../lexicon";
import type { Slot } from "../mentions";
import {
  emit,
  memberNoun,
  objectAfter,
  patternFor,
  subjectBefore,
  typeOf,
  type ClaimState,
  type Frame,
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
 * "Montenegro, a NATO member", "Canada is a NATO member", "A, B and C, all EU members": an
 * apposition or a copula before "<body> member".
 */
const APPOSITIVE_MEMBER = new RegExp(
  String.raw`^(?:,\s+(?:(?:itself|also|now|as)\s+)?|\s+(?:${COPULA})\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?)(?:(?:a|an|the)\s+(?:(?:${MEMBER_MODIFIERS})\s+)?|(?<=,\s+)(?:both|all)\s+(?:fellow\s+)?)$`,
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
/** "a NATO member until the vote", "worked for X until 2022": the text says the tenure has ended. */
const TENURE_ENDED = new RegExp(String.raw`^\s*,?\s*(?:${alternation(TENURE_ENDS)})\b`, "i");
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
          // "Zambia and Malawi are both in SADC": a copula and "in" before the body.
          `|^\\s+(?:${COPULA})\\s+(?:(?:${MEMBERSHIP_ADVERBS})\\s+)?in\\s+(?:the\\s+)?$`,
        "i",
      ),
  );
/** The organization itself is meant, not a thing of it ("joined EU sanctions"). */
const ORG_ENDS_PHRASE =
  /^(?:\s*$|\s*[,.;:)]|\s+(?:in|on|as|at|last|this|after|before|and|with|when|while|since|alongside|together|itself)\b)/;
/** "the OAS, of which Peru is a member": the state after the relative phrase belongs to the body before it. */
const OF_WHICH = /^\s*,\s*of\s+which\s+(?:both\s+|all\s+)?(?:the\s+)?$/i;
/** "ECOWAS, to which Ghana and Togo belong": the states listed after "to which" belong to the body before it. */
const TO_WHICH = /^\s*,\s*to\s+which\s+(?:both\s+|all\s+)?(?:the\s+)?$/i;
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
        `^\\s*(?:$|[,.;:)]|among\\s+others\\b|as\\s+(?:(?:${MEMBER_MODIFIERS})\\s+)?(?:${memberNoun(w)})\\b)`,
        "i",
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
const JOINED =
  /^\s*(?:,\s*which\s+|\s+)?(?:officially\s+)?(?:joined|acceded to|became a member of)\s+(?:the\s+)?$/i;

/** "Montenegro, a NATO member", "NATO member X", "X joined NATO", "a member of both the EU and NATO". */
export const membershipRule: ClaimRule = {
  id: "membership",
  type: "member-of",
  apply: membershipClaims,
};

/** Offices found by the person stage ("Prime Minister X", "X, the ministry's spokeswoman"). */
export const affiliationRule: ClaimRule = {
  id: "affiliation",
  type: "affiliated-with",
  apply: affiliationClaims,
};

function membershipClaims(frame: Frame): void {
  const { state, slots } = frame;
  const words = state.lexicon.words;
  const isState = (k: string) => typeOf(frame, k) === "state";
  const isOrg = (k: string) => typeOf(frame, k) === "organization";
  countedMembership(frame);
  for (let i = 0; i < slots.length; i++) {
    const a = slots[i]!;
    const memberOf = a.memberOf;
    if (memberOf) emit(frame, "member-of", a.key, memberOf, { claimants: [] });
    for (let j = i + 1; j < Math.min(slots.length, i + 3); j++) {
      const b = slots[j]!;
      const between = state.text.slice(a.end, b.start);
      const afterB = state.text.slice(b.end, b.end + 30);
      // "Montenegro, a NATO member", "Peru and Chile, both OAS members"
      // "Latvia, an EU and NATO member": two bodies before one member noun.
      const nextBody = slots[j + 1];
      const bodies =
        nextBody &&
        isOrg(nextBody.key) &&
        /^\s+and\s+(?:the\s+)?$/i.test(state.text.slice(b.end, nextBody.start)) &&
        memberWord(words).test(state.text.slice(nextBody.end, nextBody.end + 30)) &&
        !memberUntil(words, state.text.slice(nextBody.end, nextBody.end + 30))
          ? [b, nextBody]
          : [b];
      if (isState(a.key) && isOrg(b.key) && memberWord(words).test(afterB)) {
        const listed = coordinatedBefore(frame, i);
        // "Latvia, which was a NATO member until the vote": a membership that has ended.
        if (
          !memberUntil(words, afterB) &&
          (APPOSITIVE_MEMBER.test(between) ||
            APPOSITIVE_MEMBER_MORE.test(between) ||
            (PLURAL_MEMBER.test(between) && opensClause(frame, listed)))
        )
          for (const m of [a, ...listed]) emit(frame, "member-of", m.key, b.key, { claimants: [] });
      } else if (
        isState(a.key) &&
        isOrg(b.key) &&
        bodies.length > 1 &&
        (APPOSITIVE_MEMBER.test(between) || APPOSITIVE_MEMBER_MORE.test(between))
      )
        for (const m of [a, ...coordinatedBefore(frame, i)])
          for (const body of bodies) emit(frame, "member-of", m.key, body.key, { claimants: [] });
      if (isState(a.key) && isOrg(b.key) && ONE_OF.test(between) && oneOfMembers(words).test(afterB))
        emit(frame, "member-of", a.key, b.key, { claimants: [] });
      // "the OAS, of which Peru is a member"; "As a member of the OAS, Peru and Chile ..."
      // "the Arctic Council, of which both Norway and Iceland remain members": read after the last state listed.
      const ofWhichListed = [b, ...coordinatedAfter(frame, j)];
      const afterListed = state.text.slice((ofWhichListed.at(-1) ?? b).end, b.end + 80);
      const memberAfter = isMemberAfter(words).exec(afterListed);
      const ofWhich =
        OF_WHICH.test(between) &&
        !!memberAfter &&
        !TENURE_ENDED.test(afterListed.slice(memberAfter[0].length));
      const asMember =
        j === i + 1 &&
        /^\s*,\s*(?:the\s+)?$/.test(between) &&
        asMemberOf(words).test(state.text.slice(frame.sentence.start, a.start));
      if (isOrg(a.key) && isState(b.key) && (ofWhich || asMember))
        for (const m of ofWhichListed) emit(frame, "member-of", m.key, a.key, { claimants: [] });
      if (isOrg(a.key) && isState(b.key) && whichGroups(words).test(between)) {
        const listed = [b, ...coordinatedAfter(frame, j)];
        const last = listed[listed.length - 1] ?? b;
        if (listEndsClause(words).test(state.text.slice(last.end, frame.sentence.end)))
          for (const m of listed) emit(frame, "member-of", m.key, a.key, { claimants: [] });
      }
      if (isOrg(a.key) && isState(b.key) && TO_WHICH.test(between)) {
        const listed = [b, ...coordinatedAfter(frame, j)];
        const last = listed[listed.length - 1]!;
        if (BELONG_AFTER.test(state.text.slice(last.end, frame.sentence.end)))
          for (const m of listed) emit(frame, "member-of", m.key, a.key, { claimants: [] });
      }
      // "Montenegro is a member of NATO", "Montenegro, which joined NATO in 2017"
      if (
        isState(a.key) &&
        isOrg(b.key) &&
        (isMemberOf(words).test(between) || JOINED.test(between)) &&
        ORG_ENDS_PHRASE.test(afterB)
      ) {
        // "Latvia and Lithuania are members of NATO and the EU": every state listed, every body listed.
        const members = [a, ...coordinatedBefore(frame, i)];
        const bodies = [b];
        const next = slots[j + 1];
        if (
          next &&
          isOrg(next.key) &&
          /^\s*(?:,|and|,\s*and)\s+(?:of\s+)?(?:the\s+)?$/.test(state.text.slice(b.end, next.start))
        )
          bodies.push(next);
        for (const m of members)
          for (const body of bodies) emit(frame, "member-of", m.key, body.key, { claimants: [] });
      }
      // "NATO member Montenegro", "fellow EU members Estonia and Latvia"
      if (isOrg(a.key) && isState(b.key) && memberBetween(words).test(between))
        for (const m of [b, ...coordinatedAfter(frame, j)])
          emit(frame, "member-of", m.key, a.key, { claimants: [] });
    }
  }
}

/** How many states a counted subject names ("both countries", "all three nations"). */
const COUNT_WORDS: Readonly<Record<string, number>> = { both: 2, ...STATE_COUNTS };
/** "All three countries are", "Both nations are", "The two states are": a counted subject and its copula. */
const COUNTED_STATES = new RegExp(
  String.raw`^\W*(?:(both)|(?:all|the|all\s+the)\s+(${alternation(Object.keys(STATE_COUNTS))}))\s+(?:${alternation(COUNTED_STATE_NOUNS)})\s+(?:${PLURAL_COPULA})\s+(?:(?:${MEMBERSHIP_ADVERBS})\s+)?(?:(?:${MEMBER_MODIFIERS})\s+)?`,
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
  for (let k = mentions.length - 1; k > 0; k--) {
    let first = mentions[k];
    if (!first) break;
    const run = [first];
    for (let prev = mentions[k - 1]; prev && STATE_LIST_JOIN.test(state.text.slice(prev.end, first.start));) {
      run.unshift(prev);
      first = prev;
      prev = mentions[--k - 1];
    }
    const keys = [...new Set(run.map((r) => r.key))];
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

/** "Both nations are members of the AU", "all four states are Arctic Council members": the counted states are members. */
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
  for (const key of countedStates(frame, count)) emit(frame, "member-of", key, body.key, { claimants: [] });
}

/** States listed before slot `i` ("Latvia, Estonia and Lithuania are members"), nearest first. */
function coordinatedBefore(frame: Frame, i: number): Slot[] {
  const out: Slot[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const s = frame.slots[k]!;
    const gap = frame.state.text.slice(s.end, frame.slots[k + 1]!.start);
    // "Kenya, like Uganda a member of the EAC": the state compared is a member too.
    if (typeOf(frame, s.key) !== "state" || !/^\s*(?:,|,?\s*and|,\s*like)\s+(?:the\s+)?$/.test(gap)) break;
    out.push(s);
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

/** States listed after slot `j` ("NATO allies Estonia, Latvia and Lithuania"), in text order. */
function coordinatedAfter(frame: Frame, j: number): Slot[] {
  const out: Slot[] = [];
  for (let k = j + 1; k < frame.slots.length; k++) {
    const s = frame.slots[k]!;
    const gap = frame.state.text.slice(frame.slots[k - 1]!.end, s.start);
    if (typeOf(frame, s.key) !== "state" || !/^\s*(?:,|,?\s*and)\s+(?:the\s+)?$/.test(gap)) break;
    out.push(s);
  }
  return out;
}

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

/** "serve in", "worked for": a person's service in a body, the body right after. */
const servesIn = (words: Words) =>
  patternFor(
    words,
    "serves-in",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.verbs.serveIn.any}|${w.verbs.workAt.any})\s+(?:in|for)\s+(?:the\s+)?`,
        "gi",
      ),
  );
/** What may follow the body a person serves in: the phrase's end, or a preposition. */
const SERVICE_BODY_ENDS =
  /^(?:\s*[,.;:()]|\s*$|\s+(?:of|and|in|since|as|at|under|before|after|when|while|from|on|to)\b)/i;
/** Between two persons of one list: an age, a comma or "and", a rank before the next name ("Major"). */
const PERSON_LIST_GAP = /^(?:,\s*\d{1,3})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** Between the last person listed and the verb: an age, an aside's comma or dash, "all said to". */
const BEFORE_SERVICE =
  /^(?:,\s*\d{1,3})?\s*(?:,\s*|[-–—]\s*)?(?:(?:all|both|each|who|allegedly|reportedly)\s+)*(?:(?:are|were|is|was)\s+)?(?:(?:said|alleged|believed|thought|known)\s+to\s+)?$/i;

/**
 * "Sergeant A and Lieutenant B, each serving in the navy's signals wing", "the defendants - A, 34,
 * and B, 29 - worked for the IRGC's command": each person listed right before the verb holds a post
 * in the body named right after it.
 */
function serviceClaims(frame: Frame): void {
  const { state, sentence, slots } = frame;
  for (const m of sentence.text.matchAll(servesIn(state.lexicon.words))) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    const body = slots.find((s) => s.start === end && s.kind === "actor");
    if (!body || !["agency", "organization"].includes(typeOf(frame, body.key) ?? "")) continue;
    // "serving in the Navy signals command": a body opening a longer name is not the body served in.
    const after = state.text.slice(body.end, body.end + 12);
    if (!SERVICE_BODY_ENDS.test(after)) continue;
    // "who all worked for X until 2022": a post the text says has ended.
    if (TENURE_ENDED.test(after)) continue;
    const persons = slots
      .filter((s) => s.end <= at && typeOf(frame, s.key) === "person")
      .sort((x, y) => x.start - y.start);
    let last = persons[persons.length - 1];
    if (!last || !BEFORE_SERVICE.test(state.text.slice(last.end, at))) continue;
    const listed = [last];
    for (const p of persons.slice(0, -1).reverse()) {
      if (!PERSON_LIST_GAP.test(state.text.slice(p.end, last.start))) break;
      listed.push(p);
      last = p;
    }
    for (const p of listed)
      emit(frame, "affiliated-with", p.key, body.key, { claimants: [], date: undefined });
  }
}

function affiliationClaims(frame: Frame): void {
  serviceClaims(frame);
  for (const p of frame.persons) {
    const info = frame.state.persons.get(p.slot.key);
    const claimed = frame.state.affiliationsClaimed.has(p.slot.key);
    const bodies = p.affiliations.length > 0 || claimed ? p.affiliations : (info?.affiliations ?? []);
    for (const body of bodies)
      emit(frame, "affiliated-with", p.slot.key, body, { claimants: [], date: undefined });
    if (info && bodies.length > 0) frame.state.affiliationsClaimed.add(p.slot.key);
  }
}

/**
 * Every agency the article names belongs to its state (or parent body): one part-of claim each,
 * when the article names that owner (or its dateline does). An owner only the gazetteer supplies
 * (the UN of its Security Council, the text naming neither) gives no claim and no entity: gold
 * lists neither. Returns the dateline's state when only the dateline names it, for the entities.
 */
export function partOfClaims(state: ClaimState, sentences: Sentence[], dateline?: string): ExtractedEntity[] {
  const owners = new Map<string, ExtractedEntity>();
  for (const key of [...state.entities.keys()]) {
    const entity = state.entities.get(key);
    if (entity?.type !== "agency") continue;
    const info = state.lexicon.entities.get(key);
    // The gazetteer's state is authoritative: a sentence naming another state never re-homes a known agency.
    const owner = info?.country ?? info?.parent ?? entity.country ?? entity.parent;
    if (!owner) continue;
    const first = entity.mentions[0];
    const sentence =
      sentences.find((s) => first && s.start <= first.start && s.end >= first.end) ?? sentences[0];
    if (!sentence) continue;
    // An owner the article never names (a known body's parent in the gazetteer): no claim. The
    // dateline's state counts as named.
    if (!state.entities.has(owner) && owner !== dateline) continue;
    if (!state.entities.has(owner) && !owners.has(owner)) {
      const ownerInfo = state.lexicon.entities.get(owner);
      if (!ownerInfo) continue;
      owners.set(owner, {
        key: owner,
        type: ownerInfo.type,
        label: ownerInfo.label,
        aliases: [],
        mentions: [],
      });
    }
    const frame: Frame = {
      state,
      sentence,
      slots: [],
      incidents: [],
      speakerSlots: [],
      persons: [],
      date: undefined,
      currentIncident: undefined,
      lastOrganization: undefined,
      speakers: [],
      hedged: false,
      entitiesNeeded: [],
    };
    emit(frame, "part-of", key, owner, { claimants: [], confidence: 0.9 });
  }
  return [...owners.values()];
}
