/**
 * A claim of responsibility posted on a messaging service ("claimed those attacks on Telegram") names
 * where the claim was made: the service was not hit. A service an attack is told to have hit, in a
 * relative clause after it, still is. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract } from "./helpers";

const article = (body: string) => `TALLINN, 10 March 2026 (BNS): ${body}`;

describe("the service a claim of responsibility is posted on", () => {
  it("is not read as hit when the claimed attack is followed by 'on' and the service", () => {
    for (const text of [
      "Hackers knocked the websites of the Supreme Court and the Riigikogu offline on Sunday. A group calling itself BlueFox9 claimed those attacks on Telegram.",
      "Hackers knocked the websites of the Supreme Court and the Riigikogu offline on Sunday. BlueFox9 claimed the Estonian attacks on Telegram; police are investigating.",
    ]) {
      const targets = attackedTargets(extract(article(text))).join(" ");
      expect(targets, text).not.toMatch(/telegram/);
      expect(targets, text).toMatch(/supreme-court/);
    }
  });

  it("is still read as hit when a relative clause tells what the attack did to it", () => {
    const text =
      "A group calling itself BlueFox9 claimed the attack on Telegram that took the messaging service offline for two hours on Sunday.";
    expect(attackedTargets(extract(article(text))).join(" ")).toMatch(/telegram/);
  });
});
