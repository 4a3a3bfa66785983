/** A national response team named in full is a state's agency (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const bodies = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "agency" || e.type === "organization")
    .map((e) => ({ type: e.type, names: [e.label, ...e.aliases], country: e.country }));

describe("a response team's spelled-out name", () => {
  it("makes an agency, its bracketed short form one of its names", () => {
    const found = bodies("The Lisbon Computer Incident Response Team (LxCIRT) sent two analysts to Bissau.");
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe("agency");
    expect(found[0]!.names).toEqual(
      expect.arrayContaining(["Lisbon Computer Incident Response Team", "LxCIRT"]),
    );
  });

  it("belongs to the state opening its name", () => {
    const found = bodies(
      "An analyst of the Ghana Cyber Emergency Response Team said the portal was defaced.",
    );
    expect(found).toEqual([expect.objectContaining({ type: "agency", country: "state:ghana" })]);
    expect(found[0]!.names).toContain("Ghana Cyber Emergency Response Team");
  });

  it("is an agency when read from its short form in capitals too", () => {
    const found = bodies(
      "The National Cyber Emergency Response Team (NKERT) traced the defacement to a botnet.",
    );
    expect(found.map((b) => b.type)).toEqual(["agency"]);
  });

  it("leaves a company's team and a headline's other teams alone", () => {
    expect(
      bodies("The Orrin Systems Incident Response Team helped the ministry after the hack."),
    ).not.toContainEqual(expect.objectContaining({ type: "agency" }));
    expect(bodies("Rapid Response Team Hosts Charity Gala In Accra")).toEqual([]);
    const vendor = bodies(
      "Ransomware hit clinics in Malawi in May. The Quorra Networks Incident Response Team (QNIRT), the vendor's own unit, studied it.",
    );
    expect(vendor.map((b) => b.type)).not.toContain("agency");
    const charity = bodies(
      "Floods hit Malawi in May. The Blue Lantern Emergency Response Team (BLERT) sent medics.",
    );
    expect(charity.map((b) => b.type)).not.toContain("agency");
  });
});
