import { describe, expect, it } from "vitest";
import { edgeKey, loadGraph, serializeGraph } from "../../src/model";
import {
  applyReviewLogInPlace,
  applyReviewLogToCopy,
  applyReviewOpInPlace,
  claimRef,
  entityRef,
  formatReviewProblem,
} from "../../src/graph/review";
import { extractedGraph, KEYS, log, STAMP } from "./review-fixture";

const reloads = (graph: ReturnType<typeof extractedGraph>) =>
  loadGraph(JSON.stringify(serializeGraph(graph))).ok;

describe("review verdicts", () => {
  it("keeps a rejected claim in the graph with who rejected it and when, and leaves the extracted graph alone", () => {
    const extracted = extractedGraph();
    const replay = applyReviewLogToCopy(
      extracted,
      log({ op: "review-claim", claim: claimRef(extracted, KEYS.blamesGru), state: "rejected", ...STAMP }),
    );
    expect(replay).toMatchObject({ applied: 1, problems: [] });
    expect(replay.graph.getEdgeAttribute(KEYS.blamesGru, "review")).toEqual({ state: "rejected", ...STAMP });
    expect(replay.graph.size).toBe(extracted.size);
    expect(extracted.getEdgeAttribute(KEYS.blamesGru, "review")).toBeUndefined();
    expect(reloads(replay.graph)).toBe(true);
  });

  it("takes a verdict back with 'unreviewed'", () => {
    const graph = extractedGraph();
    const ref = claimRef(graph, KEYS.attacked);
    applyReviewLogInPlace(
      graph,
      log(
        { op: "review-claim", claim: ref, state: "confirmed", ...STAMP },
        { op: "review-claim", claim: ref, state: "unreviewed", ...STAMP },
      ),
    );
    expect(graph.getEdgeAttribute(KEYS.attacked, "review")).toBeUndefined();
  });
});

describe("replay after re-extraction", () => {
  it("finds a claim whose key changed by its evidence", () => {
    const before = extractedGraph();
    const reviewLog = log({
      op: "review-claim",
      claim: claimRef(before, KEYS.blamesRussia),
      state: "confirmed",
      ...STAMP,
    });
    // The new extractor names the incident differently: same sentences, new keys.
    const after = extractedGraph("incident:montenegro-government-2022-08");
    const newKey = edgeKey("attributed-to", "incident:montenegro-government-2022-08", "state:russia");
    const replay = applyReviewLogInPlace(after, reviewLog);
    expect(replay.problems).toEqual([]);
    expect(after.getEdgeAttribute(newKey, "review")?.state).toBe("confirmed");
    // The other claim of the incident shares no sentence with it and stays unreviewed.
    expect(
      after.getEdgeAttribute(
        edgeKey("attacked", "incident:montenegro-government-2022-08", "state:montenegro"),
        "review",
      ),
    ).toBeUndefined();
    expect(replay.notices.join("\n")).toContain(`as ${newKey} by its evidence`);
  });

  it("finds an entity whose key changed by its mentions", () => {
    const before = extractedGraph();
    const reviewLog = log({
      op: "rename-entity",
      entity: entityRef(before, "incident:montenegro-2022-08"),
      label: "Montenegro government hack",
      ...STAMP,
    });
    const after = extractedGraph("incident:montenegro-2022-08-2");
    expect(applyReviewLogInPlace(after, reviewLog).problems).toEqual([]);
    expect(after.getNodeAttribute("incident:montenegro-2022-08-2", "label")).toBe(
      "Montenegro government hack",
    );
    expect(after.getNodeAttribute("incident:montenegro-2022-08-2", "aliases")).toContain(
      "August 2022 attack on Montenegro",
    );
  });

  it("reports an operation that finds nothing by its number and reason, and applies the rest", () => {
    const graph = extractedGraph();
    const reviewLog = log(
      { op: "review-claim", claim: claimRef(graph, KEYS.attacked), state: "confirmed", ...STAMP },
      {
        op: "review-claim",
        claim: {
          key: "assisted:state:france->state:montenegro",
          evidence: [{ doc: "c.txt", start: 5, end: 60 }],
        },
        state: "rejected",
        ...STAMP,
      },
      { op: "review-claim", claim: claimRef(graph, KEYS.anssiHelped), state: "rejected", ...STAMP },
    );
    const replay = applyReviewLogInPlace(graph, reviewLog);
    expect(replay.applied).toBe(2);
    expect(replay.problems).toHaveLength(1);
    expect(replay.problems[0]!.op).toBe(2);
    expect(replay.problems[0]!.reason).toMatch(/assisted:state:france->state:montenegro is not in the graph/);
    expect(formatReviewProblem(replay.problems[0]!, reviewLog)).toMatch(/^op 2 \(review-claim by ana at /);
    expect(graph.getEdgeAttribute(KEYS.anssiHelped, "review")?.state).toBe("rejected");
  });

  it("refuses to guess between two claims that fit a vanished key equally well", () => {
    const graph = extractedGraph();
    const outcome = applyReviewOpInPlace(graph, {
      op: "review-claim",
      // Its spans cover the evidence of both attributions, and it shares an end with neither.
      claim: {
        key: "attributed-to:incident:gone->state:france",
        evidence: [
          { doc: "a.txt", start: 41, end: 90 },
          { doc: "b.txt", start: 0, end: 50 },
        ],
      },
      state: "confirmed",
      ...STAMP,
    });
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/equally well/) });
  });

  it("does not put a verdict on another kind of claim that the same sentence supports", () => {
    const graph = extractedGraph();
    // The sentence of the attack claim once supported a condemnation the new extraction lacks.
    const outcome = applyReviewOpInPlace(graph, {
      op: "review-claim",
      claim: {
        key: "condemned:state:france->incident:montenegro-2022-08",
        evidence: [{ doc: "a.txt", start: 0, end: 40 }],
      },
      state: "rejected",
      ...STAMP,
    });
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no condemned claim has evidence/),
    });
    expect(graph.getEdgeAttribute(KEYS.attacked, "review")).toBeUndefined();
  });
});

describe("merging entities", () => {
  it("joins aliases, re-points claims, joins duplicates with their evidence and drops self-loops with a notice", () => {
    const graph = extractedGraph();
    const replay = applyReviewLogInPlace(
      graph,
      log({
        op: "merge-entities",
        into: entityRef(graph, "state:russia"),
        from: entityRef(graph, "agency:gru"),
        ...STAMP,
      }),
    );
    expect(replay.problems).toEqual([]);
    expect(graph.hasNode("agency:gru")).toBe(false);
    expect(graph.getNodeAttribute("state:russia", "aliases")).toEqual(["Moscow", "GRU"]);
    // The GRU attribution became a second Russia attribution: one claim with both sentences.
    expect(graph.hasEdge(KEYS.blamesGru)).toBe(false);
    expect(graph.getEdgeAttribute(KEYS.blamesRussia, "evidence").map((e) => e.doc)).toEqual([
      "a.txt",
      "b.txt",
    ]);
    expect(graph.hasEdge(KEYS.gruPartOfRussia)).toBe(false);
    expect(replay.notices).toContain(
      `op 1 (merge-entities): dropped claim ${KEYS.gruPartOfRussia}: it would join state:russia to itself`,
    );
    expect(reloads(graph)).toBe(true);
  });

  it("refuses a merge whose claims the data model would not allow, changing nothing", () => {
    const graph = extractedGraph();
    const before = JSON.stringify(serializeGraph(graph));
    const outcome = applyReviewOpInPlace(graph, {
      op: "merge-entities",
      into: entityRef(graph, "state:montenegro"),
      from: entityRef(graph, "incident:montenegro-2022-08"),
      ...STAMP,
    });
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/"attributed-to" from a state/),
    });
    expect(JSON.stringify(serializeGraph(graph))).toBe(before);
  });

  it("re-points the claimants that named the merged entity", () => {
    const graph = extractedGraph();
    // Built as the graph builder builds nodes: fields it has no value for are there, undefined.
    graph.addNode("person:krapovic", {
      label: "Krapović",
      type: "person",
      aliases: [],
      mentions: [],
      role: undefined,
    });
    applyReviewOpInPlace(graph, {
      op: "merge-entities",
      into: entityRef(graph, "person:krapovic"),
      from: entityRef(graph, "person:dragan-krapovic"),
      ...STAMP,
    });
    const attributes = graph.getEdgeAttributes(KEYS.blamesRussia);
    expect(attributes.claimants).toEqual(["person:krapovic"]);
    expect(attributes.evidence[0]!.claimants).toEqual(["person:krapovic"]);
    expect(graph.getNodeAttribute("person:krapovic", "role")).toBe("Defence Minister");
  });
});

describe("editing claims", () => {
  it("moves an edited claim to its new key and joins the claim already there, marked curated", () => {
    const graph = extractedGraph();
    const replay = applyReviewLogInPlace(
      graph,
      log({
        op: "edit-claim",
        claim: claimRef(graph, KEYS.blamesGru),
        changes: { target: entityRef(graph, "state:russia"), stance: "suspected", date: "2022-08-26" },
        ...STAMP,
      }),
    );
    expect(replay.problems).toEqual([]);
    expect(graph.hasEdge(KEYS.blamesGru)).toBe(false);
    const joined = graph.getEdgeAttributes(KEYS.blamesRussia);
    expect(joined).toMatchObject({
      origin: "curated",
      confidence: 1,
      stance: "suspected",
      date: "2022-08-26",
    });
    expect(joined.evidence).toHaveLength(2);
    expect(replay.notices.join("\n")).toContain(`joined claim ${KEYS.blamesRussia}`);
  });

  it("refuses a type the data model does not allow between the two ends", () => {
    const graph = extractedGraph();
    const outcome = applyReviewOpInPlace(graph, {
      op: "edit-claim",
      claim: claimRef(graph, KEYS.anssiHelped),
      changes: { type: "member-of" },
      ...STAMP,
    });
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/"member-of" claim cannot go from a agency/),
    });
    expect(graph.getEdgeAttribute(KEYS.anssiHelped, "origin")).toBe("extracted");
  });

  it("sets claimants and lets them replace the sentence-level ones", () => {
    const graph = extractedGraph();
    applyReviewOpInPlace(graph, {
      op: "edit-claim",
      claim: claimRef(graph, KEYS.blamesRussia),
      changes: { claimants: [entityRef(graph, "state:montenegro")], date: null },
      ...STAMP,
    });
    const attributes = graph.getEdgeAttributes(KEYS.blamesRussia);
    expect(attributes.claimants).toEqual(["state:montenegro"]);
    expect(attributes.evidence[0]!.claimants).toBeUndefined();
  });
});

describe("entities and claims added by hand", () => {
  it("adds an entity and a claim with its passage as evidence", () => {
    const graph = extractedGraph();
    const replay = applyReviewLogInPlace(
      graph,
      log(
        {
          op: "add-entity",
          entity: { key: "group:sandworm", label: "Sandworm", type: "group", aliases: [] },
          ...STAMP,
        },
        {
          op: "add-claim",
          claim: {
            type: "attributed-to",
            source: { key: "group:sandworm", mentions: [] },
            target: entityRef(graph, "agency:gru"),
            stance: "asserted",
            claimants: [],
            evidence: [{ doc: "b.txt", quote: "Sandworm, a GRU unit", start: 100, end: 120 }],
          },
          ...STAMP,
        },
      ),
    );
    expect(replay.problems).toEqual([]);
    expect(graph.getEdgeAttributes(edgeKey("attributed-to", "group:sandworm", "agency:gru"))).toMatchObject({
      origin: "curated",
      confidence: 1,
      evidence: [{ doc: "b.txt", quote: "Sandworm, a GRU unit", start: 100, end: 120 }],
    });
    expect(reloads(graph)).toBe(true);
  });

  it("refuses evidence in a document the graph does not have", () => {
    const graph = extractedGraph();
    const outcome = applyReviewOpInPlace(graph, {
      op: "add-claim",
      claim: {
        type: "condemned",
        source: entityRef(graph, "state:france"),
        target: entityRef(graph, "incident:montenegro-2022-08"),
        stance: "asserted",
        claimants: [],
        evidence: [{ doc: "missing.txt", quote: "France condemned", start: 0, end: 16 }],
      },
      ...STAMP,
    });
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/"missing.txt", which is not in the graph/),
    });
  });
});

describe("renaming and retyping entities", () => {
  it("retypes an entity: its key's prefix changes and its claims follow", () => {
    const graph = extractedGraph();
    const replay = applyReviewLogInPlace(
      graph,
      log({ op: "retype-entity", entity: entityRef(graph, "agency:anssi"), type: "organization", ...STAMP }),
    );
    expect(replay.problems).toEqual([]);
    expect(graph.hasNode("agency:anssi")).toBe(false);
    expect(graph.getNodeAttribute("organization:anssi", "type")).toBe("organization");
    expect(graph.hasEdge(edgeKey("assisted", "organization:anssi", "state:montenegro"))).toBe(true);
    expect(reloads(graph)).toBe(true);
  });

  it("refuses to retype a state that other entities name as their country", () => {
    const graph = extractedGraph();
    const outcome = applyReviewOpInPlace(graph, {
      op: "retype-entity",
      entity: entityRef(graph, "state:russia"),
      type: "group",
      ...STAMP,
    });
    expect(outcome.ok).toBe(false);
    expect(graph.hasNode("state:russia")).toBe(true);
  });
});

describe("undo", () => {
  it("replaying the log without its last operation gives the graph before that operation", () => {
    const extracted = extractedGraph();
    const first = {
      op: "review-claim",
      claim: claimRef(extracted, KEYS.attacked),
      state: "confirmed",
      ...STAMP,
    } as const;
    const second = {
      op: "merge-entities",
      into: entityRef(extracted, "state:russia"),
      from: entityRef(extracted, "agency:gru"),
      ...STAMP,
    } as const;
    const afterFirst = applyReviewLogToCopy(extracted, log(first)).graph;
    const afterBoth = applyReviewLogToCopy(extracted, log(first, second)).graph;
    expect(afterBoth.hasNode("agency:gru")).toBe(false);
    const undone = applyReviewLogToCopy(extracted, log(first)).graph;
    expect(serializeGraph(undone)).toEqual(serializeGraph(afterFirst));
    expect(undone.hasNode("agency:gru")).toBe(true);
  });
});
