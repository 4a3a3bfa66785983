/**
 * A second object of the same attack, coordinated after the first victim: "encrypted the servers of
 * X and disrupted the portal of Y", "got into the mail of X and into the ledgers of Y", "wiped the
 * servers of X, <description>, and the website of Y". Its owner was hit as the first was; "and"
 * before another verb's object, or before a body that owns no system, adds no victim. Every sentence
 * is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `QUITO, 3 March 2026 (Wire) - ${body}`;
const attacked = (ex: ReturnType<typeof extract>, victim: string) =>
  incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, victim));

describe("a second object coordinated after the first victim", () => {
  it.each([
    // a second impact verb of the same subject
    "Intruders crippled the salary servers of the Tolva Freight Company and disrupted the ticketing portal of Marenco Ferries S.A. on Sunday.",
    // a second preposition of the same verb
    "Late on Friday intruders got into the archive system of the Tolva Freight Company and into the client records database of Marenco Ferries S.A.",
    // a second system with no verb of its own, after a bracketed short form
    "Saboteurs wiped the dispatch servers of the Tolva Freight Company (TFC) and the booking website of Marenco Ferries S.A. overnight.",
    // after a description set off by commas
    "Hackers encrypted the invoicing servers of the Tolva Freight Company, a state-owned haulier, and defaced the public website of Marenco Ferries S.A. this week.",
    // a short form or a lower-case brand among the words naming the second system
    "Hackers encrypted the invoicing servers of the Tolva Freight Company and disrupted the eTicket booking portal of Marenco Ferries S.A. on Sunday.",
    "Hackers encrypted the invoicing servers of the Tolva Freight Company and disrupted the ERP payroll platform of Marenco Ferries S.A. on Sunday.",
    // a second preposition with no article
    "Late on Friday intruders got into the archive system of the Tolva Freight Company and into staff mail accounts of Marenco Ferries S.A.",
    // an aside between "and" and the second object
    "Late on Friday intruders got into the archive system of the Tolva Freight Company and, within the same hour and from one address, into the client records database of Marenco Ferries S.A.",
    // the verb's adverb, and "reached"
    "Intruders crippled the salary servers of the Tolva Freight Company and later reached the rostering system of Marenco Ferries S.A.",
    // the first verb's particle before "and"; a second verb's object without an article
    "Intruders knocked the booking websites of the Tolva Freight Company offline and broke into servers of Marenco Ferries S.A. last week.",
    // a ledger is a system its owner keeps
    "Intruders crippled the salary servers of the Tolva Freight Company and the export ledgers of Marenco Ferries S.A. on Sunday.",
  ])("takes the owner of the second system as a victim (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(attacked(ex, "organization:tolva-freight-company")).toBe(true);
    expect(attacked(ex, "organization:marenco-ferries-s-a")).toBe(true);
  });

  it.each([
    // another verb's object: the ransom demand names no victim
    "Intruders crippled the salary servers of the Tolva Freight Company and demanded access to the bank accounts of Marenco Ferries S.A. on Sunday.",
    // a body that owns no system named: a second clause, not a second object
    "Intruders crippled the salary servers of the Tolva Freight Company and the chairman of Marenco Ferries S.A. resigned on Sunday.",
    // after an aside, still a clause of its own
    "Intruders crippled the salary servers of the Tolva Freight Company and, according to the police, the chairman of Marenco Ferries S.A. resigned.",
    // another verb's bare object
    "Intruders crippled the salary servers of the Tolva Freight Company and thanked staff of Marenco Ferries S.A. for their patience.",
  ])("takes no second victim where no second system is attacked (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(attacked(ex, "organization:tolva-freight-company")).toBe(true);
    expect(attacked(ex, "organization:marenco-ferries-s-a")).toBe(false);
  });

  it.each([
    "Intruders crippled the salary servers of the Tolva Freight Company and the website of the Marenco Ferry Line remained reachable all day.",
    "Intruders crippled the salary servers of the Tolva Freight Company and the systems of the Marenco Ferry Line were spared.",
    "Intruders crippled the salary servers of the Tolva Freight Company, and the network of the Marenco Ferry Line was used to spread the malware.",
    "Intruders crippled the salary servers of the Tolva Freight Company and the website of the Marenco Ferry Line posted a warning to travellers.",
  ])("takes no victim whose system is the subject of a clause of its own (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(attacked(ex, "organization:tolva-freight-company")).toBe(true);
    expect(attacked(ex, "organization:marenco-ferry-line")).toBe(false);
  });

  it.each([
    // "the state-owned" in a description names no state: the list goes on to the second system
    [
      "Ecuador's government stated on Tuesday that saboteurs had wiped the routing servers of the Tolva Freight Company, the state-owned haulier, and the booking website of Marenco Ferries S.A. overnight.",
      ["organization:marenco-ferries-s-a"],
      ["state:ecuador"],
    ],
    // a second verb whose object opens on its owner's possessive
    [
      "Intruders crippled the salary servers of the Tolva Freight Company and disrupted the Marenco Ferry Line's booking system.",
      ["organization:marenco-ferry-line"],
      [],
    ],
    // the same possessive after a verb that attacks nothing
    [
      "Intruders crippled the salary servers of the Tolva Freight Company and praised the Marenco Ferry Line's booking system.",
      ["organization:tolva-freight-company"],
      ["organization:marenco-ferry-line"],
    ],
  ])("reads who was hit in %s", (sentence, hit, spared) => {
    const ex = extract(wire(sentence));
    for (const victim of hit) expect(attacked(ex, victim)).toBe(true);
    for (const victim of spared) expect(attacked(ex, victim)).toBe(false);
  });

  it("takes a victim whose own clause says it was hit", () => {
    const ex = extract(
      wire(
        "Intruders crippled the salary servers of the Tolva Freight Company and the website of the Marenco Ferry Line was also hit.",
      ),
    );
    expect(attacked(ex, "organization:marenco-ferry-line")).toBe(true);
  });
});
