import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

describe("coreference", () => {
  it("reads 'the Baltic nation' as the Baltic state the article is about", () => {
    const ex = extract("Latvia was hit by a DDoS attack on Monday. The Baltic nation asked NATO for help.");
    expect(hasClaim(ex, "requested-help", "state:latvia", "organization:nato")).toBe(true);
  });

  it("reads 'the government' as the state the article is about, not the accused it names more often", () => {
    const ex = extract(
      "Moldova said Russia was behind the cyberattack on its customs service on March 3, 2024. Russia rejected that, and Russian diplomats said Russia never hacks anyone. Russia's envoy repeated it. Late on Friday, Romania got a plea for help from the government.",
    );
    expect(hasClaim(ex, "requested-help", "state:moldova", "state:romania")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:russia", "state:romania")).toBe(false);
  });

  it("never reads 'the government' as a state first named later in the same sentence", () => {
    const ex = extract(
      "Hackers crippled Uruguay's port authority on June 4, 2024, and analysts blamed China. A week on, the government asked Germany for forensic help.",
    );
    expect(hasClaim(ex, "requested-help", "state:uruguay", "state:germany")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:germany", "state:germany")).toBe(false);
  });

  it("reads 'its' after an aside about the subject as the subject, not the body the aside names", () => {
    const ex = extract(
      "Hackers hit the tax office of Lithuania on 3 May 2025. Finland, a NATO ally, stands ready to lend its engineers.",
    );
    expect(hasClaim(ex, "offered-help", "state:finland", "organization:nato")).toBe(false);
    expect(hasClaim(ex, "offered-help", "state:finland", "state:lithuania")).toBe(true);
    // No aside: "its" is still the nearest body before it.
    const plain = extract(
      "Hackers hit the tax office of Lithuania on 3 May 2025. NATO said its engineers would help Lithuania.",
    );
    expect(hasClaim(plain, "offered-help", "organization:nato", "state:lithuania")).toBe(true);
  });

  it("reads 'the country' as the state the article is about, not the accused it names more often", () => {
    const ex = extract(
      "Georgia blamed Russia for the cyberattack on its electoral commission on May 2, 2024. Russia denied that. Russian officials said Russia was blamed unfairly, and Russia's envoy said so too. Moscow called it a Russophobic campaign, and the Kremlin said Russia would answer. Russian media echoed Moscow. The country asked Estonia for help on Sunday.",
    );
    expect(hasClaim(ex, "requested-help", "state:georgia", "state:estonia")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:russia", "state:estonia")).toBe(false);
  });

  it("reads 'the country' in what a state's body says as that body's own state", () => {
    const ex = extract(
      "Unknown intruders wiped the servers of a Danish port on June 4, 2024. Denmark pointed at Iceland. Iceland's foreign office replied through a spokesman, who said the country rejected any part in the wiping of the port servers.",
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:denmark")).toBe(false);
  });

  it("does not read 'the country' as the speaking body's state when another state is named between", () => {
    const ex = extract(
      "Intruders locked the Danish port authority's files on June 4, 2024. The FBI said Iceland was behind the attack, adding that the country has denied any role.",
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:united-states")).toBe(false);
  });

  it("reads 'the alliance' as the organization last named", () => {
    const ex = extract("NATO held talks. The alliance's head Ola Dahl said more was needed.");
    expect(hasClaim(ex, "affiliated-with", "person:ola-dahl", "organization:nato")).toBe(true);
  });

  it("reads 'the NATO member' as the topic state, and as a member", () => {
    const ex = extract(
      "Albania suffered a cyberattack on July 15, 2022. The NATO member asked Britain for help.",
    );
    expect(hasClaim(ex, "member-of", "state:albania", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:albania", "state:united-kingdom")).toBe(true);
  });

  it("reads 'the prime minister' as the person who holds that office", () => {
    const ex = extract(
      "Prime Minister Edvin Hoxha of Albania spoke on Friday. “Iran was behind the cyberattack on Albania,” the prime minister said.",
    );
    expect(ex.entities.filter((e) => e.type === "person")).toHaveLength(1);
    // The speaker "the prime minister" is Hoxha: he is the one who claims the attribution.
    const attribution = ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:iran");
    expect(attribution?.claimants).toContain("person:edvin-hoxha");
  });

  it("reads 'we' in a quote as the body its speaker speaks for", () => {
    const ex = extract(
      'A Foreign Office spokeswoman in Britain said: "We stand ready to help Moldova with its cyber defences."',
    );
    const offers = ex.claims.filter((c) => c.type === "offered-help");
    expect(offers.map((c) => c.target)).toContain("state:moldova");
  });

  describe("a bare definite body head ('the commission', 'the authority')", () => {
    it("reads it as the body named last with that head word (wire)", () => {
      const ex = extract(
        "Hackers breached the servers of Chile's Financial Market Commission on Monday. Argentina sent experts to help the commission restore its systems.",
      );
      expect(hasClaim(ex, "assisted", "state:argentina", "agency:chile-financial-market-commission")).toBe(
        true,
      );
    });

    it("reads it as the subject of a request (press release)", () => {
      const ex = extract(
        "Ghana's Energy Regulatory Authority was hit by ransomware in May 2024. The authority asked Nigeria for help, a spokesman said.",
      );
      expect(
        hasClaim(ex, "requested-help", "agency:ghana-energy-regulatory-authority", "state:nigeria"),
      ).toBe(true);
    });

    it("reads its possessive as that body too ('the agency's backups')", () => {
      const ex = extract(
        "A ransomware attack hit Bolivia's customs agency in May 2025. Germany's BSI has offered to review the agency's backups.",
      );
      expect(hasClaim(ex, "offered-help", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
    });

    it("points at no body whose names lack the head word", () => {
      const ex = extract(
        "Peru's central bank was hit by hackers in June 2023. The ministry asked Brazil for assistance.",
      );
      expect(ex.claims.filter((c) => c.type === "requested-help")).toHaveLength(0);
    });

    it("leaves 'the commission of inquiry' alone: a body named by what follows", () => {
      const ex = extract(
        "Chile's Financial Market Commission was hacked in 2023. The commission of inquiry asked Brazil for assistance.",
      );
      expect(ex.claims.filter((c) => c.type === "requested-help")).toHaveLength(0);
    });
  });
});
