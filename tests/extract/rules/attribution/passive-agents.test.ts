/**
 * The passive-agent rule (rules/attribution/passive-agents.ts): an attack done, run or claimed by its
 * author, the work or hallmarks of one, with invented sentences (none comes from a fixture).
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../../../src/extract";
import { attackedTargets, claimsOf, extract, hasClaim, incidents, testGazetteer } from "../../helpers";
import { wire, attackOn, claimantsOf, rio, hit } from "./stories";

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

describe("passive-agent rule, an attack claimed by its author", () => {
  it("makes the group an attack was claimed by its own claimant, in a long wire sentence and a short blog line", () => {
    const wireLine = extract(
      wire(
        "In June 2023 a wave of denial-of-service attacks claimed by a hacktivist collective named Jaguar Legion took down the customs portal of Ecuador for three days, officials said.",
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
