/**
 * Two attacks of one month on different bodies are two incidents: a mention naming only bodies hit,
 * none of them the incident's own nor owned by a state it hit, does not merge with it for sharing
 * its month. One more attack of that month told with "also" is told in passing: "the attack" later
 * is still the story's own. Invented wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type DocumentExtraction, type ExtractionContext } from "../../src/extract";
import { attackedTargets, bundledContext, claimsOf, incidents } from "./helpers";

let bundled: ExtractionContext;
beforeAll(async () => {
  bundled = await bundledContext();
});

const read = (body: string): DocumentExtraction =>
  extractDocument({ id: "doc.txt", text: `LIMA, 20 November 2026 (Andes Wire): ${body}` }, bundled);

const first =
  "Hackers wiped the invoicing servers of Norland Power Company on 3 November, the company said. ";

describe("attacks of one month on different bodies", () => {
  it("are two incidents, each with its own victim", () => {
    const extraction = read(
      first +
        "Earlier this month intruders broke into the booking system of Kestrel Ferry Corporation, officials added.",
    );
    expect(incidents(extraction)).toHaveLength(2);
    for (const incident of incidents(extraction))
      expect(attackedTargets(extraction, incident.key)).toHaveLength(1);
  });

  it("stay one incident when the second names a body the first hit", () => {
    const extraction = read(
      first +
        "Earlier this month intruders broke into the booking system of Norland Power Company, officials added.",
    );
    expect(incidents(extraction)).toHaveLength(1);
  });

  it("stay one incident when the first hit the state that owns the body", () => {
    const extraction = read(
      "Hackers attacked Peru's government networks on 3 November, the cabinet said. " +
        "Earlier this month intruders broke into the payroll records held by Peru's Ministry of Labour, officials added.",
    );
    expect(incidents(extraction)).toHaveLength(1);
    expect(attackedTargets(extraction)).toContain("state:peru");
  });
});

describe("one more attack of the month told with 'also'", () => {
  it("leaves the story's incident the one a later definite mention speaks of", () => {
    const extraction = read(
      first +
        "The computers of Kestrel Ferry Corporation were also breached on 9 November, its chief executive told reporters. " +
        "Ecuador denounced the intrusion on Tuesday.",
    );
    expect(incidents(extraction)).toHaveLength(2);
    const condemned = claimsOf(extraction, "condemned").map((c) => c.target);
    expect(condemned).toEqual([incidents(extraction).find((e) => /Norland/.test(e.label))?.key]);
  });
});
