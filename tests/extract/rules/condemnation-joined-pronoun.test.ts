/**
 * A condemnation whose object is a pronoun, joined by "and" to a verb phrase that ends in the
 * attack ("holds X responsible for the attack and condemns it"): the pronoun stands for that
 * attack (rules/attribution/condemnations.ts). Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const opening =
  "RIGA, 9 April 2026 - Intruders erased the ticketing servers of Latvia's national railway on Tuesday.";
const condemned = (body: string, state: string) =>
  hasClaim(extract(`${opening} ${body}`), "condemned", `state:${state}`, "incident:*");

describe("a pronoun after a verb phrase ending in the attack", () => {
  it("stands for the attack", () => {
    expect(condemned("Finland blamed Belarus for the intrusion and strongly condemned it.", "finland")).toBe(
      true,
    );
    expect(
      condemned("Sweden holds Belarus responsible for the attack and firmly condemns it.", "sweden"),
    ).toBe(true);
  });

  it("stands for nothing else the verb phrase ends in", () => {
    expect(condemned("Finland discussed the new sanctions and condemned them.", "finland")).toBe(false);
    expect(
      condemned(
        "Estonia would hold Belarus responsible for the attack and condemn it if proof emerged.",
        "estonia",
      ),
    ).toBe(false);
  });
});
