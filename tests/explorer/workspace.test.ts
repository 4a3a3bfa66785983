/**
 * The workbench's model apart from the page: workspaces in IndexedDB (fake-indexeddb), review with
 * undo/redo on the saved log, articles merged as the CLI merges them, the workspace file, and how a
 * dropped file is told apart.
 */
import { readFileSync } from "node:fs";
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { buildClaimGraph } from "../../src/graph/build";
import { claimRef } from "../../src/graph/review";
import { parseGazetteer, serializeGraph, type ReviewOp } from "../../src/model";
import { articleDocuments } from "../../src/explorer/workspace/article-files";
import { classifyJson } from "../../src/explorer/workspace/classify";
import { openWorkspaceDb, type WorkspaceRecord } from "../../src/explorer/workspace/db";
import { readWorkspaceFile, workspaceFile } from "../../src/explorer/workspace/file";
import { mergeArticles } from "../../src/explorer/workspace/merge";
import * as session from "../../src/explorer/workspace/session";
import { fixtureGraph } from "./fixture";

const ANSSI_ASSISTED = "assisted:agency:anssi->state:montenegro";
const STAMP = { by: "ana", at: "2026-12-02T05:00:00.000Z" };

function record(id = "w1"): WorkspaceRecord {
  return {
    meta: { id, name: `Workspace ${id}`, createdAt: STAMP.at, updatedAt: STAMP.at, base: { kind: "none" } },
    graph: serializeGraph(fixtureGraph()),
    texts: new Map([["fixture_ukraine_2022.txt", "Ukraine hit by defacement"]]),
    review: { ops: [], undone: [] },
  };
}

const keysOf = (graph: { edges(): string[]; nodes(): string[] }) =>
  [...graph.nodes(), ...graph.edges()].sort();

const reject = (workspace: session.OpenWorkspace, key: string): ReviewOp => ({
  op: "review-claim",
  claim: claimRef(workspace.graph, key),
  state: "rejected",
  ...STAMP,
});

describe("workspaces in IndexedDB", () => {
  it("keeps graph, texts and review log, lists, renames and deletes workspaces, and keeps settings", async () => {
    const factory = new IDBFactory();
    const db = await openWorkspaceDb(factory);
    const workspace = session.openWorkspace(record());
    const rejected = session.withOp(workspace, reject(workspace, ANSSI_ASSISTED));
    if (!rejected.ok) throw new Error(rejected.reason);
    await db.save(record());
    await db.saveReview(rejected.workspace.meta, rejected.workspace.review);
    await db.save(record("w2"));
    await db.rename("w2", "Second");
    await db.setSetting("userName", "ana");
    db.close();

    // A new page: everything comes back.
    const reopened = await openWorkspaceDb(factory);
    expect((await reopened.list()).map((w) => w.name).sort()).toEqual(["Second", "Workspace w1"]);
    const loaded = await reopened.load("w1");
    expect(loaded?.texts.get("fixture_ukraine_2022.txt")).toBe("Ukraine hit by defacement");
    const open = session.openWorkspace(loaded!);
    expect(open.graph.getEdgeAttribute(ANSSI_ASSISTED, "review")?.state).toBe("rejected");
    expect(open.extracted.getEdgeAttribute(ANSSI_ASSISTED, "review")).toBeUndefined();
    expect(await reopened.getSetting("userName")).toBe("ana");
    await reopened.remove("w2");
    expect(await reopened.load("w2")).toBeNull();
    expect((await reopened.list()).length).toBe(1);
  });

  it("reports a failed write by what went wrong, and loses nothing stored before", async () => {
    const db = await openWorkspaceDb(new IDBFactory());
    await db.save(record());
    const unstorable = { ...record(), graph: { ...serializeGraph(fixtureGraph()), broken: () => 0 } };
    await expect(db.save(unstorable as unknown as WorkspaceRecord)).rejects.toThrow(/could not store/);
    const kept = await db.load("w1");
    expect(session.openWorkspace(kept!).graph.size).toBe(fixtureGraph().size);
    expect(kept?.texts.size).toBe(1);
  });

  it("aborts a write whose put throws at once (storage full) whole: no graph without its texts", async () => {
    const factory = new IDBFactory();
    const db = await openWorkspaceDb(factory);
    await db.save(record());
    const bigger = fixtureGraph();
    bigger.addNode("state:iceland", { type: "state", label: "Iceland", aliases: [], mentions: [] });
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === "texts") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
    try {
      await expect(
        db.saveArticles(record().meta, serializeGraph(bigger), new Map([["new.txt", "Iceland"]])),
      ).rejects.toThrow(/storage for this page is full/);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const kept = await db.load("w1");
    expect(session.openWorkspace(kept!).graph.hasNode("state:iceland")).toBe(false);
    expect([...kept!.texts.keys()]).toEqual(["fixture_ukraine_2022.txt"]);
  });
});

describe("review in a workspace", () => {
  it("applies an operation, undoes it by replaying the log without it, and redoes it", () => {
    const workspace = session.openWorkspace(record());
    const applied = session.withOp(workspace, reject(workspace, ANSSI_ASSISTED));
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.workspace.graph.getEdgeAttribute(ANSSI_ASSISTED, "review")).toMatchObject({
      state: "rejected",
      by: "ana",
    });
    // The graph on screen changed in place; the extracted graph the log replays onto did not.
    expect(applied.workspace.graph).toBe(workspace.graph);
    expect(workspace.extracted.getEdgeAttribute(ANSSI_ASSISTED, "review")).toBeUndefined();
    expect(session.reviewProgress(applied.workspace.graph)).toEqual({
      reviewed: 1,
      total: workspace.graph.size,
    });

    const undone = session.undo(applied.workspace);
    expect(undone.graph).toBe(workspace.graph);
    expect(undone.graph.getEdgeAttribute(ANSSI_ASSISTED, "review")).toBeUndefined();
    expect(session.canRedo(undone)).toBe(true);
    const redone = session.redo(undone);
    expect(redone.graph.getEdgeAttribute(ANSSI_ASSISTED, "review")?.state).toBe("rejected");
    expect(redone.review.ops).toHaveLength(1);
    expect(session.canRedo(redone)).toBe(false);
  });

  it("changes the graph on screen in place: a merge, its undo and its redo keep one graph", () => {
    const workspace = session.openWorkspace(record());
    const graph = workspace.graph;
    const [into, from] = ["agency:anssi", "agency:ncsc"].map((key) => ({
      key,
      label: graph.getNodeAttribute(key, "label"),
      mentions: [],
    }));
    const before = graph.edges().length;
    const merged = session.withOp(workspace, { op: "merge-entities", into: into!, from: from!, ...STAMP });
    if (!merged.ok) throw new Error(merged.reason);
    expect(merged.workspace.graph).toBe(graph);
    expect(graph.hasNode("agency:ncsc")).toBe(false);
    const undone = session.undo(merged.workspace);
    expect(undone.graph).toBe(graph);
    expect(graph.hasNode("agency:ncsc")).toBe(true);
    expect(graph.edges().length).toBe(before);
    expect(keysOf(graph)).toEqual(keysOf(workspace.extracted));
    const redone = session.redo(undone);
    expect(redone.graph).toBe(graph);
    expect(graph.hasNode("agency:ncsc")).toBe(false);
  });

  it("puts newly extracted articles into the graph on screen, the log replayed onto them", () => {
    const workspace = session.openWorkspace(record());
    const graph = workspace.graph;
    const applied = session.withOp(workspace, reject(workspace, ANSSI_ASSISTED));
    if (!applied.ok) throw new Error(applied.reason);
    const bigger = fixtureGraph();
    bigger.addNode("state:iceland", { type: "state", label: "Iceland", aliases: [], mentions: [] });
    const replayed = session.replayOntoArticles(applied.workspace, JSON.stringify(serializeGraph(bigger)));
    const added = session.withArticles(applied.workspace, replayed, [["new.txt", "Iceland"]]);
    expect(added.graph).toBe(graph);
    expect(graph.hasNode("state:iceland")).toBe(true);
    expect(graph.getEdgeAttribute(ANSSI_ASSISTED, "review")?.state).toBe("rejected");
    expect(added.extracted.hasNode("state:iceland")).toBe(true);
    expect(added.texts.get("new.txt")).toBe("Iceland");
  });

  it("keeps a refused operation out of the log", () => {
    const workspace = session.openWorkspace(record());
    const result = session.withOp(workspace, {
      op: "edit-claim",
      claim: claimRef(workspace.graph, ANSSI_ASSISTED),
      changes: { type: "member-of" },
      ...STAMP,
    });
    expect(result.ok).toBe(false);
    expect(workspace.review.ops).toHaveLength(0);
  });
});

describe("articles into a workspace", () => {
  const gazetteer = parseGazetteer(
    readFileSync(new URL("../../graph-data/entities.json", import.meta.url), "utf8"),
  );
  if (!gazetteer.ok) throw new Error("gazetteer");
  const context = createExtractionContext(gazetteer.value, { referenceYear: 2026 });
  const extract = (name: string) =>
    extractDocument(
      { id: name, text: readFileSync(new URL(`../e2e/fixtures/documents/${name}`, import.meta.url), "utf8") },
      context,
    );
  const keys = (graph: { edges(): string[]; nodes(): string[] }) =>
    [...graph.nodes(), ...graph.edges()].sort();

  it("merges as the CLI does, whether the articles come in one drop or one after another", () => {
    const names = ["fixture_montenegro_2017.txt", "fixture_montenegro_2022.txt", "fixture_ukraine_2022.txt"];
    const extractions = names.map(extract);
    const cli = buildClaimGraph(extractions);
    const oneDrop = mergeArticles(null, extractions, { title: "t", layout: false });
    expect(keys(oneDrop)).toEqual(keys(cli));
    const first = mergeArticles(null, extractions.slice(0, 2), { title: "t", layout: false });
    const then = mergeArticles(first, extractions.slice(2), { title: "t", layout: false });
    expect(keys(then)).toEqual(keys(cli));
    expect(then.getAttribute("documents").map((d) => d.id)).toEqual(names);
    // Evidence is not doubled by going through the builder twice.
    for (const edge of cli.edges())
      expect(then.getEdgeAttribute(edge, "evidence")).toHaveLength(
        cli.getEdgeAttribute(edge, "evidence").length,
      );
  });

  it("names a file that cannot be read, and reads every record of a dump", () => {
    expect(articleDocuments("broken.txt", new Uint8Array([0, 1, 2, 0])).skipped).toEqual([
      { name: "broken.txt", reason: "binary data (not a text file)" },
    ]);
    expect(articleDocuments("notes.pdf", new Uint8Array([37, 80])).skipped[0]?.reason).toMatch(
      /not an article/,
    );
    const dump = [
      JSON.stringify({ title: "One", text: "NATO condemned the attack on Ukraine." }),
      "not json",
      JSON.stringify({ title: "Two", text: "France helped Montenegro." }),
    ].join("\n");
    const read = articleDocuments("feed.jsonl", new TextEncoder().encode(dump));
    expect(read.documents.map((d) => d.id)).toEqual(["feed.jsonl#1", "feed.jsonl#3"]);
    expect(read.warnings.join(" ")).toMatch(/record 2/);
  });
});

describe("workspace file and dropped files", () => {
  it("exports a workspace to one file and reads it back the same", () => {
    const workspace = session.openWorkspace(record());
    const applied = session.withOp(workspace, reject(workspace, ANSSI_ASSISTED));
    if (!applied.ok) throw new Error(applied.reason);
    const text = JSON.stringify(workspaceFile(applied.workspace));
    const parsed = readWorkspaceFile(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    const reopened = session.openWorkspace({ ...parsed.record, meta: applied.workspace.meta });
    expect(reopened.graph.getEdgeAttribute(ANSSI_ASSISTED, "review")?.state).toBe("rejected");
    expect(reopened.texts).toEqual(applied.workspace.texts);
    expect(readWorkspaceFile({ kind: "claim-graph-workspace", version: 1 })).toMatchObject({ ok: false });
    // The graph inside is checked as a graph file is, and a problem says where it is.
    const broken = JSON.parse(text) as {
      graph: { edges: { attributes: { evidence: { start: unknown }[] } }[] };
    };
    broken.graph.edges[0]!.attributes.evidence[0]!.start = "twelve";
    const refused = readWorkspaceFile(broken);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]).toMatch(/^graph\.edges\[0\]\.attributes\.evidence\[0\]\.start: /);
  });

  it("tells a workspace, a review log, a graph, a STIX bundle and a dump apart by content", () => {
    const file = new File(["{}"], "x.json");
    const kind = (json: unknown) => classifyJson(file, json).kind;
    expect(kind(workspaceFile(session.openWorkspace(record())))).toBe("workspace");
    expect(kind({ kind: "claim-graph-review-log", version: 1, ops: [] })).toBe("review-log");
    expect(kind(serializeGraph(fixtureGraph()))).toBe("graph");
    expect(kind({ type: "bundle", id: "bundle--1", objects: [] })).toBe("graph");
    expect(kind([{ title: "One", text: "..." }])).toBe("articles");
    expect(kind({ articles: [{ title: "One", text: "..." }] })).toBe("articles");
  });
});
