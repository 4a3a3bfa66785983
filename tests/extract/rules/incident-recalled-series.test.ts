/**
 * Earlier incidents told after the story's own: a sentence telling the attack as one of a series
 * names the victim the next sentence's earlier incident hit; theft told as an accusation's gerund;
 * an effort to harm ties is no attack. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LOME, 9 November 2025 (Wire) - ${body}`;
const story = "Intruders broke into Benin's customs agency on Friday, officials said.";

describe("an earlier incident told after a series sentence", () => {
  it("gives the earlier incident the victim the series sentence named", () => {
    const ex = extract(
      wire(
        `${story} Its director called it the third time that the agency has been breached. Its cargo portal was defaced in May 2021, an incident nobody claimed.`,
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2021-05");
    expect(old?.targets).toContain("agency:benin-customs-agency");
  });

  it("claims no state for the earlier incident when the series sentence names no victim", () => {
    const ex = extract(
      wire(`${story} The breach is the second this year. Its cargo portal was defaced in May 2021.`),
    );
    const old = incidents(ex).find((i) => i.date === "2021-05");
    expect(old?.targets ?? []).not.toContain("state:benin");
  });

  it("tells no series when the ordinal belongs to another clause (ministers meeting again)", () => {
    const ex = extract(
      wire(
        `${story} Ministers met for the second time on Saturday to discuss the attack. In May 2021 a ransomware attack shut down hospitals across the region.`,
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2021-05");
    expect(old?.targets ?? []).toEqual([]);
  });

  it("tells no series when the ordinal's 'time' clause is not the victim's passive", () => {
    const ex = extract(
      wire(
        `${story} This is the third time officials have met to discuss the intrusion. In 2019 ransomware encrypted files at several hospitals in the region.`,
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2019");
    expect(old?.targets ?? []).toEqual([]);
  });

  it("leaves an earlier incident two sentences on with no victim of its own alone", () => {
    const ex = extract(
      wire(
        `${story} Its director called it the third time that the agency has been breached. Ministers met on Saturday. Its cargo portal was defaced in May 2021.`,
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2021-05");
    expect(old?.targets ?? []).toEqual([]);
  });
});

describe("theft told as an accusation's gerund", () => {
  it("reads an accusation's theft gerund as an attack on the body the data came from", () => {
    const ex = extract(
      wire(
        `${story} In 2023 the crew was blamed by analysts for stealing tender files from Togo's port authority.`,
      ),
    );
    const theft = incidents(ex).find((i) => i.targets?.includes("agency:togo-port-authority"));
    expect(theft?.date).toBe("2023");
    expect(theft && hasClaim(ex, "attacked", theft.key, "agency:togo-port-authority")).toBe(true);
  });
});

describe("an effort to harm ties", () => {
  it("is no attack", () => {
    const ex = extract(
      wire(`${story} On Sunday Ghana's envoy said the rumours were spread to damage its partnership with Togo.`),
    );
    expect(incidents(ex)).toHaveLength(1);
  });
});
