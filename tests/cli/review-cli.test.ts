import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createClaimGraph,
  edgeKey,
  loadGraph,
  serializeGraph,
  type ClaimGraph,
  type ReviewLog,
  type ReviewOp,
} from "../../src/model";
import { applyReviewLogToCopy, claimRef, entityRef } from "../../src/graph/review";
import { ARTICLES, runCli, tempFolder } from "./run-cli";

let dir: string;
const STAMP = { by: "ana", at: "2026-12-02T09:30:00.000Z" };

beforeAll(async () => {
  dir = await tempFolder(ARTICLES);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function readGraph(path: string): Promise<ClaimGraph> {
  const loaded = loadGraph(await readFile(path, "utf8"));
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.graph;
}

/** What a user compares: each claim's key, type, ends and review state. */
function claims(graph: ClaimGraph) {
  return graph
    .mapEdges((key, a, source, target) => ({ key, type: a.type, source, target, review: a.review?.state }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

describe("npm run ingest -- --review", { timeout: 120_000 }, () => {
  it("replays a review log as the explorer does, and warns about an operation that finds nothing by its number", async () => {
    const extractedFile = join(dir, "extracted.json");
    expect(runCli("ingest", [join(dir, "docs"), "--out", extractedFile, "--quiet"]).code).toBe(0);
    const extracted = await readGraph(extractedFile);
    const [first, second] = extracted.edges();
    const states = extracted.filterNodes((_k, a) => a.type === "state").sort();
    expect(states.length).toBeGreaterThanOrEqual(2);
    const ops: ReviewOp[] = [
      { op: "review-claim", claim: claimRef(extracted, first!), state: "rejected", ...STAMP },
      { op: "review-claim", claim: claimRef(extracted, second!), state: "confirmed", ...STAMP },
      {
        op: "merge-entities",
        into: entityRef(extracted, states[0]!),
        from: entityRef(extracted, states[1]!),
        ...STAMP,
      },
      {
        op: "review-claim",
        claim: { key: "assisted:state:nowhere->state:elsewhere", evidence: [] },
        state: "confirmed",
        ...STAMP,
      },
    ];
    const log: ReviewLog = { kind: "claim-graph-review-log", version: 1, ops };
    const logFile = join(dir, "review.json");
    await writeFile(logFile, JSON.stringify(log));

    const reviewedFile = join(dir, "reviewed.json");
    const run = runCli("ingest", [join(dir, "docs"), "--out", reviewedFile, "--review", logFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`review: 3 of 4 operations of ${logFile} applied, 1 could not be`);
    expect(run.stdout).toContain(
      `${logFile}: op 4 (review-claim by ana at 2026-12-02T09:30:00.000Z): claim assisted:state:nowhere->state:elsewhere is not in the graph`,
    );

    const reviewed = await readGraph(reviewedFile);
    const inBrowser = applyReviewLogToCopy(extracted, log).graph;
    expect(claims(reviewed)).toEqual(claims(inBrowser));
    expect(reviewed.hasNode(states[1]!)).toBe(false);
    expect(reviewed.getEdgeAttribute(first!, "review")).toEqual({ state: "rejected", ...STAMP });
  });

  it("refuses a review log that is not one, naming the file and the field", async () => {
    const bad = join(dir, "bad-review.json");
    await writeFile(
      bad,
      JSON.stringify({ kind: "claim-graph-review-log", version: 1, ops: [{ op: "review-claim" }] }),
    );
    const out = join(dir, "never.json");
    const run = runCli("ingest", [join(dir, "docs"), "--out", out, "--review", bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad} is not a valid review log:`);
    expect(run.stderr).toMatch(/ops\[0\]\.claim: /);
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe("npm run eval -- --graph", { timeout: 120_000 }, () => {
  /** Finland offered Estonia help: one claim, scored against a gold that has it. */
  function graphFile(review?: "rejected" | "confirmed") {
    const graph = createClaimGraph({ documents: [{ id: "tallinn.txt", title: "T", chars: 200 }] });
    for (const [key, label] of [
      ["state:finland", "Finland"],
      ["state:estonia", "Estonia"],
    ])
      graph.addNode(key!, { label: label!, type: "state", aliases: [], mentions: [] });
    graph.addDirectedEdgeWithKey(
      edgeKey("offered-help", "state:finland", "state:estonia"),
      "state:finland",
      "state:estonia",
      {
        type: "offered-help",
        claimants: [],
        stance: "asserted",
        evidence: [{ doc: "tallinn.txt", quote: "Finland offered to help Estonia.", start: 161, end: 193 }],
        confidence: 0.8,
        origin: "extracted",
        ...(review ? { review: { state: review, ...STAMP } } : {}),
      },
    );
    return JSON.stringify(serializeGraph(graph));
  }

  it("scores a graph file, and ignores the claims a reviewer rejected", async () => {
    const gold = {
      doc: "tallinn.txt",
      entities: [
        { id: "state:finland", type: "state", name: "Finland" },
        { id: "state:estonia", type: "state", name: "Estonia" },
      ],
      relations: [
        {
          type: "offered-help",
          source: "state:finland",
          target: "state:estonia",
          evidence: "Finland offered to help",
        },
      ],
    };
    const folder = await tempFolder({
      "gold/tallinn.json": JSON.stringify(gold),
      "confirmed.json": graphFile("confirmed"),
      "rejected.json": graphFile("rejected"),
    });
    const score = (file: string) => {
      const run = runCli("eval", ["--graph", join(folder, file), "--gold", join(folder, "gold"), "--json"]);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout).relations;
    };
    expect(score("confirmed.json")).toMatchObject({ gold: 1, found: 1, recall: 1 });
    expect(score("rejected.json")).toMatchObject({ gold: 1, found: 0, recall: 0 });
    await rm(folder, { recursive: true, force: true });
  });

  it("says what is wrong with a file that is no valid graph", async () => {
    const gold = { doc: "x.txt", entities: [], relations: [] };
    const folder = await tempFolder({ "gold/x.json": JSON.stringify(gold), "broken.json": '{"nodes": []}' });
    const run = runCli("eval", ["--graph", join(folder, "broken.json"), "--gold", join(folder, "gold")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(folder, "broken.json")} is not a valid graph file:\n  attributes: `);
    await rm(folder, { recursive: true, force: true });
  });

  it("explains --graph in its help", () => {
    const run = runCli("eval", ["--help"]);
    expect(run.stdout).toContain("--graph FILE");
    expect(run.stdout).toContain("npm run eval -- --graph FILE --gold DIR");
  });
});
