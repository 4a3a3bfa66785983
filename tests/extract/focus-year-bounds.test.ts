/**
 * The year the text is speaking of (reading.ts, the focus year) dates a month named without one
 * ("breached in September"). A year that only bounds a span of time ("tracked since 2024", "the
 * worst since 2019") is no such year. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "./helpers";

const story = (body: string) =>
  `TEMALE, 20 November 2026 (Coastline Wire) - Ransomware locked the patient records of the Keta Municipal Hospital on Monday. ${body}`;

/** The dates of the incidents hitting the Port of Tema. */
const portAttackDates = (body: string) => {
  const ex = extract(story(body));
  return incidents(ex)
    .filter((i) => ex.claims.some((c) => c.source === i.key && c.target === "organization:port-of-tema"))
    .map((i) => i.date);
};

describe("a year bounding a span of time is not the year the text speaks of", () => {
  it("dates a month named alone by the publication year after 'since' a year", () => {
    const body =
      "Lumen Labs, which has followed the crew since 2024, went further. According to its report, the crew had breached the Port of Tema in September.";
    expect(portAttackDates(body)).toEqual(["2026-09"]);
  });

  it("still dates it by a year the text tells an event in", () => {
    const body =
      "Lumen Labs first saw the crew in 2024, its analysts said. According to its report, the crew had breached the Port of Tema in September.";
    expect(portAttackDates(body)).toEqual(["2024-09"]);
  });
});
