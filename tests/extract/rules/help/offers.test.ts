/** The offer rule (rules/help/offers.ts), with invented sentences. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../../helpers";
import { wire, attacked } from "./stories";

describe("offer rule", () => {
  it("reads 'stands ready to assist X' with a pronoun subject as the speaker's offer", () => {
    const ex = extract(wire(`${attacked}Chile said it stands ready to assist Bolivia.`));
    expect(hasClaim(ex, "offered-help", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });

  it("reads 'offered to <do something>' as an offer to the attacked state, but not condolences", () => {
    const ex = extract(wire(`${attacked}Germany's BSI has offered to review the stolen backups.`));
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
    const condolences = extract(wire(`${attacked}Peru offered its condolences.`));
    expect(condolences.claims.some((c) => c.type === "offered-help")).toBe(false);
  });

  it("reads 'can provide assistance' and 'whose program offered training' (the owner offers)", () => {
    const can = extract(wire(`${attacked}Chile can provide assistance at short notice, its minister said.`));
    expect(hasClaim(can, "offered-help", "state:chile", "state:bolivia")).toBe(true);
    const whose = extract(
      wire(`${attacked}The talks included Peru, whose cyber program offered training to Bolivia.`),
    );
    expect(hasClaim(whose, "offered-help", "state:peru", "state:bolivia")).toBe(true);
  });

  it("takes 'an offer of help' for a noun, offering nothing on the subject's part", () => {
    const ex = extract(wire(`${attacked}Chile accepted an offer of help from Peru.`));
    expect(hasClaim(ex, "offered-help", "state:chile", "state:peru")).toBe(false);
  });

  it("reads 'offered X's help' as X's help given, not as help offered to X", () => {
    const ex = extract(
      wire(
        `${attacked}Two days later NATO offered the Cyber Coordination Centre's technical assistance in tracing the intruders.`,
      ),
    );
    const offers = claimsOf(ex, "offered-help");
    expect(offers.some((c) => c.target.includes("coordination"))).toBe(false);
    expect(hasClaim(ex, "offered-help", "organization:nato", "state:bolivia")).toBe(true);
  });
});

describe("offer and request rules, through quotation marks", () => {
  it("reads 'said it \"stands ready to assist\"' with the reporting clause's subject as the one offering", () => {
    const ex = extract(
      wire(`${attacked}The Chilean government, for its part, said it "stands ready to assist" La Paz.`),
    );
    expect(hasClaim(ex, "offered-help", "state:chile", "state:bolivia")).toBe(true);
  });

  it("reads 'X is \"ready to provide assistance\" if Y asks' as an offer to Y", () => {
    const ex = extract(
      `PRESENTER: ${attacked}The embassy said Peru is "ready to provide technical assistance" if Bolivia asks.`,
    );
    expect(hasClaim(ex, "offered-help", "state:peru", "state:bolivia")).toBe(true);
  });

  it("reads 'asked X and Y for \"technical support\"' as a request to each", () => {
    const ex = extract(wire(`${attacked}Bolivia has asked Paris and Madrid for "urgent technical support".`));
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:france")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:spain")).toBe(true);
  });

  it("stops at the quotation's end: the speaker after it is not the one offered help", () => {
    const ex = extract(
      wire(
        `${attacked}"Our experts can provide assistance at short notice," Chilean minister Ana Soto wrote.`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "offered-help" && c.target.startsWith("person:"))).toBe(false);
  });
});
