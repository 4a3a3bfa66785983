/**
 * Where a victim's name ends and whether it is read at all: a public office named after its
 * building keeps the building ("the Public Service Hall"), a name closed by "of" and a state's name
 * stays whole before "and" ("the University of Slovenia and ..."), and a bullet line without a full
 * stop, written in sentence case, is no title-case headline ("* Ljubljana Municipality's ...").
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LJUBLJANA, 14 October 2021 (Wire) - ${body}`;
const attacked = (ex: ReturnType<typeof extract>, victim: string) =>
  incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, victim));

describe("a public office named after its building", () => {
  it("keeps the building's word in the name", () => {
    const ex = extract(
      wire(
        "Hackers defaced the booking portal of the Citizens Service Hall in a weekend attack on the government.",
      ),
    );
    expect(attacked(ex, "agency:citizens-service-hall")).toBe(true);
    expect(ex.entities.some((e) => e.key === "agency:citizens-service")).toBe(false);
  });
});

describe("a name closed by 'of' and a state", () => {
  it("stays whole when 'and' and another name follow", () => {
    const ex = extract(
      wire(
        "Investigators said the servers of the Technical University of Slovenia and Drava Polytechnic Institute had been breached by a foreign spy agency.",
      ),
    );
    expect(attacked(ex, "organization:technical-university-of-slovenia")).toBe(true);
    expect(attacked(ex, "state:slovenia")).toBe(false);
  });
});

describe("a bullet line without a full stop", () => {
  it("reads a place's local government as the state's body", () => {
    const ex = extract(
      wire(
        "Main points so far:\n* Ljubljana Municipality's payroll servers were wiped by ransomware overnight\n* Police are investigating",
      ),
    );
    expect(ex.entities.find((e) => e.key === "agency:ljubljana-municipality")?.type).toBe("agency");
  });

  it("still skips a title-case headline", () => {
    const ex = extract("Slovenia Grain Exchange Hit By Hackers\n\nNothing else was said.");
    expect(ex.entities.some((e) => e.key === "organization:slovenia-grain-exchange")).toBe(false);
  });
});
