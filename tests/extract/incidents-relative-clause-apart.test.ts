/**
 * "The breach that crippled the ticket office of X in June": a definite attack noun whose
 * restrictive relative clause tells what it hit picks out the attack on that body. When the
 * incident under discussion was said to hit other bodies only, the clause speaks of another
 * incident. A clause naming a body the incident hit, one set off by a comma, or one naming a body
 * whose name shares a word with one it hit (one body read twice) still speaks of that incident.
 * Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "./helpers";

const article = (body: string) => `TALLINN, 13 October 2026 (BNS): ${body}`;

const story = (later: string) =>
  article(
    "Hackers stole tender documents from the email servers of the Estonian Tax and Customs Board, " +
      "the board said on Monday. Investigators blamed the theft on a spy crew named Amber Vole. " +
      later,
  );

/** The incident said to have attacked a body, and what else it attacked. */
function incidentHitting(text: string, body: string) {
  const extraction = extract(text);
  const source = extraction.claims.find((c) => c.type === "attacked" && c.target === body)?.source;
  const hit = extraction.claims
    .filter((c) => c.type === "attacked" && c.source === source)
    .map((c) => c.target);
  const blamed = extraction.claims.some(
    (c) => c.type === "attributed-to" && c.source === source && c.target === "group:amber-vole",
  );
  return { source, hit, blamed };
}

const RAIL = "organization:narva-rail-company";

describe("a definite attack noun with a restrictive relative clause", () => {
  it("speaks of another incident when the clause names only bodies the story's incident did not hit", () => {
    const { source, hit, blamed } = incidentHitting(
      story("The breach that crippled the ticket office of the Narva Rail Company in June remains unsolved."),
      RAIL,
    );
    expect(source).toBeDefined();
    expect(hit).not.toContain("agency:estonia-tax-and-customs-board");
    expect(blamed).toBe(false);
  });

  it("still speaks of the story's incident when the clause names a body it hit", () => {
    const extraction = extract(
      story(
        "The breach that crippled the archives of the Estonian Tax and Customs Board was found in August.",
      ),
    );
    expect(incidents(extraction)).toHaveLength(1);
  });

  it("still speaks of it when a comma sets the clause off", () => {
    const { hit } = incidentHitting(
      story(
        "The breach, which crippled the ticket office of the Narva Rail Company in June, remains unsolved.",
      ),
      RAIL,
    );
    expect(hit).toContain("agency:estonia-tax-and-customs-board");
  });
});

describe("a body read twice under two names", () => {
  it("is one body when the names share a word: the clause still speaks of the story's incident", () => {
    const { hit } = incidentHitting(
      article(
        "Hackers stole customer records from the servers of the Narva Water Company, the utility said on Monday. " +
          "The breach that crippled Narva Water in June remains unsolved.",
      ),
      "organization:narva-water",
    );
    expect(hit).toContain("organization:narva-water-company");
  });
});
