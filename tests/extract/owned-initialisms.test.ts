/**
 * A state's body written by its initials alone right after the state's possessive ("Ghana's NDCS")
 * is that state's agency; a company's or a party's initials so written are not. Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const agencies = (text: string) => extract(text).entities.filter((e) => e.type === "agency");

describe("initials right after a state's possessive", () => {
  it("make an agency of that state, named by the initials and found again by them", () => {
    const ex = extract(
      "Ghana's NDCS flew four responders to Lome on Thursday. By Saturday NDCS staff had rebuilt the tax portal.",
    );
    const body = ex.entities.find((e) => e.type === "agency" && e.label === "NDCS");
    expect(body).toEqual(expect.objectContaining({ country: "state:ghana" }));
    expect(hasClaim(ex, "part-of", body!.key, "state:ghana")).toBe(true);
  });

  it("take one or two lower-case words between the possessive and the initials", () => {
    expect(
      agencies("Last week Peru's national OSCD opened a case on the leaked payroll files."),
    ).toContainEqual(expect.objectContaining({ label: "OSCD", country: "state:peru" }));
  });

  it("find the owner after another body the same sentence named before it", () => {
    const text =
      "Help came from the Kenya Revenue Authority, and Ghana's NDCS lent three forensic analysts for a month.";
    expect(agencies(text)).toContainEqual(expect.objectContaining({ label: "NDCS", country: "state:ghana" }));
  });

  it("read the state from its capital's possessive too", () => {
    expect(agencies("Nairobi's KDSA posted a warning about forged tax refund messages.")).toContainEqual(
      expect.objectContaining({ label: "KDSA", country: "state:kenya" }),
    );
  });

  it("make the state's agency of initials set between commas after a description of its body", () => {
    const text =
      "Peru's national cyber incident team, PNCT, took charge of the recovery and briefed the cabinet twice.";
    expect(agencies(text)).toContainEqual(expect.objectContaining({ label: "PNCT", country: "state:peru" }));
  });

  it("make no agency of initials after a company's description, nor of an item of a list", () => {
    const texts = [
      "Ghana's leading private response team, GPRT, cleaned the infected laptops for a fee.",
      "Peru's national incident team, PNIT, and the prosecutors will share the leaked files.",
    ];
    for (const text of texts) expect(agencies(text)).toEqual([]);
  });

  it("make no agency of a company's or a party's initials, nor of a trade word", () => {
    const texts = [
      "Ghana's state-owned GPLC restored power to the northern region after the outage.",
      "Peru's TLPC, a listed telecoms firm, lost customer records in the spring.",
      "Ghana's ruling NPPG accused the opposition of spreading the leaked files.",
      "Ghana's RNBC broadcaster went off air for two hours on Sunday.",
      "Peru's IT staff and US officials met in Lima to compare notes on the breach.",
    ];
    for (const text of texts) expect(agencies(text)).toEqual([]);
  });
});

describe("a party's initials named bare after its state's possessive (review46 R15)", () => {
  it("make no agency, and no state claimant, when the article calls them a party's elsewhere", () => {
    const ex = extract(
      "Peru's UNPR said that hackers in the pay of Russia had copied the electoral roll. UNPR lawmakers want the vote delayed.",
    );
    expect(ex.entities.filter((e) => e.type === "agency" && e.label === "UNPR")).toEqual([]);
    const claim = ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:russia");
    expect(claim?.claimants ?? []).not.toContain("state:peru");
  });

  it("still make the agency when nothing in the article says party or company", () => {
    const text =
      "Peru's UNPR said that hackers had copied the electoral roll. UNPR analysts traced the intruders.";
    expect(agencies(text)).toContainEqual(expect.objectContaining({ label: "UNPR", country: "state:peru" }));
  });
});
