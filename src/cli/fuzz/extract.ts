/**
 * `extractDocument` over generated articles: wire copy built from the gazetteer's names and the
 * verbs the rules look for, with hostile snippets, long words, right-to-left and zero-width
 * characters mixed in; and arbitrary text. It must never throw, keep every offset inside the text,
 * and every quote equal to the text at its offsets.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { createExtractionContext, extractDocument, type ExtractionContext } from "../../extract";
import { formatProblem, parseGazetteer } from "../../model";
import { DEFAULT_ENTITIES } from "../defaults";
import { check } from "./check";
import { anyText, HOSTILE_SNIPPETS } from "./text";

const WORDS = [
  "said",
  "denied",
  "accused",
  "blamed",
  "attributed",
  "the",
  "cyberattack",
  "attack",
  "on",
  "ransomware",
  "hackers",
  "hacked",
  "asked",
  "for",
  "help",
  "offered",
  "sent",
  "experts",
  "to",
  "condemned",
  "behind",
  "was",
  "carried",
  "out",
  "by",
  "linked",
  "of",
  "and",
  "government",
  "ministry",
  "Prime",
  "Minister",
  "spokesman",
  "we",
  "our",
  "Monday",
  "last",
  "week",
  "in",
  "2022",
  "Jan.",
  "14",
  "August",
  "(Reuters)",
  "—",
  "-",
  "“",
  "”",
  '"',
  "'s",
  ".",
  ",",
  ":",
  "\n",
  "\n\n",
  "Kremlin",
  "Tehran",
  "Beijing",
];

const sentence = (names: string[]) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 3, arbitrary: fc.constantFrom(...names) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
      ),
      {
        minLength: 1,
        maxLength: 30,
      },
    )
    .map((words) => `${words.join(" ")}.`);

const TEMPLATES: ((a: string, b: string, c: string) => string)[] = [
  (a, b, c) => `${a} accused ${b} of the cyberattack on ${c}.`,
  (a, b) => `${a} denied any involvement in the attack on ${b}.`,
  (a, b) => `${a} asked ${b} for help after the ransomware attack.`,
  (a, b) => `“We stand ready to help ${b},” a spokesman for ${a} said.`,
  (a, b, c) => `${a} sent experts to ${b} after hackers linked to ${c} hit its ministries.`,
  (a, b) => `KYIV, Jan 14 (Reuters) - ${a} condemned the attack by ${b}.`,
  (a, b) => `The group ${a}, which ${b} said is run by military intelligence, claimed the breach.`,
];

const templated = (names: string[]) =>
  fc
    .tuple(
      fc.nat(TEMPLATES.length - 1),
      fc.constantFrom(...names),
      fc.constantFrom(...names),
      fc.constantFrom(...names),
    )
    .map(([t, a, b, c]) => TEMPLATES[t]!(a, b, c));

/** Inserts zero-width, right-to-left or very long words at generated places. */
const spiked = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(
      text,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom("\u200b", "\u202e", "\u2067", "\ufeff", "x".repeat(2000), "‏שלום‏", "\r\n"),
        ),
        { maxLength: 4 },
      ),
    )
    .map(([t, inserts]) =>
      inserts.reduce(
        (out, [at, what]) => out.slice(0, at % (out.length + 1)) + what + out.slice(at % (out.length + 1)),
        t,
      ),
    );

const article = (names: string[]) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: spiked(
        fc
          .array(fc.oneof(templated(names), sentence(names)), { minLength: 1, maxLength: 12 })
          .map((s) => s.join(" ")),
      ),
    },
    { weight: 1, arbitrary: anyText(600) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 600 }) },
  );

/** The extraction context of the project's own gazetteer (graph-data/entities.json), as `npm run ingest` uses it. */
export function projectExtractionContext(): { context: ExtractionContext; names: string[] } {
  const gazetteer = parseGazetteer(readFileSync(DEFAULT_ENTITIES, "utf8"));
  if (!gazetteer.ok)
    throw new Error(`${DEFAULT_ENTITIES}: ${gazetteer.problems.map(formatProblem).join("; ")}`);
  const names = gazetteer.value.entities.flatMap((e) => [e.label, ...e.aliases]).slice(0, 400);
  names.push("Russia", "Ukraine", "Montenegro", "France", "Albania", "Iran", "China", "NATO", "Edvin Hoxha");
  return { context: createExtractionContext(gazetteer.value, { referenceYear: 2026 }), names };
}

export function extractProperty({ context, names }: ReturnType<typeof projectExtractionContext>) {
  return fc.property(article(names), fc.constantFrom("a.txt", "<b>.html", "x\u202e.md"), (text, id) => {
    const ex = extractDocument({ id, text }, context);
    const inside = (s: { doc: string; start: number; end: number }) =>
      s.doc === id &&
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      0 <= s.start &&
      s.start <= s.end &&
      s.end <= text.length;
    for (const entity of ex.entities)
      for (const m of entity.mentions)
        check(inside(m), () => `mention of ${entity.key} outside the text: ${JSON.stringify(m)}`);
    for (const claim of ex.claims)
      for (const ev of claim.evidence) {
        check(
          inside(ev),
          () =>
            `evidence of ${claim.type} ${claim.source}->${claim.target} outside the text: ${JSON.stringify(ev)}`,
        );
        check(
          text.slice(ev.start, ev.end) === ev.quote,
          () =>
            `quote ${JSON.stringify(ev.quote)} is not the text at ${ev.start}-${ev.end}: ${JSON.stringify(text.slice(ev.start, ev.end))}`,
        );
      }
  });
}
