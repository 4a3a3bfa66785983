/**
 * Cues let the claim rules skip sentences their triggers cannot match: a cue that missed a match
 * would silently drop a claim. Checked on random patterns and on every trigger over the dev texts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/extract/clean";
import { CueIndex, cueOf, cuePattern, isCandidate } from "../../src/extract/pattern-cue";
import { CLAIM_RULES } from "../../src/extract/rules";
import { splitSentences } from "../../src/extract/sentences";
import { context } from "./helpers";

const mayMatch = (pattern: RegExp, text: string) => isCandidate(new CueIndex([pattern]).candidates(text), 0);

describe("cueOf", () => {
  it("finds the words every match holds, lower-cased, the shortest sufficient ones", () => {
    expect(cueOf(/\bBlam(?:e|ed|es)\b|\bheld\s+responsible/i)).toEqual(["blame", "held responsible"]);
    expect(cueOf(/\bBlam(?:e|ed|es)\b|\bheld\s*\(?responsible/i)).toEqual(["blame", "responsible"]);
  });

  it("prefers rare words to common ones ('from', 'with')", () => {
    expect(cueOf(/\bexperts?\s+(?:\w+\s+)?from\b/)).toEqual(["expert ", "experts "]);
  });

  it("gives no cue when some match may hold no fixed word", () => {
    expect(cueOf(/\bhack\w*|\d+ times/)).toEqual(["hack", " times"]);
    expect(cueOf(/\bhack\w*|\d+/)).toBeUndefined();
    expect(cueOf(/(\w+) \1/)).toBeUndefined();
    expect(cueOf(/(?:foreign\s+)?\w+ ministry|ministers?/i)).toEqual(["minister", " ministry"]);
  });

  it("reads escapes, classes and lookarounds without taking their contents for words", () => {
    expect(cueOf(/\x41bc/)).toEqual(["bc"]);
    expect(cueOf(/(?<=hack)ers|[Tt]he\s+(?!worm)virus/)).toEqual(["ers", "the virus"]);
    expect(cueOf(/\u0041ttack|[a-z]+ed by/)).toEqual(["ttack", "ed by"]);
  });

  it("reads words joined by white space or hyphens as one cue, any run of white space as one space", () => {
    const carried = /\b(?:carried|carrying)\s+out\s+by\b|\bcyber[- ]?attacks?\s+from\b/i;
    expect(cueOf(carried)).toEqual([
      "carried out by",
      "carrying out by",
      "cyberattack from",
      "cyber-attack from",
      "cyber attack from",
      "cyberattacks from",
      "cyber-attacks from",
      "cyber attacks from",
    ]);
    for (const text of [
      "was carried\n  out by a unit",
      "Cyber-attacks\u00a0from abroad",
      "carrying\tout\u2003by",
    ])
      expect(mayMatch(carried, text)).toBe(true);
    // The words are there, but not next to each other: the pattern cannot match.
    expect(mayMatch(carried, "It carried the attack out by night from a ship.")).toBe(false);
  });

  it("reads every character `\\s` matches, and no other, as the space between two cue words", () => {
    const onReport = /\bon\s+report\b/;
    const index = new CueIndex([onReport]);
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `on${String.fromCharCode(code)}report`;
      if (isCandidate(index.candidates(text), 0) !== onReport.test(text)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("lets a sentence through only when it holds a cue word, in any case", () => {
    expect(mayMatch(/\b(?:denied|rejected)\b/i, "Moscow DENIED it.")).toBe(true);
    expect(mayMatch(/\b(?:denied|rejected)\b/i, "Moscow said nothing.")).toBe(false);
  });

  it("keeps 's' and 'k' in the cues of Unicode patterns, and reads the long s and Kelvin sign as them", () => {
    const heist = /\b(?:heist|hack)s?\b/iu;
    expect(cueOf(heist)).toEqual(["hack", "heist"]);
    // Unicode case folding makes "ſ" an "s" and "K" (Kelvin) a "k": the regex matches, so must the cue.
    for (const text of ["the 2019 HEIST", "the 2019 hei\u017Ft", "a hac\u212A", "the HACK\u017F of 2020"]) {
      expect(heist.test(text)).toBe(true);
      expect(mayMatch(heist, text)).toBe(true);
    }
    expect(mayMatch(heist, "their outage")).toBe(false);
  });

  it("answers for one pattern on its own, the same each time it is asked", () => {
    const theft = cuePattern(/\b(?:the\s+)?(?:\w+\s+){0,3}?(?:theft|outage)\b/gi);
    expect(theft.test("The lender lost $3.4 million in the 2019 THEFT.")).toBe(true);
    expect(theft.test("Officials blamed a state-backed group.")).toBe(false);
    expect(theft.test("A power outage followed.")).toBe(true);
    expect(cuePattern(/\b\w+\d\b/).test("no cue: anything may match")).toBe(true);
  });
});

/**
 * Regular expressions built from words, classes, groups, alternations and quantifiers (groups are
 * not repeated, so no pattern backtracks for ever).
 */
const quantifiers = fc.constantFrom("", "", "", "?", "*", "+", "{0,2}", "{1,3}", "??");
const { alternation: patterns } = fc.letrec((tie) => ({
  part: fc.oneof(
    { depthSize: "xsmall" },
    fc
      .tuple(
        fc.constantFrom(
          "hack",
          "is",
          "ed",
          "by",
          "Attack",
          "x",
          "-",
          " ",
          "\\s",
          "\\s",
          "[- ]",
          "\\w",
          "\\d",
          ".",
          "[Aa]",
          "[a-c]",
        ),
        quantifiers,
      )
      .map(([atom, quantifier]) => atom + quantifier),
    tie("alternation").map((p) => `(?:${p as string})`),
  ),
  alternation: fc
    .array(fc.array(tie("part"), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 })
    .map((alts) => alts.map((parts) => parts.join("")).join("|")),
}));

describe("cues are never wrong", () => {
  it("every text a random pattern matches holds one of its cue words", () => {
    fc.assert(
      fc.property(
        patterns.chain((source) =>
          fc.tuple(
            fc.constant(source),
            fc.constantFrom("", "i", "iu"),
            fc.string({ maxLength: 6 }),
            fc.stringMatching(new RegExp(source), { size: "xsmall" }),
          ),
        ),
        ([source, flags, prefix, text]) => {
          const pattern = new RegExp(source, flags);
          // Case-insensitive: upper case; in Unicode mode the long s and Kelvin sign for "s" and "k".
          const cased =
            flags === "iu"
              ? text.replace(/s/g, "\u017F").replace(/k/g, "\u212A")
              : flags
                ? text.toUpperCase()
                : text;
          const sentence = prefix + cased;
          if (pattern.test(sentence)) expect(mayMatch(pattern, sentence)).toBe(true);
          // One pattern's cue, tested as a pattern of its own, answers as the automaton does.
          expect(cuePattern(pattern).test(sentence)).toBe(mayMatch(pattern, sentence));
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it("no claim-rule trigger matches a dev sentence its cue turns away", () => {
    const folders = [
      "graph-data/documents",
      ...["pages-dev", "heldout", "unseen", "unseen2"].map((f) => `tests/fixtures/${f}/docs`),
    ];
    const sentences = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => /\.(txt|md|html?)$/.test(name))
        .flatMap((name) => {
          const text = readFileSync(join(folder, name), "utf8");
          return splitSentences(cleanText(text).text, text).map((s) => s.text);
        }),
    );
    expect(sentences.length).toBeGreaterThan(1000);
    const triggers = CLAIM_RULES.map((rule) => rule.trigger?.(context.lexicon.words));
    const cues = new CueIndex(triggers);
    const missed: string[] = [];
    let skipped = 0;
    for (const sentence of sentences) {
      const candidates = cues.candidates(sentence);
      triggers.forEach((trigger, index) => {
        if (!trigger || isCandidate(candidates, index)) return;
        skipped++;
        trigger.lastIndex = 0;
        if (trigger.test(sentence)) missed.push(`${CLAIM_RULES[index]!.id}: ${sentence}`);
      });
    }
    expect(missed).toEqual([]);
    // The cues do their job: most rules skip most sentences.
    expect(skipped).toBeGreaterThan(sentences.length * 10);
  }, 60_000);
});
