/**
 * A year before the networks of the 1980s ("which it joined in 1955") tells history: it dates no
 * attack, and a month named alone in the next sentence ("intruders wiped its servers in March") is not of that
 * year (EXTRACTION_DEFAULTS.earliestStoryYear). A later year still does both. Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "./helpers";

const story = (body: string) =>
  `OSTRAVEL, 20 November 2026 (Brief) - Hackers breached the fare terminals at Lindqvist Ferry Line on Monday. ${body}`;

const dates = (body: string) =>
  incidents(extract(story(body)))
    .map((i) => i.date ?? "undated")
    .sort();

describe("a year before the network era", () => {
  it("does not date the month of the next sentence's attack", () => {
    const body =
      "The Kestrel Council, which Ardenvik joined in 1955, condemned the breach. Investigators said intruders wiped the ledger servers of the Ostravel Water Board in March.";
    expect(dates(body)).toContain("2026-03");
    expect(dates(body).some((d) => d.startsWith("1955"))).toBe(false);
  });

  it("does not date the attack its own sentence speaks of", () => {
    const body = "The Kestrel Council, which Ardenvik joined in 1955, condemned the breach.";
    expect(dates(body).some((d) => d.startsWith("1955"))).toBe(false);
  });

  it("leaves a year of the network era to date the month after it", () => {
    const body =
      "The Kestrel Council, which Ardenvik joined in 2019, condemned the breach. Investigators said intruders wiped the ledger servers of the Ostravel Water Board in March.";
    expect(dates(body)).toContain("2019-03");
  });
});
