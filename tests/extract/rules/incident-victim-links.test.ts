/**
 * What links an attack to its victim: a preposition or verb of attack ("on", "into", "hit"), a
 * location ("at", "in"), an owner ("servers run by X"), what was taken and where from ("the theft
 * of files from X"). The agent, the means, a predicate, a report or another relation ("was the work
 * of X", "through a bug in a vendor's VPN", "officials said", "ties between X and Y") never name a
 * victim. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LIMA, 9 October 2024 (AFP) - ${body}`;
const attacked = (ex: ReturnType<typeof extract>, body: string) =>
  incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, body));
const FINANCE = "agency:peru-ministry-of-finance";

describe("victims linked to an attack", () => {
  it("does not take the state a predicate names after the attack for its victim", () => {
    for (const sentence of [
      "The minister said the attack on the power grid was the work of Russia.",
      "Officials believe the breach at the port is probably the work of Chile.",
      "According to the prosecutor, the intrusion at the refinery was not an accident but an operation by Bolivia.",
    ])
      expect(
        ["state:russia", "state:chile", "state:bolivia"].some((s) => attacked(extract(wire(sentence)), s)),
        sentence,
      ).toBe(false);
  });

  it("does not take the agent, the means or a relation between two states for a victim", () => {
    for (const sentence of [
      "An attack by Chile on the customs service continued for a week.",
      "Peru's envoy called the leak a ploy to sour the warm ties between Chile and Bolivia.",
      "The hack, carried out with tools bought from Chile, emptied the accounts of a shipping firm.",
    ])
      expect(
        ["state:chile", "state:bolivia"].some((s) => attacked(extract(wire(sentence)), s)),
        sentence,
      ).toBe(false);
  });

  it("still reads the victim after 'on', 'which hit', a time phrase, or an owner's 'run by'", () => {
    for (const sentence of [
      "A cyberattack on Peru's finance ministry disrupted payments.",
      "The ransomware attack, which hit Peru's finance ministry on Monday, is over.",
      "An intrusion last week into Peru's finance ministry exposed payroll data.",
      "A ransomware attack on computers used by Peru's finance ministry disrupted payments.",
      "An intrusion into networks managed by Peru's finance ministry went unnoticed for months.",
    ])
      expect(attacked(extract(wire(sentence)), FINANCE), sentence).toBe(true);
  });

  it("does not take the home state of a vendor whose flaw let attackers in", () => {
    for (const sentence of [
      "Last spring nine ministries were breached via a bug in a VPN sold by a U.S. vendor.",
      "Dozens of mailboxes were compromised through a hole in software that a U.S. company makes.",
    ])
      expect(attacked(extract(wire(sentence)), "state:united-states"), sentence).toBe(false);
    expect(
      attacked(extract(wire("Last spring servers were compromised at Peru's finance ministry.")), FINANCE),
    ).toBe(true);
  });
});

describe("what a theft took, between the theft and its source", () => {
  it("reads the body after 'from' as hit when the theft names what it took first", () => {
    for (const sentence of [
      "Investigators linked the tools to the 2019 cyber theft of 14,500 payroll files from Peru's finance ministry.",
      "The hacking group is best known for the 2019 heist of $2.3 million in cryptocurrency from Peru's finance ministry, researchers said.",
    ]) {
      const ex = extract(wire(sentence));
      const hit = incidents(ex).filter((i) => hasClaim(ex, "attacked", i.key, FINANCE));
      expect(
        hit.map((i) => i.date),
        sentence,
      ).toEqual(["2019"]);
    }
  });

  it("reads files of someone taken from a body as an attack on the body, not by the owners' state", () => {
    for (const sentence of [
      "In March 2022 the payroll files of 40,000 Peruvian teachers were siphoned from Peru's finance ministry by intruders.",
      "Hackers say the pension records of every Peruvian soldier were leaked from Peru's finance ministry in March 2022.",
    ]) {
      const ex = extract(wire(sentence));
      const [incident] = incidents(ex).filter((i) => hasClaim(ex, "attacked", i.key, FINANCE));
      expect(incident?.date, sentence).toBe("2022-03");
      expect(hasClaim(ex, "attributed-to", incident!.key, "state:peru"), sentence).toBe(false);
    }
  });
});
