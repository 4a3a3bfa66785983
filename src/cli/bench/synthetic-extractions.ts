/**
 * Extractions of synthetic articles made without running the extractor, for stores too big to
 * extract on this machine in a benchmark's time (10^5 articles ≈ 2 hours of NLP here). Each article
 * names an incident (shared by a few articles, as news of one attack is), the state or agency it
 * hit, who is blamed and by whom, who condemned it, who helped, and the officials quoted; actors
 * are drawn with a Zipf-like skew, so a few states are hubs (the "busiest entity") and most
 * entities appear in a handful of claims, as in real news.
 */
import type { DocumentExtraction, ExtractedClaim, ExtractedEntity } from "../../extract";
import type { EdgeType, NodeType } from "../../model";
import { seededRandom } from "../../graph/seeded-random";

const POOLS = { state: 120, agency: 400, group: 60, person: 6_000 } as const;
const ARTICLES_PER_INCIDENT = 3;
const CHARS = 3_000;

type Actor = { key: string; type: NodeType; label: string; country?: Actor };

function actor(type: keyof typeof POOLS, i: number): Actor {
  const label = `${type[0]!.toUpperCase()}${type.slice(1)} ${i.toString(36).toUpperCase()}`;
  const key = `${type}:${label.toLowerCase().replace(/\s+/g, "-")}`;
  // Agencies and officials belong to a state (spread evenly, not by the hub skew).
  const country = type === "agency" || type === "person" ? actor("state", (i * 7) % POOLS.state) : undefined;
  return { key, type, label, ...(country && { country }) };
}

/** Index in [0, n) with P(i) ∝ 1 / (i + 1): index 0 is the hub. */
function zipf(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

export function* syntheticExtractions(count: number, seed = 11): Generator<DocumentExtraction> {
  const random = seededRandom(seed);
  const pick = (type: keyof typeof POOLS, skewed = true) =>
    actor(type, skewed ? zipf(random, POOLS[type]) : Math.floor(random() * POOLS[type]));
  for (let n = 0; n < count; n++) {
    const id = `syn_${n.toString().padStart(6, "0")}.txt`;
    const incidentNo = Math.floor(n / ARTICLES_PER_INCIDENT);
    const year = 2010 + (incidentNo % 15);
    const month = String(1 + (incidentNo % 12)).padStart(2, "0");
    const date = `${year}-${month}`;
    let offset = 0;
    // Each quote is its own sentence of the article, in order, within its length.
    const evidence = (quote: string, claimants?: string[]) => {
      const start = offset;
      offset += quote.length + 1;
      return { doc: id, quote, start, end: start + quote.length, ...(claimants && { claimants }) };
    };
    const entities = new Map<string, ExtractedEntity>();
    const mention = (a: Actor) => {
      const entity = entities.get(a.key);
      const span = { doc: id, start: Math.min(offset, CHARS - 1), end: Math.min(offset + 1, CHARS) };
      if (entity) entity.mentions.push(span);
      else
        entities.set(a.key, {
          key: a.key,
          type: a.type,
          label: a.label,
          aliases: [],
          mentions: [span],
          ...(a.country && { country: a.country.key }),
        });
      if (a.country && !entities.has(a.country.key)) entities.set(a.country.key, toEntity(a.country));
      return a.key;
    };
    const claims: ExtractedClaim[] = [];
    const claim = (type: EdgeType, source: string, target: string, quote: string, claimants: string[] = []) =>
      claims.push({
        type,
        source,
        target,
        date,
        claimants,
        stance: random() < 0.2 ? "suspected" : "asserted",
        evidence: [evidence(quote, claimants.length ? claimants : undefined)],
        confidence: 0.7,
      });

    const victim = pick("state", false);
    const incident: Actor = {
      key: `incident:syn-${incidentNo}`,
      type: "incident",
      label: `Cyber attack ${incidentNo}`,
    };
    entities.set(incident.key, {
      ...toEntity(incident),
      date,
      kind: "cyber",
      targets: [victim.key],
      name: incident.label,
      mentions: [],
    });
    mention(incident);
    claim("attacked", incident.key, mention(victim), `The attack hit ${victim.label}.`);
    const culprit = random() < 0.3 ? pick("group") : pick("state");
    const accuser = pick("person", false);
    claim("attributed-to", incident.key, mention(culprit), `${accuser.label} blamed ${culprit.label}.`, [
      mention(accuser),
    ]);
    if (accuser.country)
      claim("affiliated-with", accuser.key, accuser.country.key, `${accuser.label} is an official.`);
    if (random() < 0.6) {
      const condemner = pick("state");
      claim("condemned", mention(condemner), incident.key, `${condemner.label} condemned it.`);
    }
    if (random() < 0.5) {
      const helper = pick("agency");
      claim("assisted", mention(helper), victim.key, `${helper.label} sent a team.`);
    }
    yield {
      meta: { id, title: `Synthetic article ${n}`, published: `${date}-15`, chars: CHARS },
      entities: [...entities.values()],
      claims,
      warnings: [],
    };
  }
}

function toEntity(a: Actor): ExtractedEntity {
  return { key: a.key, type: a.type, label: a.label, aliases: [], mentions: [] };
}
