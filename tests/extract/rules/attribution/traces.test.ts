/**
 * The attackers-of, traces and same-group rules (rules/attribution/traces.ts), with invented sentences
 * (none comes from a fixture).
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim, incidents } from "../../helpers";
import { wire, attackOn, claimantsOf } from "./stories";

describe("attackers-of rule", () => {
  it("makes whom the attackers serve the attack's author ('hackers working for X had accessed')", () => {
    const ex = extract(
      wire(
        "Ecuador said hackers working for Cuba had accessed the mailboxes of Ecuador's coast guard in May.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:cuba")).toBe(true);
    expect(hasClaim(ex, "attacked", "incident:*", "agency:ecuador-coast-guard")).toBe(true);
  });

  it("makes 'suspected of acting for' a suspected claim", () => {
    const ex = extract(
      wire("Hackers suspected of acting on behalf of Cuba breached Ecuador's central bank on Sunday."),
    );
    expect(ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:cuba")?.stance).toBe(
      "suspected",
    );
  });
});

describe("traces rule, what the attack left behind", () => {
  it("reads 'the tools found on the servers belong to a group they call X' with the firm that said it", () => {
    const ex = extract(
      wire(
        "Hackers breached the network of Ecuador's customs service in February. Analysts at the security firm Quillstone, who were hired by the agency in March, said on Monday that the tools found on the servers belong to a group they call Amber Lynx.",
      ),
    );
    const actor = ex.entities.find((e) => e.label === "Amber Lynx")?.key;
    expect(actor).toBeDefined();
    expect(hasClaim(ex, "attributed-to", attackOn(ex), actor!)).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), actor!)?.some((c) => c.includes("quillstone"))).toBe(true);
  });

  it("says nothing when the tools are said not to belong to anyone named", () => {
    const ex = extract(
      wire(
        "Hackers breached the network of Ecuador's customs service in February. Officials said there was no evidence the tools found on the servers belong to Venezuela.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(false);
  });

  it("reads 'the infrastructure used by X' and 'the implants matched those of X' as X behind it", () => {
    for (const text of [
      "Hackers breached the network of Ecuador's customs service in February. Analysts said the phishing emails contained code used by a group called Amber Lynx.",
      "Hackers breached the network of Ecuador's customs service in February. The implants on the mail servers matched those of a crew known as Amber Lynx.",
    ]) {
      const ex = extract(wire(text));
      const actor = ex.entities.find((e) => e.label === "Amber Lynx")?.key;
      expect(actor).toBeDefined();
      expect(hasClaim(ex, "attributed-to", attackOn(ex), actor!)).toBe(true);
    }
  });

  it("does not take an infrastructure used by the victim as the attacker's", () => {
    const ex = extract(
      wire(
        "Hackers breached the network of Ecuador's customs service in February. Officials found no sign that the infrastructure used by Venezuela was involved.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(false);
  });

  it("reads 'used by' and 'matched those of' only of the trace noun heading the phrase before them", () => {
    for (const sentence of [
      // Another verb and its object stand between: the participle qualifies the object.
      "The malware infected laptops used by the finance ministry of Ecuador.",
      "The backdoor copied a tool used by a crew known as Amber Lynx.",
      "The ransomware exploited an implant once used by a crew known as Amber Lynx.",
      "The toolkit hid inside files that were used by a crew known as Amber Lynx.",
      // The hit side's own tools, and what was taken, say nothing of who attacked.
      "Inspectors said the infrastructure used by Ecuador's customs service was ten years old.",
      "The tools used by Ecuador's police spotted the intruders within a day.",
      "The archives the intruders siphoned off contained tools used by a crew known as Amber Lynx.",
    ]) {
      const ex = extract(
        wire(`Hackers breached the network of Ecuador's customs service in February. ${sentence}`),
      );
      expect(ex.claims.filter((c) => c.type === "attributed-to")).toEqual([]);
    }
  });

  it("clears the one named when a negation stands between the trace noun and its verb", () => {
    for (const sentence of [
      "The toolkit never matched those of a crew known as Amber Lynx.",
      "Analysts said the implants on the mail servers did not match those of a crew known as Amber Lynx.",
      "Analysts said the code left on the servers didn't belong to a crew known as Amber Lynx.",
    ]) {
      const ex = extract(
        wire(`Hackers breached the network of Ecuador's customs service in February. ${sentence}`),
      );
      expect(ex.claims.filter((c) => c.type === "attributed-to")).toEqual([]);
    }
  });

  it("keeps the trace noun's own modifiers, a passive, or a likening verb before it", () => {
    for (const sentence of [
      "Analysts said the backdoor and servers deployed in the break-in matched those of a crew known as Amber Lynx.",
      "The malware that was previously used by a crew known as Amber Lynx turned up again.",
      "Analysts said parts of the wiper resembled tools previously used by a crew known as Amber Lynx.",
      "The intruders planted the same backdoor variant widely used by a crew known as Amber Lynx.",
      "Analysts found implant samples that matched those of a crew known as Amber Lynx.",
    ]) {
      const ex = extract(
        wire(`Hackers breached the network of Ecuador's customs service in February. ${sentence}`),
      );
      const actor = ex.entities.find((e) => e.label === "Amber Lynx")?.key;
      expect(actor).toBeDefined();
      expect(hasClaim(ex, "attributed-to", attackOn(ex), actor!)).toBe(true);
    }
  });
});

describe("same-group rule, 'the same group' refers back to the group named last", () => {
  const byGroup = (ex: ReturnType<typeof extract>) =>
    claimsOf(ex, "attributed-to")
      .filter((c) => c.target === "group:apt29")
      .map((c) => c.source);

  it("gives the incident its clause names to the group the text named before", () => {
    const ex = extract(
      wire(
        "Quito police tied the January outage at Ecuador's tax office to APT29. Investigators added that the same crew had stolen files from the Colombian defence ministry in 2022.",
      ),
    );
    const older = incidents(ex).find((i) => i.key.includes("colombia"));
    expect(older).toBeDefined();
    expect(byGroup(ex)).toContain(older!.key);
  });

  it("reads a responsibility phrase after the same group as its deed", () => {
    const ex = extract(
      wire(
        "Bogota police tied the January outage at Ecuador's tax office to APT29. The same group was also behind a 2023 breach of the Colombian defence ministry, they said.",
      ),
    );
    const older = incidents(ex).find((i) => i.key.includes("colombia"));
    expect(older).toBeDefined();
    expect(byGroup(ex)).toContain(older!.key);
  });

  it("reads 'the same operators' and 'had been blamed by X over' as the same group's deed", () => {
    const ex = extract(
      wire(
        "Lima police traced the March outage at Ecuador's port authority to APT29. In 2021 the same operators had been blamed by a Colombian court over an intrusion at the Colombian defence ministry, according to police.",
      ),
    );
    const older = incidents(ex).find((i) => i.key.includes("colombia"));
    expect(older).toBeDefined();
    expect(byGroup(ex)).toContain(older!.key);
  });

  it("says nothing when the same group was hit, or the phrase names responders", () => {
    for (const body of [
      "Bolivia's police blamed APT29 for the January outage at Ecuador's tax office. The same group was itself hacked by Chilean activists in 2023, who published its chat logs.",
      "Officials linked APT29 to the January outage at Ecuador's tax office. Experts from Estonia helped Quito recover. The same team had helped the Colombian defence ministry recover from a 2022 breach.",
      "Officials linked APT29 to the January outage at Ecuador's tax office. The same unit of Peru's navy that studied the outage was breached in 2022.",
    ]) {
      const ex = extract(wire(body));
      const later = incidents(ex).find((i) => /-202[23]/.test(i.key));
      expect(later).toBeDefined();
      expect(byGroup(ex)).not.toContain(later!.key);
    }
  });

  it("says nothing when the phrase is an object, a question, a relative clause's head or hit itself", () => {
    for (const body of [
      "APT29 was blamed for the January outage at Ecuador's tax office. Nobody knows whether the same crew had stolen files from the Colombian defence ministry in 2022.",
      "APT29 was blamed for the January outage at Ecuador's tax office. Colombia said hackers breached its defence ministry in 2022 and linked that breach to a different group than the same crew.",
      "APT29 was blamed for the January outage at Ecuador's tax office. The same crew that hit Quito went quiet after hackers breached the Colombian defence ministry in 2022.",
      "APT29 was blamed for the January outage at Ecuador's tax office. The same crew had been breached by rival hackers who stole files from its servers in 2023.",
    ]) {
      const ex = extract(wire(body));
      const older = incidents(ex).find((i) => /-202[23]$/.test(i.key));
      expect(older).toBeDefined();
      expect(byGroup(ex)).not.toContain(older!.key);
    }
  });
});

describe("same-group rule, who says it when the sentence names no one", () => {
  const found =
    "The BSI stated on Friday that a March 2026 cyberattack on the treasury of Peru was carried out by APT29. ";
  const olderClaimants = (text: string) =>
    claimsOf(extract(text), "attributed-to")
      .filter((c) => c.target === "group:apt29" && c.source.includes("chile"))
      .flatMap((c) => c.claimants);

  it("gives an unvoiced deed of the same group the claimants who last named the group as a culprit", () => {
    const claimants = olderClaimants(
      `${found}This same crew was also behind a 2024 intrusion at the foreign ministry of Chile.`,
    );
    expect(claimants).toEqual(["agency:bsi", "state:germany"]);
  });

  it("leaves a deed reported by someone the sentence names to its own reporter", () => {
    const claimants = olderClaimants(
      `${found}This same crew was also behind a 2024 intrusion at the foreign ministry of Chile, according to a report by researchers.`,
    );
    expect(claimants).not.toContain("agency:bsi");
  });

  it("leaves the deed the article's own when no one tied the group to anything before", () => {
    const claimants = olderClaimants(
      "The March 2026 cyberattack on the treasury of Peru was carried out by APT29. This same crew was also behind a 2024 intrusion at the foreign ministry of Chile.",
    );
    expect(claimants).toEqual([]);
  });
});
