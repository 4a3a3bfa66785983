/**
 * Group → sponsor: a quotation opening between the auxiliary (or "described as") and the
 * participle ('the crew is "run by X"'), a sponsor named through its own people, organ or unit
 * ("run by officers of X", "run out of the cyber command of X"), and the serving verbs and
 * command nouns of the lexicon ("acts for", "subordinated to", "under the
 * protection of", "receives its tasks from", "a cover for"), and "the group" opening a clause after
 * an incident ("X was behind the intrusion, and the group works for Y"). Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `LIMA, 9 June 2025 (Reuters) - ${body}`;
const sponsorsOf = (ex: ReturnType<typeof extract>, group: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.source === group).map((c) => c.target);
const named = "A 2024 vendor paper profiled APT29 at length. ";
/** Each sentence, after one naming APT29, ties APT29 to Bolivia and to nothing else. */
const expectBolivia = (said: string[]) => {
  for (const s of said)
    expect(sponsorsOf(extract(wire(named + s)), "group:apt29")).toEqual(["state:bolivia"]);
};

describe("group sponsor rule, a quotation opening before the participle", () => {
  it("reads the auxiliary or the relative clause before the quotation mark", () => {
    expectBolivia([
      'The authors said the crew is "directed by Bolivia".',
      'The authors said APT29 is "most likely controlled by Bolivia".',
      'APT29, which the authors described as "controlled by Bolivia", went quiet.',
      'APT29, which the authors say is "run by Bolivia", went quiet.',
    ]);
  });

  it("still reads a quoted participle qualifying something else as no sponsor", () => {
    const ex = extract(wire(named + 'The authors said a laboratory "funded by Bolivia" was spared.'));
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });
});

describe("group sponsor rule, the sponsor's own people or organ", () => {
  it("takes the body named after 'officers of', 'the command of', 'a unit of'", () => {
    expectBolivia([
      "The authors said APT29 is run by officers of Bolivia.",
      "The authors said APT29 is run out of the cyber command of Bolivia.",
      'The authors said APT29 "operates at the direction of a unit of Bolivia".',
    ]);
  });

  it("takes no body after a noun that is not its people or organ", () => {
    const ex = extract(wire(named + "The authors said APT29 is run by critics of Bolivia."));
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });
});

describe("group sponsor rule, serving verbs and command nouns", () => {
  it("reads 'acts for', 'subordinated to', 'the protection of', 'its tasks from'", () => {
    expectBolivia([
      "The authors said APT29 acts for Bolivia.",
      "The authors said APT29 is subordinated to Bolivia.",
      "The authors said APT29 operates under the protection of Bolivia.",
      "The authors said APT29 receives its tasks from Bolivia.",
    ]);
  });
});

describe("group sponsor rule, 'the group' past an incident, and 'a cover for'", () => {
  it("reads 'the group' opening the clause as the group named before the incident", () => {
    const ex = extract(
      wire(
        "Officials said in 2023 that APT29 was behind the 2022 intrusion into the Chilean Ministry of Finance, and that the group works for Bolivia.",
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
  });

  it("takes no group past the incident when the clause has a subject of its own", () => {
    const ex = extract(
      wire(
        "Officials said in 2023 that APT29 was behind the 2022 intrusion into the Chilean Ministry of Finance, and that its staff work for Bolivia.",
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });

  it("reads 'a cover for' and 'an operational cover of' as what the group is to its sponsor", () => {
    expectBolivia([
      'The authors called APT29 "a cover for officers of Bolivia".',
      'The authors said APT29 is "an operational cover of Bolivia".',
    ]);
  });
});
