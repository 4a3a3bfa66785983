/**
 * "The DDoS strike of 20 February": a definite attack noun naming its own day, days from the day
 * of the incident under discussion, picks out another attack; one naming a day close to it is
 * still that incident. Invented advisory copy.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const advisory = (day: string) =>
  extract(
    "TALLINN, 16 March 2026 (BNS): Between 3 and 8 March 2026, hackers broke into the mailboxes of the " +
      "Estonian Tax and Customs Board with forged login pages. " +
      `The DDoS strike of ${day}. The website of the Narva Water Company was knocked offline for six hours.`,
  );

const incidentDates = (day: string) =>
  advisory(day)
    .entities.filter((e) => e.type === "incident")
    .map((e) => e.date);

describe("a definite attack noun naming its own day", () => {
  it("is another incident when the day lies days from the incident under discussion", () => {
    const extraction = advisory("20 February");
    const attacked = extraction.claims.find(
      (c) => c.type === "attacked" && c.target === "organization:narva-water-company",
    );
    const incident = extraction.entities.find((e) => e.key === attacked?.source);
    expect(incident?.date).toBe("2026-02-20");
    expect(incidentDates("20 February")).toContain("2026-03-08");
  });

  it("is the incident under discussion when the day is close to its own", () => {
    expect(incidentDates("7 March")).not.toContain("2026-03-07");
  });
});
