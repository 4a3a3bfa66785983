/**
 * Denials by label (rules/attribution/labelled-accusations.ts): an accused side puts a rejecting
 * quotation of its own on the accusation. Invented sentences (none comes from a fixture).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { attackOn, wire } from "./stories";

const accused = "Ecuador accused Cuba of a cyberattack on its ports. ";
const denials = (ex: ReturnType<typeof extract>) => ex.claims.filter((c) => c.type === "denied");

describe("labelled accusation rule", () => {
  it("reads an accused state's rejecting label on the accusations as a denial", () => {
    const ex = extract(wire(`${accused}Cuba termed the accusations "pure fiction spun in distant capitals".`));
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });

  it("reads a label put on the accuser's statement or findings, with 'as'", () => {
    const statement = extract(
      wire(`${accused}Cuba characterized the Ecuadorian statement as "an invented chapter of an old novel".`),
    );
    expect(hasClaim(statement, "denied", "state:cuba", attackOn(statement))).toBe(true);
    const findings = extract(wire(`${accused}Cuba described the ministry's findings as "pure invention".`));
    expect(hasClaim(findings, "denied", "state:cuba", attackOn(findings))).toBe(true);
  });

  it("reads the accusation with a quoted predicate that negates as a denial", () => {
    const ex = extract(wire(`${accused}Havana wrote back that the accusation "rests on nothing at all".`));
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });

  it("takes no label from a side nobody accused, the victim included", () => {
    const victim = extract(wire(`${accused}Ecuador called the findings "not the end of the inquiry".`));
    expect(denials(victim)).toEqual([]);
    const bystander = extract(wire(`${accused}Peru called the accusations "no business of ours".`));
    expect(denials(bystander)).toEqual([]);
  });

  it("takes no label put on something other than the accusation", () => {
    const visa = extract(wire(`${accused}Cuba called the visa decision "a small step backwards".`));
    expect(denials(visa)).toEqual([]);
  });

  it("takes no label in a question, a negated clause or a forecast", () => {
    const asked = extract(wire(`${accused}Will Cuba term the accusations "pure fiction"?`));
    expect(denials(asked)).toEqual([]);
    const negated = extract(wire(`${accused}Cuba did not term the accusations "pure fiction" in its reply.`));
    expect(denials(negated)).toEqual([]);
    const forecast = extract(wire(`${accused}Cuba is expected to call the accusations "baseless".`));
    expect(denials(forecast)).toEqual([]);
  });

  it("takes no label that does not reject, nor a phrase crossing a preposition", () => {
    const story =
      "US officials on Monday blamed Russian military hackers for the breach of the Treasury's payment systems in April. ";
    for (const answer of [
      'Russia called the findings "interesting" and promised to study them.',
      'Russia called the report "accurate in parts" and said it would reply later.',
      'Separately, the G7 issued a statement on trade. Russia called the statement "constructive".',
      'Russia called for an international investigation "without delay".',
    ])
      expect(denials(extract(wire(story + answer)))).toEqual([]);
  });

  it("reads no denial before anyone was accused", () => {
    const ex = extract(
      wire(
        `A cyberattack hit Ecuador's ports. Cuba termed the early reports "pure fiction spun in distant capitals".`,
      ),
    );
    expect(denials(ex)).toEqual([]);
  });
});
