/**
 * The blame rule (rules/attribution/blame.ts): 'accused', 'blamed', 'charged with', each with its own
 * invented sentences (none comes from a fixture). Datelines give the articles a publication date.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, hasClaim, incidents } from "../../helpers";
import { wire, attackOn, claimantsOf } from "./stories";

describe("blame rule", () => {
  it("makes the object of 'accused' the actor and the subject the claimant", () => {
    const ex = extract(wire("Ecuador accused Venezuela of a cyberattack on its electricity regulator."));
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toContain("state:ecuador");
  });

  it("reads the passive 'was blamed for' with the subject as the one blamed", () => {
    const ex = extract(
      wire("A hacking attack crippled Ecuador's customs service. Venezuela was blamed for the attack."),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
  });

  it("reads the passive '<incident> was blamed on Y' with Y accused, never the incident's target", () => {
    for (const text of [
      "The cyberattack on Ecuador's customs service was blamed on Venezuela.",
      "Last week's hack of the Ecuadorean finance ministry has been blamed on Venezuela, the minister said.",
      "Officials said the breach of Ecuador's customs service was widely blamed on hackers working for Venezuela.",
    ]) {
      const ex = extract(wire(text));
      const accused = ex.claims.filter((c) => c.type === "attributed-to").map((c) => c.target);
      expect(accused).toEqual(["state:venezuela"]);
    }
    const onMonday = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Venezuela was blamed on Monday for the attack.",
      ),
    );
    expect(hasClaim(onMonday, "attributed-to", attackOn(onMonday), "state:venezuela")).toBe(true);
  });

  it("blames every incident joined by 'and' after 'of', each with its own target", () => {
    const ex = extract(
      wire(
        "Chile accused Bolivia of the 2021 attack on the port authority and the 2023 breach of the tax office.",
      ),
    );
    const dated = (year: string) => incidents(ex).find((i) => i.date === year)!.key;
    expect(hasClaim(ex, "attributed-to", dated("2021"), "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "attributed-to", dated("2023"), "state:bolivia")).toBe(true);
  });

  it("does not blame an incident that a new clause names after 'and'", () => {
    const ex = extract(
      wire(
        "Chile accused Bolivia of the 2021 attack on the port authority, and said the 2023 breach of the tax office was criminal.",
      ),
    );
    const dated = (year: string) => incidents(ex).find((i) => i.date === year)!.key;
    expect(hasClaim(ex, "attributed-to", dated("2021"), "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "attributed-to", dated("2023"), "state:bolivia")).toBe(false);
  });
});

describe("blame rule, 'blamed the attack on X'", () => {
  const hit = "Hackers crippled the customs service of Ecuador on Monday. ";

  it("blames the one after 'on' for the attack under discussion, not an attack on it", () => {
    for (const text of [
      `${hit}Ecuador blamed the attack on Venezuela.`,
      `${hit}In a late-night statement, Ecuadorian officials blamed the intrusion on a group they call APT29.`,
    ]) {
      const ex = extract(wire(text));
      const blamed = ex.claims.filter((c) => c.type === "attributed-to");
      expect(blamed.length).toBeGreaterThan(0);
      for (const claim of blamed) expect(claim.source).toBe(attackOn(ex));
    }
  });

  it("keeps the attack's own target when the one blamed comes before 'for'", () => {
    const ex = extract(wire("Ecuador blamed Venezuela for the attack on its customs service on Monday."));
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
    // "its" is the accuser's: the customs service hit is Ecuador's.
    expect(attackedTargets(ex, attackOn(ex))).toEqual(["agency:ecuador-customs-service (state:ecuador)"]);
  });
});

describe("blame rule, nouns and other times", () => {
  it("reads 'charges' and 'sanctions' after a determiner as nouns, blaming no one", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. A senator called on the Colombian police to bring criminal charges.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:colombia")).toBe(false);
  });

  it("blames no one for the attack when the act accused of is no attack ('of fabricating claims')", () => {
    const ex = extract(
      wire(
        "Ecuador accused Venezuela of a cyberattack on its customs service. Venezuela in turn accused Colombia of fabricating claims.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:colombia")).toBe(false);
    const hacking = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Ecuador accused Colombia of hacking the service.",
      ),
    );
    expect(hasClaim(hacking, "attributed-to", attackOn(hacking), "state:colombia")).toBe(true);
  });

  it("does not lay at the current attack's door a charge the sentence dates to other years", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service in February. In 2016 prosecutors charged Venezuela with gaining access in 2013 to a dam.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(false);
    const same = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service in February. Prosecutors accused Venezuela of the attack.",
      ),
    );
    expect(hasClaim(same, "attributed-to", attackOn(same), "state:venezuela")).toBe(true);
  });
});

describe("blame rule, charges naming the act after 'with'", () => {
  it("reads 'charged two operatives of a group with the breach' as that group behind the breach", () => {
    const ex = extract(
      wire(
        "Ecuador's prosecutors have charged two APT29 operatives with the 2024 breach at the Quito water utility, the attorney general said.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
  });

  it("reads an attack named by a gerund after 'with', and not an officer charged with protecting a network", () => {
    const gerund = extract(
      "Press release — A federal court indicted four officers of Cuba's Intelligence Directorate with hacking the electoral council in 2024.",
    );
    expect(hasClaim(gerund, "attributed-to", "incident:*", "agency:cuba-intelligence-directorate")).toBe(
      true,
    );
    const duty = extract(
      wire(
        "Hackers crippled Ecuador's customs service in January. The minister charged Germany's BSI with protecting the customs network.",
      ),
    );
    expect(duty.claims.some((c) => c.type === "attributed-to" && c.target === "agency:bsi")).toBe(false);
  });
});

describe("blame rule, the accused alone", () => {
  it("reads 'blamed X at the time' for the attack under discussion", () => {
    const ex = extract(
      wire(
        "A cyberattack took down Ecuador's customs portal in 2019. Ecuadorian officials blamed Cuba at the time.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:cuba")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "state:cuba")).toContain("state:ecuador");
  });

  it("reads nothing into 'stopped short of accusing'", () => {
    const ex = extract(
      wire(
        "A cyberattack took down Ecuador's customs portal in 2019. Ecuadorian officials stopped short of accusing the Cuban state.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:cuba")).toBe(false);
  });
});

describe("attributions, no one attacks itself", () => {
  it("lays no incident at the door of a state it was aimed at", () => {
    const ex = extract(
      wire("Hackers froze Peru's tax office on Monday. Peru blamed the attack on hackers linked to Bolivia."),
    );
    const selfAttacks = ex.claims.filter(
      (c) =>
        c.type === "attributed-to" &&
        (ex.entities.find((e) => e.key === c.source)?.targets ?? []).includes(c.target),
    );
    expect(selfAttacks).toEqual([]);
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:bolivia")).toBe(true);
  });
});
