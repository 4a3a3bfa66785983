/**
 * "the same group" as an actor of any attribution wording (src/extract/group-references.ts): the
 * phrase stands for the threat group named last, wherever it stands in the clause. Invented copy.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../../helpers";
import { incidentOn, keyOf, wire } from "./stories";

const named =
  "Intruders got inside the email system of Ecuador's energy ministry in November. Ecuadorian investigators blamed a crew called Tin Pelican for the break-in. ";
const group = (ex: ReturnType<typeof extract>) => keyOf(ex, "Tin Pelican");

describe("the same group, an actor by reference", () => {
  it("reads the phrase as the object of a blaming verb ('blames the same outfit for a 2024 intrusion')", () => {
    const ex = extract(
      wire(`${named}Lima now blames the same outfit for a 2024 intrusion into the tax portal of Peru.`),
    );
    const peru = incidentOn(ex, "state:peru");
    expect(peru).toBeDefined();
    expect(hasClaim(ex, "attributed-to", peru!, group(ex)!)).toBe(true);
  });

  it("reads the phrase as the end a trace leads to ('traced that breach to the same actors')", () => {
    const ex = extract(
      wire(
        `${named}A cyberattack hit the customs service of Bolivia in 2023. Bolivian analysts traced that breach to the same actors.`,
      ),
    );
    const bolivia = incidentOn(ex, "agency:bolivia-customs-service");
    expect(bolivia).toBeDefined();
    expect(hasClaim(ex, "attributed-to", bolivia!, group(ex)!)).toBe(true);
  });

  it("takes the group named last, not the first one the story named", () => {
    const ex = extract(
      wire(
        `${named}Chilean officials blamed a group called Basalt Owl for a leak at Chile's port authority. Lima now blames the same outfit for a 2024 intrusion into the tax portal of Peru.`,
      ),
    );
    const owl = keyOf(ex, "Basalt Owl");
    const peru = incidentOn(ex, "state:peru");
    expect(owl && peru && hasClaim(ex, "attributed-to", peru, owl)).toBe(true);
    expect(hasClaim(ex, "attributed-to", peru!, group(ex)!)).toBe(false);
  });

  it("refers to no one when the story named no threat group before ('the same group of donors')", () => {
    const ex = extract(
      wire(
        "Intruders got inside the email system of Ecuador's energy ministry in November. Peru asked the same group of donors for help with a 2024 intrusion into its tax portal.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to")).toBe(false);
  });

  it("reads no doer in 'the same group of <others>' after a group was named ('turned to the same group of donors')", () => {
    const ex = extract(wire(`${named}Quito turned to the same group of donors for help on Friday.`));
    expect(ex.claims.some((c) => c.source === group(ex) || c.target === group(ex))).toBe(true);
    expect(ex.claims.filter((c) => c.type === "requested-help" && c.target === group(ex))).toEqual([]);
  });

  it("claims nothing when asked or left unproven", () => {
    for (const sentence of [
      "Lima asked whether the same outfit was behind a 2024 intrusion into the tax portal of Peru.",
      "Lima has found no evidence that the same outfit was behind a 2024 intrusion into the tax portal of Peru.",
    ]) {
      const ex = extract(wire(`${named}${sentence}`));
      expect(
        ex.claims.filter((c) => c.type === "attributed-to" && c.source !== incidents(ex)[0]!.key),
      ).toEqual([]);
    }
  });
});
