/**
 * Condemn rule: a relative aside between the condemner and its verb ("the bloc, which groups A, B
 * and C, condemned") names members, not who condemns. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "../helpers";

const wire = (body: string) => `LIMA, 9 June 2025 (Reuters) - ${body}`;
const hit = "Hackers wiped the servers of Bolivia's electoral tribunal on Sunday. ";
const condemners = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "condemned").map((c) => c.source);

describe("condemn rule, a relative aside after the condemner", () => {
  it("gives the condemnation to the body before the aside, not to the members it lists", () => {
    for (const body of [
      "NATO, which counts Canada, Spain and Portugal among its members, condemned the attack in a communiqué.",
      "NATO, whose members include Canada and Spain, issued a statement condemning the intrusion.",
      "The European Union, to which Spain and Portugal belong, also condemned the breach.",
      "The European Union, which groups Spain, France and Italy, condemned the attack.",
    ]) {
      const ex = extract(wire(`${hit}${body}`));
      expect(incidents(ex).length).toBeGreaterThan(0);
      const by = condemners(ex);
      expect(by.length).toBe(1);
      expect(by[0]).toMatch(/^organization:(?:nato|european-union)$/);
    }
  });

  it("keeps a state whose own aside names another state as the condemner", () => {
    const ex = extract(wire(`${hit}Chile, which shares a border with Bolivia, condemned the attack.`));
    expect(condemners(ex)).toEqual(["state:chile"]);
  });

  it("takes the actor standing after the aside when it is the verb's own subject", () => {
    const ex = extract(wire(`${hit}NATO, which Spain joined in 1982, said Chile condemned the attack.`));
    expect(condemners(ex)).not.toContain("organization:nato");
    expect(condemners(ex)).not.toContain("state:spain");
  });

  it("takes no aside's head that a preposition governs", () => {
    const ex = extract(
      wire(
        `${hit}Speaking about Chile, which was hit a year earlier, the minister condemned the attack on Bolivia.`,
      ),
    );
    expect(condemners(ex)).not.toContain("state:chile");
  });

  it("takes no aside's head that is the object of an earlier verb", () => {
    for (const body of [
      "Officials thanked Chile, which had sent experts, and condemned the attack.",
      "The president met Chile's foreign minister, who was visiting La Paz, and condemned the attack.",
    ]) {
      expect(condemners(extract(wire(`${hit}${body}`)))).not.toContain("state:chile");
    }
  });

  it("leaves two subjects that each have an aside to the subject reading", () => {
    const ex = extract(
      wire(`${hit}Spain, which Bolivia asked for help, and Chile, which sent experts, condemned the attack.`),
    );
    expect(condemners(ex)).toContain("state:chile");
  });

  it("condemns nothing when the body behind the aside condemns sanctions or the accusation", () => {
    for (const body of [
      "NATO, whose members include Canada and Spain, condemned the sanctions on its diplomats.",
      "The European Union, to which Spain belongs, condemned the accusation as premature.",
    ]) {
      expect(condemners(extract(wire(`${hit}${body}`)))).toEqual([]);
    }
  });
});
