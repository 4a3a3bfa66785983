/**
 * The thanks rule: a state named as the owner of a body thanked, in an apposition either side of
 * the body ("Ruritania's national response team, X", "X, Ruritania's national team"), is not
 * thanked as well. Invented sentences; the BSI is the test gazetteer's German body.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const HIT = "Hackers broke into the Kenya Revenue Authority on Monday.";

describe("a state named in an apposition of the body thanked", () => {
  it("thanks the body, not its state named before it ('Germany's national response team, the BSI,')", () => {
    const ex = extract(
      `${HIT} In a letter, the Kenyan ICT ministry thanked Germany's national computer emergency response team, the BSI, whose engineers rebuilt the mail servers over the weekend.`,
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:kenya")).toBe(true);
    expect(ex.claims.some((c) => c.type === "assisted" && c.source === "state:germany")).toBe(false);
  });

  it("thanks the body, not its state named after it ('the BSI, Germany's national response team,')", () => {
    const ex = extract(
      `${HIT} In a letter, the Kenyan ICT ministry thanked the BSI, Germany's national computer emergency response team, whose engineers rebuilt the mail servers over the weekend.`,
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:kenya")).toBe(true);
    expect(ex.claims.some((c) => c.type === "assisted" && c.source === "state:germany")).toBe(false);
  });

  it("still thanks a state thanked in its own right beside its body ('Germany and the BSI')", () => {
    const ex = extract(`${HIT} The Kenyan ICT ministry thanked Germany and the BSI for their help.`);
    expect(hasClaim(ex, "assisted", "state:germany", "state:kenya")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:kenya")).toBe(true);
  });
});
