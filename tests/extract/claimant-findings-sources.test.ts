/** Bodies whose findings a speaker presents, and bodies listed with a source: claimants too (invented copy). */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsOf = (text: string) => claimsOf(extract(text), "attributed-to").flatMap((c) => c.claimants);

describe("claimants named as the source of findings", () => {
  it("has the body whose findings a minister presents claim beside the minister", () => {
    const claimants = claimantsOf(
      "Presenting the findings of the Federal Office for Information Security, Interior Minister Jan Holm said a " +
        "group called Ember Lynx was behind the breach of the tax portal of Estonia.",
    );
    expect(claimants).toContain("agency:bsi");
    expect(claimants).toContain("person:jan-holm");
  });

  it("has each body that gathered the evidence claim, the second of a list too", () => {
    const claimants = claimantsOf(
      "The evidence gathered by the Federal Office for Information Security and the National Cyber Security Centre " +
        "shows that Ember Lynx was behind the breach of the tax portal of Estonia, Interior Minister Jan Holm said.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["agency:bsi", "agency:ncsc-uk", "person:jan-holm"]));
  });

  it("has every body listed after 'according to' claim, however long the first one's name", () => {
    const claimants = claimantsOf(
      "According to the Federal Office for Information Security and the National Cyber Security Centre, " +
        "Ember Lynx was behind the breach of the tax portal of Estonia.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["agency:bsi", "agency:ncsc-uk"]));
  });

  it("takes no one for a source after findings of something that is no body", () => {
    const claimants = claimantsOf(
      "The findings of the audit were published on Monday. Ember Lynx was behind the breach of the tax portal " +
        "of Estonia, Interior Minister Jan Holm said.",
    );
    expect(claimants).not.toContain("agency:bsi");
  });

  it("keeps the body whose findings a denial rejects as the accuser, not the denier", () => {
    const czech = claimantsOf(
      "China rejected the findings of the Czech intelligence service BIS that APT31 was behind the attack on the " +
        "Czech foreign ministry.",
    );
    expect(czech).toEqual(expect.arrayContaining(["agency:czechia-intelligence-service", "state:czechia"]));
    expect(czech).not.toContain("state:china");
    const german = claimantsOf(
      "Moscow flatly dismissed the conclusions of the Federal Office for Information Security that Ember Lynx was " +
        "behind the breach of the tax portal of Estonia.",
    );
    expect(german).toContain("agency:bsi");
    expect(german).not.toContain("state:russia");
  });
});
