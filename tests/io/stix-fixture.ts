/**
 * A generated claim graph with every node type and, for every edge type, one claim between every
 * pair of node types the data model allows, with claimants of every kind (none, a state, a person,
 * a group, several with per-quote claimants), both stances, dated and undated claims and articles.
 */
import {
  EDGE_RULES,
  EDGE_TYPES,
  edgeKey,
  loadGraph,
  type ClaimGraph,
  type EdgeAttributes,
  type NodeType,
} from "../../src/model";

const NODES: { key: string; label: string; type: NodeType; extra?: Record<string, unknown> }[] = [
  {
    key: "state:russia",
    label: "Russia",
    type: "state",
    extra: { aliases: ["Russian Federation", "Moscow"] },
  },
  { key: "state:montenegro", label: "Montenegro", type: "state" },
  { key: "agency:gru", label: "GRU", type: "agency", extra: { country: "state:russia" } },
  { key: "agency:anssi", label: "ANSSI", type: "agency" },
  { key: "organization:nato", label: "NATO", type: "organization" },
  { key: "organization:eu", label: "European Union", type: "organization", extra: { aliases: ["EU"] } },
  {
    key: "person:dritan-abazovic",
    label: "Dritan Abazović",
    type: "person",
    extra: { role: "Prime Minister", country: "state:montenegro" },
  },
  { key: "person:ivan", label: "Ivan the hacker", type: "person" },
  { key: "group:apt28", label: "APT28", type: "group", extra: { aliases: ["Fancy Bear", "Sofacy"] } },
  { key: "group:sandworm", label: "Sandworm", type: "group" },
  {
    key: "incident:montenegro-2022-08",
    label: "August 2022 attack on Montenegro's government",
    type: "incident",
    extra: { date: "2022-08", endDate: "2022-09-02", kind: "cyber" },
  },
  { key: "incident:coup-2016", label: "2016 coup plot", type: "incident", extra: { kind: "coup-plot" } },
];

const DOCS = [
  {
    id: "a.txt",
    title: "Montenegro blames Russia",
    publisher: "Reuters",
    published: "2022-08-26",
    url: "https://news.test/a?x=1&y=Ž",
    chars: 5000,
  },
  { id: "b.txt", title: "", chars: 4000 },
  { id: "c.txt", title: "Yearly review", publisher: "cve", published: "2021", chars: 3000 },
];

export const CLAIMANT_KINDS = [
  [],
  ["state:montenegro"],
  ["group:sandworm"],
  ["person:dritan-abazovic", "organization:nato"],
];

export function everyTypeGraph(): ClaimGraph {
  const byType = (type: NodeType) => NODES.filter((n) => n.type === type).map((n) => n.key);
  const edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[] = [];
  let n = 0;
  for (const type of EDGE_TYPES) {
    const rule = EDGE_RULES[type];
    for (const sourceType of rule.source)
      for (const targetType of rule.target) {
        const source = byType(sourceType)[0]!;
        const target = byType(targetType).find((k) => k !== source)!;
        const claimants = CLAIMANT_KINDS[n % CLAIMANT_KINDS.length]!.filter((c) => c !== source);
        const doc = DOCS[n % DOCS.length]!;
        const quote = `Quote ${n}: ${source} ${type} ${target} <b>&amp;</b> "quoted".`;
        edges.push({
          key: edgeKey(type, source, target),
          source,
          target,
          attributes: {
            type,
            ...(n % 3 === 0 ? {} : { date: ["2022", "2022-08", "2022-08-26"][n % 3]! }),
            claimants,
            stance: n % 4 === 1 ? "suspected" : "asserted",
            evidence: [
              { doc: doc.id, quote, start: n, end: n + quote.length },
              ...(claimants.length > 1
                ? [
                    {
                      doc: "a.txt",
                      quote: `Second quote ${n}.`,
                      start: 100,
                      end: 116,
                      claimants: [claimants[0]!],
                    },
                  ]
                : []),
            ],
            confidence: n % 5 === 0 ? 1 : 0.55,
            origin: n % 2 === 0 ? "extracted" : "curated",
            ...(n % 7 === 0 ? { review: { state: "confirmed" as const, by: "analyst" } } : {}),
          },
        });
        n++;
      }
  }
  const result = loadGraph({
    attributes: { title: "Every type", generatedAt: "2026-11-30T10:00:00.000Z", documents: DOCS },
    nodes: NODES.map((node) => ({
      key: node.key,
      attributes: { label: node.label, type: node.type, aliases: [], mentions: [], ...node.extra },
    })),
    edges,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.graph;
}
