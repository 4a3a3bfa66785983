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
    expect(attacked(ex, "organization:dravo-rail-company")).toBe(true);
    expect(attacked(ex, "organization:orsk-grain-exchange")).toBe(false);
  });

  it.each([
    // A speaker set off by commas is no list's next name.
    "The booking portals of the Dravo Rail Company, NATO said, were knocked offline by a denial-of-service attack on Monday.",
    // A name before a noun only modifies it: the subject does not end with it.
    "The booking portals of the Dravo Rail Company and NATO engineers were knocked offline by a denial-of-service attack on Monday.",
  ])("does not take a name that ends no list (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(attacked(ex, "organization:dravo-rail-company")).toBe(true);
    expect(attacked(ex, "organization:nato")).toBe(false);
  });

  it.each([
    "Croatia, NATO said, was hit by a wave of denial-of-service attacks on Monday.",
    "Croatia and NATO engineers were hit by a wave of denial-of-service attacks on Monday.",
  ])("keeps a bare subject alone when no list closes it (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(attacked(ex, "state:croatia")).toBe(true);
    expect(attacked(ex, "organization:nato")).toBe(false);
  });

  it("takes every name of a list closed by 'and' before its verb", () => {
    const ex = extract(
      wire("Croatia, Slovenia and Serbia were hit by a wave of denial-of-service attacks on Monday."),
    );
    for (const state of ["state:croatia", "state:slovenia", "state:serbia"])
      expect(attacked(ex, state)).toBe(true);
  });

  it("takes a list before 'were the target of'", () => {
    const ex = extract(
      wire(
        "The portals of the Varnic Health Board and the Dravo Rail Company were the target of denial-of-service attacks on Monday.",
      ),
    );
    expect(attacked(ex, "agency:varnic-health-board")).toBe(true);
    expect(attacked(ex, "organization:dravo-rail-company")).toBe(true);
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

  it("reads no date into an opening that names none ('By contrast the ...')", () => {
    const ex = extract(
      wire("By contrast the payroll system of Croatia's customs service was wiped in May 2020."),
    );
    expect(attacked(ex, "agency:croatia-customs-service")).toBe(false);
  });
});
