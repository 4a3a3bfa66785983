/**
 * Deliver rule, a team working beside a body's own people ("working with the agency's IT staff",
 * "alongside KNEDC-style engineers", "to work with its investigators"): the body the people belong
 * to is the one helped, in whatever form the verb of working takes.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `LA PAZ, 9 June 2025 (AP) - ${body}`;
const hit = "A ransomware attack hit Bolivia's customs agency last week. ";
const assisted = (text: string) =>
  extract(wire(`${hit}${text}`))
    .claims.filter((c) => c.type === "assisted")
    .map((c) => `${c.source} > ${c.target}`);

describe("deliver rule, working beside a body's own people", () => {
  it("gives the help to the body whose staff the team works with, not to its state", () => {
    for (const text of [
      "Two engineers from Germany's BSI have since been working with the agency's IT staff to restore the servers.",
      "BSI analysts spent a week in La Paz working alongside the customs agency's own technicians.",
    ]) {
      const ex = assisted(text);
      expect(ex.some((c) => /^agency:bsi > agency:.*customs/.test(c))).toBe(true);
      expect(ex).not.toContain("agency:bsi > state:bolivia");
    }
  });

  it("reads 'its' people as the one that asked the senders, and reads no help at the place they arrived in", () => {
    const ex = assisted(
      "The customs agency said it had asked the BSI for help, and two BSI engineers arrived in La Paz on Monday to work with its investigators.",
    );
    expect(ex.some((c) => /^agency:bsi > agency:.*customs/.test(c))).toBe(true);
    expect(ex).not.toContain("agency:bsi > state:bolivia");
  });

  it("makes the people's body help when the side hit works with them", () => {
    const ex = assisted(
      "The customs agency has since been working with NCSC engineers to rebuild its servers.",
    );
    expect(ex.some((c) => /^agency:ncsc-uk > agency:.*customs/.test(c))).toBe(true);
    expect(ex.some((c) => /^agency:.*customs > /.test(c))).toBe(false);
  });

  it("reads no help in working beside anyone but a body's own people, nor in attackers working with officers", () => {
    expect(assisted("Germany's BSI, working with the press, published the indicators on Monday.")).toEqual(
      [],
    );
    expect(assisted("Analysts say the hackers spent months working with Russian officers.")).toEqual([]);
    expect(assisted("The hackers, working alongside APT29 operators, wiped the servers.")).toEqual([]);
  });
});

describe("thanks rule, a thanker named by a name no entity was read from", () => {
  const thanks = (text: string) => assisted(text).filter((c) => c.startsWith("agency:bsi"));

  it("gives the thanks of an unread name to no one, not to the state the article is about", () => {
    expect(thanks("In Santa Cruz, Vexlo thanked Germany's BSI for its rapid help.")).toEqual([]);
  });

  it("still gives the thanks of a pronoun or a described office to the state hit", () => {
    expect(thanks("He thanked Germany's BSI for its rapid help.")).toEqual(["agency:bsi > state:bolivia"]);
    expect(thanks("On Friday the minister thanked Germany's BSI for its rapid help.")).toEqual([
      "agency:bsi > state:bolivia",
    ]);
  });
});
