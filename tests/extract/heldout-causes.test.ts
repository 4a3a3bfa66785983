/**
 * Rules added for wording the seeds never used (held-out failure causes): incident dates, named
 * groups, agent phrases, metonym denials, listed condemners, described companies, hired help.
 * Every sentence here is invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const wire = (body: string) => `LIMA, 14 November 2019 (Reuters) - ${body}`;

describe("incident dates", () => {
  it("dates a background attack the text does not date by the publication year, not its month", () => {
    const ex = extract(wire("Peru said it would expel diplomats over a cyberattack on its treasury."));
    expect(incidents(ex)[0]!.date).toBe("2019");
  });

  it("dates an attack told as news of the day by the publication month", () => {
    const ex = extract(wire("Peru's treasury suffered a cyberattack overnight, officials said."));
    expect(incidents(ex)[0]!.date).toBe("2019-11");
  });

  it("lets a later mention date the incident: 'the breach ... late last month', 'which began on'", () => {
    const ex = extract(
      wire(
        "Hack of Peru's treasury blamed on Chile. Officials blamed Chile for the breach that wiped files late last month. The attack, which began on Oct. 28, shut down payments.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(incidents(ex)[0]!.date).toMatch(/^2019-10/);
  });
});

describe("attribution wording", () => {
  it("names a new group introduced as 'an actor it calls X' and blames it and the demonym's state", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. Peru said the intrusion was carried out by a Chilean state-sponsored actor it calls Copper-0142.",
      ),
    );
    const key = incidents(ex)[0]!.key;
    expect(ex.entities.find((e) => e.key === "group:copper-0142")?.type).toBe("group");
    expect(hasClaim(ex, "attributed-to", key, "group:copper-0142")).toBe(true);
    expect(hasClaim(ex, "attributed-to", key, "state:chile")).toBe(true);
  });

  it("reads 'was most likely the work of X' as a suspected attribution", () => {
    const ex = extract(
      wire(
        "The cyberattack that hit Peru's treasury on Monday was most likely the work of APT29, officials said.",
      ),
    );
    const claim = ex.claims.find((c) => c.type === "attributed-to" && c.target === "group:apt29");
    expect(claim?.stance).toBe("suspected");
  });

  it("takes a group that claimed responsibility while 'calling itself' a name", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. A group calling itself the Silver Lance claimed responsibility for the attack.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", "incident:*", "group:silver-lance")).toBe(true);
  });
});

describe("denials and condemnations", () => {
  it("reads a capital's bare denial as the state denying the incident it was accused of", () => {
    const ex = extract(
      wire("Peru blamed Iran for a cyberattack on its treasury on Monday. Tehran denied everything."),
    );
    expect(hasClaim(ex, "denied", "state:iran", incidents(ex)[0]!.key)).toBe(true);
  });

  it("lets a foreign ministry spokesman's dismissal stand for the state", () => {
    const ex = extract(
      wire(
        "Peru blamed Chile for a cyberattack on its treasury on Monday. Chilean foreign ministry spokesman Pablo Rojas dismissed the findings.",
      ),
    );
    expect(hasClaim(ex, "denied", "state:chile", incidents(ex)[0]!.key)).toBe(true);
  });

  it("gives 'were among the countries that condemned' to each listed state", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. Brazil and Colombia were among the countries that also condemned the attack.",
      ),
    );
    const key = incidents(ex)[0]!.key;
    expect(hasClaim(ex, "condemned", "state:brazil", key)).toBe(true);
    expect(hasClaim(ex, "condemned", "state:colombia", key)).toBe(true);
  });
});

describe("targets and help outside the gazetteer", () => {
  it("makes 'the broadcaster X' an organization the attack hit", () => {
    const ex = extract(wire("A cyberattack on Monday took the broadcaster Radio Andina off the air."));
    const org = ex.entities.find((e) => e.label === "Radio Andina");
    expect(org?.type).toBe("organization");
    expect(hasClaim(ex, "attacked", incidents(ex)[0]!.key, org!.key)).toBe(true);
  });

  it("makes a body 'among the agencies hit' a target of the incident under discussion", () => {
    const ex = extract(
      wire(
        "Hackers breached Peru's government email on Monday. The Ministry of Finance was among the agencies hit.",
      ),
    );
    expect(hasClaim(ex, "attacked", incidents(ex)[0]!.key, "agency:peru-ministry-of-finance")).toBe(true);
  });

  it("reads 'brought in the firm X to investigate' as X assisting the one who hired it", () => {
    const ex = extract(
      wire(
        "A cyberattack hit the carrier Andes Air on Monday. Andes Air brought in the security firm Condor Labs to investigate.",
      ),
    );
    const hirer = ex.entities.find((e) => e.label === "Andes Air")!.key;
    const hired = ex.entities.find((e) => e.label === "Condor Labs")!.key;
    expect(hasClaim(ex, "assisted", hired, hirer)).toBe(true);
  });

  it("does not make a descriptor before a known agency a second agency", () => {
    const ex = extract(wire("Germany's cyber security agency BSI sent a team to help Peru on Monday."));
    expect(ex.entities.filter((e) => e.type === "agency").map((e) => e.key)).toEqual(["agency:bsi"]);
  });
});

describe("whose official an unqualified title means", () => {
  it("does not give an official the state that was just said to be hit", () => {
    const ex = extract(
      wire(
        "Peru accused Chile of a cyberattack on Peru's government on Monday. Peru said Peru would respond. Bolivia's state bank was also hit. Defence Secretary Ana Ruiz said the attack was serious.",
      ),
    );
    expect(hasClaim(ex, "affiliated-with", "person:ana-ruiz", "state:bolivia")).toBe(false);
  });
});

describe("more attribution wording", () => {
  it("reads an active 'X had almost certainly carried out the attack' as a suspected attribution", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. Britain said APT29 had almost certainly carried out the attack.",
      ),
    );
    const claim = ex.claims.find((c) => c.type === "attributed-to" && c.target === "group:apt29");
    expect(claim?.stance).toBe("suspected");
  });

  it("reads 'linked a group known as X to a 2018 compromise of ...' with the actor before 'to'", () => {
    const ex = extract(
      wire(
        "Peru linked a state-sponsored group known as Cozy Bear to a 2018 compromise of its treasury network.",
      ),
    );
    const incident = incidents(ex)[0]!;
    expect(incident.date).toBe("2018");
    expect(hasClaim(ex, "attributed-to", incident.key, "group:apt29")).toBe(true);
  });

  it("blames both a state's service and the body named in apposition to it", () => {
    const ex = extract(
      wire(
        "Peru accused Germany's federal cyber agency, the BSI, of a cyberattack on its treasury on Monday.",
      ),
    );
    const key = incidents(ex)[0]!.key;
    expect(hasClaim(ex, "attributed-to", key, "agency:bsi")).toBe(true);
  });

  it("blames the sponsor of 'Chilean actors known as X' who 'were behind' an attack", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's treasury on Monday. Chilean actors known as Cozy Bear were behind the attack.",
      ),
    );
    const key = incidents(ex)[0]!.key;
    expect(hasClaim(ex, "attributed-to", key, "group:apt29")).toBe(true);
    expect(hasClaim(ex, "attributed-to", key, "state:chile")).toBe(true);
  });

  it("reads a quoted agent after 'the work of'", () => {
    const ex = extract(
      wire(
        'A cyberattack hit Peru\'s treasury on Monday. Peru called the intrusion the work of a "Chilean state-sponsored cyber actor".',
      ),
    );
    expect(hasClaim(ex, "attributed-to", incidents(ex)[0]!.key, "state:chile")).toBe(true);
  });

  it("reads 'X denied it.' as a denial", () => {
    const ex = extract(wire("Peru accused Iran of a cyberattack on its treasury. Iran denied it."));
    expect(hasClaim(ex, "denied", "state:iran", incidents(ex)[0]!.key)).toBe(true);
  });
});

describe("more help and persons", () => {
  it("lets 'it' after a speaker be the speaker: 'The BSI said it was working with Peru'", () => {
    const ex = extract(wire("A cyberattack hit Peru on Monday. The BSI said it was working with Peru."));
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:peru")).toBe(true);
  });

  it("does not make a title ending in an office noun a person", () => {
    const ex = extract(
      wire(
        "The Office of the Government Chief Information Officer said its systems were hit by a cyberattack.",
      ),
    );
    expect(ex.entities.filter((e) => e.type === "person")).toEqual([]);
  });

  it("gives an unqualified government title the state whose capital the dateline names", () => {
    const ex = extract(
      "BERLIN, 14 November 2019 (Reuters) - Foreign Minister Karl Weber said the attack against Peru was unacceptable.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:karl-weber", "state:germany")).toBe(true);
    expect(hasClaim(ex, "affiliated-with", "person:karl-weber", "state:peru")).toBe(false);
  });
});

describe("named malware, opening dates and pronoun speakers", () => {
  it("dates an attack by an opening adverbial of its clause, however far from the attack noun", () => {
    const ex = extract(
      wire(
        "Peru said its treasury was hacked in March. Last year, a payment server at Chile's central customs office was disrupted by a cyber attack that officials blamed on Iran.",
      ),
    );
    const chile = incidents(ex).find((i) => i.targets?.includes("state:chile"));
    expect(chile?.date).toBe("2018");
    expect(incidents(ex)).toHaveLength(2);
  });

  it("does not let an opening date of a sanction date the attack it punishes", () => {
    const ex = extract(
      wire("In July, the bloc imposed sanctions on officers accused of a 2018 hack of Peru's treasury."),
    );
    expect(incidents(ex)[0]!.date).toBe("2018");
  });

  it("makes a named worm an incident, dated by its relative clause and attributed by 'developed by'", () => {
    const ex = extract(
      wire(
        "The Quartzfang worm, which damaged turbines in Peru in 2016, was reported to have been developed by Chile.",
      ),
    );
    const [incident] = incidents(ex);
    expect(incident?.aliases).toContain("Quartzfang");
    expect(incident?.date).toBe("2016");
    expect(hasClaim(ex, "attributed-to", incident!.key, "state:chile")).toBe(true);
  });

  it("names a campaign after 'it calls' and reads its target after the name", () => {
    const ex = extract(
      wire("Peru said a campaign it calls Glass Heron targeted the Ministry of Finance on Monday."),
    );
    const [incident] = incidents(ex);
    expect(incident?.aliases).toContain("Glass Heron");
    const ministry = ex.entities.find((e) => e.label === "Ministry of Finance")!;
    expect(hasClaim(ex, "attacked", incident!.key, ministry.key)).toBe(true);
  });

  it("joins 'was hit by the same malware' to the incident under discussion", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru's central bank on Monday. Chile's central bank was hit by the same malware days later.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(hasClaim(ex, "attacked", incidents(ex)[0]!.key, "state:chile")).toBe(true);
  });

  it("reads 'targeted pumping stations across the country' as an attack on the article's state", () => {
    const ex = extract(
      wire("Peru said on Monday a cyber attack last month targeted pumping stations across the country."),
    );
    expect(hasClaim(ex, "attacked", incidents(ex)[0]!.key, "state:peru")).toBe(true);
  });

  it("gives 'said it was working with' to the subject of the speech clause, not an apposition", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Peru on Monday. The BSI, part of Germany's Federal Foreign Office, said it was working with Peru.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:peru")).toBe(true);
    expect(ex.claims.filter((c) => c.type === "assisted")).toHaveLength(1);
  });
});

describe("help, verdicts and holiday dates", () => {
  it("gives 'a team of experts from A, B and C travelled to X' to each sender", () => {
    const ex = extract(
      wire(
        "After the attack on Peru's grid, a team of experts from Brazil, Chile and Mexico travelled to Peru to help officials investigate.",
      ),
    );
    for (const sender of ["state:brazil", "state:chile", "state:mexico"])
      expect(hasClaim(ex, "assisted", sender, "state:peru")).toBe(true);
  });

  it("reads 'was committed to supporting X' as an offer, not delivered help", () => {
    const ex = extract(wire("Brazil was committed to supporting Peru after the cyberattack on Peru's grid."));
    expect(hasClaim(ex, "offered-help", "state:brazil", "state:peru")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:brazil", "state:peru")).toBe(false);
  });

  it("reads a speaker calling the attack 'totally unacceptable' as a condemnation by the speaker", () => {
    const ex = extract(
      wire(
        'Iran was behind the cyberattack on Peru\'s grid, Peru said. Brazil said the attack was "totally unacceptable".',
      ),
    );
    expect(hasClaim(ex, "condemned", "state:brazil", incidents(ex)[0]!.key)).toBe(true);
  });

  it("does not read the speaker closing a sentence as one more target", () => {
    const ex = extract(wire("Iran was behind the attack on Peru's websites, Brazil said."));
    expect(hasClaim(ex, "attacked", incidents(ex)[0]!.key, "state:peru")).toBe(true);
    expect(hasClaim(ex, "attacked", incidents(ex)[0]!.key, "state:brazil")).toBe(false);
  });

  it("dates 'a blackout just before Christmas' to the Christmas before publication", () => {
    const ex = extract(
      "KYIV, 14 March 2016 (Reuters) - Ukraine blamed Russia for the cyber attack that caused a blackout just before Christmas.",
    );
    expect(incidents(ex)[0]!.date).toBe("2015-12-25");
  });
});
