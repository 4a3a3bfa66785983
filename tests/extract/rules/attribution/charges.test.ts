/**
 * The penalty and participation rules (rules/attribution/charges.ts), with invented sentences (none comes
 * from a fixture).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { wire, attackOn, claimantsOf } from "./stories";

describe("penalty rule, sanctions and charges over an attack", () => {
  const directorate = "agency:cuba-intelligence-directorate";

  it("puts the body whose officers are sanctioned behind the attack, the one imposing it claiming so", () => {
    const ex = extract(
      wire(
        "Peru's Treasury on Tuesday announced sanctions against three officials of Cuba's Intelligence Directorate for the 2024 ransomware attack on the Lima port authority.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), directorate)).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), directorate)).toEqual(
      expect.arrayContaining(["agency:peru-treasury", "state:peru"]),
    );
  });

  it("reads a travel ban on a group 'in connection with' the attack, and a reason given as 'saying they were behind'", () => {
    const council = extract(
      "Live updates, 12:40 — The Council adopted a travel ban and an asset freeze against APT29 in connection with the hacking of the Chilean senate in 2023.",
    );
    expect(hasClaim(council, "attributed-to", "incident:*", "group:apt29")).toBe(true);
    const saying = extract(
      wire(
        "Lima imposed new sanctions on five commanders of Cuba's Intelligence Directorate, saying they were behind the 2024 ransomware attack on the port authority.",
      ),
    );
    expect(hasClaim(saying, "attributed-to", attackOn(saying), directorate)).toBe(true);
  });

  it("blames no one for sanctions without an attack as their reason, or on what is no actor", () => {
    const dispute = extract(wire("Chile lifted sanctions on Venezuela over the 2019 election dispute."));
    expect(dispute.claims.some((c) => c.type === "attributed-to")).toBe(false);
    const exports = extract(
      wire(
        "Peru said new sanctions on Cuba's oil exports were unrelated to the 2024 ransomware attack on the Lima port authority.",
      ),
    );
    expect(exports.claims.some((c) => c.type === "attributed-to")).toBe(false);
  });
});

describe("participation rule, who took part in the attack", () => {
  it("reads an apposition's relative clause: 'X, an officer who prosecutors believe took part in the attack'", () => {
    const ex = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Marko Ilic, a Serbian officer who Peruvian prosecutors believe took part in the attack, was named on Tuesday.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "person:marko-ilic")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "person:marko-ilic")).toContain("state:peru");
  });

  it("reads a reduced relative 'an officer involved in the intrusion' and a plain 'X participated in'", () => {
    const reduced = extract(
      "Press release, 4 May 2025. An intrusion hit the Chilean senate in April. The sanctions list names Colonel Ivan Sokolov, an intelligence officer involved in the intrusion.",
    );
    expect(hasClaim(reduced, "attributed-to", attackOn(reduced), "person:ivan-sokolov")).toBe(true);
    const plain = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Investigators say Cozy Bear participated in the customs service attack.",
      ),
    );
    expect(hasClaim(plain, "attributed-to", attackOn(plain), "group:apt29")).toBe(true);
  });

  it("reads neither a denial of taking part nor a question as taking part", () => {
    const denied = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Venezuela denied that it took part in the attack.",
      ),
    );
    expect(denied.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(
      false,
    );
    const asked = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Officials asked whether Venezuela had taken part in the attack.",
      ),
    );
    expect(asked.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(
      false,
    );
  });
});
