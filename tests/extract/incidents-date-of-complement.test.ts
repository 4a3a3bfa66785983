/**
 * An attack noun dated by an "of" phrase before its victim's preposition (TARGET38): "the attack of
 * 3 May 2024 on the tariff servers of X", "the intrusion of April 2023 into the tariff mailbox of X". The
 * date stood between the noun and "on"/"into", so the noun named no victim; it reads now as the other
 * time phrases there do ("the attack last week on X"). "The report of May 2024 on X" is no attack noun.
 * Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract } from "./helpers";

const article = (body: string) => `VILNIUS, 14 May 2026 (BNS): ${body}`;

describe("an attack noun dated by an 'of' phrase", () => {
  it("names the victim its preposition introduces after the date", () => {
    for (const text of [
      "Two officers were charged over the attack of 3 May 2024 on the tariff servers of the Lithuanian Water Board.",
      "Investigators tied the group to the intrusion of April 2023 into the tariff mailbox of the Lithuanian Water Board.",
      "The crew also carried out the wiper attack of 2023 against the Lithuanian Water Board, the prosecutors said.",
    ]) {
      expect(attackedTargets(extract(article(text))).join(" "), text).toContain("water-board");
    }
  });

  it("reads no victim after a dated noun that tells no attack", () => {
    const text = "The auditors' report of May 2024 on the Lithuanian Water Board found weak passwords.";
    expect(attackedTargets(extract(article(text)))).toEqual([]);
  });
});
