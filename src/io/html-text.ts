/**
 * HTML and Markdown to plain text with every offset kept: markup is replaced by spaces of the same
 * length, so a character at offset i of the text is the character at offset i of the source, and
 * evidence offsets computed on the text point into the original file.
 */
import { decodeHTML } from "entities";

/**
 * Elements whose whole content is not article text: code, styles, embedded media, menus and
 * controls. (`form` is not among them: some sites wrap the whole page in one.)
 */
const HIDDEN_ELEMENTS = [
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "nav",
  "select",
  "button",
];

/** Tags that break a line when rendered: they become a newline followed by spaces. */
const BLOCK_TAGS = new Set(
  (
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 " +
    "header hr li main nav ol p pre section table tbody td tfoot th thead title tr ul"
  ).split(" "),
);

const blank = (s: string) => s.replace(/[^\n]/g, " ");

const HIDDEN_RE = new RegExp(
  `<!--[\\s\\S]*?(?:-->|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>|$)|<(${HIDDEN_ELEMENTS.join("|")})\\b[\\s\\S]*?(?:</\\1\\s*>|$)`,
  "gi",
);
// Quoted attribute values may hold ">"; a lone quote (an unquoted "Don't") is an ordinary character.
const TAG_RE = /<\/?([a-zA-Z][\w:-]*)(?:=\s*"[^"]*"|=\s*'[^']*'|[^>"']|["'])*>|<![^>]*>|<\?[^>]*>/g;
const ENTITY_RE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});?/g;

/** Replaces each HTML entity by its character followed by spaces, so the length is unchanged. */
function decodeEntitiesInPlace(text: string): string {
  return text.replace(ENTITY_RE, (entity) => {
    const decoded = decodeHTML(entity);
    if (decoded === entity || decoded.length > entity.length) return entity;
    const visible = decoded === "\u00a0" ? " " : decoded;
    return visible + " ".repeat(entity.length - visible.length);
  });
}

export function htmlToText(html: string): string {
  const withoutHidden = html.replace(HIDDEN_RE, blank);
  const withoutTags = withoutHidden.replace(TAG_RE, (tag, name: string | undefined) => {
    const spaces = blank(tag);
    return name && BLOCK_TAGS.has(name.toLowerCase()) && !spaces.includes("\n")
      ? `\n${spaces.slice(1)}`
      : spaces;
  });
  return decodeEntitiesInPlace(withoutTags);
}

/**
 * Markdown syntax blanked out, words kept: heading marks, emphasis, block quotes, list bullets,
 * fenced-code markers, link and image targets, inline HTML.
 */
export function markdownToText(markdown: string): string {
  return htmlToText(
    markdown
      .replace(
        /^( {0,3})(#{1,6}|>+|[-*+]|\d+[.)])(?=\s)/gm,
        (_m, indent: string, mark: string) => indent + blank(mark),
      )
      .replace(/^ {0,3}(`{3,}|~{3,}).*$/gm, blank)
      .replace(/^ {0,3}([-*_] *){3,}$/gm, blank)
      .replace(
        /(!?\[)([^\]\n]*)\]\(([^)\n]*)\)/g,
        (_m, open: string, label: string, target: string) => `${blank(open)}${label}  ${blank(target)} `,
      )
      .replace(
        /(\*{1,3}|_{1,3}|`+|~~)(?=\S)([^\n]*?\S)\1/g,
        (_m, mark: string, inner: string) => blank(mark) + inner + blank(mark),
      ),
  );
}
