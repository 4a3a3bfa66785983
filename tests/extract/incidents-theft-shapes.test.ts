/**
 * Thefts told in shapes the incident stage missed (INC27): data taken from a body's systems, in a
 * passive ("files were leaked from the metering servers of X"); a theft from a named victim, told
 * with its own date after an apposition, beside an attack dated only by the page's year; a
 * cooperative as a company; and a theft from a named victim in a clause that opens on its date.
 * Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const dated = (body: string) => `VARNA, 14 June 2026 (Wire): ${body}`;

describe("data taken from a body's systems, in a passive", () => {
  it("reads the owner of the systems the data was taken from as the victim", () => {
    for (const text of [
      "In March customer files were leaked from the metering servers of the Dunmore Gas Board.",
      "In April, pension records of retired staff were stolen from the archive systems at the Dunmore Gas Board.",
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

describe("a theft with a date of its own beside an attack dated only by the page's year", () => {
  it("makes the theft an incident of its own, on its victim, in its own month", () => {
    const ex = extract(
      dated(
        "The government condemned the cyberattack on the Dunmore Gas Board. Officials blamed a group called Amber Vole. " +
          "Prosecutors also link the crew to the theft from Kredyt Orla, the lender that serves the port's dockers, in August 2023.",
      ),
    );
    const theft = incidents(ex).find((e) => e.date === "2023-08");
    expect(theft).toBeDefined();
    expect(attackedTargets(ex, theft!.key)).toEqual(["organization:kredyt-orla"]);
  });
});

describe("a cooperative as a company", () => {
  it("reads a name described as a cooperative as a company", () => {
    const ex = extract(
      dated(
        "Hackers hit the Dunmore Gas Board on Sunday. Police said the stolen records came from Mleczarnia Orla, a dairy cooperative.",
      ),
    );
    expect(ex.entities.find((e) => e.key === "organization:mleczarnia-orla")).toBeDefined();
  });
});

describe("a theft from a named victim in a clause that opens on its date", () => {
  const story = (sentence: string) =>
    extract(
      dated(
        `Officials said hackers hit the Dunmore Gas Board in March. Analysts track a group called Amber Vole. ${sentence}`,
      ),
    );

  it("makes the theft an incident on the victim, dated by the clause's opening", () => {
    const ex = story(
      "In October the theft of customer funds from Harrow Savings, an online lender, was traced to Amber Vole.",
    );
    const theft = incidents(ex).find((e) => e.date === "2025-10");
    expect(theft).toBeDefined();
    expect(attackedTargets(ex, theft!.key)).toEqual(["organization:harrow-savings"]);
  });

  it("makes none of a theft the sentence does not tell as one by computer", () => {
    const ex = story(
      "In October a court convicted two guards over the theft of silver coins from Harrow Savings.",
    );
    expect(incidents(ex).some((e) => e.date === "2025-10")).toBe(false);
  });
});
