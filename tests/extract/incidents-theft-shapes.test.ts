/**
 * Thefts told in shapes the incident stage missed (INC27): data taken from a body's systems, in a
 * passive ("files were leaked from the metering servers of X"), a dated theft from a cooperative
 * recalled beside an attack dated only by the page's year, and a theft from a named source in a
 * clause that opens on its date. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, hasClaim, incidents } from "./helpers";

const dated = (body: string) => `VARNA, 14 June 2026 (Wire): ${body}`;

describe("data taken from a body's systems, in a passive", () => {
  it("reads the owner of the systems the data was taken from as the victim", () => {
    for (const text of [
      "In March customer files were leaked from the metering servers of the Dunmore Gas Board.",
      "Payroll data was stolen from the internal databases of the Dunmore Gas Board in April.",
    ]) {
      const ex = extract(dated(text));
      expect(attackedTargets(ex).join(" "), text).toMatch(/dunmore-gas-board/);
    }
  });

  it("reads no victim when what the data came from is no system of a body", () => {
    const ex = extract(dated("Details leaked from the inquiry's draft report were quoted by two papers."));
    expect(incidents(ex)).toHaveLength(0);
  });
});

describe("a dated theft recalled beside an attack dated only by the page's year", () => {
  // The attack is dated only by the dateline's year, a guess the theft's own month must not join.
  const text = dated(
    "The government condemned the cyberattack on the Dunmore Gas Board. Officials blamed a group called Amber Vole. " +
      "Investigators tie that crew to the theft of 3 million euros from Kredyt Orla, a credit cooperative in the north, in May 2023.",
  );

  it("makes the theft an incident of its own, on the cooperative, in its own month", () => {
    const ex = extract(text);
    const theft = incidents(ex).find((e) => e.date === "2023-05");
    expect(theft).toBeDefined();
    expect(attackedTargets(ex, theft!.key)).toEqual(["organization:kredyt-orla"]);
    expect(hasClaim(ex, "attributed-to", theft!.key, "group:amber-vole")).toBe(true);
  });
});

describe("a theft from a named source in a clause that opens on its date", () => {
  it("makes the theft an incident on the source, dated by the clause's opening", () => {
    const ex = extract(
      dated(
        "Officials said hackers hit the Dunmore Gas Board in March. Analysts track a group called Amber Vole. " +
          "In October, Amber Vole most likely staged the theft of 6 million dollars in tokens from Harrow Exchange, a trading platform in the east.",
      ),
    );
    const theft = incidents(ex).find((e) => e.date === "2025-10");
    expect(theft).toBeDefined();
    expect(attackedTargets(ex, theft!.key)).toEqual(["organization:harrow-exchange"]);
  });
});
