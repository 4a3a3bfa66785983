/**
 * Attack verbs (lexicon `attack`, `impact`, `attempt`): who hit what when no attack noun is
 * written, with invented sentences.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `ASUNCION, 14 July 2025 (AP) - ${body}`;

describe("attack verbs", () => {
  it("reads malware that disabled or locked a body's systems as an attack on the body", () => {
    for (const sentence of [
      "A wiper disabled hundreds of workstations at Paraguay's tax agency overnight.",
      "Ransomware locked the servers of Paraguay's tax agency on Sunday, forcing staff back to paper.",
      "Officials said a cyberattack had disabled the booking system of Paraguay's tax agency.",
    ])
      expect(
        hasClaim(extract(wire(sentence)), "attacked", "incident:*", "agency:paraguay-tax-agency"),
        sentence,
      ).toBe(true);
  });

  it("does not read defenders who disabled or locked accounts as attackers", () => {
    const ex = extract(
      wire(
        "After the phishing wave, they disabled the staff accounts of Paraguay's tax agency and locked its portal.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "agency:paraguay-tax-agency")).toBe(false);
  });

  it("reads an attempt by hackers as an attack on its object ('had twice tried to break into')", () => {
    const ex = extract(
      wire("Hackers had twice tried to break into Paraguay's central bank, officials said."),
    );
    expect(attackedTargets(ex)).toEqual(["agency:paraguay-central-bank (state:paraguay)"]);
  });

  it("makes a named group the subject of the verb its attacker ('APT29 breached')", () => {
    const ex = extract(wire("APT29 breached Paraguay's tax agency in May."));
    expect(hasClaim(ex, "attacked", "incident:*", "agency:paraguay-tax-agency")).toBe(true);
    expect(hasClaim(ex, "attributed-to", "incident:*", "group:apt29")).toBe(true);
  });

  it("does not take a ransomware gang for an attack", () => {
    const ex = extract(wire("The Lockbit ransomware gang published a list of its members on Friday."));
    expect(ex.entities.filter((e) => e.type === "incident")).toEqual([]);
  });

  it("takes the victim of a passive from its own clause ('the bloc acts when a member is targeted')", () => {
    const ex = extract(
      wire(
        "The cyberattack on Paraguay's tax agency angered the EU, which acts when a member state was targeted.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "organization:european-union")).toBe(false);
  });
});

describe("planting malware", () => {
  it("reads intruders who planted malware on a body's servers as a dated attack on that body, apart from the story's", () => {
    const ex = extract(
      wire(
        "Hackers broke into the customs service of Paraguay on Monday, officials said. In 2023, intruders planted malware on the servers of Paraguay's tax agency.",
      ),
    );
    const older = incidents(ex).find((i) => i.date === "2023");
    expect(older).toBeDefined();
    expect(hasClaim(ex, "attacked", older!.key, "agency:paraguay-tax-agency")).toBe(true);
  });
});
