/**
 * Coreference stage: phrases that point back at an entity already named in the article. Role
 * phrases ("the country", "the Balkan nation", "the alliance", "the NATO member", "the prime
 * minister", "his defence minister") and pronouns ("he", "its", "we" inside a quote) become slots
 * of the entity they refer to. Surnames and spelling variants are handled by the person stage.
 */
import { NAME_WORDS, patternFor } from "./lexicon";
import { fold, quotationOpen } from "./text";
import {
  accusedSide,
  attackersSide,
  topicState,
  type DocumentState,
  type DocumentView,
} from "./document-state";
import type { Slot } from "./mentions/slots";
import type { Sentence } from "./sentences";
import { firmOwning, firmSpeaking } from "./publishers";
import { opensWithOwnedOffice } from "./speakers";

/**
 * "the commission", "the authority's", "the Council": a bare definite body head (one of the lexicon's
 * institution heads, not followed by "of"/"for" or a name) points back at the body named last whose
 * name has that head word. Written capitalised it is the short form of that body's name.
 */
const BODY_HEADS = [...NAME_WORDS.institutionHeads, ...NAME_WORDS.looseInstitutionHeads];
/**
 * "a full member of the Forum" after "the Pacific Islands Forum": heads of an international body's
 * name refer back to it only capitalised, as its short form ("a hacking forum", "the community"
 * are everyday words).
 */
const ORGANIZATION_HEADS = NAME_WORDS.referringBodyNouns.organization.map(
  (n) => `${n[0]!.toUpperCase()}${n.slice(1)}`,
);
/**
 * "the company", "the operator": a bare definite company noun points back at the company whose
 * name has that word, else the company named last.
 */
const COMPANY_NOUNS = NAME_WORDS.referringBodyNouns.company;
/**
 * "the <noun>" standing alone: not followed by "of"/"for"/"to" (it names another body then) nor by a
 * capitalised name ("the company Vexlo" is an apposition).
 */
function bareDefinite(nouns: readonly string[]): RegExp {
  return new RegExp(
    String.raw`\b[Tt]he\s+(${nouns.join("|")})\b(?!['’]?\s*(?:of|for|to)\b)(?!\s+[A-Z])`,
    "g",
  );
}
const COMPANY_PHRASE = bareDefinite(COMPANY_NOUNS);
/** A body head in lower case or capitalised ("the council", "the Council"). */
const BODY_PHRASE = bareDefinite([
  ...BODY_HEADS.map((n) => `[${n[0]}${n[0]!.toUpperCase()}]${n.slice(1)}`),
  ...ORGANIZATION_HEADS,
]);

/** Regional adjectives of news copy and the `world-countries` regions they name. */
export const REGION_ADJECTIVES: Record<string, string[]> = {
  balkan: ["Southeast Europe"],
  baltic: ["Northern Europe"],
  nordic: ["Northern Europe"],
  scandinavian: ["Northern Europe"],
  caucasus: ["Western Asia"],
  "central asian": ["Central Asia"],
  gulf: ["Western Asia"],
  "middle eastern": ["Western Asia"],
  african: ["Africa"],
  "latin american": ["South America", "Central America", "Caribbean"],
  "south american": ["South America"],
  asian: ["Asia"],
  "east asian": ["Eastern Asia"],
  "southeast asian": ["South-Eastern Asia"],
  european: ["Europe"],
  "eastern european": ["Eastern Europe"],
  pacific: ["Oceania"],
  caribbean: ["Caribbean"],
};

/** "the country", "this small nation": the state the article is about; "the state-owned X" is a company's description. */
const STATE_PHRASE =
  /\b(?:the|this) ((?:(?:small|tiny|former|landlocked|neighbouring|neighboring|post-soviet|ex-soviet|yugoslav|eastern|western|central|northern|southern|balkan|baltic|nordic|scandinavian|caucasus|gulf|asian|african|european|pacific|caribbean|latin american|middle eastern|central asian|east asian|southeast asian|eastern european|south american|[\w-]+ ?-?speaking)\s+){0,3})(country|nation|state|republic|kingdom)\b(?!-| of\b)/gi;
const MEMBER_PHRASE =
  /\b(?:[Tt]he|[Aa]n?|[Ff]ellow) ((?:[A-Z][A-Za-z]+ ){1,2})(?:member(?:[- ]state)?|ally)\b/g;
const ORG_PHRASE =
  /\b(?:(?:the|this) ((?:western |military |transatlantic |defen[cs]e |north atlantic |\d+-member |\d+-nation |european )*)(alliance|bloc|union)\b(?! of\b)|()(alliance|bloc)(?= (?:spokes\w+|chief|head|official|secretary)))/gi;
const GOVERNMENT_PHRASE =
  /\b(?:the|its)\s+(government|authorities|administration|executive|cabinet)\b(?! of\b)/gi;
/** Wire copy breaks lines inside a phrase ("the\nminister said"): words are apart by any whitespace. */
const ROLE_PHRASE =
  /\b(?:the|his|her|its|their)\s+((?:(?:then|former|outgoing|acting|deputy|vice)\s+)?(?:(?:prime|foreign|defen[cs]e|interior|finance|justice|digital|economy)\s+)?(?:minister|president|premier|chancellor|prime\s+minister)(?:\s+of\s+[a-z ]{3,30})?)\b/gi;
const PRONOUN = /\b(he|she|his|him|her|it|its|we|our|us|i)\b/gi;
/** "its", "their" owning what follows. */
const OWNER_PRONOUN = /\b(?:[Ii]ts|[Tt]heir)\b/g;

function push(
  slots: Slot[],
  start: number,
  end: number,
  key: string | undefined,
  source: Slot["source"] = "role",
  possessive = false,
): void {
  if (!key || slots.some((s) => s.start < end && s.end > start)) return;
  slots.push({ start, end, key, kind: "actor", source, possessive });
}

/**
 * The state a "the country" phrase refers to in this sentence: the own state of a body that says it,
 * an earlier subject when a subordinate clause intervenes, else the article's topic.
 */
function referredState(
  state: DocumentState,
  slots: Slot[],
  at: number,
  regions?: string[],
): string | undefined {
  if (regions) return topicState(state, [], regions) ?? topicState(state);
  const typeOf = (key: string) => state.entities.get(key)?.type;
  // "North Korea's mission rejected the sanctions, saying the country ...": what a state's body
  // says of "the country" it says of its own state. The body must be the speaker (no other actor
  // before the speech verb) and no other state may stand between: "the FBI said North Korea was
  // behind it, adding that the country denied it" means North Korea.
  const speaking = slots.findLast((s) => s.end <= at && s.kind === "actor" && typeOf(s.key) === "agency");
  const own = speaking && state.entities.get(speaking.key)?.country;
  if (own && speaking) {
    const speech = patternFor(
      state.lexicon.words,
      "speech-verb",
      (w) => new RegExp(`\\b(?:${w.verbs.speech.any})\\b`, "i"),
    ).exec(state.text.slice(speaking.end, at));
    const between = slots.filter((s) => s.start >= speaking.end && s.end <= at && s.kind === "actor");
    if (
      speech &&
      !between.some(
        (s) => s.start < speaking.end + speech.index || (typeOf(s.key) === "state" && s.key !== own),
      )
    )
      return own;
  }
  const earlier = slots.filter((s) => s.end <= at && s.kind === "actor" && typeOf(s.key) === "state");
  const first = earlier[0];
  if (
    first &&
    /\b(after|when|as|because|while|since|where|and said|but)\b/.test(state.text.slice(first.end, at))
  )
    return first.key;
  return unaccusedTopic(state);
}

/**
 * The topic state among those not accused so far (and not in `exclude`), else the topic among
 * those not in `exclude`: whom "the government" / "the country" of an attribution story means.
 */
function unaccusedTopic(state: DocumentState, exclude: string[] = []): string | undefined {
  return (
    topicState(state, [...accusedSide(state, state.claimed.lastAccusedOf.keys()), ...exclude]) ??
    topicState(state, exclude)
  );
}

/** "the alliance", "the bloc": the organization last named whose names contain that noun (NATO is "the Alliance"). */
export function organizationCalled(state: DocumentView, noun: string): string | undefined {
  const word = new RegExp(`\\b${noun}\\b`, "i");
  let best: string | undefined;
  let bestAt = -1;
  for (const e of state.entities.values()) {
    if (e.type !== "organization") continue;
    const names = [e.label, ...e.aliases, ...(state.lexicon.entities.get(e.key)?.aliases ?? [])];
    if (!names.some((n) => word.test(n))) continue;
    const at = Math.max(...e.mentions.map((m) => m.start), -1);
    if (at > bestAt) [best, bestAt] = [e.key, at];
  }
  return best;
}

/**
 * The agency or organization mentioned last before `at` that has `head` as a word of one of its
 * names, in the plural too ("the lab" of "Korvath Signal Labs").
 */
export function bodyCalled(state: DocumentView, head: string, at: number): string | undefined {
  const word = new RegExp(`\\b${head}s?\\b`, "i");
  let best: string | undefined;
  let bestAt = -1;
  for (const e of state.entities.values()) {
    if (e.type !== "agency" && e.type !== "organization") continue;
    const last = e.mentions.reduce((max, m) => (m.start < at && m.start > max ? m.start : max), -1);
    if (last <= bestAt) continue;
    if ([e.label, ...e.aliases].some((n) => word.test(n))) [best, bestAt] = [e.key, last];
  }
  return best;
}

function personWithRole(state: DocumentState, role: string): string | undefined {
  const wanted = fold(role)
    .replace(/\s+/g, " ")
    .replace(/^(then|former|outgoing|acting) /, "")
    .replace("defense", "defence");
  let best: string | undefined;
  for (const [key, p] of state.persons) {
    const has = fold(p.role ?? state.entities.get(key)?.role ?? "").replace("defense", "defence");
    if (has && (has.endsWith(wanted) || has.includes(wanted))) best = key;
  }
  return best;
}

/** Nothing but a quotation mark or a bracket before a pronoun: it opens its sentence. */
const SENTENCE_OPENING = /^[\s"“'‘(]*$/;

/**
 * The body whose office a pronoun spanning `start`..`end` owns when it opens the sentence ("The
 * Andean Council has spoken out. Its secretary-general condemned ..."): the body the sentence
 * right before opened with as its subject, unless that body is on the accused side ("Russia's GRU
 * hit the Tax Board. Its director condemned ...": the director is the victim's).
 */
function officeOwner(
  state: DocumentState,
  sentence: Sentence,
  start: number,
  end: number,
): string | undefined {
  const last = state.lastSubjectBody;
  if (!last || last.sentence !== sentence.index - 1) return undefined;
  if (!SENTENCE_OPENING.test(state.text.slice(sentence.start, start))) return undefined;
  if (attackersSide(state).has(last.key)) return undefined;
  return opensWithOwnedOffice(state.lexicon.words, state.text.slice(end, sentence.end))
    ? last.key
    : undefined;
}

/**
 * Words every match of each phrase pattern holds: one cheap test spares the sentences without
 * them the pattern's scan (most sentences name no country, alliance or minister).
 */
const CUES = new Map<RegExp, RegExp>([
  [STATE_PHRASE, /country|nation|state|republic|kingdom/i],
  [MEMBER_PHRASE, /member|ally/],
  [ORG_PHRASE, /alliance|bloc|union/i],
  [GOVERNMENT_PHRASE, /government|authorities|administration|executive|cabinet/i],
  [ROLE_PHRASE, /minister|president|premier|chancellor/i],
  [BODY_PHRASE, /\b[Tt]he\s/],
  [COMPANY_PHRASE, new RegExp(COMPANY_NOUNS.join("|"), "i")],
  [OWNER_PRONOUN, /\b(?:[Ii]ts|[Tt]heir)\b/],
]);

function eachMatch(
  sentence: Sentence,
  re: RegExp,
  fn: (m: RegExpExecArray, start: number, end: number) => void,
): void {
  if (CUES.get(re)?.test(sentence.text) === false) return;
  re.lastIndex = 0;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text))
    fn(m, sentence.start + m.index, sentence.start + m.index + m[0].length);
}

/** The slot-adder of a body noun's matches: the body of that name, else `fallback`. */
function bodyReference(
  state: DocumentState,
  slots: Slot[],
  fallback?: string,
): (m: RegExpExecArray, start: number, end: number) => void {
  return (m, start, end) =>
    push(
      slots,
      start,
      end,
      bodyCalled(state, m[1]!, start) ?? fallback,
      "role",
      /^['’]s\b/.test(state.text.slice(end, end + 3)),
    );
}

/** Adds the slots of role phrases ("the country", "the alliance", "the prime minister"); run before persons. */
export function resolveRolePhrases(state: DocumentState, sentence: Sentence, slots: Slot[]): void {
  eachMatch(sentence, STATE_PHRASE, (m, start, end) => {
    const adjectives = fold(m[1] ?? "").trim();
    const regions = Object.entries(REGION_ADJECTIVES).find(([adj]) => adjectives.includes(adj))?.[1];
    push(slots, start, end, referredState(state, slots, start, regions));
  });
  eachMatch(sentence, MEMBER_PHRASE, (m, start, end) => {
    if (!/^the\b/i.test(m[0])) return; // "a NATO member" is an apposition, read by the membership rule
    const org = slots.find((s) => s.start >= start && s.end <= end);
    const topic = topicState(state);
    if (org && topic) {
      slots.splice(slots.indexOf(org), 1);
      push(slots, start, end, topic);
      const slot = slots.find((s) => s.start === start)!;
      slot.memberOf = org.key;
    }
  });
  eachMatch(sentence, ORG_PHRASE, (m, start, end) =>
    push(slots, start, end, organizationCalled(state, m[2] ?? m[4]!) ?? state.lastOrganization),
  );
  // A company noun with no company of that name falls back on the company named last.
  eachMatch(sentence, BODY_PHRASE, bodyReference(state, slots));
  // "The company says", "the firm's report": a company noun speaking stands for the firm that just
  // published or spoke, not for the company named last (often the victim the firm wrote about).
  const company = bodyReference(state, slots, state.lastOrganization);
  eachMatch(sentence, COMPANY_PHRASE, (m, start, end) => {
    const firm = firmSpeaking(state, sentence, end);
    if (firm) push(slots, start, end, firm, "role", /^['’]s\b/.test(state.text.slice(end, end + 3)));
    else company(m, start, end);
  });
  // "Its head of research, Jane Roe": a pronoun owning a firm's researcher or document is the firm
  // that just published or spoke (read before the persons, whose office it gives).
  // "Its secretary-general condemned": a pronoun opening the sentence and owning an office that
  // speaks for a body is the body the sentence before opened with.
  eachMatch(sentence, OWNER_PRONOUN, (_m, start, end) =>
    push(
      slots,
      start,
      end,
      firmOwning(state, sentence, start, end) ?? officeOwner(state, sentence, start, end),
      "pronoun",
      true,
    ),
  );
  // "the government", "the authorities": the state the article is about among those not accused so
  // far (an attribution story names the accused often), else the topic itself.
  // A state the sentence first names after the phrase is another party ("The government asked
  // Germany for help"): salience already counts this sentence's names, so leave those out.
  eachMatch(sentence, GOVERNMENT_PHRASE, (_m, start, end) => {
    if (!/\bgovernment\b/i.test(_m[0]) && !/\bauthorities\b/i.test(_m[0])) return;
    const named = slots.filter(
      (s) => s.source !== "role" && s.source !== "pronoun" && state.entities.get(s.key)?.type === "state",
    );
    const later = [
      ...new Set(
        named
          .filter((s) => s.start >= end)
          .map((s) => s.key)
          .filter(
            (k) =>
              !named.some((s) => s.key === k && s.start < start) &&
              (state.stateSalience.get(k)?.count ?? 0) <= named.filter((s) => s.key === k).length,
          ),
      ),
    ];
    push(slots, start, end, unaccusedTopic(state, later));
  });
  eachMatch(sentence, ROLE_PHRASE, (m, start, end) => {
    const person = personWithRole(state, m[1]!);
    const possessorIsState = /^(its|his|her|their)\b/i.test(m[0]);
    push(
      slots,
      start,
      end,
      person ?? (possessorIsState ? topicState(state) : undefined),
      person ? "pronoun" : "role",
    );
  });
  slots.sort((a, b) => a.start - b.start);
}

/**
 * ", a member of NATO," / ", which joined the EU in 2004," / ", of which Peru is a member,": an aside opened right after a name,
 * up to the text a mention inside it ends at (no comma, colon or bracket of its own).
 */
const ASIDE_OPENING =
  /^,\s+(?:a|an|the|one|(?:(?:of|in|to|among|with)\s+)?(?:which|who|whom|whose))\b[^,;:()]*$/i;

/**
 * `slot` stands inside an aside about an actor named before it, and the aside closed before `at`
 * ("Finland, a NATO ally, stands ready to lend its engineers"): a pronoun after the aside goes
 * back to the actor the aside describes, the clause's subject, not the name inside it.
 */
function inClosedAside(text: string, actors: readonly Slot[], slot: Slot, at: number): boolean {
  return (
    text.slice(slot.end, at).includes(",") &&
    actors.some((s) => s.end <= slot.start && ASIDE_OPENING.test(text.slice(s.end, slot.start)))
  );
}

/** Inside a quotation: an opening mark not yet closed, or a sentence that continues one. */
function inQuotation(state: DocumentState, sentence: Sentence, at: number): boolean {
  const before = state.text.slice(sentence.start, at);
  return quotationOpen(before) || (!/[“”]/.test(before) && /”/.test(state.text.slice(at, sentence.end)));
}

/**
 * Adds the slots of pronouns; `speaker` is who speaks the sentence's quote, if known, `turn` the
 * speaker of the transcript turn the sentence stands in (whose first person needs no quote marks).
 * Run after persons.
 */
export function resolvePronouns(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  speaker?: Slot,
  turn?: Slot,
): void {
  eachMatch(sentence, PRONOUN, (m, start, end) => {
    const word = m[1]!.toLowerCase();
    if (word === "us" && /^US$/.test(m[1]!)) return;
    if (["we", "our", "us", "i"].includes(word)) {
      if (inQuotation(state, sentence, start)) {
        if (!speaker || (word === "i" && m[1] !== "I")) return;
        const person = state.persons.get(speaker.key);
        const key = word === "i" ? speaker.key : (person?.affiliations[0] ?? speaker.key);
        push(slots, start, end, key, "pronoun", word === "our");
        return;
      }
      // A turn's "we" is the body its speaker serves; its "I" (a guest's "I'm told", "I read")
      // reports more often than it acts, and a speaker serving no known body is no "we".
      const body = turn && word !== "i" ? state.persons.get(turn.key)?.affiliations[0] : undefined;
      push(slots, start, end, body, "pronoun", word === "our");
      return;
    }
    if (["he", "she", "him", "his", "her"].includes(word)) {
      // The person the sentence is about (its first), else the one named last.
      const subject = slots.find((s) => s.source === "person" && s.end <= start);
      push(slots, start, end, subject?.key ?? state.lastPerson, "pronoun", word === "his" || word === "her");
      return;
    }
    // "its": the nearest non-person actor before it in this sentence. A bare "it" is too often a
    // dummy or a clause subject ("a group it calls Hafnium") to stand for an actor.
    if (word === "it") return;
    const before = slots.filter(
      (s) => s.end <= start && s.kind === "actor" && state.entities.get(s.key)?.type !== "person",
    );
    const last = before.findLast((s) => !inClosedAside(state.text, before, s, start));
    if (last) push(slots, start, end, last.key, "pronoun", word === "its");
  });
  slots.sort((a, b) => a.start - b.start);
}
