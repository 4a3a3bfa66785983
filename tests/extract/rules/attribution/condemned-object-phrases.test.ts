/**
 * The condemn rule's object after a time or manner phrase, and "the incident" as the attack
 * (rules/attribution/condemnations.ts). Invented sentences (none comes from a fixture).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { attackOn, wire } from "./stories";

const hit = "Hackers crippled the customs service of Ecuador on Monday. ";
const condemnations = (ex: ReturnType<typeof extract>) => ex.claims.filter((c) => c.type === "condemned");

describe("condemn rule, a phrase before the object", () => {
  it("reads the attack after a time phrase and a quoted described attack", () => {
    const ex = extract(
      wire(`${hit}NATO condemned on Tuesday night "the hostile activity aimed at an ally's customs".`),
    );
    expect(hasClaim(ex, "condemned", "organization:nato", attackOn(ex))).toBe(true);
  });

  it("reads the attack after a quoted manner phrase", () => {
    const ex = extract(wire(`${hit}NATO condemned "in the sharpest terms" the attack on its partner.`));
    expect(hasClaim(ex, "condemned", "organization:nato", attackOn(ex))).toBe(true);
  });

  it("reads a bare 'the incident' as the attack under discussion", () => {
    const ex = extract(wire(`${hit}The European Union was quick to condemn the incident.`));
    expect(hasClaim(ex, "condemned", "organization:european-union", attackOn(ex))).toBe(true);
  });

  it("reads no attack in an incident of another kind, nor in the accusations of one", () => {
    const naval = extract(
      wire(`${hit}Separately, Peru condemned the naval incident off its coast, where two trawlers collided.`),
    );
    expect(condemnations(naval)).toEqual([]);
    const accusations = extract(
      wire(`${hit}Peru condemned in the sharpest terms the accusations of a cyberattack.`),
    );
    expect(condemnations(accusations)).toEqual([]);
  });

  it("reads no condemnation of something else after the phrase", () => {
    const decision = extract(wire(`${hit}NATO condemned on Tuesday night the decision to close the border.`));
    expect(condemnations(decision)).toEqual([]);
    const undone = extract(wire(`${hit}Peru declined to condemn on Tuesday the incident.`));
    expect(condemnations(undone)).toEqual([]);
  });
});
