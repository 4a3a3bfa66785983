/**
 * Rules added for the second held-out measurement: attack targets written as possessives,
 * pronouns, demonym adjectives and nominalised verbs; negated attributions; blanket denials.
 * Every sentence here is invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const wire = (body: string) => `LIMA, 14 November 2019 (Reuters) - ${body}`;

describe("attack targets", () => {
  it("reads a state's institution after a possessive as a target ('hit Peru's treasury')", () => {
    const ex = extract(wire("A cyberattack hit Peru's treasury on Monday, officials said."));
    expect(hasClaim(ex, "attacked", "incident:*", "state:peru")).toBe(true);
  });

  it("resolves 'its' in 'a cyberattack on its servers' to the clause subject", () => {
    const ex = extract(
      wire("Peru's government has been largely offline for two weeks after a cyberattack on its servers."),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "state:peru")).toBe(true);
  });

  it("reads a nominalised attack noun followed by 'of' as naming the victim ('the compromise of')", () => {
    const ex = extract(
      wire(
        "Officials said the 2019 breach of Peru's electoral commission gave hackers access to voter rolls.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "state:peru")).toBe(true);
  });

  it("takes the state of a demonym adjective before a facility ('at a major Chilean port')", () => {
    const ex = extract(
      wire("Officials are investigating a cyberattack that disrupted operations at a major Chilean port."),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "state:chile")).toBe(true);
  });

  it("reads 'hackers have spent two years infiltrating organisations in X' as an attack on X", () => {
    const ex = extract(
      wire(
        "State-sponsored Bolivian hackers have spent two years infiltrating critical infrastructure organisations in Peru, officials said.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "state:peru")).toBe(true);
  });
});

describe("negated attributions", () => {
  it("claims nothing from 'there was no evidence that X was involved'", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. There was no evidence so far that the Chilean government was involved.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to")).toBe(false);
  });

  it("claims nothing from 'neither A nor B has suggested that X was behind'", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. Neither Peru nor Bolivia has suggested that Chile was behind the attack.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to")).toBe(false);
  });
});

describe("blanket denials", () => {
  it("lets 'denied everything' deny every incident attributed to that state so far", () => {
    const ex = extract(
      wire(
        "Peru blamed Chile for a cyberattack on its treasury on Monday. Peru also blamed Chile for a 2017 breach of its central bank. Chile denied everything.",
      ),
    );
    const accused = new Set(
      ex.claims.filter((c) => c.type === "attributed-to" && c.target === "state:chile").map((c) => c.source),
    );
    expect(accused.size).toBe(2);
    for (const incident of accused) expect(hasClaim(ex, "denied", "state:chile", incident)).toBe(true);
  });
});

describe("separate incidents", () => {
  it("keeps a definite mention dated to another year apart from the incident of the day", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. Officials said the 2015 hack of the central bank was also the work of Chile.",
      ),
    );
    const dates = incidents(ex).map((i) => i.date);
    expect(dates).toContain("2015");
    expect(dates.some((d) => d?.startsWith("2019"))).toBe(true);
  });
});

describe("accusations naming the attack as a gerund or a campaign", () => {
  it("reads 'blamed X on Monday for breaching Y' as an attack on Y attributed to X", () => {
    const ex = extract(wire("Peru blamed Chile on Monday for breaching Peru's electoral commission."));
    expect(hasClaim(ex, "attacked", "incident:*", "state:peru")).toBe(true);
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:chile")).toBe(true);
  });

  it("makes 'a separate campaign against <demonym> lawmakers in <year>' its own incident", () => {
    const ex = extract(
      wire(
        "Peru blamed Chilean hackers on Monday for breaching its treasury and for a separate campaign against Peruvian lawmakers in 2017.",
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2017");
    expect(old).toBeDefined();
    expect(hasClaim(ex, "attacked", old!.key, "state:peru")).toBe(true);
  });
});

describe("part-of", () => {
  it("homes a body introduced by an agency's possessive in that agency's state, not the victim's", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Chile's treasury on Monday. Chile blamed the BSI's Centre for Special Operations for the attack.",
      ),
    );
    const centre = ex.entities.find((e) => e.label === "Centre for Special Operations");
    expect(hasClaim(ex, "part-of", centre!.key, "state:germany")).toBe(true);
    expect(hasClaim(ex, "part-of", centre!.key, "state:chile")).toBe(false);
  });
});

describe("help put at a requester's disposal", () => {
  it("reads 'responds to the request of X and makes available Y to carry out a mission of support' as Y assisting X", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. The British government responds positively to the request of the Peruvian authorities and makes available the National Cyber Security Centre (NCSC) to carry out a mission of support and assistance.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:peru")).toBe(true);
  });
});

describe("help to 'the company'", () => {
  it("reads 'X said it was working with the company on the investigation' as X assisting the company hit", () => {
    const ex = extract(
      wire(
        "A ransomware attack hit the pipeline operator Andes Pipeline on Monday. The BSI said it was working with the company and government partners on the investigation.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "organization:andes-pipeline")).toBe(true);
  });
});

describe("more attack and attribution wording", () => {
  it("reads 'hackers took down X's government network' as an attack on X", () => {
    const ex = extract(wire("Hackers took down Peru's government network on Monday, officials said."));
    expect(hasClaim(ex, "attacked", "incident:*", "state:peru")).toBe(true);
  });

  it("attributes 'blamed the attack on \"<demonym> special services\"' to the demonym's state", () => {
    const ex = extract(
      wire(
        'A cyberattack hit Peru\'s treasury on Monday. Peru blamed the attack on "Chilean special services".',
      ),
    );
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:chile")).toBe(true);
  });
});

describe("affiliations", () => {
  it("affiliates 'Org's chief executive, Name' with the organisation", () => {
    const ex = extract(
      wire(
        "A ransomware attack hit the pipeline operator Andes Pipeline on Monday. Andes Pipeline's chief executive, Juan Perez, said the company paid.",
      ),
    );
    expect(hasClaim(ex, "affiliated-with", "person:juan-perez", "organization:andes-pipeline")).toBe(true);
  });
});

describe("victims listed and demonym facilities", () => {
  it("reads 'the same hackers had attacked the <demonym> power grid' as an attack on that state", () => {
    const ex = extract(wire("Officials said the same hackers had attacked the Chilean power grid in 2017."));
    expect(hasClaim(ex, "attacked", "incident:*", "state:chile")).toBe(true);
  });

  it("gives 'Victims included X's parliament and Y' to the incident under discussion", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. Victims included Chile's parliament and Bolivia's central bank.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(hasClaim(ex, "attacked", "incident:*", "state:chile")).toBe(true);
    expect(hasClaim(ex, "attacked", "incident:*", "state:bolivia")).toBe(true);
  });
});

describe("titled persons whose surname is a state's name", () => {
  it("reads 'Deputy Attorney General Lisa Chile' as a person of the dateline's state, not the state named", () => {
    const ex = extract(
      "WASHINGTON, 14 November 2019 (Reuters) - A cyberattack hit the Treasury on Monday. Deputy Attorney General Lisa Chile said Peru was behind it.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:lisa-chile", "state:united-states")).toBe(true);
  });
});

describe("victims in a list or behind a damage verb", () => {
  it("takes each victim of a list after ', including'", () => {
    const ex = extract(
      wire(
        "A cyberattack hit banks in the region on Monday, including Chile's central bank and Bolivia's treasury.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "state:chile")).toBe(true);
    expect(hasClaim(ex, "attacked", "incident:*", "state:bolivia")).toBe(true);
  });

  it("reads 'the attack damaged centrifuges at X's facility' as an attack on X", () => {
    const ex = extract(wire("The attack damaged centrifuges at Peru's Lima enrichment facility."));
    expect(hasClaim(ex, "attacked", "incident:*", "state:peru")).toBe(true);
  });
});

describe("precision of disruption verbs", () => {
  it("reads no attack into 'they shut down' (defenders as often as attackers)", () => {
    const ex = extract(
      wire(
        "After a cyberattack on Bolivia's treasury, Peruvian officials said they shut down Peru's treasury systems as a precaution.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "attacked", "incident:*", "state:peru")).toBe(false);
  });
});
