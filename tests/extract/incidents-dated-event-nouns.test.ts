/**
 * A definite attack or event noun dated by a month inside it ("the August disruption", "the March
 * breach") is dated by that month: another incident than the story's when the months differ, the
 * story's own when they agree. A leak or a disruption is no incident noun (review 32 I3: "the 2023 leak
 * of classified documents by an airman", "the disruption of a botnet" are no attacks), but a dated leak
 * told from a named victim, not as an insider's, is an incident of its own. Invented wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type DocumentExtraction, type ExtractionContext } from "../../src/extract";
import { bundledContext, claimsOf, incidents } from "./helpers";

let bundled: ExtractionContext;
beforeAll(async () => {
  bundled = await bundledContext();
});

const read = (body: string): DocumentExtraction =>
  extractDocument({ id: "doc.txt", text: `SANTIAGO, 20 November 2026 (Andes Wire): ${body}` }, bundled);

const story =
  "Hackers wiped the invoicing servers of Norland Power Company on 12 November, the company said. ";

describe("a leak that is no event", () => {
  it("a leak the gang threatens is no incident", () => {
    const extraction = read(story + "The gang threatened to leak the stolen files in December unless paid.");
    expect(incidents(extraction)).toHaveLength(1);
  });
});

describe("a dated leak told from a named victim", () => {
  it("is an earlier incident hitting that victim, apart from the story's", () => {
    const extraction = read(
      story + "Police linked the gang to the 2022 leak of payroll files from the Harbour Board of Norland.",
    );
    const leak = incidents(extraction).find((e) => e.date === "2022");
    expect(leak).toBeDefined();
    expect(
      claimsOf(extraction, "attacked")
        .filter((c) => c.source === leak?.key)
        .map((c) => c.target),
    ).toEqual(["agency:harbour-board-of-norland"]);
  });

  it("a leak from a named body by an insider makes no incident", () => {
    const byClerk = read(
      story +
        "Officials compared it to the 2022 leak of cabinet papers from the Harbour Board of Norland by a clerk.",
    );
    const onEmployee = read(
      story + "The 2021 leak of salary lists from the Harbour Board of Norland was blamed on an employee.",
    );
    expect(incidents(byClerk)).toHaveLength(1);
    expect(incidents(onEmployee)).toHaveLength(1);
  });

  it("a relative clause after a leak names no insider", () => {
    const extraction = read(
      story +
        "Police linked the gang to the 2022 leak of payroll files from the Harbour Board of Norland, which was followed by a ransom note.",
    );
    expect(incidents(extraction).map((e) => e.date)).toContain("2022");
  });

  it("a leak by a person names no victim and makes no incident", () => {
    const extraction = read(story + "Police compared it to the 2022 leak of cabinet papers by a clerk.");
    expect(incidents(extraction)).toHaveLength(1);
  });
});

describe("a definite mention dated by a month inside it", () => {
  it("speaks of the story's incident when the months agree", () => {
    const extraction = read(
      "Intruders got into the archive servers of Chile's Ministry of Energy in March, officials said. " +
        "Argentina condemned the March breach on Friday.",
    );
    expect(incidents(extraction)).toHaveLength(1);
    expect(claimsOf(extraction, "condemned").map((c) => c.target)).toEqual([incidents(extraction)[0]?.key]);
  });

  it("speaks of the story's incident when it names the publication month", () => {
    const extraction = read(story + "Chile condemned the November breach.");
    expect(incidents(extraction)).toHaveLength(1);
    expect(claimsOf(extraction, "condemned")).toHaveLength(1);
  });
});
