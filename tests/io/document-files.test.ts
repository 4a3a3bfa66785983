import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  collectDocumentFiles,
  readDocumentFile,
  readDocumentFileSync,
  type DocumentFile,
} from "../../src/io/document-files";
import { MAX_DOCUMENT_BYTES } from "../../src/io/documents";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-docs-"));
  await mkdir(join(dir, "corpus", "more"), { recursive: true });
  await writeFile(join(dir, "corpus", "b.txt"), "Estonia was hit.");
  await writeFile(join(dir, "corpus", "a.html"), "<p>Finland helped.</p>");
  await writeFile(join(dir, "corpus", "notes.pdf"), "%PDF");
  await writeFile(join(dir, "corpus", ".hidden.txt"), "hidden");
  await writeFile(join(dir, "corpus", "more", "c.md"), "# Latvia");
  await writeFile(join(dir, "c.md"), "# Latvia again");
  await writeFile(join(dir, "report.pdf"), "%PDF");
  await writeFile(join(dir, "huge.txt"), Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x41));
  await symlink(join(dir, "gone.txt"), join(dir, "dangling.txt"));
  // A named pipe never ends: read without the check, the run would hang on it.
  execFileSync("mkfifo", [join(dir, "pipe.txt")]);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("collectDocumentFiles", () => {
  it("walks folders in name order, keeps document types, names them by their path below the folder", async () => {
    const { files, warnings } = await collectDocumentFiles([join(dir, "corpus")]);
    expect(files.map((f) => f.id)).toEqual(["a.html", "b.txt", "more/c.md"]);
    expect(warnings).toEqual([]);
  });

  it("warns once, naming it, for a missing path and for a file type it does not read", async () => {
    const { files, warnings } = await collectDocumentFiles([join(dir, "nope"), join(dir, "report.pdf")]);
    expect(files).toEqual([]);
    expect(warnings).toEqual([
      `${join(dir, "nope")}: skipped, no such file or folder`,
      expect.stringMatching(new RegExp(`^${join(dir, "report.pdf")}: skipped, not a document type we read`)),
    ]);
  });

  it("skips a second document with the same name, with a warning naming both", async () => {
    const { files, warnings } = await collectDocumentFiles([
      join(dir, "c.md"),
      join(dir, "corpus", "more", "c.md"),
    ]);
    expect(files.map((f) => f.path)).toEqual([join(dir, "c.md")]);
    expect(warnings).toEqual([
      `${join(dir, "corpus", "more", "c.md")}: skipped, same document name as ${join(dir, "c.md")}`,
    ]);
  });
});

// The extraction threads read blocking, everything else awaits: both readers must answer alike.
describe.each([
  ["readDocumentFile", readDocumentFile],
  ["readDocumentFileSync", async (file: DocumentFile) => readDocumentFileSync(file)],
])("%s", (_name, read) => {
  it("reads and decodes a file", async () => {
    const result = await read({ path: join(dir, "corpus", "b.txt"), id: "b.txt" });
    expect(result).toEqual({ ok: true, document: { id: "b.txt", text: "Estonia was hit." }, warnings: [] });
  });

  it.each([
    ["a folder given as a file", "corpus", "it is a folder, not a file"],
    ["an unreadable file (dangling link)", "dangling.txt", "no such file or folder"],
    ["a file over 5 MB", "huge.txt", "too big (5.0 MB; the limit is 5 MB)"],
    ["a named pipe", "pipe.txt", "not a regular file"],
  ])("skips %s with one warning naming it", async (_kind, name, reason) => {
    const path = join(dir, name);
    expect(await read({ path, id: name })).toEqual({
      ok: false,
      warning: `${path}: skipped, ${reason}`,
    });
  });
});
