/** Attributions whose agent or sponsor sits past an aside or a possessor, in invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../helpers";

describe("a source phrase set off by commas", () => {
  it("ends at its closing comma: the agent after it is the agent, not a source", () => {
    for (const text of [
      "Hackers broke into the Harbour Fund's servers in May 2026. The attack, according to investigators, was carried out by APT29.",
      "Hackers broke into the Harbour Fund's servers in May 2026. The attack, according to the inquiry, was the work of APT29.",
    ]) {
      const x = extract(text);
      expect(hasClaim(x, "attributed-to", "incident:*", "group:apt29")).toBe(true);
      expect(claimsOf(x, "attributed-to").flatMap((c) => c.claimants)).not.toContain("group:apt29");
    }
  });

  it("still names its source past a comma that opens a description of it", () => {
    const claimants = claimsOf(
      extract(
        "The May 2026 theft from the Harbour Fund's mailboxes was carried out by APT29, according to Germany's BSI, the country's cyber agency.",
      ),
      "attributed-to",
    ).flatMap((c) => c.claimants);
    expect(claimants).toContain("agency:bsi");
  });

  it("goes on past a comma when a participle describes the source ('a report, written by ...')", () => {
    for (const { text, source } of [
      {
        text: "Hackers hit the Harbour Fund's servers in March 2026. The attack was carried out by APT29, according to a report, written by analysts at the BSI.",
        source: "agency:bsi",
      },
      {
        text: "Hackers hit the Harbour Fund's servers in March 2026. The attack was carried out by APT29, according to the inquiry, led by Britain's National Cyber Security Centre.",
        source: "agency:ncsc-uk",
      },
    ]) {
      const attributions = claimsOf(extract(text), "attributed-to");
      expect(attributions.map((c) => c.target)).toEqual(["group:apt29"]);
      expect(attributions[0]!.claimants).toContain(source);
    }
  });
});

describe("attackers serving a possessor's body", () => {
  it("reads the attack when the body they serve is named through its state ('working for Russia's ...')", () => {
    for (const text of [
      "Hackers working for Russia's military intelligence service broke into the Harbour Fund's servers in May 2026.",
      "Hackers tied to Russia's Foreign Intelligence Service broke into the Harbour Fund's servers in May 2026.",
    ]) {
      const x = extract(text);
      expect(hasClaim(x, "attacked", "incident:*", "agency:harbour-fund")).toBe(true);
      const accused = claimsOf(x, "attributed-to").map((c) => c.target);
      expect(accused.some((k) => k === "state:russia" || k.startsWith("agency:russia"))).toBe(true);
    }
  });

  it("blames no body whose own systems its hackers go into ('broke into its payroll system')", () => {
    const x = extract(
      "Hackers working for Latvia's revenue service as hired testers broke into its payroll system during an exercise in May 2026.",
    );
    expect(claimsOf(x, "attributed-to")).toEqual([]);
  });

  it("gives no attack when the possessor's people do something else than attack", () => {
    const x = extract(
      "Analysts working for Germany's cyber agency examined the Harbour Fund's servers in May 2026.",
    );
    expect(claimsOf(x, "attacked")).toEqual([]);
    expect(claimsOf(x, "attributed-to")).toEqual([]);
  });
});
