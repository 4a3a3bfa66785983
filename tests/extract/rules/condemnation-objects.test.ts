/**
 * Condemn rule: objects that describe the attack rather than name it (a quotation opened by a
 * possessive, what X termed the "sabotage of ...") and "condemns it" right after a sentence saying
 * what the attack was. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `QUITO, 4 March 2026 (Reuters) - ${body}`;
const hit = "Ransomware locked the payment systems of Ecuador's water utility on Monday. ";
const condemned = (ex: ReturnType<typeof extract>, who: string) =>
  hasClaim(ex, "condemned", who, incidents(ex)[0]!.key);

describe("condemn rule, an object that describes the attack", () => {
  it("reads a quoted description whose words carry a possessive", () => {
    const ex = extract(
      wire(`${hit}NATO has condemned "this week's destructive attack on an ally's utility".`),
    );
    expect(condemned(ex, "organization:nato")).toBe(true);
  });

  it("reads 'what it termed the \"sabotage of ...\"', the determiner outside the quotation", () => {
    const ex = extract(
      wire(
        `${hit}In a short note the European Union denounced what it termed the "sabotage of a city's drinking water".`,
      ),
    );
    expect(condemned(ex, "organization:european-union")).toBe(true);
  });
});

describe("condemn rule, a pronoun right after a sentence saying what the attack was", () => {
  it("takes 'condemns it' for the attack the sentence before described", () => {
    const ex = extract(
      wire(
        `${hit}Speaking in Brussels, NATO's deputy spokesperson said: "Cutting off a city's water is a vile assault on ordinary people. NATO condemns it without reservation."`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "condemned" && c.source === "organization:nato")).toBe(true);
  });

  it("still takes no pronoun when the sentence before spoke of something else", () => {
    const ex = extract(
      wire(
        `${hit}Peru recalled its ambassador from Quito on Tuesday. NATO condemned it as a blow to the region.`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "condemned")).toBe(false);
  });

  it("takes no pronoun after a sentence that only mentions the attack while telling of a later event", () => {
    for (const before of [
      "The intrusion came two days after Ecuador expelled a pair of Peruvian diplomats. Peru condemned it.",
      "Officials said the attack answered a new tariff law. The European Union condemned it on Wednesday.",
    ]) {
      const ex = extract(wire(`${hit}${before}`));
      expect(ex.claims.some((c) => c.type === "condemned")).toBe(false);
    }
  });
});
