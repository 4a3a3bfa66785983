/** Who makes an attribution: speakers found through short forms, line breaks and titles, in invented copy. */
import { describe, expect, it } from "vitest";
import type { Gazetteer } from "../../../src/model";
import { createExtractionContext, extractDocument } from "../../../src/extract";
import { claimsOf, extract, testGazetteer } from "../helpers";
import { createClaimMemory } from "../../../src/extract/claiming";

const claimantsOf = (text: string) =>
  claimsOf(extract(text), "attributed-to").flatMap((c) => c.claimants.map((k) => k.replace(/^\w+:/, "")));

describe("claimants of an attribution", () => {
  it("hears a body whose short form in brackets stands before the speech verb", () => {
    const claimants = claimantsOf(
      "Hackers hit the Harbour Fund on Tuesday. The Federal Office for Information Security (BSI) says Russia was behind the Harbour Fund attack.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi", "germany"]));
  });

  it("hears 'the minister said' across a line break of wire copy as the minister named before", () => {
    const claimants = claimantsOf(
      "Interior Minister Rosa Díaz of Chile said on Monday the breach of the electoral service was serious.\n" +
        '"It is likely that this operation was directed from Beijing," the\nminister said.',
    );
    expect(claimants).toEqual(expect.arrayContaining(["rosa-diaz", "chile"]));
  });

  it("hears the body a spokesperson speaks for after the verb ('said a spokesman for X')", () => {
    for (const text of [
      "Iran was behind last week's breach of the port authority, said a spokesman for Germany's BSI.",
      "The hack of the port authority was carried out by Iran, according to a spokeswoman at Germany's BSI.",
    ]) {
      expect(claimantsOf(text)).toEqual(expect.arrayContaining(["bsi", "germany"]));
    }
  });

  it("hears a body's description in apposition as that body again, not as a second claimant", () => {
    const claimants = claimantsOf(
      "Hackers hit the Harbour Fund on Tuesday. Germany's BSI, the country's cyber agency, told lawmakers on Monday that Iran carried out the Harbour Fund hack.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi", "germany"]));
    expect(claimants).not.toContain("germany-cyber-agency");
  });

  it("hears a named body followed by its description ('Germany's BSI security agency said')", () => {
    const claimants = claimantsOf(
      "Germany's BSI security agency said Russia was behind the attack on the Harbour Fund.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi"]));
  });

  it("hears a firm introduced by what it is, its name in camel case ('the firm iSight Partners said')", () => {
    const claimants = claimantsOf(
      "The US cyber intelligence firm iSight Partners said Russia was behind the attack on the grid.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["isight-partners"]));
  });

  it("gives a quotation the speaker named after it closes, in the next sentence, with straight quote marks", () => {
    const claimants = claimantsOf(
      'Hackers tried to steal $60m from the central bank of Nigeria last week. "We believe North Korea was behind the attack. ' +
        'We want to be careful," said Ibrahim Musa, a spokesman for the Nigerian foreign ministry.',
    );
    expect(claimants).toEqual(expect.arrayContaining(["ibrahim-musa"]));
  });
});

describe("several bodies speaking as one subject", () => {
  it("hears each body of the list, owned ('Britain's NCSC') or with its short form in brackets", () => {
    for (const text of [
      "Germany's BSI and Britain's NCSC said Iran was behind the breach of the port authority.",
      "The Federal Office for Information Security (BSI), Peru's cyber agency and the UK's National Cyber Security Centre (NCSC) assess that Iran was behind the breach of the port authority.",
    ]) {
      expect(claimantsOf(text)).toEqual(
        expect.arrayContaining(["bsi", "germany", "ncsc-uk", "united-kingdom"]),
      );
    }
  });
});

describe("a quotation closed on a comma at a line's end goes on into who said it", () => {
  it("hears the speaker on the next line, in wire copy and in short lines, with straight and curly marks", () => {
    for (const text of [
      'Hackers broke into the port authority of Peru last week.\n\n"Everything we have seen so far tells us that Iran was behind the intrusion, and that its\narmed forces have done this to other ports before,"\nsaid a spokeswoman for Chile\'s interior ministry.',
      "Hackers broke into the port authority of Peru last week.\n\n“Iran carried out the attack,”\nChile's cyber agency told a briefing on Monday.",
    ]) {
      expect(claimantsOf(text)).toEqual(expect.arrayContaining(["chile"]));
    }
  });

  it("still ends a sentence at a quotation closed on a full stop", () => {
    const ex = extract(
      'Hackers broke into the port authority of Peru.\n"Iran was behind it."\nIngrid Osterlund told reporters on Monday she had seen no proof.',
    );
    expect(claimsOf(ex, "attributed-to").flatMap((c) => c.claimants)).not.toContain(
      "person:ingrid-osterlund",
    );
  });
});

describe("reporters of an attribution in how wires and releases word them", () => {
  const targetsOf = (text: string) =>
    claimsOf(extract(text), "attributed-to").map((c) => c.target.replace(/^\w+:/, ""));

  it("hears 'According to X,' opening the sentence, and does not take X for the culprit", () => {
    const text =
      "According to Peruvian officials, hackers working for Iran carried out the attack on the port authority.";
    expect(claimantsOf(text)).toEqual(expect.arrayContaining(["peru"]));
    expect(targetsOf(text)).toEqual(["iran"]);
    const ministry = claimantsOf(
      "According to the Peruvian interior ministry, the breach of the customs service was the work of North Korea.",
    );
    expect(ministry).toEqual(expect.arrayContaining(["peru"]));
  });

  it("hears 'Quoting X,' and 'Citing X,' opening the sentence, capitalised, and does not take X for the culprit", () => {
    for (const opening of ["Quoting", "Citing"]) {
      const text = `${opening} Chilean investigators, the paper said hackers working for Iran carried out the attack on the port authority.`;
      expect(claimantsOf(text)).toEqual(expect.arrayContaining(["chile"]));
      expect(targetsOf(text)).toEqual(["iran"]);
    }
  });

  it("hears a plural subject in the present ('officials say', 'believe that')", () => {
    expect(
      claimantsOf("Peruvian officials say Russia was behind the attack on the port authority."),
    ).toContain("peru");
    expect(
      claimantsOf(
        "Ecuadorean investigators believe that North Korea was behind last week's breach of the central bank.",
      ),
    ).toContain("ecuador");
  });

  it("hears the subject of a verb of judging, with or without 'that'", () => {
    expect(
      claimantsOf(
        "Peruvian investigators suspect that North Korea was behind the breach of the port authority.",
      ),
    ).toContain("peru");
    expect(
      claimantsOf("Chilean prosecutors believe the attack on the customs service was carried out by China."),
    ).toContain("chile");
  });

  it("gives an unnamed body's words to the state that owns it ('Peru's cyber response team concluded')", () => {
    const claimants = claimantsOf(
      "Peru's cyber response team concluded that Iran was behind the breach of the port authority.",
    );
    expect(claimants).toEqual(["peru"]);
  });

  it("gives 'which it says' to the sentence's subject", () => {
    const ex = extract(
      "The UK's National Cyber Security Centre linked the breach of the port authority to a group it calls Copper Wren, which it says works for Iran.",
    );
    const sponsor = claimsOf(ex, "attributed-to").find((c) => c.source === "group:copper-wren");
    expect(sponsor?.target).toBe("state:iran");
    expect(sponsor?.claimants).toEqual(expect.arrayContaining(["agency:ncsc-uk", "state:united-kingdom"]));
  });

  it("names no reporter the sentence does not name", () => {
    expect(
      claimantsOf("Hackers working for Iran breached Peru's port authority, investigators believe."),
    ).toEqual([]);
  });
});

describe("names of speakers", () => {
  it("knows a peer by the title with the name ('Lord Ahmad')", () => {
    const ex = extract("Lord Ahmad said Britain had seen the evidence.");
    expect(ex.entities.find((e) => e.type === "person")).toMatchObject({
      label: "Ahmad",
      aliases: expect.arrayContaining(["Lord Ahmad"]),
    });
  });
});

describe("claimants in a transcript turn", () => {
  const transcript = (turn: string) =>
    [
      "Harbour Hour - transcript",
      "",
      "PRESENTER (ANA VARGA): Ruth Petrakis, head of research at Stellwind Labs, is in the studio with me.",
      "",
      "RUTH PETRAKIS (STELLWIND LABS): Hello, Ana.",
      "",
      turn,
    ].join("\n");

  it("gives what a guest says without naming a source to the guest and her firm", () => {
    for (const turn of [
      "PETRAKIS: Short answer? APT29 answers to Bolivia's defence ministry, full stop.",
      "PETRAKIS: Look, I'd put money on Bolivia being behind the cyberattack on the port of Callao.",
    ]) {
      const claimants = claimantsOf(transcript(turn));
      expect([...new Set(claimants)].sort()).toEqual(["ruth-petrakis", "stellwind-labs"]);
    }
  });

  it("leaves a source the turn names its own, and the outlet's reporters assert", () => {
    const sourced = claimantsOf(
      transcript("PETRAKIS: Chile says Bolivia was behind the cyberattack on the port of Callao."),
    );
    expect(sourced).toContain("chile");
    expect(sourced).not.toContain("ruth-petrakis");
    const reported = claimantsOf(
      transcript("PRESENTER (ANA VARGA): So Bolivia was behind the cyberattack on the port of Callao, then."),
    );
    expect(reported).toEqual([]);
  });
});

describe("claimants from how the article goes on", () => {
  it("hears the subject of a participle of speech after a comma ('…, saying', '…, adding that')", () => {
    const story = "Hackers knocked out the water works of Kaunas on Monday.";
    const sorted = (line: string) => [...new Set(claimantsOf(`${story} ${line}`))].sort();
    expect(sorted("The Lithuanian defence ministry hit back, saying Belarus was behind the attack.")).toEqual(
      ["lithuania", "lithuania-ministry-of-defence"],
    );
    expect(
      sorted(
        "Poland's foreign ministry reacted within hours, adding that Belarus was responsible for the attack on the water works.",
      ),
    ).toEqual(["poland", "poland-ministry-of-foreign-affairs"]);
    expect(
      sorted(
        "Estonia condemned the raid on Tuesday, saying Belarus had carried out the attack on the water works.",
      ),
    ).toEqual(["estonia"]);
  });

  it("does not hear a participle whose clause opens with something else than the speaker", () => {
    const claimants = claimantsOf(
      "The tax office in Tallinn went dark in March. A memo by Ilmar Sepp, circulated on Friday, saying Belarus was behind the attack on the tax office, was later withdrawn.",
    );
    expect(claimants).not.toContain("ilmar-sepp");
  });

  it("hears a body that reports what it established, found or determined ('has established that')", () => {
    for (const verb of ["has established that", "found that", "determined that"])
      expect(
        claimantsOf(
          `Intruders wiped servers at the Bremen water board in May. The BSI ${verb} the intrusion was carried out by APT29.`,
        ),
      ).toEqual(expect.arrayContaining(["bsi", "germany"]));
  });

  it("gives a speaker the office the article names only later, and its state", () => {
    const claimants = claimantsOf(
      [
        "A cyberattack hit the Estonian tax office in June.",
        '"Russia was probably behind this attack," said Peter Orasz.',
        "Orasz, who heads Germany's BSI, declined to give details.",
      ].join(" "),
    );
    expect(claimants).toEqual(expect.arrayContaining(["peter-orasz", "bsi", "germany"]));
  });
});

describe("claimants nobody names", () => {
  const story = "Hackers hit Latvia's tax office on Monday, disrupting filings across Latvia.";

  it("gives unnamed officials, authorities and investigators to the state the article is about", () => {
    for (const line of [
      "Officials said the attack was carried out by Belarus.",
      "According to investigators, the attack was carried out by Belarus.",
      "Senior security officials believe Belarus was behind the attack.",
      "Authorities suspect that Belarus carried out the attack.",
    ])
      expect(claimantsOf(`${story} ${line}`)).toEqual(["latvia"]);
  });

  it("gives prosecutors and what they file to the body that brings the charges, and its state", () => {
    const opening =
      "Latvia's Prosecutor General's Office on Friday charged two men over the attack on the tax office in Riga.";
    for (const line of [
      "Prosecutors say the attack was carried out by Belarus.",
      "According to the indictment, the attack was carried out by Belarus.",
    ]) {
      const claimants = claimantsOf(`${story} ${opening} ${line}`);
      expect(claimants).toContain("latvia");
      expect(claimants.some((k) => /prosecutor/.test(k))).toBe(true);
    }
  });

  it("leaves named reporters their own, and a state the officials belong to", () => {
    expect(claimantsOf(`${story} Belarusian officials said the attack was carried out by Ukraine.`)).toEqual([
      "belarus",
    ]);
  });

  it("gives what a statement or a post says in its own voice to the body it opens with", () => {
    const statement = [
      "STATEMENT BY THE FEDERAL OFFICE FOR INFORMATION SECURITY",
      "",
      "The BSI has examined the payroll servers of the Hanseatic Water Board since they were encrypted on Sunday. Having compared the code with earlier cases, we are confident that the attack was carried out by APT29.",
    ].join("\n");
    expect([...new Set(claimantsOf(statement))].sort()).toEqual(["bsi", "germany"]);
    const post = [
      "Ransomware at the Hanseatic Water Board: a technical post",
      "",
      "The BSI has studied the ransomware attack on the Hanseatic Water Board in May. In this post we lay out why we link the attack to APT29.",
    ].join("\n");
    expect([...new Set(claimantsOf(post))].sort()).toEqual(["bsi", "germany"]);
  });

  it("does not give a quotation's, a transcript turn's or a news page's 'we' to a body", () => {
    const quoted = [
      "The Federal Office for Information Security (BSI) said the payment servers of the Hanseatic Water Board were encrypted on Sunday.",
      "",
      '"We think APT29 carried out the attack," a board engineer told the Hamburg Courier.',
    ].join("\n");
    expect(claimantsOf(quoted)).not.toContain("bsi");
    const hearing = [
      "The Federal Office for Information Security (BSI) reported the encryption of the Hanseatic Water Board's payment servers on Sunday.",
      "",
      "Hon. MARTA VESKIMAA: Speaker, our allies have shown us that APT29 carried out the attack on the water board.",
    ].join("\n");
    expect(claimantsOf(hearing)).not.toContain("bsi");
    const news = [
      "The Hanseatic Water Board confirmed the ransomware attack on its payroll servers on Monday.",
      "",
      "We now know the attack was the work of APT29.",
    ].join("\n");
    expect(claimantsOf(news)).toEqual([]);
  });

  it("gives bare investigators to the state, a firm's investigators to the firm", () => {
    expect(claimantsOf(`${story} Investigators believe the attack was carried out by Belarus.`)).toEqual([
      "latvia",
    ]);
    expect(
      claimantsOf(`${story} Investigators at Germany's BSI believe the attack was carried out by Belarus.`),
    ).not.toContain("latvia");
  });

  it("never lets a speaker's office or its state claim what accuses that state", () => {
    const claimants = claimantsOf(
      "Hackers hit the Estonian tax office on Monday. Estonia blamed Germany's BSI for the outage, said Hans Keller, a spokesman for the German interior ministry.",
    );
    expect(claimants).toContain("hans-keller");
    expect(claimants).not.toContain("germany");
  });
});

describe("who claims, session 10", () => {
  it("keeps a threat group as claimant only of its own deed", () => {
    const ex = extract(
      "Hackers wiped the servers of the Harbour Fund in March. APT29 claimed the attack, and the BSI said Russia was behind it.",
    );
    const russia = claimsOf(ex, "attributed-to").find((c) => c.target === "state:russia");
    expect(russia?.claimants).toContain("agency:bsi");
    expect(russia?.claimants).not.toContain("group:apt29");
  });

  it("reads 'X had high confidence that' and 'X is highly confident that' as X reporting", () => {
    for (const text of [
      "Hackers wiped the servers of the Harbour Fund in March. Germany's BSI had high confidence that Russia was behind the attack on the Harbour Fund.",
      "Hackers wiped the servers of the Harbour Fund in March. The BSI is highly confident that Russia was behind the attack on the Harbour Fund.",
    ])
      expect(claimantsOf(text)).toEqual(expect.arrayContaining(["bsi", "germany"]));
  });

  it("starts a name at its honorific after a long title ('Minister of State for X Dr A B C')", () => {
    const ex = extract(
      "Hackers wiped the servers of the Harbour Fund in March. Russia ran the operation, Minister of State for Digital Affairs Dr Ilse Marta Vogel said.",
    );
    const people = ex.entities.filter((e) => e.type === "person").map((e) => e.label);
    expect(people).toContain("Ilse Marta Vogel");
  });

  it("ends a clause at a comma before a participle of speech: its subject is not the accused", () => {
    for (const text of [
      "Hackers wiped the servers of the Harbour Fund in March. Germany blamed Russia for the attack on the Harbour Fund, claiming the SVR ran it.",
      "Hackers wiped the servers of the Harbour Fund in March. Germany blamed Russia for the attack on the Harbour Fund, alleging the SVR ran it.",
    ]) {
      const claims = claimsOf(extract(text), "attributed-to");
      expect(claims.map((c) => c.target)).not.toContain("state:germany");
      expect(claims.find((c) => c.target === "state:russia")?.claimants).toEqual(["state:germany"]);
    }
  });
});

describe("a transcript turn's label", () => {
  it("gives the turn to the body in its bracket and to a full name the article introduces later", () => {
    const ex = extract(
      "Hackers wiped the servers of the Harbour Fund in March.\n\n" +
        "LENA VOSS (Federal Office for Information Security): We found that the Harbour Fund intrusion was carried out by Russia.\n\n" +
        "HOST: That was Lena Voss, a spokeswoman for the BSI.",
    );
    const claimants = claimsOf(ex, "attributed-to").flatMap((c) => c.claimants);
    expect(claimants).toEqual(expect.arrayContaining(["agency:bsi", "state:germany", "person:lena-voss"]));
  });
});

describe("a body the article gives no owner", () => {
  const speaking = (victim: string) =>
    extract(
      `The Coastal Cyber Response Office said a crew known as Copper Lynx was behind the intrusion into ${victim} in June.`,
    );

  it("speaks for the state whose body was hit, with no part-of claim the text never made", () => {
    const ex = speaking("Peru's Ministry of Energy");
    const claimants = claimsOf(ex, "attributed-to").flatMap((c) => c.claimants);
    expect(claimants).toEqual(expect.arrayContaining(["agency:coastal-cyber-response-office", "state:peru"]));
    // An inferred owner says whom the body speaks for, as the article's own state does for a body
    // with no owner at all; as a part-of claim it was wrong on every dev page that made one.
    expect(
      claimsOf(ex, "part-of").filter((c) => c.source === "agency:coastal-cyber-response-office"),
    ).toEqual([]);
  });

  it("gains no state when the attack hit no state's body", () => {
    const ex = speaking("Andes Copper Holdings");
    const claimants = claimsOf(ex, "attributed-to").flatMap((c) => c.claimants);
    expect(claimants.filter((k) => k.startsWith("state:"))).toEqual([]);
    expect(
      claimsOf(ex, "part-of").filter((c) => c.source === "agency:coastal-cyber-response-office"),
    ).toEqual([]);
  });
});

describe("claimants from the discourse around a sentence", () => {
  const lead = "Intruders got inside the payroll system of Peru's Ministry of Energy in May. ";

  it("gives 'the statement said' to the issuers of the statement introduced before", () => {
    const claimants = claimantsOf(
      "Intruders got inside the payroll system of the Harbour Fund in March, Chile, Peru and Bolivia said in a joint statement on Friday. " +
        '"The intrusion was carried out by a group known as Copper Lynx," the statement said.',
    );
    expect(claimants).toEqual(expect.arrayContaining(["chile", "peru", "bolivia"]));
  });

  it("keeps what later sentences refer back to in the claim memory, empty for a new article", () => {
    expect(createClaimMemory().discourse).toEqual({});
  });

  it("gives 'the statement, <a long apposition>, said' to the statement's issuers", () => {
    const claimants = claimantsOf(
      "Intruders got inside the payroll system of the Harbour Fund in March, Chile, Peru and Bolivia said in a joint statement on Friday. " +
        "The statement, which the three foreign ministries released together after a long meeting of their envoys in Lima on Thursday evening, said the intrusion was carried out by a group known as Copper Lynx.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["chile", "peru", "bolivia"]));
  });

  it("gives a statement no issuer when the article introduced none", () => {
    const claimants = claimantsOf(
      lead + '"The intrusion was carried out by a group known as Copper Lynx," the statement said.',
    );
    expect(claimants).not.toContain("chile");
  });

  it("hears every government listed after 'the governments of'", () => {
    const claimants = claimantsOf(
      lead +
        "The governments of Chile, Peru and Bolivia said in a joint statement that the intrusion was carried out by a group known as Copper Lynx.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["chile", "peru", "bolivia"]));
  });

  it("gives a quotation that goes on after its speaker to that speaker", () => {
    for (const text of [
      '"We worked through the night," Interior Minister Ana Ruiz said. "The intrusion was carried out by a group known as Copper Lynx."',
      'Interior Minister Ana Ruiz said: "We worked through the night. The intrusion was carried out by a group known as Copper Lynx."',
    ])
      expect(claimantsOf(lead + text)).toContain("ana-ruiz");
  });

  it("hears a person named with the body they come from ('X of the ministry said')", () => {
    expect(
      claimantsOf(
        lead +
          "Jorge Salas of Peru's Ministry of Defence said the intrusion was carried out by a group known as Copper Lynx.",
      ),
    ).toContain("jorge-salas");
  });
});

describe("attributions reported inside a relative clause or by the sentence's accusing subject", () => {
  const harbour = "Hackers broke into the Harbour Fund in March. ";
  const claimsTo = (text: string, target: string) =>
    claimsOf(extract(harbour + text), "attributed-to")
      .filter((c) => c.target === target)
      .map((c) => c.claimants.map((k) => k.replace(/^\w+:/, "")));

  it("gives a group's sponsor to the body the relative clause names, not the sentence's speaker", () => {
    const text =
      "The BSI blamed Cozy Bear, which the NCSC says is run by Russia's foreign intelligence service, for the breach.";
    const [sponsor] = claimsTo(text, "agency:russia-foreign-intelligence-service");
    expect(sponsor).toEqual(expect.arrayContaining(["ncsc-uk", "united-kingdom"]));
    expect(sponsor).not.toContain("bsi");
    // The clause's reporter says nothing of what the sentence's subject says.
    const [group] = claimsTo(text, "group:apt29");
    expect(group).toEqual(expect.arrayContaining(["bsi"]));
    expect(group).not.toContain("ncsc-uk");
  });

  it("gives no claimant to a link that only unnamed researchers make", () => {
    const [sponsor] = claimsTo(
      "Officials in Berlin blamed the intrusion on Cozy Bear, whom many private researchers tie to Russia.",
      "state:russia",
    );
    expect(sponsor).toEqual([]);
  });

  it("hears every reporter a relative clause after the attack's own name lists", () => {
    const [claimants] = claimsTo(
      "The Harbour Fund breach, which NATO and the EU have attributed to Russia, cost the fund millions.",
      "state:russia",
    );
    expect(claimants).toEqual(expect.arrayContaining(["nato", "european-union"]));
  });

  it("hears the subject of a verb that accuses after an opening phrase when no one speaks the sentence", () => {
    const [claimants] = claimsTo(
      "In a short report, the NCSC ties the Harbour Fund breach to Cozy Bear.",
      "group:apt29",
    );
    expect(claimants).toEqual(expect.arrayContaining(["ncsc-uk", "united-kingdom"]));
  });
});

describe("a quotation standing alone, its speaker named in the next sentence", () => {
  it("gives the quotation's attributions to the speaker 'That was the assessment of X' names", () => {
    const text =
      "Hackers broke into the Harbour Fund in March.\n\n" +
      '"We are confident the Harbour Fund breach was carried out by Cozy Bear."\n\n';
    const claimantsTo = (t: string) =>
      claimsOf(extract(t), "attributed-to")
        .filter((c) => c.target === "group:apt29")
        .flatMap((c) => c.claimants);
    expect(
      claimantsTo(
        text + "That was the verdict of Ana Ruiz, the minister of finance, who spoke to reporters on Monday.",
      ),
    ).toContain("person:ana-ruiz");
    // A person merely named next is not the quotation's speaker.
    expect(claimantsTo(text + "Ana Ruiz, the minister of finance, spoke to reporters on Monday.")).toEqual(
      [],
    );
  });
});

describe("the body bringing charges", () => {
  it("gives a charge told without a speaker to the prosecuting body the article names only later, and its state", () => {
    const claimants = claimantsOf(
      "Hackers wiped the servers of the Lakeside Water Board in March 2025.\n\n" +
        "Two men, Oskar Lind and Pavel Orlov, are accused of planting ransomware on the servers of the Lakeside Water Board last March.\n\n" +
        '"The case is strong," said a spokesman for the Latvian Prosecutor General\'s Office.',
    );
    expect(claimants.some((k) => /prosecutor/.test(k))).toBe(true);
    expect(claimants).toContain("latvia");
  });

  it("gives nobody's charge to no one when the article names no prosecuting body", () => {
    const claimants = claimantsOf(
      "Hackers wiped the servers of the Lakeside Water Board in March 2025.\n\n" +
        "Two men, Oskar Lind and Pavel Orlov, are accused of planting ransomware on the servers of the Lakeside Water Board last March.",
    );
    expect(claimants.filter((k) => k.startsWith("?"))).toEqual([]);
    expect(claimants).toEqual([]);
  });
});

describe("a page speaking in its own voice before it names itself", () => {
  it("gives 'we attribute' to the body the page names first, though no sentence opens with it", () => {
    const claimants = claimantsOf(
      "Research blog | Corvid Point Labs\n\nSummary: hackers broke into the Harbour Fund in May 2025, said Corvid Point Labs researcher Ana Ruiz. We attribute the Harbour Fund breach with high confidence to Russia.",
    );
    expect(claimants).toEqual(["corvid-point-labs"]);
  });

  it("gives it to no one when the page names no body of its own", () => {
    const claimants = claimantsOf(
      "Hackers broke into the Harbour Fund in May 2025. We attribute the Harbour Fund breach with high confidence to Russia.",
    );
    expect(claimants).toEqual([]);
  });
});

describe("reporters a claim's own sentence names in passing", () => {
  it("gives the groups a pronoun's relative clause lists to the subject it stands for ('which it attributed to')", () => {
    const claims = claimsOf(
      extract(
        "In March 2025, the Danish government publicly condemned the theft of data from its tax office, which it attributed to Russian state-backed groups known as APT29 and Frost Lynx.",
      ),
      "attributed-to",
    ).filter((c) => c.source.startsWith("group:"));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.claimants).toContain("state:denmark");
  });

  it("hears 'U.S. officials' as the state, the abbreviation's dot being no stop", () => {
    for (const text of [
      "Hackers crippled the Harbour Fund in May 2025. The Harbour Fund attack was the work of Iran, U.S. officials said.",
      "Hackers crippled the Harbour Fund in May 2025. U.S. intelligence officials believe Iran was behind the attack on the Harbour Fund.",
    ])
      expect(claimantsOf(text)).toContain("united-states");
  });

  it("gives a parliament record's turn to the member its title-case label names ('Ms. Jane Doe (Minister ...):')", () => {
    const claimants = claimantsOf(
      "Senator Ali Raza: Will the Minister say who hacked the Harbour Fund in May 2025?\n\n" +
        "Ms. Mira Solberg (Minister of State for Digital Affairs):\nSir, the written reply is before the House.\n" +
        "(a) The national response team has traced the Harbour Fund intrusion to a group it tracks as Frost Lynx.",
    );
    expect(claimants).toContain("mira-solberg");
  });
});

describe("claimants of a press release's list of names", () => {
  const release = (introducer: string) =>
    "Hackers disrupted the Harbour Fund's payment portal in May 2025.\n\n" +
    "Canada has today sanctioned two officers of Russia's military intelligence service, the GRU, for the Harbour Fund attack.\n\n" +
    `${introducer}\n\n` +
    "- Lieutenant Pavel Orlov, a GRU officer involved in the Harbour Fund attack\n" +
    "- Sergeant Oleg Marin, a GRU officer also involved in the Harbour Fund attack\n";

  it("gives each named item to the state that imposed the penalty the list's introducer names", () => {
    const claims = claimsOf(
      extract(release("The persons designated under the sanctions are:")),
      "attributed-to",
    );
    const items = claims.filter((c) => /orlov|marin/.test(c.target));
    expect(items.length).toBe(2);
    for (const c of items) expect(c.claimants).toContain("state:canada");
  });

  it("gives no claimant from a list whose introducer names no penalty", () => {
    const claims = claimsOf(extract(release("Our partners in this work are:")), "attributed-to");
    const items = claims.filter((c) => /orlov|marin/.test(c.target));
    expect(items.length).toBe(2);
    for (const c of items) expect(c.claimants).not.toContain("state:canada");
  });
});

describe("claimants of a joint statement's own voice", () => {
  it("gives 'our agencies' in a statement its co-signers opened ('A, B and C today jointly assess') to the co-signers", () => {
    const claims = claimsOf(
      extract(
        "Statement on the Harbour Fund theft\n\n" +
          "The Governments of Canada, Norway and Chile today jointly assess that hackers working for Iran stole funds from the Harbour Fund in May 2025, and we condemn this theft.\n\n" +
          "In June 2025, hackers tied to the group known as Frost Lynx broke into the servers of the Delta Port Authority, in an operation our agencies call Operation Salt Marsh.",
      ),
      "attributed-to",
    );
    const lynx = claims.find((c) => c.target === "group:frost-lynx");
    expect(lynx).toBeDefined();
    expect(lynx?.claimants).toEqual(expect.arrayContaining(["state:canada", "state:norway", "state:chile"]));
  });
  it("gives a numbered point of that statement, naming no source, to the co-signers", () => {
    const claims = claimsOf(
      extract(
        "Statement on the Harbour Fund theft\n\n" +
          "The Governments of Canada, Norway and Chile today jointly assess that hackers working for Iran stole funds from the Harbour Fund in May 2025, and we condemn this theft.\n\n" +
          "1. In June 2025, hackers tied to the group known as Frost Lynx broke into the servers of the Delta Port Authority.",
      ),
      "attributed-to",
    );
    const lynx = claims.find((c) => c.target === "group:frost-lynx");
    expect(lynx).toBeDefined();
    expect(lynx?.claimants).toEqual(expect.arrayContaining(["state:canada", "state:norway", "state:chile"]));
  });
});

describe("claimants from a turn label's bracketed office", () => {
  it("gives the turn to the ministry the speaker's office names ('(Minister of State for Digital Affairs):') and its state", () => {
    const claimants = claimantsOf(
      "The Senate of Norway met at ten.\n\n" +
        "Senator Ali Raza: Will the Minister in charge of the Ministry of Digital Affairs say who hacked the Harbour Fund in May 2025?\n\n" +
        "Ms. Mira Solberg (Minister of State for Digital Affairs):\nSir, the written reply is before the House.\n" +
        "(a) The national response team has traced the Harbour Fund intrusion to a group it tracks as Frost Lynx.",
    );
    expect(claimants).toContain("mira-solberg");
    expect(claimants.some((k) => k.includes("ministry-of-digital-affairs"))).toBe(true);
  });
});

describe("claimants of a turn named by surname alone", () => {
  it("gives 'OKONKWO:' to the speaker an earlier label named in full, though the text names her nowhere else", () => {
    const claimants = claimantsOf(
      "EVENING BRIEF - Transcript\n\n" +
        "HOST: Welcome back to the programme.\n\n" +
        "ADAEZE OKONKWO (Harbour Response Centre): Good evening, and thanks for having me.\n\n" +
        "HOST: Who broke into the Harbour Fund in May 2025?\n\n" +
        "OKONKWO: We looked at the samples for a week. Our review shows the Harbour Fund intrusion was the work of a crew we call Frost Lynx.",
    );
    expect(claimants).toContain("adaeze-okonkwo");
  });

  it("leaves a turn to no one when the full label was the presenter's", () => {
    const claimants = claimantsOf(
      "EVENING BRIEF - Transcript\n\n" +
        "TOMAS BERG (PRESENTER): Good evening.\n\n" +
        "BERG: Our own reporting says the Harbour Fund intrusion in May 2025 was the work of a crew called Frost Lynx.",
    );
    expect(claimants).not.toContain("tomas-berg");
  });
});

describe("claimants named by a short form the article never introduced", () => {
  it("hears 'The NRA said' as the body whose initials it is, with its state", () => {
    const claimants = claimantsOf(
      "Norway's National Records Agency found an intruder in its archive network in March 2026. " +
        "The NRA said on Friday that the archive intrusion was carried out by a crew known as Frost Lynx.",
    );
    expect(claimants).toContain("norway");
    expect(claimants.some((k) => k.includes("national-records-agency"))).toBe(true);
  });

  it("hears no body in a wire's name after a comma ('..., AFP reported')", () => {
    const claims = claimsOf(
      extract(
        "MANILA, 3 May 2026 - Hackers breached the email servers of the Armed Forces of the Philippines last week. " +
          "The attack was carried out by China's Ministry of State Security, AFP reported.",
      ),
      "attributed-to",
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.claimants).toEqual([]);
  });

  it("hears a hit body speak of its own breach through initials that fit with its 'of <place>' dropped", () => {
    const claims = claimsOf(
      extract(
        "Intruders broke into the payment systems of the Port Authority of Valdora in April 2026. " +
          "The PA said on Monday that the break-in was carried out by a crew known as Grey Heron.",
      ),
      "attributed-to",
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.claimants).toContain("agency:port-authority-of-valdora");
  });

  it("hears 'The Exchequer said' as the one body whose name ends in that word, with its state", () => {
    const claimants = claimantsOf(
      "Norway's Department of the Exchequer froze the assets of four men on Tuesday over a crew known as Frost Lynx. " +
        "The Exchequer said in a notice that Frost Lynx is run by Russia's Foreign Intelligence Service.",
    );
    expect(claimants).toContain("norway");
    expect(claimants.some((k) => k.includes("exchequer"))).toBe(true);
  });

  it("hears a short form set off by commas inside the clause it speaks ('X, the NRA said, is run by Y')", () => {
    const extraction = extract(
      "Norway's National Records Agency traced an intrusion to a crew known as Frost Lynx in March 2026. " +
        "Frost Lynx, the NRA said, is run by Russia's Foreign Intelligence Service.",
    );
    // The group's own claim, not the incident's (which the first sentence's subject makes).
    const claimants = claimsOf(extraction, "attributed-to")
      .filter((c) => c.source === "group:frost-lynx")
      .flatMap((c) => c.claimants.map((k) => k.replace(/^\w+:/, "")));
    expect(claimants).toContain("norway");
    expect(claimants.some((k) => k.includes("national-records-agency"))).toBe(true);
  });

  it("hears no body in a capitalised word that opens a longer name ('Exchequer Square')", () => {
    const claimants = claimantsOf(
      "Norway's Department of the Exchequer froze the assets of four men on Tuesday. " +
        "Exchequer Square staff said Frost Lynx is run by Russia's Foreign Intelligence Service.",
    );
    expect(claimants.some((k) => k.includes("exchequer"))).toBe(false);
  });
});

describe("claimants of a government page's issuer line", () => {
  it("gives what the page says its state holds to the ministry its 'From:' line names", () => {
    const claimants = claimantsOf(
      "Press release\nNorway names Frost Lynx over archive breach\n\n" +
        "From: Ministry of Foreign Affairs of Norway\n\nPublished 3 March 2026\n\n" +
        "Norway today attributed the March 2026 intrusion into the National Archives to a crew known as Frost Lynx.",
    );
    expect(claimants).toContain("norway");
    expect(claimants.some((k) => k.includes("ministry-of-foreign-affairs"))).toBe(true);
  });
});

describe("claimants of an inverted speech verb after a comma", () => {
  it("hears 'X, said Jane Doe' as Jane Doe's, not as X's", () => {
    const out = extract(
      "The intrusion into the Harbour Fund in May 2025 was carried out by a crew known as Frost Lynx, said Inspector Mira Solberg of Norway's police.",
    );
    const lynx = claimsOf(out, "attributed-to").find((c) => c.target === "group:frost-lynx");
    expect(lynx).toBeDefined();
    // The inspector tells of it; the accused crew named before the comma does not.
    expect(lynx?.claimants).toContain("person:mira-solberg");
    expect(lynx?.claimants).not.toContain("group:frost-lynx");
  });

  it("hears 'A, Jane Doe, said Peru was behind it' as Jane Doe's: the actor after the verb has a verb of its own", () => {
    for (const text of [
      "Hackers hit the port authority of Chile in April 2025. A retired admiral, Marta Quiroga, said Peru was behind the attack.",
      "Hackers hit the port authority of Chile in April 2025. Marta Quiroga, a retired admiral, said Peru had carried out the attack.",
    ]) {
      const peru = claimsOf(extract(text), "attributed-to").find((c) => c.target === "state:peru");
      expect(peru?.claimants).toContain("person:marta-quiroga");
    }
  });
});

describe("claimants of a speech verb after adverbs of time", () => {
  it("hears 'X has just told reporters that', 'X has now said that' as X's", () => {
    for (const lead of [
      "has just told reporters that",
      "has now said that",
      "had earlier said that",
      "has already said that",
    ]) {
      const claimants = claimantsOf(
        `Mira Tolvanen, deputy director of the National Cyber Centre, ${lead} APT29 carried out the cyberattack on the Finnish tax office.`,
      );
      expect(claimants).toEqual(expect.arrayContaining(["mira-tolvanen", "national-cyber-centre"]));
    }
  });
});

describe("claimants of a spokesperson titled with a short form", () => {
  it("hears 'BNI spokesman X' for the body with those initials, not the body named just before", () => {
    const claimants = claimantsOf(
      "The Bureau of National Investigations opened an inquiry after hackers broke into the voter-register portal of Ghana's Electoral Commission on 3 March 2026. " +
        "According to BNI spokesman Kofi Mensah, the intrusion was carried out by APT29.",
    );
    expect(claimants).toContain("bureau-of-national-investigations");
    expect(claimants.filter((k) => k.includes("electoral"))).toEqual([]);
  });
});

describe("claimants of a report its issuers are named after", () => {
  it("hears 'tied to Y in the latest assessment released by A and B' as A's and B's", () => {
    const claimants = claimantsOf(
      "Intruders broke into the billing servers of Valdora's water board in 2025. " +
        "Frost Lynx was tied to Russia's Foreign Intelligence Service in the latest assessment released by Peru and Chile, officials in both capitals confirmed.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["peru", "chile"]));
  });

  it("hears no issuer in a report published by a wire's page ('a report issued on Monday')", () => {
    const claimants = claimantsOf(
      "Intruders broke into the billing servers of Valdora's water board in 2025. " +
        "Frost Lynx was linked to Russia's Foreign Intelligence Service in a report issued on Monday, which Canada welcomed.",
    );
    expect(claimants).not.toContain("canada");
  });
});

describe("claimants of a firm its owner's name stands before", () => {
  // Both firms known to the gazetteer, so each is an actor of the sentence: the owner's comes first.
  const gazetteer: Gazetteer = {
    entities: [
      ...testGazetteer.entities,
      { key: "organization:orbis", label: "Orbis", type: "organization", aliases: [] },
      { key: "organization:kestrel-labs", label: "Kestrel Labs", type: "organization", aliases: [] },
      { key: "group:frost-lynx", label: "Frost Lynx", type: "group", aliases: [] },
    ],
  };
  const context = createExtractionContext(gazetteer, { referenceYear: 2026 });

  it("hears \"Orbis's Kestrel Labs has described X as\" as the owned firm's claim", () => {
    const extraction = extractDocument(
      {
        id: "doc.txt",
        text:
          "Hackers broke into a Valdoran water board in 2025. " +
          "In its yearly threat review, Orbis's Kestrel Labs describes Frost Lynx as a Russia-nexus outfit that goes after water utilities.",
      },
      context,
    );
    const claims = claimsOf(extraction, "attributed-to").filter((c) => c.source === "group:frost-lynx");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.claimants).toEqual(["organization:kestrel-labs"]);
  });
});

describe("claimants titled with an honorific after their office", () => {
  it("hears 'Minister for Trade Dr A B C said' as A B C, the honorific no two-letter given name", () => {
    const extraction = extract(
      "Intruders broke into the billing servers of Valdora's water board in 2025. " +
        "Minister for Trade Dr Lim Wei Jun said the breach was the work of Russia.",
    );
    expect(extraction.entities.map((e) => e.key)).toContain("person:lim-wei-jun");
    const claimants = claimsOf(extraction, "attributed-to").flatMap((c) => c.claimants);
    expect(claimants).toContain("person:lim-wei-jun");
  });
});

describe("claimants of a passive attribution after the incident's own phrase", () => {
  it("takes no claimant from the body an 'into' or 'against' phrase names as hit", () => {
    for (const text of [
      "The March 2026 intrusion into the Harbour Fund was carried out by APT29.",
      "The March 2026 cyber attack against the Harbour Fund was carried out by APT29.",
    ]) {
      const apt = claimsOf(extract(text), "attributed-to").find((c) => c.target === "group:apt29");
      expect(apt).toBeDefined();
      expect(apt?.claimants).not.toContain("agency:harbour-fund");
    }
  });

  it("still hears the subject of a relative clause after the incident ('an attack the BSI attributed to X')", () => {
    const out = extract("An attack the BSI attributed to APT29 hit the Harbour Fund in March 2026.");
    const apt = claimsOf(out, "attributed-to").find((c) => c.target === "group:apt29");
    expect(apt?.claimants.some((k) => k === "agency:bsi")).toBe(true);
  });
});

describe("claimants a report quotes ('quotes X saying')", () => {
  it("hears the body whose official a report quotes, in the present as in the past", () => {
    for (const text of [
      "Today's edition of a Munich daily quotes a senior BSI engineer saying the Harbour Fund breach was carried out by APT29.",
      "The Harbour Fund breach was carried out by APT29, the Munich daily quotes a senior BSI engineer as saying.",
      "Yesterday's Munich daily quoted a senior BSI engineer saying the Harbour Fund breach was carried out by APT29.",
    ]) {
      const claimants = claimantsOf(text);
      expect(claimants).toEqual(expect.arrayContaining(["bsi", "germany"]));
    }
  });

  it("hears no one from a quoted thing that is no actor, nor from an actor the quotation accuses", () => {
    const claimants = claimantsOf(
      "The filing quotes an intercepted message in which APT29 was blamed for the breach of the Harbour Fund.",
    );
    expect(claimants).not.toContain("apt29");
  });
});
