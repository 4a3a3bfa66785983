/**
 * The entities stage, once every sentence is read: incidents the article never said were aimed at
 * anything join the one incident of their kind and time that was, an incident told only as hitting
 * a state joins the one that hit a body of that state, and the claims follow them.
 */
import { datesCompatible } from "./dates";
import { EXTRACTION_DEFAULTS } from "./defaults";
import { closeDates } from "./incident-registry";
import type { PartialDate } from "../model";
import type { ExtractedClaim, ExtractedEntity } from "./types";

export interface Findings {
  entities: ExtractedEntity[];
  claims: ExtractedClaim[];
}

/**
 * "an intrusion in 2017 that Oslo blamed on Moscow" and "the 2017 hack of Norway's tax office"
 * are one attack: a dated incident with no target merges into the only targeted incident of its
 * kind and a compatible date; a headline's attack the text never dated, into the recent one the
 * story goes on to tell (`homeFor`). Before that, an incident told only as hitting a state joins
 * the one on that state's body (`joinStateIncidents`), so an untargeted one then meets one home,
 * not two. The merged incidents are new objects carrying the lone ones'
 * mentions and aliases, and claims about a lone incident are new claims about its home; the input
 * is never changed (when nothing merges, it is returned as it is).
 */
export function consolidateIncidents(
  found: Findings,
  /** Incidents the text calls separate ("in a separate intrusion hours later"): kept apart, even with no target found. */
  separate: ReadonlySet<string>,
  /** Incidents dated only by the publication, the text never dating them (DocumentState.provisionalDates). */
  provisional: ReadonlySet<string> = new Set(),
): Findings {
  return joinUntargeted(joinStateIncidents(found, separate), separate, provisional);
}

/** Each dated incident with no target into its targeted twin (`homeFor`). */
function joinUntargeted(
  found: Findings,
  separate: ReadonlySet<string>,
  provisional: ReadonlySet<string>,
): Findings {
  const incidents = found.entities.filter((e) => e.type === "incident");
  const homes = new Map<ExtractedEntity, ExtractedEntity>();
  for (const lone of incidents) {
    if ((lone.targets ?? []).length > 0 || !lone.date || separate.has(lone.key)) continue;
    const home = homeFor(lone, incidents, provisional.has(lone.key));
    if (home) homes.set(lone, home);
  }
  return joinIncidents(found, homes);
}

/**
 * "the cyber attack on Israel" (a headline, a condemnation) and "attackers reached the control
 * systems of the Carmel water utility" told of one morning are one attack: an incident the text
 * told only as hitting states joins the one incident of its kind, at a close date, that hit a body
 * of one of those states (or a body whose state the text never gave) and no body of another state.
 * The body's incident is the home and keeps its date: a state is named as hit in statements, and
 * a statement's day is not the attack's. Two or more such incidents: none is chosen. Nor one a
 * state of the other's accused side condemned or was hit by ("Iran denies hacking France", then
 * "the attack on the Tehran metro, which Iran condemned"): no state is both sides of one attack.
 */
function joinStateIncidents(found: Findings, separate: ReadonlySet<string>): Findings {
  const byKey = new Map(found.entities.map((e) => [e.key, e]));
  const incidents = found.entities.filter((e) => e.type === "incident" && !separate.has(e.key));
  const homes = new Map<ExtractedEntity, ExtractedEntity>();
  for (const lone of incidents) {
    const states = lone.targets ?? [];
    if (lone.name || states.length === 0 || !states.every((t) => byKey.get(t)?.type === "state")) continue;
    const candidates = incidents.filter(
      (o) =>
        o !== lone &&
        (o.kind ?? "cyber") === (lone.kind ?? "cyber") &&
        stateDateFits(o.date, lone.date) &&
        hitBodyOf(o, states, byKey) &&
        !opposedSides(sides(lone, found.claims, byKey), sides(o, found.claims, byKey)),
    );
    if (candidates.length === 1) homes.set(lone, candidates[0]!);
  }
  return joinIncidents(found, homes);
}

/**
 * Whether a state's incident, dated `state`, can be the body's incident dated `home`: the state's is
 * undated, or both are dated to the month at least and compatible, or full dates days apart. A
 * year-only home takes no dated state incident: two attacks of one year are not one.
 */
function stateDateFits(home: PartialDate | undefined, state: PartialDate | undefined): boolean {
  if (!state) return true;
  return !!home && home.length >= 7 && state.length >= 7 && closeDates(home, state);
}

/**
 * Whether an unnamed incident hit bodies only, each of one of `states` or of no state the text gave
 * (a home has no state target: no chain). A named one ("NotPetya") hit many states' bodies.
 */
function hitBodyOf(
  incident: ExtractedEntity,
  states: readonly string[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): boolean {
  const bodies = (incident.targets ?? []).map((t) => byKey.get(t));
  if (bodies.length === 0 || !incident.date || incident.name) return false;
  // A body of no known state may be the one state's, never one of several states' ("Israel and the UAE").
  return bodies.every(
    (b) => !!b && b.type !== "state" && (b.country ? states.includes(b.country) : states.length === 1),
  );
}

/** The findings once each lone incident joined its home, the claims following. */
function joinIncidents(found: Findings, homes: ReadonlyMap<ExtractedEntity, ExtractedEntity>): Findings {
  if (homes.size === 0) return found;
  const { entities, moved, joined } = joinNodes(found.entities, homes, (lone) => lone.aliases);
  return {
    entities,
    claims: found.claims.map((c) =>
      joined(c.source) || joined(c.target) ? { ...c, source: moved(c.source), target: moved(c.target) } : c,
    ),
  };
}

/** The entities once lone nodes joined their homes, and the keys' move (`joined`: whether a key moved). */
export interface JoinedNodes {
  entities: ExtractedEntity[];
  moved: (key: string) => string;
  joined: (key: string) => boolean;
}

/**
 * Joins each lone node into its home (`homes`, lone → home): the home, a new object, gets the lone
 * nodes' mentions and the names `namesOf` gives of each; the lone nodes go. The claims are the
 * caller's to move (`moved`). The input is never changed.
 */
export function joinNodes(
  entities: readonly ExtractedEntity[],
  homes: ReadonlyMap<ExtractedEntity, ExtractedEntity>,
  namesOf: (lone: ExtractedEntity) => readonly string[],
): JoinedNodes {
  const homeOf = new Map<string, string>();
  const merged = new Map<string, ExtractedEntity>();
  for (const [lone, home] of homes) {
    const into = merged.get(home.key) ?? {
      ...home,
      aliases: [...home.aliases],
      mentions: [...home.mentions],
    };
    into.mentions.push(...lone.mentions);
    for (const name of namesOf(lone)) if (!into.aliases.includes(name)) into.aliases.push(name);
    merged.set(home.key, into);
    homeOf.set(lone.key, home.key);
  }
  return {
    entities: entities.filter((e) => !homeOf.has(e.key)).map((e) => merged.get(e.key) ?? e),
    moved: (key) => homeOf.get(key) ?? key,
    joined: (key) => homeOf.has(key),
  };
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Where the text first names an incident. */
const firstMention = (e: ExtractedEntity) => Math.min(...e.mentions.map((m) => m.start));

/**
 * The targeted incident a lone one is: the only one of its kind at a compatible date; else, for a
 * lone unnamed incident the text never dated, named before any targeted one (a headline's "payroll
 * breach", then the attack the story tells), the first the story tells of its kind, if recent.
 */
function homeFor(
  lone: ExtractedEntity,
  incidents: readonly ExtractedEntity[],
  undated: boolean,
): ExtractedEntity | undefined {
  const targeted = incidents.filter(
    (o) =>
      o !== lone &&
      (o.kind ?? "cyber") === (lone.kind ?? "cyber") &&
      (o.targets ?? []).length > 0 &&
      !!o.date,
  );
  const homes = targeted.filter((o) => datesCompatible(o.date!, lone.date!));
  if (homes.length === 1) return homes[0];
  if (!undated || lone.name || homes.length > 1) return undefined;
  const first = targeted.reduce<ExtractedEntity | undefined>(
    (best, o) => (!best || firstMention(o) < firstMention(best) ? o : best),
    undefined,
  );
  const recent = (o: ExtractedEntity) =>
    yearOf(lone.date!) - yearOf(o.date!) <= EXTRACTION_DEFAULTS.headlineIncidentYearsBack;
  return first && firstMention(lone) < firstMention(first) && recent(first) ? first : undefined;
}

/** The states on each side of an incident: the accused (blamed, denying) and the victim's (hit, condemning). */
interface Sides {
  accused: Set<string>;
  victims: Set<string>;
}

function sides(
  incident: ExtractedEntity,
  claims: readonly ExtractedClaim[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): Sides {
  const out: Sides = { accused: new Set(), victims: new Set() };
  for (const c of claims) {
    const [side, end] =
      c.type === "attributed-to" && c.source === incident.key
        ? [out.accused, c.target]
        : c.type === "denied" && c.target === incident.key
          ? [out.accused, c.source]
          : c.type === "attacked" && c.source === incident.key
            ? [out.victims, c.target]
            : c.type === "condemned" && c.target === incident.key
              ? [out.victims, c.source]
              : [undefined, ""];
    const state = byKey.get(end)?.type === "state" ? end : byKey.get(end)?.country;
    if (side && state) side.add(state);
  }
  return out;
}

const opposedSides = (a: Sides, b: Sides) =>
  [...a.accused].some((s) => b.victims.has(s)) || [...b.accused].some((s) => a.victims.has(s));
