import { describe, expect, it } from "vitest";
import { htmlToText, markdownToText } from "../../src/io/html-text";

const HTML = `<!DOCTYPE html>
<html><head><title>Hackers hit Estonia</title>
<style>p { color: red; } .secret { content: "hidden style"; }</style>
<script type="text/javascript">var hidden = "<p>not text</p>";</script>
</head><body>
<!-- a comment that is <b>not</b> text -->
<nav><a href="/home" title="a > b">Home</a></nav>
<p class='lead'>TALLINN, 3 May 2021 &ndash; Estonia&#8217;s CERT said Russia&apos;s hackers hit the <b>Ministry</b> of Finance.</p>
<p>AT&amp;T&nbsp;and Fran&ccedil;ois helped &#x1F600; Don't stop.</p>
</body></html>`;

describe("htmlToText", () => {
  const text = htmlToText(HTML);

  it("keeps every offset: the text is as long as the file", () => {
    expect(text.length).toBe(HTML.length);
  });

  it("leaves each visible word at its offset in the original file", () => {
    for (const word of [
      "Hackers hit Estonia",
      "TALLINN, 3 May 2021",
      "CERT said Russia",
      "Ministry",
      "of Finance.",
      "Don't stop.",
    ]) {
      const at = text.indexOf(word);
      expect(at, word).toBeGreaterThanOrEqual(0);
      expect(HTML.slice(at, at + word.length)).toBe(word);
    }
  });

  it("drops scripts, styles, comments, menus and markup", () => {
    for (const gone of ["hidden", "not text", "color", "comment", "Home", "<", "href", "class"])
      expect(text).not.toContain(gone);
  });

  it("decodes entities in place, padded with spaces", () => {
    const at = HTML.indexOf("&ndash;");
    expect(text.slice(at, at + "&ndash;".length)).toBe("–      ");
    expect(text).toContain("Estonia’      s CERT");
    expect(text).toContain("AT&    T      and Fran");
    expect(text).toContain("ç       ois helped 😀        Don't");
  });

  it("puts a line break where a block element starts", () => {
    const lead = text.indexOf("TALLINN");
    expect(text.slice(0, lead).lastIndexOf("\n")).toBe(HTML.indexOf("<p class"));
  });

  it("keeps an unknown entity and a lone ampersand as they are", () => {
    expect(htmlToText("<p>R&D &madeup; fish & chips</p>")).toBe("\n  R&D &madeup; fish & chips\n   ");
  });
});

describe("markdownToText", () => {
  const MD =
    "# Estonia hit\n\nThe **CERT** said [Russia](https://example.org/ru) was _behind_ it.\n\n- item one\n> quoted\n";
  const text = markdownToText(MD);

  it("keeps offsets and words, drops the syntax", () => {
    expect(text.length).toBe(MD.length);
    for (const word of ["Estonia hit", "CERT", "Russia", "behind", "item one", "quoted"]) {
      const at = text.indexOf(word);
      expect(MD.slice(at, at + word.length)).toBe(word);
    }
    for (const gone of ["#", "**", "https", "_", "- ", ">"]) expect(text).not.toContain(gone);
  });
});
