/**
 * "Reach" as an intrusion: the attackers, an attack noun or a campaign "reached" a body's computer
 * system ("reached the payroll servers of X"), and the system's owner was hit. Without a system as its
 * object the verb tells nothing ("reached the ministry for comment", "reached a deal"). Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const article = (body: string) => `VILNIUS, 14 May 2026 (BNS): ${body}`;

describe("'reach' with a body's computer system as its object", () => {
  it("hits the owner of the system the attackers reached", () => {
    const ex = extract(
      article(
        "Lithuania blamed Belarus for the intrusion. Investigators said the attackers reached the ticketing servers of Baltic Ferry Lines Ltd in April.",
      ),
    );
    expect(attackedTargets(ex)).toContain("organization:baltic-ferry-lines-ltd");
  });

  it("hits the owner when an attack noun or a campaign is the verb's subject", () => {
    for (const text of [
      "The breach, first seen on 2 May, reached the booking portal of Baltic Ferry Lines Ltd, Lithuania said, blaming Belarus.",
      "In March that campaign reached the design network of Kaunas Rotor Works Ltd, Lithuania said, blaming Belarus.",
    ]) {
      const targets = attackedTargets(extract(article(text)));
      expect(targets.length, text).toBeGreaterThan(0);
      expect(
        targets.some((t) => t.startsWith("organization:")),
        text,
      ).toBe(true);
    }
  });

  it("reads no attack where what is reached is no computer system", () => {
    for (const text of [
      "Reporters reached the offices of Baltic Ferry Lines Ltd for comment on Monday.",
      "Lithuania and Latvia reached a deal on the ferry network of the two ports on Monday.",
    ]) {
      const ex = extract(article(text));
      expect(incidents(ex), text).toHaveLength(0);
      expect(attackedTargets(ex), text).toHaveLength(0);
    }
  });
});
