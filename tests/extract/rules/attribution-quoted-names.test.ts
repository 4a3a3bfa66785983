/** Attributions whose culprit is a name put in quotation marks by a naming verb, in invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../helpers";

describe("a quoted name after a naming verb", () => {
  it("is the agent of the passive, not the start of a quotation", () => {
    for (const text of [
      'The regulator alleged that the May 2026 breach of the Harbour Fund was carried out by a group it calls "Velvet Heron".',
      'The regulator alleged that the May 2026 breach of the Harbour Fund was carried out by a crew calling itself "Velvet Heron", which it did not describe further.',
      'The regulator said the May 2026 breach of the Harbour Fund was carried out by a group known as "Velvet Heron".',
    ]) {
      expect(hasClaim(extract(text), "attributed-to", "incident:*", "group:velvet-heron")).toBe(true);
    }
  });

  it("still ends the clause at a quoted phrase that is no name", () => {
    // The crew's description is the regulator's words: a name inside them is not the agent.
    const x = extract(
      'The regulator said the May 2026 breach of the Harbour Fund was carried out by a crew it called "people who want APT29 to be blamed".',
    );
    expect(claimsOf(x, "attributed-to").map((c) => c.target)).not.toContain("group:apt29");
  });

  it("takes no lower-case quotation for a name, however short", () => {
    for (const text of [
      'The regulator said the May 2026 breach of the Harbour Fund was carried out by what it called "a front for APT29".',
      'The regulator said the May 2026 breach of the Harbour Fund was carried out by a crew it called "a bunch of amateurs", not by APT29.',
    ]) {
      expect(claimsOf(extract(text), "attributed-to").map((c) => c.target)).not.toContain("group:apt29");
    }
  });

  it("does not run past a long quotation that only opens after a naming verb", () => {
    // A quotation holding a clause of its own ("called it ... ; then ...") is no name.
    const x = extract(
      'The minister called the May 2026 breach of the Harbour Fund "an act of sabotage; APT29 has nothing to do with it", officials said.',
    );
    expect(claimsOf(x, "attributed-to").map((c) => c.target)).not.toContain("group:apt29");
  });
});

describe("a quoted name after a naming verb as the subject of an attack verb", () => {
  it("makes the named group the attacker: the closing mark belongs to the name", () => {
    for (const text of [
      'The regulator alleged on Friday that a group it calls "Velvet Heron" crippled the payment systems of the Harbour Fund.',
      'Investigators believe a crew known as "Velvet Heron" breached the Harbour Fund over the weekend.',
    ]) {
      const x = extract(text);
      expect(hasClaim(x, "attributed-to", "incident:*", "group:velvet-heron"), text).toBe(true);
    }
  });

  it("blames no one when the quoted words are no name", () => {
    const x = extract(
      'The regulator said on Friday that a crew it calls "amateurs" crippled the payment systems of the Harbour Fund.',
    );
    expect(claimsOf(x, "attributed-to")).toHaveLength(0);
  });
});
