/** Bodies and companies the gazetteer lacks, found by how news copy names them (invented sentences). */
import { describe, expect, it } from "vitest";
import type { Gazetteer } from "../../src/model";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { extract, hasClaim, testGazetteer } from "./helpers";

const entity = (text: string, label: string) => extract(text).entities.find((e) => e.label === label);

describe("bodies named with a bracketed short form", () => {
  it("makes a public body's name an agency of the state named inside it, found again by its short form", () => {
    const ex = extract(
      "Hackers crippled the servers of the All India Institute of Medical Sciences (AIIMS) in New Delhi. AIIMS said patient data was safe.",
    );
    const body = ex.entities.find((e) => e.label === "All India Institute of Medical Sciences");
    expect(body).toMatchObject({ type: "agency", country: "state:india" });
    expect(body!.mentions).toHaveLength(2);
    expect(hasClaim(ex, "part-of", body!.key, "state:india")).toBe(true);
  });

  it("accepts a short form made of the name's initials in another order, and keeps a name after 'of' in it", () => {
    const body = entity(
      "The intrusion at the Southern Power Distribution Company of Telangana Limited (TGSPDCL) was detected on Monday.",
      "Southern Power Distribution Company of Telangana Limited",
    );
    expect(body?.type).toBe("organization");
  });

  it("makes a bracketed national team or a body named in another language a state's agency by its head word", () => {
    const typeOf = (text: string, label: string) => entity(text, label)?.type;
    expect(
      typeOf(
        "Engineer Tariq Nabhani, who runs the Lisk National CERT (LNCERT), told a radio host the breach was contained.",
        "Lisk National CERT",
      ),
    ).toBe("agency");
    expect(
      typeOf(
        "Last spring the Registro Nacional de Vehículos (RNV) of Lisk lost its plate database to a wiper.",
        "Registro Nacional de Vehículos",
      ),
    ).toBe("agency");
  });

  it("keeps a firm's division and a 'Centro' that names a shop or a clinic a company's", () => {
    const typeOf = (text: string, label: string) => entity(text, label)?.type;
    expect(
      typeOf(
        "Staff of the Merchant Payments Division (MPD) at Banco Lisk worked through the weekend.",
        "Merchant Payments Division",
      ),
    ).toBe("organization");
    expect(
      typeOf(
        "Shoppers left the Centro Comercial Alameda (CCA) when its tills froze.",
        "Centro Comercial Alameda",
      ),
    ).toBe("organization");
  });

  it("ignores a bracket that is no short form of the name before it", () => {
    const ex = extract("Officials from the Harbour Authority (see below) met on Monday.");
    expect(ex.entities.some((e) => e.label === "Harbour Authority" && e.aliases.includes("see"))).toBe(false);
  });
});

describe("companies and bodies by their name's form", () => {
  it("makes a name with a company suffix an organization ('the Khuzestan Steel Company')", () => {
    expect(
      entity(
        "The group said it had set off a fire at the\nKhuzestan Steel Company, one of the region's biggest steel makers.",
        "Khuzestan Steel Company",
      )?.type,
    ).toBe("organization");
  });

  it("reads 'the Russian Embassy in Washington' as Russia's embassy, not a company named 'Russian Embassy'", () => {
    const ex = extract("The Russian Embassy in Washington called the charges baseless.");
    expect(ex.entities.some((e) => e.type === "organization")).toBe(false);
    expect(ex.entities.find((e) => /Embassy/.test(e.label))).toMatchObject({
      type: "agency",
      country: "state:russia",
    });
  });

  it("reads 'the Office of the President' and 'the National Treasury' as bodies", () => {
    const ex = extract(
      "Kenya said hackers tried to break into the Office of the President and the National Treasury on Monday.",
    );
    const labels = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Office of the President/),
        expect.stringMatching(/^National Treasury/),
      ]),
    );
  });
});

describe("a body's name with joints inside it", () => {
  const agencies = (text: string) =>
    extract(text)
      .entities.filter((e) => e.type === "agency")
      .map((e) => e.label);

  it("keeps 'and', an enumeration's commas and a possessive inside one capitalised name", () => {
    const labels = agencies(
      "Chile said on Friday that intruders reached the Land Registry and eServices Authority, the Ministry of Mines, Water, Forests and Fisheries, and the Auditor and Paymaster-General's Department.",
    );
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Land Registry and eServices Authority/),
        expect.stringMatching(/^Ministry of Mines, Water, Forests and Fisheries/),
        expect.stringMatching(/^Auditor and Paymaster-General's Department/),
      ]),
    );
    expect(labels.some((l) => /^(?:eServices|Fisheries|Paymaster)/.test(l))).toBe(false);
  });

  it("does not join two bodies of a list, nor a body and the title after a comma", () => {
    const labels = agencies(
      "Engineers from the Department of Transport, the BSI and the Department of Energy flew to Lima. Hackers entered the mail of the Senate of Peru, the Minister for Justice confirmed.",
    );
    expect(
      labels.some((l) => /BSI and|Energy.*Transport|Transport.*Energy|Minister for Justice/.test(l)),
    ).toBe(false);
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Department of Energy/),
        expect.stringMatching(/^Senate of Peru/),
      ]),
    );
  });

  it("keeps a unit's number in its name, but not a year", () => {
    const labels = agencies(
      "Prosecutors tied the intrusions to Russia's Signals Directorate 72, which the Defence Directorate 2024 review had named.",
    );
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/^Signals Directorate 72/)]));
    expect(labels.some((l) => /2024/.test(l))).toBe(false);
  });

  it("makes a demonym's senate or coast guard an agency of that state, not a company", () => {
    const ex = extract(
      "The Peruvian Senate and the Ecuadorian Coast Guard both reported that their mail servers had been breached.",
    );
    expect(ex.entities.some((e) => e.type === "organization")).toBe(false);
    expect(ex.entities.find((e) => e.label === "Senate of Peru")?.country).toBe("state:peru");
    expect(ex.entities.find((e) => e.label === "Coast Guard of Ecuador")?.country).toBe("state:ecuador");
  });

  it("lets a body found before own the body its possessive names", () => {
    const committee = extract(
      "Britain published the report on Monday. The head of the Peruvian Interior Ministry's Cyber Crimes Directorate called it a fabrication.",
    ).entities.find((e) => /Cyber Crimes Directorate/.test(e.label));
    expect(committee?.country).toBe("state:peru");
  });
});

describe("'the country's' and 'the nation's' bodies", () => {
  it("gives a lower-case body the state the article is about, with the phrase as an alias", () => {
    const ex = extract(
      "Paraguay has suffered a string of intrusions this year. In the latest, attackers defaced the country's electoral commission, and the nation's central bank took its portal offline as a precaution.",
    );
    const commission = ex.entities.find((e) => e.label === "Electoral Commission of Paraguay");
    expect(commission).toMatchObject({ type: "agency", country: "state:paraguay" });
    expect(commission!.aliases).toContain("country's electoral commission");
    expect(ex.entities.find((e) => e.label === "Central Bank of Paraguay")?.aliases).toContain(
      "nation's central bank",
    );
  });

  it("makes no body of a possessive country with no body word after it", () => {
    const ex = extract(
      "Paraguay said the country's systems were restored and the nation's officials were calm.",
    );
    expect(ex.entities.filter((e) => e.type === "agency")).toEqual([]);
  });
});

describe("more heads of public bodies' names", () => {
  it("reads boards, tribunals, regulators and navies as agencies of their state, not companies", () => {
    const ex = extract(
      "Uruguay's Supreme Electoral Tribunal, the Peru Energy Regulator and the Chilean Navy said on Sunday that the National Board of Customs had been breached.",
    );
    const agency = (label: RegExp) => ex.entities.find((e) => e.type === "agency" && label.test(e.label));
    expect(agency(/^Supreme Electoral Tribunal/)?.country).toBe("state:uruguay");
    expect(agency(/Energy Regulator/)?.country).toBe("state:peru");
    expect(agency(/Navy/)?.country).toBe("state:chile");
    expect(agency(/^National Board of Customs/)).toBeDefined();
    expect(ex.entities.filter((e) => e.type === "organization")).toEqual([]);
  });

  it("keeps a state's name that opens a body's name joined by 'and' ('the Peru Revenue and Customs Service')", () => {
    const ex = extract("Staff at the Peru Revenue and Customs Service found the intrusion on Monday.");
    expect(ex.entities.some((e) => e.type === "organization")).toBe(false);
    expect(ex.entities.find((e) => e.type === "agency")?.aliases).toContain(
      "Peru Revenue and Customs Service",
    );
  });

  it("makes no body of 'of the' after a known body's full name ('the National Cyber Security Centre of the Netherlands')", () => {
    const ex = extract(
      "Indicators of compromise came from the National Cyber Security Centre of the Netherlands on Friday.",
    );
    const agencies = ex.entities.filter((e) => e.type === "agency");
    expect(agencies).toHaveLength(1);
    expect(agencies[0]!.label).toMatch(/Cyber Security Centre/);
  });
});

describe("national response teams named by their short form", () => {
  it("reads 'UyCERT', 'PE-CSIRT' and 'CIRT-BO' as agencies of the state whose code the name holds", () => {
    const ex = extract(
      "Chile said on Monday that UyCERT, PE-CSIRT and CIRT-BO had shared indicators of the intrusion with its analysts.",
    );
    const country = (label: string) =>
      ex.entities.find((e) => e.label === label && e.type === "agency")?.country;
    expect(country("UyCERT")).toBe("state:uruguay");
    expect(country("PE-CSIRT")).toBe("state:peru");
    expect(country("CIRT-BO")).toBe("state:bolivia");
  });

  it("gives a team the state whose possessive description it follows, and finds it again by name", () => {
    const ex = extract(
      "Paraguay's national computer incident response team, xyCERT, opened an inquiry on Friday. xyCERT later said the servers were clean.",
    );
    const team = ex.entities.find((e) => e.label === "xyCERT");
    expect(team).toMatchObject({ type: "agency", country: "state:paraguay" });
    expect(team!.mentions).toHaveLength(2);
  });

  it("makes no body of a bare 'CERT'", () => {
    const ex = extract("Peru said the CERT had been told of the breach on Friday.");
    expect(ex.entities.some((e) => e.label === "CERT")).toBe(false);
  });
});

describe("whose body 'its' names", () => {
  const country = (text: string, label: RegExp) =>
    extract(text).entities.find((e) => e.type === "agency" && label.test(e.label))?.country;

  it("gives it to the sentence's opening subject, not to the group named nearer", () => {
    expect(
      country("Uruguay accused APT29 on Tuesday of a long intrusion into its customs service.", /Customs/),
    ).toBe("state:uruguay");
  });

  it("gives it to the actor it is joined to by 'and'", () => {
    expect(
      country(
        "Bolivian hackers are said to have struck Paraguay and its electoral commission in May.",
        /Electoral/,
      ),
    ).toBe("state:paraguay");
  });
});

describe("bodies that share one plural head", () => {
  it("makes each coordinated portfolio a ministry of the state that owns the phrase", () => {
    const ex = extract("Hackers breached Peru's foreign and defence ministries last week.");
    expect(hasClaim(ex, "part-of", "agency:peru-ministry-of-foreign-affairs", "state:peru")).toBe(true);
    expect(hasClaim(ex, "part-of", "agency:peru-ministry-of-defence", "state:peru")).toBe(true);
    const demonym = extract(
      "The Chilean interior, justice and health ministries said their sites were down.",
    );
    const labels = demonym.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Ministry of Interior of Chile",
        "Ministry of Justice of Chile",
        "Ministry of Health of Chile",
      ]),
    );
  });

  it("makes each capitalised conjunct before 'departments' a department", () => {
    const ex = extract(
      "In a statement, officials said intruders had reached the Commerce and Energy departments.",
    );
    const labels = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["Department of Commerce", "Department of Energy"]));
  });

  it("reads nothing when a conjunct is no portfolio or name", () => {
    const ex = extract("Staff at the regional and local departments were told to change their passwords.");
    expect(ex.entities.filter((e) => e.type === "agency")).toEqual([]);
  });
});

describe("bodies named by a loose head word", () => {
  it("makes a long name ending in Administration or Organisation a public body", () => {
    expect(
      entity(
        "The Lisk Transportation Safety Administration said its systems were breached.",
        "Lisk Transportation Safety Administration",
      )?.type,
    ).toBe("agency");
    const owned = extract(
      "Iran's Passive Civil Defence Organisation said the attack on the fuel network had failed.",
    );
    expect(
      owned.entities.find((e) => e.label.startsWith("Passive Civil Defence Organisation"))?.country,
    ).toBe("state:iran");
  });

  it("makes no body of a leader's team or an international body", () => {
    const ex = extract(
      "The Harlan Administration blamed Russia, and the World Meteorological Organization said its site was down.",
    );
    expect(ex.entities.filter((e) => e.type === "agency")).toEqual([]);
  });
});

describe("a body's name broken over two lines", () => {
  it("reads the whole name across a hard line break, with the break as a space in its aliases", () => {
    const ex = extract(
      "Hackers disrupted the online portal of the Malta Revenue and\nExcise Service, officials said.",
    );
    const body = ex.entities.find((e) => e.type === "agency");
    expect(body?.label).toBe("Revenue and Excise Service");
    expect(body?.country).toBe("state:malta");
    expect(body?.aliases).toContain("Malta Revenue and Excise Service");
  });
});

describe("public bodies written in lower case after their state", () => {
  const agencies = (text: string) => extract(text).entities.filter((e) => e.type === "agency");

  it("reads one ministry from 'Kenya's ICT ministry', 'the Kenyan ministry of ICT' and 'the ministry of ICT of Kenya'", () => {
    for (const text of [
      "Intruders defaced Malawi's ICT ministry overnight.",
      "The Malawian ministry of ICT went offline on Friday after a flood of junk traffic.",
      "A statement from the ministry of ICT of Malawi said its portal was restored.",
    ]) {
      const ex = extract(text);
      const body = ex.entities.find((e) => e.type === "agency");
      expect(body, text).toMatchObject({
        key: "agency:malawi-ministry-of-ict",
        label: "Ministry of ICT of Malawi",
        country: "state:malawi",
      });
      expect(hasClaim(ex, "part-of", body!.key, "state:malawi")).toBe(true);
    }
  });

  it("makes any institution noun owned by a state's possessive or demonym a body of that state", () => {
    const ex = extract(
      "Ransomware hit Zambia's national revenue authority and the Bolivian customs and tariffs board, while Uruguay's data protection directorate investigated.",
    );
    for (const [key, country] of [
      ["agency:zambia-national-revenue-authority", "state:zambia"],
      ["agency:bolivia-customs-and-tariffs-board", "state:bolivia"],
      ["agency:uruguay-data-protection-directorate", "state:uruguay"],
    ])
      expect(hasClaim(ex, "part-of", key!, country!), key).toBe(true);
  });

  it("keeps the state's phrase as an alias and reads a ministry's open portfolio to the clause's end", () => {
    const ex = extract("Hackers got into Nepal's ministry of water supply and sanitation, officials said.");
    const body = ex.entities.find((e) => e.type === "agency")!;
    expect(body.label).toBe("Ministry of Water Supply and Sanitation of Nepal");
    expect(body.aliases).toContain("Nepal's ministry of water supply and sanitation");
  });

  it("makes no body of a bare head, a unit of a known body, or a description of the body named after it", () => {
    expect(agencies("Mongolia's ministry said nothing.")).toEqual([]);
    const ex = extract(
      "Germany's federal office, the BSI, warned of phishing; the BSI's incident department helped.",
    );
    expect(ex.entities.filter((e) => e.type === "agency").map((e) => e.key)).toEqual(["agency:bsi"]);
  });

  it("reads no body across a verb or a determiner ('Latvia's hackers targeted agency servers')", () => {
    expect(
      agencies("Latvia's hackers targeted agency servers. Estonia's officials said the agency was fine."),
    ).toEqual([]);
  });
});

describe("a ministry's label from its portfolio", () => {
  it("reads an open portfolio only in lower case or short forms, never a demonym before a capitalised ministry", () => {
    const labels = (text: string) =>
      extract(text)
        .entities.filter((e) => e.type === "agency")
        .map((e) => e.label);
    expect(labels("Hackers breached the Uzbek Foreign Ministry on Monday.")).not.toContain(
      "Ministry of Uzbek Foreign",
    );
    expect(labels("Hackers breached Uzbekistan's ICT ministry on Monday.")).toContain(
      "Ministry of ICT of Uzbekistan",
    );
  });
});

describe("numbered units and national response teams", () => {
  it("reads a numbered military unit as a body, owned by the body after 'of'", () => {
    const ex = extract("Military Unit 48210 of the BSI, the indictment says, ran the phishing campaign.");
    expect(ex.entities.find((e) => e.label === "Military Unit 48210")?.type).toBe("agency");
    const bare = extract("The hackers belong to Unit 61398, a Senegalese army outfit, officials said.");
    expect(bare.entities.some((e) => e.label.startsWith("Unit 61398"))).toBe(true);
  });

  it("reads a state's national CERT, before or after its state, and a team whose code follows 'CERT'", () => {
    expect(
      entity("Peru's National CERT said it had found the same tools.", "National CERT of Peru"),
    ).toMatchObject({
      type: "agency",
      country: "state:peru",
    });
    expect(
      entity("Help came from the National CERT of Senegal on Monday.", "National CERT of Senegal")?.country,
    ).toBe("state:senegal");
    expect(entity("Peru's team, CERTpe, offered to share its decryptor.", "CERTpe")?.country).toBe(
      "state:peru",
    );
  });

  it("makes no body of a bare CERT without 'National' before it", () => {
    const ex = extract("Peru's CERT said it had found the same tools.");
    expect(ex.entities.some((e) => /CERT/.test(e.label))).toBe(false);
  });
});

describe("a body several states give the same name", () => {
  it("is the entry of the state named after 'of' or before it, and the surface with its owner is an alias", () => {
    const ex = extract(
      "Advice came first from the UK's NCSC; later the NCSC of the Netherlands joined the response.",
    );
    const dutch = ex.entities.find((e) => e.key === "agency:ncsc-nl");
    expect(dutch?.aliases).toContain("NCSC of the Netherlands");
    expect(ex.entities.some((e) => e.key === "agency:ncsc-uk")).toBe(true);
  });
});

describe("a state's armed forces hit by an attack", () => {
  it("is a public body, not a company", () => {
    const ex = extract("In 2021 hackers attacked the Lisk Defence Forces and the Orr Defence.");
    expect(ex.entities.find((e) => e.label === "Lisk Defence Forces")?.type).toBe("agency");
  });
});

describe("a body named inside an office's title", () => {
  it("ends the body's name at its head word, so the office holder's name stays a person's", () => {
    const ex = extract(
      "In a letter to the banks, Under Secretary of the Treasury Ana Ruiz asked for patience.",
    );
    expect(ex.entities.some((e) => e.type === "agency" && /Ruiz/.test(e.label))).toBe(false);
    expect(ex.entities.find((e) => e.label === "Ana Ruiz")?.type).toBe("person");
    const chair = extract("Chairman of the Electoral Commission Tomas Vell said the count went on.");
    expect(chair.entities.some((e) => /Vell/.test(e.label) && e.type !== "person")).toBe(false);
  });
});

describe("owners written as a plural name's possessive", () => {
  it("reads 'the Bahamas' Ministry of Tourism' and 'the Seychelles' electoral commission' as those states' bodies", () => {
    const ex = extract(
      "Hackers broke into the Bahamas' Ministry of Tourism in May. A week later the Seychelles' electoral commission said its voter roll had been copied.",
    );
    const agencies = ex.entities.filter((e) => e.type === "agency");
    expect(agencies.find((e) => /^Ministry of Tourism/.test(e.label))?.country).toBe("state:bahamas");
    expect(agencies.find((e) => /^Electoral Commission/.test(e.label))?.country).toBe("state:seychelles");
  });
});

describe("where a capitalised body's name ends", () => {
  it("joins words across an ampersand ('Trade & Investment Office')", () => {
    const ex = extract("Intruders reached the mail server of Namibia's Trade & Investment Office on Sunday.");
    expect(ex.entities.find((e) => e.type === "agency")?.label).toMatch(/^Trade & Investment Office/);
  });

  it("ends an enumerated name at the 'and' after the one that closed its list", () => {
    const ex = extract(
      "Ghana's Ministry of Roads, Harbours and Inland Waterways and Kenya's National Treasury agreed to share logs.",
    );
    const labels = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(labels).toContain("Ministry of Roads, Harbours and Inland Waterways of Ghana");
    expect(labels.some((l) => /Roads/.test(l) && /Kenya|Treasury/.test(l))).toBe(false);
  });

  it("ends the name before the people a body's staff noun announced ('officials of X, A B and C D')", () => {
    const ex = extract(
      "The court summoned three officials of Moldova's Ministry of Public Works, Tudor Vlasceanu and Irina Codreanu among them.",
    );
    const labels = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(labels).toContain("Ministry of Public Works of Moldova");
    expect(labels.some((l) => /Tudor|Irina/.test(l))).toBe(false);
    // A portfolio's one-word item after the comma keeps the list the body's own.
    const portfolio = extract(
      "Officials of Moldova's Ministry of Roads, Ports and Inland Waterways reset every password.",
    ).entities.filter((e) => e.type === "agency");
    expect(portfolio.map((e) => e.label)).toContain(
      "Ministry of Roads, Ports and Inland Waterways of Moldova",
    );
  });

  it("reads a count opening the sentence as no body of the staff it counts ('Four officers of X, A B and C D')", () => {
    const ex = extract(
      "Four officers of Moldova's Ministry of Public Works, Tudor Vlasceanu and Irina Codreanu, lost their posts after the audit.",
    );
    expect(ex.entities.some((e) => e.label === "Four")).toBe(false);
    const tudor = ex.entities.find((e) => e.label === "Tudor Vlasceanu");
    expect(tudor?.role ?? "").not.toMatch(/four/i);
    const served = ex.claims
      .filter((c) => c.type === "affiliated-with" && c.source === tudor?.key)
      .map((c) => c.target);
    expect(served).toEqual(["agency:moldova-ministry-of-public-works"]);
  });

  it("keeps a body's name after 'for' ('Centre for Maritime Studies') but not a headline's words after its head", () => {
    const ex = extract(
      "Sierra Leone's Centre for Maritime Studies was hit. Cabinet Approves Harbour Levy\n\nThe list follows.",
    );
    const labels = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(labels.some((l) => /^Centre for Maritime Studies/.test(l))).toBe(true);
    expect(labels.some((l) => /Levy/.test(l))).toBe(false);
  });

  it("keeps a unit's last word after the head ('Police Dive Team')", () => {
    const ex = extract("Peru's Police Dive Team was sent to the port.");
    expect(ex.entities.find((e) => e.type === "agency")?.label).toMatch(/^Police Dive Team/);
  });

  it("makes a state's parliament or army no company ('the Peruvian Parliament')", () => {
    const ex = extract("Hackers defaced the website of the Peruvian Parliament on Friday.");
    expect(ex.entities.some((e) => e.type === "organization")).toBe(false);
    expect(ex.entities.find((e) => e.type === "agency")?.country).toBe("state:peru");
  });

  it("reads no body in an opening adverb before an apposition ('Separately, the ministry')", () => {
    const ex = extract("Separately, the Namibian ministry of defence said its website was down.");
    expect(ex.entities.some((e) => e.label === "Separately")).toBe(false);
  });
});

describe("a gazetteer body's name inside another name", () => {
  const gazetteer: Gazetteer = {
    entities: [
      ...testGazetteer.entities,
      {
        key: "agency:security-service",
        label: "Security Service",
        type: "agency",
        aliases: [],
        country: "state:united-kingdom",
      },
      {
        key: "agency:home-office",
        label: "Home Office",
        type: "agency",
        aliases: ["HO"],
        country: "state:united-kingdom",
      },
      {
        key: "agency:ifd",
        label: "Fisheries Directorate",
        type: "agency",
        aliases: ["IFD"],
        country: "state:iceland",
      },
    ],
  };
  const context = createExtractionContext(gazetteer, { referenceYear: 2026 });
  const read = (text: string) => extractDocument({ id: "doc.txt", text }, context);

  it("reads 'the State Security Service' as a body of its own, not the listed 'Security Service'", () => {
    const ex = read("Two officers of Montenegro's State Security Service were questioned.");
    expect(ex.entities.some((e) => e.key === "agency:security-service")).toBe(false);
    expect(ex.entities.find((e) => /^State Security Service/.test(e.label))?.country).toBe(
      "state:montenegro",
    );
  });

  it("reads the longer name across a wire line break ('State\\nSecurity Service')", () => {
    const ex = read("A unit of Montenegro's State\nSecurity Service was blamed.");
    expect(ex.entities.some((e) => e.key === "agency:security-service")).toBe(false);
  });

  it("still reads the listed name where nothing extends it", () => {
    const ex = read("Britain's Security Service declined to comment.");
    expect(ex.entities.some((e) => e.key === "agency:security-service")).toBe(true);
  });

  it("gives a generic listed name to the body of the state an article is about when the list's state is absent", () => {
    const ex = read(
      "FREETOWN - Sierra Leone said its tax portal was hacked. The Home Office said the portal would be back on Monday.",
    );
    expect(ex.entities.some((e) => e.key === "agency:home-office")).toBe(false);
    expect(ex.entities.find((e) => e.label.startsWith("Home Office"))?.country).toBe("state:sierra-leone");
  });

  it("takes a full name with a listed short form in brackets as the listed body, where its state is in the article", () => {
    const ex = read(
      "Iceland's trawler database went offline on Friday. Logs held by the Icelandic Fisheries Inspection Directorate (IFD) show the first login.",
    );
    const body = ex.entities.find((e) => e.key === "agency:ifd");
    expect(body?.aliases.some((a) => a.endsWith("Fisheries Inspection Directorate"))).toBe(true);
    expect(ex.entities.filter((e) => e.type === "agency")).toHaveLength(1);
  });

  it("takes a listed short form in brackets as the local body's where the listed body's state is absent", () => {
    const ex = read(
      "Namibia's trawler registry went offline on Friday. Logs held by the Marine Patrol Directorate (IFD) show the first login.",
    );
    expect(ex.entities.some((e) => e.key === "agency:ifd")).toBe(false);
    expect(ex.entities.some((e) => e.key === "state:iceland")).toBe(false);
    expect(ex.entities.find((e) => e.label.startsWith("Marine Patrol Directorate"))?.country).toBe(
      "state:namibia",
    );
  });
});

describe("the owner of a known body", () => {
  const gazetteer: Gazetteer = {
    entities: [
      ...testGazetteer.entities,
      { key: "organization:tarn-league", label: "Tarn League", type: "organization", aliases: [] },
      {
        key: "agency:tarn-league-council",
        label: "Tarn League Council",
        type: "agency",
        aliases: ["TLC"],
        parent: "organization:tarn-league",
      },
    ],
  };
  const context = createExtractionContext(gazetteer, { referenceYear: 2026 });
  const read = (text: string) => extractDocument({ id: "doc.txt", text }, context);

  it("gives a part-of claim to a parent body only when the article names it", () => {
    const unnamed = read("The TLC told member governments to patch their mail servers before the weekend.");
    expect(unnamed.entities.some((e) => e.key === "agency:tarn-league-council")).toBe(true);
    expect(hasClaim(unnamed, "part-of", "agency:tarn-league-council", "organization:tarn-league")).toBe(
      false,
    );
    expect(unnamed.entities.some((e) => e.key === "organization:tarn-league")).toBe(false);
    const named = read(
      "The TLC told member governments to patch their mail servers, and the Tarn League backed the advice.",
    );
    expect(hasClaim(named, "part-of", "agency:tarn-league-council", "organization:tarn-league")).toBe(true);
  });
});

describe("a body named after the place its sentence opens on", () => {
  it("gives the body the state whose capital or name opens the sentence, not the state of the sentence before", () => {
    const ex = extract(
      "Germany sent two analysts to help the regulator on Monday. In Nairobi, the National Office for Digital Records said its archive was intact.",
    );
    const body = ex.entities.find((e) => e.label.startsWith("National Office for Digital Records"));
    expect(body).toMatchObject({ type: "agency", country: "state:kenya" });
  });
});

describe("a body's aliases", () => {
  it("takes no alias holding the comma of a relative clause ('Kenya, whose Data Bureau')", () => {
    const ex = extract(
      "The minister thanked Kenya, whose Data Protection Office checked the logs for free, for its help.",
    );
    const body = ex.entities.find((e) => e.label.startsWith("Data Protection Office"));
    expect(body).toMatchObject({ type: "agency", country: "state:kenya" });
    expect(body!.aliases.some((a) => a.includes(","))).toBe(false);
  });
});
