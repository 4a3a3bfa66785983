/**
 * Attacks told by what someone did to a victim's computer systems, whoever the subject (INC31):
 * "somebody got into the ledger servers of X", "it had taken down the tax portal of X", "a surge of
 * bogus requests took down X's site". Before, only an attacker noun ("hackers"), "they" or a
 * group's name could be the subject of an attack verb, so these deeds made no incident and their
 * victims were lost or joined the story's own attack. Such a deed told beside the story's attack
 * does not take the story over, and one dated apart hitting another victim is its own incident even
 * in the same month. Also: "a break-in" (an incident in a story of attacks, a burglary elsewhere),
 * and a named victim's systems that went dark or were down in a story of attacks. And (TARGET37) an
 * attacker's stay inside a victim's systems ("spent weeks inside the mail servers of X", "had been
 * inside X's network"), which made no mention before: only an agent of an attack stays inside as an
 * intrusion (auditors and engineers do too), and "the intruders" are the story's own. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, hasClaim, incidents } from "./helpers";

const story = (more: string) =>
  `RIGA, 30 November 2026 (BNS): Hackers crippled the tax portal of the State Revenue Service of Latvia on Friday, officials said. ${more}`;

/** The incidents of an extraction that were claimed to hit `key`. */
const hitting = (text: string, key: string) => {
  const ex = extract(text);
  return incidents(ex).filter((i) => hasClaim(ex, "attacked", i.key, key));
};

describe("a deed done to a named victim's systems tells an attack whatever its subject", () => {
  it("reads the victim of a deed whose subject is no attacker noun", () => {
    for (const more of [
      "In March 2024 somebody got into the ledger servers of the Lithuanian Ministry of Energy and lingered.",
      "The crew Amber_Wolves boasted that in 2024 it had taken down the ticket portal of the Lithuanian Ministry of Energy.",
      "During 2024 a surge of bogus requests took down the Lithuanian Ministry of Energy's tender site for a day.",
      "During 2024 a burst of traffic knocked the two websites of the Lithuanian Ministry of Energy offline.",
      "Back in 2023 an unknown crew planted malware on the tender servers of the Lithuanian Ministry of Energy.",
    ]) {
      const found = hitting(story(more), "agency:lithuania-ministry-of-energy");
      expect(found.length, more).toBe(1);
      expect(found[0]!.date, more).toMatch(/^202[34]/);
    }
  });

  it("reads no attack from a negated deed, an object no system of a victim, or a state's adjective", () => {
    for (const more of [
      "Investigators insisted nobody ever got into the ledger servers of the Lithuanian Ministry of Energy in 2024.",
      "During 2024 the auditors never got into the tender servers of the Lithuanian Ministry of Energy at all.",
      "During 2024 workers took down the banners outside the Lithuanian Ministry of Energy after a rally.",
      "During 2024 the panic took down the bond price of the Lithuanian Ministry of Energy for a week.",
    ]) {
      expect(hitting(story(more), "agency:lithuania-ministry-of-energy"), more).toHaveLength(0);
    }
    const adjective = extract(story("In 2023 somebody broke into Estonian networks, officials added."));
    expect(attackedTargets(adjective).join(" ")).not.toContain("state:estonia");
  });

  it("reads no attack from a deed an outage, an update or engineers share, told of no attacker", () => {
    for (const more of [
      "In 2024 a blackout knocked out the computers of the Lithuanian Ministry of Energy for a day.",
      "In 2024 a botched patch took down the ticket portal of the Lithuanian Ministry of Energy overnight.",
      "In 2024 technicians took down the tender site of the Lithuanian Ministry of Energy to move it.",
      "In 2024 the IT team took down the tender site of the Lithuanian Ministry of Energy to move it.",
      "A gale hit Kaunas in 2024; it knocked out the computers of the Lithuanian Ministry of Energy, and a fire followed.",
    ]) {
      expect(hitting(story(more), "agency:lithuania-ministry-of-energy"), more).toHaveLength(0);
    }
  });

  it("reads no attack from a deed told under a doubt, a condition, a denial or of 'anyone'", () => {
    for (const more of [
      "Auditors found no sign that anyone got into the ledger servers of the Lithuanian Ministry of Energy in 2024.",
      "Officials wondered in 2024 what would follow if somebody got into the ledger servers of the Lithuanian Ministry of Energy.",
      "In 2024 the Lithuanian Ministry of Energy denied that somebody got into the tender servers of the Lithuanian Ministry of Defence.",
      "Auditors saw no evidence that the rogue crew behind the leak got into the ledger servers of the Lithuanian Ministry of Energy in 2024.",
    ]) {
      expect(hitting(story(more), "agency:lithuania-ministry-of-energy"), more).toHaveLength(0);
      expect(hitting(story(more), "agency:lithuania-ministry-of-defence"), more).toHaveLength(0);
    }
  });

  it("keeps the story's own attack under discussion after a deed recalled beside it", () => {
    const ex = extract(
      story(
        "In 2023 somebody got into the ledger servers of the Lithuanian Ministry of Energy. NATO strongly condemned the attack.",
      ),
    );
    const condemned = ex.claims.filter((c) => c.type === "condemned").map((c) => c.target);
    const latvian = incidents(ex).find((i) =>
      hasClaim(ex, "attacked", i.key, "agency:latvia-state-revenue-service"),
    );
    expect(latvian).toBeDefined();
    expect(condemned).toEqual([latvian!.key]);
  });

  it("makes a deed dated apart in the same month, on another victim, an incident of its own", () => {
    const ex = extract(
      story(
        "On 3 November somebody got into the tender platform of the Lithuanian Ministry of Energy and altered bids.",
      ),
    );
    const lithuanian = incidents(ex).filter((i) =>
      hasClaim(ex, "attacked", i.key, "agency:lithuania-ministry-of-energy"),
    );
    expect(lithuanian).toHaveLength(1);
    expect(attackedTargets(ex, lithuanian[0]!.key).join(" ")).not.toContain("latvia");
  });
});

describe("a break-in is an incident in a story of attacks, a burglary elsewhere", () => {
  it("reads a dated break-in at a named body as an earlier incident", () => {
    const found = hitting(
      story(
        "Officials also mentioned a break-in at the Lithuanian Ministry of Energy in 2024 that nobody claimed.",
      ),
      "agency:lithuania-ministry-of-energy",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe("2024");
  });

  it("reads no incident from a burglary in a story of none", () => {
    const ex = extract(
      "VILNIUS, 30 November 2026 (BNS): Police are looking into a break-in at the Kaunas office of the Lithuanian Ministry of Energy in which two safes were emptied.",
    );
    expect(incidents(ex)).toHaveLength(0);
  });
});

describe("a named victim's systems going dark in a story of attacks", () => {
  it("reads the owner of systems that went dark or were down as hit", () => {
    for (const more of [
      "The tender platform of the Lithuanian Ministry of Energy, a frequent target, went dark on 12 November.",
      "The Lithuanian Ministry of Energy's tender portal was down for nine hours on 12 November.",
      "Rail traffic resumed at noon, and the tender portal of the Lithuanian Ministry of Energy was down until 12 November.",
    ]) {
      expect(hitting(story(more), "agency:lithuania-ministry-of-energy").length, more).toBe(1);
    }
  });

  it("reads no attack from an outage a mishap caused or a figure that was down", () => {
    for (const more of [
      "The tender site of the Lithuanian Ministry of Energy was down for hours after a power cut on 12 November.",
      "Separately, the Lithuanian Ministry of Energy's portal visits were down 20 percent in October.",
    ]) {
      expect(hitting(story(more), "agency:lithuania-ministry-of-energy"), more).toHaveLength(0);
    }
  });

  it("reads no attack from a planned outage, an outage in a story of none, or a market crash", () => {
    expect(
      hitting(
        story(
          "The Lithuanian Ministry of Energy's tender portal was down for planned maintenance on 12 November.",
        ),
        "agency:lithuania-ministry-of-energy",
      ),
    ).toHaveLength(0);
    for (const text of [
      "VILNIUS, 30 November 2026 (BNS): The tender platform of the Lithuanian Ministry of Energy went down on Sunday after a power cut.",
      "VILNIUS, 30 November 2026 (BNS): Shares of lenders crashed on Monday and the Lithuanian Ministry of Energy's bond market went quiet.",
    ]) {
      expect(incidents(extract(text)), text).toHaveLength(0);
    }
  });
});

describe("a stay of attackers inside a named victim's systems tells an attack on it", () => {
  it("reads the victim after a stay, with or without a span of time", () => {
    for (const more of [
      "In 2024 hackers spent six weeks inside the webmail servers of the Lithuanian Ministry of Energy.",
      "Officials said intruders were inside the tender platform of the Lithuanian Ministry of Energy throughout 2024.",
      "In 2024 hackers lurked inside the Lithuanian Ministry of Energy's payroll network for months.",
      "In 2024 attackers were also seen inside the grid servers of the Lithuanian Ministry of Energy.",
    ]) {
      expect(hitting(story(more), "agency:lithuania-ministry-of-energy"), more).toHaveLength(1);
    }
  });

  it("reads no attack from a stay of no attacker, a negated one or a hypothetical one", () => {
    for (const more of [
      "In 2024 auditors spent six weeks inside the webmail servers of the Lithuanian Ministry of Energy.",
      "In 2024 contractors were inside the tender platform of the Lithuanian Ministry of Energy to move it.",
      "Officials said hackers were never inside the webmail servers of the Lithuanian Ministry of Energy.",
      "Officials warned that hackers could have been inside the webmail servers of the Lithuanian Ministry of Energy.",
    ]) {
      expect(hitting(story(more), "agency:lithuania-ministry-of-energy"), more).toHaveLength(0);
    }
  });

  it("joins the stay of the story's own attackers to the story's incident", () => {
    const ex = extract(
      story(
        "The intruders had spent nine days inside the webmail servers of the Lithuanian Ministry of Energy in the third week of November.",
      ),
    );
    const energy = incidents(ex).filter((i) =>
      hasClaim(ex, "attacked", i.key, "agency:lithuania-ministry-of-energy"),
    );
    expect(energy).toHaveLength(1);
    expect(hasClaim(ex, "attacked", energy[0]!.key, "agency:latvia-state-revenue-service")).toBe(true);
  });

  it("does not date the story's attack apart by when the stay began", () => {
    const ex = extract(
      story(
        "Those same intruders have also been inside the Lithuanian Ministry of Energy's mail servers since at least June.",
      ),
    );
    const energy = incidents(ex).filter((i) =>
      hasClaim(ex, "attacked", i.key, "agency:lithuania-ministry-of-energy"),
    );
    expect(energy).toHaveLength(1);
    expect(energy[0]!.date).toMatch(/^2026-11/);
    expect(hasClaim(ex, "attacked", energy[0]!.key, "agency:latvia-state-revenue-service")).toBe(true);
  });

  it("makes the stay told in a story's lead the incident its later mentions speak of", () => {
    const ex = extract(
      "VILNIUS, 30 November 2026 (BNS): Lithuania said hackers had spent a month inside the webmail servers of the Lithuanian Ministry of Energy before the breach was found. NATO condemned the intrusion.",
    );
    const energy = incidents(ex).filter((i) =>
      hasClaim(ex, "attacked", i.key, "agency:lithuania-ministry-of-energy"),
    );
    expect(energy).toHaveLength(1);
    expect(hasClaim(ex, "condemned", "organization:nato", energy[0]!.key)).toBe(true);
  });

  it("reads a state named right before the deed's verb as its subject's, never as a victim (review45 R1)", () => {
    const ex = extract(
      story(
        "In May intruders paid by Belarus got into the payroll network of the Lithuanian Ministry of Energy.",
      ),
    );
    expect(attackedTargets(ex).join(" ")).toContain("agency:lithuania-ministry-of-energy");
    expect(attackedTargets(ex)).not.toContain("state:belarus");
  });

  // review45 R4: the subject is read back over an apposition closed right before the verb.
  it.each([
    "In July a band of intruders, still unnamed by police, took down the ticket portal of the Lithuanian Ministry of Energy.",
    "In July a band of intruders, still unnamed by police, spent weeks inside the mail servers of the Lithuanian Ministry of Energy.",
  ])("reads the agent before an apposition as the deed's subject in %s", (more) => {
    expect(attackedTargets(extract(story(more))).join(" ")).toContain("agency:lithuania-ministry-of-energy");
  });

  it("reads no attack when the subject before the apposition is no agent of one", () => {
    const more =
      "In July engineers, working late on a Sunday, took down the ticket portal of the Lithuanian Ministry of Energy.";
    expect(attackedTargets(extract(story(more))).join(" ")).not.toContain("lithuania-ministry-of-energy");
  });
});

/**
 * Deeds that take a named body's systems out of service, told of an agent of an attack (DEEDS46):
 * "took the website of X offline" and "knocked the portals of X, Y and Z offline" however long the
 * object between verb and particle; "flooded the site of X" (a deed the cheap attack-word test did not
 * let through); "the same crew flooded ..." (a group told of before); the owner of a multi-word name
 * before its possessive ("the Ministry of Energy's portal", no state adjective qualifying a noun) and a
 * name qualifying the system directly ("the X website"). Not: a planned outage, a natural flood, a
 * police takedown of a gang's site. Invented wire copy.
 */
const ENERGY = "agency:lithuania-ministry-of-energy";

describe("a deed that takes a named body's systems out of service", () => {
  it("reads 'took X offline' and a long object before 'offline' as an attack on X", () => {
    for (const text of [
      "VILNIUS (BNS) - In May 2024 the crew Amber_Wolves took the public website of the Lithuanian Ministry of Energy, its tender office and its press room offline for a day.",
      "VILNIUS (BNS) - Hackers knocked the booking portal of the Lithuanian Ministry of Energy, its grant register and its outage map offline during May 2024.",
    ]) {
      expect(hitting(text, ENERGY), text).toHaveLength(1);
    }
  });

  it("reads a flood by an agent of an attack, one the story told of before included", () => {
    for (const text of [
      "VILNIUS (BNS) - Amber_Wolves, a hacktivist crew, boasted about a defacement in 2023. In May 2024 that same crew flooded the website of the Lithuanian Ministry of Energy.",
      "VILNIUS (BNS) - In May 2024 hackers flooded the booking portal of the Lithuanian Ministry of Energy with junk requests.",
    ]) {
      expect(hitting(text, ENERGY), text).toHaveLength(1);
    }
  });

  it("reads the owner of a multi-word name before its possessive, or qualifying the system", () => {
    const possessive = extract(
      "ULAANBAATAR (MNA) - During 2024 a wave of junk requests took down the Ministry of Energy's booking portal for an afternoon.",
    );
    expect(
      incidents(possessive).some((i) => hasClaim(possessive, "attacked", i.key, "agency:ministry-of-energy")),
    ).toBe(true);
    const qualifying =
      "VILNIUS (BNS) - In May 2024 hackers flooded the Lithuanian Ministry of Energy website for six hours.";
    expect(hitting(qualifying, ENERGY)).toHaveLength(1);
  });

  it("reads no attack from a planned outage, a flood of water or a police takedown", () => {
    for (const text of [
      "VILNIUS (BNS) - In 2024 it took the tender site of the Lithuanian Ministry of Energy offline for an upgrade that lasted a week.",
      "VILNIUS (BNS) - In May 2024 heavy rain flooded the archive of the Lithuanian Ministry of Energy in Vilnius.",
    ]) {
      expect(hitting(text, ENERGY), text).toHaveLength(0);
    }
    const takedown = extract(
      "THE HAGUE (ANP) - In February 2024 the police took the leak site of the LockBit gang offline and seized its servers.",
    );
    expect(incidents(takedown)).toHaveLength(0);
  });

  it("reads no deed when the 'offline' belongs to another clause than the verb's object", () => {
    for (const text of [
      "VILNIUS (BNS) - In May 2024 hackers took aim at Latvian banks, and the Lithuanian Ministry of Energy kept its tender site offline as a precaution.",
      "VILNIUS (BNS) - In May 2024 the hackers took two days to map a Latvian bank's network before the Lithuanian Ministry of Energy switched its tender site offline.",
    ]) {
      const ex = extract(text);
      expect(incidents(ex), text).toHaveLength(0);
    }
  });
});
