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
