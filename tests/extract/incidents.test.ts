import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { attackedTargets, claimsOf, extract, hasClaim, incidents, testGazetteer } from "./helpers";

const article = (body: string) => `OSLO, 12 March 2021 (NTB): ${body}`;

describe("incidents", () => {
  it("makes an attack mention an incident with a date and its targets", () => {
    const ex = extract(article("A cyberattack hit Norway's parliament on Wednesday, officials said."));
    const [incident] = incidents(ex);
    // A parliament is a public body: the target is it, an agency part of its state.
    expect(incident).toMatchObject({ date: "2021-03-10", targets: ["agency:norway-parliament"] });
    expect(incident!.kind).toBeUndefined();
    expect(hasClaim(ex, "attacked", incident!.key, "agency:norway-parliament")).toBe(true);
    expect(hasClaim(ex, "part-of", "agency:norway-parliament", "state:norway")).toBe(true);
  });

  it("merges mentions of one incident in an article and lets 'the attack' refer back", () => {
    const ex = extract(
      article(
        "Estonia was the target of a massive cyber attack on March 9. The attack hit the ministry of finance and banks.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
    const key = incidents(ex)[0]!.key;
    expect(hasClaim(ex, "attacked", key, "state:estonia")).toBe(true);
    expect(hasClaim(ex, "attacked", key, "agency:estonia-ministry-of-finance")).toBe(true);
  });

  it("keeps attacks on different dates apart", () => {
    const ex = extract(article("Hackers attacked Latvia's state websites in 2019, and then again in 2020."));
    expect(
      incidents(ex)
        .map((i) => i.date)
        .sort(),
    ).toEqual(["2019", "2020"]);
  });

  it("ignores generic and hypothetical attacks", () => {
    const ex = extract(
      article("Norway is investing to defend against cyber attacks and warned of the threat of an invasion."),
    );
    expect(incidents(ex)).toEqual([]);
  });

  it("reads intelligence officers who tried to hack into a system as the attackers of what it belongs to", () => {
    const ex = extract(
      article("Norway expelled two intelligence officers who tried to hack into the email servers of NATO."),
    );
    const [incident] = incidents(ex);
    expect(incident).toMatchObject({ targets: ["organization:nato"] });
    // An officer is no attacker outside a sentence about computers.
    expect(
      incidents(extract(article("Police officers who attacked protesters in Oslo were suspended."))),
    ).toEqual([]);
  });

  it("records attacks of another kind with their kind", () => {
    const ex = extract(article("Serbia accused Croatia of a coup plot in 2016."));
    expect(incidents(ex)[0]).toMatchObject({ kind: "coup-plot" });
  });
});

describe("incidents across an article", () => {
  it("makes mentions of one named incident one incident ('the SolarWinds hack', 'the SolarWinds compromise')", () => {
    const ex = extract(
      article(
        "Norway blamed Russia for the SolarWinds hack. Officials said the SolarWinds compromise began in 2020.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(incidents(ex)[0]!.date).toBe("2020");
  });

  it("gives a headline's incident the date the story gives it later", () => {
    const ex = extract(
      "Finland blames China for parliament hack\n\nHELSINKI, 12 March 2021 (STT): A cyberattack on Finland's parliament in December was carried out from China, officials said.",
    );
    expect(incidents(ex).map((i) => i.date)).toEqual(["2020-12"]);
  });

  it("claims an attack on a state's institution against the institution, part of the state, not the state", () => {
    const ex = extract(article("A ransomware attack hit Chile's Ministry of Finance on Monday."));
    const key = incidents(ex)[0]!.key;
    expect(attackedTargets(ex, key)).toEqual(["agency:chile-ministry-of-finance (state:chile)"]);
    expect(hasClaim(ex, "part-of", "agency:chile-ministry-of-finance", "state:chile")).toBe(true);
  });
});

describe("incident labels and names", () => {
  it("labels an incident by what was hit and when, in the words the article used for the attack", () => {
    const ex = extract(
      article("A ransomware attack hit Peru's Ministry of Finance on Tuesday, officials said."),
    );
    expect(incidents(ex).map((i) => i.label)).toEqual([
      "Ransomware attack on Ministry of Finance of Peru (2021-03-09)",
    ]);
  });

  it("names a well-known operation or malware by the gazetteer's node and date, whatever the article's date", () => {
    const withOperations = createExtractionContext({
      entities: [
        ...testGazetteer.entities,
        {
          key: "incident:notpetya",
          label: "NotPetya",
          type: "incident",
          aliases: ["Not Petya"],
          date: "2017-06",
        },
      ],
    });
    const ex = extractDocument(
      { id: "a.txt", text: article("Investigators compared the wiper to NotPetya, which crippled Maersk.") },
      withOperations,
    );
    const notPetya = incidents(ex).find((i) => i.key === "incident:notpetya");
    expect(notPetya).toMatchObject({ label: "NotPetya", date: "2017-06", name: "NotPetya" });
  });

  it("keeps two named operations of one article apart and names each", () => {
    const ex = extract(
      article(
        "Operation Sandcastle hit the port authority in January. Separately, Operation Dust Lantern breached the health ministry in February.",
      ),
    );
    const names = incidents(ex)
      .map((i) => i.name)
      .sort();
    expect(names).toEqual(["Operation Dust Lantern", "Operation Sandcastle"]);
  });

  it("dates a foiled attack by the date opening the sentence that tells of the defence", () => {
    const foiled = extract(
      article(
        "In June last year, the agency said it had foiled a coordinated attack on Norway's parliament.",
      ),
    );
    expect(incidents(foiled).map((i) => i.date)).toEqual(["2020-06"]);
    // The same opening before a plain saying dates the saying, not the attack.
    const said = extract(
      article("In June last year, the agency said a coordinated attack had hit Norway's parliament."),
    );
    expect(incidents(said).map((i) => i.date)).not.toEqual(["2020-06"]);
  });

  it("dates an incident by the day it struck, not the day it was reported or blamed", () => {
    const ex = extract(
      article(
        "Norway on Friday blamed China for a cyberattack on its tax agency. The attack, which struck on March 1, wiped hundreds of servers.",
      ),
    );
    expect(incidents(ex).map((i) => i.date)).toEqual(["2021-03-01"]);
  });

  it("does not date an attack by the date it is compared with ('the worst since', 'until', 'by')", () => {
    for (const [body, other] of [
      ["The attack on Norway's tax agency was the worst since November 2017, officials said.", "2017-11"],
      [
        "A ransomware attack crippled Norway's tax agency, the worst such incident since June 2019.",
        "2019-06",
      ],
      [
        "Hackers breached Norway's tax agency, which had planned to replace its servers by January 2022.",
        "2022-01",
      ],
    ]) {
      const dates = incidents(extract(article(body!))).map((i) => i.date);
      expect(dates, body).toHaveLength(1);
      expect(dates[0], body).not.toBe(other);
    }
  });
});

describe("the victim a passive names as its subject", () => {
  it("does not take the speaker of a reporting clause for the subject of the passive it reports", () => {
    const ex = extract(article("NATO said late on Sunday that the mail gateways had been hacked."));
    expect(claimsOf(ex, "attacked").map((c) => c.target)).not.toContain("organization:nato");
    const plain = extract(
      article("NATO confirmed the pipeline operator's control servers had been breached."),
    );
    expect(claimsOf(plain, "attacked").map((c) => c.target)).not.toContain("organization:nato");
  });

  it("keeps the speaker as the victim when the reported clause opens with a pronoun", () => {
    for (const body of [
      "Norway's parliament announced on Thursday it had been breached by unknown intruders.",
      "Norway's parliament told journalists that its own mail servers were compromised in April.",
    ]) {
      const ex = extract(article(body));
      expect(
        claimsOf(ex, "attacked").map((c) => c.target),
        body,
      ).toContain("agency:norway-parliament");
    }
  });

  it("reads the subject past an aside between it and the passive verb", () => {
    const ex = extract(
      article("Norway's parliament, which sits in a building near the palace, was hacked over the weekend."),
    );
    expect(claimsOf(ex, "attacked").map((c) => c.target)).toContain("agency:norway-parliament");
  });
});

describe("an earlier incident told in passing", () => {
  it("keeps a denial on the incident under discussion, not on 'an earlier incident' named after it", () => {
    const ex = extract(
      article(
        "Hackers breached Estonia's ministry of finance on Tuesday, and investigators suspect a state actor. " +
          "A spokeswoman said analysts were also studying an earlier incident: in January, the portal of Norway's parliament was knocked offline for a day. " +
          "On Wednesday evening the Russian embassy rejected those accusations.",
      ),
    );
    const main = incidents(ex).find((i) => i.targets?.includes("agency:estonia-ministry-of-finance"));
    const earlier = incidents(ex).find((i) => i.targets?.includes("agency:norway-parliament"));
    expect(main).toBeDefined();
    expect(earlier).toBeDefined();
    const denied = claimsOf(ex, "denied").map((c) => c.target);
    expect(denied).toContain(main!.key);
    expect(denied).not.toContain(earlier!.key);
  });
});

describe("attacks told with verbs of pursuit, interference and outage", () => {
  it("reads 'went after', 'tampered with' and a passive 'was knocked offline' as attacks on what they name", () => {
    for (const body of [
      "A cyberattack began on Friday. The public portal of Norway's parliament was knocked offline until late evening.",
      "A cyberattack began on Friday. The booking pages of Norway's parliament were briefly knocked offline during the vote count.",
      "Last month hackers went after Norway's parliament with a flood of forged login requests.",
      "Intruders tampered with Norway's parliament over the weekend, the speaker's office said.",
    ]) {
      const ex = extract(article(body));
      expect(incidents(ex), body).toHaveLength(1);
      expect(
        claimsOf(ex, "attacked").map((c) => c.target),
        body,
      ).toContain("agency:norway-parliament");
    }
  });

  it("does not take a body named inside the object of 'tampered with' as its victim", () => {
    // The thing tampered with is the records, not the body that keeps them.
    const ex = extract(
      article(
        "Intruders broke into Norway's parliament in January. Detectives believe the intruders also tampered with ledgers held by Norway's tax agency.",
      ),
    );
    const targets = claimsOf(ex, "attacked").map((c) => c.target);
    expect(targets).toContain("agency:norway-parliament");
    expect(targets).not.toContain("agency:norway-tax-agency");
    // The people of a body stand for it: "went after members of X" still attacks X.
    const members = extract(article("In April hackers went after several members of Norway's parliament."));
    expect(claimsOf(members, "attacked").map((c) => c.target)).toContain("agency:norway-parliament");
  });
});

describe("public bodies named only by their kind", () => {
  it("takes 'several government ministries were breached' as an attack on the state the article is about", () => {
    const ex = extract(
      article(
        "Norway raised its cyber alert level on Monday. In May 2019, several government ministries were breached by unknown intruders.",
      ),
    );
    const breach = incidents(ex).find((i) => i.date === "2019-05");
    expect(breach).toBeDefined();
    expect(hasClaim(ex, "attacked", breach!.key, "state:norway")).toBe(true);
  });
});

describe("a question asking what an attack hit", () => {
  it("reads no victim and no incident from the interrogative subject of a passive", () => {
    // The question asks; the sentence answering it names the victim.
    const ex = extract(
      article("What was hit on Tuesday? Hackers crippled the booking portal of Norway's tax agency."),
    );
    const targets = incidents(ex).flatMap((i) => i.targets ?? []);
    expect(targets).toEqual(["agency:norway-tax-agency"]);
  });

  it("keeps the attack a question asks about when it names the body ('Which Danish ministry was hit?')", () => {
    const ex = extract(
      article("Which Danish ministry was hit by hackers in March 2024? Denmark blamed Russia."),
    );
    const attack = incidents(ex).find((i) => i.date === "2024-03");
    expect(attack).toBeDefined();
    expect(hasClaim(ex, "attributed-to", attack!.key, "state:russia")).toBe(true);
  });

  it("makes no organization of the question's word, but keeps an acronym written like one", () => {
    const asked = extract(
      article("Who was breached? Intruders froze the payroll servers of Norway's customs agency."),
    );
    expect(asked.entities.map((e) => e.label)).not.toContain("Who");
    // "WHO" in capitals is a name (an organization the test gazetteer lacks), not a question's word.
    const named = extract(article("WHO was breached by intruders on Monday, its staff said."));
    expect(named.entities.find((e) => e.label === "WHO")?.type).toBe("organization");
  });
});
