import { describe, expect, it } from "vitest";
import { checkGraph, edgeKey, formatProblem, loadGraph, serializeGraph } from "../../src/model";

/** A small valid graph file; each test breaks one thing in a copy. */
function validFile() {
  return {
    attributes: {
      title: "test",
      generatedAt: "2026-01-01T00:00:00.000Z",
      documents: [{ id: "a.txt", title: "A", chars: 100 }],
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [
      {
        key: "state:montenegro",
        attributes: {
          label: "Montenegro",
          type: "state",
          aliases: [],
          mentions: [{ doc: "a.txt", start: 0, end: 10 }],
        },
      },
      {
        key: "state:france",
        attributes: { label: "France", type: "state", aliases: ["French"], mentions: [] },
      },
      {
        key: "agency:anssi",
        attributes: { label: "ANSSI", type: "agency", aliases: [], country: "state:france", mentions: [] },
      },
      {
        key: "incident:me-2022-08",
        attributes: { label: "Aug 2022 attack", type: "incident", date: "2022-08", mentions: [] },
      },
    ],
    edges: [
      {
        key: edgeKey("assisted", "agency:anssi", "state:montenegro"),
        source: "agency:anssi",
        target: "state:montenegro",
        attributes: {
          type: "assisted",
          claimants: [],
          stance: "asserted",
          evidence: [{ doc: "a.txt", quote: "ANSSI helped", start: 20, end: 32 }],
          confidence: 0.9,
          origin: "extracted",
        },
      },
      {
        key: edgeKey("attacked", "incident:me-2022-08", "state:montenegro"),
        source: "incident:me-2022-08",
        target: "state:montenegro",
        attributes: {
          type: "attacked",
          claimants: [],
          stance: "asserted",
          evidence: [{ doc: "a.txt", quote: "attack", start: 40, end: 46 }],
          confidence: 1,
          origin: "curated",
        },
      },
    ],
  };
}

function messages(input: unknown): string[] {
  const result = loadGraph(input);
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.problems.map(formatProblem);
}

describe("loadGraph", () => {
  it("accepts a valid file and round-trips it", () => {
    const result = loadGraph(JSON.stringify(validFile()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.order).toBe(4);
    expect(result.graph.size).toBe(2);
    expect(result.graph.getEdgeAttribute("assisted:agency:anssi->state:montenegro", "type")).toBe("assisted");
    const again = loadGraph(serializeGraph(result.graph));
    expect(again.ok).toBe(true);
  });

  it("rejects text that is not JSON", () => {
    expect(messages("{ nodes: [")[0]).toMatch(/^not valid JSON/);
  });

  it("names the path of a value of the wrong type", () => {
    const file = validFile();
    (file.edges[1]!.attributes.evidence[0] as { start: unknown }).start = "12";
    expect(messages(file)).toContain("edges[1].attributes.evidence[0].start: expected a number");
  });

  it("rejects an unknown edge type and lists the allowed ones", () => {
    const file = validFile();
    file.edges[0]!.attributes.type = "hacked";
    const [first] = messages(file);
    expect(first).toMatch(/^edges\[0\]\.attributes\.type: expected one of "attacked", "attributed-to"/);
  });

  it("rejects an edge type that does not fit its endpoints", () => {
    const file = validFile();
    file.edges[1] = {
      ...file.edges[1]!,
      key: edgeKey("attacked", "state:france", "state:montenegro"),
      source: "state:france",
    };
    expect(messages(file)).toContain(
      'edges[1].attributes.type: a "attacked" edge cannot go from a state to a state (allowed: incident → state/agency/organization)',
    );
  });

  it("rejects evidence offsets outside the document", () => {
    const file = validFile();
    file.edges[0]!.attributes.evidence[0]!.end = 5000;
    file.edges[1]!.attributes.evidence[0]!.doc = "missing.txt";
    const found = messages(file);
    expect(found).toContain(
      'edges[0].attributes.evidence[0].end: offset 5000 is past the end of "a.txt" (100 characters)',
    );
    expect(found).toContain(
      'edges[1].attributes.evidence[0].doc: unknown document "missing.txt" (not in attributes.documents)',
    );
  });

  it("reports every problem at once, not just the first", () => {
    const file = validFile();
    file.edges[0]!.attributes.confidence = 3;
    (file.nodes[0]!.attributes as { label: unknown }).label = 7;
    const found = messages(file);
    expect(found).toContain("nodes[0].attributes.label: expected a string");
    expect(found).toContain("edges[0].attributes.confidence: expected at most 1");
  });

  it("rejects edges to unknown nodes and keys that break the stable-key rule", () => {
    const file = validFile();
    file.edges[0]!.target = "state:atlantis";
    const found = messages(file);
    expect(found).toContain('edges[0].target: unknown node "state:atlantis"');
    expect(found).toContain('edges[0].key: expected "assisted:agency:anssi->state:atlantis"');
  });
});

describe("checkGraph (what ingest runs on the graph it writes)", () => {
  it("passes what loadGraph accepts, without touching the caller's objects", () => {
    const file = validFile();
    delete (file.nodes[3]!.attributes as { aliases?: string[] }).aliases;
    const before = JSON.stringify(file);
    const result = checkGraph(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.nodes[3]!.attributes.aliases).toEqual([]);
    expect(JSON.stringify(file)).toBe(before);
  });

  it("names the same problems loadGraph does", () => {
    const file = validFile();
    file.edges[0]!.target = "state:atlantis";
    file.nodes[2]!.attributes.country = "agency:anssi";
    const result = checkGraph(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual(messages(file));
    expect(result.problems.map(formatProblem)).toContain('edges[0].target: unknown node "state:atlantis"');
  });
});
