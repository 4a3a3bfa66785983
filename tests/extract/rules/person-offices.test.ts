/** Whom a named person holds office for (affiliated-with), read from titles and appositions of invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../helpers";

const affiliationsOf = (text: string, person: string) =>
  claimsOf(extract(text), "affiliated-with")
    .filter((c) => c.source === person)
    .map((c) => c.target)
    .sort();

describe("bodies named in a title", () => {
  it("affiliates 'Brightwave chief executive X' with the company, and keeps the title out of the label", () => {
    const ex = extract("Brightwave chief executive Tomas Reyes said the outage was over.");
    expect(ex.entities.find((e) => e.key === "person:tomas-reyes")?.label).toBe("Tomas Reyes");
    expect(claimsOf(ex, "affiliated-with").map((c) => c.target)).toEqual(["organization:brightwave"]);
  });

  it("reads a possessive body before the title ('X, Coldfjord's technical director')", () => {
    expect(
      affiliationsOf(
        "Whether it was them we cannot say, said Ines Berg, Coldfjord's technical director, on Monday.",
        "person:ines-berg",
      ),
    ).toEqual(["organization:coldfjord"]);
  });

  it("gives a researcher the firm they work at, never their nationality", () => {
    expect(
      affiliationsOf(
        "Lina Park, a Canadian security researcher at Coldfjord Labs, said the code was reused.",
        "person:lina-park",
      ),
    ).toEqual(["organization:coldfjord-labs"]);
  });

  it("finds a body introduced with its short form again by that short form ('INSA's deputy director')", () => {
    const ex = extract(
      "ADDIS ABABA - The Information Network Security Administration (INSA) said Egyptian hackers defaced a site. " +
        '"It was political," INSA\'s deputy director general, Tigist Alemu, told reporters.',
    );
    const body = ex.entities.find((e) => e.label === "Information Network Security Administration");
    expect(body?.type).toBe("agency");
    expect(hasClaim(ex, "affiliated-with", "person:tigist-alemu", body!.key)).toBe(true);
  });

  it("reads a body's initials in a title as the body the article named ('SPGS spokeswoman X')", () => {
    for (const [text, person, label] of [
      [
        "Moldova's State Protection and Guard Service said on Monday its servers were attacked. SPGS spokeswoman Elena Rusu told reporters the attack had been contained.",
        "person:elena-rusu",
        "State Protection and Guard Service of Moldova",
      ],
      [
        'The Ghana Revenue Authority confirmed the breach on Friday. "Taxpayer data is safe," GRA spokesman Kwame Boateng said.',
        "person:kwame-boateng",
        "Revenue Authority",
      ],
    ]) {
      const ex = extract(text!);
      const body = ex.entities.find((e) => e.label === label);
      expect(body?.type).toBe("agency");
      expect(
        claimsOf(ex, "affiliated-with")
          .filter((c) => c.source === person)
          .map((c) => c.target),
      ).toEqual([body!.key]);
      expect(ex.entities.some((e) => e.type === "organization")).toBe(false);
    }
  });

  it("closes the firm's name after 'at' where the title goes on in lower case ('at X based in Y')", () => {
    expect(
      affiliationsOf(
        "The malware was new, said Dana Whitlow, a threat analyst at Kestrelpoint Intelligence based in Nairobi.",
        "person:dana-whitlow",
      ),
    ).toEqual(["organization:kestrelpoint-intelligence"]);
    expect(
      affiliationsOf(
        "The code was reused, according to Priya Raman, a malware researcher at Tidewater Security in Singapore.",
        "person:priya-raman",
      ),
    ).toEqual(["organization:tidewater-security"]);
  });

  it("reads the body after the name ('Assistant Minister X of the Ministry of Justice')", () => {
    const targets = affiliationsOf(
      "Peru said on Monday the intrusion was serious. Assistant Minister Carla Soto of the Ministry of Justice said so.",
      "person:carla-soto",
    );
    expect(targets).toContain("agency:peru-ministry-of-justice");
  });
});

describe("names after a title", () => {
  it("keeps a portfolio's last word out of the name and a particle in it", () => {
    const ex = extract(
      "Minister of Government Communication Faisal al-Khatib said the attack came from abroad.",
    );
    expect(ex.entities.filter((e) => e.type === "person").map((e) => e.label)).toEqual(["Faisal al-Khatib"]);
  });

  it("reads a portfolio joined by 'and' as part of the title, not as a person ('Minister of X and Y, Z')", () => {
    for (const [text, label] of [
      [
        "The Minister of Culture and Heritage Preservation, Lucia Ferreyra, said the archive servers were back online.",
        "Lucia Ferreyra",
      ],
      [
        "Asked about the leak, the minister for tourism and Creative Industries, Tomas Aguirre, told the radio host that bookings were safe.",
        "Tomas Aguirre",
      ],
    ]) {
      const persons = extract(text!).entities.filter((e) => e.type === "person");
      expect(persons.map((e) => e.label)).toEqual([label]);
    }
  });

  it("reads 'The ICT Cabinet Secretary, X' as a title, not as a body named 'ICT Cabinet Secretary'", () => {
    const ex = extract(
      "Kenya's portal was attacked. The ICT Cabinet Secretary, Eliud Owalo, confirmed the attack.",
    );
    expect(ex.entities.some((e) => e.type === "agency" && /Secretary/.test(e.label))).toBe(false);
    expect(hasClaim(ex, "affiliated-with", "person:eliud-owalo", "state:kenya")).toBe(true);
  });
});

describe("lists of persons", () => {
  it("gives every person listed the office stated in the plural after the last ('all officers of X')", () => {
    const ex = extract(
      "The indictment names Yuri Adamov, Sergei Dmitrov and Pavel Fedin, all officers of the Federal Office for Information Security, and a fourth man, Oleg Ivanov.",
    );
    for (const person of ["person:yuri-adamov", "person:sergei-dmitrov", "person:pavel-fedin"])
      expect(hasClaim(ex, "affiliated-with", person, "agency:bsi")).toBe(true);
    expect(claimsOf(ex, "affiliated-with").some((c) => c.source === "person:oleg-ivanov")).toBe(false);
  });
});

describe("offices held for a state", () => {
  it("guesses no state for a legislator or a prosecutor whose title names none, but does for a minister", () => {
    for (const [text, person] of [
      [
        "Australia sent a team of responders to Port Moresby on Friday. Opposition MP Kila Baure called the response slow and asked why warnings had been ignored.",
        "person:kila-baure",
      ],
      [
        "Russia rejected the indictment as baseless. Assistant Attorney General Dana Kowalczyk said the officers would face trial if they ever travelled abroad.",
        "person:dana-kowalczyk",
      ],
      [
        "Ecuador's health portal went dark after a ransomware attack on Tuesday, and lawmakers demanded answers. Senator Lucia Ferrand called the outage a national embarrassment.",
        "person:lucia-ferrand",
      ],
    ])
      expect(affiliationsOf(text!, person!), text).toEqual([]);
    expect(
      affiliationsOf(
        "Ecuador's health portal went dark after a ransomware attack on Tuesday. Health Minister Lucia Ferrand said patient records were safe.",
        "person:lucia-ferrand",
      ),
    ).toEqual(["state:ecuador"]);
  });

  it("gives the ministry a portfolio title heads when the article names it, its state through the ministry", () => {
    const ex = extract(
      "Fiji's Department of Finance restored its payment system on Monday. Finance Minister Sela Vula said no money was lost.",
    );
    expect(
      claimsOf(ex, "affiliated-with")
        .filter((c) => c.source === "person:sela-vula")
        .map((c) => c.target),
    ).toEqual(["agency:fiji-department-of-finance"]);
    expect(hasClaim(ex, "part-of", "agency:fiji-department-of-finance", "state:fiji")).toBe(true);
  });

  it("names no state beside a ministry of that state, whichever way the title gives it", () => {
    for (const [text, person] of [
      [
        "Chile's Ministry of Energy said the grid operator's servers were wiped. Chilean Energy Minister Tomasa Orellana called it sabotage.",
        "person:tomasa-orellana",
      ],
      [
        "Chile's Ministry of Energy said on Sunday that two substations had gone dark. In a statement, the Minister of Energy, Tomasa Orellana, said help had been asked for.",
        "person:tomasa-orellana",
      ],
      [
        "Chile's energy ministry confirmed the outage late on Friday, hours after the attack began. Its spokeswoman, Marta Lillo, told reporters in Santiago that no data had been lost.",
        "person:marta-lillo",
      ],
    ]) {
      expect(affiliationsOf(text!, person!), text).toEqual(["agency:chile-ministry-of-energy"]);
    }
  });

  it("takes the state a head of government reports on ('Prime Minister X says Estonia has asked')", () => {
    expect(
      affiliationsOf(
        "Finland sent two experts. Prime Minister Jaan Kuusk says Estonia has asked its allies for support.",
        "person:jaan-kuusk",
      ),
    ).toEqual(["state:estonia"]);
  });

  it("gives the official speaking after a denial the denying state, even the one accused", () => {
    expect(
      affiliationsOf(
        "Britain accused Russia of the attack on Georgia's websites. Moscow rejected the accusations. " +
          "Deputy Foreign Minister Andrei Rudov said the claims were baseless.",
        "person:andrei-rudov",
      ),
    ).toEqual(["state:russia"]);
  });

  it("reads the body a relative clause says the person leads ('X, who heads the ...')", () => {
    const ex = extract(
      "Mohammad Rastin, who heads the Ports and Maritime Organization (PMO), said the attack failed.",
    );
    const body = ex.entities.find((e) => e.label === "Ports and Maritime Organization");
    expect(hasClaim(ex, "affiliated-with", "person:mohammad-rastin", body!.key)).toBe(true);
  });

  it("gives a summoned ambassador the state whose embassy the text just named", () => {
    expect(
      affiliationsOf(
        "The Chinese embassy in Lima called the report a smear. Peru summoned Ambassador Li Ming this morning.",
        "person:li-ming",
      ),
    ).toEqual(["state:china"]);
  });
});

describe("offices read from the text around the name", () => {
  it("gives 'Spokeswoman X' the ministry named in the sentence before", () => {
    expect(
      affiliationsOf(
        "In Moscow, the Russian foreign ministry dismissed the accusations. Spokeswoman Olga Petrova said the trip was routine.",
        "person:olga-petrova",
      ),
    ).toEqual(["agency:russia-ministry-of-foreign-affairs"]);
  });

  it("gives a ministry spokesperson no ministry of another portfolio named before, only the one of their title", () => {
    for (const [text, person, ministry] of [
      [
        "Russia's Ministry of Defence was named by the investigators. In Moscow, foreign ministry spokeswoman Irina Volkova called the report slander.",
        "person:irina-volkova",
        "agency:russia-ministry-of-foreign-affairs",
      ],
      [
        "Lebanon's finance ministry said salaries were delayed. In Beirut, interior ministry spokesman Karim Haddad said police were investigating.",
        "person:karim-haddad",
        "agency:lebanon-ministry-of-interior",
      ],
    ])
      expect(affiliationsOf(text!, person!)).toEqual([ministry]);
  });

  it("gives the accused state's spokesperson the ministry of the place named, not the accuser's", () => {
    expect(
      affiliationsOf(
        "Peru accused Colombia of the attack on its tax office. In Bogota, foreign ministry spokesman Jorge Soto called the charge absurd.",
        "person:jorge-soto",
      ),
    ).toEqual(["agency:colombia-ministry-of-foreign-affairs"]);
    // A capital that is also a person's name stands for its state in an article naming the state: never Peru's.
    expect(
      affiliationsOf(
        "Peru accused Chile of the attack on its tax office. In Santiago, foreign ministry spokesman Jorge Soto called the charge absurd.",
        "person:jorge-soto",
      ),
    ).toEqual(["agency:chile-ministry-of-foreign-affairs"]);
  });

  it("gives 'its director of communications, X' the body 'its' stands for", () => {
    expect(
      affiliationsOf(
        "The Central Bank of Nigeria (CBN) was attacked. The bank said in a statement by its acting director of corporate communications, Hauwa Bello, that no funds were lost.",
        "person:hauwa-bello",
      ),
    ).toEqual(["agency:nigeria-central-bank"]);
  });

  it("guesses no state for the president of a body it does not know ('Storting president X')", () => {
    const ex = extract(
      "OSLO - Norway blamed China. Storting president Tone Lien said the parliament had been breached.",
    );
    expect(claimsOf(ex, "affiliated-with").filter((c) => c.source === "person:tone-lien")).toEqual([]);
  });

  it("gives a person with no stated office no affiliation, whatever the dateline", () => {
    const ex = extract("LIMA - Maria Lopez said Russia was behind the attack on the port.");
    expect(claimsOf(ex, "affiliated-with")).toEqual([]);
  });
});

describe("a minister's name after a portfolio", () => {
  it("keeps the first name before a hyphenated surname or one opening with a particle", () => {
    const names = (text: string) =>
      extract(text)
        .entities.filter((e) => e.type === "person")
        .map((e) => e.label);
    expect(names("Minister of Foreign Affairs Rosalba Quispe-Lanza summoned the Chilean envoy.")).toEqual([
      "Rosalba Quispe-Lanza",
    ]);
    expect(names("Minister of Justice Ilse van Dorn said the ministry would respond.")).toEqual([
      "Ilse van Dorn",
    ]);
  });
});

describe("a minister holds office in the ministry of the portfolio the article names", () => {
  it("reads the one ministry of that portfolio when the title names no state", () => {
    expect(
      affiliationsOf(
        "Intruders also locked the Chilean health ministry out of its patient files. Speaking to a radio station, Health Minister Iván Ortuño promised the files would be back within a week.",
        "person:ivan-ortuno",
      ),
    ).toEqual(["agency:chile-ministry-of-health"]);
  });

  it("reads the portfolio of a second office the title joins ('Minister of State and Minister of X')", () => {
    expect(
      affiliationsOf(
        "Peru's foreign ministry issued a note. The note was signed by Minister of State and Minister of Foreign Affairs Ilse Varga.",
        "person:ilse-varga",
      ),
    ).toEqual(["agency:peru-ministry-of-foreign-affairs"]);
  });

  it("takes no other state's ministry for a minister speaking from another state", () => {
    expect(
      affiliationsOf(
        "Hackers hit Peru's finance ministry on Monday. In Chile, Finance Minister Iván Ortuño said his government would not lend Peru money.",
        "person:ivan-ortuno",
      ),
    ).not.toContain("agency:peru-ministry-of-finance");
  });

  it("keeps the state when the article names no ministry of that portfolio", () => {
    expect(
      affiliationsOf(
        "LA PAZ, 9 June 2025 (AP) - Bolivia said on Monday its customs agency was hit. Health Minister Iván Ortuño told lawmakers that hospitals had not been affected.",
        "person:ivan-ortuno",
      ),
    ).toEqual(["state:bolivia"]);
  });
});

describe("hyphenated given names", () => {
  it("keeps a given name's lower-case second syllable in the name, not a word joined by a hyphen", () => {
    const names = (text: string) =>
      extract(text)
        .entities.filter((e) => e.type === "person")
        .map((e) => e.label);
    expect(names("Deputy Minister Bae Seo-yun said the portal was restored.")).toEqual(["Bae Seo-yun"]);
    expect(names("Spokesman Olmo Wexford-led talks ended, said Minister Ilse Kessler.")).not.toContain(
      "Olmo Wexford-led",
    );
  });
});

describe("a title that follows 'of State for', or ends in a comma before the name", () => {
  const persons = (text: string) =>
    extract(text)
      .entities.filter((e) => e.type === "person")
      .map((e) => `${e.label}: ${e.role ?? ""}`);

  it("reads 'Minister of State for X and Y' as the title of the name after it", () => {
    expect(
      persons(
        "Paraguay confirmed the breach on Friday. Minister of State for Water and Sanitation Olga Benitez told a radio station the pumps ran normally.",
      ),
    ).toEqual(["Olga Benitez: Minister of State for Water and Sanitation"]);
  });

  it("keeps every word after the title's comma in the name", () => {
    expect(
      persons(
        "Ghana's land registry went offline on Monday. “The titles are intact,” said the Minister of Lands and Housing, Esi Dankwa Boateng, in a statement.",
      ),
    ).toEqual(["Esi Dankwa Boateng: Minister of Lands and Housing"]);
  });
});

describe("offices stated by a verb of serving, and shared over a list", () => {
  it("reads an office stated by 'serve in', 'work for' or 'work at' for every person listed before it", () => {
    for (const text of [
      "The court heard that Ivan Petrov, Maria Lopez and John Carter, all thought to be serving with the BSI, had rented the servers.",
      "According to the filing, the servers were rented by Ivan Petrov, Maria Lopez and John Carter, who the filing says work at the BSI.",
    ])
      for (const person of ["person:ivan-petrov", "person:maria-lopez", "person:john-carter"])
        expect(affiliationsOf(text, person), text).toEqual(["agency:bsi"]);
  });

  it("ends the office before a second predicate of the relative clause", () => {
    const ex = extract(
      "Ivan Petrov, who works for the BSI and has rented servers in Peru, was named on Monday.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:ivan-petrov", "agency:bsi")).toBe(true);
    expect(claimsOf(ex, "affiliated-with").some((c) => c.target === "state:peru")).toBe(false);
  });

  it("gives no office for working with a body, and no role from the verb", () => {
    expect(
      affiliationsOf("Maria Lopez, who has worked with the BSI for years, said so.", "person:maria-lopez"),
    ).toEqual([]);
    const ex = extract("Ivan Petrov, who works for the BSI, said the logs were wiped.");
    expect(ex.entities.find((e) => e.key === "person:ivan-petrov")?.role).toBeUndefined();
  });

  it("gives a plural title before a list to every person listed ('two X officers, A and B')", () => {
    const text = "Prosecutors charged two BSI officers, Ivan Petrov and John Carter, with fraud.";
    expect(affiliationsOf(text, "person:john-carter")).toEqual(["agency:bsi"]);
    expect(
      affiliationsOf(
        "Prosecutors charged a BSI officer, Ivan Petrov, and John Carter with fraud.",
        "person:john-carter",
      ),
    ).toEqual([]);
  });
});

describe("a title owned by a body named in lower case ('the unit's commander, X')", () => {
  it("gives the office to the body of that name the article named before", () => {
    for (const [text, person, body] of [
      [
        "Prosecutors named Military Unit 48210 of the BSI. The unit's commander, Colonel Ivan Petrov, approved the raid.",
        "person:ivan-petrov",
        "agency:germany-military-unit-48210",
      ],
      [
        "Chile's central bank was hit. The bank's deputy governor, Rosa Diaz, said funds were safe.",
        "person:rosa-diaz",
        "agency:chile-central-bank",
      ],
      [
        "Hackers reached the Malawi Telecommunications Authority on Friday. Sita Rai, the authority's chairperson, told lawmakers the billing data was intact.",
        "person:sita-rai",
        "agency:malawi-telecommunications-authority",
      ],
    ])
      expect(affiliationsOf(text!, person!), text).toEqual([body]);
  });
});

describe("a body standing after a title at the end of an entry", () => {
  it("affiliates 'X, Head of Communications, Ministry of Y' (a sign-off) with the ministry", () => {
    const ex = extract(
      "GABORONE - The Ministry of Transport and Public Works said its booking portal was restored on Friday.\n\n" +
        "Enquiries: Ms Neo Kgosi, Head of Communications, Ministry of Transport and Public Works",
    );
    expect(
      claimsOf(ex, "affiliated-with")
        .filter((c) => c.source === "person:neo-kgosi")
        .map((c) => c.target),
    ).toEqual([expect.stringMatching(/ministry-of-transport-and-public-works$/)]);
  });

  it("does not take a body the sentence goes on about ('X, a spokesman, Ministry Y said ...' stays apart)", () => {
    const ex = extract(
      "Anna Holt, a lawyer, said the Ministry of Transport had been warned twice about the flaw.",
    );
    expect(
      claimsOf(ex, "affiliated-with").filter(
        (c) => c.source === "person:anna-holt" && /ministry/.test(c.target),
      ),
    ).toEqual([]);
  });
});

describe("an unqualified title after a sentence about the accused side", () => {
  it("does not give 'Defence Minister X' the sponsor of the group just accused, but the dateline's state", () => {
    const ex = extract(
      "SOFIA - Prosecutors said the attack on the Varna port authority was carried out by APT29. " +
        "Russia has ignored every request to hand the officers over. " +
        "Defence Minister Plamen Ivanov said the charges were overdue.",
    );
    expect(
      claimsOf(ex, "affiliated-with")
        .filter((c) => c.source === "person:plamen-ivanov")
        .map((c) => c.target),
    ).toEqual(["state:bulgaria"]);
  });
});
