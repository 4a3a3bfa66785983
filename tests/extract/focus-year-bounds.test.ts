/**
 * The year the text is speaking of (reading.ts, the focus year) dates a month named without one
 * ("breached in June"). A year that only bounds a span of time ("insured since 2021") is no such
 * year. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "./helpers";

const story = (body: string) =>
  `OSTRAVEL, 20 November 2026 (Brief) - Hackers breached the fare terminals at Lindqvist Ferry Line on Monday. ${body}`;

/** The dates of the incidents hitting the pilotage office. */
const pilotageAttackDates = (body: string) => {
  const ex = extract(story(body));
  return incidents(ex)
    .filter((i) =>
      ex.claims.some((c) => c.source === i.key && c.target === "agency:ostravel-pilotage-office"),
    )
    .map((i) => i.date);
};

describe("a year bounding a span of time is not the year the text speaks of", () => {
  it("dates a month named alone by the publication year after 'since' a year", () => {
    const body =
      "A broker that has insured such ferry lines since 2021 counted the losses. Its note added that intruders had breached the network of the Ostravel Pilotage Office in June.";
    expect(pilotageAttackDates(body)).toEqual(["2026-06"]);
  });

  it("still dates it by a year the text tells an event in", () => {
    const body =
      "A broker counted such losses in 2021, its staff recalled. Its note added that intruders had breached the network of the Ostravel Pilotage Office in June.";
    expect(pilotageAttackDates(body)).toEqual(["2021-06"]);
  });
});
