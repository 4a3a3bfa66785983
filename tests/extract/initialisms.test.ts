/**
 * A body's initials standing alone once the article named it in full ("the Varnland Grid Authority
 * ... VGA engineers"): the initials are another mention of that body, so its claims hang on one node.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const bodyNamed = (ex: ReturnType<typeof extract>, label: string) =>
  ex.entities.find((e) => e.label === label);

describe("a body's initials after its full name", () => {
  it("make the body the end of a claim written with the initials", () => {
    const ex = extract(
      "The Varnland Grid Authority said on Monday that its metering portal had been encrypted. " +
        "Analysts from Britain worked alongside VGA engineers for a week to bring the portal back.",
    );
    const body = bodyNamed(ex, "Varnland Grid Authority")!;
    expect(body.aliases).toContain("VGA");
    expect(ex.entities.filter((e) => e.label === "VGA")).toEqual([]);
    expect(hasClaim(ex, "assisted", "state:united-kingdom", body.key)).toBe(true);
  });

  it("take the initials of the name without its owner", () => {
    const ex = extract(
      "The Port Security Directorate of Varnland reported the break-in at dawn. " +
        "Britain later sent two analysts to help PSD staff restore the booking system.",
    );
    const body = ex.entities.find((e) => e.type === "agency" && e.aliases.includes("PSD"));
    expect(body).toBeDefined();
    expect(hasClaim(ex, "assisted", "state:united-kingdom", body!.key)).toBe(true);
  });

  it("name no body when two bodies of the article share them", () => {
    const ex = extract(
      "The Coastal Rail Board and the Central Revenue Bureau both lost data in the spring. " +
        "Investigators from Britain have been working with CRB staff since then.",
    );
    expect(ex.entities.some((e) => e.aliases.includes("CRB"))).toBe(false);
  });

  it("are no body's before the article names it", () => {
    const ex = extract(
      "NWA engineers restored the pumps at noon. The Northern Waterworks Agency thanked its staff.",
    );
    expect(bodyNamed(ex, "Northern Waterworks Agency")?.aliases ?? []).not.toContain("NWA");
  });

  it("leave a name in capitals throughout alone (a masthead's, not a body's)", () => {
    const ex = extract(
      "VARNLAND EVENING SERVICE reports on the outage. Britain sent help to VES staff in the capital.",
    );
    expect(ex.entities.some((e) => e.aliases.includes("VES"))).toBe(false);
  });

  it("leave initials owning a unit to the reading that had them ('the VGA's audit unit')", () => {
    const ex = extract(
      "The Varnland Grid Authority published a notice on Monday. " +
        "Britain sent an analyst to the VGA's audit unit on Tuesday.",
    );
    expect(bodyNamed(ex, "Varnland Grid Authority")!.aliases).not.toContain("VGA");
  });
});

describe("a node of initials met before the body's full name", () => {
  it("joins the body the full name later gives, with its claims", () => {
    const ex = extract(
      "Ransomware hits QPA cargo bookings. " +
        "The Quarry Ports Authority (QPA) said on Friday that its cargo booking system had been wiped. " +
        "Britain sent four analysts to work alongside the port staff.",
    );
    const body = bodyNamed(ex, "Quarry Ports Authority")!;
    expect(ex.entities.filter((e) => e.label === "QPA")).toEqual([]);
    expect(body.aliases).toContain("QPA");
    expect(ex.claims.some((c) => c.type === "attacked" && c.target === body.key)).toBe(true);
    expect(ex.claims.every((c) => c.source !== c.target)).toBe(true);
  });

  it("stays apart when two named bodies have those initials", () => {
    const ex = extract(
      "Hackers hit QPA systems overnight. " +
        "The Quarry Ports Authority and the Queensbay Pension Administration both reported outages on Friday.",
    );
    expect(bodyNamed(ex, "Quarry Ports Authority")?.aliases ?? []).not.toContain("QPA");
  });
});

describe("a short form set after a body's name by a comma", () => {
  it("names the body where the short form later stands alone", () => {
    const ex = extract(
      "The Varnland Grid Authority, RNV, said on Monday that its metering portal had been encrypted. " +
        "Analysts from Britain worked alongside RNV engineers for a week.",
    );
    const body = bodyNamed(ex, "Varnland Grid Authority")!;
    expect(body.aliases).toContain("RNV");
    expect(hasClaim(ex, "assisted", "state:united-kingdom", body.key)).toBe(true);
  });

  it("is no short form when it opens a list ('..., RNV and two banks')", () => {
    const ex = extract(
      "Delegates from the Varnland Grid Authority, RNV and two banks met on Monday after the portal was encrypted. " +
        "Analysts from Britain worked alongside RNV engineers for a week.",
    );
    expect(bodyNamed(ex, "Varnland Grid Authority")?.aliases ?? []).not.toContain("RNV");
  });
});

describe("capitals that only spell a body's initials (must not join it)", () => {
  const incidentsOn = (ex: ReturnType<typeof extract>, key: string) =>
    ex.entities.filter((e) => e.type === "incident" && (e.targets ?? []).includes(key)).map((e) => e.key);

  it("a technical word of the trade after the body is named ('ICS networks')", () => {
    const ex = extract(
      "The Immigration and Citizenship Service of Varnland opened two passport offices on Friday. " +
        "Weeks later Iranian hackers broke into ICS networks at a hydro dam upriver.",
    );
    const body = bodyNamed(ex, "Immigration and Citizenship Service of Varnland")!;
    expect(body.aliases).not.toContain("ICS");
    expect(incidentsOn(ex, body.key)).toEqual([]);
  });

  it("other initialisms of the trade: content, network, login and device words ('CMS', 'LAN', 'SSO', 'SIM')", () => {
    const ex = extract(
      "The Cargo Management Service of Varnland moved into its new depot in June. " +
        "By autumn a crew tied to Iran had slipped into CMS plugins at nine regional radio stations.",
    );
    const body = bodyNamed(ex, "Cargo Management Service of Varnland")!;
    expect(body.aliases).not.toContain("CMS");
    expect(incidentsOn(ex, body.key)).toEqual([]);
  });

  it("a technical word the article wrote before naming the body", () => {
    const ex = extract(
      "Hackers linked to Iran attacked ICS networks at three dams in March. " +
        "The Immigration and Citizenship Service of Varnland opened two passport offices on Friday.",
    );
    const body = bodyNamed(ex, "Immigration and Citizenship Service of Varnland")!;
    expect(body.aliases).not.toContain("ICS");
    expect(incidentsOn(ex, body.key)).toEqual([]);
  });

  it("'MFA' and 'SMS' as security words, whatever ministry or service spells them", () => {
    const ex = extract(
      "The Ministry of Foreign Affairs of Varnland hired forty diplomats this year, and the State Maritime " +
        "Service of Varnland bought six patrol boats. Fraudsters slipped past MFA prompts and stole SMS " +
        "codes at a lender, and Britain sent analysts to help.",
    );
    expect(bodyNamed(ex, "Ministry of Foreign Affairs of Varnland")?.aliases ?? []).not.toContain("MFA");
    expect(bodyNamed(ex, "State Maritime Service of Varnland")?.aliases ?? []).not.toContain("SMS");
    expect(ex.claims.some((c) => c.type === "assisted" && c.target.includes("varnland"))).toBe(false);
  });

  it("the first word of a name of its own ('NSO Group')", () => {
    const ex = extract(
      "The National Surveillance Office of Ghana published its yearly report on Tuesday. " +
        "NSO Group sold the spyware that helped Ghanaian police read two editors' messages.",
    );
    const body = ex.entities.find((e) => e.label.startsWith("National Surveillance Office"));
    expect(body?.aliases ?? []).not.toContain("NSO");
    expect(ex.claims.some((c) => c.type === "assisted" && c.source === body?.key)).toBe(false);
  });

  it("a run another state owns ('Kenya's NSC' after Ghana's council)", () => {
    const ex = extract(
      "The National Security Council of Ghana met in Accra on Monday. " +
        "Days later Kenya's NSC asked France for help after its mail server was wiped.",
    );
    const body = ex.entities.find((e) => e.label.startsWith("National Security Council"));
    expect(body?.aliases ?? []).not.toContain("NSC");
    expect(ex.claims.some((c) => c.type === "requested-help" && c.source === body?.key)).toBe(false);
  });

  it("a generic response team ('a national CERT' after Ukraine's team is named)", () => {
    const ex = extract(
      "The Computer Emergency Response Team of Ukraine warned banks about a wiper on Monday. " +
        "Later that week Poland's national CERT asked Germany for help.",
    );
    const ukrainian = (key: string) => {
      const e = ex.entities.find((n) => n.key === key);
      return !!e && [e.label, ...e.aliases].some((n) => n.includes("Ukraine"));
    };
    expect(ex.claims.some((c) => c.type === "requested-help" && ukrainian(c.source))).toBe(false);
  });

  it("the definition in brackets after another body's name ('Ghana's Central Fisheries Board (CFB)')", () => {
    const ex = extract(
      "The Coastal Freight Bureau published a tender for cranes in May. " +
        "In June Ghana's Central Fisheries Board (CFB) lost its licence database to ransomware.",
    );
    expect(bodyNamed(ex, "Coastal Freight Bureau")?.aliases ?? []).not.toContain("CFB");
  });
});

describe("a run after a comma that is no short form (must not become one)", () => {
  it("an item of a list with a serial comma", () => {
    const ex = extract(
      "Ransomware crews struck the Ministry of Finance of Ghana, GHS, and two rural banks on Sunday. " +
        "GHS staff rebuilt the payroll servers with help from Britain.",
    );
    const ministry = bodyNamed(ex, "Ministry of Finance of Ghana")!;
    expect(ministry.aliases).not.toContain("GHS");
    expect(hasClaim(ex, "assisted", "state:united-kingdom", ministry.key)).toBe(false);
  });

  it("a legal form after a company's name ('Tarnwell Freight Company, LLC,')", () => {
    const ex = extract(
      "Tarnwell Freight Company, LLC, reported that its booking servers were encrypted on Sunday. " +
        "LLC filings later named a new auditor.",
    );
    expect(ex.entities.some((e) => e.aliases.includes("LLC"))).toBe(false);
  });
});
