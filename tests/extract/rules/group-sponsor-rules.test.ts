/**
 * The group → sponsor rules (`group-sponsor`, `linked-group`), each with invented sentences: the
 * text says who runs a group, in any of the ways trade press and press releases say it.
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../../src/extract";
import { extract, testGazetteer } from "../helpers";

const wire = (body: string) => `LIMA, 9 June 2025 (Reuters) - ${body}`;

/** Extracts `text` as wire copy with invented threat groups (key, label) added to the test gazetteer. */
const extractWithGroups = (text: string, ...groups: Array<[string, string]>) =>
  extractDocument(
    { id: "groups.txt", text: wire(text) },
    createExtractionContext(
      {
        entities: [
          ...testGazetteer.entities,
          ...groups.map(([key, label]) => ({ key, label, type: "group" as const, aliases: [] })),
        ],
      },
      { referenceYear: 2026 },
    ),
  );
const sponsorsOf = (ex: ReturnType<typeof extract>, group: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.source === group).map((c) => c.target);

describe("group sponsor rule", () => {
  it("takes the body a possessive owns, not its owner ('a unit of Peru's defence ministry')", () => {
    const ex = extract(wire("APT29 is a unit of Peru's defence ministry, analysts at a Lima firm wrote."));
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["agency:peru-ministry-of-defence"]);
  });

  it("finds the group across a relative clause ('the group that officials describe as a front for')", () => {
    const ex = extract(wire("APT29 is the crew that Chilean officials describe as a front for Bolivia."));
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
  });

  it("resolves 'the group' to the group named last ('officials say the group is a front for')", () => {
    const ex = extract(
      wire(
        "APT29 claimed the attack on Peru's customs agency. Chilean officials say the group is a front for Bolivia. Analysts later said the gang had ties to Ecuador.",
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual(expect.arrayContaining(["state:bolivia", "state:ecuador"]));
    const quoted = extract(
      wire('APT29 hit the port. Officials said that the group is "affiliated with Bolivia".'),
    );
    expect(sponsorsOf(quoted, "group:apt29")).toEqual(["state:bolivia"]);
  });

  it("attributes a group known by a body's numbered unit to that body ('BSI Unit 4455')", () => {
    const gazetteer = {
      entities: [
        ...testGazetteer.entities,
        { key: "group:sandcrab", label: "Sandcrab", type: "group" as const, aliases: ["BSI Unit 4455"] },
      ],
    };
    const ex = extractDocument(
      { id: "u.txt", text: wire("BSI Unit 4455 hit the port of Callao, Peruvian officials said.") },
      createExtractionContext(gazetteer, { referenceYear: 2026 }),
    );
    expect(sponsorsOf(ex, "group:sandcrab")).toEqual(["agency:bsi"]);
  });

  it("reads 'was part of Peru's defence ministry', 'acts with support from X', and a named head", () => {
    const part = extract(
      wire("Chile blamed APT29, a group it said was part of Bolivia's military intelligence service BSI."),
    );
    expect(sponsorsOf(part, "group:apt29")).toEqual(["agency:bsi"]);
    const support = extract(
      wire(
        'Officials said "APT29 acts with the knowledge of, and with support from, Bolivian intelligence services".',
      ),
    );
    expect(sponsorsOf(support, "group:apt29")).toEqual(["state:bolivia"]);
    expect(support.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("resolves 'the group' to nothing when no group was named", () => {
    const ex = extract(wire("Hackers hit the port. Officials say the group is a front for Bolivia."));
    expect(ex.claims.filter((c) => c.type === "attributed-to" && c.target === "state:bolivia")).toEqual([]);
  });

  it("reads a quoted sponsor and 'acts on behalf of', 'belongs to', 'affiliated with'", () => {
    for (const body of [
      'Investigators alleged that APT29 "acts on behalf of the Bolivian state".',
      "APT29, which the agency says belongs to Bolivia, hit the port.",
      'A spokesman said APT29 is "affiliated with Bolivia".',
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toContain("state:bolivia");
  });

  it("says nothing when the sentence denies or negates the tie", () => {
    for (const body of [
      "Bolivia denied that APT29 works for its government.",
      "APT29 is not a unit of Bolivia's army, the ministry said.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([]);
  });

  it("leaves an incident's attribution alone when the incident stands between group and trigger", () => {
    const ex = extract(
      wire("APT29 was named in the cyberattack on Peru's tax agency, which Chile tied to Bolivia."),
    );
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });
});

describe("linked group rule", () => {
  it("reads the sponsor in a compound before the group's name ('a Bolivia-linked group it calls Sand Heron')", () => {
    const ex = extract(wire("Researchers blamed a Bolivia-linked group it calls Sand Heron for the breach."));
    expect(sponsorsOf(ex, "group:sand-heron")).toEqual(["state:bolivia"]);
  });

  it("needs a group after the compound ('Bolivia-backed loans' names none)", () => {
    const ex = extract(wire("Peru signed Bolivia-backed loans for its ports on Monday."));
    expect(ex.claims.filter((c) => c.type === "attributed-to")).toEqual([]);
  });
});

describe("group sponsor rule, 'linked by' names who links, not the sponsor", () => {
  it("does not make the by-agent of 'was linked by X to an attack' the group's sponsor", () => {
    const ex = extract(
      "BOGOTA, 2 May 2025 (AFP) - Cozy Bear was linked by Colombian investigators to the 2023 attack on the national registry.",
    );
    expect(ex.claims.some((c) => c.source === "group:apt29" && c.target === "state:colombia")).toBe(false);
  });
});

describe("group sponsor rule, a body in apposition and 'the group, which'", () => {
  it("takes the body named in apposition to a description ('Germany's cyber security office, the BSI')", () => {
    const ex = extract(
      "Trade press, 2 May 2025. Researchers say APT29 works for Germany's federal cyber security office, the BSI.",
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["agency:bsi"]);
  });

  it("resolves the antecedent of 'the group, which her agency links to X' to the group named last", () => {
    const ex = extract(
      wire(
        "Cozy Bear was named in the report. The director said the tools matched earlier operations by the group, which her agency links to Bolivia.",
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
  });
});

describe("group sponsor rule, who directs, runs or pays for a group", () => {
  const ministry = "agency:bolivia-ministry-of-defence";

  it("reads a passive sponsor verb with the group as its subject, in wire, blog and transcript registers", () => {
    for (const body of [
      "APT29 is run by Bolivia's defence ministry, a Chilean report said.",
      "Our take: APT29 gets its orders from nobody else - it has been commanded by Bolivia's defence ministry since 2019.",
      "ANALYST: Frankly, APT29 was funded by Bolivia's defence ministry for years.",
      "Peruvian officials believe APT29, which is controlled by Bolivia's defence ministry, hit the port of Callao.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([ministry]);
  });

  it("reads 'on behalf of', 'under the control of' and 'at the behest of' after the group's own verb", () => {
    const behalf = extract(
      wire("APT29 was set up and is still run on behalf of the Bolivian state, Chile says."),
    );
    expect(sponsorsOf(behalf, "group:apt29")).toEqual(["state:bolivia"]);
    const control = extract(
      wire("Since 2021 APT29 has worked under the control of Bolivia's defence ministry."),
    );
    expect(sponsorsOf(control, "group:apt29")).toEqual([ministry]);
    const behest = extract(wire("The group APT29 hacked the port at the behest of Bolivia, officials said."));
    expect(sponsorsOf(behest, "group:apt29")).toEqual(["state:bolivia"]);
  });

  it("reads 'associated with' when the group is what is associated", () => {
    const passive = extract(wire("Chile said APT29 has long been associated with the Bolivian state."));
    expect(sponsorsOf(passive, "group:apt29")).toEqual(["state:bolivia"]);
  });

  it("says nothing of a group near something else a body runs, pays for or is associated with", () => {
    for (const body of [
      "APT29 hit a payment service run by Bolivia's defence ministry, officials said.",
      "APT29 hit a payment service that is run by Bolivia's defence ministry, officials said.",
      "APT29 hit a university laboratory funded by Bolivia's defence ministry, officials said.",
      "APT29 hit email accounts associated with Bolivia's defence ministry, officials said.",
      "APT29 targeted people associated with Bolivia's opposition party and Chile's foreign ministry.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([]);
  });
});

describe("sponsor compound rule", () => {
  it("reads a group in apposition to 'a <sponsor> unit', after a comma, a bracket or a copula", () => {
    const cases: [string, string][] = [
      ["Investigators blamed APT29 (itself a BSI unit) for the outage at the port of Callao.", "agency:bsi"],
      ["APT29, a BSI contractor, hit the port of Callao in May, Chilean officials said.", "agency:bsi"],
      ["Chile says APT29 is a Bolivian military unit.", "state:bolivia"],
      ["The hackers belonged to APT29, the BSI's hacking arm, according to the report.", "agency:bsi"],
    ];
    for (const [body, sponsor] of cases)
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([sponsor]);
    const claimed = extract(
      wire("APT29, a BSI contractor, hit the port of Callao in May, Chilean officials said."),
    );
    expect(claimed.claims.find((c) => c.source === "group:apt29")?.claimants).toEqual(["state:chile"]);
  });

  it("needs the group to be what the phrase describes, and the phrase to be no speaker", () => {
    for (const body of [
      "APT29 hit the port, and a BSI unit investigated the breach.",
      "Chile's army unit in Arica was hit by APT29.",
      "The intrusion bears the marks of APT29, a Chilean army unit said on Tuesday.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([]);
  });
});

describe("tied-group rule", () => {
  it("reads the group as the object of 'ties X to', 'associate the group with', and its passive", () => {
    const named = extract(
      wire("A Quito security firm ties APT29 to Bolivia's defence ministry in a paper released on Friday."),
    );
    expect(sponsorsOf(named, "group:apt29")).toEqual(["agency:bolivia-ministry-of-defence"]);
    const anaphor = extract(
      wire("APT29 hit the port of Callao. Analysts in Quito associate the group with the Bolivian state."),
    );
    expect(sponsorsOf(anaphor, "group:apt29")).toEqual(["state:bolivia"]);
    const passive = extract(
      wire("APT29 hit the port of Callao. The crew, she noted, had been linked by Chile to Bolivia."),
    );
    expect(sponsorsOf(passive, "group:apt29")).toEqual(["state:bolivia"]);
    expect(passive.claims.find((c) => c.source === "group:apt29")?.claimants).toContain("state:chile");
  });

  it("lays an attack named as the object at the group's door ('ties the group to the 2021 breach')", () => {
    const ex = extract(
      wire(
        "After Sunday's outage at the port of Callao, analysts in Quito said they tie APT29 to the 2021 breach of Peru's customs agency as well.",
      ),
    );
    expect(
      ex.claims.some(
        (c) =>
          c.type === "attributed-to" &&
          c.source.startsWith("incident:peru-customs-agency-2021") &&
          c.target === "group:apt29",
      ),
    ).toBe(true);
  });

  it("ties no sponsor when the object is an attack or the verb is negated", () => {
    for (const body of [
      "APT29 hit the port of Callao. Analysts in Quito tie the group to a 2023 breach of the Peruvian customs agency.",
      "APT29 hit the port of Callao. Analysts in Quito do not associate the group with the Bolivian state.",
    ])
      expect(
        sponsorsOf(extract(wire(body)), "group:apt29").filter((k) => !k.startsWith("incident:")),
      ).toEqual([]);
  });
});

describe("group sponsor rule, quotations and phrases around the group", () => {
  it("keeps 'the group' as subject across a quotation opening the predicate", () => {
    const quoted = extract(
      wire(
        'APT29 hit the port. Officials claimed the gang "acts under the direction of Bolivia\'s defence ministry".',
      ),
    );
    expect(sponsorsOf(quoted, "group:apt29")).toEqual(["agency:bolivia-ministry-of-defence"]);
    const aside = extract(
      wire(
        'APT29 hit the port. The group, she said, was "believed by analysts to be a crew working for the Bolivian state".',
      ),
    );
    expect(sponsorsOf(aside, "group:apt29")).toEqual(["state:bolivia"]);
  });

  it("reads past an attack noun in apposition to the group ('X, a ransomware operation that ... is run by')", () => {
    const ex = extract(
      wire(
        "Peru said the outage was the doing of APT29, a ransomware operation that Chile believes is controlled by hackers who work for Bolivia's defence ministry.",
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).toContain("agency:bolivia-ministry-of-defence");
  });

  it("takes the body a state's military owns ('the Bolivian army's cyber command')", () => {
    const owned = extract(
      wire("APT29, which Peru ties to the port outage, is run by the Bolivian army's cyber command."),
    );
    expect(sponsorsOf(owned, "group:apt29")).not.toContain("state:bolivia");
    const military = extract(wire("APT29 is operated by the German military's BSI, a Lima firm wrote."));
    expect(sponsorsOf(military, "group:apt29")).toEqual(["agency:bsi"]);
  });

  it("gives every group of a list after a sponsor compound its sponsor ('state-backed groups known as A, B and C')", () => {
    const ex = extractWithGroups(
      "Three Bolivian state-backed groups known as APT29, Gray Lynx and Ember Fox were blamed for the leak, according to Peru.",
      ["group:gray-lynx", "Gray Lynx"],
      ["group:ember-fox", "Ember Fox"],
    );
    for (const g of ["group:apt29", "group:gray-lynx", "group:ember-fox"])
      expect(sponsorsOf(ex, g)).toEqual(["state:bolivia"]);
  });
  it("attributes an incident to the demonym's state and the groups it names ('blamed it on two Bolivian government-run crews dubbed A and B')", () => {
    const ex = extractWithGroups(
      "Peru's customs agency was hacked in May, and its auditors later blamed the intrusion on two Bolivian government-run crews dubbed APT29 and Gray Lynx.",
      ["group:gray-lynx", "Gray Lynx"],
    );
    const blamed = ex.claims
      .filter((c) => c.type === "attributed-to" && c.source.startsWith("incident:"))
      .map((c) => c.target);
    expect(blamed).toEqual(expect.arrayContaining(["state:bolivia", "group:apt29", "group:gray-lynx"]));
  });

  it("reads a sponsor compound said of the group before it ('X was likely a Bolivia-aligned crew', 'count X as a Bolivia-nexus cluster')", () => {
    for (const body of [
      "For years APT29 was likely a Bolivia-aligned crew, the ministry's auditors now believe.",
      "Lima analysts count APT29 as a Bolivia-nexus cluster in their yearly report.",
      "Peru's police named APT29, reportedly a Bolivia-sponsored crew, in a court filing on Friday.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual(["state:bolivia"]);
    // No group noun heads the phrase: the compound says nothing of the group.
    const attack = extract(
      wire("Peru blamed APT29, saying the leak was a Bolivia-backed operation against its ports."),
    );
    expect(sponsorsOf(attack, "group:apt29")).toEqual([]);
  });

  it("reads no sponsor from a compound inside a complement of the phrase's head ('the target of X-linked hackers')", () => {
    for (const body of [
      "Peru's police said APT29, itself the target of Bolivia-linked hackers last year, had hit the customs agency.",
      "Peru's police said APT29 is a rival of Bolivia-backed hackers who hit the customs agency.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([]);
    // An adverb of the opening is no complement ("is in fact a X-aligned crew").
    expect(
      sponsorsOf(
        extract(wire("Chile's auditors think APT29 is in fact a Bolivia-aligned crew.")),
        "group:apt29",
      ),
    ).toEqual(["state:bolivia"]);
    expect(
      sponsorsOf(
        extract(wire("Chile's auditors think APT29 is in fact a Bolivian army contractor.")),
        "group:apt29",
      ),
    ).toEqual(["agency:bolivia-armed-forces"]);
    const apposed = extract(
      wire("Peru's police said APT29, in fact a Bolivian army unit, hit the customs agency."),
    );
    expect(sponsorsOf(apposed, "group:apt29")).toEqual(["agency:bolivia-armed-forces"]);
  });

  it("reads 'which takes its orders from X' and 'operates as part of X'", () => {
    const orders = extract(
      wire("APT29, which takes its orders from Bolivia, hit two ports in 2024, Chile said."),
    );
    expect(sponsorsOf(orders, "group:apt29")).toEqual(["state:bolivia"]);
    const part = extract(wire("APT29 operates as part of Bolivia's army, a Chilean court heard."));
    expect(sponsorsOf(part, "group:apt29")).toEqual(["agency:bolivia-armed-forces"]);
    const classed = extract(
      wire("Ports in Chile were hit by APT29, which Chile's navy classes as part of Bolivia's army."),
    );
    expect(sponsorsOf(classed, "group:apt29")).toEqual(["agency:bolivia-armed-forces"]);
  });

  it("keeps a relative clause's closing comma from reopening the sentence ('an official, who ..., said')", () => {
    const ex = extract(
      wire(
        'A Peruvian defence official, who asked not to be named, said the navy "could not exclude" insiders and called APT29 "almost certainly a front for Bolivia".',
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
  });
});

describe("group sponsor rule, a quoted trigger and where a group is run from", () => {
  const ministry = "agency:bolivia-ministry-of-defence";

  it("reads a sponsor after a quotation closing on 'on behalf of'", () => {
    const ex = extract(wire('Chile said APT29 "works on behalf of" Bolivia\'s defence ministry.'));
    expect(sponsorsOf(ex, "group:apt29")).toEqual([ministry]);
  });

  it("reads 'is run out of' and 'operated out of' with the group as subject", () => {
    for (const body of [
      "APT29 stole the files and is run out of Bolivia's defence ministry, Chile says.",
      "Analysts say APT29, which is operated out of Bolivia's defence ministry, returned in May.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([ministry]);
  });

  it("reads no sponsor from something else run out of a body", () => {
    const ex = extract(
      wire("APT29 hit a payment service run out of Bolivia's defence ministry, officials said."),
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual([]);
  });
});

describe("group sponsor rule, a sponsor after its own state's demonym", () => {
  it("reads 'linked to the German BSI' as 'linked to Germany's BSI'", () => {
    const ex = extract(wire("APT29 is linked to the German BSI, officials in Quito said."));
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["agency:bsi"]);
  });

  it("reads no sponsor after another state's demonym", () => {
    const ex = extract(wire("APT29 is linked to the Chilean BSI, officials in Quito said."));
    expect(sponsorsOf(ex, "group:apt29")).toEqual([]);
  });
});

describe("group sponsor rule, a quotation closed inside the clause", () => {
  const ministry = "agency:bolivia-ministry-of-defence";

  it("reads a sponsor after a quotation closing on 'run by', 'operated by'", () => {
    for (const body of [
      'Chile said APT29 "is run by" Bolivia\'s defence ministry.',
      'APT29 breached the port, and Chilean analysts said the crew "is operated by" Bolivia\'s defence ministry.',
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([ministry]);
  });

  it("keeps 'the group' as the subject across a quoted hedge before its verb", () => {
    for (const body of [
      "APT29 stole files from Peru's customs agency. Officials in Quito say the crew \"most likely\" takes its orders from Bolivia's defence ministry.",
      "APT29 stole files from Peru's customs agency. Analysts in Santiago believe that the group “probably” answers to Bolivia's defence ministry.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([ministry]);
  });

  it("reads nothing across a quotation that is no hedge, a negated one, or a hedge said of something else", () => {
    for (const body of [
      "APT29 stole files from Peru's customs agency. A lawyer who said the group \"was framed\" works for Bolivia's defence ministry.",
      "APT29 stole files from Peru's customs agency. Chile said the group had hired a contractor \"for cash\" working for Bolivia's defence ministry.",
      "APT29 stole files from Peru's customs agency. Chile said the group's \"front company\" works for Bolivia's defence ministry.",
      "APT29 stole files from Peru's customs agency. Analysts said the vendor \"probably\" answers to Bolivia's defence ministry.",
      "APT29 stole files from Peru's customs agency. Chile said the group \"never\" worked for Bolivia's defence ministry.",
      "APT29 stole files from Peru's customs agency. Chile said a payroll office \"is run by\" Bolivia's defence ministry.",
    ])
      expect(sponsorsOf(extract(wire(body)), "group:apt29")).toEqual([]);
  });
});
