/**
 * Behind rule, a group claiming the attack by a pronoun or another verb of boasting ("claimed it on
 * Telegram", "bragged about it online", "claimed those attacks"): the group is behind the attack and
 * its own claimant. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LIMA, 9 June 2025 (Reuters) - ${body}`;
const hit = "Hackers knocked the website of Peru's electoral office offline on Sunday. ";

describe("behind rule, a group's own claim", () => {
  it("reads 'claimed it', 'bragged about it' and 'claimed those attacks' with the group as claimant", () => {
    for (const claim of [
      "A hacktivist group called Inti_Gh0st claimed it on Telegram.",
      "A crew calling itself Inti_Gh0st bragged about it online.",
      "A crew calling itself Inti_Gh0st, which posts in Spanish, claimed those attacks on Telegram.",
    ]) {
      const ex = extract(wire(`${hit}${claim}`));
      const incident = incidents(ex)[0]!.key;
      expect(hasClaim(ex, "attributed-to", incident, "group:inti-gh0st")).toBe(true);
      const claim_ = ex.claims.find((c) => c.type === "attributed-to" && c.target === "group:inti-gh0st");
      expect(claim_?.claimants).toEqual(["group:inti-gh0st"]);
    }
  });

  it("takes no pronoun claimed by anyone but a group", () => {
    const ex = extract(wire(`${hit}Peru's interior ministry claimed it on Monday.`));
    expect(ex.claims.some((c) => c.type === "attributed-to")).toBe(false);
  });
});
