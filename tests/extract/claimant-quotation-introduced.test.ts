/**
 * A quotation opening right after the sentence that introduces its speaker, with no verb of speech
 * of its own: the speaker is who that sentence has speak ("X said:") or the person opening it as its
 * subject ("Minister X met the press in Quito."). Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsFor = (text: string, target: string) =>
  claimsOf(extract(text), "attributed-to")
    .filter((c) => c.target === target)
    .map((c) => c.claimants);

const wire = (body: string) => `QUITO, 4 March 2026 (Reuters) - ${body}`;
const breach = "Hackers broke into the payroll servers of the customs service of Ecuador on Friday.\n\n";

describe("a quotation's speaker introduced by the sentence before it", () => {
  it("gives the quotation to the person opening the sentence before, though no verb of speech names them", () => {
    const text = wire(
      breach +
        "Finance Minister Lucia Andrade of Ecuador met the press in Quito on Saturday afternoon.\n\n" +
        '"Our engineers did careful work. The break-in at the customs service was the work of Copper Newt."',
    );
    const [claimants] = claimantsFor(text, "group:copper-newt");
    expect(claimants).toContain("person:lucia-andrade");
  });

  it("gives the quotation after a line ending on 'said:' to that line's speaker", () => {
    const text = wire(
      breach +
        "Finance Minister Lucia Andrade of Ecuador said:\n\n" +
        '"The break-in at the customs service was the work of Copper Newt, and it will have consequences."',
    );
    const [claimants] = claimantsFor(text, "group:copper-newt");
    expect(claimants).toContain("person:lucia-andrade");
  });

  it("leaves a quotation naming its own speaker to that speaker", () => {
    const text = wire(
      breach +
        "Finance Minister Lucia Andrade of Ecuador met the press in Quito on Saturday afternoon.\n\n" +
        '"The break-in at the customs service was the work of Copper Newt," a customs auditor wrote in an internal memo.',
    );
    const [claimants] = claimantsFor(text, "group:copper-newt");
    expect(claimants ?? []).not.toContain("person:lucia-andrade");
  });

  it("gives no speaker to a quotation after a sentence about no person", () => {
    const text = wire(
      breach +
        "The customs service restored the payroll servers from tape on Sunday.\n\n" +
        '"The break-in at the customs service was the work of Copper Newt."',
    );
    expect(claimantsFor(text, "group:copper-newt")).toEqual([[]]);
  });

  it("gives a finding the quotation credits to an agency to the quoting minister too", () => {
    const text = wire(
      breach +
        "Finance Minister Lucia Andrade of Ecuador briefed the cabinet on the inquiry.\n\n" +
        '"We have the answer now. The National Cybersecurity Centre has established that the break-in at the customs service was the work of Copper Newt."',
    );
    const [claimants] = claimantsFor(text, "group:copper-newt");
    expect(claimants).toEqual(
      expect.arrayContaining(["person:lucia-andrade", "agency:ecuador-national-cybersecurity-centre"]),
    );
  });

  it("leaves a quotation whose speaker the sentence after it names to that speaker", () => {
    const text = wire(
      breach +
        "Police chief Tomas Vera of Ecuador spoke first, about the arrests.\n\n" +
        '"The break-in at the customs service was the work of Copper Newt."\n\n' +
        "That was Finance Minister Lucia Andrade of Ecuador, speaking in Quito.",
    );
    const [claimants] = claimantsFor(text, "group:copper-newt");
    expect(claimants).toContain("person:lucia-andrade");
    expect(claimants).not.toContain("person:tomas-vera");
  });
});
