/**
 * The entities stage, once every sentence is read: incidents the article never said were aimed at
 * anything join the one incident of their kind and time that was, and the claims follow them.
 */
import { datesCompatible } from "./dates";
import { EXTRACTION_DEFAULTS } from "./defaults";
import type { ExtractedClaim, ExtractedEntity } from "./types";

export interface Findings {
  entities: ExtractedEntity[];
  claims: ExtractedClaim[];
}

/**
 * "an intrusion in 2017 that Oslo blamed on Moscow" and "the 2017 hack of Norway's tax office"
 * are one attack: a dated incident with no target merges into the only targeted incident of its
 * kind and a compatible date; a headline's attack the text never dated, into the recent one the
 * story goes on to tell (`homeFor`). The merged incidents are new objects carrying the lone ones'
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
  const incidents = found.entities.filter((e) => e.type === "incident");
  const homeOf = new Map<string, string>();
  const merged = new Map<string, ExtractedEntity>();
  for (const lone of incidents) {
    if ((lone.targets ?? []).length > 0 || !lone.date || separate.has(lone.key)) continue;
    const home = homeFor(lone, incidents, provisional.has(lone.key));
    if (!home) continue;
    const into = merged.get(home.key) ?? {
      ...home,
      aliases: [...home.aliases],
      mentions: [...home.mentions],
    };
    into.mentions.push(...lone.mentions);
    for (const alias of lone.aliases) if (!into.aliases.includes(alias)) into.aliases.push(alias);
    merged.set(home.key, into);
    homeOf.set(lone.key, home.key);
  }
  if (homeOf.size === 0) return found;
  const moved = (key: string) => homeOf.get(key) ?? key;
  return {
    entities: found.entities.filter((e) => !homeOf.has(e.key)).map((e) => merged.get(e.key) ?? e),
    claims: found.claims.map((c) =>
      homeOf.has(c.source) || homeOf.has(c.target)
        ? { ...c, source: moved(c.source), target: moved(c.target) }
        : c,
    ),
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
