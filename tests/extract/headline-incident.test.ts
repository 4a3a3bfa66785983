/**
 * A headline's attack the text never dates ("... links Russia to payroll breach") takes the
 * publication year for want of another; it is the attack the story goes on to tell, when that one
 * is recent, and not a past incident recalled as background. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const article = (body: string) =>
  `Estonia links Russia to payroll breach\n\nTALLINN, 3 December 2026 (Baltic Brief) - ${body}`;

/** The dates of the article's incidents, and whether the headline's blame landed on the 2025 one. */
const read = (body: string) => {
  const ex = extract(article(body));
  const dated2025 = incidents(ex).find((i) => i.date?.startsWith("2025"))?.key ?? "none";
  return {
    dates: incidents(ex).map((i) => i.date),
    blamedOn2025: hasClaim(ex, "attributed-to", dated2025, "state:russia"),
  };
};

describe("a headline's undated attack", () => {
  it("is the recent attack the story tells, with the claims the headline made on it", () => {
    const body =
      "Estonian investigators said on Monday that intruders had breached the payroll database of the Tallinn Transit Authority in January 2025.";
    expect(read(body)).toEqual({ dates: ["2025-01"], blamedOn2025: true });
  });

  it("stays apart from an attack told as years-old background", () => {
    const body =
      "Estonian investigators said on Monday that intruders had breached the payroll database of the Tallinn Transit Authority in 2019.";
    expect(read(body).dates).toEqual(["2026", "2019"]);
  });
});
