import { describe, expect, it } from "vitest";
import { extract, incidents } from "./helpers";

const article = (body: string) =>
  `ROSEAU, 14 May 2027 (CWire): Intruders broke into the servers of Dominica's land registry in January 2025. ${body}`;

describe("incident dates: the time a disclosure of the attack was made", () => {
  it.each([
    "The registry announced the breach last autumn.",
    "Officials at the registry confirmed the intrusion in 2026.",
    "The registry only disclosed the breach last year.",
  ])("does not date the disclosed attack by the disclosure, nor make another incident of it (%s)", (body) => {
    expect(incidents(extract(article(body))).map((i) => i.date)).toEqual(["2025-01"]);
  });

  it.each([
    // A year inside the noun phrase is the attack's own.
    ["Officials disclosed the 2024 breach of the port authority.", "2024"],
    // The date follows the victim, not the disclosed noun: it dates the attack on that victim.
    ["Officials confirmed the breach of the port authority in August 2025.", "2025-08"],
    // A relative clause telling when the attack began dates it.
    ["The port authority disclosed the intrusion, which began in March 2025, only now.", "2025-03"],
  ])("still dates an attack told with its own date after a disclosing verb (%s)", (body, date) => {
    expect(incidents(extract(article(body))).map((i) => i.date)).toContain(date);
  });

  it("still dates an attack by a time after it when a verb of the attack takes it", () => {
    const ex = extract(
      article("Months later hackers carried out the attack on the port authority last autumn."),
    );
    expect(incidents(ex).map((i) => i.date)).toContain("2026");
  });
});
