/**
 * Reading and writing XML for the GEXF and GraphML formats: one parser per environment (the
 * browser's own DOMParser, fast and native; xmldom where there is none, as in Node), both strict
 * about well-formedness and both turning a broken file into a message with a line number.
 */
import { DOMParser as XmldomParser } from "@xmldom/xmldom";
import type { Problem } from "../model";

export type XmlRead =
  | { ok: true; document: Document; DocumentClass: abstract new () => Document }
  | { ok: false; problems: Problem[] };

/** Parses `text` and checks its root element is `<root>`; `format` names the file kind in messages. */
export function readXml(text: string, format: string, root: string): XmlRead {
  if (text.trim() === "") return fail(`${format}: the file is empty`);
  const parsed = typeof DOMParser === "function" ? parseNative(text) : parseXmldom(text);
  if (typeof parsed === "string") return fail(`${format}: not well-formed XML (${parsed})`);
  const found = parsed.documentElement?.localName;
  if (found !== root) {
    const hint =
      found === "gexf"
        ? " (this looks like a GEXF file)"
        : found === "graphml"
          ? " (this looks like a GraphML file)"
          : "";
    return fail(`${format}: expected a <${root}> root element, found <${found ?? "nothing"}>${hint}`);
  }
  if (parsed.getElementsByTagName("graph").length === 0)
    return fail(`${format}: the file has no <graph> element`);
  return { ok: true, document: parsed, DocumentClass: parsed.constructor as abstract new () => Document };
}

function fail(message: string): XmlRead {
  return { ok: false, problems: [{ path: "", message }] };
}

/** The browser reports errors inside the returned document, in a `<parsererror>` element. */
function parseNative(text: string): Document | string {
  const document = new DOMParser().parseFromString(text, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (!error) return document;
  // Chromium: <parsererror><h3>…</h3><div>error on line 2 at column 4: …</div><h3>…</h3></parsererror>
  const detail = error.getElementsByTagName("div")[0]?.textContent ?? error.textContent ?? "";
  return detail.trim().replace(/\s+/g, " ") || "parser error";
}

function parseXmldom(text: string): Document | string {
  let firstError: string | undefined;
  try {
    const document = new XmldomParser({
      onError: (level, message, context) => {
        if (level === "warning" || firstError !== undefined) return;
        const at = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)
          ?.locator;
        const what = message.replace(/^element parse error: (Error: )?/, "");
        firstError = at?.lineNumber ? `${what} at line ${at.lineNumber}, column ${at.columnNumber}` : what;
      },
    }).parseFromString(text, "application/xml");
    return firstError ?? (document as unknown as Document);
  } catch (error) {
    return firstError ?? (error as Error).message;
  }
}

// Characters XML 1.0 cannot hold at all, not even as character references.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * U+0085, U+2028 and U+2029 are XML 1.1 line ends: parsers that normalise them (xmldom) turn them
 * into "\n" in text and " " in attributes. Written as character references they survive. They can
 * only stand inside text or attribute values, so rewriting a whole serialised document is lossless.
 */
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;
export function protectLineSeparators(xml: string): string {
  return xml.replace(LINE_SEPARATORS, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes text for an element body or a double-quoted attribute; \r, \n and \t survive parsing. */
export function escapeXml(text: string): string {
  const escaped = text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
  return protectLineSeparators(escaped);
}

/** For writers that escape by themselves (graphology-gexf): only the characters XML cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}
