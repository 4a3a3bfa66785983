/**
 * What an attack clause says was hit, read from the clause's own noun phrases: the owner inside a
 * passive impact verb's subject ("the booking servers of X were encrypted"), a lower-case
 * description of a state's bodies ("nine government ministries"), a demonym before a modified
 * facility ("a Croatian cooperative bank"), the victim in a charge's complement ("accused X of the
 * hack of Y"). Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LJUBLJANA, 14 October 2021 (Wire) - ${body}`;
const story = "Hackers broke into Slovenia's tax agency on Monday.";
/** Whether some incident other than the story's was claimed to attack `victim`. */
const attackedElsewhere = (ex: ReturnType<typeof extract>, victim: string) =>
  incidents(ex).some(
    (i) => !i.key.startsWith("incident:slovenia-tax-agency") && hasClaim(ex, "attacked", i.key, victim),
  );

describe("the owner inside a passive impact verb's subject", () => {
  it.each([
    "In June, the booking servers of the state-owned rail operator Glinska were encrypted.",
    "Back in June, the ticket machines of the state-owned rail operator Glinska were all paralysed for a day.",
    "The booking servers of the state-owned rail operator Glinska were also encrypted in June, and trains ran late.",
  ])("takes the owner named in the subject as the victim (%s)", (recalled) => {
    const ex = extract(wire(`${story} ${recalled}`));
    expect(attackedElsewhere(ex, "organization:glinska")).toBe(true);
    // "the state-owned" is a modifier, not the state.
    expect(attackedElsewhere(ex, "state:slovenia")).toBe(false);
  });

  it.each([
    "Britain's NCSC said in June that dozens of laptops were encrypted.",
    "In June, Britain's NCSC reported dozens of laptops were encrypted.",
  ])("does not take the body that reports the impact for its victim (%s)", (reported) => {
    const ex = extract(wire(`${story} ${reported}`));
    expect(incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, "agency:ncsc-uk"))).toBe(false);
  });
});

describe("the owner closing an attack verb's object noun phrase", () => {
  const company = "Glinska Mining Corporation said on Monday it had restored its systems.";
  it.each([
    "On Sunday, hackers broke into the system that schedules ore trains at the Glinska Mining Corporation.",
    "Intruders gained access to a network which controls the crushers of Glinska Mining Corporation on Sunday.",
    "On Sunday, hackers crippled Glinska Mining Corporation's copper mine in the north.",
  ])(
    "takes the owner closing the phrase, after a relative clause or as a facility's possessor (%s)",
    (sentence) => {
      const ex = extract(wire(`${company} ${sentence}`));
      expect(
        incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, "organization:glinska-mining-corporation")),
      ).toBe(true);
    },
  );

  it("does not take the maker of what was hit for its owner", () => {
    const ex = extract(
      wire(
        `${company} On Sunday, hackers broke into a port system that was built by Glinska Mining Corporation.`,
      ),
    );
    expect(
      incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, "organization:glinska-mining-corporation")),
    ).toBe(false);
  });
});

describe("a lower-case description of a state's bodies", () => {
  it.each([
    "In July 2019, nine government ministries were compromised through a flaw in a mail server.",
    "Two years earlier, in July 2019, several government departments were breached as well.",
  ])("hits the state under discussion (%s)", (recalled) => {
    const ex = extract(wire(`Slovenia blamed Russia on Monday for a breach of its tax agency. ${recalled}`));
    expect(
      incidents(ex).some((i) => i.date === "2019-07" && hasClaim(ex, "attacked", i.key, "state:slovenia")),
    ).toBe(true);
  });
});

describe("a demonym before a modified facility", () => {
  it.each([
    "Investigators found servers in common with an attack on a Croatian cooperative bank last year.",
    "Last year the same crew hit a large Croatian regional hospital.",
    "The tools match those of a 2019 intrusion at a Croatian container port.",
  ])("gives the facility to the demonym's state (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, "state:croatia"))).toBe(true);
  });

  it("does not make a victim of a demonym the attack is not on", () => {
    const ex = extract(
      wire("A Croatian regional official said on Monday that a breach had hit Slovenia's tax agency."),
    );
    expect(incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, "state:croatia"))).toBe(false);
  });
});

describe("the victim in a charge's complement", () => {
  it.each([
    "Prosecutors in Zagreb accused Hungary of the 2019 hack of Croatia's customs service.",
    "The two men are wanted in connection with the hacking of Croatia's customs service in 2019.",
    "Croatia blamed Hungary in 2020 for the breach of its customs service a year earlier.",
  ])("names the victim the charge is about (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, "agency:croatia-customs-service"))).toBe(
      true,
    );
  });

  it("keeps the story's incident under discussion after a charge about another one", () => {
    const ex = extract(
      wire(
        `${story} Croatian prosecutors accused the same crew last year of the hack of Croatia's customs service. ` +
          "The breach of the tax agency began with a forged invoice.",
      ),
    );
    const story_ = incidents(ex).find((i) => i.key.startsWith("incident:slovenia-tax-agency"));
    expect(story_?.mentions.length).toBe(2);
  });
});
