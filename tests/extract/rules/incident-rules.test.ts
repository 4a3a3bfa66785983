/**
 * The incident stage as rules: when an attack happened, what it hit, and when two mentions are
 * one incident. Every sentence is invented for this file (no fixture's wording, names swapped or not).
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `MONTEVIDEO, 20 September 2021 (AFP) - ${body}`;
const only = (ex: ReturnType<typeof extract>) => incidents(ex)[0]!;

describe("incident dates", () => {
  it("gives an undated attack in the background of a story the publication year only", () => {
    const ex = extract(wire("Uruguay recalled its envoy over a hack of its customs service."));
    expect(only(ex).date).toBe("2021");
  });

  it("gives an attack told as today's news the publication month", () => {
    const ex = extract(wire("Uruguay's customs service was knocked offline by a cyberattack this morning."));
    expect(only(ex).date).toMatch(/^2021-09/);
  });

  it("takes the date a later mention gives ('which started on Aug. 30')", () => {
    const ex = extract(
      wire(
        "Uruguay pins customs hack on Paraguay. Montevideo blamed Paraguay for the intrusion that froze cargo checks. The intrusion, which started on Aug. 30, lasted a week.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(only(ex).date).toMatch(/^2021-08/);
  });

  it("dates an attack by the adverbial opening its clause ('In 2019, ...'), however far from the noun", () => {
    const ex = extract(
      wire(
        "Uruguay said its customs service was breached in June. In 2019, a billing server at Argentina's national water utility was crippled by a ransomware attack that investigators tied to Iran.",
      ),
    );
    const argentina = incidents(ex).find((i) => i.targets?.some((t) => t.includes("argentina")));
    expect(argentina?.date).toBe("2019");
  });

  it("does not date the punished attack by the date of the punishment", () => {
    const ex = extract(
      wire(
        "In August, Brazil froze the assets of two men charged over a 2017 hack of Uruguay's customs service.",
      ),
    );
    expect(only(ex).date).toBe("2017");
  });

  it("resolves a holiday before publication ('on Christmas Day')", () => {
    const ex = extract(
      "SANTIAGO, 10 February 2022 (AP) - Chile blamed Peru for the cyberattack that froze its ports on Christmas Day.",
    );
    expect(only(ex).date).toBe("2021-12-25");
  });
});

describe("pages with no publication date", () => {
  it("date an undated attack by the latest year the page names, never by a deadline", () => {
    const ex = extract(
      "Diario Sur\n\nHackers breached Uruguay's senate, officials said. The senate plans new defences by 2030. A similar breach hit it in 2019.\n\n(c) 2023 Diario Sur",
    );
    const senate = incidents(ex).find((i) => i.date !== "2019");
    expect(senate?.date).toBe("2023");
  });
});

describe("attack targets", () => {
  it("takes a state's body written with a possessive ('struck Uruguay's central bank')", () => {
    const ex = extract(
      wire("A ransomware attack struck Uruguay's central bank overnight, its governor said."),
    );
    expect(attackedTargets(ex, only(ex).key)).toEqual(["agency:uruguay-central-bank (state:uruguay)"]);
  });

  it("resolves 'its' in 'an attack on its network' to the clause's victim", () => {
    const ex = extract(
      wire("Uruguay's tax office has been closed for a week after a cyberattack on its network."),
    );
    expect(attackedTargets(ex, only(ex).key)).toEqual(["agency:uruguay-tax-office (state:uruguay)"]);
  });

  it("reads the victim after a nominal attack and 'of' ('the infiltration of Uruguay's senate')", () => {
    const ex = extract(
      wire("Investigators said the 2020 infiltration of Uruguay's senate exposed its email."),
    );
    expect(attackedTargets(ex, only(ex).key)).toEqual(["agency:uruguay-senate (state:uruguay)"]);
  });

  it("takes the state of a demonym before a facility ('a big Argentine refinery')", () => {
    const ex = extract(
      wire("Police are looking into a cyberattack that halted work at a big Argentine refinery."),
    );
    expect(hasClaim(ex, "attacked", only(ex).key, "state:argentina")).toBe(true);
  });

  it("takes the state where the bodies attacked are ('penetrating energy companies in Uruguay')", () => {
    const ex = extract(
      wire("Paraguayan hackers spent a year penetrating several energy companies in Uruguay, a report said."),
    );
    expect(hasClaim(ex, "attacked", only(ex).key, "state:uruguay")).toBe(true);
  });

  it("reads 'hackers knocked out X's government portal' as an attack on X", () => {
    const ex = extract(
      wire("Hackers knocked out Uruguay's government portal for six hours, the ministry said."),
    );
    expect(hasClaim(ex, "attacked", only(ex).key, "state:uruguay")).toBe(true);
  });

  it("adds a body 'among the institutions affected' to the attack under discussion", () => {
    const ex = extract(
      wire(
        "Hackers got into Uruguay's state email system on Friday. The Ministry of Health was among the institutions affected.",
      ),
    );
    expect(hasClaim(ex, "attacked", only(ex).key, "agency:uruguay-ministry-of-health")).toBe(true);
  });

  it("adds a body 'among the worst hit', with no noun after 'the', to the attack under discussion", () => {
    const ex = extract(
      wire(
        "A ransomware outbreak crippled hospitals across the region on Friday. Uruguay's senate was among the hardest hit.",
      ),
    );
    expect(attackedTargets(ex, only(ex).key)).toEqual(["agency:uruguay-senate (state:uruguay)"]);
  });

  it("gives each victim listed after 'Victims included' to the attack under discussion", () => {
    const ex = extract(
      wire(
        "A wiper attack hit Uruguay's customs service on Friday. Victims included Brazil's senate and Chile's finance ministry.",
      ),
    );
    expect(attackedTargets(ex, only(ex).key)).toEqual([
      "agency:brazil-senate (state:brazil)",
      "agency:chile-ministry-of-finance (state:chile)",
      "agency:uruguay-customs-service (state:uruguay)",
    ]);
  });

  it("takes each victim of a list after ', such as'", () => {
    const ex = extract(
      wire(
        "A DDoS attack hit lenders across the region, such as Brazil's central bank and Chile's finance ministry.",
      ),
    );
    expect(attackedTargets(ex, only(ex).key)).toEqual([
      "agency:brazil-central-bank (state:brazil)",
      "agency:chile-ministry-of-finance (state:chile)",
    ]);
  });

  it("reads 'the attack destroyed pumps at X's plant' as an attack on X", () => {
    const ex = extract(wire("The attack destroyed pumps at Uruguay's largest desalination plant."));
    expect(hasClaim(ex, "attacked", only(ex).key, "state:uruguay")).toBe(true);
  });

  it("reads facilities 'throughout the country' as the article's state", () => {
    const ex = extract(
      wire("Uruguay said on Friday that a cyberattack in July targeted grain silos throughout the country."),
    );
    expect(hasClaim(ex, "attacked", only(ex).key, "state:uruguay")).toBe(true);
  });

  it("joins 'was struck by the same ransomware' to the attack under discussion", () => {
    const ex = extract(
      wire(
        "A cyberattack hit Uruguay's customs service on Friday. Brazil's customs service was struck by the same ransomware a day later.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(attackedTargets(ex, only(ex).key)).toEqual([
      "agency:brazil-customs-service (state:brazil)",
      "agency:uruguay-customs-service (state:uruguay)",
    ]);
  });

  it("does not take the speaker closing the sentence for one more victim", () => {
    const ex = extract(wire("Paraguay was behind the hack of Uruguay's senate, Chile said."));
    expect(attackedTargets(ex, only(ex).key)).toEqual(["agency:uruguay-senate (state:uruguay)"]);
  });

  it("reads no attack into what defenders did ('they took down the servers as a precaution')", () => {
    const ex = extract(
      wire(
        "After a cyberattack on Brazil's senate, Uruguayan officials said they took down Uruguay's senate servers as a precaution.",
      ),
    );
    // Neither Uruguay nor its senate, whose servers the defenders took down.
    expect(attackedTargets(ex).filter((t) => t.includes("uruguay"))).toEqual([]);
  });

  it("makes 'the newspaper X' an organization the attack hit", () => {
    const ex = extract(wire("A cyberattack on Friday took the newspaper El Faro Austral offline."));
    const paper = ex.entities.find((e) => e.label === "El Faro Austral");
    expect(paper?.type).toBe("organization");
    expect(hasClaim(ex, "attacked", only(ex).key, paper!.key)).toBe(true);
  });
});

describe("one incident or several", () => {
  it("names malware by its own name, dated by a relative clause and attributed by 'built by'", () => {
    const ex = extract(
      wire(
        "The Ironmoth worm, which wrecked pumps in Uruguay in 2018, was said to have been built by Paraguay.",
      ),
    );
    expect(only(ex).aliases).toContain("Ironmoth");
    expect(only(ex).date).toBe("2018");
    expect(hasClaim(ex, "attributed-to", only(ex).key, "state:paraguay")).toBe(true);
  });

  it("names an operation a vendor calls something and reads the target after the name", () => {
    const ex = extract(
      wire("Uruguay said an operation it calls Pale Otter targeted the Ministry of Health."),
    );
    expect(only(ex).aliases).toContain("Pale Otter");
    const ministry = ex.entities.find((e) => e.label.startsWith("Ministry of Health"))!;
    expect(hasClaim(ex, "attacked", only(ex).key, ministry.key)).toBe(true);
  });

  it("keeps an attack of another year apart from the attack of the day", () => {
    const ex = extract(
      wire(
        "A ransomware attack hit Uruguay's customs service on Friday. The 2016 breach of the senate was also blamed on Paraguay.",
      ),
    );
    expect(incidents(ex).map((i) => i.date)).toEqual(expect.arrayContaining(["2016"]));
    expect(incidents(ex).length).toBeGreaterThan(1);
  });

  it("makes 'an earlier campaign against Uruguayan senators in 2015' its own incident", () => {
    const ex = extract(
      wire(
        "Uruguay blamed Paraguayan hackers on Friday for hacking its customs service and for an earlier campaign against Uruguayan senators in 2015.",
      ),
    );
    expect(incidents(ex).some((i) => i.date === "2015")).toBe(true);
  });
});

describe("a plain campaign against a whole state", () => {
  const story = (sentence: string) =>
    extract(wire(`Hackers hit the Montevideo Port Authority in March. ${sentence}`));

  it("reads no attack on the state ('its sanctions campaign against Belarus')", () => {
    for (const sentence of [
      "Officials said Uruguay would press on with its sanctions campaign against Belarus.",
      "Officials said Uruguay would press on with a sanctions campaign against Belarus.",
    ]) {
      expect(attackedTargets(story(sentence)).join(" "), sentence).not.toMatch(/state:belarus/);
    }
  });

  it("still reads one against a body, a state's people, or a state with a cyber word", () => {
    for (const sentence of [
      "Analysts also saw a hacking campaign against Belarus.",
      "Analysts also saw a separate campaign against Belarusian lawmakers.",
      "Analysts also saw a campaign against Belarus's parliament.",
    ]) {
      expect(attackedTargets(story(sentence)).join(" "), sentence).toMatch(/belarus/);
    }
  });
});

describe("victims named around the attack's own clause", () => {
  it("takes the subject of a verb of undergoing ('suffered', 'received', 'came under') for the victim", () => {
    const sentences = [
      "In March 2019 Paraguayan state institutions received millions of cyber attack attempts in a single week.",
      "Uruguay's customs service experienced a crippling ransomware attack in 2018, a report said.",
      "Last year Paraguay's central bank came under a sustained DDoS attack.",
    ];
    const victims = [
      "state:paraguay",
      "agency:uruguay-customs-service (state:uruguay)",
      "agency:paraguay-central-bank (state:paraguay)",
    ];
    sentences.forEach((sentence, i) => {
      const ex = extract(wire(sentence));
      expect(attackedTargets(ex, only(ex).key), sentence).toEqual([victims[i]]);
    });
  });

  it("takes the subject of 'was subjected to' an attack for the victim (VICTIM45), not of an audit or criticism", () => {
    const ex = extract(
      wire("Over the weekend Uruguay's customs service was subjected to a wave of DDoS attacks."),
    );
    expect(attackedTargets(ex, only(ex).key)).toEqual(["agency:uruguay-customs-service (state:uruguay)"]);
    for (const sentence of [
      "After the 2018 ransomware attack on a port, Uruguay's customs service was subjected to an audit.",
      "Uruguay's customs service came under criticism for its slow reply to the 2018 ransomware attack on a port.",
      "Uruguay's customs service faced sharp questions from senators over the 2018 ransomware attack on a port.",
    ]) {
      const ex = extract(wire(sentence));
      expect(attackedTargets(ex).join(" "), sentence).not.toContain("customs");
    }
  });

  it.each([
    "Uruguay's customs service suffered for two whole days from a wave of DDoS attacks.",
    "Uruguay's customs service experienced over one weekend a wave of DDoS attacks.",
  ])(
    "keeps the victim of undergoing after a time phrase with 'for' or 'over' (review45 R5): %s",
    (sentence) => {
      expect(attackedTargets(extract(wire(sentence))).join(" ")).toContain("agency:uruguay-customs-service");
    },
  );

  it("takes the object of an attack that forced a body to act for the victim", () => {
    const ex = extract(
      wire(
        "In July 2019 ransomware forced Paraguay's customs service to close its border posts for two days.",
      ),
    );
    expect(attackedTargets(ex, only(ex).key)).toEqual(["agency:paraguay-customs-service (state:paraguay)"]);
  });

  it("reads the verb after a parenthetical set off by commas ('the X worm, said to be ..., damaged Y')", () => {
    const cases: [string, string][] = [
      [
        "In 2017 the Quellfire worm, widely said to have been written by foreign spies, damaged servers at Uruguay's central bank.",
        "agency:uruguay-central-bank (state:uruguay)",
      ],
      [
        "A wiper attack, which investigators later tied to a criminal gang, crippled Uruguay's customs service in May.",
        "agency:uruguay-customs-service (state:uruguay)",
      ],
      [
        "Last year's intrusion, the ministry said on Monday, hit Uruguay's senate.",
        "agency:uruguay-senate (state:uruguay)",
      ],
    ];
    for (const [body, victim] of cases) {
      const ex = extract(wire(body));
      expect(attackedTargets(ex, only(ex).key), body).toEqual([victim]);
    }
  });

  it("does not take a body named in the parenthetical for the victim", () => {
    const ex = extract(
      wire(
        "A wiper attack, which Uruguay's cyber agency tied to criminals, crippled Paraguay's customs service in May.",
      ),
    );
    // Not Uruguay's cyber agency, nor Uruguay.
    expect(attackedTargets(ex, only(ex).key)).toEqual(["agency:paraguay-customs-service (state:paraguay)"]);
  });
});

describe("attacks in general", () => {
  it("reads 'such attacks' as the incident under discussion, and as no incident when none is", () => {
    const joined = extract(
      wire(
        "Hackers breached Uruguay's customs service on Friday. The alliance said such malicious cyber activity threatened its members.",
      ),
    );
    expect(incidents(joined)).toHaveLength(1);
    const general = extract(
      "Podcast transcript, episode 12\n\nHOST: Governments keep saying such cyber attacks are on the rise across the continent.",
    );
    expect(incidents(general)).toHaveLength(0);
  });

  it("makes no incident of attacks 'from somewhere in the past', but keeps 'in the past 12 months'", () => {
    const past = extract(
      wire(
        "Paraguay's envoy said his own country had often been the victim of cyber attacks from Uruguayan territory in the past.",
      ),
    );
    expect(incidents(past)).toHaveLength(0);
    const span = extract(
      wire(
        "Uruguay has been accused of mounting cyber attacks on Paraguay's ministries in the past 12 months.",
      ),
    );
    expect(incidents(span)).toHaveLength(1);
  });
});
