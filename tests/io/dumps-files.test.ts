import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectDocumentFiles, readDocumentFile } from "../../src/io/document-files";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-dumps-"));
  await mkdir(join(dir, "corpus", "feeds"), { recursive: true });
  await writeFile(join(dir, "corpus", "a.txt"), "Estonia was hit.");
  await writeFile(
    join(dir, "corpus", "feeds", "wire.jsonl"),
    '{"text": "Latvia was hit.", "date": "2021-05-05"}\n{"title": "no body"}\n{"text": "Finland helped."}\n',
  );
  await writeFile(
    join(dir, "corpus", "gold.json"),
    JSON.stringify({ doc: "a.txt", entities: [], relations: [] }),
  );
  await writeFile(join(dir, "corpus", "broken.json"), "[{");
  await writeFile(join(dir, "binary.csv"), Buffer.from([0x00, 0x01, 0x02]));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("article dumps among the paths given to ingest", () => {
  it("makes a document file of each record, named by its path below the folder and its number", async () => {
    const { files, warnings } = await collectDocumentFiles([join(dir, "corpus")]);
    expect(files.map((f) => f.id)).toEqual(["a.txt", "feeds/wire.jsonl#1", "feeds/wire.jsonl#3"]);
    expect(files[1]!.path).toBe(join(dir, "corpus", "feeds", "wire.jsonl#1"));
    // Gold annotations in the folder are passed over; a broken JSON file is named.
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^${join(dir, "corpus", "broken.json")}: skipped, not valid JSON`)),
      `${join(dir, "corpus", "feeds", "wire.jsonl")}: record 2 (line 2) skipped, no article text (expected a field text, body, content, article, article_text, article_body, full_text, main_text, story, html, raw_html, body_html, content_html, page_html)`,
    ]);
    const read = await readDocumentFile(files[1]!);
    expect(read).toEqual({
      ok: true,
      document: { id: "feeds/wire.jsonl#1", text: "Latvia was hit.", published: "2021-05-05" },
      warnings: [],
    });
  });

  it("names a JSON file given by name that is no dump, and a binary dump", async () => {
    const { files, warnings } = await collectDocumentFiles([
      join(dir, "corpus", "gold.json"),
      join(dir, "binary.csv"),
    ]);
    expect(files).toEqual([]);
    expect(warnings).toEqual([
      `${join(dir, "corpus", "gold.json")}: skipped, not an article dump (expected an array of article records or an object with an "articles" array)`,
      `${join(dir, "binary.csv")}: skipped, binary data (not a text file)`,
    ]);
  });
});
