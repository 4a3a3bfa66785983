/**
 * Who makes an attribution on a government page and in reporting frames the speaker patterns do
 * not read: the page's issuing body (named by its markup), a body that informs another, the author
 * of an assessment, a body that "further" alleges. Invented copy.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract";
import { documentFromBytes } from "../../src/io/documents";
import { claimsOf, context, extract } from "./helpers";

const claimantsOf = (text: string, issuers?: string[]) =>
  claimsOf(
    extractDocument({ id: "page.txt", text, ...(issuers ? { issuers } : {}) }, context),
    "attributed-to",
  ).map((c) => `${c.source} -> ${c.target}: ${[...c.claimants].sort().join(", ")}`);

const STATEMENT =
  "Statement on the outage at the Tarvos Water Board\n\n" +
  "1. The Ministry of Digital Services of Paraguay wishes to inform the public that hackers encrypted the billing servers of the Tarvos Water Board on Sunday.\n\n" +
  "2. The intrusion was carried out by Pumice Heron, a hacking crew that also stole payroll files from the Ostra Savings Bank in 2024.\n\n" +
  "3. Paraguay's cyber agency worked through the weekend to restore the servers.\n";

describe("a government page's issuer", () => {
  it("speaks what the page asserts in its own voice, with its state", () => {
    const claims = claimantsOf(STATEMENT, ["Ministry of Digital Services, Republic of Paraguay"]);
    expect(
      claims.some((c) => /-> group:pumice-heron: .*ministry-of-digital-services.*state:paraguay/.test(c)),
    ).toBe(true);
  });

  it("gives nothing to a page whose markup names no government body (a news outlet)", () => {
    const claims = claimantsOf(STATEMENT, ["The Asuncion Ledger"]);
    expect(claims.some((c) => /-> group:pumice-heron: $/.test(c))).toBe(true);
  });

  it("is read from an HTML page's JSON-LD before the markup is blanked", () => {
    const html =
      '<html><head><title>Statement</title><script type="application/ld+json">{"@type":"NewsArticle",' +
      '"publisher":{"@type":"GovernmentOrganization","name":"Ministry of Digital Services"}}</script></head>' +
      "<body><p>The ministry spoke today.</p></body></html>";
    const read = documentFromBytes("page.html", new TextEncoder().encode(html));
    expect(read.ok && read.document.issuers).toEqual(["Ministry of Digital Services"]);
  });
});

describe("reporting frames", () => {
  it("gives the claim to the body that informs, not to the party informed", () => {
    const claims = claimantsOf(
      "Pumice Heron, a hacking crew, has been active since 2022. " +
        "The Treasury has been informed by Chile's National Cybersecurity Agency that the 2024 breach of the Ostra Savings Bank was carried out by Pumice Heron.",
    );
    expect(
      claims.some((c) => /-> group:pumice-heron: .*chile-national-cybersecurity-agency.*state:chile/.test(c)),
    ).toBe(true);
    const told = claimantsOf(
      "Pumice Heron, a hacking crew, hit the Ostra Savings Bank in 2024. " +
        "Chile's National Cybersecurity Agency has informed the Treasury that Pumice Heron works for Bolivia's army.",
    );
    expect(told.some((c) => /^group:pumice-heron -> .*: .*state:chile/.test(c))).toBe(true);
  });

  it("gives the claim to the author of an assessment the sentence cites, not to who notes it", () => {
    const extraction = extract(
      "Pumice Heron, a hacking crew, hit the Ostra Savings Bank in 2024. " +
        "The Treasury welcomed the latest assessment of Chile's National Cybersecurity Agency (ANCI) that Pumice Heron works for Bolivia's army.",
    );
    const sponsor = claimsOf(extraction, "attributed-to").find((c) => c.source === "group:pumice-heron");
    expect(sponsor?.claimants).toContain("state:chile");
  });

  it('reads "further" between a body and its verb of speech', () => {
    const extraction = extract(
      "Chile's National Cybersecurity Agency (ANCI) said on Friday that it had found the intruders. " +
        "Chile's National Cybersecurity Agency further alleged that the 2024 breach of the Ostra Savings Bank was carried out by Pumice Heron.",
    );
    const claim = claimsOf(extraction, "attributed-to").find((c) => c.target === "group:pumice-heron");
    expect(claim?.claimants).toContain("state:chile");
  });
});
