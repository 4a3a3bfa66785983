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
    const ex = extract(wire(`${story}Canada denounced the malicious activity against Qatari ministries.`));
    const qatar = attackOn(ex, "interior");
    expect(qatar).toBeDefined();
    expect(condemnedBy(ex, "state:canada")).toEqual([qatar]);
  });

  it("keeps the incident read when the state named is the accused one", () => {
    const ex = extract(wire(`${story}NATO condemned the attack by Iranian hackers.`));
    expect(condemnedBy(ex, "organization:nato")).toEqual([attackOn(ex, "falcon-bay")]);
  });

  // A state named in a phrase after the object (where or with whom the condemnation was made) is not the victim's.
  const kuwaitStory = (hit: string) =>
    "Hackers wiped the servers of Qatar's Ministry of Interior in May, and Qatar blamed Iran. " +
    `On Tuesday a ransomware attack crippled ${hit}. `;

  it("keeps the incident read when the state is named in a later phrase of the clause", () => {
    const ex = extract(
      wire(
        `${kuwaitStory("the port authority in Kuwait City")}Britain condemned the attack in a joint statement with Qatar.`,
      ),
    );
    const kuwait = attackOn(ex, "kuwait");
    expect(kuwait).toBeDefined();
    expect(condemnedBy(ex, "state:united-kingdom")).toEqual([kuwait]);
  });

  it("keeps the incident read when a body of another state follows the object", () => {
    const ex = extract(
      wire(
        `${kuwaitStory("the Kuwaiti port authority")}Germany condemned the attack in a statement shared with Qatar's foreign ministry.`,
      ),
    );
    const kuwait = attackOn(ex, "kuwait");
    expect(kuwait).toBeDefined();
    expect(condemnedBy(ex, "state:germany")).toEqual([kuwait]);
  });
});
