/**
 * What links an attack to its victim: a preposition or verb of attack ("on", "into", "hit"), a
 * location ("at", "in"), what was taken and where from ("the theft of records from X"). The agent,
 * the means, a predicate or another relation ("was the work of X", "through a flaw in software
 * from X", "relations between X and Y") never name a victim. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LIMA, 9 October 2024 (AFP) - ${body}`;
const attacked = (ex: ReturnType<typeof extract>, body: string) =>
  incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, body));

describe("victims linked to an attack", () => {
  it("does not take the state a predicate names after the attack for its victim", () => {
    const ex = extract(wire("The minister said the attack on the power grid was the work of Russia."));
    expect(attacked(ex, "state:russia")).toBe(false);
    const other = extract(wire("Officials believe the breach at the port is probably the work of Chile."));
    expect(attacked(other, "state:chile")).toBe(false);
  });

  it("does not take the agent, the means or a relation between two states for a victim", () => {
    const by = extract(wire("An attack by Chile on the customs service continued for a week."));
    expect(attacked(by, "state:chile")).toBe(false);
    const between = extract(
      wire(
        'An embassy spokesman called the report "an attempt to damage the friendly relations between Peru and Bolivia".',
      ),
    );
    expect(attacked(between, "state:peru")).toBe(false);
    expect(attacked(between, "state:bolivia")).toBe(false);
  });

  it("still reads the victim after 'on', 'which hit' and a time phrase", () => {
    expect(
      attacked(
        extract(wire("A cyberattack on Peru's finance ministry disrupted payments.")),
        "agency:peru-ministry-of-finance",
      ),
    ).toBe(true);
    expect(
      attacked(
        extract(wire("The ransomware attack, which hit Peru's finance ministry on Monday, is over.")),
        "agency:peru-ministry-of-finance",
      ),
    ).toBe(true);
    expect(
      attacked(
        extract(wire("An intrusion last week into Peru's finance ministry exposed payroll data.")),
        "agency:peru-ministry-of-finance",
      ),
    ).toBe(true);
  });

  it("does not take the home state of a vendor whose flaw let attackers in", () => {
    const ex = extract(
      wire(
        "In July 2023, nine ministries were compromised through a flaw in software from U.S. firm Quorvex.",
      ),
    );
    expect(attacked(ex, "state:united-states")).toBe(false);
    const at = extract(wire("In July 2023, servers were compromised at Peru's finance ministry."));
    expect(attacked(at, "agency:peru-ministry-of-finance")).toBe(true);
  });
});

describe("what a theft took, between the theft and its source", () => {
  it("reads the body after 'from' as hit when the theft names what it took first", () => {
    const ex = extract(
      wire(
        "The hackers' tools match those of the 2019 cyber theft of tax records on 2.1 million people from Peru's finance ministry.",
      ),
    );
    const hit = incidents(ex).filter((i) =>
      hasClaim(ex, "attacked", i.key, "agency:peru-ministry-of-finance"),
    );
    expect(hit.map((i) => i.date)).toEqual(["2019"]);
  });

  it("reads data of someone stolen from a body as an attack on the body, not by the owners' state", () => {
    for (const sentence of [
      "In March 2022 the personal data of almost every Peruvian voter was stolen from Peru's finance ministry in a cyberattack.",
      "Hackers say the bank records of 40,000 Peruvian pensioners were leaked from Peru's finance ministry in March 2022.",
    ]) {
      const ex = extract(wire(sentence));
      const [incident] = incidents(ex).filter((i) =>
        hasClaim(ex, "attacked", i.key, "agency:peru-ministry-of-finance"),
      );
      expect(incident?.date, sentence).toBe("2022-03");
      expect(hasClaim(ex, "attributed-to", incident!.key, "state:peru"), sentence).toBe(false);
    }
  });
});
