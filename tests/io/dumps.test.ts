import { describe, expect, it } from "vitest";
import { dumpRecordsOf, isoDate, readDump } from "../../src/io/dumps";

const ok = (result: ReturnType<typeof readDump>) => {
  if (!result.ok) throw new Error(result.warning);
  return result;
};

describe("JSON Lines dumps", () => {
  it("makes one document per record, id from the dump's name and the record number, with its metadata", () => {
    const dump = [
      JSON.stringify({
        URL: "https://news.example/a",
        Headline: "Ministry hacked",
        publishedAt: "2021-03-04T10:00:00Z",
        body: "The ministry said on Tuesday it was hacked.",
      }),
      "",
      JSON.stringify({
        link: "https://news.example/b",
        title: "Port attack",
        pubDate: "Thu, 04 Mar 2021 23:30:00 +0100",
        content: "Ports were hit.",
      }),
    ].join("\n");
    const { documents, warnings } = ok(readDump("feed.jsonl", dump));
    expect(warnings).toEqual([]);
    expect(documents).toEqual([
      {
        id: "feed.jsonl#1",
        text: "The ministry said on Tuesday it was hacked.",
        title: "Ministry hacked",
        url: "https://news.example/a",
        published: "2021-03-04",
      },
      {
        id: "feed.jsonl#2",
        text: "Ports were hit.",
        title: "Port attack",
        url: "https://news.example/b",
        published: "2021-03-04",
      },
    ]);
  });

  it("skips a bad record with a warning naming its number and line, and keeps the rest", () => {
    const dump = [
      '{"text": "First article."}',
      "",
      "{not json",
      '{"title": "no text here"}',
      '{"text": "Fourth article."}',
    ].join("\n");
    const { documents, warnings } = ok(readDump("feed.ndjson", dump));
    expect(documents.map((d) => d.id)).toEqual(["feed.ndjson#1", "feed.ndjson#4"]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^feed\.ndjson: record 2 \(line 3\) skipped, not valid JSON/);
    expect(warnings[1]).toMatch(
      /^feed\.ndjson: record 3 \(line 4\) skipped, no article text \(expected a field text, body/,
    );
  });

  it("reads html records as text with the offsets of the html, dated by their meta tags", () => {
    const html =
      '<html><head><meta property="article:published_time" content="2022-08-26T08:00:00Z"></head><body><p>Hackers hit the port.</p></body></html>';
    const [doc] = ok(readDump("pages.jsonl", JSON.stringify({ html }))).documents;
    expect(doc!.text).toHaveLength(html.length);
    expect(doc!.text.slice(html.indexOf("Hackers"), html.indexOf("Hackers") + 21)).toBe(
      "Hackers hit the port.",
    );
    expect(doc!.text).not.toContain("<p>");
    expect(doc!.published).toBe("2022-08-26");
  });

  it("keeps a record whose date it cannot read, with a warning", () => {
    const { documents, warnings } = ok(
      readDump("f.jsonl", JSON.stringify({ text: "Body.", date: "sometime soon" })),
    );
    expect(documents).toHaveLength(1);
    expect(documents[0]!.published).toBeUndefined();
    expect(warnings[0]).toMatch(/record 1 \(line 1\): publication date "sometime soon" not understood/);
  });
});

describe("JSON dumps", () => {
  it("reads an array of records and names the line a bad one starts on", () => {
    const dump = `[\n  {"text": "One."},\n  42,\n  {\n    "article": "Three."\n  }\n]`;
    const { documents, warnings } = ok(readDump("dump.json", dump));
    expect(documents.map((d) => [d.id, d.text])).toEqual([
      ["dump.json#1", "One."],
      ["dump.json#3", "Three."],
    ]);
    expect(warnings).toEqual(["dump.json: record 2 (line 3) skipped, not an object with named fields"]);
  });

  it("reads the articles of a news API answer", () => {
    const dump = JSON.stringify(
      { status: "ok", totalResults: 1, articles: [{ title: "T", content: "Body." }] },
      null,
      2,
    );
    expect(ok(readDump("api.json", dump)).documents).toEqual([
      { id: "api.json#1", title: "T", text: "Body." },
    ]);
  });

  it("tells a graph file, a review log or a STIX bundle apart from a dump by content", () => {
    const graph = readDump("g.json", JSON.stringify({ attributes: {}, nodes: [], edges: [] }));
    expect(graph).toEqual({
      ok: false,
      warning: "g.json: skipped, it is a graph file, not an article dump",
      notADump: true,
    });
    const log = readDump("r.json", JSON.stringify({ kind: "claim-graph-review-log", version: 1, ops: [] }));
    expect(log.ok || log.warning).toMatch(/a "claim-graph-review-log" file, not an article dump/);
    expect(dumpRecordsOf({ type: "bundle", objects: [{}] })).toBeUndefined();
    expect(dumpRecordsOf([{ text: "x" }])).toBeDefined();
  });

  it("counts the lines of records inside a news API answer", () => {
    const dump = JSON.stringify(
      { status: "ok", articles: [{ text: "One." }, { text: "" }, { text: "Three." }] },
      null,
      2,
    );
    const { documents, warnings } = ok(readDump("api.json", dump));
    expect(documents.map((d) => d.id)).toEqual(["api.json#1", "api.json#3"]);
    // Line 1 "{", 2 "status", 3 "articles": [, 4-6 record 1, 7-9 record 2.
    expect(warnings).toEqual([
      "api.json: record 2 (line 7) skipped, no article text (expected a field text, body, content, article, article_text, article_body, full_text, main_text, story, html, raw_html, body_html, content_html, page_html)",
    ]);
  });

  it("reads JSON Lines saved under .json", () => {
    const dump = '{"text": "One."}\n{"text": "Two."}\n';
    expect(ok(readDump("lines.json", dump)).documents).toHaveLength(2);
  });
});

describe("line endings", () => {
  it("reads Windows line endings in JSON Lines and CSV", () => {
    expect(ok(readDump("w.jsonl", '{"text": "One."}\r\n{"text": "Two."}\r\n')).documents).toHaveLength(2);
    const csv = ok(readDump("w.csv", "title,text\r\nA,One.\r\nB,Two.\r\n"));
    expect(csv.documents.map((d) => [d.title, d.text])).toEqual([
      ["A", "One."],
      ["B", "Two."],
    ]);
  });
});

describe("CSV dumps", () => {
  it("matches column names loosely and names a bad row's record and line", () => {
    const dump = [
      "Source_URL,Headline,Published_At,Article Text",
      'https://a.example,"Quoted, with comma","2021-03-04","First line',
      'second line of the same article"',
      "https://b.example,Too few fields",
      "https://c.example,Third,4 March 2021,Third article.",
    ].join("\n");
    const { documents, warnings } = ok(readDump("export.csv", dump));
    expect(documents).toEqual([
      {
        id: "export.csv#1",
        url: "https://a.example",
        title: "Quoted, with comma",
        published: "2021-03-04",
        text: "First line\nsecond line of the same article",
      },
      {
        id: "export.csv#3",
        url: "https://c.example",
        title: "Third",
        published: "2021-03-04",
        text: "Third article.",
      },
    ]);
    expect(warnings).toEqual(["export.csv: record 2 (line 4) skipped, 2 fields where the header has 4"]);
  });

  it("refuses a CSV with no text column as a whole", () => {
    expect(readDump("people.csv", "name,age\nAna,40\n")).toMatchObject({
      ok: false,
      warning: expect.stringMatching(/^people\.csv: skipped, no column holds the article text/),
    });
  });
});

describe("publication dates as dumps write them", () => {
  it.each([
    ["2021-03-04T23:30:00-05:00", "2021-03-04"],
    ["2021-03", "2021-03"],
    ["2021/3/4", "2021-03-04"],
    ["20210304T120000Z", "2021-03-04"],
    ["Thu, 04 Mar 2021 10:00:00 GMT", "2021-03-04"],
    ["March 4th, 2021", "2021-03-04"],
    [1614816000, "2021-03-04"],
    ["1614816000000", "2021-03-04"],
    ["2021-13-01", undefined],
    ["yesterday", undefined],
  ])("%s → %s", (given, expected) => {
    expect(isoDate(given)).toBe(expected);
  });
});
