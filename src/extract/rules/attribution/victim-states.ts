/**
 * The states incidents hit, and the incident an answer to an attack speaks of when its object names
 * the victim's state ("denounced the malicious activity against Qatari ministries").
 */
import { patternFor, type ClaimState, type Frame } from "../frame";
import { entityType } from "../../document-state";
import { alternation, PHRASE_OPENING_PREPOSITIONS, type Words } from "../../lexicon";
import { matchesOf } from "../../text";

/** The state an entity is or belongs to: itself for a state, else its country (the text's or the gazetteer's). */
function homeState(state: ClaimState, key: string): string | undefined {
  return entityType(state, key) === "state"
    ? key
    : (state.entities.get(key) ?? state.lexicon.entities.get(key))?.country;
}

/** The states an incident hit, itself or through their bodies, firms and places: those the text tells. */
export function statesHit(state: ClaimState, incident: string): string[] {
  return (state.entities.get(incident)?.targets ?? []).flatMap((t) => {
    const home = homeState(state, t);
    return home ? [home] : [];
  });
}

/** One word of a clause: a preposition opening another phrase (group 1), or an attack noun (group 2). */
const objectPhraseWord = (words: Words) =>
  patternFor(
    words,
    "object-phrase-word",
    (w) =>
      new RegExp(
        `^(?:(${alternation(PHRASE_OPENING_PREPOSITIONS)})|(${w.nouns.attack.any}|${w.nouns.incident.any}|${w.nouns.hostileAct.any}))$`,
        "i",
      ),
  );

const WORD = /[\w'’-]+/g;

/**
 * The object phrase of an answer's clause (`from`..`to`) that holds its attack noun: the words
 * between the prepositions that open other phrases around it, so a state named in a phrase after
 * it ("condemned the attack in a joint statement with Qatar") is not read as the victim's. Words
 * inside a name do not count ("Ministry of Defence in Exile"). Without an attack noun, the words
 * up to the first such preposition.
 */
export function objectPhrase(frame: Frame, from: number, to: number): { from: number; to: number } {
  const { text } = frame.state;
  const word = objectPhraseWord(frame.state.lexicon.words);
  let start = from;
  let firstStop: number | undefined;
  let attackSeen = false;
  for (const m of matchesOf(WORD, text.slice(from, to))) {
    const at = from + m.index;
    if (frame.slots.some((s) => s.start <= at && at < s.end)) continue;
    const kind = word.exec(m[0]);
    if (!kind) continue;
    if (kind[2]) attackSeen = true;
    else if (attackSeen) return { from: start, to: at };
    else {
      firstStop ??= at;
      start = at + m[0].length;
    }
  }
  return attackSeen ? { from: start, to } : { from, to: firstStop ?? to };
}

/** "by" or "from" right before a name: the attacker's side, no victim ("the attack by Chinese hackers"). */
const AGENT_BEFORE = /\b(?:by|from)\s+(?:the\s+)?$/i;

/**
 * The incident the object phrase (`objectPhrase`) of the clause between `from` and `to` speaks of by the victim state it names, when
 * `incident` (the one read for it, often the story's default) hit none of those states: of the
 * incidents told so far, the last told that hit one. The states are the object's state names and
 * the states of the bodies it names ("the Kyrgyz ministry"), but not `answering` (who condemns or
 * denies), an attacker's ("by Chinese hackers") nor one the article accused of an attack. Undefined
 * when the object names no such state, `incident` hit one, or no told incident did.
 */
export function victimStateIncident(
  frame: Frame,
  incident: string | undefined,
  from: number,
  to: number,
  answering: readonly string[],
): string | undefined {
  const { state } = frame;
  const accused = (key: string) =>
    state.claims.some(
      (c) =>
        c.type === "attributed-to" && (c.target === key || state.entities.get(c.target)?.country === key),
    );
  const phrase = objectPhrase(frame, from, to);
  const named = new Set<string>();
  for (const slot of frame.slots) {
    if (slot.kind !== "actor" || slot.start < phrase.from || slot.end > phrase.to) continue;
    if (AGENT_BEFORE.test(state.text.slice(phrase.from, slot.start))) continue;
    const home = homeState(state, slot.key);
    if (home && !answering.includes(home) && !answering.includes(slot.key) && !accused(home)) named.add(home);
  }
  if (named.size === 0) return undefined;
  if (incident && statesHit(state, incident).some((s) => named.has(s))) return undefined;
  const end = frame.sentence.end;
  let best: { key: string; at: number } | undefined;
  for (const e of state.entities.values()) {
    if (e.type !== "incident" || !statesHit(state, e.key).some((s) => named.has(s))) continue;
    const at = e.mentions.reduce(
      (last, m) => (m.doc === state.id && m.start < end ? Math.max(last, m.start) : last),
      -1,
    );
    if (at >= 0 && (!best || at > best.at)) best = { key: e.key, at };
  }
  return best?.key;
}
