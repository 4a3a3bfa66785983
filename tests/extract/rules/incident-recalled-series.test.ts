/**
 * Earlier incidents told after the story's own: a sentence telling the attack as one of a series
 * names the victim the next sentence's earlier incident hit; theft told as an accusation's gerund;
 * sabotage verbs; an "attempt to damage relations" is no attack. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LOME, 9 November 2025 (Wire) - ${body}`;
const story = "Intruders broke into Benin's customs agency on Friday, officials said.";

describe("an earlier incident told after a series sentence", () => {
  it("gives the earlier incident the victim the series sentence named", () => {
    const ex = extract(
      wire(
        `${story} It is not the first time the agency has been targeted. Its cargo portal was defaced in May 2021, an incident nobody claimed.`,
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2021-05");
    expect(old?.targets).toContain("agency:benin-customs-agency");
  });

  it("falls back to the state of the story's victims when the series sentence names no body", () => {
    const ex = extract(
      wire(
        `${story} The breach is the third against the country's public services since 2020. In June 2022 hackers opened a valve at a reservoir outside the capital.`,
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2022-06");
    expect(old?.targets).toEqual(["state:benin"]);
  });

  it("leaves an earlier incident two sentences on with no victim of its own alone", () => {
    const ex = extract(
      wire(
        `${story} It is not the first time the agency has been targeted. Ministers met on Saturday. Its cargo portal was defaced in May 2021.`,
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2021-05");
    expect(old?.targets ?? []).toEqual([]);
  });
});

describe("attack verbs the lexicon names as phrases", () => {
  it("reads 'set off a fire at' as an attack on what follows", () => {
    const ex = extract(
      wire(`${story} In April 2023 the same group said it had set off a fire at Togo's port authority.`),
    );
    expect(incidents(ex).some((i) => i.targets?.includes("agency:togo-port-authority"))).toBe(true);
  });

  it("reads 'carried out the theft of ... from' as a theft from its source", () => {
    const ex = extract(
      wire(
        `${story} In March 2024, APT29 carried out the theft of 2 million dollars in tokens from Togo's port authority.`,
      ),
    );
    const theft = incidents(ex).find((i) => i.targets?.includes("agency:togo-port-authority"));
    expect(theft?.date).toBe("2024-03");
  });

  it("reads an accusation's theft gerund as an attack on the body the data came from", () => {
    const ex = extract(
      wire(
        `${story} In 2023 the crew was blamed by analysts for stealing tender files from Togo's port authority.`,
      ),
    );
    const theft = incidents(ex).find((i) => i.targets?.includes("agency:togo-port-authority"));
    expect(theft?.date).toBe("2023");
    expect(hasClaim(ex, "attacked", theft!.key, "agency:togo-port-authority")).toBe(true);
  });
});

describe("an attempt to damage relations", () => {
  it("is no attack", () => {
    const ex = extract(
      wire(
        `${story} On Sunday the embassy of Ghana called the charge an attempt to damage the warm relations between the two neighbours.`,
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
  });
});
