/**
 * The condemn, verdict and attack rules (rules/attribution/condemnations.ts), with invented sentences
 * (none comes from a fixture).
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../../../src/extract";
import { extract, hasClaim, incidents, testGazetteer } from "../../helpers";
import { wire, attackOn, rio, hit } from "./stories";

describe("condemn and verdict rules", () => {
  it("reads 'condemned the attack' and a speaker calling it 'reckless'", () => {
    const ex = extract(wire("NATO condemned the cyberattack on Ecuador's parliament."));
    expect(hasClaim(ex, "condemned", "organization:nato", attackOn(ex))).toBe(true);
    const verdict = extract(wire('The cyberattack on Ecuador\'s parliament was "reckless", NATO said.'));
    expect(hasClaim(verdict, "condemned", "organization:nato", attackOn(verdict))).toBe(true);
  });
});

describe("condemn rule, an object that describes the attack", () => {
  const hit = "Hackers crippled the customs service of Ecuador on Monday. ";

  it("reads no condemnation in 'asked X to condemn' or 'declined to condemn', but one in 'was quick to condemn'", () => {
    const asked = extract(wire(`${hit}Ecuador asked its neighbours to condemn the attack.`));
    expect(asked.claims.some((c) => c.type === "condemned")).toBe(false);
    const declined = extract(wire(`${hit}Peru declined to condemn the attack.`));
    expect(declined.claims.some((c) => c.type === "condemned")).toBe(false);
    const quick = extract(wire(`${hit}NATO was quick to condemn the attack.`));
    expect(hasClaim(quick, "condemned", "organization:nato", attackOn(quick))).toBe(true);
  });

  it("reads a condemnation told to 'the press' as made: the noun is no verb of asking", () => {
    const told = extract(
      wire(`${hit}Ecuador's president told the press he wanted to condemn the attack without reserve.`),
    );
    expect(told.claims.some((c) => c.type === "condemned")).toBe(true);
  });

  it("reads a quoted description and 'what she called ...' as the attack under discussion", () => {
    const quoted = extract(wire(`${hit}NATO condemned "any attack on the institutions of an ally".`));
    expect(hasClaim(quoted, "condemned", "organization:nato", attackOn(quoted))).toBe(true);
    const called = extract(
      wire(
        `${hit}The European Union backed Quito, with a spokeswoman for the bloc condemning what she called "malicious cyber activity against a partner".`,
      ),
    );
    expect(hasClaim(called, "condemned", "organization:european-union", attackOn(called))).toBe(true);
  });

  it("gives a second verb joined by ', and' to the speaker, not to the actor the first clause accuses", () => {
    const ex = extract(
      wire(
        `${hit}In a statement, Germany's BSI said APT29 was almost certainly behind the intrusion, and condemned what it called "reckless cyber activity".`,
      ),
    );
    // A body cannot condemn in the data model: its state does.
    expect(hasClaim(ex, "condemned", "state:germany", attackOn(ex))).toBe(true);
    expect(ex.claims.some((c) => c.type === "condemned" && c.source === "group:apt29")).toBe(false);
  });

  it("gives a body's condemnation to the organization that owns it", () => {
    const gazetteer = {
      entities: [
        ...testGazetteer.entities,
        {
          key: "organization:andean-community",
          label: "Andean Community",
          type: "organization" as const,
          aliases: ["CAN"],
        },
        {
          key: "agency:andean-secretariat",
          label: "Andean Secretariat",
          type: "agency" as const,
          aliases: ["CAN Secretariat"],
          parent: "organization:andean-community",
        },
      ],
    };
    const ex = extractDocument(
      { id: "c.txt", text: wire(`${hit}On Tuesday the CAN Secretariat firmly condemned the attack.`) },
      createExtractionContext(gazetteer, { referenceYear: 2026 }),
    );
    expect(hasClaim(ex, "condemned", "organization:andean-community", attackOn(ex))).toBe(true);
    expect(ex.claims.some((c) => c.type === "condemned" && c.source.startsWith("agency:"))).toBe(false);
  });

  it("takes no 'condemned it/them' for the attack: the pronoun may stand for anything said since", () => {
    for (const body of [
      `${hit}Peru recalled its ambassador from Quito on Tuesday. The OAS condemned it as a blow to the region.`,
      `${hit}Officers detained three students in Cuenca on Thursday. Ecuador's president condemned them as vandals.`,
    ]) {
      const ex = extract(wire(body));
      expect(incidents(ex).length).toBeGreaterThan(0);
      expect(ex.claims.some((c) => c.type === "condemned")).toBe(false);
    }
  });

  it("condemns nothing when the object is no attack or the verb is negated", () => {
    const decision = extract(wire(`${hit}NATO condemned "the decision to expel its diplomats".`));
    expect(decision.claims.some((c) => c.type === "condemned")).toBe(false);
    const refused = extract(wire(`${hit}NATO did not condemn "any specific attack", a spokesman said.`));
    expect(refused.claims.some((c) => c.type === "condemned")).toBe(false);
  });
});

describe("attack rule", () => {
  it("makes the state whose body was hit attacked", () => {
    const ex = extract(wire("The cyberattack on Germany's BSI took its website offline on Monday."));
    expect(hasClaim(ex, "attacked", attackOn(ex), "state:germany")).toBe(true);
  });
});

describe("denials, dismissals and condemnations", () => {
  it("gives 'were among the governments that condemned' to each state listed", () => {
    const ex = extract(
      rio(`${hit}Chile and Peru were among the governments that swiftly condemned the attack.`),
    );
    expect(hasClaim(ex, "condemned", "state:chile", incidents(ex)[0]!.key)).toBe(true);
    expect(hasClaim(ex, "condemned", "state:peru", incidents(ex)[0]!.key)).toBe(true);
  });

  it("reads a speaker judging the attack 'utterly reckless' as condemning it", () => {
    const ex = extract(rio(`${hit}Chile said the attack was "utterly reckless".`));
    expect(hasClaim(ex, "condemned", "state:chile", incidents(ex)[0]!.key)).toBe(true);
  });
});

describe("verdict and condemn rules, who judges and which attack", () => {
  it("does not take the possessor of the judged campaign for a judge ('said Paraguay's campaign was reckless')", () => {
    const ex = extract(
      rio(`${hit}Chile's president said Paraguay's campaign against Uruguay was "reckless".`),
    );
    expect(ex.claims.some((c) => c.type === "condemned" && c.source === "state:paraguay")).toBe(false);
  });

  it("refers 'condemned the attack on Friday' back to the attack under discussion, even from another year", () => {
    const ex = extract(
      "MONTEVIDEO, 7 January 2022 (AFP) - Hackers breached Uruguay's senate on 28 December 2021. Chile and Peru condemned the attack on Thursday.",
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(hasClaim(ex, "condemned", "state:chile", incidents(ex)[0]!.key)).toBe(true);
  });
});
