/**
 * An office owned by a pronoun ("Its secretary-general", "whose spokesperson") speaks for the body
 * the pronoun stands for: that body condemns, and claims what the office holder says. Invented
 * sentences only.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LIMA, 9 June 2026 (Reuters) - ${body}`;
const hit = "Saboteurs wiped the scheduling servers of Peru's national railway on Saturday. ";
const condemned = (text: string, who: string) => {
  const ex = extract(wire(text));
  return hasClaim(ex, "condemned", who, incidents(ex)[0]!.key);
};
const condemners = (text: string) => claimsOf(extract(wire(text)), "condemned").map((c) => c.source);

describe("condemn rule, an office a pronoun owns", () => {
  it.each([
    `${hit}NATO broke its silence late on Monday. Its secretary-general condemned the railway sabotage.`,
    `${hit}The European Union reacted within hours. Its Spokesperson condemned this attack on Peruvian freight.`,
  ])("gives 'Its <office>' opening a sentence to the body the sentence before opened with (%s)", (text) => {
    const who = text.includes("NATO") ? "organization:nato" : "organization:european-union";
    expect(condemned(text, who)).toBe(true);
  });

  it("gives 'whose <office>' to its antecedent, also after a noun's 'of'", () => {
    const text = `${hit}Peru is no member of NATO, whose secretary-general on Sunday condemned the railway sabotage.`;
    expect(condemned(text, "organization:nato")).toBe(true);
  });

  it("gives 'its <office>' to the body before an aside on its members, not to a member the aside names", () => {
    const text = `${hit}NATO, of which Peru is no member, said on Tuesday that its chair condemned the railway sabotage.`;
    expect(condemners(text)).toEqual(["organization:nato"]);
  });

  it.each([
    // the victim's own office speaks, but says nothing that condemns
    `${hit}The railway's owner, Peru, lost two days of freight. Its spokesperson said the sabotage had delayed every train.`,
    // the body opened the sentence two sentences back: the pronoun is no longer its
    `${hit}NATO broke its silence late on Monday. Freight piled up in Callao. Its secretary-general condemned the railway sabotage.`,
    // an office with no owner written: not the body of the ambassador who met it
    `${hit}Peru's ambassador met the secretary-general, who condemned the railway sabotage.`,
    // the sentence before's subject is the hackers: a state they work for is no owner of the office
    `Hackers working for Bolivia broke into the ticketing servers of Peru's national railway last week. Its director condemned the sabotage as cowardly.`,
    // a state after a preposition opening the sentence is where it happened, not who acts
    `In Chile, saboteurs wiped the scheduling servers of Peru's national railway on Saturday. Its spokesperson condemned the attack.`,
    // the subject is the wiping; the state it was pinned on sits after "on"
    `The wiping of the Peruvian railway's servers was pinned on Chile by prosecutors in Lima. Its chief condemned the attack.`,
    // the subject is the state just accused: the office is the victim's, not the attacker's
    `${hit}Chile was behind the raid, Peruvian prosecutors said on Sunday. Its spokesperson condemned the attack.`,
  ])("makes no condemnation by a body the office is not said to be of (%s)", (text) => {
    expect(condemners(text)).toEqual([]);
  });
});

describe("claimants, an office speaking for its owner", () => {
  const claimantsOf = (text: string) =>
    claimsOf(extract(wire(text)), "attributed-to").flatMap((c) => c.claimants);

  it.each([
    `${hit}NATO broke its silence late on Monday. Its secretary-general told reporters that APT29 wiped the servers.`,
    `${hit}The European Union's Spokesperson told the press on Tuesday that APT29 wiped the servers.`,
  ])("hears the owner of the office as the attribution's claimant (%s)", (text) => {
    expect(claimantsOf(text)).toContain(
      text.includes("NATO") ? "organization:nato" : "organization:european-union",
    );
  });
});
