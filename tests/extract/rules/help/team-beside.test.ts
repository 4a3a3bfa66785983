/**
 * A sent team working beside a body by name (rules/help/deliveries.ts: `sentTeamPartner`, and
 * "side by side with" as a finite verb of working beside), with invented sentences.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../../helpers";

const zm = (body: string) =>
  `LUSAKA, 3 March 2026 (Reuters) - Intruders wiped the billing servers of the Zambia Revenue Authority on Friday. ${body}`;
/** Whether `helper` is read as helping the revenue authority the opening line says was hit. */
const helpsAuthority = (sentence: string, helper: string) =>
  claimsOf(extract(zm(sentence)), "assisted").some(
    (c) => c.source === helper && /revenue-authority/.test(c.target),
  );

describe("a sent team working beside a body", () => {
  it("gives 'a team spent ten days in <city> working with X' to the body worked beside", () => {
    const sent = `A Dutch NCSC team spent ten days in Lusaka working with the Zambia Revenue Authority on its backups.`;
    expect(helpsAuthority(sent, "agency:ncsc-nl")).toBe(true);
    // Must not: a team working with a partner of no side the attack hit is cooperation, not help.
    const partner = extract(
      zm(`An FBI team spent ten days in Lusaka working with Europol on the ransom trail.`),
    );
    expect(claimsOf(partner, "assisted").some((c) => c.target.includes("europol"))).toBe(false);
    // Must not: a body (no team named) working with someone is not read as a team sent.
    const body = extract(
      zm(`The BSI, working with the Zambia Revenue Authority's former vendor, published a report.`),
    );
    expect(claimsOf(body, "assisted").some((c) => c.source === "agency:bsi")).toBe(false);
  });

  it("reads 'are working side by side with X' as 'are working alongside X'", () => {
    const beside = `Investigators of the BSI are working side by side with the Zambia Revenue Authority in Lusaka this week.`;
    expect(helpsAuthority(beside, "agency:bsi")).toBe(true);
  });
});

describe("a team given to", () => {
  const ke = (body: string) =>
    `NAIROBI, 3 March 2026 (AFP) - Ransomware locked the port of Mombasa's cargo systems on Friday. ${body}`;

  it("gives indicators shared 'with the national teams of A and B' to A and B, which send no one", () => {
    const ex = extract(
      ke(`Since then the BSI has shared its samples with the response teams of Tanzania and Uganda.`),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:tanzania")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:tanzania", "state:uganda")).toBe(false);
    // Must not: a team as the object sent still names who helps ("sent a team of BSI experts").
    const sent = extract(
      ke(`Germany quickly sent a team of BSI experts to Mombasa to help Kenya restore its systems.`),
    );
    expect(hasClaim(sent, "assisted", "agency:bsi", "state:kenya")).toBe(true);
  });
});
