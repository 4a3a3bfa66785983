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
  it("makes 'Uruguay, whose National Cyber Office has lent ... three engineers' the office's help, and Uruguay's", () => {
    const ex = extract(
      wire(
        `${attacked}Help came from Uruguay, whose National Cyber Office has lent the customs agency three engineers.`,
      ),
    );
    expect(hasClaim(ex, "assisted", office, customs)).toBe(true);
    expect(hasClaim(ex, "assisted", "state:uruguay", "state:bolivia")).toBe(true);
  });

  it("reads the same in a list of partners ('is assisting the customs agency with the recovery')", () => {
    const ex = extract(
      wire(
        `${attacked}Among the partners is Uruguay, whose National Cyber Office is assisting the customs agency with the recovery.`,
      ),
    );
    expect(hasClaim(ex, "assisted", office, customs)).toBe(true);
  });

  it("reads nothing when the body's clause gives no help ('tracks the crew')", () => {
    const ex = extract(
      wire(
        `${attacked}A report on the malware cites Uruguay, whose National Cyber Office tracks the crew behind it.`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("reads no help when the body sent attackers ('sent a team of hackers')", () => {
    const ex = extract(
      wire(
        `${attacked}Investigators blamed Uruguay, whose National Cyber Office sent a team of hackers into the agency's network.`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("keeps the future out: 'whose National Cyber Office will lend ... three engineers' is no help delivered", () => {
    const ex = extract(
      wire(
        `${attacked}Officials expect help from Uruguay, whose National Cyber Office will lend the customs agency three engineers.`,
      ),
    );
    expect(hasClaim(ex, "assisted", office, customs)).toBe(false);
  });
});

describe("thanks rule, a thanked body whose help the sentence already tells", () => {
  it("reads 'thanks X, whose engineers have supported <body>' as help to that body, not to the thanker as well", () => {
    const ex = extract(
      wire(
        `${attacked}Bolivia thanks Uruguay's National Cyber Office, whose engineers have supported the customs agency since Friday.`,
      ),
    );
    expect(hasClaim(ex, "assisted", office, customs)).toBe(true);
    expect(hasClaim(ex, "assisted", office, "state:bolivia")).toBe(false);
    // A thanked body whose help the sentence does not tell still helps the thanker.
    const plain = extract(wire(`${attacked}Bolivia thanks Uruguay's National Cyber Office for its help.`));
    expect(hasClaim(plain, "assisted", office, "state:bolivia")).toBe(true);
  });
});
