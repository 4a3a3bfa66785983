/**
 * Behind rule, a group claiming the attack by a pronoun or another verb of boasting ("claimed it in a
 * message", "bragged about it", "claimed both attacks"): the group is behind the attack and its own
 * claimant. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LIMA, 9 June 2025 (Reuters) - ${body}`;
const hit = "Hackers defaced the home page of Peru's electoral office on Sunday. ";

describe("behind rule, a group's own claim", () => {
  it("reads 'claimed it', 'bragged about it' and 'claimed both attacks' with the group as claimant", () => {
    for (const claim of [
      "Hours later the hacktivist collective Yawar Puma claimed it in a channel message.",
      "Yawar Puma, a pro-government hacktivist outfit, bragged about it in a video.",
      "The next morning a hacktivist collective known as Yawar Puma claimed both attacks on its website.",
    ]) {
      const ex = extract(wire(`${hit}${claim}`));
      const incident = incidents(ex)[0]!.key;
      expect(hasClaim(ex, "attributed-to", incident, "group:yawar-puma")).toBe(true);
      const claim_ = ex.claims.find((c) => c.type === "attributed-to" && c.target === "group:yawar-puma");
      expect(claim_?.claimants).toEqual(["group:yawar-puma"]);
    }
  });

  it("takes no pronoun claimed by anyone but a group", () => {
    const ex = extract(wire(`${hit}On Monday Peru's interior ministry claimed it on its website.`));
    expect(ex.claims.some((c) => c.type === "attributed-to")).toBe(false);
  });
});
