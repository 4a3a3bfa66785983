/**
 * The denial and disavowal rules (rules/attribution/denials.ts), with invented sentences (none comes from
 * a fixture).
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim, incidents } from "../../helpers";
import { wire, attackOn, rio, incidentOn, keyOf } from "./stories";

describe("denial rule, another event named", () => {
  it("denies nothing about the attack under discussion when the object names another event", () => {
    const ex = extract(
      wire(
        "Ecuador accused Cuba of a cyberattack on its ports. Havana has consistently denied any role in the Sony Pictures heist.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "denied")).toBe(false);
  });
});

describe("denial rule", () => {
  it("makes the denier the subject of the denial, never the accuser", () => {
    const ex = extract(
      wire("Ecuador accused Cuba of a cyberattack on its ports. Cuba denied the accusations."),
    );
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:ecuador")).toBe(false);
  });

  it("reads a state-media 'so-called' dismissal as a denial", () => {
    const ex = extract(
      wire("Ecuador accused Cuba of a cyberattack on its ports. Cuba rejected the so-called evidence."),
    );
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });
});

describe("disavowal rule", () => {
  it("reads state-media denials without a denial verb, and not an inquiry that was not conducted", () => {
    const accused = "Ecuador accused Cuba of a cyberattack on its ports. ";
    const nothing = extract(wire(`${accused}Cuba has nothing to do with the attacks, a spokesman said.`));
    expect(hasClaim(nothing, "denied", "state:cuba", attackOn(nothing))).toBe(true);
    const called = extract(wire(`${accused}Cuba called the accusations "groundless".`));
    expect(hasClaim(called, "denied", "state:cuba", attackOn(called))).toBe(true);
    const opposes = extract(wire(`${accused}Cuba firmly opposes cyberattacks of every kind.`));
    expect(hasClaim(opposes, "denied", "state:cuba", attackOn(opposes))).toBe(true);
    const inquiry = extract(wire(`${accused}Ecuador did not conduct an inquiry into the ports.`));
    expect(inquiry.claims.some((c) => c.type === "denied")).toBe(false);
  });
});

describe("disavowal rule, what the denier says of the accusations", () => {
  const accused = "Ecuador accused Cuba of a cyberattack on its ports. ";

  it("makes whoever calls the accusations baseless the denier, and reads 'no involvement whatsoever'", () => {
    const baseless = extract(wire(`${accused}Cuba said that the accusations were "baseless lies".`));
    expect(hasClaim(baseless, "denied", "state:cuba", attackOn(baseless))).toBe(true);
    const none = extract(
      wire(`${accused}A spokesman said Cuba had "no involvement whatsoever" in the incident.`),
    );
    expect(hasClaim(none, "denied", "state:cuba", attackOn(none))).toBe(true);
  });

  it("reads a quoted denial verb ('Cuba \"resolutely opposes\" all hacking')", () => {
    const ex = extract(wire(`${accused}The embassy said that Cuba "resolutely opposes" all hacking.`));
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });
});

describe("denial and disavowal rules, a mission abroad denies for its state", () => {
  const accused = "Ecuador accused Cuba of a cyberattack on its ports. ";

  it("makes the state an embassy represents a denier with the embassy, in wire and state-media wording", () => {
    const rejected = extract(
      wire(`${accused}The Cuban embassy in Quito rejected the allegations on Friday.`),
    );
    expect(hasClaim(rejected, "denied", "state:cuba", attackOn(rejected))).toBe(true);
    expect(rejected.claims.some((c) => c.type === "denied" && c.source.startsWith("agency:"))).toBe(true);
    const called = extract(
      wire(
        `${accused}In a short note, Cuba's embassy in Lima said the accusations were "entirely baseless".`,
      ),
    );
    expect(hasClaim(called, "denied", "state:cuba", attackOn(called))).toBe(true);
  });

  it("makes the body that reports its state's disavowal a denier with it, not its spokesperson nor the accuser", () => {
    const said = extract(
      wire(`${accused}The Cuban embassy in Quito said Cuba "has no links" with this hack.`),
    );
    expect(hasClaim(said, "denied", "state:cuba", attackOn(said))).toBe(true);
    expect(said.claims.some((c) => c.type === "denied" && c.source.startsWith("agency:"))).toBe(true);
    const spokesman = extract(
      wire(
        `${accused}Cuba has no connection with this hack, Cuban foreign ministry spokesman Raul Paredes said.`,
      ),
    );
    expect(
      spokesman.claims
        .filter((c) => c.type === "denied")
        .map((c) => c.source.split(":")[0])
        .sort(),
    ).toEqual(["agency", "state"]);
    const accuser = extract(
      wire(`${accused}Ecuador's interior ministry said Peru has no connection with this hack.`),
    );
    expect(accuser.claims.some((c) => c.type === "denied" && c.source.startsWith("agency:"))).toBe(false);
  });

  it("does not make a ministry's denial its state's unless it speaks for it, nor the accuser a denier", () => {
    const ex = extract(
      wire(`${accused}Ecuador's interior ministry dismissed the idea that the outage was an accident.`),
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:ecuador")).toBe(false);
  });
});

describe("denial rule, 'those accusations'", () => {
  it("answers the accusation the sentence before reported, not an earlier attack", () => {
    const ex = extract(
      wire(
        "Hackers crippled Ecuador's customs service on Monday. Ecuador blamed Cuba for it. In 2023 Peru accused APT29 of a cyberattack on its tax agency. Cuba dismissed those accusations too.",
      ),
    );
    const peru = incidents(ex).find((i) => i.date?.startsWith("2023"));
    expect(peru).toBeDefined();
    expect(hasClaim(ex, "denied", "state:cuba", peru!.key)).toBe(true);
  });
});

describe("denials, dismissals and condemnations", () => {
  it("reads a capital's 'rejected everything' as its state denying what it was accused of", () => {
    const ex = extract(
      rio("Uruguay blamed Venezuela for hacking its senate on Friday. Caracas rejected everything."),
    );
    expect(hasClaim(ex, "denied", "state:venezuela", incidents(ex)[0]!.key)).toBe(true);
  });

  it("lets a foreign ministry spokeswoman's dismissal stand for her state", () => {
    const ex = extract(
      rio(
        "Uruguay blamed Paraguay for hacking its senate on Friday. Paraguayan foreign ministry spokeswoman Ines Gomez dismissed the allegations.",
      ),
    );
    expect(hasClaim(ex, "denied", "state:paraguay", incidents(ex)[0]!.key)).toBe(true);
  });

  it("reads 'X rejected it.' as a denial", () => {
    const ex = extract(rio("Uruguay accused Venezuela of hacking its senate. Venezuela rejected it."));
    expect(hasClaim(ex, "denied", "state:venezuela", incidents(ex)[0]!.key)).toBe(true);
  });

  it("lets a blanket denial deny every incident laid at the denier's door so far", () => {
    const ex = extract(
      rio(
        "Uruguay blamed Venezuela for hacking its senate on Friday. It also blamed Venezuela for a 2018 breach of its tax office. Venezuela denied everything.",
      ),
    );
    const accused = ex.claims.filter((c) => c.type === "attributed-to" && c.target === "state:venezuela");
    expect(accused.length).toBeGreaterThan(0);
    for (const c of accused) expect(hasClaim(ex, "denied", "state:venezuela", c.source)).toBe(true);
  });
});

describe("disavowal rule, across an opening quote", () => {
  it("keeps the subject before a quotation that opens the predicate ('Paraguay \"has nothing to do with\" it')", () => {
    const ex = extract(
      rio(
        'Uruguay blamed Paraguay for hacking its senate. Paraguay "has nothing to do with" the attack, its president said.',
      ),
    );
    expect(hasClaim(ex, "denied", "state:paraguay", incidents(ex)[0]!.key)).toBe(true);
  });

  it("does not give a quotation after a colon the speaker of an earlier clause", () => {
    const ex = extract(
      rio(
        'Uruguay blamed Paraguay for hacking its senate. Chile said: "Nobody has nothing to do with anything."',
      ),
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:chile")).toBe(false);
  });
});

describe("denial rule, the accusation before its denier", () => {
  it("makes the subject of 'an accusation X dismissed' and 'claims that X has always denied' the denier", () => {
    for (const text of [
      "Ecuador said the 2024 attack on its customs service was carried out by Venezuela, an accusation Venezuela dismissed.",
      "Chile blamed Bolivia for the 2023 cyberattack on its port authority, claims that Bolivia has always rejected.",
    ]) {
      const ex = extract(wire(text));
      const accused = claimsOf(ex, "attributed-to")[0]!;
      expect(claimsOf(ex, "denied").map((c) => [c.source, c.target])).toEqual([
        [accused.target, accused.source],
      ]);
    }
  });
});

describe("deniedIncident, a mission's seat", () => {
  // Two attacks laid at Cuba's door, the recalled one on another state told last.
  const story = (denial: string) =>
    `LIMA, 10 April 2026 (AFP) - In March 2026 intruders broke into Peru's Ministry of Energy network, and Lima said Cuba was behind the intrusion. The same crew had hit Chile before: in 2025 Santiago blamed Cuba for the theft of mail from Chile's Ministry of Finance. ${denial}`;
  const deniedBy = (ex: ReturnType<typeof extract>, key: string) =>
    ex.claims.filter((c) => c.type === "denied" && c.source === key).map((c) => c.target);

  it("takes an embassy's denial, and its state's, as answering the attack on the state it sits in", () => {
    const ex = extract(story("Cuba's embassy in Lima dismissed the charge as invented."));
    const peru = incidentOn(ex, "agency:peru-ministry-of-energy");
    expect(peru).toBeDefined();
    expect(deniedBy(ex, "state:cuba")).toEqual([peru]);
    expect(deniedBy(ex, keyOf(ex, "Embassy of Cuba in Lima")!)).toEqual([peru]);
  });

  it("leaves the denial on the last accusation when the embassy sits where that attack was", () => {
    const chile = (ex: ReturnType<typeof extract>) => incidentOn(ex, "state:chile");
    const there = extract(story("Cuba's embassy in Santiago dismissed the charge as invented."));
    expect(deniedBy(there, "state:cuba")).toEqual([chile(there)]);
  });

  it("does not move today's charge to an older attack on the embassy's host", () => {
    const ex = extract(
      "In 2022 intruders breached Ecuador's Ministry of Health, and Quito blamed Cuba. Now the same crew has broken into Colombia's Ministry of Mines, and in April 2026 Bogotá blamed Cuba for the breach. Cuba's embassy in Quito dismissed the charge as invented.",
    );
    const colombia = incidentOn(ex, "agency:colombia-ministry-of-mines");
    expect(colombia).toBeDefined();
    expect(deniedBy(ex, "state:cuba")).toEqual([colombia]);
  });
});
