/** Threat groups and companies no gazetteer holds, found by how a sentence introduces them (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const typeOf = (text: string, label: string) => extract(text).entities.find((e) => e.label === label)?.type;

describe("a threat group named as the sentence introduces it", () => {
  it("reads a name after 'tracked as' in wire copy", () => {
    expect(
      typeOf(
        "Investigators tied the outage to a cluster tracked as Hollow Lynx, the regulator said.",
        "Hollow Lynx",
      ),
    ).toBe("group");
  });

  it("reads a quoted name after a naming verb, with or without 'the'", () => {
    expect(
      typeOf('Police said a gang calling itself the "Amber Jackals" defaced the portal.', "Amber Jackals"),
    ).toBe("group");
    expect(
      typeOf(
        "The minister blamed a hacking outfit she called \u201cNight Heron\u201d for the leak.",
        "Night Heron",
      ),
    ).toBe("group");
  });

  it("reads the name an agency gives the group when the verb comes first", () => {
    expect(typeOf("The agency named the group as Copper Wren in its advisory.", "Copper Wren")).toBe("group");
    expect(
      typeOf(
        "In a technical note, the centre named the group, Gravel Moth, and linked it to a military unit.",
        "Gravel Moth",
      ),
    ).toBe("group");
  });

  it("finds the group again by its name later in the article", () => {
    const ex = extract(
      "Analysts followed a crew dubbed Slate Osprey. Slate Osprey later struck a port operator.",
    );
    expect(ex.entities.find((e) => e.label === "Slate Osprey")?.mentions).toHaveLength(2);
  });

  it("makes no group of a state or a lower-case description after a naming verb", () => {
    const ex = extract("Officials called the group a nuisance and named the attack a crime.");
    expect(ex.entities.some((e) => e.type === "group")).toBe(false);
  });
});

describe("a threat group named by the noun phrase beside it", () => {
  it("reads a name after a threat group noun phrase, with or without a determiner", () => {
    expect(typeOf("Prosecutors blamed the hacking group Reef Viper for the breach.", "Reef Viper")).toBe(
      "group",
    );
    expect(typeOf("Ransomware gang Brass Otter claimed the attack late on Monday.", "Brass Otter")).toBe(
      "group",
    );
    expect(
      typeOf("Hacktivist collective Quill Nine said it had defaced the central bank's site.", "Quill Nine"),
    ).toBe("group");
  });

  it("reads a name in apposition to a threat group noun phrase", () => {
    expect(
      typeOf("The outage was caused by Tallow Moth, a ransomware crew that surfaced in 2022.", "Tallow Moth"),
    ).toBe("group");
    expect(
      typeOf(
        "Indicators on the servers overlapped with Grey Heron, a group that analysts have tracked since 2019.",
        "Grey Heron",
      ),
    ).toBe("group");
  });

  it("reads a group's name that ends in a group word after 'another group,'", () => {
    expect(
      typeOf(
        "In May the agency said it had foiled an attack by another group, the Dust_Owl Team, which tried to deface ministry sites.",
        "Dust_Owl Team",
      ),
    ).toBe("group");
  });

  it("makes no threat group of a group that is not described as one", () => {
    const ex = extract("Corlan Watch, a rights group, criticised the government on Tuesday.");
    expect(ex.entities.filter((e) => e.type === "group")).toEqual([]);
    const parish = extract("The parish group Saint Aubin Choir sang at the ceremony.");
    expect(parish.entities.filter((e) => e.type === "group")).toEqual([]);
  });

  it("takes the name a researcher gives the group, not the researcher, after 'a threat actor'", () => {
    const ex = extract("The breach was the work of a threat actor Quellor tracks as Storm-1234.");
    expect(ex.entities.filter((e) => e.type === "group").map((e) => e.label)).toEqual(["Storm-1234"]);
  });

  it("stops a group's name at a date word", () => {
    const ex = extract("Prosecutors charged members of the hacking group Ashen Kite Tuesday.");
    expect(ex.entities.find((e) => e.type === "group")?.label).toBe("Ashen Kite");
  });
});

describe("a threat group named by how news introduce its name", () => {
  const groups = (text: string) =>
    extract(text)
      .entities.filter((e) => e.type === "group")
      .map((e) => e.label);

  it("reads a name after a naming participle that says who uses the name", () => {
    expect(
      groups("The spyware belongs to hackers known to security vendors as Pale Gannet, officials said."),
    ).toEqual(["Pale Gannet"]);
    expect(
      groups("Police said a crew tracked by two security vendors as Rook Finch broke in overnight."),
    ).toEqual(["Rook Finch"]);
  });

  it("reads the name researchers file a group's activity under", () => {
    expect(groups("Since 2019, vendors have monitored them under the label Copper Wren.")).toEqual([
      "Copper Wren",
    ]);
    expect(groups("One firm has watched its intrusions since 2021 under the moniker Grey Stoat.")).toEqual([
      "Grey Stoat",
    ]);
  });

  it("takes no person's handle for a group's name", () => {
    expect(
      groups("Police tracked the suspect, who sold stolen logins under the name Vortex Nine, for months."),
    ).toEqual([]);
    expect(groups("Detectives followed a teenager who posted under the name Silver Tern on forums.")).toEqual(
      [],
    );
  });

  it("reads a name given after a colon", () => {
    expect(
      groups("In its advisory the agency named the culprit: Dunlin Shade, a crew active since 2020."),
    ).toEqual(["Dunlin Shade"]);
    expect(groups("The vendor's report calls the group: Tern Static.")).toEqual(["Tern Static"]);
  });

  it("reads every name of a list a naming phrase introduces", () => {
    expect(
      groups("In 2022 the government blamed hacking groups known as Quail Nine, Dusk Newt and Plover Ash."),
    ).toEqual(["Quail Nine", "Dusk Newt", "Plover Ash"]);
    expect(groups("The intrusions were the work of groups tracked as Gannet Run or Petrel Seven.")).toEqual([
      "Gannet Run",
      "Petrel Seven",
    ]);
  });

  it("lists nothing after a name when 'and' opens a new clause", () => {
    expect(groups("The crew is known as Bittern Cove, and Ferrant Labs said it had warned clients.")).toEqual(
      ["Bittern Cove"],
    );
  });

  it("reads the designations vendors give threat groups wherever they stand", () => {
    expect(groups("Officials tied the leak to UNC3944, and a second wave to Storm-1152 and TA577.")).toEqual([
      "UNC3944",
      "Storm-1152",
      "TA577",
    ]);
    expect(groups("FIN11 had been quiet since spring.")).toEqual(["FIN11"]);
    expect(groups("Researchers said APT-C-77 had sent the phishing emails.")).toEqual(["APT-C-77"]);
  });

  it("reads a name in apposition to a threat operation, but no named operation", () => {
    expect(
      groups("The hospital was hit by Marsh Bittern, a ransomware operation that emerged last year."),
    ).toEqual(["Marsh Bittern"]);
    expect(groups("Operation Dry Plover, a hacking operation in 2021, stole designs.")).toEqual([]);
    expect(groups("Tern Freight, a logistics operation, was hit.")).toEqual([]);
  });

  it("reads a relative clause whose subject is a long noun phrase", () => {
    expect(
      groups(
        "The leak came from Frost Grebe, a group which the country's main intelligence service has tied to the army.",
      ),
    ).toEqual(["Frost Grebe"]);
  });

  it("reads a naming phrase across a hard line break of wire copy", () => {
    expect(groups("A group calling\nitself Stoat Brigade claimed the attack.")).toEqual(["Stoat Brigade"]);
  });
});

describe("a company named by the noun phrase beside it", () => {
  it("reads a name in apposition to a company noun phrase, in several wordings", () => {
    expect(
      typeOf(
        "Ransomware forced Tarn Freight, the state-owned logistics company, to halt its container terminals.",
        "Tarn Freight",
      ),
    ).toBe("organization");
    expect(
      typeOf(
        "The campaign reached Orr Avionics, a Kansas defence contractor that builds radar parts.",
        "Orr Avionics",
      ),
    ).toBe("organization");
    expect(typeOf("Kestrel Mobile, a Singapore-based telecoms operator.", "Kestrel Mobile")).toBe(
      "organization",
    );
  });

  it("reads an apposition that ranks the company among others of its kind", () => {
    expect(
      typeOf(
        "Veyra Mutual, one of the largest pension insurers in Lisk, said on Friday its payouts were late.",
        "Veyra Mutual",
      ),
    ).toBe("organization");
    expect(
      typeOf(
        "Orlan Coin, one of the biggest exchanges in the region, lost 40 million dollars.",
        "Orlan Coin",
      ),
    ).toBe("organization");
  });

  it("reads company nouns of trade, exchange and shipbuilding", () => {
    expect(
      typeOf("Thieves took 40 million dollars from Orlan Coin, a Lisk-based exchange.", "Orlan Coin"),
    ).toBe("organization");
    expect(
      typeOf(
        "On Monday, Tolland Heavy Industries, the country's oldest shipbuilder, said its shares fell 4%.",
        "Tolland Heavy Industries",
      ),
    ).toBe("organization");
    expect(
      typeOf("Wexley Trade, a Lisk-based trading platform, was drained overnight.", "Wexley Trade"),
    ).toBe("organization");
  });

  it("makes any head noun a company's after a word of state ownership, but not a person's office", () => {
    expect(
      typeOf(
        "A spokesman for Marrow Rail Lines, a state-run freight hauler, declined to comment.",
        "Marrow Rail Lines",
      ),
    ).toBe("organization");
    expect(
      typeOf("Jane Fenmore, the state-owned broadcaster's editor, said the site was hit.", "Jane Fenmore"),
    ).not.toBe("organization");
  });

  it("takes no sentence-opening adverb or date before a clause for a company", () => {
    const ex = extract(
      "Still, the company said service was restored. On Monday, the firm, which runs ports, was hit.",
    );
    expect(ex.entities.filter((e) => e.type === "organization").map((e) => e.label)).toEqual([]);
  });

  it("leaves a known actor in apposition alone and makes no company of a central bank's name", () => {
    const ex = extract("The Reserve Bank of Lisk, the country's central bank, said NATO experts helped.");
    expect(ex.entities.some((e) => e.type === "organization" && /Reserve Bank/.test(e.label))).toBe(false);
  });
});

describe("a victim named as the owner of the computer systems an attack hit", () => {
  it("reads the owner after 'the <system> of' and before '<system>' with a possessive", () => {
    expect(
      typeOf(
        "For two days ransomware locked nurses out of the scheduling portal at Harlan Rail.",
        "Harlan Rail",
      ),
    ).toBe("organization");
    expect(
      typeOf("The attack froze Marrow Water Board's billing servers for a week.", "Marrow Water Board"),
    ).toBe("agency");
    expect(typeOf("Ransomware hit the network of the Carrow Port Authority.", "Carrow Port Authority")).toBe(
      "agency",
    );
  });

  it("takes no place, no state's government and no half of a coordination for a victim", () => {
    const city = extract("Hackers attacked the websites of Brisk City and the Halden District.");
    expect(city.entities.filter((e) => e.type === "organization")).toEqual([]);
    const government = extract("The 2019 attack disrupted the Government of Lisk's email system.");
    expect(government.entities.filter((e) => e.type === "organization")).toEqual([]);
    const coordinated = extract("Intruders reached the servers of Dunmore Bank and Quarry Mutual last week.");
    expect(coordinated.entities.some((e) => e.label === "Dunmore Bank")).toBe(false);
  });
});

describe("a company's name by its legal suffix", () => {
  it("reads 'and' inside the name and the short name in brackets after it", () => {
    const ex = extract(
      "Lisk Power and Water Corporation (Lispow) said on Monday that an intruder had been in its network since March. Lispow said data was copied.",
    );
    const company = ex.entities.find((e) => e.label === "Lisk Power and Water Corporation");
    expect(company?.type).toBe("organization");
    expect(company?.mentions).toHaveLength(2);
  });
});

describe("a company introduced by what it is, with no determiner", () => {
  it("reads the name after a description that opens the sentence, follows a preposition or a place", () => {
    expect(
      typeOf(
        "Cybersecurity company Fortlane Analytics said the group worked for Iran.",
        "Fortlane Analytics",
      ),
    ).toBe("organization");
    expect(
      typeOf("Analysts at Cuenca security firm Andesgate Labs said the loader was new.", "Andesgate Labs"),
    ).toBe("organization");
    expect(
      typeOf("The report came from Brașov-based security firm Veldmark, which tracks the crew.", "Veldmark"),
    ).toBe("organization");
  });

  it("takes no lower-case word or date after the description, nor a date after the name, for a name", () => {
    const out = extract("Security firm staff said on Monday that the company Tuesday filing was late.");
    expect(out.entities.filter((e) => e.type === "organization")).toEqual([]);
    expect(
      typeOf("The loader was found by security firm Veldmark Tuesday, officials said.", "Veldmark"),
    ).toBe("organization");
  });
});

describe("names a sentence introduces in other common ways", () => {
  it("reads a company's name holding 'and' or its state's name before an apposition that says what it is", () => {
    const ex = extract(
      "Intruders wiped the meter data of Orlunde Gas and Heat, the municipal heating supplier, on Friday.",
    );
    expect(ex.entities.find((e) => e.label === "Orlunde Gas and Heat")?.type).toBe("organization");
    expect(ex.entities.find((e) => e.label === "Orlunde Gas")).toBeUndefined();
    expect(
      typeOf(
        "Saboteurs reached the dispatch servers of Vell Power and Light, the regional grid company, last week.",
        "Vell Power and Light",
      ),
    ).toBe("organization");
    expect(
      typeOf(
        "The crew then broke into Grid Services of Estonia, the state-owned grid manager, in March.",
        "Grid Services of Estonia",
      ),
    ).toBe("organization");
    expect(
      typeOf(
        "Nobody had yet claimed the outage at Kalmstrom, the water distributor for three northern towns.",
        "Kalmstrom",
      ),
    ).toBe("organization");
  });

  it("lists two companies before a plural apposition, and names no company of them together", () => {
    const ex = extract("Hackers hit Tarn Freight and Orr Logistics, the two largest carriers, on Monday.");
    expect(ex.entities.find((e) => e.label === "Tarn Freight and Orr Logistics")).toBeUndefined();
  });

  it("joins a state and the company after it by 'and' into no company's name", () => {
    const ex = extract(
      "Saboteurs also struck Estonia and Kolvane, the national rail operator, according to police.",
    );
    expect(ex.entities.find((e) => e.label === "Estonia and Kolvane")).toBeUndefined();
    expect(ex.entities.find((e) => e.label === "Kolvane")?.type).toBe("organization");
    expect(ex.entities.some((e) => e.key === "state:estonia")).toBe(true);
    const utility = extract(
      "The worm spread from Latvia and Energy Partners Vell, the regional heating supplier, overnight.",
    );
    expect(utility.entities.find((e) => e.label.startsWith("Latvia and"))).toBeUndefined();
    expect(utility.entities.some((e) => e.key === "state:latvia")).toBe(true);
  });

  it("reads a threat group named by a copula, by a hyphenated namer, after 'a cluster of activity', or serving a sponsor", () => {
    expect(
      typeOf("Police told the council that the actor behind the breach was Salt Warbler.", "Salt Warbler"),
    ).toBe("group");
    // Any finite "be" names the group, a plural one too.
    expect(
      typeOf("Regulators now believe the intruders behind these outages are Pale Wren.", "Pale Wren"),
    ).toBe("group");
    // The deed after "behind" runs to the copula inside its clause, a speech verb closing it.
    expect(
      typeOf(
        "Analysts think the crew behind the theft of pension records from the harbour office is Lantern Moth.",
        "Lantern Moth",
      ),
    ).toBe("group");
    expect(
      typeOf(
        "The team behind the audit said the likely source was Copper Finch in its memo.",
        "Copper Finch",
      ),
    ).not.toBe("group");
    // The deed is a noun phrase: a verb's object and a relative clause about it name no group.
    expect(
      typeOf(
        "The intruders behind the outage deployed a dropper whose codename was Paper Heron, Oslo police said.",
        "Paper Heron",
      ),
    ).not.toBe("group");
    expect(
      typeOf("Few doubt that the crew behind the raid on a Kiel depot was Dune Kestrel.", "Dune Kestrel"),
    ).toBe("group");
    expect(
      typeOf(
        "The loader belongs to the group that CSIRT-KX tracks as Amber Shrike, officials said.",
        "Amber Shrike",
      ),
    ).toBe("group");
    expect(
      typeOf(
        "Researchers described a cluster of activity they track as Quiet Newt in a long report.",
        "Quiet Newt",
      ),
    ).toBe("group");
    expect(
      typeOf(
        "The agency blamed Birch Otter, a group it believes works for a foreign spy service.",
        "Birch Otter",
      ),
    ).toBe("group");
  });
});

describe("a speaker's name before a clause that goes on after the comma", () => {
  it("reads 'According to <spokeswoman X>, the break-in was staged by a crew known to analysts as Y' with Y as the culprit", () => {
    const ex = extract(
      "ACCRA, May 9 (Wire) - Intruders crippled the billing servers of Ghana's Volta Water Board on Sunday, officials said.\n\nAccording to board spokeswoman Efua Mensah, the break-in was staged by a crew known to analysts as Sand Lynx.",
    );
    expect(hasClaim(ex, "attributed-to", "incident:*", "group:sand-lynx")).toBe(true);
  });
});
