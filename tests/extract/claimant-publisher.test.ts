/**
 * A research firm's or agency's finding retold through its document or a company noun (a note
 * reading, a report cited, a company or a firm's report saying) is spoken by the body that
 * published the document or spoke as a firm in the sentences right before. A firm named after
 * where it is based ("Porto-based Orrin Analytics") is an organization. Every sentence is invented
 * for this file.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsOf = (text: string, target: string) =>
  claimsOf(extract(text), "attributed-to")
    .filter((c) => c.target === target)
    .map((c) => c.claimants);

const wire = (body: string) => `PORTO, 3 March 2026 (Reuters) - ${body}`;

describe("a publication speaks for its publisher", () => {
  it("gives the note's words to the firm that published it", () => {
    const text = wire(
      "Velmar Labs, a small Porto security company, put out a short note on Sunday about the breach of the tax agency of Peru. " +
        '"We think with moderate confidence that Ember Lynx carried out the breach," the note reads.',
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([["organization:velmar-labs"]]);
  });

  it("gives the firm its report read with 'according to the report'", () => {
    const text = wire(
      "Hollin Labs released its annual report on Tuesday, covering May's wiper attack on the water utility of Chile. " +
        "According to the report, that wiper attack was launched by Ember Lynx.",
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([["organization:hollin-labs"]]);
  });

  it("gives 'the company' speaking to the firm that just spoke, not to the victim company it named", () => {
    const text = wire(
      "Tagus Labs said hackers had stolen design files from Andorin Shipping Company in April. " +
        "The company says the theft of the design files was carried out by Ember Lynx.",
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([["organization:tagus-labs"]]);
  });

  it("gives the firm's report to the firm, not to the company named after it", () => {
    const text = wire(
      "Tagus Labs says a crew it calls Ember Lynx stole contracts from Andorin Shipping Company in April. " +
        '"Ember Lynx works for the army of Bolivia," the firm\'s report says.',
    );
    const sponsor = claimsOf(extract(text), "attributed-to").find((c) => c.source === "group:ember-lynx");
    expect(sponsor?.claimants).toEqual(["organization:tagus-labs"]);
  });

  it("leaves a report read long after its publisher was named to the article", () => {
    const text = wire(
      "Hollin Labs released its annual report on Tuesday. " +
        "The firm employs forty people. Its founders met at a university in Lisbon. " +
        "They moved the office in 2023. Its staff doubled last year. " +
        "The report says that Ember Lynx was behind May's wiper attack on the water utility of Chile.",
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([[]]);
  });

  it("keeps 'the company' the company named last when no firm spoke before it", () => {
    const text = wire(
      "Hackers stole design files from Andorin Shipping Company in April. " +
        "The company says the theft of the design files was carried out by Ember Lynx.",
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([["organization:andorin-shipping-company"]]);
  });
});

describe("a firm's researcher named through a possessive pronoun", () => {
  it("gives 'its research director' the firm that just published, not the body the quote names", () => {
    const text = wire(
      "A Porto security firm, Velmar Labs, put out a report on Monday. " +
        '"We are fairly sure the breach of the tax agency of Peru was carried out by Ember Lynx," wrote its research director, Rita Sousa.',
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([
      ["person:rita-sousa", "organization:velmar-labs"],
    ]);
  });

  it("gives 'their head of research' the firm that just published", () => {
    const text = wire(
      "A Porto security firm, Velmar Labs, put out a report on Monday. " +
        'Their head of research, Rita Sousa, told us: "We are fairly sure the breach of the tax agency of Peru was carried out by Ember Lynx."',
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([
      ["person:rita-sousa", "organization:velmar-labs"],
    ]);
  });
});

describe("a possessive pronoun the sentence's own subject owns", () => {
  it("leaves 'its' to the ministry that speaks, after a firm published a note", () => {
    const text = wire(
      "Velmar Labs put out a note about the breach of the tax agency of Peru on Monday. " +
        "Peru's interior ministry said on Tuesday that its own report blamed Ember Lynx for the breach.",
    );
    expect(claimantsOf(text, "group:ember-lynx").flat()).not.toContain("organization:velmar-labs");
  });

  it("leaves 'its' to the ministry that quoted a word of its own before it", () => {
    const text = wire(
      "Velmar Labs put out a note about the breach of the tax agency of Peru on Monday. " +
        'Peru\'s interior ministry called the breach "reckless" and its own report blamed Ember Lynx for it.',
    );
    expect(claimantsOf(text, "group:ember-lynx").flat()).not.toContain("organization:velmar-labs");
  });
});

describe("a firm named after where it is based", () => {
  it("reads a name ending in a firm's last word after a '-based' place as an organization", () => {
    const out = extract(
      wire(
        "Porto-based vendor Orrin Analytics said Ember Lynx was behind the wiper attack on Peru's tax agency.",
      ),
    );
    expect(out.entities.find((e) => e.label === "Orrin Analytics")?.type).toBe("organization");
    const claim = out.claims.find((c) => c.type === "attributed-to" && c.target === "group:ember-lynx");
    expect(claim?.claimants).toEqual(["organization:orrin-analytics"]);
  });
});
