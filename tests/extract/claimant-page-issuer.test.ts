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

describe("a government page's issuer named by its letterhead or its site", () => {
  const RELEASE =
    "The Tarvos Water Board of Paraguay lost its billing records to intruders on Sunday.\n\n" +
    "Paraguay holds Bolivia responsible for the intrusion at the Tarvos Water Board.\n";

  it("reads a head line holding only a ministry's name and its state as the issuer", () => {
    const claims = claimantsOf(
      `Ministry of Coastal Affairs | Republic of Paraguay\nPress release\n\n${RELEASE}`,
    );
    expect(
      claims.find((c) => c.endsWith("-> state:bolivia: agency:ministry-of-coastal-affairs, state:paraguay")),
    ).toBeDefined();
  });

  it("takes no ministry named in a sentence of the head for the issuer", () => {
    const claims = claimantsOf(
      `Press release\n\nThe Ministry of Coastal Affairs met on Monday.\n\n${RELEASE}`,
    );
    expect(claims.find((c) => c.endsWith("-> state:bolivia: state:paraguay"))).toBeDefined();
  });

  const page = (meta: string) =>
    `<html><head><title>Statement on the Tarvos Water Board</title>${meta}</head><body><p>` +
    RELEASE.replace(/\n+/g, " ") +
    "</p></body></html>";
  const read = (meta: string) => {
    const doc = documentFromBytes("page.html", new TextEncoder().encode(page(meta)));
    if (!doc.ok) throw new Error(doc.warning);
    return doc.document;
  };

  it("makes the government body a page's markup names an entity and a claimant, though the article never names it", () => {
    const doc = read(
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"GovernmentOrganization","name":"Digital Office of Paraguay"}}</script>',
    );
    expect(doc.issuingBody).toBe("Digital Office of Paraguay");
    const extraction = extractDocument(doc, context);
    expect(extraction.entities.find((e) => e.key === "agency:digital-office-of-paraguay")?.type).toBe(
      "agency",
    );
    expect(
      claimsOf(extraction, "attributed-to").find((c) => c.target === "state:bolivia")?.claimants,
    ).toContain("agency:digital-office-of-paraguay");
  });

  it("takes a ministry's site name for the issuer, never a news site's", () => {
    expect(read('<meta property="og:site_name" content="Paraguay Ministry of Waters">').issuingBody).toBe(
      "Paraguay Ministry of Waters",
    );
    const news = read('<meta property="og:site_name" content="The Asuncion Ledger">');
    expect(news.issuingBody).toBeUndefined();
    const extraction = extractDocument(news, context);
    expect(
      claimsOf(extraction, "attributed-to").find((c) => c.target === "state:bolivia")?.claimants,
    ).toEqual(["state:paraguay"]);
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
