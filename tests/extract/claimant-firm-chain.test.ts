/** An attribution told with no speaker gains the one research firm behind the same chain, in invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsOf = (text: string, source: string, target: string) =>
  claimsOf(extract(text), "attributed-to")
    .filter((c) => c.source === source && c.target === target)
    .flatMap((c) => c.claimants);

const FIRM_BLAMES_APT29 =
  "Researchers at the security firm Velmar Labs said on Monday that the wiper attack on the tax agency of Peru in May 2025 was the work of APT29. ";

describe("a firm's attribution retold without its name", () => {
  it("gives an unvoiced attribution of the same incident the firm that blamed the incident", () => {
    const claimants = claimantsOf(
      FIRM_BLAMES_APT29 +
        "The attack on the tax agency in May 2025 was carried out by hackers working for Russia, and it wiped four thousand servers.",
      "incident:peru-tax-agency-2025-05",
      "state:russia",
    );
    expect(claimants).toEqual(["organization:velmar-labs"]);
  });

  it("gives an unvoiced deed of a group the firm that says whom the group works for", () => {
    const claimants = claimantsOf(
      "Researchers at the security firm Velmar Labs said on Monday that Ember Lynx, a crew they have tracked since 2021, works for the army of Bolivia. " +
        "Ember Lynx breached the tax agency of Peru in May 2025 and wiped four thousand servers.",
      "incident:peru-tax-agency-2025-05",
      "group:ember-lynx",
    );
    expect(claimants).toEqual(["organization:velmar-labs"]);
  });

  it("leaves the attribution the article's own when two firms stand behind the chain", () => {
    const claimants = claimantsOf(
      FIRM_BLAMES_APT29 +
        "Researchers at the security firm Hollin Labs said APT29 works for Russia. " +
        "The attack on the tax agency in May 2025 was carried out by hackers working for Russia, and it wiped four thousand servers.",
      "incident:peru-tax-agency-2025-05",
      "state:russia",
    );
    expect(claimants).toEqual([]);
  });

  it("does not give the firm another incident the article blames on the same group", () => {
    const claimants = claimantsOf(
      FIRM_BLAMES_APT29 + "In 2019 APT29 breached the foreign ministry of Chile and stole cables.",
      "incident:chile-ministry-of-foreign-affairs-2019",
      "group:apt29",
    );
    expect(claimants).toEqual([]);
  });
});

describe("who is no research firm", () => {
  it("does not lend the victim company's word to what the article says of the group it blamed", () => {
    const text =
      "Hackers stole funds from Velmar Pay, a Lima payments firm, in May 2024. " +
      "Velmar Pay said the theft was the work of APT29. APT29 is a unit of Russia's foreign intelligence service.";
    const sponsor = claimsOf(extract(text), "attributed-to").find((c) => c.source === "group:apt29");
    expect(sponsor?.target).toBeDefined();
    expect(sponsor?.claimants).toEqual([]);
  });
});
