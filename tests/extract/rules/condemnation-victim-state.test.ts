/**
 * Condemn rule: the victim's state a condemnation's object names picks, among the incidents told,
 * the one that hit it when the one read for the object hit no state it names. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `DOHA, 4 June 2026 (Reuters) - ${body}`;
const story =
  "Hackers wiped the servers of Qatar's Ministry of Interior on Sunday, and Qatar blamed Iran. " +
  "On Tuesday a ransomware attack hit Falcon Bay Freight, a Kuwaiti shipping company. ";
const condemnedBy = (ex: ReturnType<typeof extract>, who: string) =>
  ex.claims.filter((c) => c.type === "condemned" && c.source === who).map((c) => c.target);
const attackOn = (ex: ReturnType<typeof extract>, victim: string) =>
  ex.claims.find((c) => c.type === "attacked" && c.target.includes(victim))?.source;

describe("condemn rule, the victim's state named in the object", () => {
  it("takes the incident that hit the state an adjective names, not the one under discussion", () => {
    const ex = extract(
      wire(
        `${story}The European Union issued a statement condemning the "sabotage of Qatari government services".`,
      ),
    );
    const qatar = attackOn(ex, "interior");
    expect(qatar).toBeDefined();
    expect(condemnedBy(ex, "organization:european-union")).toEqual([qatar]);
  });

  it("keeps the incident read when the state named is the accused one", () => {
    const ex = extract(wire(`${story}NATO condemned the attack by Iranian hackers.`));
    expect(condemnedBy(ex, "organization:nato")).toEqual([attackOn(ex, "falcon-bay")]);
  });
});
