/**
 * A sentence told "at the time" or "back then" of a past incident, naming no incident itself, speaks
 * of the last incident named, not of the story's own; the story's own stays the one the next
 * sentences speak of. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "./helpers";

const WIRE = "ORVALA, 3 December 2026 (NWire) - ";
const STORY =
  "Intruders got inside the Dunmere Water Board's meter database in November. " +
  "Estonia blamed a crew known as Slate Heron. " +
  "Readers may recall the 2022 breach of the Brannoch Ferry Company. ";

/** The date of the incident the claim `type` to `end` is about. */
const dateOf = (text: string, type: string, end: string) => {
  const ex = extract(WIRE + text);
  const claim = ex.claims.find((c) => c.type === type && c.target === end);
  return incidents(ex).find((i) => i.key === claim?.source)?.date;
};

// The first extraction of a run builds the lexicon's patterns: allow it the time.
describe("a sentence told at the time of a past incident", { timeout: 60_000 }, () => {
  it("gives its claim to the past incident just named", () => {
    expect(
      dateOf(
        STORY + "Back then a gang calling itself Tarn_Wolves claimed it in a post.",
        "attributed-to",
        "group:tarn-wolves",
      ),
    ).toBe("2022");
    expect(
      dateOf(
        STORY + "At the time, Finland's police argued that a crew known as Grey Marten was behind it.",
        "attributed-to",
        "group:grey-marten",
      ),
    ).toBe("2022");
  });

  it("leaves the story's own incident to a sentence without those words", () => {
    expect(
      dateOf(
        STORY + "A gang calling itself Tarn_Wolves claimed it in a post.",
        "attributed-to",
        "group:tarn-wolves",
      ),
    ).toBe("2026-11");
  });

  it("does not count the time of writing", () => {
    expect(
      dateOf(
        STORY + "At the time of this bulletin a gang calling itself Tarn_Wolves had claimed it in a post.",
        "attributed-to",
        "group:tarn-wolves",
      ),
    ).toBe("2026-11");
  });

  it("leaves the story's incident to a sentence whose time words tell of a person or another clause", () => {
    for (const sentence of [
      "Finland's interior minister, who was on leave at the time, said a crew known as Grey Marten was behind the deed.",
      "At the time, Finland was counting votes, and its police said a crew known as Grey Marten was behind the deed.",
      "The then-chief of Finland's police said a crew known as Grey Marten was behind the deed.",
    ])
      expect(dateOf(STORY + sentence, "attributed-to", "group:grey-marten")).toBe("2026-11");
  });

  it("does not reach a side incident of the story's own year", () => {
    expect(
      dateOf(
        "Intruders got inside the Dunmere Water Board's meter database in November, days after the October " +
          "breach of the Brannoch Ferry Company. At the time, Finland's police argued that a crew known as " +
          "Grey Marten was behind it.",
        "attributed-to",
        "group:grey-marten",
      ),
    ).toBe("2026-11");
  });

  it("keeps the story's incident for the sentences after", () => {
    expect(
      dateOf(
        STORY +
          "Back then a gang calling itself Tarn_Wolves claimed it in a post. " +
          "Latvia also tied the attack to a crew known as Pale Lynx.",
        "attributed-to",
        "group:pale-lynx",
      ),
    ).toBe("2026-11");
  });
});
