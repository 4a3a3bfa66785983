/**
 * Earlier incidents a story recalls, dated and tied to their victims: a year opening a report
 * ("In 2025, X alleged that ..."), a theft dated after its source's description, and a time
 * "ago" between an attack noun and its verb. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const wire = (body: string) =>
  `KORVALA, 12 October 2026 (NWire) - Ransomware locked the accounting network of the Lakeside Water Board on Sunday. ` +
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
      "In 2025, prosecutors in Ruritania had alleged that a crew of intruders penetrated the payroll platform of Harbour Trust Bank, a state-owned savings bank.";
    expect(dateOfAttackOn(body, "organization:harbour-trust-bank")).toBe("2025");
  });

  it("leaves the year to the report when the attack has a date of its own", () => {
    const body =
      "In 2025, prosecutors in Ruritania alleged that the bank had hidden losses, and on Monday a crew of intruders penetrated the payroll platform of Harbour Trust Bank, a state-owned savings bank.";
    expect(dateOfAttackOn(body, "organization:harbour-trust-bank")).toBe("2026-10-12");
  });
});

describe("a theft dated after the description of what it was taken from", () => {
  it("makes the theft an incident of its own, dated, with its source hit and its author", () => {
    const ex = extract(
      wire(
        "Prosecutors now hold Copper Wren responsible for the theft of $4.2 million from Harbour Trust Bank, a state-owned savings bank, in 2023.",
      ),
    );
    const theft = incidents(ex).find((i) => i.date === "2023");
    expect(theft).toBeDefined();
    expect(hasClaim(ex, "attacked", theft!.key, "organization:harbour-trust-bank")).toBe(true);
    expect(hasClaim(ex, "attributed-to", theft!.key, "group:copper-wren")).toBe(true);
  });

  it("reads a month after a source in a region", () => {
    const body =
      "Auditors also suspect Copper Wren in the theft of pipeline blueprints from Nordwerk Energie GmbH, a gas supplier owned by Regensburg, in March.";
    expect(dateOfAttackOn(body, "organization:nordwerk-energie-gmbh")).toBe("2026-03");
  });

  it("makes no incident of an undated theft whose source a clause of its own follows", () => {
    const ex = extract(
      wire(
        "Prosecutors now hold Copper Wren responsible for the theft of $4.2 million from Harbour Trust Bank, which published its annual accounts in 2023.",
      ),
    );
    expect(incidents(ex).some((i) => i.date === "2023")).toBe(false);
  });
});

describe("a time 'ago' between an attack noun and its verb", () => {
  it("reads the victim of the verb after it ('a breach three weeks ago crippled X')", () => {
    const ex = extract(
      wire(
        "Months later a breach three weeks ago crippled the ticket sales platform of the Port Services Authority, officials added.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "agency:port-services-authority")).toBe(true);
  });
});

describe("what a dated theft or a report year does not make", () => {
  it("makes no recalled theft of an unnamed source (its victim would be the thief's state)", () => {
    const ex = extract(
      wire(
        "Investigators believe the theft of $9 million from a regional savings bank, the province's oldest lender, in 2019 was the work of Russian hackers.",
      ),
    );
    expect(incidents(ex).some((i) => i.date === "2019")).toBe(false);
  });

  it("makes no incident of a theft the text says did not happen", () => {
    const ex = extract(
      wire(
        "Auditors found no theft of funds from Harbour Trust Bank, a state-owned savings bank, in 2023, despite the intrusion.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "organization:harbour-trust-bank")).toBe(false);
  });

  it("leaves the report's year when a later year of the sentence dates the attack", () => {
    const ex = extract(
      "GAVLE, 3 March 2026 - Intruders shut down the reservation system of the Swedish Transport Administration on Friday. " +
        "Officials blamed a crew called Slate Owl. " +
        "In 2024, researchers maintained that hackers working for Iran got into the Albanian parliament, but the attack itself happened in 2022.",
    );
    const current = incidents(ex).find((i) =>
      hasClaim(ex, "attacked", i.key, "agency:sweden-transport-administration"),
    );
    expect(current?.date).toBe("2026");
    expect(hasClaim(ex, "attributed-to", current!.key, "state:iran")).toBe(false);
  });
});
