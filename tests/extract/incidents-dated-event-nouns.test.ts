/**
 * A definite attack or event noun dated by a month inside it ("the August disruption", "the March
 * breach") is dated by that month: another incident than the story's when the months differ, the
 * story's own when they agree. A leak or a disruption a page about attacks dates is an incident of
 * its own, hitting what it took from or disrupted. Invented wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type DocumentExtraction, type ExtractionContext } from "../../src/extract";
import { attackedTargets, bundledContext, claimsOf, incidents } from "./helpers";

let bundled: ExtractionContext;
beforeAll(async () => {
  bundled = await bundledContext();
});

const read = (body: string): DocumentExtraction =>
  extractDocument({ id: "doc.txt", text: `SANTIAGO, 20 November 2026 (Andes Wire): ${body}` }, bundled);

const story =
  "Hackers wiped the invoicing servers of Norland Power Company on 12 November, the company said. ";

/** The incident hitting a body whose key holds `name`, with its date. */
const incidentOn = (extraction: DocumentExtraction, name: string) =>
  incidents(extraction).find((e) => attackedTargets(extraction, e.key).some((t) => t.includes(name)));

describe("an event a page about attacks dates", () => {
  it("a disruption dated by its month is an incident of its own, hitting what it disrupted", () => {
    const extraction = read(
      story + "Analysts tied the group to the August disruption of Vessel Water Company's ticket platform.",
    );
    expect(incidents(extraction)).toHaveLength(2);
    expect(incidentOn(extraction, "vessel-water-company")?.date).toBe("2026-08");
    expect(incidentOn(extraction, "norland-power-company")?.date).toBe("2026-11-12");
  });

  it("a leak dated by its year hits what it took records from", () => {
    const extraction = read(
      story + "Analysts tied the group to the 2021 leak of patient files from Vessel Water Company.",
    );
    expect(incidentOn(extraction, "vessel-water-company")?.date).toBe("2021");
  });

  it("a leak the gang threatens is no incident", () => {
    const extraction = read(story + "The gang threatened to leak the stolen files in December unless paid.");
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
