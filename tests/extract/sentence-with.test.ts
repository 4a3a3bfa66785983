import { describe, expect, it } from "vitest";
import { sentenceWith, splitSentences } from "../../src/extract/sentences";

describe("sentenceWith", () => {
  const [first] = splitSentences(
    "The harbour office reopened its\nticket desk on Monday. It stayed open late.",
  );

  it("changes only the fields given, like a spread copy", () => {
    expect(first).toBeDefined();
    const joined = first!.text.replace("\n", " ");
    expect(sentenceWith(first!, { text: joined })).toEqual({ ...first!, text: joined });
    expect(sentenceWith(first!, { end: first!.start + 3 })).toEqual({ ...first!, end: first!.start + 3 });
  });

  it("lists its fields in the order splitSentences gives them (one object shape for every sentence)", () => {
    expect(Object.keys(sentenceWith(first!, { end: 1 }))).toEqual(Object.keys(first!));
  });
});
