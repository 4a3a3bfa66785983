/**
 * The incidents of one article: a mention joins the incident it speaks of (same name, same kind
 * with close dates and a shared target, or the incident under discussion when it names neither
 * date nor other state) or starts a new one. A headline's incident, dated only by the
 * publication month, takes the first real date given for it.
 */
import type { PartialDate } from "../model";
import { nodeKey, slugify } from "../model/types";
import { datesCompatible, daysBetween, formatDate, morePrecise } from "./dates";
import { noteEntity, type DocumentState, type DocumentView } from "./document-state";
import type { ExtractedEntity } from "./types";

/** Attack nouns that say nothing of the means: "the attack" may refer back to an incident of any kind. */
export const PLAIN_ATTACK = /^(attacks?|assaults?|strikes?|campaign|operations|incident)$/i;

function kindLabel(kind: string): string {
  return kind === "cyber"
    ? "Cyber attack"
    : kind === "coup-plot"
      ? "Coup plot"
      : kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** The incident of `kind` mentioned last, among those `where` accepts (all by default). */
export function latestIncident(
  state: DocumentView,
  kind: string,
  where: (key: string) => boolean = () => true,
): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  for (const e of state.entities.values()) {
    if (e.type !== "incident" || (e.kind ?? "cyber") !== kind || !where(e.key)) continue;
    const at = Math.max(...e.mentions.map((m) => m.start), -1);
    if (at > bestAt) [best, bestAt] = [e.key, at];
  }
  return best;
}

/** Reports of one incident: one date refines the other, or they are days apart (attack Thursday, condemned Friday). */
export function closeDates(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (datesCompatible(a, b)) return true;
  return a!.length === 10 && b!.length === 10 && daysBetween(a!, b!) <= 3;
}
const mergedDate = (a: PartialDate, b: PartialDate): PartialDate =>
  datesCompatible(a, b) ? morePrecise(a, b) : a < b ? a : b;

/** One incident mention to place, as the incident stage read it. */
export interface IncidentPlacement {
  kind: string;
  date?: PartialDate;
  targets: string[];
  surface: string;
  mention: { start: number; end: number };
  /** Node keys the sentence names. */
  named: string[];
  /** The date a new incident gets when the text gives none (the publication month): never used to match. */
  fallback?: PartialDate;
  /** The incident's own name ("the SolarWinds hack", "Operation Sandcastle"): mentions with one name are one incident. */
  name?: string;
  /** The gazetteer's key of a well-known operation or malware ("NotPetya"). */
  known?: string;
  /** "a separate intrusion": a new incident, whatever incidents it might merge with. */
  separate?: boolean;
  /** An incident this mention is known not to be (the one under discussion, for another state's victim). */
  apartFrom?: string;
  /** Its sentence tells it as one more of a series ("was also hacked in 2015"): an earlier incident. */
  recalled?: boolean;
}

/** A well-known operation of the gazetteer: one node, its key and label, whatever the article calls it. */
function placeKnown(state: DocumentState, placement: IncidentPlacement, known: string): string {
  const info = state.lexicon.entities.get(known);
  const entity = noteEntity(
    state,
    known,
    { type: "incident", label: info?.label ?? known, date: info?.date ?? placement.date },
    placement.mention,
    placement.surface,
  );
  entity.name ??= info?.label;
  entity.targets ??= [];
  for (const t of placement.targets) if (!entity.targets.includes(t)) entity.targets.push(t);
  for (const alias of info?.aliases ?? []) {
    if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
    state.incidentNames.set(alias, known);
  }
  if (info) state.incidentNames.set(info.label, known);
  return known;
}

/** What kind of attack the article's words for it say, most specific first. */
const INCIDENT_NOUNS: Array<[RegExp, string, string]> = [
  [/ransomware/i, "Ransomware attack", "on"],
  [/ddos|denial[- ]of[- ]service/i, "DDoS attack", "on"],
  [/wiper/i, "Wiper attack", "on"],
  [/defac/i, "Defacement", "of"],
  [/breach|broke into|compromise/i, "Breach", "of"],
  [/intrusion|infiltrat|penetrat/i, "Intrusion", "into"],
  [/hack/i, "Hack", "of"],
  [/heist|theft/i, "Theft", "from"],
];

/**
 * The label an analyst reads: what was hit and when ("Ransomware attack on Ministry of Finance of
 * Costa Rica (2022-04)"), from everything the article said about the incident. Named incidents
 * keep their name. Returns new entities; the inputs are not changed.
 */
export function labelIncidents(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const labels = new Map(entities.map((e) => [e.key, e.label]));
  return entities.map((e) => {
    if (e.type !== "incident") return e;
    // A named incident reads as the article names it ("Electoral Commission breach (2021-08)").
    if (e.name) {
      if (e.label.startsWith(e.name)) return e;
      const called =
        e.aliases.find((a) => a.startsWith(`${e.name} `) && a !== `${e.name} ${e.name}`) ?? e.name;
      return { ...e, label: `${called}${e.date ? ` (${e.date})` : ""}` };
    }
    const kind = e.kind ?? "cyber";
    const [, noun, preposition] = (kind === "cyber" &&
      INCIDENT_NOUNS.find(([re]) => e.aliases.some((a) => re.test(a)))) || [
      null,
      kindLabel(kind),
      kind === "invasion" ? "of" : "on",
    ];
    const targets = (e.targets ?? []).map((t) => labels.get(t) ?? t);
    const hit =
      targets.length === 0
        ? ""
        : ` ${preposition} ${targets.slice(0, 2).join(" and ")}${targets.length > 2 ? ` and ${targets.length - 2} more` : ""}`;
    return { ...e, label: `${noun}${hit}${e.date ? ` (${e.date})` : ""}` };
  });
}

/** Creates or merges the incident a mention speaks of; returns its key. */
export function placeIncident(state: DocumentState, placement: IncidentPlacement): string {
  const { kind, targets, surface, mention, named, fallback, name, known } = placement;
  let date = placement.date;
  if (known) return placeKnown(state, placement, known);
  // "the Bundestag hack" and "the attack on the Bundestag": an incident named after what it hit.
  const namedAfterTarget = [...state.incidentNames].find(([n]) =>
    targets.some((t) => state.entities.get(t)?.label === n),
  )?.[1];
  const byName = state.entities.get(
    (name ? state.incidentNames.get(name) : undefined) ?? namedAfterTarget ?? "",
  );
  if (byName) {
    if (date && (!byName.date || state.provisionalDates.has(byName.key))) {
      byName.date = date;
      state.provisionalDates.delete(byName.key);
    }
    for (const t of targets) if (!byName.targets!.includes(t)) byName.targets!.push(t);
    byName.mentions.push({ doc: state.id, start: mention.start, end: mention.end });
    return byName.key;
  }
  // Distances to a provisional date count from the publication day, not the start of its year.
  const published = state.anchor ? formatDate(state.anchor) : undefined;
  for (const entity of placement.separate ? [] : [...state.entities.values()].reverse()) {
    if (entity.type !== "incident" || (entity.kind ?? "cyber") !== kind || entity.key === placement.apartFrom)
      continue;
    // "Operation Sandcastle" and "the GlassWorm outbreak" are two incidents, whatever their dates.
    if (name && entity.name && entity.name !== name) continue;
    // An incident dated only by the publication month (a headline) takes the first real date given.
    // Only a date in the months before publication, or one given for an attack on a body it hit
    // ("Ruritania blames rival for registry hack" ... "the registry was breached in 2019"): an
    // older one elsewhere, on the same state, or told as one more of a series ("was also hacked in
    // 2015"), is background, another incident.
    const provisional =
      state.provisionalDates.has(entity.key) &&
      !!date &&
      !!entity.date &&
      (datesCompatible(date, entity.date) ||
        (date <= entity.date &&
          (daysBetween(date, published ?? entity.date) <= 270 ||
            (!placement.recalled &&
              targets.some((t) => entity.targets?.includes(t) && state.entities.get(t)?.type !== "state")))));
    if (!provisional && !closeDates(entity.date, date)) continue;
    // A named operation ("Operation Grey Heron", dated a year back) told beside an undated,
    // unnamed series of attacks: a name and a date of its own make another incident than the
    // unnamed one, unless both are told of one target.
    if (
      provisional &&
      name &&
      !entity.name &&
      !datesCompatible(date, entity.date) &&
      !targets.some((t) => entity.targets?.includes(t))
    )
      continue;
    // Without a target of its own, a mention joins an incident only when the sentence names one of its targets.
    const known = entity.targets ?? [];
    // An undated mention of an attack on the same state's bodies is the incident under discussion.
    const stateOf = (k: string) =>
      state.entities.get(k)?.type === "state" ? k : state.entities.get(k)?.country;
    const sameStates = targets.some((t) =>
      known.some((k) => stateOf(k) === stateOf(t) && stateOf(t) !== undefined),
    );
    if (!date && sameStates && entity.key === latestIncident(state, kind)) {
      for (const t of targets) if (!known.includes(t)) known.push(t);
      entity.mentions.push({ doc: state.id, start: mention.start, end: mention.end });
      return entity.key;
    }
    // Two mentions dated to the same month are one incident, unless each names bodies hit and the
    // mention none of the incident's (`otherBodiesHit`).
    const sameMonth =
      !!date &&
      !!entity.date &&
      date.length >= 7 &&
      entity.date.length >= 7 &&
      datesCompatible(date, entity.date) &&
      !otherBodiesHit(state, targets, known);
    // A headline's incident ("attacks on Moldova's elections") takes the first date given for an
    // attack on the same state's bodies ("the attacks on its election authority in October 2024").
    const shared =
      sameMonth ||
      (provisional && sameStates) ||
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
  // A named incident is keyed by its name, so the same name in another article is the same node.
  let key = name
    ? nodeKey("incident", slugify(name))
    : nodeKey("incident", `${where}-${date ?? "undated"}${kind === "cyber" ? "" : `-${kind}`}`);
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
  if (placement.separate) state.separateIncidents.add(key);
  if (name) {
    entity.name = name;
    state.incidentNames.set(name, key);
    for (const alias of [name, `${name} ${surface}`])
      if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
  }
  return key;
}

/** Where an entity was last mentioned (-1: never). */
function lastMentionStart(e: Readonly<ExtractedEntity>): number {
  return Math.max(...e.mentions.map((m) => m.start), -1);
}

/** Whether a node key names a body (anything but a state). */
function isBodyKey(state: DocumentView, key: string): boolean {
  return state.entities.get(key)?.type !== "state";
}

/**
 * An incident that hit a clinic's records, then a mention, dated in that month, of an attack on a
 * ferry line's booking system: a mention naming only bodies (no state) as hit, none of them among
 * those the incident hit nor owned by a state it hit, while that incident names a body of its own,
 * tells another attack, whatever the month they share.
 */
function otherBodiesHit(state: DocumentView, targets: readonly string[], known: readonly string[]): boolean {
  return (
    targets.length > 0 &&
    targets.every((t) => isBodyKey(state, t)) &&
    known.some((k) => isBodyKey(state, k)) &&
    !targets.some((t) => known.includes(t) || known.includes(state.entities.get(t)?.country ?? ""))
  );
}

/**
 * What a definite mention refers back to: "the attack" to the last incident under discussion of
 * any kind ("that attack" to the last one named), "the cyberattack" to the last one of its kind,
 * an impact verb with no noun ("systems were infected") to the incident the article is mostly
 * about.
 */
export function referent(
  state: DocumentState,
  span: { kind: string; surface: string; impact: boolean; distal: boolean },
) {
  const all = [...state.entities.values()].filter((e) => e.type === "incident");
  // "Predatory Sparrow also claimed that attack": "that" points at the last one named, recalled or not.
  const discussed = span.distal ? all : all.filter((e) => !state.recalledIncidents.has(e.key));
  const incidents = discussed.length ? discussed : all;
  if (span.impact) {
    return incidents.reduce<(typeof incidents)[number] | undefined>((best, e) => {
      if ((e.kind ?? "cyber") !== "cyber") return best;
      if (!best || e.mentions.length > best.mentions.length) return e;
      if (e.mentions.length === best.mentions.length && (e.date ?? "") > (best.date ?? "")) return e;
      return best;
    }, undefined);
  }
  const plain = PLAIN_ATTACK.test(span.surface);
  return incidents
    .sort((a, b) => lastMentionStart(b) - lastMentionStart(a))
    .find((e) => plain || (e.kind ?? "cyber") === span.kind);
}
