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

const NOTICE = (line: string) =>
  "Notice on the Tarvos Water Board outage\n\n" +
  "Billing at the Tarvos Water Board of Paraguay stopped for a day after intruders locked its servers on Sunday.\n\n" +
  `${line}\n\n` +
  "The Ministry of Digital Services of Paraguay is leading the response.\n";
const OWN = NOTICE(
  "The intrusion was carried out by Pumice Heron, a hacking crew that also stole payroll files from the Ostra Savings Bank in 2024.",
);

describe("a government page's issuer", () => {
  it("speaks what the page asserts in its own voice, with its state", () => {
    const claims = claimantsOf(OWN, ["Ministry of Digital Services, Republic of Paraguay"]);
    expect(
      claims.some((c) => /-> group:pumice-heron: .*ministry-of-digital-services.*state:paraguay/.test(c)),
    ).toBe(true);
  });

  it("gives nothing to a page whose markup names no government body (a news outlet)", () => {
    const claims = claimantsOf(OWN, ["The Asuncion Ledger"]);
    expect(claims.some((c) => /-> group:pumice-heron: $/.test(c))).toBe(true);
  });

  it("gives nothing for what the page reports of others, hedges or does not confirm", () => {
    for (const line of [
      "Press reports have tied the intrusion to Pumice Heron, a hacking crew; the ministry has not confirmed them.",
      "Some experts believe the intrusion may have been carried out by Pumice Heron, a hacking crew.",
    ])
      expect(
        claimantsOf(NOTICE(line), ["Ministry of Digital Services"]).filter((c) =>
          /ministry-of-digital-services/.test(c),
        ),
      ).toEqual([]);
  });

  it("is read from an HTML page's JSON-LD before the markup is blanked", () => {
    const html =
      '<html><head><title>Statement</title><script type="application/ld+json">{"@type":"NewsArticle",' +
      '"publisher":{"@type":"GovernmentOrganization","logo":{"url":"/l.png"},"name":"Paraguay Cyber Agency"}}' +
      "</script></head><body><p>The agency spoke today.</p></body></html>";
    const read = documentFromBytes("page.html", new TextEncoder().encode(html));
    expect(read.ok && read.document.issuers).toEqual(["Paraguay Cyber Agency"]);
  });
});

describe("reporting frames", () => {
  it("gives the claim to the body that informs, not to the party informed", () => {
    const claims = claimantsOf(
      "Pumice Heron, a hacking crew, has been active since 2022. " +
        "Last week the Treasury was notified by Chile's National Cybersecurity Agency that the 2024 breach of the Ostra Savings Bank was carried out by Pumice Heron.",
    );
    expect(
      claims.some((c) => /-> group:pumice-heron: .*chile-national-cybersecurity-agency.*state:chile/.test(c)),
    ).toBe(true);
    const told = claimantsOf(
      "Pumice Heron, a hacking crew, hit the Ostra Savings Bank in 2024. " +
        "In a letter on Monday, Chile's National Cybersecurity Agency informed the Treasury that Pumice Heron works for Bolivia's army.",
    );
    expect(told.some((c) => /^group:pumice-heron -> .*: .*state:chile/.test(c))).toBe(true);
  });

  it("gives the claim to the author of an assessment the sentence cites, not to who notes it", () => {
    const extraction = extract(
      "Pumice Heron, a hacking crew, hit the Ostra Savings Bank in 2024. " +
        "Lawmakers in Lima welcomed the latest finding of Chile's National Cybersecurity Agency that Pumice Heron works for Bolivia's army.",
    );
    const sponsor = claimsOf(extraction, "attributed-to").find((c) => c.source === "group:pumice-heron");
    expect(sponsor?.claimants).toContain("state:chile");
  });

  it('reads "further" between a body and its verb of speech', () => {
    const extraction = extract(
      "Chile's National Cybersecurity Agency (ANCI) said on Friday that it had found the intruders. " +
        "In its second note, Chile's National Cybersecurity Agency further claimed that the 2024 breach of the Ostra Savings Bank was carried out by Pumice Heron.",
    );
    const claim = claimsOf(extraction, "attributed-to").find((c) => c.target === "group:pumice-heron");
    expect(claim?.claimants).toContain("state:chile");
  });
});
