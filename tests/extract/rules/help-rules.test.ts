/** One block per help rule of `CLAIM_RULES`, each with its own invented sentences. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../helpers";

const wire = (body: string) => `LA PAZ, 9 June 2025 (AP) - ${body}`;
const attacked = "A ransomware attack hit Bolivia's customs agency last week. ";

describe("request rule", () => {
  it("reads the requester from its own sentence, not from a heading ending in 'in'", () => {
    const ex = extract(
      "Partners step in\n\nLatvia, which joined NATO in 2004, asked the alliance for help on Monday.",
    );
    expect(hasClaim(ex, "requested-help", "state:latvia", "organization:nato")).toBe(true);
  });

  it("reads 'asked X for assistance' and 'sought help from X'", () => {
    const asked = extract(wire(`${attacked}Bolivia asked France for technical assistance.`));
    expect(hasClaim(asked, "requested-help", "state:bolivia", "state:france")).toBe(true);
    const sought = extract(wire(`${attacked}Bolivia has sought help from the BSI.`));
    expect(hasClaim(sought, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
  });

  it("reads an appeal to an alliance", () => {
    const ex = extract(wire(`${attacked}Bolivia appealed to the European Union for support.`));
    expect(hasClaim(ex, "requested-help", "state:bolivia", "organization:european-union")).toBe(true);
  });
});

describe("offer rule", () => {
  it("reads 'stands ready to assist X' with a pronoun subject as the speaker's offer", () => {
    const ex = extract(wire(`${attacked}Chile said it stands ready to assist Bolivia.`));
    expect(hasClaim(ex, "offered-help", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });

  it("reads 'offered to <do something>' as an offer to the attacked state, but not condolences", () => {
    const ex = extract(wire(`${attacked}Germany's BSI has offered to review the stolen backups.`));
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
    const condolences = extract(wire(`${attacked}Peru offered its condolences.`));
    expect(condolences.claims.some((c) => c.type === "offered-help")).toBe(false);
  });

  it("reads 'can provide assistance' and 'whose program offered training' (the owner offers)", () => {
    const can = extract(wire(`${attacked}Chile can provide assistance at short notice, its minister said.`));
    expect(hasClaim(can, "offered-help", "state:chile", "state:bolivia")).toBe(true);
    const whose = extract(
      wire(`${attacked}The talks included Peru, whose cyber program offered training to Bolivia.`),
    );
    expect(hasClaim(whose, "offered-help", "state:peru", "state:bolivia")).toBe(true);
  });

  it("takes 'an offer of help' for a noun, offering nothing on the subject's part", () => {
    const ex = extract(wire(`${attacked}Chile accepted an offer of help from Peru.`));
    expect(hasClaim(ex, "offered-help", "state:chile", "state:peru")).toBe(false);
  });

  it("reads 'offered X's help' as X's help given, not as help offered to X", () => {
    const ex = extract(
      wire(
        `${attacked}Two days later NATO offered the Cyber Coordination Centre's technical assistance in tracing the intruders.`,
      ),
    );
    const offers = claimsOf(ex, "offered-help");
    expect(offers.some((c) => c.target.includes("coordination"))).toBe(false);
    expect(hasClaim(ex, "offered-help", "organization:nato", "state:bolivia")).toBe(true);
  });
});

describe("deliver rule", () => {
  it("gives a team sent to a capital to that capital's state, not to a body a later clause works beside", () => {
    const ex = extract(
      `AMSTERDAM, 9 June 2025 (AP) - Hackers crippled the Dutch tax office's portal last week. Germany's BSI dispatched three engineers to Amsterdam on Monday and they now work alongside the Nationaal Cyber Security Centrum.`,
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:netherlands")).toBe(true);
  });

  it("reads ', and it is helping' as the first clause's subject helping, and a ', helping X to' participle", () => {
    const hit = "Hackers crippled the Hai Phong Port Authority's cargo records last week. ";
    const it_ = extract(
      `HANOI, 9 June 2025 (AP) - ${hit}Germany's BSI flew four specialists in on Friday, and it is now helping the port authority to clean its servers.`,
    );
    expect(hasClaim(it_, "assisted", "agency:bsi", "agency:hai-phong-port-authority")).toBe(true);
    const participle = extract(
      `HANOI, 9 June 2025 (AP) - ${hit}Germany's BSI has kept four specialists in the city since Friday, helping the port authority to clean its servers.`,
    );
    expect(hasClaim(participle, "assisted", "agency:bsi", "agency:hai-phong-port-authority")).toBe(true);
  });

  it("helps no one when the name right after 'helping' was never resolved", () => {
    const ex = extract(
      wire(
        `${attacked}A minister said Chile's CSIRT is now helping Aduanex to replace the affected machines.`,
      ),
    );
    expect(claimsOf(ex, "assisted").some((c) => c.target === "state:bolivia")).toBe(false);
  });

  it("gives 'both of which have deployed teams' to the antecedents, helping whoever asked them in the sentence", () => {
    const asked = extract(
      wire(
        `Bolivia's grain board requested assistance from the BSI and Britain's NCSC, both of which have deployed engineers to Oruro, an aide said.`,
      ),
    );
    expect(claimsOf(asked, "requested-help").length).toBeGreaterThan(0);
    const requester = claimsOf(asked, "requested-help")[0]!.source;
    expect(hasClaim(asked, "assisted", "agency:bsi", requester)).toBe(true);
    expect(hasClaim(asked, "assisted", "agency:ncsc-uk", requester)).toBe(true);
    expect(hasClaim(asked, "assisted", requester, "agency:bsi")).toBe(false);
  });

  it("gives 'sent a team of X agents to <capital> to help' to the sender, the team's body and the state helped", () => {
    const ex = extract(
      wire(
        `${attacked}Germany has sent a team of BSI experts to La Paz to help Bolivia restore its systems.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "agency:bsi")).toBe(false);
  });

  it("reads the body, not its possessor state, as the helper ('Germany's BSI is helping Bolivia')", () => {
    // The part-of edge ties the BSI to Germany; the state helps only when it is the subject.
    const ex = extract(wire(`${attacked}Germany's BSI is helping Bolivia to restore the customs servers.`));
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(false);
    const subject = extract(wire(`${attacked}Germany has sent two BSI analysts to La Paz to help Bolivia.`));
    expect(hasClaim(subject, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });

  it("does not read help that is only promised, or 'supported by', as delivered", () => {
    const promised = extract(wire(`${attacked}France will send experts to Bolivia.`));
    expect(promised.claims.some((c) => c.type === "assisted")).toBe(false);
    const backed = extract(wire(`${attacked}The hackers were supported by Russia, Bolivia said.`));
    expect(backed.claims.some((c) => c.type === "assisted")).toBe(false);
  });
});

describe("team rule", () => {
  it("gives 'experts from A and B arrived in X' to each sender", () => {
    const ex = extract(wire(`${attacked}Experts from France and Germany arrived in Bolivia on Sunday.`));
    expect(hasClaim(ex, "assisted", "state:france", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });

  it("reads a body a possessive owns and its bracketed acronym ('from Germany's BSI (BSI) landed in')", () => {
    const ex = extract(
      wire(
        `${attacked}Investigators from Germany's Federal Office for Information Security (BSI) landed in Bolivia on Monday.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });
});

describe("deliver rule, help sent to a state whose body the sentence is about", () => {
  it("gives 'Germany, whose BSI sent two analysts to Bolivia' to the Bolivian body named first", () => {
    const ex = extract(
      wire(
        `${attacked}Bolivia's customs agency accepted help from Germany, whose BSI has sent two analysts to Bolivia.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:germany", "agency:bolivia-customs-agency")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
  });
});

describe("team-arrived rule", () => {
  it("makes the body or state qualifying the team the helper of whom 'to help' names, else of the place", () => {
    const ex = extract(
      wire(
        `${attacked}A German BSI "rapid response" team had arrived in Lima to help the Bolivian customs agency.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:peru")).toBe(false);
    const place = extract(
      wire(`${attacked}A US Cyber Command "hunt forward" team arrived in Bolivia on Monday.`),
    );
    expect(hasClaim(place, "assisted", "state:united-states", "state:bolivia")).toBe(true);
  });

  it("takes no helper from a clause before the team ('Chile said a team arrived')", () => {
    const ex = extract(wire(`${attacked}Chile said on Monday that a team had arrived in La Paz.`));
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });
});

describe("thanks rule", () => {
  it("reads 'X thanked Y for its help' as Y assisting X, never the other way", () => {
    const ex = extract(wire(`${attacked}Bolivia thanked Argentina for its help.`));
    expect(hasClaim(ex, "assisted", "state:argentina", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:bolivia", "state:argentina")).toBe(false);
  });

  it("reads the reason given as a verb ('for sending a team', 'which he said helped')", () => {
    const sent = extract(
      wire(`${attacked}Bolivia thanked the Peruvian Government for sending a team to La Paz.`),
    );
    expect(hasClaim(sent, "assisted", "state:peru", "state:bolivia")).toBe(true);
    const helped = extract(
      wire(`${attacked}The minister thanked Chile and Germany's BSI, which he said helped.`),
    );
    expect(hasClaim(helped, "assisted", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(helped, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("reads the whole list of the thanked past an aside, and whoever the team came from", () => {
    const listed = extract(
      wire(
        `${attacked}Bolivia thanked Chile's police, which it said had worked the case for months, and authorities in Peru, Ecuador and Germany for their assistance.`,
      ),
    );
    for (const helper of ["state:peru", "state:ecuador", "state:germany"])
      expect(hasClaim(listed, "assisted", helper, "state:bolivia")).toBe(true);
    const team = extract(wire(`${attacked}Bolivia thanked Germany for sending a team from the BSI.`));
    expect(hasClaim(team, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("takes the speaker of a quoted 'we', and guesses no thanker behind an unresolved 'it'", () => {
    const we = extract(wire(`${attacked}"We thank our friends in Chile for their help," Bolivia said.`));
    expect(hasClaim(we, "assisted", "state:chile", "state:bolivia")).toBe(true);
    const it = extract(
      wire(
        `${attacked}The operator's owner said it was "grateful to the Chilean authorities for their support".`,
      ),
    );
    expect(it.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });

  it("thanks no one for what is not help", () => {
    const ex = extract(wire(`${attacked}Bolivia thanked Chile for its patience on the border talks.`));
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });
});

describe("with-help rule", () => {
  it("makes the body in 'with help from Germany's BSI' help the clause's subject, its state helping the subject's", () => {
    const ex = extract(
      wire(`${attacked}Bolivia's customs agency restored its systems with help from Germany's BSI.`),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });

  it("reads no help delivered in a clause about the future ('will table a bill next year, with support from')", () => {
    const ex = extract(
      wire(`${attacked}Bolivia will table a cyber bill next year, with support from Chile.`),
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });

  it("gives help with no beneficiary named to the state hit by a cyber attack, not to an invaded one", () => {
    const ex = extract(
      wire(`${attacked}Officials recalled the invasion of Ukraine. Chile sent a team of experts on Friday.`),
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:chile", "state:ukraine")).toBe(false);
  });
});

// The wordings below replace the name-swapped dev-corpus sentences the held-out tests used to hold.
const uy = (body: string) => `MONTEVIDEO, 20 September 2021 (AFP) - ${body}`;

describe("hire rule", () => {
  it("reads 'called in the company X to examine' as X assisting the one who hired it", () => {
    const ex = extract(
      uy(
        "A ransomware attack struck the lender Banco Litoral on Friday. Banco Litoral called in the incident-response company Kestrel Forensics to examine its servers.",
      ),
    );
    const hirer = ex.entities.find((e) => e.label === "Banco Litoral")!.key;
    const hired = ex.entities.find((e) => e.label === "Kestrel Forensics")!.key;
    expect(hasClaim(ex, "assisted", hired, hirer)).toBe(true);
  });
});

describe("deliver rule, who helps and whom", () => {
  it("lets 'it' after a speaker be the speaker ('The BSI said it is assisting Uruguay')", () => {
    const ex = extract(
      uy("Hackers breached Uruguay's senate on Friday. The BSI said it was assisting Uruguay."),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:uruguay")).toBe(true);
  });

  it("gives the help to the speech clause's subject, not to a body in apposition to it", () => {
    const ex = extract(
      uy(
        "Hackers breached Uruguay's senate on Friday. The BSI, which answers to Germany's interior ministry, said it was assisting Uruguay.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:uruguay")).toBe(true);
    expect(ex.claims.filter((c) => c.type === "assisted" && c.target === "state:uruguay")).toHaveLength(1);
  });

  it("reads 'was cooperating with the company on the inquiry' as help to the company hit", () => {
    const ex = extract(
      uy(
        "A wiper attack struck the grain producer Agro Oriental on Friday. The BSI said it was working with the firm and police on the inquiry.",
      ),
    );
    const firm = ex.entities.find((e) => e.label === "Agro Oriental")!.key;
    expect(hasClaim(ex, "assisted", "agency:bsi", firm)).toBe(true);
  });

  it("reads help placed at a requester's disposal ('answers the request of X and puts Y at its disposal')", () => {
    const ex = extract(
      uy(
        "Hackers breached Uruguay's senate on Friday. Berlin answered the request of the Uruguayan authorities and made the BSI available to assist.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:uruguay")).toBe(true);
  });
});

describe("team and offer rules", () => {
  it("gives 'specialists from A, B and C flew to X' to each sender", () => {
    const ex = extract(
      uy(
        "After the attack on Uruguay's power grid, specialists from Brazil, Chile and Peru flew to Uruguay to help restore it.",
      ),
    );
    for (const sender of ["state:brazil", "state:chile", "state:peru"])
      expect(hasClaim(ex, "assisted", sender, "state:uruguay")).toBe(true);
  });

  it("reads 'remained committed to helping X' as an offer, not help given", () => {
    const ex = extract(
      uy("Brazil remained committed to helping Uruguay after the hack of Uruguay's power grid."),
    );
    expect(hasClaim(ex, "offered-help", "state:brazil", "state:uruguay")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:brazil", "state:uruguay")).toBe(false);
  });
});

describe("hire rule, passive", () => {
  it("reads 'X was called in to help Y's staff' as X assisting Y, and a bare 'to help' as help to the victim", () => {
    const named = extract(
      uy(
        "Hackers breached Uruguay's senate on Friday. Germany's BSI was called in to help the senate's IT staff.",
      ),
    );
    expect(hasClaim(named, "assisted", "agency:bsi", "agency:uruguay-senate")).toBe(true);
    const bare = extract(
      uy("Hackers breached Uruguay's senate on Friday. Germany's BSI was brought in to help."),
    );
    expect(hasClaim(bare, "assisted", "agency:bsi", "state:uruguay")).toBe(true);
  });

  it("reads nothing into a passive hire that is not help ('was hired to run the archive')", () => {
    const ex = extract(
      uy("Hackers breached Uruguay's senate on Friday. Germany's BSI was hired to run the archive."),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });
});

describe("deliver rule, the subject of a relative clause is its antecedent", () => {
  it("reads 'X, which sent experts to <capital>' and 'X (short form), which shared indicators with ...'", () => {
    const sent = extract(
      wire(`${attacked}Officials praised Germany's BSI, which sent three analysts to La Paz.`),
    );
    expect(hasClaim(sent, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    const shared = extract(
      `Government statement, 2 June 2025. ${attacked}Bolivia thanks its partners, among them the National Cyber Security Centre (NCSC) of the United Kingdom, which shared indicators of compromise with Bolivian investigators.`,
    );
    expect(hasClaim(shared, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(true);
  });

  it("reads 'X and Y, both of which have deployed teams' as help by each", () => {
    const ex = extract(
      wire(
        `${attacked}Chile and Peru, both of which have deployed teams to La Paz, are examining the malware.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:peru", "state:bolivia")).toBe(true);
  });

  it("reads 'X, which helped Y' with the one helped named in the clause", () => {
    const ex = extract(wire(`${attacked}Chile, which helped Peru after a 2023 attack, made no comment.`));
    expect(hasClaim(ex, "assisted", "state:chile", "state:peru")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });
});

describe("offer and request rules, through quotation marks", () => {
  it("reads 'said it \"stands ready to assist\"' with the reporting clause's subject as the one offering", () => {
    const ex = extract(
      wire(`${attacked}The Chilean government, for its part, said it "stands ready to assist" La Paz.`),
    );
    expect(hasClaim(ex, "offered-help", "state:chile", "state:bolivia")).toBe(true);
  });

  it("reads 'X is \"ready to provide assistance\" if Y asks' as an offer to Y", () => {
    const ex = extract(
      `PRESENTER: ${attacked}The embassy said Peru is "ready to provide technical assistance" if Bolivia asks.`,
    );
    expect(hasClaim(ex, "offered-help", "state:peru", "state:bolivia")).toBe(true);
  });

  it("reads 'asked X and Y for \"technical support\"' as a request to each", () => {
    const ex = extract(wire(`${attacked}Bolivia has asked Paris and Madrid for "urgent technical support".`));
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:france")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:spain")).toBe(true);
  });

  it("stops at the quotation's end: the speaker after it is not the one offered help", () => {
    const ex = extract(
      wire(
        `${attacked}"Our experts can provide assistance at short notice," Chilean minister Ana Soto wrote.`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "offered-help" && c.target.startsWith("person:"))).toBe(false);
  });
});

describe("received rule, help taken in from someone", () => {
  it("reads 'X has received indicators of compromise from Y' and 'obtained technical assistance from Y'", () => {
    const ex = extract(
      `Press release, 2 June 2025. ${attacked}Bolivia has already received indicators of compromise from the BSI.`,
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    const obtained = extract(
      wire(`${attacked}The Bolivian government obtained technical assistance from Chile.`),
    );
    expect(hasClaim(obtained, "assisted", "state:chile", "state:bolivia")).toBe(true);
  });

  it("reads neither an offer accepted nor threats received as help", () => {
    const offer = extract(wire(`${attacked}Bolivia accepted an offer of help from Chile.`));
    expect(hasClaim(offer, "assisted", "state:chile", "state:bolivia")).toBe(false);
    const threats = extract(wire(`${attacked}Bolivia received threats from Peru.`));
    expect(hasClaim(threats, "assisted", "state:peru", "state:bolivia")).toBe(false);
  });
});

describe("deliver rule, 'flew in' a team", () => {
  it("reads 'X's agency flew in a team' as help to the attacked state", () => {
    const ex = extract(wire(`${attacked}Germany's BSI flew in a three-person incident team on Sunday.`));
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
  });
});

describe("request rule, a body owned by a possessive", () => {
  it("reads 'asked X's agency for help' as a request to the agency, not its state", () => {
    const ex = extract(wire(`${attacked}Bolivia has asked Germany's BSI for technical help.`));
    expect(hasClaim(ex, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:germany")).toBe(false);
  });
});

describe("request rule, the subject a pronoun or relative clause refers to", () => {
  it("reads 'X said it had asked Y' and 'X, which ..., asked Y' as X's request", () => {
    const said = extract(
      wire(`${attacked}Bolivia said on Tuesday it had asked the European Union for technical help.`),
    );
    expect(hasClaim(said, "requested-help", "state:bolivia", "organization:european-union")).toBe(true);
    const relative = extract(
      wire(
        `${attacked}MINISTER: Yes. Bolivia, which has been hit twice this year, asked the BSI for assistance.`,
      ),
    );
    expect(hasClaim(relative, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
  });
});

describe("request-answered rule, an opening 'at the request of X'", () => {
  it("makes the main clause's subject the one asked", () => {
    const at = extract(
      wire(`${attacked}At the request of the Bolivian government, Chile has sent three analysts to La Paz.`),
    );
    expect(hasClaim(at, "requested-help", "state:bolivia", "state:chile")).toBe(true);
    const following = extract(
      `Press release, 2 March 2025. ${attacked}Following a request from Bolivia, Peru dispatched a team of engineers.`,
    );
    expect(hasClaim(following, "requested-help", "state:bolivia", "state:peru")).toBe(true);
    expect(hasClaim(following, "requested-help", "state:peru", "state:bolivia")).toBe(false);
  });
});

describe("deliver and hire rules, passive help with a by-agent", () => {
  it("reads 'X was assisted by Y' and 'X, which was helped by A and B' as help by the agents", () => {
    const assisted = extract(wire(`${attacked}Bolivia was assisted by Germany's BSI during the recovery.`));
    expect(hasClaim(assisted, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(assisted, "assisted", "state:germany", "state:bolivia")).toBe(true);
    const relative = extract(
      wire(`${attacked}Bolivia, which was helped by Chile and Peru, restored its systems within a week.`),
    );
    expect(hasClaim(relative, "assisted", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(relative, "assisted", "state:peru", "state:bolivia")).toBe(true);
  });

  it("reads 'X was brought in by Y' the other way round: the hired helps the hirer", () => {
    const ex = extract(
      wire(
        `${attacked}Tarnwick Labs, a Canadian security firm, was brought in by Bolivia's customs agency in May.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "organization:tarnwick-labs", "agency:bolivia-customs-agency")).toBe(
      true,
    );
    expect(hasClaim(ex, "assisted", "agency:bolivia-customs-agency", "organization:tarnwick-labs")).toBe(
      false,
    );
  });

  it("reads a threat group backed by a state as no help", () => {
    const ex = extract(wire(`${attacked}APT29 was supported by Russia, the report said.`));
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });
});

describe("deliver rule, who helps when the subject is no name", () => {
  it("reads a state named before its body ('The UK National Cyber Security Centre has sent') as both helping", () => {
    const ex = extract(wire(`${attacked}The UK National Cyber Security Centre has sent experts to La Paz.`));
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:united-kingdom", "state:bolivia")).toBe(true);
  });

  it("reads a state's adjective and a service noun ('British intelligence had helped') as that state", () => {
    const ex = extract(wire(`${attacked}Bolivia said British intelligence had helped trace the attackers.`));
    expect(hasClaim(ex, "assisted", "state:united-kingdom", "state:bolivia")).toBe(true);
  });

  it("gives help reported with no one helped named to the reporting body from another state", () => {
    const ex = extract(
      `Live updates, 10:42 — ${attacked}Bolivia's customs agency said Germany's BSI had provided valuable support.`,
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
    const domestic = extract(
      wire(
        `${attacked}The BSI, part of Germany's interior ministry, said it was working with the affected firms.`,
      ),
    );
    // The BSI speaks for a body of its own state: it helps the state hit, not its ministry.
    expect(domestic.claims.some((c) => c.type === "assisted" && /interior/.test(c.target))).toBe(false);
  });
});

describe("help claims between two sides", () => {
  it("never makes a state help or offer help to its own body", () => {
    const ex = extract(
      wire(`${attacked}Germany has offered to pay for new servers, a German embassy official said.`),
    );
    expect(
      ex.claims.some(
        (c) => c.type === "offered-help" && c.source === "state:germany" && c.target !== "state:bolivia",
      ),
    ).toBe(false);
  });
});

describe("thanks rule, help at home", () => {
  it("gives a body thanked by an official of its own state to the official's body", () => {
    const ex = extract(
      wire(
        `${attacked}The customs agency's director, Rosa Quispe, thanked the Bolivian police, whose officers have worked on site since Sunday to restore the servers.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bolivia-police", "agency:bolivia-customs-agency")).toBe(true);
  });
});

describe("deliver rule, working together", () => {
  it("reads 'X has worked closely with Y' as X's help, or Y's when X is the side hit", () => {
    const foreign = extract(
      wire(`${attacked}Germany's BSI has worked closely with Bolivian authorities since the attack.`),
    );
    expect(hasClaim(foreign, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    const hit = extract(
      `BERLIN (dpa) - ${attacked}Bolivia has worked closely with the BSI since the attack, a German official told reporters.`,
    );
    expect(hasClaim(hit, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(hit, "assisted", "state:bolivia", "agency:bsi")).toBe(false);
  });
});

describe("with-help rule, help named as a noun", () => {
  it("reads 'with Chile's help', 'thanks to Peruvian support' and an opening 'Thanks to help from X,'", () => {
    const possessive = extract(wire(`${attacked}The customs agency restored its servers with Chile's help.`));
    expect(hasClaim(possessive, "assisted", "state:chile", "agency:bolivia-customs-agency")).toBe(true);
    const demonym = extract(
      wire(`${attacked}Bolivia recovered the data thanks to Peruvian support, the minister said.`),
    );
    expect(hasClaim(demonym, "assisted", "state:peru", "state:bolivia")).toBe(true);
    const opening = extract(
      `Radio Illimani, transcript. ${attacked}Thanks to help from Chile, Bolivia restored the customs servers within days.`,
    );
    expect(hasClaim(opening, "assisted", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(opening, "assisted", "state:bolivia", "state:chile")).toBe(false);
  });
});

describe("thanks rule, credit and praise", () => {
  it("reads 'credited X with restoring' and 'praised X for its support' as X's help", () => {
    const credited = extract(
      wire(`${attacked}President Luis Arce credited Germany's BSI with restoring the servers.`),
    );
    expect(hasClaim(credited, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    const praised = extract(wire(`${attacked}Bolivia praised the BSI for its support.`));
    expect(hasClaim(praised, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("still reads 'grateful to X, whose team helped us'", () => {
    const ex = extract(
      wire(
        `${attacked}"We are grateful to Germany and its BSI, whose team helped us," the Bolivian minister said.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });
});

describe("received and team rules, more than one helper", () => {
  it("reads 'received X from A and from the UK's centre' as help by each, a state before its body with it", () => {
    const ex = extract(
      wire(
        `${attacked}Bolivia's customs agency received indicators from the BSI and from the UK National Cyber Security Centre.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bolivia-customs-agency")).toBe(true);
  });

  it("reads 'led the response together with experts from X' as X helping the subject's state", () => {
    const ex = extract(
      wire(`${attacked}Bolivia's customs agency led the response together with experts from Chile.`),
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(true);
  });

  it("takes no destination for the subject of a relative clause ('a team to La Paz, which worked with')", () => {
    const ex = extract(
      wire(
        `${attacked}Chile sent a team to La Paz, which worked with customs staff and the BSI to restore the servers.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:bolivia", "agency:bsi")).toBe(false);
  });
});

describe("thanks rule, direction", () => {
  it("takes the object of a second verb joined by 'and' for no one thanked", () => {
    const ex = extract(
      `QUITO (press release) - A ransomware attack hit Ecuador's social security institute last week. Ecuador thanks Chile and deploys specialists to Bolivia after the attack.`,
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:ecuador")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:bolivia", "state:ecuador")).toBe(false);
  });
});

describe("help with no one helped named, an attack whose target goes unnamed", () => {
  it("gives it to the state the article is about, never to the side that denies the attack", () => {
    const story =
      "OTTAWA, 4 May 2025 (Reuters) - Canada said on Monday that a cyber attack last month was the work of hackers working for China. Beijing denied any role. ";
    const offered = extract(`${story}The UK's National Cyber Security Centre offered its support.`);
    expect(hasClaim(offered, "offered-help", "agency:ncsc-uk", "state:canada")).toBe(true);
    expect(hasClaim(offered, "offered-help", "agency:ncsc-uk", "state:china")).toBe(false);
  });
});

// Help told from the other side: the one asked, the one quoted, the one behind an opening phrase.
const hn = (body: string) =>
  `TEGUCIGALPA, 14 May 2025 (EFE) - Hackers encrypted the servers of Honduras's tax authority on Sunday. ${body}`;

describe("request rule, passive: the subject is the one asked", () => {
  it("reads 'X was asked by Y to help' with Y asking X, and 'X has been asked' with no by-agent as the attacked state asking X", () => {
    const by = extract(hn("Costa Rica was asked by Honduras to help investigate the breach."));
    expect(hasClaim(by, "requested-help", "state:honduras", "state:costa-rica")).toBe(true);
    expect(hasClaim(by, "requested-help", "state:costa-rica", "state:honduras")).toBe(false);
    const bare = extract(hn("Germany's BSI has formally been asked for technical assistance."));
    expect(hasClaim(bare, "requested-help", "state:honduras", "agency:bsi")).toBe(true);
  });

  it("keeps active requests as they were ('Honduras asked Panama for support')", () => {
    const ex = extract(hn("Honduras asked Panama for support on Monday."));
    expect(hasClaim(ex, "requested-help", "state:honduras", "state:panama")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:panama", "state:honduras")).toBe(false);
  });
});

describe("received rule, a request received", () => {
  it("reads 'received a request for help from Y' as Y asking the subject, never as Y helping it", () => {
    const ex = extract(hn("Mexico said it had received a formal request for assistance from Honduras."));
    expect(hasClaim(ex, "requested-help", "state:honduras", "state:mexico")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:honduras", "state:mexico")).toBe(false);
  });
});

describe("help rules, the main clause after an opening phrase", () => {
  it("reads 'According to X, Y provided support' and 'In a call with X, Y offered help' with Y the helper", () => {
    const told = extract(hn("According to Honduras, Colombia provided forensic support after the breach."));
    expect(hasClaim(told, "assisted", "state:colombia", "state:honduras")).toBe(true);
    const talks = extract(hn("In a call with Honduras, the Dominican Republic offered technical help."));
    expect(hasClaim(talks, "offered-help", "state:dominican-republic", "state:honduras")).toBe(true);
    expect(hasClaim(talks, "offered-help", "state:honduras", "state:dominican-republic")).toBe(false);
  });
});

describe("help rules, an alliance naming its members", () => {
  it("makes the members after 'NATO allies' / 'fellow EU member' the helpers, not the alliance", () => {
    const allies = extract(hn("NATO allies Canada and Norway have sent response teams to Tegucigalpa."));
    expect(hasClaim(allies, "assisted", "state:canada", "state:honduras")).toBe(true);
    expect(hasClaim(allies, "assisted", "state:norway", "state:honduras")).toBe(true);
    expect(hasClaim(allies, "assisted", "organization:nato", "state:honduras")).toBe(false);
    const fellow = extract(hn("Fellow EU member Portugal pledged support for the tax authority."));
    expect(hasClaim(fellow, "offered-help", "state:portugal", "organization:european-union")).toBe(false);
    expect(fellow.claims.some((c) => c.type === "offered-help" && c.source === "state:portugal")).toBe(true);
  });
});

describe("team rule, who sent the team", () => {
  it("reads a body qualified by its state's adjective and a second body a possessive owns", () => {
    const ex = extract(
      wire(
        `${attacked}Investigators from the German Federal Office for Information Security and the UK's National Cyber Security Centre flew to La Paz to help Bolivia.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(true);
  });

  it("gives a team that arrived with no destination named to the state hit, and nothing with no attack", () => {
    const landed = extract(wire(`${attacked}A team from the BSI landed on Tuesday.`));
    expect(hasClaim(landed, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    const overnight = extract(wire(`${attacked}Engineers from Chile arrived overnight.`));
    expect(hasClaim(overnight, "assisted", "state:chile", "state:bolivia")).toBe(true);
    const fair = extract(wire("Experts from Chile arrived on Monday for the trade fair."));
    expect(fair.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("gives no help to officials arriving with no destination or purpose named", () => {
    const ex = extract(
      wire(`${attacked}Officials from the European Union arrived on Tuesday for long-planned trade talks.`),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("counts technicians, engineers and incident responders as a team sent", () => {
    const responders = extract(wire(`${attacked}Chile has dispatched three incident responders to La Paz.`));
    expect(hasClaim(responders, "assisted", "state:chile", "state:bolivia")).toBe(true);
    const technicians = extract(wire(`${attacked}Peru sent two of its own network technicians.`));
    expect(hasClaim(technicians, "assisted", "state:peru", "state:bolivia")).toBe(true);
  });
});

describe("deliver rule, working beside a partner's staff", () => {
  it("helps the company whose engineers the helper works alongside", () => {
    const ex = extract(
      wire(
        "Andes Telecom, a state-owned operator, lost its billing servers. Two BSI analysts worked alongside Andes Telecom engineers through the weekend, the ministry said.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "organization:andes-telecom")).toBe(true);
  });
});

describe("possessive-request rule", () => {
  it("reads 'at X's request' after the verb and opening the sentence", () => {
    const after = extract(wire(`${attacked}Chile deployed four specialists to La Paz at Bolivia's request.`));
    expect(hasClaim(after, "requested-help", "state:bolivia", "state:chile")).toBe(true);
    const opening = extract(wire(`${attacked}At Bolivia's urgent request, Peru sent a team of analysts.`));
    expect(hasClaim(opening, "requested-help", "state:bolivia", "state:peru")).toBe(true);
  });

  it("takes 'at its request' for the reporter's request, never the helper's", () => {
    const ex = extract(
      wire(`${attacked}Bolivia said Germany's BSI had sent two analysts to La Paz at its request.`),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "requested-help", "agency:bsi", "state:bolivia")).toBe(false);
  });

  it("reads no request for help in a request for something else", () => {
    const ex = extract(wire(`${attacked}Peru agreed, at Chile's request, to extradite the suspect.`));
    expect(ex.claims.some((c) => c.type === "requested-help")).toBe(false);
  });
});

describe("deliver rule, help stated as a team's work", () => {
  it("reads 'whose analysts have supported X' as help from every owner listed before the relative clause", () => {
    const ex = extract(
      wire(
        `${attacked}Bolivia's president praised the UK's National Cyber Security Centre and Chile, whose analysts have supported the customs agency since Tuesday.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:chile", "agency:bolivia-customs-agency")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bolivia-customs-agency")).toBe(true);
  });

  it("reads a possessor's analysts supporting a body, but no bare political support", () => {
    const analysts = extract(wire(`${attacked}Peru's analysts supported the customs agency.`));
    expect(hasClaim(analysts, "assisted", "state:peru", "agency:bolivia-customs-agency")).toBe(true);
    const backing = extract(wire(`${attacked}Chile supported the customs agency's budget request.`));
    expect(backing.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("reads no help in a team supporting a conclusion", () => {
    const ex = extract(
      wire(`${attacked}Chile's analysts supported the conclusion that Peru was behind the attack.`),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });
});

describe("thanks rule, a body thanking for itself", () => {
  it("gives the help to the body that thanks, or whose head thanks, not to its state", () => {
    const body = extract(
      wire(`${attacked}The Bolivian customs agency, in a short note, thanked Chile for its assistance.`),
    );
    const helped = body.claims.filter((c) => c.type === "assisted");
    expect(helped.map((c) => c.target)).toEqual(["agency:bolivia-customs-agency"]);
    const head = extract(
      wire(
        `${attacked}The director of Bolivia's customs agency, Rosa Quispe, thanked Chile's CSIRT for months of patient support.`,
      ),
    );
    expect(head.claims.filter((c) => c.type === "assisted").map((c) => c.target)).toEqual([
      "agency:bolivia-customs-agency",
    ]);
  });

  it("keeps a minister's thanks for the state, even where the ministry is named", () => {
    const ex = extract(
      wire(
        `${attacked}Bolivia's foreign ministry issued a statement. Foreign Minister Ana Mamani thanked Peru for its help.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:peru", "state:bolivia")).toBe(true);
  });

  it("guesses no thanker behind an 'I' with no speaker named", () => {
    const ex = extract(
      wire(`${attacked}"Tonight I thank Chile above all," read the note on the ministry door.`),
    );
    expect(ex.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });
});

describe("deliver rule, the one helped named by a definite description or 'it'", () => {
  const bank = "Hackers hit the Central Bank of Chile on Monday. ";
  it("reads 'the bank', 'the ministry', 'it' as the body the article named, not its state", () => {
    for (const text of [
      `${bank}Peru's national police were assisting the bank as it brought its ledgers back online.`,
      `${bank}By Wednesday Peru's national police had helped the bank bring its systems back.`,
      `${bank}Peru's national police are helping it restore the ledgers.`,
    ]) {
      const helped = extract(text).claims.filter((c) => c.type === "assisted");
      expect(
        helped.map((c) => `${c.source} -> ${c.target}`),
        text,
      ).toEqual(["agency:peru-police -> agency:chile-central-bank"]);
    }
  });

  it("reads 'the company' as the company the article spoke of last", () => {
    const ex = extract(
      "Intruders encrypted the servers of Tarvalo Energy, a power company, on Sunday. Chile's national police were helping the company restore its billing system.",
    );
    expect(hasClaim(ex, "assisted", "agency:chile-police", "organization:tarvalo-energy")).toBe(true);
  });

  it("keeps the state when the description names no body the article named", () => {
    const ex = extract(
      "Hackers hit Chile's tax portal on Monday. Peru's national police helped the government restore its systems.",
    );
    expect(hasClaim(ex, "assisted", "agency:peru-police", "state:chile")).toBe(true);
  });
});

describe("help rules, a body named by a head noun with modifiers, and 'want to'", () => {
  const hit = "Intruders wiped the servers of the Supreme Election Commission of Chile on Friday. ";
  it("reads a described body's last noun as its head: the body the article named", () => {
    const ex = extract(
      `${hit}Teams from Peru's national police have been assisting the national election commission with the recount since Sunday.`,
    );
    expect(claimsOf(ex, "assisted").map((c) => `${c.source} -> ${c.target}`)).toEqual([
      "agency:peru-police -> agency:chile-supreme-election-commission",
    ]);
  });

  it("takes the phrase's last noun, not a body noun modifying it ('the bank workers union')", () => {
    const ex = extract(
      "Hackers hit the Central Bank of Chile on Monday. Peru's national police helped the bank workers union restore its website.",
    );
    expect(hasClaim(ex, "assisted", "agency:peru-police", "agency:chile-central-bank")).toBe(false);
  });

  it("reads 'is currently working with' as help delivered", () => {
    const ex = extract(
      `${hit}Germany's BSI is currently working with Chile's election commission on the cleanup.`,
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:chile")).toBe(false);
    expect(claimsOf(ex, "assisted").some((c) => c.source === "agency:bsi")).toBe(true);
  });

  it("reads a described body that was not the one hit as the one asking ('The bank asked X')", () => {
    const ex = extract(
      "Hackers hit Chile's tax portal on Friday. The Central Bank of Chile said its systems were spared. The bank asked France for help anyway.",
    );
    expect(claimsOf(ex, "requested-help").map((c) => `${c.source} -> ${c.target}`)).toEqual([
      "agency:chile-central-bank -> state:france",
    ]);
  });

  it("takes 'wants to obtain help from X' (a verb of receiving) for a request", () => {
    const asks = extract(`${hit}The commission wants to obtain assistance from Brazil.`);
    expect(hasClaim(asks, "requested-help", "agency:chile-supreme-election-commission", "state:brazil")).toBe(
      true,
    );
  });

  it("reads 'are still providing', 'has already sent' with one adverb list", () => {
    const ex = extract(`${hit}Germany's BSI is still providing technical assistance to Chile.`);
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:chile")).toBe(true);
  });

  it("takes 'wants to reward X for its help' for thanks", () => {
    const thanks = extract(
      `${hit}The commission wants to reward Brazil for its assistance during the recount.`,
    );
    expect(claimsOf(thanks, "requested-help")).toEqual([]);
  });
});

describe("team rules, a team present on site", () => {
  it("reads 'were on site', 'has been on the ground' as help to the state hit", () => {
    for (const text of [
      wire(`${attacked}Engineers from Chile's national police were on site by Tuesday.`),
      wire(`${attacked}A team from Chile's national police has been on the ground since Friday.`),
      wire(`${attacked}Chile's national police engineers are already on site.`),
    ])
      expect(hasClaim(extract(text), "assisted", "agency:chile-police", "state:bolivia"), text).toBe(true);
  });

  it("reads 'had been at <body>' as help to that body, and a place that is no body as no help", () => {
    const body = extract(
      wire(`${attacked}A Chilean police team had been at the customs agency since Friday.`),
    );
    // The team's body helps the body; its state, the body's state.
    expect(new Set(body.claims.filter((c) => c.type === "assisted").map((c) => c.target))).toEqual(
      new Set(["agency:bolivia-customs-agency", "state:bolivia"]),
    );
    const summit = extract(
      wire(`${attacked}Chile's engineers were at the trade summit in La Paz on Monday.`),
    );
    expect(summit.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });
});

describe("with-help rule, working in cooperation with another side", () => {
  it("reads 'in cooperation with X' as X helping the side hit, whichever side is the subject", () => {
    const subjectHit = extract(
      wire(
        `${attacked}The customs agency restored its servers in close cooperation with Chile's national police.`,
      ),
    );
    expect(hasClaim(subjectHit, "assisted", "agency:chile-police", "agency:bolivia-customs-agency")).toBe(
      true,
    );
    const partnerHit = extract(
      wire(`${attacked}Chile's national police, in partnership with the customs agency, traced the servers.`),
    );
    expect(hasClaim(partnerHit, "assisted", "agency:chile-police", "agency:bolivia-customs-agency")).toBe(
      true,
    );
    expect(hasClaim(partnerHit, "assisted", "agency:bolivia-customs-agency", "agency:chile-police")).toBe(
      false,
    );
  });

  it("reads no help in cooperation on other business", () => {
    const ex = extract(
      wire(`${attacked}Chile signed a fisheries accord in cooperation with Peru on Monday.`),
    );
    expect(ex.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });

  it("reads no help between two sides working together against a third", () => {
    const ex = extract(
      wire(
        `${attacked}Argentina, in cooperation with Peru, has worked for years to weaken Chile, the minister said.`,
      ),
    );
    expect(ex.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });
});

describe("help with no one helped named never goes to the side behind the accused group", () => {
  it("offers nothing to the known sponsor of the group blamed, however often the article names it", () => {
    const ex = extract(
      "A cyberattack knocked out card payments on Monday. Investigators blamed APT29. Russia sells fertiliser, Russia buys lithium and Russia trains pilots. Germany's BSI has offered to help.",
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:russia")).toBe(false);
    expect(hasClaim(ex, "offered-help", "state:germany", "state:russia")).toBe(false);
  });

  it("offers nothing to the state of an accused body (a state agency blamed, not the state itself)", () => {
    const ex = extract(
      "A cyberattack knocked out card payments on Monday. Investigators blamed Belarus's State Security Committee. Belarus sells potash, Belarus buys grain and Belarus trains pilots. Germany's BSI has offered to help.",
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:belarus")).toBe(false);
    expect(hasClaim(ex, "offered-help", "state:germany", "state:belarus")).toBe(false);
  });

  it("still helps the state hit when one of its own bodies is named as the accused", () => {
    const ex = extract(
      "Hackers breached Bolivia's tax office on Monday. Prosecutors blamed Bolivia's customs agency for the leak. Bolivia buys grain, Bolivia sells tin. Germany's BSI has offered to help.",
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("does not take the state of an accused body as the one reporting help it received", () => {
    const ex = extract(
      "Hackers wiped the payroll servers of a Lithuanian bank in May. Vilnius blamed Belarus's State Security Committee. Belarus said the BSI had provided valuable support.",
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:belarus")).toBe(false);
  });

  it("still helps the victim whose own body denied a leak", () => {
    const ex = extract(
      "Hackers breached Bolivia's tax office on Monday. The tax office denied that any records were stolen. Germany's BSI has offered to help.",
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
  });
});

describe("help rules, 'the company' as the one asking or hiring", () => {
  it("reads a bare definite company noun as the company the article named last", () => {
    const asked = extract(
      "Ransomware hit Merrow Pipeline Ltd on Friday. By Sunday evening the company had asked the BSI for help with the cleanup.",
    );
    expect(hasClaim(asked, "requested-help", "organization:merrow-pipeline-ltd", "agency:bsi")).toBe(true);
    const operator = extract(
      "Hackers locked the billing system of Quarrytown Water Ltd in Chile. On Monday the operator asked the BSI for technical help.",
    );
    expect(hasClaim(operator, "requested-help", "organization:quarrytown-water-ltd", "agency:bsi")).toBe(
      true,
    );
  });

  it("does not read 'the company of' a body as that company", () => {
    const ex = extract(
      "Ransomware hit Merrow Pipeline Ltd on Friday. The company of engineers sent by Chile asked the BSI for help.",
    );
    expect(hasClaim(ex, "requested-help", "organization:merrow-pipeline-ltd", "agency:bsi")).toBe(false);
  });
});

describe("request rule, the helper after 'of' and the government asking", () => {
  it("reads 'requested the assistance of X' as a request to X", () => {
    const ex = extract(
      wire(`${attacked}Bolivia has formally requested the assistance of the BSI in the inquiry.`),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
  });

  it("takes no possessor whose own body went unnamed for the helper ('the support of Peru's Cyber Unit')", () => {
    const ex = extract(
      wire(`${attacked}Bolivia requested the support of Peru's Andean Cyber Unit on Monday.`),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:peru")).toBe(false);
    const named = extract(wire(`${attacked}Bolivia requested the support of Peru's cyber police on Monday.`));
    expect(claimsOf(named, "requested-help").map((c) => [c.source, c.target])).toEqual([
      ["state:bolivia", "agency:peru-cyber-police"],
    ]);
  });

  it("gives an unnamed government's request to the state hit, never to the state accused", () => {
    const accused = `${attacked}Investigators blamed Russia for the intrusion. `;
    const ex = extract(wire(`${accused}The government also asked Germany for technical help on Tuesday.`));
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:germany")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:russia", "state:germany")).toBe(false);
    const federal = extract(
      wire(`${accused}The Federal Government had already asked France for expert support.`),
    );
    expect(hasClaim(federal, "requested-help", "state:bolivia", "state:france")).toBe(true);
  });

  it("reads only a listed adjective or a capitalised word before 'authorities' as part of an unnamed government", () => {
    const accused = `${attacked}Investigators blamed Russia for the intrusion. `;
    const ex = extract(
      wire(
        `${accused}Across the border, the provincial authorities had asked Canada for help after the rains.`,
      ),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:canada")).toBe(false);
  });

  it("reads an unnamed government after any reporting verb of the lexicon, not only 'said'", () => {
    const accused = `${attacked}Investigators blamed Russia for the intrusion. `;
    const ex = extract(
      wire(`${accused}A spokesman confirmed the government had formally asked Japan for help.`),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:japan")).toBe(true);
  });
});

describe("thanks and deliver rules, a verb sharing the subject of the verb before 'and'", () => {
  it("reads 'X, in a statement, confirmed ... and thanked Y' as Y helping X, not X's state", () => {
    const ex = extract(
      wire(
        `${attacked}The Federal Office for Information Security, whose payroll files were lost, blamed a phishing email and thanked the NCSC warmly for its support.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(false);
  });
});

describe("first person in a press release: the issuer asks, thanks and is helped", () => {
  const release = (body: string) =>
    `PRESS RELEASE\n\nThe Federal Office for Information Security informs the public that a ransomware attack hit Bolivia's customs agency on 3 June 2025. ${body}`;
  it("reads 'We asked X for help' as the issuer's request", () => {
    const ex = extract(release("We also asked NATO for technical help on Tuesday."));
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:nato")).toBe(true);
  });
  it("reads 'asked for the support of our allies at X and Y' as a request to both", () => {
    const ex = extract(
      release("Late on Friday we asked for the support of our allies at NATO and the European Union."),
    );
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:european-union")).toBe(true);
  });
  it("reads 'We thank X, whose experts assisted our team' as X helping the issuer", () => {
    const ex = extract(
      release(
        "We thank the UK's National Cyber Security Centre, whose experts assisted our response staff in Sucre, for its quick work.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(false);
  });
  it("leaves a news story's 'we' alone", () => {
    const ex = extract(
      wire(
        "The Federal Office for Information Security said a ransomware attack hit Bolivia's customs agency on 3 June. We also asked NATO for technical help.",
      ),
    );
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:nato")).toBe(false);
  });
});

describe("request and offer rules, a team asked for or offered", () => {
  it("reads 'asked X for a response team' as a request and 'at the authorities' request' as the hit state's", () => {
    const team = extract(wire(`${attacked}Bolivia asked Germany's BSI for a rapid response team on Friday.`));
    expect(hasClaim(team, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
    const government = extract(
      wire(
        `${attacked}Three BSI engineers have been sent to La Paz, the BSI said, at the authorities' request.`,
      ),
    );
    expect(hasClaim(government, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
  });

  it("reads 'will send a team' as an offer of help, and 'will send a delegation' as none", () => {
    const team = extract(wire(`${attacked}Germany's BSI said it will send a team of forensic experts.`));
    expect(hasClaim(team, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
    const delegation = extract(
      wire(`${attacked}Germany's BSI said it will send a delegation to the summit.`),
    );
    expect(claimsOf(delegation, "offered-help")).toHaveLength(0);
  });
});

describe("thanks rule, thanks for an offer", () => {
  it("reads 'thanked X for its offer of help' and 'thanked X, which has offered training' as offers", () => {
    const reason = extract(
      wire(`${attacked}Bolivia thanked Germany's BSI for its generous offer of forensic help.`),
    );
    expect(hasClaim(reason, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(reason, "assisted", "agency:bsi", "state:bolivia")).toBe(false);
    const relative = extract(
      wire(`${attacked}Bolivia thanked NATO, which has offered training for its staff.`),
    );
    expect(hasClaim(relative, "offered-help", "organization:nato", "state:bolivia")).toBe(true);
    expect(hasClaim(relative, "assisted", "organization:nato", "state:bolivia")).toBe(false);
  });
});

describe("thanks rule, the offer words come from the lexicon's offer verbs", () => {
  it("reads a vow named as the reason as an offer", () => {
    const ex = extract(wire(`${attacked}Bolivia thanked Norway for its vow of funding for new firewalls.`));
    expect(hasClaim(ex, "offered-help", "state:norway", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:norway", "state:bolivia")).toBe(false);
  });
});

describe("thanks rule, an offer and help given as two reasons", () => {
  it("keeps 'assisted' beside the offer when another reason names help delivered", () => {
    const lent = extract(
      wire(
        `${attacked}Bolivia's president thanked Chile for its pledge to train auditors and for the servers it lent.`,
      ),
    );
    expect(hasClaim(lent, "offered-help", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(lent, "assisted", "state:chile", "state:bolivia")).toBe(true);
    const comma = extract(
      wire(
        `${attacked}In a letter, Bolivia thanked Spain for its offer of a mediator, and for the analysts it deployed.`,
      ),
    );
    expect(hasClaim(comma, "offered-help", "state:spain", "state:bolivia")).toBe(true);
    expect(hasClaim(comma, "assisted", "state:spain", "state:bolivia")).toBe(true);
  });
});

describe("deliver rule, a partner no one resolved", () => {
  it("reads 'has worked with Quorvant and a registrar' as no help to the state hit", () => {
    const ex = extract(
      wire(
        `${attacked}Since Monday the BSI has worked with Quorvant and a registrar to pull the servers offline.`,
      ),
    );
    expect(claimsOf(ex, "assisted")).toHaveLength(0);
  });
});

describe("thanks rule, 'we' on an agency's own advisory", () => {
  const advisory = (body: string) =>
    `ADVISORY 2025-14\n\nThe Federal Office for Information Security has looked into a ransomware attack on Bolivia's customs agency. ${body}`;
  it("reads 'We thank X for sharing indicators' as X helping the advisory's issuer, not the state hit", () => {
    const ex = extract(
      advisory(
        "We thank the UK's National Cyber Security Centre for sharing indicators of compromise with our analysts.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(false);
  });
  it("thanks no one on the issuer's behalf for a statement, nor for a quoted 'we'", () => {
    const statement = extract(
      advisory("We thank the UK's National Cyber Security Centre for its public statement."),
    );
    expect(statement.claims.some((c) => c.type === "assisted")).toBe(false);
    const quoted = extract(
      advisory(`"We thank the UK's National Cyber Security Centre for its help," a Bolivian minister said.`),
    );
    expect(hasClaim(quoted, "assisted", "agency:ncsc-uk", "agency:bsi")).toBe(false);
  });
  it("gives the issuer no 'we' that a speech tag closing the sentence hands to its speaker", () => {
    const tagged = extract(
      advisory(
        "We are grateful to Britain for the engineers it sent, a Bolivian minister told a radio station.",
      ),
    );
    expect(hasClaim(tagged, "assisted", "state:united-kingdom", "agency:bsi")).toBe(false);
  });
});

describe("thanks rule, 'we' on a news page", () => {
  it("takes no source opening the page as the writer of an unquoted 'we'", () => {
    const ex = extract(
      "NATO said on Monday that hackers hit the tax office of Estonia in May 2024. We thank Britain for its help, an Estonian minister told reporters.",
    );
    expect(hasClaim(ex, "assisted", "state:united-kingdom", "organization:nato")).toBe(false);
    expect(hasClaim(ex, "assisted", "state:united-kingdom", "state:estonia")).toBe(true);
  });
  it("takes no body that published a report first as the page's 'we'", () => {
    const ex = extract(
      "The European Commission released a yearly review of threats on Tuesday. Intruders broke into the land registry of Latvia in March 2025. We owe thanks to Finland for the quick support it gave.",
    );
    expect(hasClaim(ex, "assisted", "state:finland", "agency:european-commission")).toBe(false);
  });
});

describe("request rule, a request not made", () => {
  it("reads no request from 'had not asked' or 'hasn't asked', but one from 'asked'", () => {
    const hadNot = extract(wire(`${attacked}By Friday Bolivia had not asked NATO for any assistance.`));
    expect(hasClaim(hadNot, "requested-help", "state:bolivia", "organization:nato")).toBe(false);
    const hasnt = extract(wire(`${attacked}So far Bolivia hasn't asked the European Union to send experts.`));
    expect(hasClaim(hasnt, "requested-help", "state:bolivia", "organization:european-union")).toBe(false);
    const asked = extract(wire(`${attacked}On Friday Bolivia asked NATO for assistance with the case.`));
    expect(hasClaim(asked, "requested-help", "state:bolivia", "organization:nato")).toBe(true);
  });
});
describe("deliver rule, the staff of the one helped", () => {
  const hit = "Intruders wiped the servers of the National Cyber Security Centre in March 2025. ";
  it("reads 'helped X engineers restore' as help to X, whose staff do not help", () => {
    const ex = extract(wire(`${hit}Germany's BSI helped NCSC engineers rebuild the servers within a week.`));
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:ncsc-uk")).toBe(true);
  });
  it("still reads the body whose staff are sent as helping ('sent a team of X analysts')", () => {
    const ex = extract(wire(`${hit}Germany sent a team of BSI analysts to London to help the centre.`));
    expect(claimsOf(ex, "assisted").some((c) => c.source === "agency:bsi")).toBe(true);
  });
});
