/**
 * "The DDoS strike of 20 February." heading a section: a definite attack noun naming its own day,
 * days from the day of the incident under discussion, picks out another attack (so does one whose
 * sentence names what it hit). Named with a close day, or naming no victim in a sentence of its
 * own, it is still the incident under discussion. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const story = (later: string) =>
  extract(
    "TALLINN, 16 March 2026 (BNS): Between 3 and 8 March 2026, hackers broke into the mailboxes of the " +
      `Estonian Tax and Customs Board with forged login pages. ${later}`,
  );

const WATER = "organization:narva-water-company";

/** The date of the incident said to have attacked the water company, and whether it also hit the board. */
function waterIncident(later: string) {
  const extraction = story(later);
  const source = extraction.claims.find((c) => c.type === "attacked" && c.target === WATER)?.source;
  return {
    date: extraction.entities.find((e) => e.key === source)?.date,
    alsoBoard: extraction.claims.some(
      (c) =>
        c.type === "attacked" && c.source === source && c.target === "agency:estonia-tax-and-customs-board",
    ),
    dates: extraction.entities.filter((e) => e.type === "incident").map((e) => e.date),
  };
}

describe("a definite attack noun naming its own day", () => {
  it("is another incident when it heads a section of its own", () => {
    const found = waterIncident(
      "The DDoS strike of 20 February. For six hours nobody could reach the website of the Narva Water Company.",
    );
    expect(found.dates).toContain("2026-02-20");
  });

  it("is the incident under discussion when the day is close to its own", () => {
    const found = waterIncident(
      "The DDoS strike of 7 March against the Narva Water Company was claimed by a crew called Grey Lynx.",
    );
    expect(found.dates).not.toContain("2026-03-07");
  });

  it("is the incident under discussion when it names no victim in a sentence of its own", () => {
    const found = waterIncident("The DDoS strike of 20 February was claimed by a crew called Grey Lynx.");
    expect(found.dates).not.toContain("2026-02-20");
  });
});
