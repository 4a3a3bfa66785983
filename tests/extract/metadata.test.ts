import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/extract/clean";
import { readMetadata } from "../../src/extract/metadata";
import { splitSentences } from "../../src/extract/sentences";

function metaOf(text: string) {
  const cleaned = cleanText(text).text;
  return readMetadata("a.txt", text, cleaned, splitSentences(cleaned, text), 2026);
}

describe("readMetadata", () => {
  it("reads a dateline with a day-month-year date", () => {
    const { meta } = metaOf(
      "Cyber attack on Chile\n\nSantiago, 14 June 2021 (EFE): Chile reported an attack on its ministries.",
    );
    expect(meta).toMatchObject({ published: "2021-06-14", publisher: "EFE", title: "Cyber attack on Chile" });
  });

  it("reads a 'Publisher | Month day, year' line", () => {
    const { meta } = metaOf(
      "Kenya probes hack\n\nNation Daily | April 2, 2020\n\nKenya's treasury said hackers breached it.",
    );
    expect(meta).toMatchObject({ published: "2020-04-02", publisher: "Nation Daily" });
  });

  it("gives a wire dateline without a year the year in which its day is the weekday the story names", () => {
    // 11 March was a Friday in 2022.
    const { meta } = metaOf("OSLO, March 11 (Reuters) - Norway said on Friday its parliament was hacked.");
    expect(meta.published).toBe("2022-03-11");
    expect(meta.publisher).toBe("Reuters");
  });

  it("warns when no date can be found", () => {
    const { meta, warnings } = metaOf("Hackers hit Peru. Officials are investigating.");
    expect(meta.published).toBeUndefined();
    expect(warnings[0]).toMatch(/no publication date/);
  });
});

describe("readMetadata: a dateline without a year", () => {
  it("takes its year from a full date of the same day at the top of the page", () => {
    const { meta } = metaOf(
      "World | March 3, 2016 / 8:10 AM\n\nPeru blames hackers\n\nLIMA, March 3 (Reuters) - Peru said on Tuesday hackers hit its treasury.",
    );
    expect(meta.published).toBe("2016-03-03");
  });

  it("prefers a year the story names when inferring from the weekday", () => {
    // 9 May 2019 was a Thursday (so was 9 May 2024).
    const { meta } = metaOf(
      "QUITO, May 9 (Reuters) - Ecuador said on Thursday that a 2019 breach exposed voter data.",
    );
    expect(meta.published).toBe("2019-05-09");
  });
});
