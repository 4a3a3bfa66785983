/** Who makes an attribution when asides, head nouns and unions stand between the name and the claim, in invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "../helpers";

const claimantsOf = (text: string) =>
  claimsOf(extract(text), "attributed-to").flatMap((c) => c.claimants.map((k) => k.replace(/^\w+:/, "")));

describe("claimants of a speaker whose short form stands between commas", () => {
  it("hears 'Norway's records agency, NRA, said' as the agency's, with its state", () => {
    const claimants = claimantsOf(
      "Norway's National Records Agency, NRA, said on Friday that the March 2026 intrusion into the State Archives was the work of a crew known as Salt Kestrel.",
    );
    expect(claimants).toContain("norway");
    expect(claimants.some((k) => k.includes("national-records-agency"))).toBe(true);
  });

  it("hears the body when its short form stands between commas before 'told reporters'", () => {
    const claimants = claimantsOf(
      "In May 2026 intruders broke into Peru's tax portal. Peru's Digital Defence Office, DDO, told reporters on Monday that the tax portal breach had been the work of a gang called Salt Kestrel.",
    );
    expect(claimants.some((k) => k.includes("digital-defence-office"))).toBe(true);
  });
});

describe("claimants of an accusing subject with an aside before its verb", () => {
  it("hears 'X (NRA), which ran the inquiry, had traced it to Y' as X's", () => {
    const claimants = claimantsOf(
      "In February 2026 a wiper attack erased the billing servers of Nordkraft, a Norwegian power company. " +
        "Norway's National Records Agency (NRA), which ran the inquiry, had already traced it to a crew known as Salt Kestrel in a report in April.",
    );
    expect(claimants).toContain("norway");
    expect(claimants.some((k) => k.includes("national-records-agency"))).toBe(true);
  });
});

describe("claimants of a body of a union of states", () => {
  it("gives the Council of a union the union it belongs to", () => {
    const claimants = claimantsOf(
      "The Council of the European Union said on Monday that the March 2026 intrusion into the Latvian State Archives was carried out by a crew known as Salt Kestrel. " +
        "Latvia and Estonia are members of the European Union.",
    );
    expect(claimants).toContain("european-union");
    expect(claimants.some((k) => k.includes("council"))).toBe(true);
  });

  it("gives a state's own agency its state, not a union the state belongs to", () => {
    const claimants = claimantsOf(
      "Latvia's National Records Agency said on Monday that the March 2026 intrusion into the State Archives was carried out by a crew known as Salt Kestrel. " +
        "Latvia and Estonia are members of the European Union.",
    );
    expect(claimants).toContain("latvia");
    expect(claimants).not.toContain("european-union");
  });
});

describe("claimants of 'which they say' after a subject of several actors", () => {
  it("gives what 'they' report to each actor listed as the subject, an owned one by its body", () => {
    const claimants = claimantsOf(
      "After a long inquiry, Chile's Interior Ministry and Peru's Digital Defence Office named the gang Velvet Heron, which they said takes its orders from China's Ministry of State Security.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["chile", "peru"]));
    expect(claimants.some((k) => k.includes("chile-ministry-of-interior"))).toBe(true);
    expect(claimants.some((k) => k.includes("peru-digital-defence-office"))).toBe(true);
  });

  it("gives nothing to actors named after the subject's verb", () => {
    const claimants = claimantsOf(
      "Norway's National Records Agency named the hacking groups Salt Kestrel and Grey Heron, which they said work for Russia's Foreign Intelligence Service.",
    );
    expect(claimants.some((k) => k.includes("salt-kestrel") || k.includes("grey-heron"))).toBe(false);
  });
});
