/**
 * Victims an attack clause names in lists and behind descriptions: the owners a passive subject
 * lists ("the websites of A, B and C were knocked offline"), a list hanging on the attack noun
 * ("..., among them A (AB) and B"), a company's description between "of" and its name ("the
 * servers of the ferry operator X"), and a state's possessive before a body in a subject opening
 * on a date ("In May 2024 the payroll system of Croatia's customs service was wiped"). Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LJUBLJANA, 14 October 2021 (Wire) - ${body}`;
const attacked = (ex: ReturnType<typeof extract>, victim: string) =>
  incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, victim));

describe("owners a passive subject lists", () => {
  it("takes every owner of the systems the subject names", () => {
    const ex = extract(
      wire(
        "The booking portals of the Varnic Health Board, the Dravo Rail Company and the Orsk Grain Exchange were knocked offline by a denial-of-service attack on Monday.",
      ),
    );
    expect(attacked(ex, "agency:varnic-health-board")).toBe(true);
    expect(attacked(ex, "organization:dravo-rail-company")).toBe(true);
    expect(attacked(ex, "organization:orsk-grain-exchange")).toBe(true);
  });

  it("stops the list at a name that owns something else", () => {
    const ex = extract(
      wire(
        "The booking portals of the Dravo Rail Company and the Orsk Grain Exchange's chief executive were knocked offline by a denial-of-service attack on Monday.",
      ),
    );
    expect(attacked(ex, "organization:orsk-grain-exchange")).toBe(false);
  });
});

describe("a list hanging on the attack noun", () => {
  it("names the bodies after 'among them', a bracketed short form included", () => {
    const ex = extract(
      wire(
        "Mailboxes of several Croatian public bodies were compromised in a phishing campaign, among them the Varnic Health Board (VHB) and the Dravo Rail Company.",
      ),
    );
    expect(attacked(ex, "agency:varnic-health-board")).toBe(true);
    expect(attacked(ex, "organization:dravo-rail-company")).toBe(true);
  });
});

describe("a company's description between the system and its owner", () => {
  it.each([
    "Hackers wiped the cargo scheduling servers of state shipping operator Dravo Rail Company on Monday.",
    "The gang encrypted the booking servers of the ferry operator Dravo Rail Company in June.",
  ])("takes the described company for the owner (%s)", (sentence) => {
    expect(attacked(extract(wire(sentence)), "organization:dravo-rail-company")).toBe(true);
  });
});

describe("a subject opening on a date, with a state's possessive before the body", () => {
  it("takes the body whose system the subject names", () => {
    const ex = extract(
      wire("In May 2020 the payroll system of Croatia's customs service was wiped for three days."),
    );
    expect(attacked(ex, "agency:croatia-customs-service")).toBe(true);
  });
});
