/** Text arbitraries shared by the fuzz targets: what a hostile or broken article or file may carry. */
import fc from "fast-check";
import { PARTIAL_DATE_PATTERN } from "../../model";
import { xmlSafe } from "../../io/xml";

/** Markup and characters that have broken viewers and exporters before. */
export const HOSTILE_SNIPPETS = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  '<svg onload="alert(1)">',
  "javascript:alert(1)",
  "]]><!--",
  "\"'&<>",
  "\u202eevil\u202c",
  "\u200b\u200c\u200d\ufeff",
  "مرحبا שלום",
  "A".repeat(300),
  "\u0000\u0001\u001f",
  "\ud800",
  "{{constructor.constructor('alert(1)')()}}",
  "__proto__",
  "𝕏😀👩‍👩‍👧",
] as const;

/** Any text: plain words, hostile snippets, any code points (lone surrogates included). */
export const anyText = (maxLength = 40) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength }) },
  );

/** Text that is not empty (labels, ids). */
export const someText = (maxLength = 40) => anyText(maxLength).filter((t) => t.length > 0);

/**
 * Text for keys and document ids: hostile, but only characters XML can carry (no C0 controls, no
 * lone surrogates). The XML and STIX exports cannot keep other characters in an identifier: they are
 * replaced (GEXF, GraphML) or rejected, which is reported apart (see the fuzz notes in the README).
 */
export const identifierText = (maxLength = 20) => someText(maxLength).filter((t) => xmlSafe(t) === t);

export const partialDate = fc
  .tuple(
    fc.integer({ min: 1900, max: 2099 }),
    fc.option(fc.integer({ min: 1, max: 12 })),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([year, month, day]) =>
    month === null
      ? `${year}`
      : `${year}-${String(month).padStart(2, "0")}${day % 2 ? `-${String(day).padStart(2, "0")}` : ""}`,
  )
  .filter((date) => PARTIAL_DATE_PATTERN.test(date));
