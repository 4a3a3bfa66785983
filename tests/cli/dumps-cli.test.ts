import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../src/model";
import { ARTICLES, runCli, tempFolder } from "./run-cli";

let dir: string;
const tallinn = ARTICLES["docs/tallinn.txt"];

beforeAll(async () => {
  dir = await tempFolder({
    "dumps/feed.jsonl": [
      JSON.stringify({
        Link: "https://news.example/tallinn",
        Headline: "Estonia blames Russia",
        publishedAt: "2021-05-03T09:00:00Z",
        body: tallinn,
      }),
      "{ this record is cut off",
      JSON.stringify({ url: "https://news.example/riga", html: ARTICLES["docs/riga.html"] }),
    ].join("\n"),
    "dumps/export.csv": `url,title,date,text\nhttps://news.example/vilnius,Lithuania condemns attack,6 May 2021,"${ARTICLES["docs/vilnius.md"].replace(/"/g, '""')}"\n`,
    // Not a dump: a graph file lying in the same folder is passed over in silence.
    "dumps/old-graph.json": JSON.stringify({
      attributes: { title: "", generatedAt: "", documents: [] },
      nodes: [],
      edges: [],
    }),
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm run ingest on article dumps", { timeout: 120_000 }, () => {
  it("makes a document of each good record, with its date, title and address, and its text for the reader", async () => {
    const out = join(dir, "out", "graph.json");
    await import("node:fs/promises").then((fs) => fs.mkdir(join(dir, "out")));
    const run = runCli("ingest", [join(dir, "dumps"), "--out", out, "--json"]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.warnings.join("\n")).toMatch(/feed\.jsonl: record 2 \(line 2\) skipped, not valid JSON/);
    expect(summary.warnings.join("\n")).not.toContain("old-graph.json");

    const loaded = loadGraph(await readFile(out, "utf8"));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const documents = loaded.graph.getAttribute("documents");
    expect(documents.map((d) => d.id)).toEqual(["export.csv#1", "feed.jsonl#1", "feed.jsonl#3"]);
    expect(documents[1]).toMatchObject({
      title: "Estonia blames Russia",
      published: "2021-05-03",
      url: "https://news.example/tallinn",
    });
    expect(documents[0]).toMatchObject({ title: "Lithuania condemns attack", published: "2021-05-06" });
    // The reader looks for a graph's articles in documents/ beside it.
    expect(await readFile(join(dir, "out", "documents", "feed.jsonl#1"), "utf8")).toBe(tallinn);
    const riga = await readFile(join(dir, "out", "documents", "feed.jsonl#3"), "utf8");
    expect(riga).toHaveLength(ARTICLES["docs/riga.html"].length);
    expect(riga).not.toContain("<p>");
    // Every evidence offset points into the text written for the reader.
    let checked = 0;
    for (const edge of loaded.graph.edges()) {
      for (const ev of loaded.graph.getEdgeAttribute(edge, "evidence")) {
        if (ev.doc !== "feed.jsonl#1") continue;
        expect(tallinn.slice(ev.start, ev.end)).toContain(ev.quote.slice(0, 10));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("names a dump that is no dump when it is given by name", () => {
    const run = runCli("ingest", [join(dir, "dumps", "old-graph.json"), "--out", join(dir, "x.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${join(dir, "dumps", "old-graph.json")}: skipped, it is a graph file, not an article dump`,
    );
  });

  it("lists the record fields it reads in --help", () => {
    const run = runCli("ingest", ["--help"]);
    for (const field of [
      "published_at",
      "pub_date",
      "body",
      "content",
      "link",
      "source_url",
      "headline",
      "html",
    ])
      expect(run.stdout).toContain(field);
    expect(run.stdout).toContain(".jsonl");
  });
});
