/** Service in a body said with a personnel noun or of persons a count refers back to (rules/service.ts), invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "../helpers";

const PERSONS = ["person:ivan-petrov", "person:john-carter", "person:maria-lopez"];

/** Each listed person's affiliations in the extraction of `text`, as "person -> body". */
const affiliations = (text: string) =>
  claimsOf(extract(text), "affiliated-with")
    .filter((c) => PERSONS.includes(c.source))
    .map((c) => `${c.source} -> ${c.target}`)
    .sort();

describe("persons a count refers back to", () => {
  for (const text of [
    "A court in Bonn ordered the arrest of Ivan Petrov and John Carter on Monday. Court papers say both men are agents of the BSI.",
    "Berlin froze the assets of Ivan Petrov and John Carter. The order lists both as operatives of the BSI.",
    "The accused are Major Ivan Petrov, Captain John Carter and Lieutenant Maria Lopez. The filing says all three work for a BSI unit known as Grey Owl.",
  ])
    it(`gives the body to the persons of the last list when the count matches it: ${text.slice(-45)}`, () => {
      const listed = text.includes("Maria") ? PERSONS : PERSONS.slice(0, 2);
      expect(affiliations(text)).toEqual(listed.map((p) => `${p} -> agency:bsi`).sort());
    });

  it("gives nothing when the last list is not as long as the count, or the verb may speak of states", () => {
    for (const text of [
      "Ivan Petrov, John Carter and Maria Lopez were arrested in Bonn. Both men are agents of the BSI.",
      "Ivan Petrov and John Carter spoke before Estonia and Latvia voted. Both belong to NATO.",
      // The count said of others than the persons listed.
      "A court in Bonn heard Ivan Petrov and John Carter. Their daughters both work for the BSI.",
      "A court in Bonn heard Ivan Petrov and John Carter. Estonia and Latvia both serve in NATO.",
    ])
      expect(affiliations(text), text).toEqual([]);
  });

  it("keeps the named body of a possessive's lower-case unit ('the BSI's signals wing')", () => {
    expect(
      affiliations(
        "Prosecutors named Ivan Petrov and John Carter. In their view the two men are agents of the BSI's signals wing.",
      ),
    ).toEqual(["person:ivan-petrov -> agency:bsi", "person:john-carter -> agency:bsi"]);
  });
});

describe("a personnel noun or a belonging verb beside a list of persons", () => {
  it("reads 'A and B, agents of X', 'A and B, whom it calls \"agents of X\"' and 'A and B belonged to X'", () => {
    for (const text of [
      "Police sought Ivan Petrov and John Carter, agents of the BSI whom a court had convicted.",
      'The ruling names Ivan Petrov and John Carter, whom it calls "agents of the BSI".',
      "According to the ministry, the pair, Ivan Petrov and John Carter, belonged to the BSI.",
    ])
      expect(affiliations(text), text).toEqual([
        "person:ivan-petrov -> agency:bsi",
        "person:john-carter -> agency:bsi",
      ]);
  });

  it("reads the persons a plural noun lists after its body, not after a singular one", () => {
    expect(
      affiliations(
        "Bonn indicted two people said to be agents of the BSI, Ivan Petrov and John Carter, for fraud.",
      ),
    ).toEqual(["person:ivan-petrov -> agency:bsi", "person:john-carter -> agency:bsi"]);
    expect(
      affiliations("Bonn named an agent of the BSI, Ivan Petrov and John Carter as witnesses."),
    ).not.toContain("person:john-carter -> agency:bsi");
  });

  it("reads no list from a speaker's aside after a plural noun's body", () => {
    for (const text of [
      "Agents of the BSI, Senator Maria Lopez told reporters on Friday, reached the port.",
      "Agents of the BSI, Ivan Petrov and John Carter said, reached the port.",
    ])
      expect(
        affiliations(text).filter((a) => a.endsWith("agency:bsi")),
        text,
      ).toEqual([]);
  });

  it("reads no service from a negated noun or a former one", () => {
    for (const text of [
      "Ivan Petrov and John Carter were named. Both men are not agents of the BSI, their lawyer said.",
      "Ivan Petrov, a former agent of the BSI, spoke to reporters.",
    ])
      expect(affiliations(text), text).toEqual([]);
  });
});
