/**
 * Generated graph files for `loadGraph` and the GEXF and GraphML readers: valid claim graphs (every
 * node and edge type, hostile text everywhere), the same graphs with one known fault at a known
 * path, and garbage. A valid file must load whole; a faulty one must be refused with a problem
 * naming where the fault is; garbage must be refused with a message, never an exception.
 */
import fc from "fast-check";
import {
  EDGE_RULES,
  EDGE_TYPES,
  edgeKey,
  formatProblem,
  loadGraph,
  NODE_TYPES,
  ORIGINS,
  STANCES,
  type LoadResult,
  type SerializedClaimGraph,
} from "../../model";
import { parseGexf, writeGexf } from "../../io/gexf";
import { parseGraphml, writeGraphml } from "../../io/graphml";
import { breakInput, check, checkFaultNamed, type Breaker as BreakerOf, type Fault } from "./check";
import { anyText, identifierText, partialDate } from "./text";

type Graph = SerializedClaimGraph;
type Node = Graph["nodes"][number];
type Edge = Graph["edges"][number];

const spanSeed = fc.record({ doc: fc.nat(), a: fc.nat(), b: fc.nat() });
type SpanSeed = { doc: number; a: number; b: number };

// Every text of a graph is picked by index from two small pools generated per graph: generating
// strings dominates the time, and a few distinct hostile texts per graph are all a file needs.
const seeds = fc.record({
  texts: fc.array(anyText(), { minLength: 1, maxLength: 8 }),
  identifiers: fc.uniqueArray(identifierText(), { minLength: 2, maxLength: 10 }),
  documents: fc.array(
    fc.record({
      title: fc.nat(),
      publisher: fc.option(fc.nat(), { nil: undefined }),
      published: fc.option(partialDate, { nil: undefined }),
      url: fc.option(fc.constantFrom("https://example.org/a", "javascript:alert(1)", ""), { nil: undefined }),
      chars: fc.nat(5000),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  nodes: fc.array(
    fc.record({
      type: fc.constantFrom(...NODE_TYPES),
      label: fc.nat(),
      aliases: fc.array(fc.nat(), { maxLength: 3 }),
      mentions: fc.array(spanSeed, { maxLength: 3 }),
      country: fc.option(fc.nat(), { nil: undefined }),
      date: fc.option(partialDate, { nil: undefined }),
      x: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
        nil: undefined,
      }),
    }),
    { minLength: 2, maxLength: 8 },
  ),
  edges: fc.array(
    fc.record({
      type: fc.constantFrom(...EDGE_TYPES),
      source: fc.nat(),
      target: fc.nat(),
      evidence: fc.array(
        fc.record({ span: spanSeed, quote: fc.nat(), claimants: fc.array(fc.nat(), { maxLength: 2 }) }),
        { minLength: 1, maxLength: 3 },
      ),
      claimants: fc.array(fc.nat(), { maxLength: 2 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      origin: fc.constantFrom(...ORIGINS),
      stance: fc.constantFrom(...STANCES),
      date: fc.option(partialDate, { nil: undefined }),
    }),
    { maxLength: 12 },
  ),
});

/** A valid claim graph built from the seeds: spans inside their documents, edges only where allowed. */
export const validGraph: fc.Arbitrary<Graph> = seeds.map((s) => {
  const text = (i: number) => s.texts[i % s.texts.length]!;
  const label = (i: number) => text(i) || "<b>unnamed</b>";
  // Document ids and node keys share the identifier pool: documents take the first ones.
  const documents = s.documents.slice(0, s.identifiers.length - 1).map((d, i) => ({
    id: s.identifiers[i]!,
    title: text(d.title),
    ...(d.publisher !== undefined && { publisher: text(d.publisher) }),
    ...(d.published && { published: d.published }),
    ...(d.url !== undefined && { url: d.url }),
    chars: d.chars,
  }));
  const span = ({ doc, a, b }: SpanSeed) => {
    const d = documents[doc % documents.length]!;
    const [x, y] = [a % (d.chars + 1), b % (d.chars + 1)];
    return { doc: d.id, start: Math.min(x, y), end: Math.max(x, y) };
  };
  const names = s.identifiers.slice(documents.length);
  const keys = new Set<string>();
  const nodes: Node[] = [];
  s.nodes.forEach((n, i) => {
    const key = `${n.type}:${names[i % names.length]!}`;
    if (keys.has(key)) return;
    keys.add(key);
    nodes.push({
      key,
      attributes: {
        label: label(n.label),
        type: n.type,
        aliases: n.aliases.map(text),
        mentions: n.mentions.map(span),
        ...(n.date && { date: n.date }),
        ...(n.x !== undefined && { x: n.x, y: -n.x, size: 3 }),
      },
    });
  });
  const states = nodes.filter((n) => n.attributes.type === "state");
  nodes.forEach((node, i) => {
    const country = s.nodes[i]!.country;
    if (country !== undefined && states.length > 0 && node.attributes.type !== "state")
      node.attributes.country = states[country % states.length]!.key;
  });
  const edges: Edge[] = [];
  const edgeKeys = new Set<string>();
  for (const e of s.edges) {
    const rule = EDGE_RULES[e.type];
    const sources = nodes.filter((n) => rule.source.includes(n.attributes.type));
    const source = sources[e.source % Math.max(1, sources.length)];
    const targets = nodes.filter((n) => rule.target.includes(n.attributes.type) && n !== source);
    const target = targets[e.target % Math.max(1, targets.length)];
    if (!source || !target) continue;
    const key = edgeKey(e.type, source.key, target.key);
    if (edgeKeys.has(key)) continue;
    edgeKeys.add(key);
    const claimant = (i: number) => nodes[i % nodes.length]!.key;
    edges.push({
      key,
      source: source.key,
      target: target.key,
      attributes: {
        type: e.type,
        claimants: [...new Set(e.claimants.map(claimant))],
        stance: e.stance,
        evidence: e.evidence.map((ev) => ({
          ...span(ev.span),
          quote: text(ev.quote),
          ...(ev.claimants.length > 0 && { claimants: ev.claimants.map(claimant) }),
        })),
        confidence: e.confidence,
        origin: e.origin,
        ...(e.date && { date: e.date }),
      },
    });
  }
  return {
    attributes: { title: text(0), generatedAt: "2026-12-02T00:00:00.000Z", documents },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
});

type Breaker = BreakerOf<Graph>;

const at = <T>(items: T[], pick: number): [T, number] | undefined =>
  items.length ? [items[pick % items.length]!, pick % items.length] : undefined;

/** Faults that the JSON file format can carry, each applied in place; undefined when the graph has no place for it. */
const BREAKERS: Breaker[] = [
  (g, p) => {
    const [node, i] = at(g.nodes, p)!;
    delete (node.attributes as Partial<Node["attributes"]>).label;
    return { name: "node without label", path: `nodes[${i}].attributes.label` };
  },
  (g, p) => {
    const [node, i] = at(g.nodes, p)!;
    (node.attributes as { type: string }).type = "planet";
    return { name: "unknown node type", path: `nodes[${i}].attributes.type` };
  },
  (g, p) => {
    const [node, i] = at(g.nodes, p)!;
    node.attributes.date = "2022-13";
    return { name: "impossible date", path: `nodes[${i}].attributes.date` };
  },
  (g, p) => {
    const [node, i] = at(g.nodes, p)!;
    node.attributes.mentions.push({ doc: "no-such-document\u0000", start: 0, end: 0 });
    return {
      name: "mention of an unknown document",
      path: `nodes[${i}].attributes.mentions[${node.attributes.mentions.length - 1}].doc`,
    };
  },
  (g, p) => {
    const [node, i] = at(g.nodes, p)!;
    const doc = g.attributes.documents[0]!;
    node.attributes.mentions.push({ doc: doc.id, start: doc.chars + 1, end: doc.chars + 1 + (p % 7) });
    return {
      name: "mention past the document's end",
      path: `nodes[${i}].attributes.mentions[${node.attributes.mentions.length - 1}].end`,
    };
  },
  (g, p) => {
    const [node] = at(g.nodes, p)!;
    g.nodes.push(structuredClone(node));
    return { name: "duplicate node key", path: `nodes[${g.nodes.length - 1}].key` };
  },
  (g, p) => {
    const [node, i] = at(g.nodes, p)!;
    node.attributes.country = "state:\u202eatlantis\u0001";
    return { name: "country that is no state of the graph", path: `nodes[${i}].attributes.country` };
  },
  (g, p) => {
    const found = at(g.edges, p);
    if (!found) return undefined;
    const [edge, i] = found;
    const k = p % edge.attributes.evidence.length;
    (edge.attributes.evidence[k] as { start: unknown }).start = "12";
    return { name: "offset that is a string", path: `edges[${i}].attributes.evidence[${k}].start` };
  },
  (g, p) => {
    const found = at(g.edges, p);
    if (!found) return undefined;
    const [edge, i] = found;
    edge.attributes.confidence = 1 + (p % 5) + 0.5;
    return { name: "confidence above 1", path: `edges[${i}].attributes.confidence` };
  },
  (g, p) => {
    const found = at(g.edges, p);
    if (!found) return undefined;
    const [edge, i] = found;
    edge.attributes.evidence = [];
    return { name: "claim without evidence", path: `edges[${i}].attributes.evidence` };
  },
  (g, p) => {
    const found = at(g.edges, p);
    if (!found) return undefined;
    const [edge, i] = found;
    // \u0001 cannot be in a generated key (identifierText), so this node is never in the graph.
    edge.source = "state:<img src=x onerror=alert(1)>\u0001";
    return { name: "edge from an unknown node", path: `edges[${i}].source` };
  },
  (g, p) => {
    const found = at(g.edges, p);
    if (!found) return undefined;
    const [edge, i] = found;
    edge.attributes.claimants.push("nobody:\u0001");
    return {
      name: "unknown claimant",
      path: `edges[${i}].attributes.claimants[${edge.attributes.claimants.length - 1}]`,
    };
  },
  (g, p) => {
    const found = at(g.edges, p);
    if (!found) return undefined;
    const [edge, i] = found;
    const doc = g.attributes.documents[p % g.attributes.documents.length]!;
    const k = p % edge.attributes.evidence.length;
    Object.assign(edge.attributes.evidence[k]!, { doc: doc.id, start: 0, end: doc.chars + 1 });
    return { name: "quote past the document's end", path: `edges[${i}].attributes.evidence[${k}].end` };
  },
  (g, p) => {
    const found = at(g.edges, p);
    if (!found) return undefined;
    const [edge, i] = found;
    (edge.attributes as { stance: string }).stance = "rumoured";
    return { name: "unknown stance", path: `edges[${i}].attributes.stance` };
  },
  (g, p) => {
    const found = at(g.edges, p);
    if (!found) return undefined;
    const [edge, i] = found;
    edge.key = `${edge.key}\u200b`;
    return { name: "edge key that is not type:source->target", path: `edges[${i}].key` };
  },
  (g, p) => {
    const [doc, i] = at(g.attributes.documents, p)!;
    doc.chars = -1 - (p % 3);
    return { name: "negative document length", path: `attributes.documents[${i}].chars` };
  },
  (g) => {
    (g as { nodes: unknown }).nodes = "<script>alert(1)</script>";
    return { name: "nodes that are not a list", path: "nodes" };
  },
];

const faultyGraph: fc.Arbitrary<{ graph: Graph; fault: Fault }> = fc
  .tuple(validGraph, fc.nat(BREAKERS.length - 1), fc.nat())
  .map(([graph, which, pick]) => {
    const copy = structuredClone(graph);
    return { graph: copy, fault: breakInput(BREAKERS, copy, which, pick) };
  });

function describe(result: LoadResult): string {
  return result.ok ? "loaded" : result.problems.map(formatProblem).join("; ");
}

/** Refused with at least one problem, each with a message: never an exception, never a silent empty graph. */
function checkRefused(
  result: LoadResult,
  what: string,
): asserts result is Extract<LoadResult, { ok: false }> {
  check(!result.ok, () => `${what} was accepted`);
  if (result.ok) return;
  check(result.problems.length > 0, () => `${what} was refused with no problem named`);
  for (const p of result.problems)
    check(
      typeof p.message === "string" && p.message.length > 0,
      () => `${what}: a problem without a message`,
    );
}

function checkLoaded(result: LoadResult, graph: Graph, what: string): void {
  check(result.ok, () => `${what} did not load: ${describe(result)}`);
  if (!result.ok) return;
  check(
    result.graph.order === graph.nodes.length && result.graph.size === graph.edges.length,
    () =>
      `${what} loaded ${result.graph.order} nodes and ${result.graph.size} edges instead of ${graph.nodes.length} and ${graph.edges.length}`,
  );
}

/** Graph JSON files: valid, faulty, truncated, or any JSON at all. */
export const jsonGraphProperty = fc.property(
  fc.oneof(
    { weight: 3, arbitrary: validGraph.map((graph) => ({ kind: "valid" as const, graph })) },
    { weight: 5, arbitrary: faultyGraph.map((f) => ({ kind: "faulty" as const, ...f })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(validGraph, fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([graph, share]) => ({ kind: "truncated" as const, graph, share })),
    },
    { weight: 1, arbitrary: fc.jsonValue().map((json) => ({ kind: "any" as const, json })) },
  ),
  (file) => {
    switch (file.kind) {
      case "valid": {
        checkLoaded(loadGraph(JSON.stringify(file.graph)), file.graph, "a valid graph file");
        return;
      }
      case "faulty": {
        checkFaultNamed(loadGraph(JSON.stringify(file.graph)), file.fault, "a graph");
        return;
      }
      case "truncated": {
        const text = JSON.stringify(file.graph);
        const cut = Math.floor(file.share * text.length);
        if (cut >= text.length) return;
        checkRefused(
          loadGraph(text.slice(0, cut)),
          `a graph file cut at ${cut} of ${text.length} characters`,
        );
        return;
      }
      case "any": {
        const result = loadGraph(JSON.stringify(file.json));
        if (!result.ok) checkRefused(result, "a JSON value");
        return;
      }
    }
  },
);

const XML_FORMATS = {
  gexf: { write: writeGexf, parse: parseGexf },
  graphml: { write: writeGraphml, parse: parseGraphml },
} as const;

/** Faults that survive a GEXF or GraphML round trip, named by the node or edge key in the message. */
const XML_BREAKERS = [0, 1, 2, 8, 13] as const;

/** GEXF and GraphML files: our own export of valid and faulty graphs, truncated files, any text. */
export const xmlGraphProperty = (format: keyof typeof XML_FORMATS) =>
  fc.property(
    fc.oneof(
      { weight: 3, arbitrary: validGraph.map((graph) => ({ kind: "valid" as const, graph })) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(validGraph, fc.constantFrom(...XML_BREAKERS), fc.nat())
          .map(([graph, which, pick]) => ({ kind: "faulty" as const, graph, which, pick })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(validGraph, fc.double({ min: 0, max: 1, noNaN: true }))
          .map(([graph, share]) => ({ kind: "truncated" as const, graph, share })),
      },
      { weight: 1, arbitrary: anyText(400).map((text) => ({ kind: "any" as const, text })) },
    ),
    (file) => {
      const { write, parse } = XML_FORMATS[format];
      switch (file.kind) {
        case "valid": {
          const loaded = loadGraph(file.graph);
          check(loaded.ok, () => `generator bug: ${describe(loaded)}`);
          if (!loaded.ok) return;
          checkLoaded(parse(write(loaded.graph)), file.graph, `a valid graph exported as ${format}`);
          return;
        }
        case "faulty": {
          const loaded = loadGraph(file.graph);
          if (!loaded.ok) return;
          const graph = loaded.graph;
          // The same faults as in JSON, put into the graph before it is written.
          const copy = structuredClone(file.graph);
          const fault = BREAKERS[file.which]!(copy, file.pick);
          if (!fault) return;
          const element = /^(nodes|edges)\[(\d+)\]/.exec(fault.path)!;
          const key = (element[1] === "nodes" ? copy.nodes : copy.edges)[Number(element[2])]!.key;
          if (element[1] === "nodes")
            graph.replaceNodeAttributes(key, copy.nodes[Number(element[2])]!.attributes);
          else graph.replaceEdgeAttributes(key, copy.edges[Number(element[2])]!.attributes);
          const result = parse(write(graph));
          checkRefused(result, `a ${format} file with a ${fault.name}`);
          check(
            result.problems.some((p) => formatProblem(p).includes(`"${key}"`)),
            () => `a ${format} file with a ${fault.name} on "${key}" got: ${describe(result)}`,
          );
          return;
        }
        case "truncated": {
          const loaded = loadGraph(file.graph);
          if (!loaded.ok) return;
          const text = write(loaded.graph);
          const cut = Math.floor(file.share * text.length);
          // Cutting only trailing white space leaves the file whole.
          if (text.slice(cut).trim() === "") return;
          checkRefused(
            parse(text.slice(0, cut)),
            `a ${format} file cut at ${cut} of ${text.length} characters`,
          );
          return;
        }
        case "any": {
          const result = parse(file.text);
          if (!result.ok) checkRefused(result, `any text read as ${format}`);
          return;
        }
      }
    },
  );
