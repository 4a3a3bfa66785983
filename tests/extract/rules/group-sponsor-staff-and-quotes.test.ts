/**
 * Group → sponsor: a quotation opening between the auxiliary (or "called") and the participle
 * ('the crew is "steered by X"'), a sponsor named through its own people, organ or unit ("tasked by
 * agents of X", "run out of the signals directorate of X") when that is the group's own predicate,
 * the serving verbs and command nouns of the lexicon ("acts for", "subordinated to", "operates under
 * the protection of", "gets its tasks from"), and "the group" opening a clause after an incident
 * ("X, blamed for the breach of the tax office, ... and that the group answers to Y"). Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `QUITO, 14 March 2026 (AP) - ${body}`;
const sponsorsOf = (ex: ReturnType<typeof extract>, group: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.source === group).map((c) => c.target);
const named = "Analysts at a Lisbon university have tracked APT29 since 2019. ";
/** Each sentence, after one naming APT29, ties APT29 to Bolivia and to nothing else. */
const expectBolivia = (said: string[]) => {
  for (const s of said)
    expect(sponsorsOf(extract(wire(named + s)), "group:apt29"), s).toEqual(["state:bolivia"]);
};
/** Each sentence, after one naming APT28, gives APT28 no sponsor at all. */
const expectNoSponsor = (said: string[]) => {
  for (const s of said)
    expect(
      sponsorsOf(extract(wire("Mandiant has followed APT28 for years. " + s)), "group:apt28"),
      s,
    ).toEqual([]);
};

describe("group sponsor rule, a quotation opening before the participle", () => {
  it("reads the auxiliary or the relative clause before the quotation mark", () => {
    expectBolivia([
      'Their latest paper argues the crew is "directed by Bolivia".',
      'In a footnote they add that APT29 is "almost certainly controlled by Bolivia".',
      'APT29, which their paper calls "controlled by Bolivia", has changed its tools twice.',
      'APT29, which one of them thinks is "run by Bolivia", has changed its tools twice.',
    ]);
  });

  it("still reads a quoted participle qualifying something else as no sponsor", () => {
    const ex = extract(wire(named + 'Their paper notes that a hospital "funded by Bolivia" was left alone.'));
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });
});

describe("group sponsor rule, the sponsor's own people or organ", () => {
  it("takes the body named after 'agents of', 'the command of', 'a unit of'", () => {
    expectBolivia([
      "Their paper argues that APT29 is tasked by agents of Bolivia.",
      "Their paper argues that APT29 is run out of the naval command of Bolivia.",
      'Their paper argues that APT29 "works on the orders of a unit of Bolivia".',
    ]);
  });

  it("takes no body after a noun that is not its people or organ", () => {
    const ex = extract(wire(named + "Their paper argues that APT29 is run by admirers of Bolivia."));
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });

  it("takes no body whose people the group's deed touched", () => {
    expectNoSponsor(["APT28 targeted phones belonging to officers of the Ukrainian army, Mandiant said."]);
  });
});

describe("group sponsor rule, serving verbs and command nouns", () => {
  it("reads 'acts for', 'subordinated to', 'the protection of', 'its tasks from'", () => {
    expectBolivia([
      "Two of the analysts believe APT29 quietly acts for Bolivia.",
      "Since 2021 APT29 has been subordinated to Bolivia, their paper argues.",
      "Their paper argues that APT29 works under the protection of Bolivia.",
      "A former official told them that APT29 gets its tasks from Bolivia.",
    ]);
  });

  it("reads 'under the protection of' after a deed as no sponsor", () => {
    expectNoSponsor(["APT28 spied on diplomats under the protection of the United States, officials said."]);
  });
});

describe("group sponsor rule, 'the group' past an incident", () => {
  it("reads 'the group' opening the clause as the group named before the incident", () => {
    const ex = extract(
      wire(
        "A panel blamed APT29 for the 2021 breach of the Chilean tax office and concluded that the group answers to Bolivia.",
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
  });

  it("takes no group past the incident when the clause has a subject of its own", () => {
    const ex = extract(
      wire(
        "A panel blamed APT29 for the 2021 breach of the Chilean tax office and concluded that a shipping firm answers to Bolivia.",
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });
});

describe("group sponsor rule, 'a cover for' is no subordinate noun", () => {
  it("reads a group's 'cover for its attacks on X' as no sponsor", () => {
    expectNoSponsor(["APT28 used a fake charity as a cover for its attacks on Ukraine's defence ministry."]);
  });
});
