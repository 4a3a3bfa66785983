/**
 * A headline's attack the text never dates ("... over water hack") takes the publication year for
 * want of another; it is the attack the story goes on to tell, when that one is recent, and not a
 * past incident recalled as background. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const article = (body: string) =>
  `Chile blames Bolivia for reservoir hack\n\nKORVALA, 12 November 2026 (NWire) - ${body}`;

/** The dates of the article's incidents, and whether the headline's blame landed on the 2025 one. */
const read = (body: string) => {
  const ex = extract(article(body));
  const dated2025 = incidents(ex).find((i) => i.date?.startsWith("2025"))?.key ?? "none";
  return {
    dates: incidents(ex).map((i) => i.date),
    blamedOn2025: hasClaim(ex, "attributed-to", dated2025, "state:bolivia"),
  };
};

describe("a headline's undated attack", () => {
  it("is the recent attack the story tells, with the claims the headline made on it", () => {
    const body =
      "Prosecutors in Chile on Tuesday accused two Bolivian army officers of planting malware on the pumping controllers of the Korvala Reservoir Board in March 2025.";
    expect(read(body)).toEqual({ dates: ["2025-03"], blamedOn2025: true });
  });

  it("stays apart from an attack told as years-old background", () => {
    const body =
      "Prosecutors in Chile on Tuesday accused two Bolivian army officers of planting malware on the pumping controllers of the Korvala Reservoir Board in 2019.";
    expect(read(body).dates).toEqual(["2026", "2019"]);
  });
});
