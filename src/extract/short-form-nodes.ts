/**
 * The entities stage, once every sentence is read: a body the article first wrote by its initials
 * alone ("KRA" in a headline) and later named in full ("the Kenya Revenue Authority (KRA)") is one
 * body, so the initials' node joins the named body's and the claims follow it.
 */
import { joinNodes, type Findings } from "./consolidate";
import { hasInitials, spellsNoBody } from "./mentions/initialisms";
import type { ExtractedClaim, ExtractedEntity } from "./types";

/** A node whose whole label is a run of capitals: initials the text never spelled out where it met them. */
const INITIALS_LABEL = /^\p{Lu}{2,6}$/u;

const isBody = (e: ExtractedEntity) => e.type === "agency" || e.type === "organization";

/**
 * The one other body a node of initials stands for: the body carrying them as a name (the bracket
 * after its full name gave them) or whose proper name they are the initials of; none when two are.
 */
function namedBodyOf(
  lone: ExtractedEntity,
  entities: readonly ExtractedEntity[],
): ExtractedEntity | undefined {
  const homes = entities.filter(
    (e) =>
      e !== lone &&
      isBody(e) &&
      (e.aliases.includes(lone.label) || hasInitials([e.label, ...e.aliases], lone.label)),
  );
  return homes.length === 1 ? homes[0] : undefined;
}

/**
 * Joins each node of initials the dictionary does not know into the body they stand for: the body
 * gets their mentions and the initials as an alias; claims, claimants, incident targets and parents
 * move to it, and a claim left joining the body to itself goes. A technical word or a legal form
 * that only spells a body's initials ("ICS networks" before the Immigration and Citizenship Service)
 * stays apart. The input is never changed (when nothing joins, it is returned as it is).
 */
export function joinInitialsNodes(found: Findings, known: (key: string) => boolean): Findings {
  const homes = new Map<ExtractedEntity, ExtractedEntity>();
  for (const lone of found.entities) {
    if (!isBody(lone) || known(lone.key) || !INITIALS_LABEL.test(lone.label) || spellsNoBody(lone.label))
      continue;
    const home = namedBodyOf(lone, found.entities);
    if (!home || homes.has(home)) continue;
    homes.set(lone, home);
  }
  if (homes.size === 0) return found;
  const {
    entities: joined,
    moved,
    joined: wasJoined,
  } = joinNodes(found.entities, homes, (lone) => [lone.label]);
  const movedAll = (keys: readonly string[]) => [...new Set(keys.map(moved))];
  const entities = joined.map((e) =>
    (e.targets ?? []).some(wasJoined) || (e.parent && wasJoined(e.parent))
      ? { ...e, targets: e.targets && movedAll(e.targets), parent: e.parent && moved(e.parent) }
      : e,
  );
  const claims = found.claims
    .map((c): ExtractedClaim => {
      const touched =
        wasJoined(c.source) ||
        wasJoined(c.target) ||
        c.claimants.some(wasJoined) ||
        c.evidence.some((ev) => ev.claimants?.some(wasJoined));
      if (!touched) return c;
      return {
        ...c,
        source: moved(c.source),
        target: moved(c.target),
        claimants: movedAll(c.claimants),
        evidence: c.evidence.map((ev) => (ev.claimants ? { ...ev, claimants: movedAll(ev.claimants) } : ev)),
      };
    })
    .filter((c) => c.source !== c.target);
  return { entities, claims };
}
