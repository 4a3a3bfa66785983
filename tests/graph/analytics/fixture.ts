/**
 * A small invented claim graph for the analytics tests: Valdoria is attacked twice, blames Ostmark
 * (which denies it), asks Brenland and the North Pact for help; Lorna asks Kestria and gets nothing.
 */
import {
  createClaimGraph,
  edgeKey,
  type ClaimGraph,
  type EdgeAttributes,
  type EdgeType,
  type NodeAttributes,
  type NodeType,
} from "../../../src/model";

type NodeSpec = [key: string, type: NodeType, extra?: Partial<NodeAttributes>];
type EdgeSpec = [type: EdgeType, source: string, target: string, extra?: Partial<EdgeAttributes>];

export const NODES: NodeSpec[] = [
  ["state:valdoria", "state"],
  ["state:ostmark", "state"],
  ["state:brenland", "state"],
  ["state:kestria", "state"],
  ["state:lorna", "state"],
  ["agency:brenland-cyber-command", "agency", { country: "state:brenland" }],
  ["agency:valdoria-treasury", "agency", { country: "state:valdoria" }],
  ["agency:lorna-cert", "agency", { country: "state:lorna" }],
  ["person:ana-vel", "person", { country: "state:valdoria", role: "Defence Minister" }],
  ["organization:north-pact", "organization"],
  ["group:grey-fox", "group"],
  ["incident:valdoria-2021-03", "incident", { date: "2021-03-10" }],
  ["incident:valdoria-2023", "incident", { date: "2023" }],
];

export const EDGES: EdgeSpec[] = [
  ["attacked", "incident:valdoria-2021-03", "state:valdoria"],
  ["attacked", "incident:valdoria-2021-03", "agency:valdoria-treasury"],
  [
    "attributed-to",
    "incident:valdoria-2021-03",
    "state:ostmark",
    {
      date: "2021-03-20",
      claimants: ["person:ana-vel", "state:brenland"],
      evidence: [
        ev("doc-a", "Vel said Ostmark was behind the attack.", ["person:ana-vel"]),
        ev("doc-b", "Brenland blamed Ostmark.", ["state:brenland"]),
      ],
    },
  ],
  [
    "attributed-to",
    "incident:valdoria-2021-03",
    "group:grey-fox",
    {
      claimants: ["person:ana-vel"],
      stance: "suspected",
      evidence: [ev("doc-b", "Grey Fox may be involved.")],
    },
  ],
  ["denied", "state:ostmark", "incident:valdoria-2021-03", { date: "2021-03-22" }],
  ["attacked", "incident:valdoria-2023", "state:valdoria"],
  [
    "attributed-to",
    "incident:valdoria-2023",
    "state:ostmark",
    { evidence: [ev("doc-c", "Ostmark did it.")] },
  ],
  ["requested-help", "state:valdoria", "state:brenland", { date: "2021-03-11" }],
  ["offered-help", "state:brenland", "state:valdoria", { date: "2021-03-14" }],
  ["assisted", "agency:brenland-cyber-command", "agency:valdoria-treasury", { date: "2021-04" }],
  ["requested-help", "state:valdoria", "organization:north-pact", { date: "2021-03-12" }],
  ["assisted", "state:kestria", "state:valdoria"],
  ["requested-help", "state:lorna", "state:kestria", { date: "2022-05-02" }],
  ["member-of", "state:valdoria", "organization:north-pact"],
  ["part-of", "agency:brenland-cyber-command", "state:brenland"],
  ["part-of", "agency:valdoria-treasury", "state:valdoria"],
  ["part-of", "agency:lorna-cert", "state:lorna"],
  ["affiliated-with", "person:ana-vel", "state:valdoria"],
];

export function ev(doc: string, quote = "A quote.", claimants?: string[]) {
  return { doc, quote, start: 0, end: quote.length, ...(claimants ? { claimants } : {}) };
}

const label = (key: string) =>
  key
    .slice(key.indexOf(":") + 1)
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");

export function buildGraph(nodes: NodeSpec[], edges: EdgeSpec[]): ClaimGraph {
  const graph = createClaimGraph({
    title: "fixture",
    documents: [
      { id: "doc-a", title: "A", published: "2021-03-21", chars: 500 },
      { id: "doc-b", title: "B", published: "2021-04-02", chars: 500 },
      { id: "doc-c", title: "C", chars: 500 },
    ],
  });
  for (const [key, type, extra] of nodes)
    graph.addNode(key, { label: label(key), type, aliases: [], mentions: [], ...extra });
  for (const [type, source, target, extra] of edges)
    graph.addEdgeWithKey(edgeKey(type, source, target), source, target, {
      type,
      claimants: [],
      stance: "asserted",
      evidence: [ev("doc-a", `${label(source)} ${type} ${label(target)}.`)],
      confidence: 1,
      origin: "curated",
      ...extra,
    });
  return graph;
}

export function claimGraph(options: { empty?: boolean } = {}): ClaimGraph {
  return options.empty ? buildGraph([], []) : buildGraph(NODES, EDGES);
}
