/**
 * A body introduced with its short form in brackets after its head's title ("the acting Director-General
 * of the Port Authority (PA), X"): the short form abbreviates the part after "of", so the body is
 * the Authority, not a body named after the title, and the title before it is the person's office.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

describe("a bracketed short form after a title's 'of'", () => {
  it("names the body after 'of', and the person heads it", () => {
    const ex = extract(
      "The acting Director-General of the Varnland Port Authority (VPA), Mr Adewale Kunle, told a briefing that cargo moved again.",
    );
    const agencies = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(agencies).toEqual(["Varnland Port Authority"]);
    const body = ex.entities.find((e) => e.label === "Varnland Port Authority")!;
    expect(hasClaim(ex, "affiliated-with", "person:adewale-kunle", body.key)).toBe(true);
  });

  it("keeps the whole name when the part after 'of' is not what the short form abbreviates", () => {
    const ex = extract(
      "The Northern Water Supply Company of Varnland Limited (VNWSCL) restored supply by noon.",
    );
    expect(ex.entities.map((e) => e.label)).toContain("Northern Water Supply Company of Varnland Limited");
  });
});
