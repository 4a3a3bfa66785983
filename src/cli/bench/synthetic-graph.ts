/**
 * Synthetic claim graphs for the explorer benchmark: valid per `loadGraph` and shaped like an
 * ingested corpus (real country names, agencies and officials of those states, threat groups,
 * incidents; claims of every edge type between allowed endpoints, each with evidence quotes and
 * offsets into documents; positions clustered as a ForceAtlas2 layout leaves them). Deterministic
 * for a given size and seed, so runs compare.
 */
import countries from "world-countries";
import {
  EDGE_RULES,
  edgeKey,
  slugify,
  type DocumentMeta,
  type EdgeAttributes,
  type EdgeType,
  type NodeAttributes,
  type NodeType,
} from "../../model";
import { seededRandom } from "../../graph/seeded-random";

export interface SyntheticNode {
  key: string;
  attributes: NodeAttributes;
}
export interface SyntheticEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** Draws from the project's seeded generator, so a size and seed give the same graph everywhere. */
function random(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const gauss = () => Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, gauss };
}

const NODE_SHARES: [NodeType, number][] = [
  ["agency", 0.15],
  ["person", 0.25],
  ["group", 0.05],
  ["organization", 0.01],
];
const EDGE_WEIGHTS: [EdgeType, number][] = [
  ["attacked", 25],
  ["attributed-to", 15],
  ["denied", 5],
  ["condemned", 8],
  ["requested-help", 5],
  ["offered-help", 7],
  ["assisted", 10],
  ["member-of", 3],
  ["affiliated-with", 12],
  ["part-of", 10],
];
const AGENCIES = [
  "National Cyber Security Centre",
  "Ministry of Finance",
  "Ministry of Defence",
  "Foreign Office",
  "National Security Agency",
  "Computer Emergency Response Team",
  "Central Bank",
  "Electoral Commission",
  "Intelligence Service",
  "Ministry of Interior",
  "Cyber Command",
  "Data Protection Authority",
];
const ROLES = [
  "Prime Minister",
  "Defence Minister",
  "Foreign Minister",
  "Interior Minister",
  "President",
  "Secretary General",
  "spokesperson",
  "ambassador",
  "agency director",
  "Minister for Digital Affairs",
];
const GIVEN = [
  "Anna",
  "Dritan",
  "Jens",
  "Jean-Noël",
  "Jeremy",
  "Olena",
  "Marko",
  "Sofia",
  "Lars",
  "Amira",
  "Kenji",
  "Zoran",
  "Ingrid",
  "Mateo",
  "Leila",
  "Tomasz",
  "Aoife",
  "Nikolai",
  "Chloé",
  "Rahul",
];
const FAMILY = [
  "Abazović",
  "Stoltenberg",
  "Barrot",
  "Hunt",
  "Kovačević",
  "Novak",
  "Schmidt",
  "Dubois",
  "Petrov",
  "Haddad",
  "Tanaka",
  "Ó Briain",
  "Nowak",
  "García",
  "Larsen",
  "Rossi",
  "Jovanović",
  "Müller",
  "Silva",
  "Kaur",
];
const GROUP_WORDS = [
  "Fancy",
  "Cozy",
  "Sandworm",
  "Gamaredon",
  "Lazarus",
  "Charming",
  "Volt",
  "Midnight",
  "Turla",
  "Ghostwriter",
  "Nobelium",
  "Kimsuky",
  "Hafnium",
  "Equation",
  "Ember",
  "Silent",
];
const GROUP_SUFFIX = ["Bear", "Kitten", "Panda", "Chollima", "Typhoon", "Blizzard", "Spider", "Team"];
const INCIDENT_KINDS: [string, string][] = [
  ["cyber", "cyberattack on"],
  ["cyber", "ransomware attack on"],
  ["cyber", "DDoS attacks on"],
  ["cyber", "defacement of websites of"],
  ["cyber", "data breach at"],
  ["coup-plot", "coup plot in"],
];
const ORGANIZATIONS = [
  "NATO",
  "European Union",
  "United Nations",
  "OSCE",
  "Council of Europe",
  "African Union",
  "ASEAN",
  "G7",
  "Interpol",
  "Europol",
  "World Bank",
  "OECD",
];
const VERBS: Record<EdgeType, string> = {
  attacked: "targeted",
  "attributed-to": "was carried out by",
  denied: "denied any involvement in",
  "requested-help": "asked for help from",
  "offered-help": "offered assistance to",
  assisted: "sent experts to help",
  condemned: "condemned",
  "member-of": "is a member of",
  "affiliated-with": "serves in",
  "part-of": "is part of",
};
const HEDGES = [
  "officials said",
  "according to a statement",
  "the ministry said on Tuesday",
  "investigators believe",
  "a spokesperson told reporters",
  "in a joint statement",
];

function partialDate(rng: ReturnType<typeof random>): string {
  const year = 2014 + rng.int(11);
  const month = String(1 + rng.int(12)).padStart(2, "0");
  const day = String(1 + rng.int(28)).padStart(2, "0");
  const precision = rng.next();
  return precision < 0.15 ? `${year}` : precision < 0.45 ? `${year}-${month}` : `${year}-${month}-${day}`;
}

/** A graph of `nodeCount` nodes and `edgeCount` claims, as graphology's export format. */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1) {
  const rng = random(seed);
  const documents: DocumentMeta[] = Array.from(
    { length: Math.max(20, Math.round(nodeCount / 20)) },
    (_, i) => ({
      id: `${String(i).padStart(5, "0")}_${(seed * 7919 + i * 104729).toString(16)}.txt`,
      title: `Report ${i + 1} on state-linked cyber operations`,
      publisher: rng.pick(["Reuters", "BBC", "Le Monde", "RFE/RL", "Balkan Insight", "The Record"]),
      published: partialDate(rng),
      chars: 3000 + rng.int(9000),
    }),
  );
  const span = (doc: DocumentMeta, length: number) => {
    const start = rng.int(doc.chars - length);
    return { doc: doc.id, start, end: start + length };
  };

  // Communities: clusters on the plane, each with its own handful of documents (one story).
  const communityCount = Math.max(4, Math.round(Math.sqrt(nodeCount) / 2));
  const centres = Array.from({ length: communityCount }, () => {
    const angle = rng.next() * 2 * Math.PI;
    const radius = Math.sqrt(rng.next()) * 1000;
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle), spread: 30 + rng.next() * 90 };
  });

  const nodes: SyntheticNode[] = [];
  const community: number[] = [];
  const keys = new Set<string>();
  const add = (type: NodeType, label: string, extra: Partial<NodeAttributes>, aliases: string[] = []) => {
    let key = `${type}:${slugify(label)}`;
    for (let n = 2; keys.has(key); n++) key = `${type}:${slugify(label)}-${n}`;
    keys.add(key);
    const c = rng.int(communityCount);
    const centre = centres[c]!;
    const mentions = Array.from({ length: 1 + rng.int(3) }, () => span(rng.pick(documents), label.length));
    nodes.push({
      key,
      attributes: {
        label,
        type,
        aliases,
        mentions,
        ...extra,
        x: Math.round((centre.x + rng.gauss() * centre.spread) * 100) / 100,
        y: Math.round((centre.y + rng.gauss() * centre.spread) * 100) / 100,
      },
    });
    community.push(c);
    return key;
  };

  const stateCount = Math.min(countries.length, Math.max(10, Math.round(nodeCount * 0.02)));
  const states = countries.slice(0, stateCount).map((c) => {
    const demonym = c.demonyms?.eng?.m;
    return {
      key: add("state", c.name.common, {}, demonym ? [demonym, c.cca3] : [c.cca3]),
      name: c.name.common,
    };
  });
  for (const [type, share] of NODE_SHARES) {
    const count = Math.max(3, Math.round(nodeCount * share));
    for (let i = 0; i < count; i++) {
      const state = rng.pick(states);
      if (type === "agency") add(type, `${state.name} ${rng.pick(AGENCIES)}`, { country: state.key });
      else if (type === "person")
        add(type, `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`, { country: state.key, role: rng.pick(ROLES) });
      else if (type === "group")
        add(type, `${rng.pick(GROUP_WORDS)} ${rng.pick(GROUP_SUFFIX)}`, {}, [`APT${i + 1}`]);
      else
        add(
          type,
          i < ORGANIZATIONS.length ? ORGANIZATIONS[i]! : `${rng.pick(ORGANIZATIONS)} agency ${i}`,
          {},
        );
    }
  }
  while (nodes.length < nodeCount) {
    const [kind, what] = rng.pick(INCIDENT_KINDS);
    const date = partialDate(rng);
    add("incident", `${date} ${what} ${rng.pick(states).name}`, { date, kind });
  }
  nodes.length = Math.min(nodes.length, nodeCount);

  // Endpoint pools by type, globally and per community, for local (mostly) and global claims.
  const byType = new Map<NodeType, number[]>();
  const byCommunityType = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    const type = node.attributes.type;
    (byType.get(type) ?? byType.set(type, []).get(type)!).push(i);
    const local = `${community[i]}:${type}`;
    (byCommunityType.get(local) ?? byCommunityType.set(local, []).get(local)!).push(i);
  });
  const pickEndpoint = (types: readonly NodeType[], near: number | undefined): number | undefined => {
    const type = rng.pick(types.filter((t) => byType.has(t)));
    if (type === undefined) return undefined;
    const local = near === undefined ? undefined : byCommunityType.get(`${community[near]}:${type}`);
    return rng.pick(local && rng.next() < 0.8 ? local : byType.get(type)!);
  };
  const totalWeight = EDGE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const pickType = (): EdgeType => {
    let r = rng.next() * totalWeight;
    for (const [type, weight] of EDGE_WEIGHTS) if ((r -= weight) < 0) return type;
    return "attacked";
  };
  const claimantPool = [...(byType.get("state") ?? []), ...(byType.get("person") ?? [])];

  const edges: SyntheticEdge[] = [];
  const edgeKeys = new Set<string>();
  const degree = new Uint32Array(nodes.length);
  for (let attempts = 0; edges.length < edgeCount && attempts < edgeCount * 20; attempts++) {
    const type = pickType();
    const rule = EDGE_RULES[type];
    const s = pickEndpoint(rule.source, undefined);
    const t = s === undefined ? undefined : pickEndpoint(rule.target, s);
    if (s === undefined || t === undefined || s === t) continue;
    const source = nodes[s]!;
    const target = nodes[t]!;
    const key = edgeKey(type, source.key, target.key);
    if (edgeKeys.has(key)) continue;
    edgeKeys.add(key);
    degree[s]!++;
    degree[t]!++;
    const claimants =
      type === "attributed-to" && rng.next() < 0.6 ? [nodes[rng.pick(claimantPool)]!.key] : ([] as string[]);
    const evidence = Array.from({ length: rng.next() < 0.7 ? 1 : rng.next() < 0.75 ? 2 : 3 }, () => {
      const quote = `${source.attributes.label} ${VERBS[type]} ${target.attributes.label}, ${rng.pick(HEDGES)}.`;
      return {
        ...span(rng.pick(documents), quote.length),
        quote,
        ...(claimants.length ? { claimants } : {}),
      };
    });
    edges.push({
      key,
      source: source.key,
      target: target.key,
      attributes: {
        type,
        ...(rng.next() < 0.7 ? { date: partialDate(rng) } : {}),
        claimants,
        stance: rng.next() < 0.2 ? "suspected" : "asserted",
        evidence,
        confidence: Math.round((0.5 + rng.next() / 2) * 100) / 100,
        origin: rng.next() < 0.9 ? "extracted" : "curated",
      },
    });
  }
  nodes.forEach(
    (node, i) => (node.attributes.size = Math.round((2 + 2 * Math.log2(1 + degree[i]!)) * 10) / 10),
  );

  return {
    attributes: {
      title: `Synthetic claim graph (${nodeCount} nodes, ${edges.length} claims)`,
      generatedAt: new Date(0).toISOString(),
      documents,
    },
    options: { type: "directed", multi: true, allowSelfLoops: false } as const,
    nodes,
    edges,
  };
}
