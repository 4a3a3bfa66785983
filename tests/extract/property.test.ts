import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const wireWords = fc.constantFrom(
  "Russia",
  "said",
  "the",
  "attack",
  "“",
  "”",
  "NATO",
  "Prime",
  "Minister",
  "cyberattack",
  "on",
  "Friday",
  "asked",
  "for",
  "help",
  ".",
  ",",
  "\n",
  "Kyiv",
  "’s",
  "denied",
  "condemned",
  "2022",
  "Jan",
  "14",
  "(Reuters)",
  "-",
);

describe("extractDocument on arbitrary text", () => {
  it("never throws, and every evidence offset slices back to its quote", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 400 }),
          fc.string({ unit: "binary", maxLength: 400 }),
          fc.array(wireWords, { maxLength: 120 }).map((words) => words.join(" ")),
          fc.nat(5000).map((n) => " \n\t".repeat(n)),
        ),
        (text) => {
          const ex = extract(text);
          for (const claim of ex.claims)
            for (const ev of claim.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        },
      ),
      { numRuns: 300 },
    );
    // 300 whole extractions: a correctness property, given the time a loaded machine needs for them.
  }, 60_000);

  it("handles the empty document", () => {
    expect(extract("")).toMatchObject({ entities: [], claims: [] });
  });
});
