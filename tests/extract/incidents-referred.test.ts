/**
 * "Incident" as a mention of an incident (INC19B): "this incident" speaks of the one under discussion, "the
 * 2024 incident at X" of another one with its own year and victim; a compound ("the incident response team")
 * and an article telling no attack yet are no mentions. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, claimsOf, extract, incidents } from "./helpers";

const article = (body: string) => `RIGA, 12 May 2026 (LETA): ${body}`;
const story =
  "Ransomware locked the billing servers of Latvia's Ministry of Finance on Sunday, the ministry said. ";

describe("'the incident' after an attack was told", () => {
  it("lets a condemnation of 'the incident' reach the incident under discussion", () => {
    const ex = extract(article(story + "Estonia condemned the incident."));
    expect(incidents(ex)).toHaveLength(1);
    expect(claimsOf(ex, "condemned").map((c) => c.source)).toContain("state:estonia");
  });

  it("reads 'the 2024 incident at X', blamed on a named group, as an earlier incident with its own victim", () => {
    const ex = extract(
      article(
        story +
          "Lithuania's parliament blames Cozy Bear for that 2024 incident at the parliament, its speaker said.",
      ),
    );
    const earlier = incidents(ex).find((i) => i.date === "2024");
    expect(earlier?.targets).toContain("agency:lithuania-parliament");
    expect(
      claimsOf(ex, "attributed-to").some((c) => c.source === earlier?.key && c.target === "group:apt29"),
    ).toBe(true);
  });

  it("reads no mention in an incident-response compound", () => {
    for (const tail of [
      "Estonia condemned the incident response of the ministry as slow.",
      "Estonia condemned the incident-response firm the ministry hired.",
    ]) {
      const ex = extract(article(story + tail));
      expect(claimsOf(ex, "condemned"), tail).toHaveLength(0);
    }
  });

  it("makes no incident of 'the incident' in an article that told no attack before it", () => {
    const ex = extract(article("Estonia condemned the incident at the border crossing on Sunday."));
    expect(incidents(ex)).toHaveLength(0);
    expect(attackedTargets(ex)).toHaveLength(0);
    expect(claimsOf(ex, "condemned")).toHaveLength(0);
  });

  it("takes no incident the words after it place or tell elsewhere for the attack under discussion", () => {
    for (const tail of [
      "Separately, police are investigating the incident at a Riga nightclub in which a guard was stabbed.",
      "Russia condemned the incident on the border with Estonia, where a drone crashed.",
    ]) {
      const ex = extract(article(story + tail));
      expect(attackedTargets(ex), tail).not.toContain("state:latvia");
      expect(claimsOf(ex, "condemned"), tail).toHaveLength(0);
    }
  });
});
