/**
 * Incident stage: attack mentions ("a massive cyberattack", "DDoS attacks", "hackers attacked",
 * "the coup plot", "a nerve agent attack") become incidents with a kind, a date and targets.
 * Mentions of one incident in an article merge (same kind, compatible dates, a shared target),
 * definite ones ("the attack", "these attacks") refer back, and generic or hypothetical ones
 * ("to defend against cyber attacks", "the threat of an invasion", "similar strikes in the
 * past") create nothing.
 */
import { nodeKey, type PartialDate } from "../model";
import { datesCompatible, daysBetween, findDates, morePrecise, type DateMention } from "./dates";
import { noteEntity, topicState, type DocumentState } from "./document-state";
import type { Slot } from "./mentions";
import type { Sentence } from "./sentences";

export interface IncidentSlot extends Slot {
  kind: "incident";
  /** Actors the wording itself blames: "Russian-backed coup plot", "its invasion". */
  attackers: string[];
  /** Targets found for this mention in this sentence. */
  targets: string[];
  incidentKind: string;
  date?: PartialDate;
}

const CYBER_MODIFIER =
  "(?:massive|major|large-scale|sophisticated|coordinated|sustained|serious|malicious|new|second|first|latest|recent|fresh|online|digital|cyber|ransomware|ddos|wiper|malware|phishing|hacking|state-sponsored|destructive|barrage of|wave of|waves of|series of|spate of)";
const CYBER_NOUN =
  "(?:cyber[- ]?attacks?|cyber[- ]?assaults?|cyber[- ]?strikes?|cyber[- ]?operations?|cyber[- ]?campaigns?|cyber[- ]?war(?:fare)?|cyber[- ]?espionage|cyber[- ]?intrusions?|hacks?|hacking(?: campaign| operation)?(?! group| collective| team| unit| crew| gang)|data breach(?:es)?|breach(?:es)?|intrusions?|defacements?|ransomware(?: attacks?)?|ddos(?: attacks?)?|(?:distributed )?denial[- ]of[- ]service(?: attacks?)?|wiper(?: attacks?| malware)?|attacks?|assaults?|strikes?|campaign|operations)";
const ATTACK = new RegExp(
  `\\b(?:(?:an?|the|this|these|that|those|such|its|their)\\s+)?((?:${CYBER_MODIFIER}[- ]+){0,4})${CYBER_NOUN}\\b`,
  "gi",
);
const OTHER_KINDS: Array<[string, RegExp]> = [
  [
    "coup-plot",
    /\b(?:(?:the|an?|this)\s+)?(?:(?:alleged|foiled|failed|attempted|election day|[\w-]+-backed)\s+)*(?:coup(?: d'état)?(?: plot| attempt)?|plot to overthrow)\b/gi,
  ],
  [
    "poisoning",
    /\b(?:(?:the|an?|this)\s+)?(?:poison(?:ing)? attack|poisonings?|nerve[- ]agent attack|novichok attack)\b/gi,
  ],
  ["invasion", /\b(?:(?:the|an?|its|their)\s+)?(?:(?:full-scale|military|[\w-]+)\s+)?invasion\b/gi],
];
/** Words that make an attack noun about attacks in general, not an incident. */
const GENERIC_BEFORE =
  /\b(any|future|possible|potential|such|against|repel|prevent|defend|protect|deter|thwart|counter|threat of|risk of|fears? of|similar|previous|record of|kind of|responding to|respond to|vulnerable to|resilience to|in case of|more|all|all forms of|any form of|every|fights?|opposes?|condemns? all)\s+(?:[\w-]+\s+){0,2}$/i;
const GENERIC_AFTER = /^\s+(in the past\b|could\b|would\b|might\b|may\b)/i;
const DEFINITE = /^(the|this|these|that|those|its|their)\b/i;
const PLAIN_ATTACK = /^(attacks?|assaults?|strikes?|campaign|operations)$/i;
const TARGET_VERB_AFTER =
  /^(?:,?\s*(?:which|that)\s+)?\s*(?:(?:has|have|had)\s+)?(?:hit|hitting|targeted|targeting|struck|affected|infected|disrupted|paralysed|paralyzed|crippled|knocked|shut|took|brought|on|against|in|at)\b/i;
const VICTIM_BEFORE =
  /\b(?:(?:has|have|had)\s+been|was|were|is|are|became)\s+(?:the\s+)?(?:targets?|victims?)\s+of\s+[^,]*$|\b(?:suffer(?:ed|s|ing)?|faced?|faces|facing|came under|comes? under|(?:has|have) come under|(?:was|were|been|being)\s+(?:hit|targeted|struck|affected|hacked|breached|crippled|disrupted)\b|reported|reports)\b[^,]*$/i;
const TARGET_NOUN =
  /\b(government|state|public|official|ministry|military|media)\s+(?:[a-z]+\s+)?(websites?|institutions?|networks?|systems?|infrastructure|servers?|agencies|bodies|sites?)\b/i;
const POSSESSIVE_TARGET =
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(government|state|infrastructure|networks?|systems?|websites?|institutions?|ministr(?:y|ies)|agenc(?:y|ies)|banks?|parliament|elections?|servers?|grid|sector|computers?|services|companies|administration|authorities|military|army|forces|defen[cs]es?|embassy|embassies)\b/i;
const ATTACK_VERB =
  /\b(?:hackers|attackers|intruders|they)\s+(?:had\s+|have\s+)?(?:also\s+)?(attacked|hacked|targeted|breached|hit|broke into|infiltrated|penetrated|compromised)\s+/gi;
/** "the Storting had been hacked": the subject is the victim. */
const PASSIVE_ATTACK = /\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(hacked|breached|compromised|infiltrated|hit|targeted|struck)\b/gi;
const IMPACT_VERB =
  /\b(infected|compromised|breached|encrypted|defaced|knocked offline|paralysed|paralyzed)\b/i;
const CYBER_CONTEXT = /\bcyber|hack|ransomware|ddos|malware|online|digital|websites?\b|computer|network/i;

function kindLabel(kind: string): string {
  return kind === "cyber"
    ? "Cyber attack"
    : kind === "coup-plot"
      ? "Coup plot"
      : kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** Actor slots a mention's wording names as victims, in the stretch after it or as the clause subject before it. */
function targetsOf(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  start: number,
  end: number,
  kind: string,
  verb = false,
  passive = false,
): string[] {
  const text = state.text;
  const typeOf = (key: string) => state.entities.get(key)?.type;
  const victimType = (s: Slot) => ["state", "agency", "organization"].includes(typeOf(s.key) ?? "");
  const targets: string[] = [];
  const after = text.slice(end, sentence.end);
  if (!passive && (TARGET_VERB_AFTER.test(after) || (kind === "invasion" && /^\s+of\b/.test(after)) || verb)) {
    // The list of victims that follows: slots joined by commas, "and", "including".
    const following = slots.filter((s) => s.start >= end && s.kind === "actor");
    let cursor = end;
    for (const s of following) {
      const gap = text.slice(cursor, s.start);
      if (
        cursor !== end &&
        !/^[\s,]*(?:(?:and|as well as|including|the|its|their|of|in|several|many|other)\b[\s,]*)*$/i.test(gap)
      )
        break;
      // The first victim follows its preposition or verb closely ("on the ministry", "hit Estonia's banks").
      if (cursor === end && (gap.length > 40 || /["“”]|\b(?:and|but)\s+(?:said|says)\b/.test(gap))) break;
      // "Russia's former double agent" is not Russia; "Montenegro's state infrastructure" is.
      if (victimType(s) && (!s.possessive || POSSESSIVE_TARGET.test(text.slice(s.end, s.end + 60))))
        targets.push(s.key);
      cursor = s.end;
    }
    if (targets.length === 0 && TARGET_NOUN.test(after.slice(0, 60))) {
      const topic = topicState(state);
      if (topic) targets.push(topic);
    }
  }
  const before = text.slice(sentence.start, start);
  if (targets.length === 0 && (passive || VICTIM_BEFORE.test(before))) {
    const clause = sentence.start + (/^.*(?:\b(?:that|which|who|but)\s|[;:]|,\s+and\s)/s.exec(before)?.[0].length ?? 0);
    const subject = slots.find(
      (s) =>
        s.start >= clause &&
        s.end <= start &&
        s.kind === "actor" &&
        victimType(s) &&
        !/\bby\s+$/.test(text.slice(sentence.start, s.start)),
    );
    if (subject) targets.push(subject.key);
    else if (TARGET_NOUN.test(before)) {
      const topic = topicState(state);
      if (topic) targets.push(topic);
    }
  }
  // Interference in a state's election targets that state ("to sway the US presidential election").
  const election = /\b(?:presidential|parliamentary|general|legislative|local)?\s*elections?\b/i.exec(
    text.slice(end, sentence.end),
  );
  if (election) {
    const at = end + election.index;
    const owner = slots.find(
      (s) => s.end <= at && s.end >= at - 25 && s.start >= end && typeOf(s.key) === "state",
    );
    if (owner && !targets.includes(owner.key)) targets.push(owner.key);
  }
  // A state name right before the noun is its victim ("Ukraine cyber attack").
  const modifier = slots.find(
    (s) => s.end <= start + 1 && s.end >= start - 1 && s.source === "name" && !s.possessive,
  );
  if (modifier && typeOf(modifier.key) === "state" && !targets.includes(modifier.key))
    targets.push(modifier.key);
  return targets;
}

/** Actors blamed by the wording: a demonym or "X-backed" before the noun, or a possessive ("its invasion"). */
function attackersOf(state: DocumentState, slots: Slot[], start: number, end: number): string[] {
  const text = state.text;
  return slots
    .filter((s) => s.start >= start - 30 && s.end <= end && s.kind !== "incident")
    .filter(
      (s) =>
        s.source === "demonym" ||
        s.possessive ||
        state.entities.get(s.key)?.type === "group" ||
        /^-(backed|linked|sponsored|led|based)/.test(text.slice(s.end, s.end + 10)),
    )
    .filter((s) =>
      /^(['’]s|-[a-z]+)?[\s-]*([\w-]+\s+){0,3}$/.test(text.slice(s.end, end).replace(/[\w -]+$/, (x) => x)),
    )
    .map((s) => s.key)
    .concat(whoseAttack(state, slots, start));
}

/** "the Conti ransomware group, whose attack on government systems": the relative's antecedent attacked. */
function whoseAttack(state: DocumentState, slots: Slot[], start: number): string[] {
  const before = state.text.slice(Math.max(0, start - 80), start);
  const m = /,?\s*whose\s+$/.exec(before);
  if (!m) return [];
  const at = start - (before.length - m.index);
  const antecedent = [...slots].reverse().find((s) => s.kind === "actor" && s.end <= at && at - s.end <= 30);
  return antecedent ? [antecedent.key] : [];
}

/** Each date of the sentence belongs to the attack mention nearest to it (a following one counts double distance). */
function datesOf(
  dates: DateMention[],
  spans: Array<{ start: number; end: number }>,
  span: { start: number; end: number },
): DateMention[] {
  const distance = (d: DateMention, s: { start: number; end: number }) =>
    d.start >= s.end ? d.start - s.end : 2 * (s.start - d.end);
  return dates.filter(
    (d) => distance(d, span) <= 120 && spans.every((other) => distance(d, span) <= distance(d, other)),
  );
}

function latestIncident(state: DocumentState, kind: string): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  for (const e of state.entities.values()) {
    if (e.type !== "incident" || (e.kind ?? "cyber") !== kind) continue;
    const at = Math.max(...e.mentions.map((m) => m.start), -1);
    if (at > bestAt) [best, bestAt] = [e.key, at];
  }
  return best;
}

/** Reports of one incident: one date refines the other, or they are days apart (attack Thursday, condemned Friday). */
function closeDates(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (datesCompatible(a, b)) return true;
  return a!.length === 10 && b!.length === 10 && daysBetween(a!, b!) <= 3;
}
const mergedDate = (a: PartialDate, b: PartialDate): PartialDate =>
  datesCompatible(a, b) ? morePrecise(a, b) : a < b ? a : b;

/** Creates or merges the incident a mention speaks of; returns its key. */
function placeIncident(
  state: DocumentState,
  kind: string,
  date: PartialDate | undefined,
  targets: string[],
  surface: string,
  mention: { start: number; end: number },
  named: string[],
  /** The date a new incident gets when the text gives none (the publication month): never used to match. */
  fallback?: PartialDate,
): string {
  for (const entity of [...state.entities.values()].reverse()) {
    if (entity.type !== "incident" || (entity.kind ?? "cyber") !== kind) continue;
    // An incident dated only by the publication month (a headline) takes the first real date given.
    // Only a date in the months before publication: an older one is background, another incident.
    const provisional = state.provisionalDates.has(entity.key) && !!date && !!entity.date && date <= entity.date && daysBetween(date, entity.date) <= 270;
    if (!provisional && !closeDates(entity.date, date)) continue;
    // Without a target of its own, a mention joins an incident only when the sentence names one of its targets.
    const known = entity.targets ?? [];
    // An undated mention of an attack on the same state's bodies is the incident under discussion.
    const stateOf = (k: string) => (state.entities.get(k)?.type === "state" ? k : state.entities.get(k)?.country);
    const sameStates = targets.some((t) => known.some((k) => stateOf(k) === stateOf(t) && stateOf(t) !== undefined));
    if (!date && sameStates && entity.key === latestIncident(state, kind)) {
      for (const t of targets) if (!known.includes(t)) known.push(t);
      entity.mentions.push({ doc: state.id, start: mention.start, end: mention.end });
      return entity.key;
    }
    // Two mentions dated to the same month are one incident whatever they name as hit.
    const sameMonth = !!date && !!entity.date && date.length >= 7 && entity.date.length >= 7 && datesCompatible(date, entity.date);
    const shared =
      sameMonth ||
      (targets.length === 0
        ? known.length === 0 || known.some((t) => named.includes(t))
        : known.length === 0 || targets.some((t) => known.includes(t)));
    if (!shared) continue;
    if (date && provisional) {
      entity.date = date;
      state.provisionalDates.delete(entity.key);
    } else if (date) entity.date = entity.date ? mergedDate(entity.date, date) : date;
    for (const t of targets) if (!entity.targets!.includes(t)) entity.targets!.push(t);
    entity.mentions.push({ doc: state.id, start: mention.start, end: mention.end });
    if (!entity.aliases.includes(surface) && surface.length < 60) entity.aliases.push(surface);
    return entity.key;
  }
  const provisional = date === undefined && fallback !== undefined;
  date ??= fallback;
  const where = targets[0] ? targets[0].slice(targets[0].indexOf(":") + 1) : "unknown";
  state.incidentCounter++;
  let key = nodeKey("incident", `${where}-${date ?? "undated"}${kind === "cyber" ? "" : `-${kind}`}`);
  if (state.entities.has(key)) key = `${key}-${state.incidentCounter}`;
  const targetLabel = targets[0] ? (state.entities.get(targets[0])?.label ?? where) : undefined;
  const label = `${kindLabel(kind)}${targetLabel ? ` on ${targetLabel}` : ""}${date ? ` (${date})` : ""}`;
  const entity = noteEntity(
    state,
    key,
    { type: "incident", label, date, kind: kind === "cyber" ? undefined : kind },
    mention,
    surface,
  );
  entity.targets = [...targets];
  if (provisional) state.provisionalDates.add(key);
  return key;
}

/**
 * What a definite mention refers back to: "the attack" to the last incident of any kind, "the
 * cyberattack" to the last one of its kind, an impact verb with no noun ("systems were infected")
 * to the incident the article is mostly about.
 */
function referent(state: DocumentState, span: { kind: string; surface: string; impact?: boolean }) {
  const incidents = [...state.entities.values()].filter((e) => e.type === "incident");
  if (span.impact) {
    return incidents.reduce<(typeof incidents)[number] | undefined>((best, e) => {
      if ((e.kind ?? "cyber") !== "cyber") return best;
      if (!best || e.mentions.length > best.mentions.length) return e;
      if (e.mentions.length === best.mentions.length && (e.date ?? "") > (best.date ?? "")) return e;
      return best;
    }, undefined);
  }
  const plain = PLAIN_ATTACK.test(span.surface);
  const lastMention = (e: (typeof incidents)[number]) => Math.max(...e.mentions.map((m) => m.start), -1);
  return incidents
    .sort((a, b) => lastMention(b) - lastMention(a))
    .find((e) => plain || (e.kind ?? "cyber") === span.kind);
}

export function findIncidents(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  focusYear?: number,
): IncidentSlot[] {
  const text = sentence.text;
  const base = sentence.start;
  // "a member since 2009" dates the membership, not the attack.
  const dates = findDates(text, state.anchor, focusYear, base).filter(
    (d) =>
      !/\b(since|until|before|by)\s+(?:the\s+)?(?:end of\s+)?$/i.test(
        state.text.slice(Math.max(base, d.start - 20), d.start),
      ),
  );
  const found: IncidentSlot[] = [];
  const spans: Array<{
    start: number;
    end: number;
    kind: string;
    definite: boolean;
    surface: string;
    verb?: boolean;
    impact?: boolean;
    passive?: boolean;
  }> = [];
  const overlaps = (s: number, e: number) => spans.some((x) => s < x.end && e > x.start);
  for (const [kind, re] of OTHER_KINDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (
        kind === "invasion" &&
        /\b(threat|risk|fears?|possible|potential|warned?)\b[^.]{0,25}$/i.test(text.slice(0, m.index))
      )
        continue;
      spans.push({
        start: base + m.index,
        end: base + m.index + m[0].length,
        kind,
        definite: DEFINITE.test(m[0]),
        surface: m[0].replace(DEFINITE, "").trim(),
      });
    }
  }
  ATTACK.lastIndex = 0;
  for (let m = ATTACK.exec(text); m; m = ATTACK.exec(text)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const noun = m[0]
      .replace(DEFINITE, "")
      .replace(new RegExp(`^(${CYBER_MODIFIER}[- ]+)*`, "i"), "")
      .trim();
    const plain =
      PLAIN_ATTACK.test(noun) && !/cyber|online|digital|ddos|ransomware|hack|wiper|malware/i.test(m[1] ?? "");
    const definite = DEFINITE.test(m[0]);
    const before = text.slice(0, m.index);
    if (GENERIC_BEFORE.test(before) || GENERIC_AFTER.test(text.slice(m.index + m[0].length))) continue;
    if (plain && !definite && !(state.currentIncident || CYBER_CONTEXT.test(text))) continue;
    if (
      plain &&
      /^(campaign|operations)$/i.test(noun) &&
      !definite &&
      !/global|hacking|influence/i.test(m[0])
    )
      continue;
    spans.push({
      start,
      end,
      kind: "cyber",
      definite: definite && (plain || /^(the|this|these|its|their)$/i.test(m[0].split(/\s+/)[0]!)),
      surface: m[0].replace(DEFINITE, "").trim(),
    });
  }
  ATTACK_VERB.lastIndex = 0;
  for (let m = ATTACK_VERB.exec(text); m; m = ATTACK_VERB.exec(text)) {
    const start = base + m.index;
    if (!overlaps(start, start + m[0].length))
      spans.push({
        start,
        end: start + m[0].length,
        kind: "cyber",
        definite: false,
        surface: m[1]!,
        verb: true,
      });
  }
  PASSIVE_ATTACK.lastIndex = 0;
  for (let m = PASSIVE_ATTACK.exec(text); m; m = PASSIVE_ATTACK.exec(text)) {
    const start = base + m.index;
    if (!overlaps(start, start + m[0].length))
      spans.push({ start, end: start + m[0].length, kind: "cyber", definite: false, surface: m[1]!, passive: true });
  }
  if (spans.length === 0 && state.currentIncident && IMPACT_VERB.test(text)) {
    const m = IMPACT_VERB.exec(text)!;
    spans.push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      kind: "cyber",
      definite: true,
      surface: m[0],
      impact: true,
    });
  }
  spans.sort((a, b) => a.start - b.start);
  const named = slots.map((s) => s.key);

  for (const span of spans) {
    const targets = targetsOf(state, sentence, slots, span.start, span.end, span.kind, span.verb, span.passive);
    if (span.surface.match(/infected|compromised|breached|encrypted|defaced/i) && targets.length === 0) {
      for (const s of slots)
        if (
          s.kind === "actor" &&
          ["agency", "state"].includes(state.entities.get(s.key)?.type ?? "") &&
          s.start > span.start
        )
          targets.push(s.key);
    }
    const attackers = attackersOf(state, slots, span.start, span.end).filter((a) => !targets.includes(a));
    // A definite mention is dated only by a date after it in its clause ("the attack on March 3"); others
    // by the nearest of their dates, one after the mention counting closer than one before it.
    const weight = (d: DateMention) => (d.start >= span.end ? d.start - span.end : 2 * (span.start - d.end));
    // A date before the mention across "said ... that" dates the saying, not the attack.
    const sameClause = (d: DateMention) =>
      d.start >= span.end
        ? /\bagain\b/i.test(state.text.slice(span.end, d.start)) ||
          !/[;:]|,\s+(?:and|but|which|who|while)\b|\b(?:and|but)\s+(?:did|does|was|were|is|has|had|said|says|will|would)\b/i.test(state.text.slice(span.end, d.start))
        : !/\b(that|said|says|told|announced|added|when|after|before|since)\b|[;:]/i.test(state.text.slice(d.end, span.start));
    const near = datesOf(dates, spans, span)
      .filter(sameClause)
      .filter((d) => !span.definite || (d.start >= span.end && !/[;:]|,\s+(?:and|but|which|who)\b/.test(state.text.slice(span.end, d.start))))
      .sort((a, b) => a.start - b.start);
    const current = referent(state, span);
    const keys: string[] = [];
    // A definite mention ("the attack") and a bare one naming no date or target ("these are
    // sophisticated attacks") speak of the incident under discussion.
    // A date next to a definite mention is usually the date of what is said about it ("condemned the attack on Tuesday").
    // A definite mention always refers back when there is something to refer to; a bare one only when it names no date.
    const refersBack = current && (span.definite || near.every((d) => closeDates(current.date, d.date)));
    if ((span.definite || targets.length === 0) && refersBack && (near.length === 0 || span.definite)) {
      for (const t of targets) if (!current!.targets!.includes(t)) current!.targets!.push(t);
      current!.mentions.push({ doc: state.id, start: span.start, end: span.end });
      // An undated incident takes the date written beside a later mention of it.
      const date = near[0]?.date;
      if (date && (!current!.date || state.provisionalDates.has(current!.key))) {
        current!.date = date;
        state.provisionalDates.delete(current!.key);
      }
      keys.push(current!.key);
    } else {
      // "on October 16 and again in mid-February": one incident per date joined by "again".
      const again =
        near.length > 1 && /\bagain\b/i.test(state.text.slice(near[0]!.end, near[near.length - 1]!.start));
      const nearest = [...near].sort((a, b) => weight(a) - weight(b)).slice(0, 1);
      const spanDates = again ? near : nearest;
      const fallback =
        span.kind === "cyber" && state.anchor
          ? `${state.anchor.year}-${String(state.anchor.month ?? 1).padStart(2, "0")}`
          : undefined;
      for (const d of spanDates.length ? spanDates : [undefined]) {
        keys.push(
          placeIncident(
            state,
            span.kind,
            d?.date,
            targets,
            span.surface,
            span,
            named,
            span.definite ? undefined : fallback,
          ),
        );
      }
    }
    for (const key of keys) {
      state.currentIncident = key;
      found.push({
        start: span.start,
        end: span.end,
        key,
        kind: "incident",
        source: "incident",
        possessive: false,
        attackers,
        targets,
        incidentKind: span.kind,
        date: state.entities.get(key)?.date,
      });
    }
  }
  return found;
}
