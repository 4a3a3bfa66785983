/** Offers named by a noun (rules/help/offer-nouns.ts) and offers to share with someone (offers.ts), with invented sentences. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../../helpers";
import { wire, attacked } from "./stories";

const customs = "agency:bolivia-customs-agency";

describe("offer named by a noun", () => {
  it("reads 'welcomed the offer made by X to put analysts at Y's disposal' as X's offer to Y", () => {
    const ex = extract(
      wire(
        `${attacked}La Paz welcomed the offer made by Chile to put two of its analysts at Bolivia's disposal.`,
      ),
    );
    expect(hasClaim(ex, "offered-help", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });

  it("reads 'thanked X for its offer to put its CERT at the disposal of <body>' as an offer to that body", () => {
    const ex = extract(
      wire(
        `${attacked}The government thanked Peru for its offer to put its response team at the disposal of Bolivia's customs agency.`,
      ),
    );
    expect(hasClaim(ex, "offered-help", "state:peru", customs)).toBe(true);
  });

  it("reads 'acknowledged the offer of assistance from <body>' as that body's offer to the side hit", () => {
    const ex = extract(
      wire(
        `${attacked}The cabinet acknowledged the offer of forensic assistance from Germany's BSI on Friday.`,
      ),
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("reads no help offered in an offer of talks or of hosting a summit", () => {
    const talks = extract(wire(`${attacked}Bolivia rejected the offer of talks by Chile.`));
    expect(claimsOf(talks, "offered-help")).toHaveLength(0);
    const summit = extract(
      wire(`${attacked}Bolivia welcomed Peru's offer to host the next regional summit.`),
    );
    expect(claimsOf(summit, "offered-help")).toHaveLength(0);
    const thanked = extract(
      wire(
        `${attacked}The minister thanked Chile for its offer to host the next round of talks on cyber norms.`,
      ),
    );
    expect(claimsOf(thanked, "offered-help")).toHaveLength(0);
  });
});

describe("offer to share with someone", () => {
  it("gives an offer to share logs 'with <body>' to that body, not to the state", () => {
    const ex = extract(
      wire(
        `${attacked}Germany's BSI has offered to share logs it collected about the crew with the customs agency.`,
      ),
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", customs)).toBe(true);
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:bolivia")).toBe(false);
  });

  it("gives an offer to share 'with its partners' to no one the article is about", () => {
    const ex = extract(
      wire(`${attacked}Peru has now offered to share those findings with its regional partners.`),
    );
    expect(hasClaim(ex, "offered-help", "state:peru", "state:bolivia")).toBe(false);
  });
});
