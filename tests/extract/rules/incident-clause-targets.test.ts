/**
 * What an attack clause says was hit, read from its own noun phrases: the owner closing the object
 * noun phrase after the noun's relative clause ("broke into the system that dispatches ambulances
 * at X"), the victim in the complement of a charge or of blame ("convicted the pair of the hack of
 * X"). Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LJUBLJANA, 14 October 2021 (Wire) - ${body}`;
const attacked = (ex: ReturnType<typeof extract>, victim: string) =>
  incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, victim));

describe("the owner closing an attack verb's object noun phrase", () => {
  it.each([
    [
      "Attackers broke into the system that dispatches ambulances at the Varnic Health Board on Sunday.",
      "agency:varnic-health-board",
    ],
    [
      "The Dravo Rail Company said trains were running late. Hackers encrypted the databases which hold payroll records of the Dravo Rail Company over the weekend.",
      "organization:dravo-rail-company",
    ],
    [
      "The Dravo Rail Company confirmed the outage. Overnight, intruders hacked into an old server which stores invoices at the Dravo Rail Company.",
      "organization:dravo-rail-company",
    ],
  ])("takes the owner after the noun's relative clause (%s)", (text, owner) => {
    expect(attacked(extract(wire(text)), owner)).toBe(true);
  });

  it("does not take the maker of what was hit for its owner", () => {
    const ex = extract(
      wire(
        "The Dravo Rail Company confirmed it. Hackers broke into a port system that was built by the Dravo Rail Company.",
      ),
    );
    expect(attacked(ex, "organization:dravo-rail-company")).toBe(false);
  });
});

describe("the victim in the complement of a charge or of blame", () => {
  it.each([
    "The court in Zagreb convicted the pair on Friday of the 2017 hack of Croatia's customs service.",
    "A Hungarian national arrested in Split is charged with the infiltration of Croatia's customs service three years ago.",
    "Croatia blamed Hungary in 2020 for the breach of its customs service a year earlier.",
  ])("names the victim the charge is about (%s)", (sentence) => {
    expect(attacked(extract(wire(sentence)), "agency:croatia-customs-service")).toBe(true);
  });

  it("keeps the story's incident the one later blame speaks of, after a charge about another", () => {
    const ex = extract(
      wire(
        "Hackers broke into Slovenia's tax agency on Monday. Croatian prosecutors accused the same crew last year of the hack of Croatia's customs service. " +
          "Slovenia's interior minister blamed Russia for the intrusion on Tuesday.",
      ),
    );
    const story = incidents(ex).find((i) => hasClaim(ex, "attacked", i.key, "agency:slovenia-tax-agency"));
    const charged = incidents(ex).find((i) =>
      hasClaim(ex, "attacked", i.key, "agency:croatia-customs-service"),
    );
    expect(story && charged && story.key !== charged.key).toBe(true);
    expect(hasClaim(ex, "attributed-to", story!.key, "state:russia")).toBe(true);
    expect(hasClaim(ex, "attributed-to", charged!.key, "state:russia")).toBe(false);
  });

  it("gives a blamed attack its own victim and culprit beside the story's", () => {
    const ex = extract(
      `RIGA, 14 October 2021 (Wire) - Hackers defaced the website of Latvia's tax office on Monday. Latvia blamed Russia for the defacement and for an attack on its central bank on Tuesday.`,
    );
    const bank = incidents(ex).find((i) => hasClaim(ex, "attacked", i.key, "agency:latvia-central-bank"));
    expect(bank && hasClaim(ex, "attributed-to", bank.key, "state:russia")).toBe(true);
  });
});

describe("the body an attack phrase names inside its own clause", () => {
  it.each([
    [
      "impact passive, system noun closed by its owner",
      "On Saturday, two archive servers at the Dravo Rail Company were wiped, its chief executive told staff.",
      "organization:dravo-rail-company",
    ],
    [
      "impact passive after a perfect auxiliary, the owner's possessive",
      "Late on Sunday, the Dravo Rail Company's ticket portal had been defaced, a spokeswoman confirmed.",
      "organization:dravo-rail-company",
    ],
    [
      "a disruption caused by an attack",
      "Regulators said that a week-long outage at the Varnic Health Board had been caused by a ransomware attack.",
      "agency:varnic-health-board",
    ],
    [
      "an appositive renaming the clause's impact verb",
      "Intruders encrypted the booking servers of the Varnic Health Board over Easter, an attack for which no group has yet taken responsibility.",
      "agency:varnic-health-board",
    ],
    [
      "what a verb took, then the system it was taken from",
      "Hackers exfiltrated scanned passports from a file server belonging to the Varnic Health Board over three nights in August.",
      "agency:varnic-health-board",
    ],
    [
      "a passive relative clause on its antecedent",
      "Nobody could log in to the patient portal of the Varnic Health Board, which had been encrypted in a ransomware attack.",
      "agency:varnic-health-board",
    ],
    [
      "an impact verb on the subject's own office",
      "The Varnic Health Board admitted that a phishing attack eventually crippled its records office.",
      "agency:varnic-health-board",
    ],
    [
      "an impact verb with an object",
      "Hackers attacked Croatia's customs service on Monday. Activists also defaced the online timetable of the Dravo Rail Company.",
      "organization:dravo-rail-company",
    ],
    [
      "impact passive, system noun in a named body",
      "On Tuesday, mail servers in the Varnic Health Board were wiped.",
      "agency:varnic-health-board",
    ],
    [
      "impact passive, system noun in a demonym's public bodies",
      "On Wednesday, laptop computers in four Latvian ministries were encrypted by an unknown crew.",
      "state:latvia",
    ],
  ])("%s", (_, text, victim) => {
    expect(attacked(extract(wire(text)), victim)).toBe(true);
  });

  it("takes no owner from a subject that is not a system (passengers of X)", () => {
    const ex = extract(
      wire(
        "Hackers attacked Croatia's customs service on Monday. On Friday, passengers of the Dravo Rail Company were affected as well.",
      ),
    );
    expect(attacked(ex, "organization:dravo-rail-company")).toBe(false);
  });

  it("takes no state from a demonym before homes, which are no public body", () => {
    const ex = extract(
      wire("On Wednesday, computers in four Latvian homes were encrypted by an unknown crew."),
    );
    expect(attacked(ex, "state:latvia")).toBe(false);
  });

  it("does not read a possessive before 'its' as the owner of what was hit", () => {
    const ex = extract(
      wire(
        "While Croatia's prime minister spoke in parliament, a hacktivist crew knocked a news site offline and then boasted of the attack on its channel.",
      ),
    );
    expect(attacked(ex, "state:croatia")).toBe(false);
  });
});

describe("what a verb of taking took is one noun phrase", () => {
  it.each([
    "Intruders stole the login codes of ministry clerks and connected from Serbia, Croatia's police said.",
    "Hackers stole customer ledgers and then sold them on to brokers from Serbia.",
  ])("does not read a second verb's 'from' as the victim (%s)", (sentence) => {
    expect(attacked(extract(wire(sentence)), "state:serbia")).toBe(false);
  });
});

describe("dates that belong to another clause or phrase", () => {
  it("leaves a later year inside a participle clause to that clause, not to the attack noun", () => {
    const ex = extract(
      wire(
        "Hackers broke into the customs service of Croatia, its minister said. Slovenia condemned the intrusion, done with a toolkit first advertised in 2018.",
      ),
    );
    expect(incidents(ex).some((i) => i.key.endsWith("2018"))).toBe(false);
    const story = incidents(ex).find((i) =>
      hasClaim(ex, "attacked", i.key, "agency:croatia-customs-service"),
    );
    expect(story && hasClaim(ex, "condemned", "state:slovenia", story.key)).toBe(true);
  });

  it("does not let a sentence's opening date reach an impact passive in a later coordinated clause", () => {
    const ex = extract(
      wire(
        "In February the ferry line to Split resumed, and the customs service of Croatia was crippled again this month.",
      ),
    );
    expect(incidents(ex).some((i) => i.date === "2021-02")).toBe(false);
  });
});

describe("the object of the verb an attack noun is the subject of", () => {
  it.each([
    // A relative clause with a subject of its own stands between the noun and its verb.
    "In March the ransomware that a contractor brought in has quietly locked the mail servers of the Varnic Health Board.",
    // "part of" before what is owned.
    "Investigators said intruders encrypted half of the file servers run by the Varnic Health Board in April.",
    // A long object is measured from the verb's end, not from the noun's.
    "Last week an intrusion took down the appointment booking and patient records servers of the Varnic Health Board.",
  ])("names the owner of what the verb hit (%s)", (sentence) => {
    expect(attacked(extract(wire(sentence)), "agency:varnic-health-board")).toBe(true);
  });
});

describe("a relative clause whose own verb is an attack verb", () => {
  it.each([
    // The relative's verb is an infinitive of attack after its own finite verb.
    "Officials said on Monday that a worm that Russian hackers used to hit Ukraine in 2022 crippled the servers of Poland's tax agency.",
    // The relative word is the subject of a reported attack verb ("that analysts say attacked").
    "Officials said a wiper that analysts say attacked Ukraine's banks first has now wiped the servers of Poland's tax agency.",
  ])("gives the relative's object to no incident's main verb (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(attacked(ex, "state:ukraine")).toBe(false);
  });
});

describe("an impact passive whose subject opens on a date", () => {
  it.each([
    "In 2019 Slovenia's customs portal was defaced for two days.",
    "During 2017 Slovenia's tax portal was disrupted for a day.",
  ])("names the possessive owner of the subject (%s)", (sentence) => {
    expect(attacked(extract(wire(sentence)), "state:slovenia")).toBe(true);
  });
});
