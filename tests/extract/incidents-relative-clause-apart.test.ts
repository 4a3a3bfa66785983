/**
 * "The attack that wiped the booking computers at X in March": a definite attack noun whose
 * restrictive relative clause tells what it hit picks out the attack on that body. When the
 * incident under discussion was said to hit other bodies only, the clause speaks of another
 * incident, and what the sentence says of it (its attacker) is not the story's own. A clause naming
 * a body the incident hit, or one whose name shares a word with it, still speaks of that incident.
 * Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const article = (body: string) => `TALLINN, 13 October 2026 (BNS): ${body}`;

const story = (later: string) =>
  article(
    "Hackers stole tender documents from the email servers of the Estonian Tax and Customs Board, " +
      "the board said on Monday. Investigators blamed the theft on a spy crew named Amber Vole. " +
      `${later}`,
  );

function incidentOfGang(text: string) {
  const extraction = extract(text);
  const claim = extraction.claims.find((c) => c.type === "attributed-to" && c.target === "group:grey-lynx");
  return { extraction, incident: extraction.entities.find((e) => e.key === claim?.source) };
}

describe("a definite attack noun with a restrictive relative clause", () => {
  it("speaks of another incident when the clause names only bodies the story's incident did not hit", () => {
    const { extraction, incident } = incidentOfGang(
      story(
        "The attack that wiped the booking computers at the Tallinn Water Company in March was launched by a ransomware crew called Grey Lynx.",
      ),
    );
    expect(incident?.label).toMatch(/Tallinn Water Company/);
    expect(incident?.label).not.toMatch(/Tax and Customs Board/);
    expect(incidents(extraction).length).toBeGreaterThanOrEqual(2);
    expect(hasClaim(extraction, "attributed-to", incident!.key, "group:amber-vole")).toBe(false);
  });

  it("still speaks of the story's incident when the clause names a body it hit", () => {
    const { incident } = incidentOfGang(
      story(
        "The attack that wiped the archive computers at the Estonian Tax and Customs Board was launched by a ransomware crew called Grey Lynx.",
      ),
    );
    expect(incident?.label).toMatch(/Tax and Customs Board/);
  });

  it("still speaks of it when a comma sets the clause off", () => {
    const { incident } = incidentOfGang(
      story(
        "The attack, which also wiped the booking computers at the Tallinn Water Company, was launched by a ransomware crew called Grey Lynx.",
      ),
    );
    expect(incident?.label).toMatch(/Tax and Customs Board/);
  });
});

describe("a body read twice under two names", () => {
  it("is one body when the names share a word: the clause still speaks of the story's incident", () => {
    const { incident } = incidentOfGang(
      article(
        "Hackers stole customer records from the servers of the Narva Water Company, the utility said on Monday. " +
          "The attack that wiped the booking computers at Narva Water was launched by a ransomware crew called Grey Lynx.",
      ),
    );
    expect(incident?.label).toMatch(/Narva Water Company/);
  });
});
