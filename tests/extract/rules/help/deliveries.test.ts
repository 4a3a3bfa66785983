/** The deliver rule (rules/help/deliveries.ts): help given, sent or worked at, with invented sentences. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../../helpers";
import { wire, attacked, uy } from "./stories";

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

describe("deliver rule, 'flew in' a team", () => {
  it("reads 'X's agency flew in a team' as help to the attacked state", () => {
    const ex = extract(wire(`${attacked}Germany's BSI flew in a three-person incident team on Sunday.`));
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
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
  it("reads a state named before its own body ('The UK National Cyber Security Centre has sent') as its owner: the body helps", () => {
    const ex = extract(wire(`${attacked}The UK National Cyber Security Centre has sent experts to La Paz.`));
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:united-kingdom", "state:bolivia")).toBe(false);
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

  it("reads working beside a partner on an attack against another side as help to no one", () => {
    const accomplice = extract(
      wire(
        `${attacked}Three Peruvian officers worked with Chilean intelligence on the breach of Bolivia's customs agency.`,
      ),
    );
    expect(claimsOf(accomplice, "assisted")).toEqual([]);
    const victim = extract(
      wire(
        `${attacked}Two BSI analysts worked with Bolivian police on the breach of Bolivia's customs agency.`,
      ),
    );
    // The partner is the victim's own police: the analysts helped them.
    expect(claimsOf(victim, "assisted").some((c) => c.source === "agency:bsi")).toBe(true);
    // One of two partners is the victim's side: it is helped.
    const listed = extract(
      wire(
        `${attacked}BSI agents worked with Chilean and Bolivian police on the breach of Bolivia's customs agency.`,
      ),
    );
    expect(claimsOf(listed, "assisted").some((c) => c.source === "agency:bsi")).toBe(true);
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
