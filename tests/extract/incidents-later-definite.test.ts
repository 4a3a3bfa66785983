/**
 * Which incident a back-reference speaks of, when a story tells more than one: a definite mention
 * dated after the incident under discussion moves the story on to it, unless it names only another
 * state's victims. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const WIRE = "ORVALA, 3 December 2026 (NWire) - ";

/** The incident the claim `type` from/to `end` is about. */
const incidentOf = (text: string, type: string, end: string) => {
  const ex = extract(WIRE + text);
  const claim = ex.claims.find((c) => c.type === type && (c.target === end || c.source === end));
  const key = claim?.source.startsWith("incident:") ? claim.source : claim?.target;
  return { ex, incident: incidents(ex).find((i) => i.key === key) };
};

// The first extraction of a run builds the lexicon's patterns: allow it the time.
describe("a definite mention dated after the incident under discussion", { timeout: 60_000 }, () => {
  it("becomes the incident the next sentence's back-reference speaks of", () => {
    const { incident } = incidentOf(
      "Intruders broke into the ticketing servers of the Brannoch Ferry Company in 2023. " +
        "The March 2026 break-in at the Dunmere Water Board halted billing for a week. " +
        "Auditors tied the break-in to a crew known as Slate Heron.",
      "attributed-to",
      "group:slate-heron",
    );
    expect(incident?.date).toBe("2026-03");
  });

  it("stays an aside when its sentence only weighs it", () => {
    const { incident } = incidentOf(
      "Ransomware locked the wards of Orvala's largest hospital in August. " +
        "Estonia blamed a crew known as Slate Heron for the attack. " +
        "The October defacement of the tourism board's website was far less serious. " +
        "NATO condemned the attack.",
      "condemned",
      "organization:nato",
    );
    expect(incident?.date).toBe("2026-08");
  });

  it("stays in the past when it names only another state's victims", () => {
    const { ex, incident } = incidentOf(
      "In October intruders got into the finance ministry of Estonia through its mail gateway. " +
        "The November intrusion into Latvia's customs service was smaller. " +
        "Auditors tied the intrusion to a crew known as Slate Heron.",
      "attributed-to",
      "group:slate-heron",
    );
    expect(incident?.date).toBe("2026-10");
    expect(hasClaim(ex, "attacked", incident!.key, "agency:estonia-ministry-of-finance")).toBe(true);
  });
});
