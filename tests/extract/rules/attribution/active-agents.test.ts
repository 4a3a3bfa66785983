/**
 * The attribution rules of rules/attribution/active-agents.ts (behind, attribute, active agent, exploit,
 * possessive agent, culprit naming, blaming wording), each with its own invented sentences (none comes
 * from a fixture). Datelines give the articles a publication date.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim, incidents } from "../../helpers";
import { wire, attackOn, claimantsOf, rio, hit } from "./stories";

describe("behind rule, 'pointed at' a quotation", () => {
  it("reads the actors inside the quotation, the Zionist regime being Israel", () => {
    const ex = extract(
      wire(
        'A cyberattack crippled Iran\'s fuel stations. The minister blamed "a foreign state" and later said the evidence pointed at "the Zionist regime and the Americans".',
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:israel")).toBe(true);
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:united-states")).toBe(true);
  });

  it("makes the subject of 'pointed the finger at' / 'points to' the claimant, the object the actor", () => {
    for (const verb of ["pointed the finger at", "points to"]) {
      const ex = extract(wire(`A cyberattack crippled Ecuador's customs service. Peru ${verb} Venezuela.`));
      expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toContain("state:peru");
    }
  });
});

describe("behind rule, an actor named in apposition", () => {
  it("reads 'X, the group commonly known as APT29, was almost certainly responsible' with its assessor", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Germany's Federal Office for Information Security (BSI) has assessed that Venezuela's spy unit, the group commonly known as APT29, was almost certainly responsible.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "group:apt29")).toEqual(
      expect.arrayContaining(["agency:bsi", "state:germany"]),
    );
  });
});

describe("behind rule, the one who gives a name is not the one named", () => {
  it("accuses the group of 'the group we call X' or 'a crew Y calls X', never the namer", () => {
    for (const text of [
      'A cyberattack crippled Ecuador\'s customs service. "The cluster we track as APT29 carried out this attack," the Peruvian minister said.',
      'A cyberattack crippled Ecuador\'s customs service. "A crew Germany calls APT29 was behind it," the minister said.',
    ]) {
      const accused = claimsOf(extract(wire(text)), "attributed-to").map((c) => c.target);
      expect(accused).toEqual(["group:apt29"]);
    }
  });
});

describe("who attributes in a relative clause", () => {
  it("gives the attribution to the relative clause's subject ('the intrusion that X has since linked to Y')", () => {
    for (const text of [
      "Peru's tax office lost a week of records to the 2024 ransomware intrusion that Germany's BSI has since linked to Iran.",
      "The breach the BSI traced to Iran last spring cost the port authority of Peru two weeks of work.",
    ]) {
      const ex = extract(wire(text));
      expect(claimantsOf(ex, attackOn(ex), "state:iran")).toEqual(["agency:bsi", "state:germany"]);
    }
  });

  it("reads 'which it attributed to Y' and 'which they blamed on Y' as the sentence's subject's", () => {
    for (const text of [
      "Chile on Monday denounced the 2024 cyberattack on its tax office, which it attributed to Bolivia.",
      "Chilean ministers condemned the 2024 intrusion into the tax office, which they later blamed on Bolivia.",
    ]) {
      const ex = extract(wire(text));
      expect(claimantsOf(ex, attackOn(ex), "state:bolivia")).toContain("state:chile");
    }
  });

  it("gives 'X, which linked the attack to Y, said' and 'X, which blamed Y for the attack' to X", () => {
    const linked = extract(
      wire(
        "The UK's National Cyber Security Centre, which linked last year's cyberattack on Uruguay's customs service to Venezuela, said more attacks were likely.",
      ),
    );
    expect(claimantsOf(linked, attackOn(linked), "state:venezuela")).toEqual(
      expect.arrayContaining(["agency:ncsc-uk", "state:united-kingdom"]),
    );
    const blamed = extract(
      wire("Ecuador, which blamed Cuba for the 2023 attack on its central bank, recalled its ambassador."),
    );
    expect(claimantsOf(blamed, attackOn(blamed), "state:cuba")).toEqual(["state:ecuador"]);
  });
});

describe("behind rule", () => {
  it("reads 'was behind' and makes a hedge a suspected claim", () => {
    const ex = extract(
      wire("Officials in Ecuador said Cuba was probably behind the cyberattack on the port of Guayaquil."),
    );
    const claim = ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:cuba");
    expect(claim?.stance).toBe("suspected");
  });

  it("asserts nothing when the text asks rather than says", () => {
    const ex = extract(
      wire("Investigators could not confirm whether Cuba was behind the cyberattack on the port."),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:cuba")).toBe(false);
  });
});

describe("active agent rule", () => {
  it("makes the subject of 'orchestrated the attack' its agent, but not an accuser's 'of orchestrating'", () => {
    const ex = extract(wire("Ecuador said APT29 orchestrated the cyberattack on its tax agency."));
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
    const accused = extract(wire("Ecuador accused Cuba of orchestrating a cyberattack on its tax agency."));
    expect(accused.claims.some((c) => c.type === "attributed-to" && c.target === "state:ecuador")).toBe(
      false,
    );
  });
});

describe("attribute rule", () => {
  it("reads 'attributed the attack to X' with the subject as claimant", () => {
    const ex = extract(
      wire("Colombia formally attributed the cyberattack on its ombudsman's office to Venezuela."),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toContain("state:colombia");
  });

  it("reads the base form after a pronoun subject ('we attribute', 'they now link'), not a noun", () => {
    for (const line of ["We attribute the attack to Venezuela.", "They now link the attack to Venezuela."]) {
      const ex = extract(wire(`Hackers hit the ombudsman's office of Colombia on Monday. ${line}`));
      expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
    }
    const noun = extract(
      wire("Hackers hit the ombudsman's office of Colombia on Monday. A link to Venezuela was not found."),
    );
    expect(claimsOf(noun, "attributed-to")).toEqual([]);
  });

  it("asserts no link that a denial's object makes ('rejected reports linking it to the attack')", () => {
    const ex = extract(
      wire(
        "Hackers hit the ombudsman's office of Colombia on Monday. Venezuela rejected reports linking it to the attack.",
      ),
    );
    expect(claimsOf(ex, "attributed-to")).toEqual([]);
    const kept = extract(
      wire(
        "Hackers hit the ombudsman's office of Colombia on Monday. Venezuela rejected the reports, with analysts linking the attack to Venezuela.",
      ),
    );
    expect(hasClaim(kept, "attributed-to", attackOn(kept), "state:venezuela")).toBe(true);
  });
});

describe("behind rule, 'responsible' closing the clause", () => {
  it("reads 'X was responsible.' with nothing after it as an attribution of the attack under discussion", () => {
    const ex = extract(
      wire(
        "A cyberattack took down Ecuador's customs portal on Monday. Officials said APT29 was responsible.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
  });
});

describe("behind rule, a negation inside its own wording", () => {
  it("reads 'X was not involved' and 'X was never behind it' as no attribution", () => {
    for (const denial of [
      "APT29 was not involved, police said.",
      "APT29 was never behind it, police said.",
    ]) {
      const ex = extract(wire(`A cyberattack took down Ecuador's customs portal on Monday. ${denial}`));
      expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(false);
    }
  });
  it("still reads 'X was not only behind A but also behind B' as an attribution", () => {
    const ex = extract(
      wire(
        "A cyberattack took down Ecuador's customs portal on Monday. APT29 was not only behind the attack but also behind a theft at a bank, police said.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
  });
});

describe("agents named as the text introduces them", () => {
  it("makes a name introduced as 'an actor it tracks as X' a group, blamed with the demonym's state", () => {
    const ex = extract(
      rio(
        `${hit}Uruguay said the intrusion was the doing of a Paraguayan state-backed actor it tracks as Umber-77.`,
      ),
    );
    const key = incidents(ex)[0]!.key;
    expect(ex.entities.find((e) => e.key === "group:umber-77")?.type).toBe("group");
    expect(hasClaim(ex, "attributed-to", key, "group:umber-77")).toBe(true);
    expect(hasClaim(ex, "attributed-to", key, "state:paraguay")).toBe(true);
  });

  it("takes a crew that claimed the attack while 'calling themselves' a name", () => {
    const ex = extract(rio(`${hit}Hackers calling themselves the Night Condors claimed responsibility.`));
    expect(hasClaim(ex, "attributed-to", "incident:*", "group:night-condors")).toBe(true);
  });

  it("blames the sponsor too when 'Paraguayan spies known as X were behind' it", () => {
    const ex = extract(rio(`${hit}Paraguayan spies known as Cozy Bear were behind the intrusion.`));
    const key = incidents(ex)[0]!.key;
    expect(hasClaim(ex, "attributed-to", key, "group:apt29")).toBe(true);
    expect(hasClaim(ex, "attributed-to", key, "state:paraguay")).toBe(true);
  });

  it("blames a state's service and the body in apposition to it", () => {
    const ex = extract(
      rio(
        "Uruguay accused Germany's federal information security office, the BSI, of hacking its senate on Friday.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", incidents(ex)[0]!.key, "agency:bsi")).toBe(true);
  });
});

describe("behind rule, a claim posted on a service", () => {
  const riga = (body: string) => `RIGA, 12 March 2027 (LETA): ${body}`;
  const claimedBy = (text: string, group: string) =>
    hasClaim(extract(riga(text)), "attributed-to", "incident:*", group);

  it("reads a group's 'claimed on Telegram that it had knocked out' / 'on its blog that it had hacked' as its claim", () => {
    for (const text of [
      "On Thursday a pro-Kremlin collective known as Sable_Marten claimed on Telegram that it had knocked out the online portal of the State Revenue Service of Latvia.",
      "The hacktivist crew Sable_Marten later claimed on its blog that it had hacked the Latvian Ministry of Justice.",
    ])
      expect(claimedBy(text, "group:sable-marten"), text).toBe(true);
  });

  it("reads 'claimed in a Telegram post the defacement of', 'claimed on its leak site the attack'", () => {
    for (const text of [
      "After a week of silence, Sable_Marten, a pro-Kremlin hacktivist crew, claimed in a VK post the defacement of the website of Latvia's State Revenue Service.",
      "Ransomware encrypted the payment servers of the State Revenue Service of Latvia last week, and a gang calling itself Sable_Marten claimed on its leak site the attack on Friday.",
    ])
      expect(claimedBy(text, "group:sable-marten"), text).toBe(true);
  });

  it("does not make a group telling on its leak site what was done to it the attacker", () => {
    for (const text of [
      "Hackers broke into the servers of the Latvian Ministry of Justice on Monday. The ransomware crew Sable_Marten claimed on its leak site that they were raided by police in Riga.",
      "Hackers broke into the servers of the Latvian Ministry of Justice on Monday. The crew Sable_Marten claimed on VK that it had been attacked by rival hackers.",
    ])
      expect(claimedBy(text, "group:sable-marten"), text).toBe(false);
  });

  it("does not make a ministry telling its own strike on Telegram an attacker", () => {
    const text =
      "Latvia's Ministry of Defence claimed on Telegram that it had knocked out the online portal of the Federal Tax Service of Russia.";
    expect(claimsOf(extract(riga(text)), "attributed-to")).toEqual([]);
  });

  it("does not make a group named inside the claimer's relative clause the claimer", () => {
    const text =
      "Latvia's Ministry of Defence, which has tracked the hacktivist group Sable_Marten since last spring, claimed on Telegram that it had knocked out the online portal of the Federal Tax Service of Russia.";
    expect(claimsOf(extract(riga(text)), "attributed-to")).toEqual([]);
  });
});

describe("negated attributions", () => {
  it("claims nothing from 'investigators found no sign that X took part'", () => {
    const ex = extract(rio(`${hit}Investigators have found no sign so far that Paraguay was involved.`));
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:paraguay")).toBe(false);
  });

  it("claims nothing from 'neither A nor B has said that X was responsible for'", () => {
    const ex = extract(
      rio(`${hit}Neither Uruguay nor Chile has said that Paraguay was responsible for the attack.`),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:paraguay")).toBe(false);
  });
});

describe("exploit rule, the subject got in through a flaw", () => {
  it("reads 'the group known as X, which ..., had exploited flaws in ...' as X behind the attack", () => {
    const ex = extract(
      wire(
        "Hackers breached the email system of Ecuador's senate in February. The police said their inquiry supported the assessment that the group known as Cozy Bear, which analysts say is run by Venezuela, had exploited flaws in the mail software to steal data.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
  });

  it("does not blame the subject of 'flaws were exploited' nor one who found no flaw exploited", () => {
    const ex = extract(
      wire(
        "Hackers breached the email system of Ecuador's senate in February. Peru said it had no evidence that Venezuela exploited flaws in the mail software.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(false);
  });
});

describe("attribute rule, passive: the subject is the one attributed", () => {
  it("reads 'X had been linked by Y to the attack' as X behind it, Y the claimant", () => {
    const ex = extract(
      wire(
        "A wiper attack crippled Ecuador's customs service in February. Cozy Bear had previously been linked by Peru to the February attack on the customs service.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "group:apt29")).toContain("state:peru");
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:peru")).toBe(false);
  });

  it("reads the passive without a by-agent in a transcript's wording", () => {
    const ex = extract(
      "PRESENTER: Hackers breached the network of Chile's electoral service in May. Venezuela has been tied to that breach, the minister told our programme.",
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
  });
});

describe("possessive-agent rule, the possessor of an attack on a target", () => {
  it("reads 'X's attack on Y' and 'X's attempted hack of Y' as X behind the attack", () => {
    const wireEx = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Peru condemned Venezuela's attack on the customs service.",
      ),
    );
    expect(hasClaim(wireEx, "attributed-to", attackOn(wireEx), "state:venezuela")).toBe(true);
    const release = extract(
      "Statement, 2 June 2025. Hackers broke into the Chilean senate's email in 2023. The ministry today exposed Cozy Bear's attempted hack of the Chilean senate.",
    );
    expect(hasClaim(release, "attributed-to", attackOn(release), "group:apt29")).toBe(true);
  });

  it("does not make a victim's possessive the attacker ('Ecuador's attack of 2023', 'whether X's attack')", () => {
    const ex = extract(wire("Ecuador's attack of February 2024 is still under investigation."));
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:ecuador")).toBe(false);
  });
});

describe("negated report, a claim made without evidence", () => {
  it("still reads 'X claimed without evidence that Y was behind the attack' as X's claim", () => {
    const ex = extract(
      "TEHRAN (state news agency) - Hackers hit Bahrain's customs service in May. Washington claimed without evidence that Iran was behind the attack.",
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:iran")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "state:iran")).toContain("state:united-states");
  });

  it("still reads 'there is no evidence that X was behind' as no claim", () => {
    const ex = extract(
      wire(
        "Hackers hit Ecuador's customs service in May. There is no evidence that Venezuela was behind the attack.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(false);
  });
});

describe("culprit-naming rule, 'named X as the culprit'", () => {
  it("makes the one named as culprit or as responsible the actor, the namer its claimant", () => {
    const named = extract(
      wire(
        "Hackers froze the payment system of Ecuador's central bank last week. On Monday Ecuador named Venezuela as the culprit.",
      ),
    );
    expect(hasClaim(named, "attributed-to", attackOn(named), "state:venezuela")).toBe(true);
    expect(claimantsOf(named, attackOn(named), "state:venezuela")).toContain("state:ecuador");
    const identified = extract(
      wire(
        "In a report released on Friday, Peru identified Bolivia as the state responsible for the breach of its tax office.",
      ),
    );
    expect(hasClaim(identified, "attributed-to", attackOn(identified), "state:bolivia")).toBe(true);
    expect(claimantsOf(identified, attackOn(identified), "state:bolivia")).toContain("state:peru");
  });

  it("reads the passive, the subject named and the by-agent naming it", () => {
    const ex = extract(
      wire(
        "A ransomware attack shut Chile's tax office. Bolivia was singled out by Chile as the likely perpetrator.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:bolivia")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "state:bolivia")).toContain("state:chile");
  });

  it("reads a name given to whoever did it ('named the group as X', 'identified the hackers as members of X')", () => {
    for (const [text, claimants] of [
      [
        "Hackers froze the payment system of Ecuador's central bank last week. On Monday Ecuador named the group as APT29.",
        ["state:ecuador"],
      ],
      [
        "A ransomware attack shut Chile's tax office. Chile has identified the hackers behind the attack as members of APT29.",
        ["state:chile"],
      ],
      [
        'Intruders stole files from Peru\'s tax office in May. Peru named those responsible as "APT29" in a statement.',
        ["state:peru"],
      ],
    ] as const) {
      const ex = extract(wire(text));
      expect(claimsOf(ex, "attributed-to").map((c) => [c.source, c.target])).toEqual([
        [attackOn(ex), "group:apt29"],
      ]);
      expect(claimantsOf(ex, attackOn(ex), "group:apt29")).toEqual(claimants);
    }
  });

  it("names no culprit for a name given as anything else", () => {
    const ex = extract(
      wire(
        "Hackers hit Peru's tax office. Peru named Chile as the host of next year's cyber defence summit.",
      ),
    );
    expect(ex.claims.filter((c) => c.type === "attributed-to")).toEqual([]);
  });
});

describe("behind rule, 'pointed the finger at'", () => {
  it("makes who points the finger the claimant", () => {
    const ex = extract(
      wire("Hackers hit Peru's tax office on Sunday. Peru has pointed the finger at Bolivia."),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:bolivia")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "state:bolivia")).toContain("state:peru");
  });
});

describe("blaming-wording rule, what the wording does not say", () => {
  const accused = (text: string) => claimsOf(extract(wire(text)), "attributed-to").map((c) => c.target);

  it("blames the state a compound names ('Venezuela-linked hackers breached')", () => {
    expect(accused("Venezuela-linked hackers breached Ecuador's customs service last week.")).toEqual([
      "state:venezuela",
    ]);
  });

  it("says nothing under a negation ('no evidence that Venezuela-linked hackers breached')", () => {
    expect(
      accused(
        "Investigators found no sign that Venezuela-linked hackers breached Ecuador's customs service, the minister said.",
      ),
    ).toEqual([]);
  });

  it("does not blame who reports it ('Peruvian officials said hackers breached')", () => {
    expect(accused("Peruvian officials said hackers breached the tax office of Ecuador on Monday.")).toEqual(
      [],
    );
  });
});
