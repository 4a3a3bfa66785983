/**
 * "Help from X, whose <Body> has sent ...": when one mention names the body together with its owner,
 * the body acts in the relative clause (actingSubject), and its owner with it (ownersNamedWith).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `LA PAZ, 9 June 2025 (AP) - ${body}`;
const attacked = "A ransomware attack hit Bolivia's customs agency last week. ";
const customs = "agency:bolivia-customs-agency";
const office = "agency:uruguay-national-cyber-office";

describe("deliver rule, a body named with its owner before 'whose'", () => {
  it("makes 'Uruguay, whose National Cyber Office has sent two analysts' the office's help, and Uruguay's", () => {
    const ex = extract(
      wire(
        `${attacked}The customs agency accepted an offer of help from Uruguay, whose National Cyber Office has sent two analysts to La Paz.`,
      ),
    );
    expect(hasClaim(ex, "assisted", office, customs)).toBe(true);
    expect(hasClaim(ex, "assisted", "state:uruguay", "state:bolivia")).toBe(true);
  });

  it("reads nothing when the body's clause gives no help ('has published an analysis')", () => {
    const ex = extract(
      wire(
        `${attacked}The findings were welcomed by Uruguay, whose National Cyber Office has published an analysis of the malware.`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("reads no help when the body sent attackers ('sent operatives to plant the malware')", () => {
    const ex = extract(
      wire(
        `${attacked}Investigators blamed Uruguay, whose National Cyber Office has sent operatives to plant the malware.`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("keeps the future out: 'whose National Cyber Office will send two analysts' is no help delivered", () => {
    const ex = extract(
      wire(
        `${attacked}The customs agency welcomed a call from Uruguay, whose National Cyber Office will send two analysts to La Paz.`,
      ),
    );
    expect(hasClaim(ex, "assisted", office, customs)).toBe(false);
  });
});
