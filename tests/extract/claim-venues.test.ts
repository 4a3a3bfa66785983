/**
 * A platform an attack is claimed on is where the claim was posted, not what the attack hit:
 * "claimed the attacks on Telegram". Named as a victim by an attack verb, it is still one.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const wire = (body: string) => `QUITO, 9 October 2025 (AFP) - ${body}`;
const attacked = (text: string) =>
  claimsOf(extract(wire(text)), "attacked")
    .map((c) => c.target)
    .sort();

describe("platforms an attack is claimed on", () => {
  it("gives no attacked claim on the platform after a verb of claiming", () => {
    const text =
      "Hackers wiped the servers of the Ecuadorian Ministry of Finance on Monday. " +
      "A crew calling itself Andes_Viper claimed the attacks on Telegram, and the ministry said it had not " +
      "linked them to any government.";
    expect(attacked(text)).not.toContain("organization:telegram");
    expect(attacked(text)).toContain("agency:ecuador-ministry-of-finance");
  });

  it("reads the claim on a channel the same way", () => {
    const text =
      "Hackers wiped the servers of the Ecuadorian Ministry of Finance on Monday, and a group called " +
      "Andes_Viper claimed the attack on its Telegram channel hours later.";
    expect(attacked(text)).not.toContain("organization:telegram");
  });

  it("keeps a platform an attack lands on with no verb of claiming", () => {
    const text = "A cyberattack on Telegram disrupted messaging across Ecuador on Monday, officials said.";
    expect(claimsOf(extract(wire(text)), "attacked").map((c) => c.target)).toContain("organization:telegram");
  });
});
