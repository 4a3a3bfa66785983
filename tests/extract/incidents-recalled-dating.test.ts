/**
 * Earlier incidents a story recalls, dated and tied to their victims: a year opening a report
 * ("In 2025, X alleged that ..."), a theft dated after its source's description, and a time
 * "ago" between an attack noun and its verb. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const wire = (body: string) =>
  `KORVALA, 12 October 2026 (NWire) - Hackers encrypted the billing servers of the Lakeside Water Board on Sunday. ` +
  `Officials blamed a hacking group called Copper Wren. ${body}`;

/** The incident claimed to have attacked `target`, with its date. */
const dateOfAttackOn = (text: string, target: string) => {
  const ex = extract(wire(text));
  const attack = ex.claims.find((c) => c.type === "attacked" && c.target === target);
  return incidents(ex).find((i) => i.key === attack?.source)?.date;
};

describe("a year opening a report dates the attack it reports", () => {
  it("takes the year of a report made with a verb that reports only before 'that'", () => {
    const body =
      "In 2025, the Interior Ministry of Ruritania had alleged that hackers broke into the computer systems of Harbour Trust Bank, a state lender.";
    expect(dateOfAttackOn(body, "organization:harbour-trust-bank")).toBe("2025");
  });

  it("leaves the year to the report when the attack has a date of its own", () => {
    const body =
      "In 2025, the Interior Ministry of Ruritania alleged that the bank had lied, and hackers broke into the computer systems of Harbour Trust Bank, a state lender, on Monday.";
    expect(dateOfAttackOn(body, "organization:harbour-trust-bank")).toBe("2026-10-12");
  });
});

describe("a theft dated after the description of what it was taken from", () => {
  it("makes the theft an incident of its own, dated, with its source hit and its author", () => {
    const ex = extract(
      wire(
        "They said Copper Wren was also behind the theft of $4.2 million from Harbour Trust Bank, a state-owned lender, in 2023.",
      ),
    );
    const theft = incidents(ex).find((i) => i.date === "2023");
    expect(theft).toBeDefined();
    expect(hasClaim(ex, "attacked", theft!.key, "organization:harbour-trust-bank")).toBe(true);
    expect(hasClaim(ex, "attributed-to", theft!.key, "group:copper-wren")).toBe(true);
  });

  it("reads a month after a source in a region", () => {
    const body =
      "The agency is examining whether Copper Wren was also behind the theft of network diagrams from Nordwerk Energie GmbH, a municipal utility in Bavaria, in March.";
    expect(dateOfAttackOn(body, "organization:nordwerk-energie-gmbh")).toBe("2026-03");
  });

  it("makes no incident of an undated theft whose source a clause of its own follows", () => {
    const ex = extract(
      wire(
        "They said Copper Wren was also behind the theft of $4.2 million from Harbour Trust Bank, which reported its results in 2023.",
      ),
    );
    expect(incidents(ex).some((i) => i.date === "2023")).toBe(false);
  });
});

describe("a time 'ago' between an attack noun and its verb", () => {
  it("reads the victim of the verb after it ('an intrusion two weeks ago took down X')", () => {
    const ex = extract(
      wire(
        "Separately, an intrusion two weeks ago took down the freight booking system of the Port Services Authority.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "agency:port-services-authority")).toBe(true);
  });
});
