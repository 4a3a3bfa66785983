/**
 * Denials by label (rules/attribution/labelled-accusations.ts): an accused side puts a quotation of its
 * own on the accusation. Invented sentences (none comes from a fixture).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { attackOn, wire } from "./stories";

const accused = "Ecuador accused Cuba of a cyberattack on its ports. ";
const denials = (ex: ReturnType<typeof extract>) => ex.claims.filter((c) => c.type === "denied");

describe("labelled accusation rule", () => {
  it("reads an accused state's quoted label on the accusations as a denial", () => {
    const ex = extract(wire(`${accused}Cuba called the accusations "a tale spun in distant capitals".`));
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });

  it("reads a label put on the accuser's statement or findings, with 'as'", () => {
    const statement = extract(
      wire(`${accused}Cuba characterized the Ecuadorian statement as "a chapter of an old novel".`),
    );
    expect(hasClaim(statement, "denied", "state:cuba", attackOn(statement))).toBe(true);
    const findings = extract(wire(`${accused}Cuba described the ministry's findings as "pure theatre".`));
    expect(hasClaim(findings, "denied", "state:cuba", attackOn(findings))).toBe(true);
  });

  it("reads the accusation with a quoted predicate as a denial", () => {
    const ex = extract(wire(`${accused}Havana wrote back that the accusation "rests on nothing at all".`));
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });

  it("takes a pronoun subject for the body named last before the sentence", () => {
    const ex = extract(
      wire(`${accused}Cuba answered the next morning. In a brief note it called them "a tale for children".`),
    );
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });

  it("takes no label from a side nobody accused, the victim included", () => {
    const victim = extract(wire(`${accused}Ecuador called the findings "a sobering read".`));
    expect(denials(victim)).toEqual([]);
    const bystander = extract(wire(`${accused}Peru called the accusations "a matter for the courts".`));
    expect(denials(bystander)).toEqual([]);
  });

  it("takes no label put on something other than the accusation", () => {
    const visa = extract(wire(`${accused}Cuba called the visa decision "a small step backwards".`));
    expect(denials(visa)).toEqual([]);
  });

  it("takes no label in a question or a negated clause", () => {
    const asked = extract(
      wire(`${accused}Will Cuba call the accusations "a tale spun in distant capitals"?`),
    );
    expect(denials(asked)).toEqual([]);
    const negated = extract(wire(`${accused}Cuba did not call the accusations "a tale" in its reply.`));
    expect(denials(negated)).toEqual([]);
  });

  it("reads no denial before anyone was accused", () => {
    const ex = extract(
      wire(
        `A cyberattack hit Ecuador's ports. Cuba called the early reports "a tale spun in distant capitals".`,
      ),
    );
    expect(denials(ex)).toEqual([]);
  });
});
