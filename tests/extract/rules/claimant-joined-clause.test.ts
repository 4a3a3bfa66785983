/**
 * An accusation with a subject of its own is that subject's: a speaker opening a clause joined after
 * it ("..., and Y said ...") speaks only there, while a speech tag closing it ("..., Y said") speaks
 * for it. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "../helpers";

const claimantsOf = (text: string) =>
  claimsOf(extract(text), "attributed-to").flatMap((c) => c.claimants.map((k) => k.replace(/^\w+:/, "")));

describe("claimants of a blame followed by a joined clause", () => {
  it("leave out the speaker of a clause joined by ', and'", () => {
    const claimants = claimantsOf(
      "Norway blamed Iran for the hack of the Tromsø ferry operator, and Chile said its own ports were on alert.",
    );
    expect(claimants).toContain("norway");
    expect(claimants).not.toContain("chile");
  });

  it("must keep a speaker after a semicolon who states the same accusation", () => {
    const claimants = claimantsOf(
      "Norway blamed Iran for the hack of the Tromsø ferry operator; Chile said it was plainly the work of Iran.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["norway", "chile"]));
  });

  it("must keep a speech tag that closes the accusation ('..., the minister said')", () => {
    const claimants = claimantsOf(
      "Norway blamed Iran for the hack of the Tromsø ferry operator, Defence Minister Ola Brekke said.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["norway", "ola-brekke"]));
  });
});
