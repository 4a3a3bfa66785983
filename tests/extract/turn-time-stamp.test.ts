/**
 * A podcast's transcript stamps each turn with its time ("[00:03:12] ANDRADE: ..."): the label after
 * the stamp still names who speaks the turn. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsFor = (text: string, target: string) =>
  claimsOf(extract(text), "attributed-to")
    .filter((c) => c.target === target)
    .map((c) => c.claimants);

const episode = (turn: string) =>
  "Episode 14: the customs hack\n\nHackers broke into the payroll servers of the customs service of Ecuador on Friday. " +
  "Our guest is Lucia Andrade, who leads the National Cybersecurity Directorate of Ecuador.\n\n" +
  "[00:03:10] HOST: So who was it?\n\n" +
  turn;

describe("a time-stamped transcript turn", () => {
  it("gives what the turn asserts to the speaker its label names after the stamp", () => {
    const text = episode(
      "[00:03:12] ANDRADE: We looked hard at the servers. The break-in at the customs service was the work of Copper Newt.",
    );
    const [claimants] = claimantsFor(text, "group:copper-newt");
    expect(claimants).toContain("person:lucia-andrade");
  });

  it("gives nothing the host asserts to anyone", () => {
    const text = episode(
      "[00:03:12] HOST: Some listeners wrote in. The break-in at the customs service was the work of Copper Newt.",
    );
    expect(claimantsFor(text, "group:copper-newt")).toEqual([[]]);
  });
});
