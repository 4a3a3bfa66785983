import { describe, expect, it } from "vitest";
import { decodeBytes, documentFromBytes, looksBinary, MAX_DOCUMENT_BYTES } from "../../src/io/documents";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it("reads valid UTF-8", () => {
    expect(decodeBytes(utf8("Jean-Noël Barrot"))).toEqual({ text: "Jean-Noël Barrot", encoding: "utf-8" });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    // “Noël” in Windows-1252: curly quotes 0x93/0x94, ë 0xEB
    const bytes = new Uint8Array([0x93, 0x4e, 0x6f, 0xeb, 0x6c, 0x94]);
    expect(decodeBytes(bytes)).toEqual({ text: "“Noël”", encoding: "windows-1252" });
  });

  it("keeps a byte-order mark as a space so offsets stay put", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Estonia")]);
    expect(decodeBytes(bytes)?.text).toBe(" Estonia");
  });

  it("reads UTF-16 with its byte-order mark", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x45, 0x00, 0x55, 0x00]);
    expect(decodeBytes(bytes)).toEqual({ text: " EU", encoding: "utf-16le" });
  });

  it("recognises binary data: NUL bytes or many control characters", () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(new Uint8Array([1, 2, 3, 4, 5, 65, 66, 67]))).toBe(true);
    expect(looksBinary(utf8("plain text\twith tabs\r\nand lines\f"))).toBe(false);
  });
});

describe("documentFromBytes", () => {
  it("gives a document with the HTML text of an .html file", () => {
    const result = documentFromBytes("a.html", utf8("<p>Estonia</p>"));
    expect(result).toEqual({ ok: true, document: { id: "a.html", text: "\n  Estonia\n   " }, warnings: [] });
  });

  it("warns, naming the file, when it falls back to Windows-1252", () => {
    const result = documentFromBytes("old.txt", new Uint8Array([0x93, 0x41, 0x94]));
    expect(result.ok && result.warnings).toEqual([
      "old.txt: not valid UTF-8; read as Windows-1252 (check accented letters)",
    ]);
  });

  it.each([
    ["empty", new Uint8Array(0), "the file is empty"],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), "binary data"],
    ["huge", new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x41), "too big"],
    ["markup only", utf8("<html><script>x()</script></html>"), "no text"],
  ])("skips a %s file with one warning naming it", (_kind, bytes, reason) => {
    const result = documentFromBytes("bad.html", bytes, "in/bad.html");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.warning.startsWith("in/bad.html: skipped, ")).toBe(true);
      expect(result.warning).toContain(reason);
    }
  });
});
