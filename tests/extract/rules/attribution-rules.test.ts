/**
 * One block per attribution rule of `CLAIM_RULES`, each with its own invented sentences (none
 * comes from a fixture). Datelines give the articles a publication date.
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../../src/extract";
import { attackedTargets, claimsOf, extract, hasClaim, incidents, testGazetteer } from "../helpers";

const wire = (body: string) => `QUITO, 3 March 2025 (Reuters) - ${body}`;
const attackOn = (ex: ReturnType<typeof extract>) => incidents(ex)[0]!.key;
const claimantsOf = (ex: ReturnType<typeof extract>, source: string, target: string) =>
  ex.claims.find((c) => c.type === "attributed-to" && c.source === source && c.target === target)?.claimants;

describe("blame rule", () => {
  it("makes the object of 'accused' the actor and the subject the claimant", () => {
    const ex = extract(wire("Ecuador accused Venezuela of a cyberattack on its electricity regulator."));
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toContain("state:ecuador");
  });

  it("reads the passive 'was blamed for' with the subject as the one blamed", () => {
    const ex = extract(
      wire("A hacking attack crippled Ecuador's customs service. Venezuela was blamed for the attack."),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
  });

  it("reads the passive '<incident> was blamed on Y' with Y accused, never the incident's target", () => {
    for (const text of [
      "The cyberattack on Ecuador's customs service was blamed on Venezuela.",
      "Last week's hack of the Ecuadorean finance ministry has been blamed on Venezuela, the minister said.",
      "Officials said the breach of Ecuador's customs service was widely blamed on hackers working for Venezuela.",
    ]) {
      const ex = extract(wire(text));
      const accused = ex.claims.filter((c) => c.type === "attributed-to").map((c) => c.target);
      expect(accused).toEqual(["state:venezuela"]);
    }
    const onMonday = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Venezuela was blamed on Monday for the attack.",
      ),
    );
    expect(hasClaim(onMonday, "attributed-to", attackOn(onMonday), "state:venezuela")).toBe(true);
  });

  it("blames every incident joined by 'and' after 'of', each with its own target", () => {
    const ex = extract(
      wire(
        "Chile accused Bolivia of the 2021 attack on the port authority and the 2023 breach of the tax office.",
      ),
    );
    const dated = (year: string) => incidents(ex).find((i) => i.date === year)!.key;
    expect(hasClaim(ex, "attributed-to", dated("2021"), "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "attributed-to", dated("2023"), "state:bolivia")).toBe(true);
  });

  it("does not blame an incident that a new clause names after 'and'", () => {
    const ex = extract(
      wire(
        "Chile accused Bolivia of the 2021 attack on the port authority, and said the 2023 breach of the tax office was criminal.",
      ),
    );
    const dated = (year: string) => incidents(ex).find((i) => i.date === year)!.key;
    expect(hasClaim(ex, "attributed-to", dated("2021"), "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "attributed-to", dated("2023"), "state:bolivia")).toBe(false);
  });
});

describe("blame rule, 'blamed the attack on X'", () => {
  const hit = "Hackers crippled the customs service of Ecuador on Monday. ";

  it("blames the one after 'on' for the attack under discussion, not an attack on it", () => {
    for (const text of [
      `${hit}Ecuador blamed the attack on Venezuela.`,
      `${hit}In a late-night statement, Ecuadorian officials blamed the intrusion on a group they call APT29.`,
    ]) {
      const ex = extract(wire(text));
      const blamed = ex.claims.filter((c) => c.type === "attributed-to");
      expect(blamed.length).toBeGreaterThan(0);
      for (const claim of blamed) expect(claim.source).toBe(attackOn(ex));
    }
  });

  it("keeps the attack's own target when the one blamed comes before 'for'", () => {
    const ex = extract(wire("Ecuador blamed Venezuela for the attack on its customs service on Monday."));
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
    // "its" is the accuser's: the customs service hit is Ecuador's.
    expect(attackedTargets(ex, attackOn(ex))).toEqual(["agency:ecuador-customs-service (state:ecuador)"]);
  });
});

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

describe("denial rule, another event named", () => {
  it("denies nothing about the attack under discussion when the object names another event", () => {
    const ex = extract(
      wire(
        "Ecuador accused Cuba of a cyberattack on its ports. Havana has always denied any role in the Bangladesh heist.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "denied")).toBe(false);
  });
});

describe("claimants of a rejected claim", () => {
  it("gives an attribution inside 'rejected claims by X that ...' to X, never to the denier", () => {
    const ex = extract(
      wire(
        "Venezuela has rejected claims by the Ecuadorian government that Cuba was behind the cyberattack on Ecuador's customs service, its foreign ministry spokeswoman said.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:cuba")).toEqual(["state:ecuador"]);
  });

  it("reads adverbs between the auxiliary and the verb ('Ecuadorian officials have since told reporters')", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Ecuador has since told reporters that Cuba was behind the attack.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:cuba")).toContain("state:ecuador");
  });

  it("reads 'X alleged that' as speech, but not 'alleged officers'", () => {
    const said = extract(
      wire("A cyberattack crippled Ecuador's customs service. Ecuador alleged that Cuba was behind it."),
    );
    expect(claimantsOf(said, attackOn(said), "state:cuba")).toContain("state:ecuador");
    const adjective = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Prosecutors charged two alleged Cuban officers over it.",
      ),
    );
    expect(adjective.claims.some((c) => c.claimants.includes("state:cuba"))).toBe(false);
  });
});

describe("claimants of a second verb", () => {
  it("makes the sentence's subject the speaker of 'and later said'", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Ecuador, which runs the service, blamed hackers at first and later said Venezuela was behind the attack.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toContain("state:ecuador");
  });
});

describe("blame rule, nouns and other times", () => {
  it("reads 'charges' and 'sanctions' after a determiner as nouns, blaming no one", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. A senator called on the Colombian police to bring criminal charges.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:colombia")).toBe(false);
  });

  it("blames no one for the attack when the act accused of is no attack ('of fabricating claims')", () => {
    const ex = extract(
      wire(
        "Ecuador accused Venezuela of a cyberattack on its customs service. Venezuela in turn accused Colombia of fabricating claims.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:colombia")).toBe(false);
    const hacking = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Ecuador accused Colombia of hacking the service.",
      ),
    );
    expect(hasClaim(hacking, "attributed-to", attackOn(hacking), "state:colombia")).toBe(true);
  });

  it("does not lay at the current attack's door a charge the sentence dates to other years", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service in February. In 2016 prosecutors charged Venezuela with gaining access in 2013 to a dam.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(false);
    const same = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service in February. Prosecutors accused Venezuela of the attack.",
      ),
    );
    expect(hasClaim(same, "attributed-to", attackOn(same), "state:venezuela")).toBe(true);
  });
});

describe("claimants", () => {
  it("lists a body's spokesman, the body and its state; never the accused's own state", () => {
    const ex = extract(
      wire("APT29 was behind the cyberattack on Germany's parliament, a spokesman for the BSI said."),
    );
    const claimants = claimantsOf(ex, attackOn(ex), "group:apt29") ?? [];
    expect(claimants).toEqual(expect.arrayContaining(["agency:bsi", "state:germany"]));
  });

  it("makes a group that claims responsibility its own claimant", () => {
    const ex = extract(wire("APT29 claimed responsibility for the cyberattack on Ecuador's tax agency."));
    expect(claimantsOf(ex, attackOn(ex), "group:apt29")).toContain("group:apt29");
  });

  it("finds a company named in full again by its short name, as the speaker of a later sentence", () => {
    const ex = extract(
      wire(
        "Hackers broke into Ecuador's customs service, according to the security firm Quillmark Labs. Quillmark said Venezuela was behind the cyberattack.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toContain("organization:quillmark-labs");
  });

  it("takes no speaker from a possessive before a noun that looks like a verb ('his remarks')", () => {
    const ex = extract(
      wire(
        "Minister Lucia Ortega said hackers had struck the customs service. She did not name Venezuela in her remarks, but Ecuadorian officials said Venezuela was behind the cyberattack.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toEqual(["state:ecuador"]);
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

describe("passive agent rule", () => {
  it("reads 'carried out by' and 'directed from'", () => {
    const ex = extract(
      wire(
        "The cyberattack on Ecuador's central bank was carried out by APT29, the bank said. It was directed from Russia.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
  });

  it("does not make the incident after 'tied to' an agent", () => {
    const ex = extract(
      wire(
        "The cyberattack on Ecuador's central bank was the work of APT29, a group the bank tied to espionage against Peruvian ministries.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:peru")).toBe(false);
  });

  it("gives the attack to the body a possessive owns, with its state", () => {
    // A known body named after its state's possessive is a slot of its own, not part of the state's.
    const context = createExtractionContext(
      {
        entities: [
          ...testGazetteer.entities,
          {
            key: "agency:irgc",
            label: "Islamic Revolutionary Guard Corps",
            type: "agency",
            aliases: ["Revolutionary Guards"],
            country: "state:iran",
          },
        ],
      },
      { referenceYear: 2026 },
    );
    const accusedIn = (line: string) => {
      const ex = extractDocument({ id: "o.txt", text: wire(line) }, context);
      return claimsOf(ex, "attributed-to").map((c) => c.target);
    };
    for (const line of [
      "Ecuador's central bank said the breach of its payment system had been mounted by Iran's Revolutionary Guards.",
      "Forensic teams found that the cyberattack on Ecuador's central bank bore the hallmarks of Iran's Revolutionary Guards.",
    ]) {
      const accused = accusedIn(line);
      expect(accused).toContain("state:iran");
      expect(accused).toContain("agency:irgc");
    }
    // A possessive inside a relative clause after the agent is that clause's subject, not the agent.
    expect(
      accusedIn(
        "Ecuador's central bank said the breach of its payment system had been mounted by a crew that Iran's Revolutionary Guards disowned.",
      ),
    ).not.toContain("agency:irgc");
    // "run by" names a group's sponsor: the attack is not the body's for that.
    const sponsor = extractDocument(
      {
        id: "r.txt",
        text: wire(
          "The cyberattack on Ecuador's central bank was the work of APT29, the bank said. The crew, an analyst said, is run by Iran's Revolutionary Guards.",
        ),
      },
      context,
    );
    expect(
      claimsOf(sponsor, "attributed-to").some(
        (c) => c.source.startsWith("incident:") && c.target === "agency:irgc",
      ),
    ).toBe(false);
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

describe("passive agent rule, what shows who did it ('the hallmarks of X', 'points towards X')", () => {
  const story = (line: string) => extract(wire(`Hackers hit the port of Guayaquil on Monday. ${line}`));

  it("reads the marks an attack bears as pointing at their author", () => {
    for (const line of [
      "The attack bore the hallmarks of Venezuela's military intelligence, officials said.",
      "On every server the wiper left a digital signature of Venezuela, investigators say.",
      "Analysts found that the loader bore the fingerprints of Venezuelan military intelligence.",
      "Every log we have points towards Venezuela.",
    ]) {
      const ex = story(line);
      expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
    }
  });

  it("reads the handiwork of attackers named by whom they work for", () => {
    const ex = story("It was, in the agency's view, the handiwork of operators paid by Venezuela.");
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
  });

  it("does not blame a state named in a phrase 'of' that heads no attacker, nor one praised for its work", () => {
    for (const line of [
      "It came a week after the signature of a trade pact with Venezuela.",
      "The outage was fixed thanks to the hard work of Venezuela's cyber agency.",
    ])
      expect(claimsOf(story(line), "attributed-to")).toEqual([]);
  });
});

describe("object readers stop at an inverted speech tag", () => {
  const story = (line: string) =>
    extract(wire(`Intruders wiped the payroll servers of Ecuador's tax office on Friday. ${line}`));

  it("never takes the speaker, or the state owning it, as the one accused", () => {
    for (const line of [
      "The wiping looked like the handiwork of a seasoned crew, said Colombia's defence minister.",
      "It was the work of an elite outfit, says Peru's foreign minister.",
      "The malware bore the hallmarks of a foreign service, according to Peru's interior minister.",
      "The wiping was done by professionals, said Colombia's interior minister.",
    ]) {
      const ex = story(line);
      expect(claimsOf(ex, "attributed-to")).toEqual([]);
    }
  });

  it("still reads the accused before the tag, and an aside that the clause goes on after", () => {
    for (const line of [
      "The wiping was the work of Venezuelan hackers, said Colombia's defence minister.",
      "The wiping was done by a crew that, according to Colombia's defence minister, answers to Venezuela.",
      "The wiping was done by a crew said to be paid by Venezuela.",
    ]) {
      const ex = story(line);
      expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
      expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:colombia")).toBe(false);
    }
  });
});

describe("group sponsor rule", () => {
  it("reads 'X, which Y ties to Z' as the group attributed to its sponsor, claimed by Y", () => {
    const ex = extract(wire("Cozy Bear, which Ecuador ties to Russia, has been active for a decade."));
    expect(hasClaim(ex, "attributed-to", "group:apt29", "state:russia")).toBe(true);
    expect(claimantsOf(ex, "group:apt29", "state:russia")).toContain("state:ecuador");
  });

  it("reads 'a unit of' in apposition, and never takes the sponsor from the gazetteer alone", () => {
    const unit = extract(wire("APT29, a unit of Russia's intelligence services, denied nothing."));
    expect(hasClaim(unit, "attributed-to", "group:apt29", "state:russia")).toBe(true);
    const bare = extract(wire("APT29 has been active in Ecuador for a decade."));
    expect(bare.claims.some((c) => c.source === "group:apt29")).toBe(false);
  });
});

describe("denial rule", () => {
  it("makes the denier the subject of the denial, never the accuser", () => {
    const ex = extract(
      wire("Ecuador accused Cuba of a cyberattack on its ports. Cuba denied the accusations."),
    );
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:ecuador")).toBe(false);
  });

  it("reads a state-media 'so-called' dismissal as a denial", () => {
    const ex = extract(
      wire("Ecuador accused Cuba of a cyberattack on its ports. Cuba rejected the so-called evidence."),
    );
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });
});

describe("disavowal rule", () => {
  it("reads state-media denials without a denial verb, and not an inquiry that was not conducted", () => {
    const accused = "Ecuador accused Cuba of a cyberattack on its ports. ";
    const nothing = extract(wire(`${accused}Cuba has nothing to do with the attacks, a spokesman said.`));
    expect(hasClaim(nothing, "denied", "state:cuba", attackOn(nothing))).toBe(true);
    const called = extract(wire(`${accused}Cuba called the accusations "groundless".`));
    expect(hasClaim(called, "denied", "state:cuba", attackOn(called))).toBe(true);
    const opposes = extract(wire(`${accused}Cuba firmly opposes all forms of cyberattacks.`));
    expect(hasClaim(opposes, "denied", "state:cuba", attackOn(opposes))).toBe(true);
    const inquiry = extract(wire(`${accused}Ecuador did not conduct an inquiry into the ports.`));
    expect(inquiry.claims.some((c) => c.type === "denied")).toBe(false);
  });
});

describe("disavowal rule, what the denier says of the accusations", () => {
  const accused = "Ecuador accused Cuba of a cyberattack on its ports. ";

  it("makes whoever calls the accusations baseless the denier, and reads 'no involvement whatsoever'", () => {
    const baseless = extract(wire(`${accused}Cuba said that the accusations were "baseless lies".`));
    expect(hasClaim(baseless, "denied", "state:cuba", attackOn(baseless))).toBe(true);
    const none = extract(
      wire(`${accused}A spokesman said Cuba had "no involvement whatsoever" in the incident.`),
    );
    expect(hasClaim(none, "denied", "state:cuba", attackOn(none))).toBe(true);
  });

  it("reads a quoted denial verb ('Cuba \"resolutely opposes\" all hacking')", () => {
    const ex = extract(wire(`${accused}The embassy said that Cuba "resolutely opposes" all hacking.`));
    expect(hasClaim(ex, "denied", "state:cuba", attackOn(ex))).toBe(true);
  });
});

describe("denial and disavowal rules, a mission abroad denies for its state", () => {
  const accused = "Ecuador accused Cuba of a cyberattack on its ports. ";

  it("makes the state an embassy represents a denier with the embassy, in wire and state-media wording", () => {
    const rejected = extract(
      wire(`${accused}The Cuban embassy in Quito rejected the allegations on Friday.`),
    );
    expect(hasClaim(rejected, "denied", "state:cuba", attackOn(rejected))).toBe(true);
    expect(rejected.claims.some((c) => c.type === "denied" && c.source.startsWith("agency:"))).toBe(true);
    const called = extract(
      wire(
        `${accused}In a short note, Cuba's embassy in Lima said the accusations were "entirely baseless".`,
      ),
    );
    expect(hasClaim(called, "denied", "state:cuba", attackOn(called))).toBe(true);
  });

  it("does not make a ministry's denial its state's unless it speaks for it, nor the accuser a denier", () => {
    const ex = extract(
      wire(`${accused}Ecuador's interior ministry dismissed the idea that the outage was an accident.`),
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:ecuador")).toBe(false);
  });
});

describe("passive-agent rule, an attack claimed by its author", () => {
  it("makes the group an attack was claimed by its own claimant, in a long wire sentence and a short blog line", () => {
    const wireLine = extract(
      wire(
        "In June 2023 a wave of denial-of-service attacks claimed by a group calling itself Cyber Jaguars took down the customs portal of Ecuador for three days, officials said.",
      ),
    );
    const blog = extract(
      "09:15 — The outage at Ecuador's customs service: an attack claimed by APT29, we hear.",
    );
    for (const ex of [wireLine, blog]) {
      const claim = ex.claims.find((c) => c.type === "attributed-to" && c.target.startsWith("group:"));
      expect(claim).toBeDefined();
      expect(claim!.claimants).toContain(claim!.target);
    }
  });

  it("does not make a group an attack was carried out by a claimant of it", () => {
    const ex = extract(
      wire(
        "In June 2023 a wave of denial-of-service attacks carried out by APT29 took down the customs portal of Ecuador for three days, Germany's BSI said.",
      ),
    );
    const claim = ex.claims.find((c) => c.type === "attributed-to" && c.target === "group:apt29");
    expect(claim).toBeDefined();
    expect(claim!.claimants).not.toContain("group:apt29");
  });
});

describe("passive-agent rule, 'run by', 'operated by', 'funded by'", () => {
  it("reads an attack run, operated or funded by its author, as a passive or a reduced relative", () => {
    for (const body of [
      "The ransomware attack on Ecuador's customs service was run by Venezuela, officials said.",
      "Officials said the phishing campaign against Ecuador's customs service, operated by Venezuela, lasted weeks.",
      "Hackers operated by Venezuela hit Ecuador's customs service in a ransomware attack.",
      "UPDATE 14:05 - the DDoS attack on Ecuador's customs service was funded by Venezuela, police say.",
    ]) {
      const ex = extract(wire(body));
      expect(hasClaim(ex, "attributed-to", "incident:*", "state:venezuela")).toBe(true);
    }
  });

  it("does not blame a body that runs, pays for or tasks something other than the attack", () => {
    for (const body of [
      "During the ransomware attack on Ecuador's customs service, the intruders also reached a payment portal run by Venezuela's central bank and systems operated by Peru.",
      "The ransomware attack hit a payment portal that is operated by Peru's finance ministry.",
      "A team tasked by Peru's interior ministry with investigating the ransomware attack on Ecuador's customs service arrived on Monday.",
    ])
      expect(extract(wire(body)).claims.filter((c) => c.type === "attributed-to")).toEqual([]);
  });
});

describe("penalty rule, sanctions and charges over an attack", () => {
  const directorate = "agency:cuba-intelligence-directorate";

  it("puts the body whose officers are sanctioned behind the attack, the one imposing it claiming so", () => {
    const ex = extract(
      wire(
        "Peru's Treasury on Tuesday announced sanctions against three officials of Cuba's Intelligence Directorate for the 2024 ransomware attack on the Lima port authority.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), directorate)).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), directorate)).toEqual(
      expect.arrayContaining(["agency:peru-treasury", "state:peru"]),
    );
  });

  it("reads a travel ban on a group 'in connection with' the attack, and a reason given as 'saying they were behind'", () => {
    const council = extract(
      "Live updates, 12:40 — The Council adopted a travel ban and an asset freeze against APT29 in connection with the hacking of the Chilean senate in 2023.",
    );
    expect(hasClaim(council, "attributed-to", "incident:*", "group:apt29")).toBe(true);
    const saying = extract(
      wire(
        "Lima imposed new sanctions on five commanders of Cuba's Intelligence Directorate, saying they were behind the 2024 ransomware attack on the port authority.",
      ),
    );
    expect(hasClaim(saying, "attributed-to", attackOn(saying), directorate)).toBe(true);
  });

  it("blames no one for sanctions without an attack as their reason, or on what is no actor", () => {
    const dispute = extract(wire("Chile lifted sanctions on Venezuela over the 2019 election dispute."));
    expect(dispute.claims.some((c) => c.type === "attributed-to")).toBe(false);
    const exports = extract(
      wire(
        "Peru said new sanctions on Cuba's oil exports were unrelated to the 2024 ransomware attack on the Lima port authority.",
      ),
    );
    expect(exports.claims.some((c) => c.type === "attributed-to")).toBe(false);
  });
});

describe("blame rule, charges naming the act after 'with'", () => {
  it("reads 'charged two operatives of a group with the breach' as that group behind the breach", () => {
    const ex = extract(
      wire(
        "Ecuador's prosecutors have charged two APT29 operatives with the 2024 breach at the Quito water utility, the attorney general said.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
  });

  it("reads an attack named by a gerund after 'with', and not an officer charged with protecting a network", () => {
    const gerund = extract(
      "Press release — A federal court indicted four officers of Cuba's Intelligence Directorate with hacking the electoral council in 2024.",
    );
    expect(hasClaim(gerund, "attributed-to", "incident:*", "agency:cuba-intelligence-directorate")).toBe(
      true,
    );
    const duty = extract(
      wire(
        "Hackers crippled Ecuador's customs service in January. The minister charged Germany's BSI with protecting the customs network.",
      ),
    );
    expect(duty.claims.some((c) => c.type === "attributed-to" && c.target === "agency:bsi")).toBe(false);
  });
});

describe("denial rule, 'those accusations'", () => {
  it("answers the accusation the sentence before reported, not an earlier attack", () => {
    const ex = extract(
      wire(
        "Hackers crippled Ecuador's customs service on Monday. Ecuador blamed Cuba for it. In 2023 Peru accused APT29 of a cyberattack on its tax agency. Cuba dismissed those accusations too.",
      ),
    );
    const peru = incidents(ex).find((i) => i.date?.startsWith("2023"));
    expect(peru).toBeDefined();
    expect(hasClaim(ex, "denied", "state:cuba", peru!.key)).toBe(true);
  });
});

describe("condemn and verdict rules", () => {
  it("reads 'condemned the attack' and a speaker calling it 'reckless'", () => {
    const ex = extract(wire("NATO condemned the cyberattack on Ecuador's parliament."));
    expect(hasClaim(ex, "condemned", "organization:nato", attackOn(ex))).toBe(true);
    const verdict = extract(wire('The cyberattack on Ecuador\'s parliament was "reckless", NATO said.'));
    expect(hasClaim(verdict, "condemned", "organization:nato", attackOn(verdict))).toBe(true);
  });
});

describe("condemn rule, an object that describes the attack", () => {
  const hit = "Hackers crippled the customs service of Ecuador on Monday. ";

  it("reads no condemnation in 'asked X to condemn' or 'declined to condemn', but one in 'was quick to condemn'", () => {
    const asked = extract(wire(`${hit}Ecuador asked its neighbours to condemn the attack.`));
    expect(asked.claims.some((c) => c.type === "condemned")).toBe(false);
    const declined = extract(wire(`${hit}Peru declined to condemn the attack.`));
    expect(declined.claims.some((c) => c.type === "condemned")).toBe(false);
    const quick = extract(wire(`${hit}NATO was quick to condemn the attack.`));
    expect(hasClaim(quick, "condemned", "organization:nato", attackOn(quick))).toBe(true);
  });

  it("reads a condemnation told to 'the press' as made: the noun is no verb of asking", () => {
    const told = extract(
      wire(`${hit}Ecuador's president told the press he wanted to condemn the attack without reserve.`),
    );
    expect(told.claims.some((c) => c.type === "condemned")).toBe(true);
  });

  it("reads a quoted description and 'what she called ...' as the attack under discussion", () => {
    const quoted = extract(wire(`${hit}NATO condemned "any attack on the institutions of an ally".`));
    expect(hasClaim(quoted, "condemned", "organization:nato", attackOn(quoted))).toBe(true);
    const called = extract(
      wire(
        `${hit}The European Union backed Quito, with a spokeswoman for the bloc condemning what she called "malicious cyber activity against a partner".`,
      ),
    );
    expect(hasClaim(called, "condemned", "organization:european-union", attackOn(called))).toBe(true);
  });

  it("gives a second verb joined by ', and' to the speaker, not to the actor the first clause accuses", () => {
    const ex = extract(
      wire(
        `${hit}In a statement, Germany's BSI said APT29 was almost certainly behind the intrusion, and condemned what it called "reckless cyber activity".`,
      ),
    );
    // A body cannot condemn in the data model: its state does.
    expect(hasClaim(ex, "condemned", "state:germany", attackOn(ex))).toBe(true);
    expect(ex.claims.some((c) => c.type === "condemned" && c.source === "group:apt29")).toBe(false);
  });

  it("gives a body's condemnation to the organization that owns it", () => {
    const gazetteer = {
      entities: [
        ...testGazetteer.entities,
        {
          key: "organization:andean-community",
          label: "Andean Community",
          type: "organization" as const,
          aliases: ["CAN"],
        },
        {
          key: "agency:andean-secretariat",
          label: "Andean Secretariat",
          type: "agency" as const,
          aliases: ["CAN Secretariat"],
          parent: "organization:andean-community",
        },
      ],
    };
    const ex = extractDocument(
      { id: "c.txt", text: wire(`${hit}On Tuesday the CAN Secretariat firmly condemned the attack.`) },
      createExtractionContext(gazetteer, { referenceYear: 2026 }),
    );
    expect(hasClaim(ex, "condemned", "organization:andean-community", attackOn(ex))).toBe(true);
    expect(ex.claims.some((c) => c.type === "condemned" && c.source.startsWith("agency:"))).toBe(false);
  });

  it("takes no 'condemned it/them' for the attack: the pronoun may stand for anything said since", () => {
    for (const body of [
      `${hit}Peru recalled its ambassador from Quito on Tuesday. The OAS condemned it as a blow to the region.`,
      `${hit}Officers detained three students in Cuenca on Thursday. Ecuador's president condemned them as vandals.`,
    ]) {
      const ex = extract(wire(body));
      expect(incidents(ex).length).toBeGreaterThan(0);
      expect(ex.claims.some((c) => c.type === "condemned")).toBe(false);
    }
  });

  it("condemns nothing when the object is no attack or the verb is negated", () => {
    const decision = extract(wire(`${hit}NATO condemned "the decision to expel its diplomats".`));
    expect(decision.claims.some((c) => c.type === "condemned")).toBe(false);
    const refused = extract(wire(`${hit}NATO did not condemn "any specific attack", a spokesman said.`));
    expect(refused.claims.some((c) => c.type === "condemned")).toBe(false);
  });
});

describe("attack rule", () => {
  it("makes the state whose body was hit attacked", () => {
    const ex = extract(wire("The cyberattack on Germany's BSI took its website offline on Monday."));
    expect(hasClaim(ex, "attacked", attackOn(ex), "state:germany")).toBe(true);
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

describe("blame rule, the accused alone", () => {
  it("reads 'blamed X at the time' for the attack under discussion", () => {
    const ex = extract(
      wire(
        "A cyberattack took down Ecuador's customs portal in 2019. Ecuadorian officials blamed Cuba at the time.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:cuba")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "state:cuba")).toContain("state:ecuador");
  });

  it("reads nothing into 'stopped short of accusing'", () => {
    const ex = extract(
      wire(
        "A cyberattack took down Ecuador's customs portal in 2019. Ecuadorian officials stopped short of accusing the Cuban state.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:cuba")).toBe(false);
  });
});

describe("attackers-of rule", () => {
  it("makes whom the attackers serve the attack's author ('hackers working for X had accessed')", () => {
    const ex = extract(
      wire(
        "Ecuador said hackers working for Cuba had accessed the mailboxes of Ecuador's coast guard in May.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:cuba")).toBe(true);
    expect(hasClaim(ex, "attacked", "incident:*", "agency:ecuador-coast-guard")).toBe(true);
  });

  it("makes 'suspected of acting for' a suspected claim", () => {
    const ex = extract(
      wire("Hackers suspected of acting on behalf of Cuba breached Ecuador's central bank on Sunday."),
    );
    expect(ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:cuba")?.stance).toBe(
      "suspected",
    );
  });
});

// The wordings below replace the name-swapped dev-corpus sentences the held-out tests used to hold.
const rio = (body: string) => `MONTEVIDEO, 20 September 2021 (AFP) - ${body}`;
const hit = "A ransomware attack struck Uruguay's customs service on Friday. ";

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

describe("agents in quotes and after 'the work of'", () => {
  it("reads 'was in all likelihood the handiwork of X' as suspected", () => {
    const ex = extract(
      rio("The ransomware attack that struck Uruguay's customs service was probably the handiwork of APT29."),
    );
    expect(ex.claims.find((c) => c.type === "attributed-to" && c.target === "group:apt29")?.stance).toBe(
      "suspected",
    );
  });

  it("reads a quoted agent after 'the work of' and after 'blamed the attack on'", () => {
    const work = extract(
      rio(`${hit}Uruguay called it the work of a "Paraguayan government-linked hacking crew".`),
    );
    expect(hasClaim(work, "attributed-to", incidents(work)[0]!.key, "state:paraguay")).toBe(true);
    const blamed = extract(rio(`${hit}Uruguay blamed the attack on "Paraguayan intelligence operatives".`));
    expect(hasClaim(blamed, "attributed-to", incidents(blamed)[0]!.key, "state:paraguay")).toBe(true);
  });

  it("reads an active 'X had very likely carried out the attack' as suspected", () => {
    const ex = extract(rio(`${hit}Chile said APT29 had very likely carried out the attack.`));
    expect(ex.claims.find((c) => c.type === "attributed-to" && c.target === "group:apt29")?.stance).toBe(
      "suspected",
    );
  });

  it("reads 'tied a group known as X to a 2016 intrusion into ...' with the actor before 'to'", () => {
    const ex = extract(
      rio("Uruguay tied a hacking group known as Cozy Bear to a 2016 intrusion into its senate."),
    );
    expect(incidents(ex)[0]!.date).toBe("2016");
    expect(hasClaim(ex, "attributed-to", incidents(ex)[0]!.key, "group:apt29")).toBe(true);
  });

  it("reads the gerund after 'blamed X ... for' as the attack ('for hacking Y')", () => {
    const ex = extract(rio("Uruguay on Friday blamed Paraguay for hacking Uruguay's electoral tribunal."));
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:paraguay")).toBe(true);
    expect(attackedTargets(ex)).toEqual(["agency:uruguay-electoral-tribunal (state:uruguay)"]);
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

describe("denials, dismissals and condemnations", () => {
  it("reads a capital's 'rejected everything' as its state denying what it was accused of", () => {
    const ex = extract(
      rio("Uruguay blamed Venezuela for hacking its senate on Friday. Caracas rejected everything."),
    );
    expect(hasClaim(ex, "denied", "state:venezuela", incidents(ex)[0]!.key)).toBe(true);
  });

  it("lets a foreign ministry spokeswoman's dismissal stand for her state", () => {
    const ex = extract(
      rio(
        "Uruguay blamed Paraguay for hacking its senate on Friday. Paraguayan foreign ministry spokeswoman Ines Gomez dismissed the allegations.",
      ),
    );
    expect(hasClaim(ex, "denied", "state:paraguay", incidents(ex)[0]!.key)).toBe(true);
  });

  it("reads 'X rejected it.' as a denial", () => {
    const ex = extract(rio("Uruguay accused Venezuela of hacking its senate. Venezuela rejected it."));
    expect(hasClaim(ex, "denied", "state:venezuela", incidents(ex)[0]!.key)).toBe(true);
  });

  it("lets a blanket denial deny every incident laid at the denier's door so far", () => {
    const ex = extract(
      rio(
        "Uruguay blamed Venezuela for hacking its senate on Friday. It also blamed Venezuela for a 2018 breach of its tax office. Venezuela denied everything.",
      ),
    );
    const accused = ex.claims.filter((c) => c.type === "attributed-to" && c.target === "state:venezuela");
    expect(accused.length).toBeGreaterThan(0);
    for (const c of accused) expect(hasClaim(ex, "denied", "state:venezuela", c.source)).toBe(true);
  });

  it("gives 'were among the governments that condemned' to each state listed", () => {
    const ex = extract(
      rio(`${hit}Chile and Peru were among the governments that swiftly condemned the attack.`),
    );
    expect(hasClaim(ex, "condemned", "state:chile", incidents(ex)[0]!.key)).toBe(true);
    expect(hasClaim(ex, "condemned", "state:peru", incidents(ex)[0]!.key)).toBe(true);
  });

  it("reads a speaker judging the attack 'utterly reckless' as condemning it", () => {
    const ex = extract(rio(`${hit}Chile said the attack was "utterly reckless".`));
    expect(hasClaim(ex, "condemned", "state:chile", incidents(ex)[0]!.key)).toBe(true);
  });
});

describe("disavowal rule, across an opening quote", () => {
  it("keeps the subject before a quotation that opens the predicate ('Paraguay \"has nothing to do with\" it')", () => {
    const ex = extract(
      rio(
        'Uruguay blamed Paraguay for hacking its senate. Paraguay "has nothing to do with" the attack, its president said.',
      ),
    );
    expect(hasClaim(ex, "denied", "state:paraguay", incidents(ex)[0]!.key)).toBe(true);
  });

  it("does not give a quotation after a colon the speaker of an earlier clause", () => {
    const ex = extract(
      rio(
        'Uruguay blamed Paraguay for hacking its senate. Chile said: "Nobody has nothing to do with anything."',
      ),
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:chile")).toBe(false);
  });
});

describe("verdict and condemn rules, who judges and which attack", () => {
  it("does not take the possessor of the judged campaign for a judge ('said Paraguay's campaign was reckless')", () => {
    const ex = extract(
      rio(`${hit}Chile's president said Paraguay's campaign against Uruguay was "reckless".`),
    );
    expect(ex.claims.some((c) => c.type === "condemned" && c.source === "state:paraguay")).toBe(false);
  });

  it("refers 'condemned the attack on Friday' back to the attack under discussion, even from another year", () => {
    const ex = extract(
      "MONTEVIDEO, 7 January 2022 (AFP) - Hackers breached Uruguay's senate on 28 December 2021. Chile and Peru condemned the attack on Thursday.",
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(hasClaim(ex, "condemned", "state:chile", incidents(ex)[0]!.key)).toBe(true);
  });
});

describe("traces rule, what the attack left behind", () => {
  it("reads 'the tools found on the servers belong to a group they call X' with the firm that said it", () => {
    const ex = extract(
      wire(
        "Hackers breached the network of Ecuador's customs service in February. Analysts at the security firm Quillstone, who were hired by the agency in March, said on Monday that the tools found on the servers belong to a group they call Amber Lynx.",
      ),
    );
    const actor = ex.entities.find((e) => e.label === "Amber Lynx")?.key;
    expect(actor).toBeDefined();
    expect(hasClaim(ex, "attributed-to", attackOn(ex), actor!)).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), actor!)?.some((c) => c.includes("quillstone"))).toBe(true);
  });

  it("says nothing when the tools are said not to belong to anyone named", () => {
    const ex = extract(
      wire(
        "Hackers breached the network of Ecuador's customs service in February. Officials said there was no evidence the tools found on the servers belong to Venezuela.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(false);
  });

  it("reads 'the infrastructure used by X' and 'the implants matched those of X' as X behind it", () => {
    for (const text of [
      "Hackers breached the network of Ecuador's customs service in February. Analysts said the phishing emails contained code used by a group called Amber Lynx.",
      "Hackers breached the network of Ecuador's customs service in February. The implants on the mail servers matched those of a crew known as Amber Lynx.",
    ]) {
      const ex = extract(wire(text));
      const actor = ex.entities.find((e) => e.label === "Amber Lynx")?.key;
      expect(actor).toBeDefined();
      expect(hasClaim(ex, "attributed-to", attackOn(ex), actor!)).toBe(true);
    }
  });

  it("does not take an infrastructure used by the victim as the attacker's", () => {
    const ex = extract(
      wire(
        "Hackers breached the network of Ecuador's customs service in February. Officials found no sign that the infrastructure used by Venezuela was involved.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(false);
  });

  it("reads 'used by' and 'matched those of' only of the trace noun heading the phrase before them", () => {
    for (const sentence of [
      // Another verb and its object stand between: the participle qualifies the object.
      "The malware infected laptops used by the finance ministry of Ecuador.",
      "The backdoor copied a tool used by a crew known as Amber Lynx.",
      "The ransomware exploited an implant once used by a crew known as Amber Lynx.",
      "The toolkit hid inside files that were used by a crew known as Amber Lynx.",
      // The hit side's own tools, and what was taken, say nothing of who attacked.
      "Inspectors said the infrastructure used by Ecuador's customs service was ten years old.",
      "The tools used by Ecuador's police spotted the intruders within a day.",
      "The archives the intruders siphoned off contained tools used by a crew known as Amber Lynx.",
    ]) {
      const ex = extract(
        wire(`Hackers breached the network of Ecuador's customs service in February. ${sentence}`),
      );
      expect(ex.claims.filter((c) => c.type === "attributed-to")).toEqual([]);
    }
  });

  it("clears the one named when a negation stands between the trace noun and its verb", () => {
    for (const sentence of [
      "The toolkit never matched those of a crew known as Amber Lynx.",
      "Analysts said the implants on the mail servers did not match those of a crew known as Amber Lynx.",
      "Analysts said the code left on the servers didn't belong to a crew known as Amber Lynx.",
    ]) {
      const ex = extract(
        wire(`Hackers breached the network of Ecuador's customs service in February. ${sentence}`),
      );
      expect(ex.claims.filter((c) => c.type === "attributed-to")).toEqual([]);
    }
  });

  it("keeps the trace noun's own modifiers, a passive, or a likening verb before it", () => {
    for (const sentence of [
      "Analysts said the backdoor and servers deployed in the break-in matched those of a crew known as Amber Lynx.",
      "The malware that was previously used by a crew known as Amber Lynx turned up again.",
      "Analysts said parts of the wiper resembled tools previously used by a crew known as Amber Lynx.",
      "The intruders planted the same backdoor variant widely used by a crew known as Amber Lynx.",
      "Analysts found implant samples that matched those of a crew known as Amber Lynx.",
    ]) {
      const ex = extract(
        wire(`Hackers breached the network of Ecuador's customs service in February. ${sentence}`),
      );
      const actor = ex.entities.find((e) => e.label === "Amber Lynx")?.key;
      expect(actor).toBeDefined();
      expect(hasClaim(ex, "attributed-to", attackOn(ex), actor!)).toBe(true);
    }
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

describe("passive-agent rule, a false flag", () => {
  it("does not blame the state an attack was made to look like the work of", () => {
    const ex = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February, which the hackers tried to make look like the work of Venezuela.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(false);
  });

  it("still reads 'the attack was the work of X'", () => {
    const ex = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Officials said the attack was the work of Venezuela.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "state:venezuela")).toBe(true);
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

describe("participation rule, who took part in the attack", () => {
  it("reads an apposition's relative clause: 'X, an officer who prosecutors believe took part in the attack'", () => {
    const ex = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Marko Ilic, a Serbian officer who Peruvian prosecutors believe took part in the attack, was named on Tuesday.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "person:marko-ilic")).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), "person:marko-ilic")).toContain("state:peru");
  });

  it("reads a reduced relative 'an officer involved in the intrusion' and a plain 'X participated in'", () => {
    const reduced = extract(
      "Press release, 4 May 2025. An intrusion hit the Chilean senate in April. The sanctions list names Colonel Ivan Sokolov, an intelligence officer involved in the intrusion.",
    );
    expect(hasClaim(reduced, "attributed-to", attackOn(reduced), "person:ivan-sokolov")).toBe(true);
    const plain = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Investigators say Cozy Bear participated in the customs service attack.",
      ),
    );
    expect(hasClaim(plain, "attributed-to", attackOn(plain), "group:apt29")).toBe(true);
  });

  it("reads neither a denial of taking part nor a question as taking part", () => {
    const denied = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Venezuela denied that it took part in the attack.",
      ),
    );
    expect(denied.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(
      false,
    );
    const asked = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Officials asked whether Venezuela had taken part in the attack.",
      ),
    );
    expect(asked.claims.some((c) => c.type === "attributed-to" && c.target === "state:venezuela")).toBe(
      false,
    );
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

describe("claimants, a rejection in another clause", () => {
  it("keeps the claimant of 'X claimed that Y was behind ...; Y has always rejected that claim'", () => {
    const ex = extract(
      "TEHRAN (state news agency) - Hackers hit Bahrain's customs service in May. Washington claimed that Iran was behind the attack on the customs service; Iranian officials have always rejected that claim too.",
    );
    expect(claimantsOf(ex, attackOn(ex), "state:iran")).toContain("state:united-states");
  });
});

describe("passive-agent rule, an attack in apposition to an incident", () => {
  it("reads 'the 2023 breach of X, an attack officials attributed to Y' as Y behind that breach, the officials' state claiming", () => {
    const ex = extract(
      wire(
        "Hackers crippled Ecuador's customs service in February. Venezuela was also blamed for the 2023 breach of Peru's tax office, an attack Chile attributed to Cozy Bear.",
      ),
    );
    const breach = incidents(ex).find((i) => i.date === "2023")!.key;
    expect(hasClaim(ex, "attributed-to", breach, "group:apt29")).toBe(true);
    expect(claimantsOf(ex, breach, "group:apt29")).toContain("state:chile");
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(false);
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

describe("attributions, no one attacks itself", () => {
  it("lays no incident at the door of a state it was aimed at", () => {
    const ex = extract(
      wire("Hackers froze Peru's tax office on Monday. Peru blamed the attack on hackers linked to Bolivia."),
    );
    const selfAttacks = ex.claims.filter(
      (c) =>
        c.type === "attributed-to" &&
        (ex.entities.find((e) => e.key === c.source)?.targets ?? []).includes(c.target),
    );
    expect(selfAttacks).toEqual([]);
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "state:bolivia")).toBe(true);
  });
});

describe("denial rule, the accusation before its denier", () => {
  it("makes the subject of 'an accusation X dismissed' and 'claims that X has always denied' the denier", () => {
    for (const text of [
      "Ecuador said the 2024 attack on its customs service was carried out by Venezuela, an accusation Venezuela dismissed.",
      "Chile blamed Bolivia for the 2023 cyberattack on its port authority, claims that Bolivia has always rejected.",
    ]) {
      const ex = extract(wire(text));
      const accused = claimsOf(ex, "attributed-to")[0]!;
      expect(claimsOf(ex, "denied").map((c) => [c.source, c.target])).toEqual([
        [accused.target, accused.source],
      ]);
    }
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

describe("the victim's own bodies are never the accused", () => {
  it("does not accuse the body that names the group ('the group that Peru's police track as X')", () => {
    const ex = extract(
      wire(
        "The breach of Peru's customs agency was conducted by a crew which Peru's national police track as APT29.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "agency:peru-police")).toBe(
      false,
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "group:apt29")).toBe(true);
    const foreign = extract(
      wire(
        "The breach of Peru's customs agency was conducted by a crew which Chilean researchers call APT29.",
      ),
    );
    expect(hasClaim(foreign, "attributed-to", attackOn(foreign), "group:apt29")).toBe(true);
  });

  it("keeps the subject of any other verb in the relative clause ('a crew which X pays') as the agent", () => {
    const ex = extract(
      wire(
        "The intrusion into Peru's customs agency was carried out by hackers whom Bolivia's defence ministry pays.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "agency:bolivia-ministry-of-defence")).toBe(true);
  });

  it("accuses the hit state's own body when it is the agent, not the one reporting", () => {
    const ex = extract(
      wire(
        "Phones in Peru's congress were hacked in 2022. A judge said the hacking was carried out by Peru's national police.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "agency:peru-police")).toBe(true);
  });
});

describe("same-group rule, 'the same group' refers back to the group named last", () => {
  const byGroup = (ex: ReturnType<typeof extract>) =>
    claimsOf(ex, "attributed-to")
      .filter((c) => c.target === "group:apt29")
      .map((c) => c.source);

  it("gives the incident its clause names to the group the text named before", () => {
    const ex = extract(
      wire(
        "Quito police tied the January outage at Ecuador's tax office to APT29. Investigators added that the same crew had stolen files from the Colombian defence ministry in 2022.",
      ),
    );
    const older = incidents(ex).find((i) => i.key.includes("colombia"));
    expect(older).toBeDefined();
    expect(byGroup(ex)).toContain(older!.key);
  });

  it("reads a responsibility phrase after the same group as its deed", () => {
    const ex = extract(
      wire(
        "Bogota police tied the January outage at Ecuador's tax office to APT29. The same group was also behind a 2023 breach of the Colombian defence ministry, they said.",
      ),
    );
    const older = incidents(ex).find((i) => i.key.includes("colombia"));
    expect(older).toBeDefined();
    expect(byGroup(ex)).toContain(older!.key);
  });

  it("reads 'the same operators' and 'had been blamed by X over' as the same group's deed", () => {
    const ex = extract(
      wire(
        "Lima police traced the March outage at Ecuador's port authority to APT29. In 2021 the same operators had been blamed by a Colombian court over an intrusion at the Colombian defence ministry, according to police.",
      ),
    );
    const older = incidents(ex).find((i) => i.key.includes("colombia"));
    expect(older).toBeDefined();
    expect(byGroup(ex)).toContain(older!.key);
  });

  it("says nothing when the same group was hit, or the phrase names responders", () => {
    for (const body of [
      "Bolivia's police blamed APT29 for the January outage at Ecuador's tax office. The same group was itself hacked by Chilean activists in 2023, who published its chat logs.",
      "Officials linked APT29 to the January outage at Ecuador's tax office. Experts from Estonia helped Quito recover. The same team had helped the Colombian defence ministry recover from a 2022 breach.",
      "Officials linked APT29 to the January outage at Ecuador's tax office. The same unit of Peru's navy that studied the outage was breached in 2022.",
    ]) {
      const ex = extract(wire(body));
      const later = incidents(ex).find((i) => /-202[23]/.test(i.key));
      expect(later).toBeDefined();
      expect(byGroup(ex)).not.toContain(later!.key);
    }
  });

  it("says nothing when the phrase is an object, a question, a relative clause's head or hit itself", () => {
    for (const body of [
      "APT29 was blamed for the January outage at Ecuador's tax office. Nobody knows whether the same crew had stolen files from the Colombian defence ministry in 2022.",
      "APT29 was blamed for the January outage at Ecuador's tax office. Colombia said hackers breached its defence ministry in 2022 and linked that breach to a different group than the same crew.",
      "APT29 was blamed for the January outage at Ecuador's tax office. The same crew that hit Quito went quiet after hackers breached the Colombian defence ministry in 2022.",
      "APT29 was blamed for the January outage at Ecuador's tax office. The same crew had been breached by rival hackers who stole files from its servers in 2023.",
    ]) {
      const ex = extract(wire(body));
      const older = incidents(ex).find((i) => /-202[23]$/.test(i.key));
      expect(older).toBeDefined();
      expect(byGroup(ex)).not.toContain(older!.key);
    }
  });
});
