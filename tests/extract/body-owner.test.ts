/** Whose public body an unqualified name is, read from the clause around it (invented sentences). */
import { describe, expect, it } from "vitest";
import { agencyCountry, extract } from "./helpers";

const countryOf = (text: string, label: RegExp) => agencyCountry(text, label);

describe("a body listed with other bodies of one state", () => {
  it("shares their state rather than the state the passage is set in", () => {
    expect(
      countryOf(
        "Ukraine said its grid was hit. Experts from the BSI and the Federal Office of Civil Protection flew to Kyiv in January.",
        /^Federal Office of Civil Protection/,
      ),
    ).toBe("state:germany");
  });

  it("reads a comma list of several bodies the same way", () => {
    expect(
      countryOf(
        "Officials in Kyiv welcomed the visit, the ministry said. Investigators from the BSI, the Federal Criminal Police Office, and the Federal Office of Civil Protection arrived on Monday.",
        /^Federal Office of Civil Protection/,
      ),
    ).toBe("state:germany");
  });

  it("gives no list owner when a state stands in the list", () => {
    expect(
      countryOf(
        "Poland, the BSI and the Federal Office of Civil Protection signed the memorandum.",
        /^Federal Office of Civil Protection/,
      ),
    ).not.toBe("state:germany");
  });
});

describe("a response team named after its owner's description", () => {
  it("belongs to the state of the body whose team it is", () => {
    expect(
      countryOf(
        "Ukraine said its grid was hit. The alert, issued by the BSI's industrial control systems team, ICS-CERT, named no culprit.",
        /^ICS-CERT$/,
      ),
    ).toBe("state:germany");
  });

  it("still takes a possessive state's name as the owner", () => {
    expect(
      countryOf(
        "Officials in Warsaw said so. The Netherlands' national response team, NL-CERT, issued a warning on Friday.",
        /^NL-CERT$/,
      ),
    ).toBe("state:netherlands");
  });
});

describe("a lower-case body with no owner in its phrase", () => {
  it("is not given the state behind the accused group because that state spoke last", () => {
    const owner = countryOf(
      "Estonia said on Monday that APT29 was behind the breach. Russia rejected the accusation as slander. Investigators are now working with the tax agency.",
      /^Tax Agency/,
    );
    expect(owner).not.toBe("state:russia");
    expect(owner).toBe("state:estonia");
  });

  it("keeps the accuser's state when the accuser spoke last", () => {
    expect(
      countryOf(
        "Moscow has denied involvement before. Finland blamed APT29 for the intrusion. A spokesman said the customs agency lost no data.",
        /^Customs Agency/,
      ),
    ).toBe("state:finland");
  });

  it("reads a transcript-style denial the same way", () => {
    expect(
      countryOf(
        "Q: Lithuania blamed Cozy Bear for the cyberattack on its ports last week. A: Russia has nothing to do with it. Q: So who hit the customs agency?",
        /^Customs Agency/,
      ),
    ).not.toBe("state:russia");
  });

  it("has no owner when the text names only the accused side's state", () => {
    const ex = extract(
      "A report blamed APT29 for the intrusion. Russia called the report baseless. The tax agency was hit days later.",
    );
    const body = ex.entities.find((e) => e.type === "agency" && /^Tax Agency/.test(e.label));
    expect(body).toBeDefined();
    expect(body!.country).toBeUndefined();
  });
});

describe("the state behind a group the article names", () => {
  it("does not own a body named after it, accused or not", () => {
    expect(
      countryOf(
        "Latvia has tracked APT29 for years. Moscow rarely comments on such reports. The customs agency said its portal was down.",
        /^Customs Agency/,
      ),
    ).toBe("state:latvia");
  });
});

describe("a company's name before a relative clause", () => {
  it.each([
    "Darkwater Labs, whose analysts were hired by the ministry, said the malware was new.",
    "According to Greyfen Security, which first spotted the intrusion, the attackers used stolen passwords.",
    "The report by Quillmere Systems said the servers had been wiped in March.",
  ])("is not a person: %s", (text) => {
    expect(extract(text).entities.filter((e) => e.type === "person")).toEqual([]);
  });

  it("still finds a person named beside the company", () => {
    const ex = extract("Maria Kovacs, an analyst at Darkwater Labs, said the malware was new.");
    expect(ex.entities.find((e) => e.type === "person")?.label).toBe("Maria Kovacs");
  });
});

describe("a body named again without its owner", () => {
  it("is the body of that name the article already placed, not the accused state's", () => {
    const ex = extract(
      "MANAMA (wire) - Intruders shut down the payment servers of Kuwait's customs service on Sunday. Officials said they believe Iran was behind the intrusion at the customs service, a charge Iranian diplomats denied.",
    );
    const bodies = ex.entities.filter((e) => e.type === "agency" && /^Customs Service/.test(e.label));
    expect(bodies.map((b) => b.country)).toEqual(["state:kuwait"]);
  });
});

describe("an owner written around a body's name", () => {
  it("gives a body written with no owner the state of the place after 'in'", () => {
    expect(
      countryOf(
        "A court filing says the intruders also read mail at the Bureau of Land Records in Windhoek.",
        /^Bureau of Land Records/,
      ),
    ).toBe("state:namibia");
  });

  it("gives an international body seated in a city no state ('the International Grain Council in London')", () => {
    const ex = extract(
      "Kenya said its grain data leaked. The breach began at the International Grain Council in London.",
    );
    const council = ex.entities.find((e) => e.label === "International Grain Council");
    expect(council?.type).toBe("organization");
    expect(ex.claims.some((c) => c.type === "part-of" && c.source === council?.key)).toBe(false);
  });

  it("gives the body after a relative 'whose' to the state it stands for", () => {
    expect(
      countryOf(
        "Officials in Windhoek credited Greece, whose National Coastal Centre traced the servers, with the arrest.",
        /^National Coastal Centre/,
      ),
    ).toBe("state:greece");
  });

  it("reads a state's name opening a body's name after another state's possessive as the body's topic", () => {
    const ex = extract("The leak is being examined by Greece's Cyprus Liaison Office.");
    const body = ex.entities.find((e) => e.type === "agency");
    expect(body).toMatchObject({
      label: expect.stringMatching(/^Cyprus Liaison Office/),
      country: "state:greece",
    });
  });

  it("makes no body of an office that speaks for one ('the Press Office', 'the Office of the Spokesperson')", () => {
    const ex = extract(
      "Namibia's tax portal was hacked, the Press Office said on Monday. The Office of the Spokesperson gave no details.",
    );
    expect(ex.entities.some((e) => /Press Office|Spokesperson/.test(e.label))).toBe(false);
  });
});

describe("a body whose owner follows its name", () => {
  it("keeps the owner and the bracketed short form in its mention, with the full name and the short form as aliases", () => {
    const ex = extract(
      "Investigators traced the leak to a server of the Pension Fund Authority of Lesotho (PFAL). PFAL says pensions were paid on time.",
    );
    const body = ex.entities.find((e) => e.type === "agency");
    expect(body?.country).toBe("state:lesotho");
    expect(body?.aliases).toEqual(expect.arrayContaining(["Pension Fund Authority of Lesotho", "PFAL"]));
    expect(body?.aliases.some((a) => a.includes("("))).toBe(false);
    expect(body?.mentions).toHaveLength(2);
  });
});

describe("a state named inside a body's own name", () => {
  it("owns the body rather than the state the passage spoke of", () => {
    expect(
      countryOf(
        "Thailand said on Friday it was investigating. Officials at the General Directorate of Paraguay Customs said the intrusion began in May.",
        /^General Directorate of Paraguay Customs/,
      ),
    ).toBe("state:paraguay");
  });

  it("owns it when the name opens with it, in a short wire sentence", () => {
    expect(
      countryOf(
        "Zambia summoned the envoy. The Royal Namibia Police said files were stolen.",
        /Namibia Police/,
      ),
    ).toBe("state:namibia");
  });

  it("does not make an international body the state's", () => {
    expect(
      countryOf(
        "Zambia summoned the envoy. The International Office for Namibia Refugees said files were stolen.",
        /International Office/,
      ),
    ).toBeUndefined();
  });
});

describe("a state named inside a body's name as what the body deals with", () => {
  it("does not own a committee on it or a centre for its studies", () => {
    expect(
      countryOf(
        "Zambia summoned the envoy. The Select Committee on Namibia said files were stolen.",
        /^Select Committee on Namibia/,
      ),
    ).not.toBe("state:namibia");
    expect(
      countryOf(
        "Zambia summoned the envoy. The Centre for Namibian Studies said files were stolen.",
        /^Centre for Namibian Studies/,
      ),
    ).not.toBe("state:namibia");
  });
});
