/** A state helping through its own body helps the helped body's state; its body helps the body. */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `LA PAZ, 9 June 2025 (AP) - ${body}`;
const attacked = "A ransomware attack hit Bolivia's customs agency last week. ";
const customs = "agency:bolivia-customs-agency";

describe("help through a state's own body (emitHelp)", () => {
  it("gives an offer by 'Germany's BSI' to the customs agency from the BSI, and Germany's to Bolivia", () => {
    const ex = extract(
      wire(`${attacked}Germany's BSI has offered to help the customs agency restore its servers.`),
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", customs)).toBe(true);
    expect(hasClaim(ex, "offered-help", "state:germany", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "offered-help", "state:germany", customs)).toBe(false);
  });

  it("does the same for help delivered by 'Britain's NCSC'", () => {
    const ex = extract(wire(`${attacked}Britain's NCSC has shared indicators with the customs agency.`));
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", customs)).toBe(true);
    expect(hasClaim(ex, "assisted", "state:united-kingdom", customs)).toBe(false);
  });

  it("keeps the body as the one helped when the state helps in its own name", () => {
    const ex = extract(wire(`${attacked}Norway has lent two of its engineers to the customs agency.`));
    expect(hasClaim(ex, "assisted", "state:norway", customs)).toBe(true);
    expect(hasClaim(ex, "assisted", "state:norway", "state:bolivia")).toBe(false);
  });
});
