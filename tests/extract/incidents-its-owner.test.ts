/**
 * "its" after an attack verb stands for the clause's first actor that can be hit; a state named only
 * as the attackers' own ("Iranian hackers", "Chinese state actors") is never that owner (REVIEW22:
 * the attackers' state was read as the victim of their own break-in). Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract } from "./helpers";

const article = (body: string) => `VILNIUS, 4 March 2026 (BNS): ${body}`;

describe("'its' after an attack verb never stands for the attackers' state", () => {
  it("reads the victim named after the attackers as the owner of 'its'", () => {
    const text =
      "It was not the first time Iranian hackers had gone after Lithuania's Ministry of Finance: in April 2025 APT29 broke into its payroll server.";
    const targets = attackedTargets(extract(article(text))).join(" ");
    expect(targets).not.toMatch(/state:iran\b/);
    expect(targets).toMatch(/ministry-of-finance/);
  });

  it("still reads a state named as hit as the owner of 'its'", () => {
    for (const text of [
      "Lithuania has been hit before; in May 2025 APT29 broke into its tax portal.",
      "Officials said Lithuania was targeted again: in May 2025 APT29 broke into its customs database.",
    ])
      expect(attackedTargets(extract(article(text))).join(" "), text).toContain("state:lithuania");
  });
});
