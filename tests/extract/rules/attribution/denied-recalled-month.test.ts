/**
 * Which incident a denial answers when the side denying was last tied to an attack the story only
 * recalls (rules/attribution/denials.ts, notEarlier): not one of an earlier month of the story's
 * year. Invented copy.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { incidentOn, keyOf } from "./stories";

/** A December dateline: the story's attack is of November, the recalled one of March. */
const december = (body: string) => `QUITO, 3 December 2025 (Reuters) - ${body}`;

const group = (ex: ReturnType<typeof extract>) => keyOf(ex, "Tin Pelican");

describe("a denial answers the incident under discussion, not a group's recalled one", () => {
  it("leaves an attack recalled from an earlier month of the same year to its own story", () => {
    const ex = extract(
      december(
        "Intruders got inside the email system of Ecuador's energy ministry on 2 November 2025. Ecuadorian investigators blamed a crew called Tin Pelican, which works for Venezuela's intelligence service. In March the same group stole files from the customs service of Bolivia, Bolivian officials said. Hackers hit Ecuador's energy ministry on 2 November 2025, its minister said. Venezuela rejected the accusations.",
      ),
    );
    const bolivia = incidentOn(ex, "agency:bolivia-customs-service");
    const ecuador = ex.claims.find((c) => c.type === "attacked" && c.target.includes("ecuador"))?.source;
    expect(bolivia && hasClaim(ex, "attributed-to", bolivia, group(ex)!)).toBe(true);
    expect(hasClaim(ex, "denied", "state:venezuela", ecuador!)).toBe(true);
    expect(hasClaim(ex, "denied", "state:venezuela", bolivia!)).toBe(false);
  });
});
