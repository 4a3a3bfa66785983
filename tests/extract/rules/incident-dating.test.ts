/**
 * When an incident happened, as news writes it: the date of the clause that tells the attack, not
 * the day it was reported, blamed or punished; another incident's date stays with it. Every
 * sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LJUBLJANA, 14 October 2021 (Wire) - ${body}`;
const story = "Hackers broke into Slovenia's tax agency on Monday.";
/** Incidents that hit a state or one of its bodies ("agency:croatia-..."). */
const hitting = (ex: ReturnType<typeof extract>, state: string) =>
  incidents(ex).filter((i) =>
    i.targets?.some((t) => t === state || t.startsWith(`agency:${state.slice(6)}`)),
  );
const datesOf = (ex: ReturnType<typeof extract>, state: string) =>
  hitting(ex, state)
    .map((i) => i.date)
    .sort();

describe("the date of the clause that tells the attack", () => {
  it.each([
    "Back in June, laptops at Croatia's customs service were infected with a wiper.",
    "Croatia's customs service had its website defaced in June, a spokesman recalled.",
    "In June, files at the customs service in Zagreb were encrypted and deeds could not be issued.",
  ])("keeps an attack told by an impact verb in another month apart from the story's (%s)", (recalled) => {
    const ex = extract(wire(`${story} ${recalled}`));
    expect(datesOf(ex, "state:slovenia")).toEqual(["2021-10-11"]);
    expect(incidents(ex).map((i) => i.date)).toContain("2021-06");
  });

  it("lets an impact verb dated within days of the story's attack speak of it", () => {
    const ex = extract(wire(`${story} By Tuesday its payment servers had been encrypted as well.`));
    expect(incidents(ex)).toHaveLength(1);
  });

  it.each([
    "Last August, Slovenia's tax agency learned that intruders had breached its archive server.",
    "In August, an audit at Slovenia's tax agency uncovered that a payroll account had been compromised.",
  ])("dates an intrusion by the month it was discovered in (%s)", (sentence) => {
    const ex = extract(
      wire(`A wiper disrupted Croatia's customs service on Monday, officials said. ${sentence}`),
    );
    expect(incidents(ex).map((i) => i.date)).toContain("2021-08");
  });

  it("reads a sentence opening 'Separately' as another incident", () => {
    const ex = extract(wire(`${story} Separately, a ransomware attack disrupted services for hours.`));
    expect(incidents(ex)).toHaveLength(2);
  });

  it.each([
    "Slovenia fined a contractor on Monday for a data breach at Croatia's customs service.",
    "Slovenia expelled two diplomats on Monday over a hack of Croatia's customs service.",
  ])("does not date an attack by the day it was punished (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(datesOf(ex, "state:croatia")).not.toContain("2021-10-11");
  });
});

describe("a story's own incident", () => {
  it.each([
    "The customs service was breached in August 2019, according to the indictment.",
    "Croatia's customs service was hacked in August 2019.",
    "In August 2019, hackers broke into Croatia's customs service.",
    "Officials also said the customs service was breached in August 2019.",
  ])("takes an older date given for an attack on a body it hit (%s)", (sentence) => {
    const ex = extract(
      wire(
        `Slovenia blames APT29 for customs hack. Slovenia blamed APT29 on Monday for a cyberattack on Croatia's customs service. ${sentence}`,
      ),
    );
    const hit = hitting(ex, "state:croatia");
    expect(hit.map((i) => i.date)).toEqual(["2019-08"]);
    expect(hasClaim(ex, "attributed-to", hit[0]!.key, "group:apt29")).toBe(true);
  });

  it.each([
    "The customs service was also breached in 2015, officials recalled.",
    "It is not the first time: Croatia's customs service was hacked in 2015.",
  ])("keeps an older attack on the same body told as one of a series apart (%s)", (sentence) => {
    const ex = extract(
      wire(
        `Customs service hit by cyberattack. Croatia's customs service said hackers had disrupted its website. ${sentence}`,
      ),
    );
    expect(datesOf(ex, "state:croatia")).toEqual(["2015", "2021"]);
  });

  it("keeps an older attack on the same state apart", () => {
    const ex = extract(
      wire(
        "Croatia thanks Slovenia for help after cyberattacks. Croatia thanked Slovenia on Monday for its help after cyberattacks on Croatia. In 2016 hackers struck Croatia too.",
      ),
    );
    expect(datesOf(ex, "state:croatia")).toEqual(["2016", "2021-10-11"]);
  });

  it.each([
    "In 2019 hackers broke into Croatia's customs service.",
    "Croatia's customs service was hacked in 2019, a breach never attributed.",
  ])("is still what 'the intrusion' speaks of after an older attack is recalled (%s)", (recalled) => {
    const ex = extract(
      wire(`${story} ${recalled} The intrusion was contained within hours, officials said.`),
    );
    const own = hitting(ex, "state:slovenia")[0]!;
    expect(own.date).toBe("2021-10-11");
    expect(own.mentions).toHaveLength(2);
  });
});

describe("attacks told by those a story named", () => {
  it.each([
    ["Prosecutors allege that the duo breached Croatia's customs service during May 2019.", "2019-05"],
    ["The same crew infiltrated Croatia's customs service in 2018, researchers said.", "2018"],
    ["Prosecutors say the defendants hacked Croatia's customs service in June 2020.", "2020-06"],
  ])("reads the referring subject's attack verb as an attack (%s)", (sentence, date) => {
    const ex = extract(wire(`Slovenia charged two officers of APT29 on Monday. ${sentence}`));
    expect(datesOf(ex, "state:croatia")).toEqual([date]);
  });

  it("does not read a defender's work as an attack", () => {
    const ex = extract(wire("The team restored the servers of Croatia's customs service in May 2019."));
    expect(incidents(ex)).toHaveLength(0);
  });

  it("reads 'hackers of the X group' as attackers", () => {
    const ex = extract(
      wire("Hackers of the Bramblewick group broke into Croatia's customs service in 2019."),
    );
    expect(datesOf(ex, "state:croatia")).toEqual(["2019"]);
  });
});

describe("one incident like another", () => {
  it.each([
    "Croatia's customs service suffered a similar breach in November 2019.",
    "A similar attack hit Croatia's customs service last week.",
  ])("is an incident when its sentence dates it (%s)", (sentence) => {
    const ex = extract(wire(`${story} ${sentence}`));
    expect(hitting(ex, "state:croatia")).toHaveLength(1);
  });

  it.each([
    "Officials want to prevent a similar attack on Croatia's customs service.",
    "Similar attacks on Croatia's customs service have been seen before.",
  ])("is attacks in general otherwise (%s)", (sentence) => {
    const ex = extract(wire(`${story} ${sentence}`));
    expect(hitting(ex, "state:croatia")).toHaveLength(0);
  });
});

describe("an attack noun in apposition", () => {
  it.each([
    "Intruders got into Croatia's customs service in 2018 — an intrusion researchers attributed to APT29.",
    "In 2018 hackers broke into Croatia's customs service, an intrusion that researchers attributed to APT29.",
    "Croatia's customs service was hacked in 2018, a compromise that analysts blamed on APT29.",
  ])("renames the attack of its clause (%s)", (sentence) => {
    const ex = extract(wire(`${story} ${sentence}`));
    const hit = hitting(ex, "state:croatia");
    expect(hit.map((i) => i.date)).toEqual(["2018"]);
    expect(incidents(ex)).toHaveLength(2);
    expect(hasClaim(ex, "attributed-to", hit[0]!.key, "group:apt29")).toBe(true);
  });

  it.each([
    "Hackers stole files from Croatia's customs service in 2018, and in 2020, a ransomware attack shut Slovenia's port authority.",
    "Hackers stole files from Croatia's customs service in 2018, a ransomware attack crippled Slovenia's port authority.",
  ])("is no apposition when it opens a clause of its own (%s)", (sentence) => {
    const ex = extract(wire(sentence));
    expect(incidents(ex)).toHaveLength(2);
    expect(incidents(ex).some((i) => i.targets?.length === 4)).toBe(false);
  });

  it("reads 'denial-of-service attacks' as one mention", () => {
    const ex = extract(
      wire(
        `${story} For two weeks in May 2009, denial-of-service attacks swamped the websites of Croatia's ministries.`,
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2009-05")!;
    expect(old.mentions).toHaveLength(1);
    expect(incidents(ex)).toHaveLength(2);
  });
});

describe("what a recalled incident's clauses tell", () => {
  it.each([
    "A cyberattack struck Croatia's customs service in June 2012, when its archive servers were breached.",
    "Officials recalled an attack on Croatia in June 2012, when its customs service was hacked.",
  ])("reads a 'when' clause after an attack's date as that attack (%s)", (recalled) => {
    const ex = extract(wire(`${story} ${recalled}`));
    const old = incidents(ex).find((i) => i.date === "2012-06")!;
    expect(old.mentions).toHaveLength(2);
    expect(datesOf(ex, "state:slovenia")).toEqual(["2021-10-11"]);
  });

  it("keeps a 'when' clause apart when the date before it is not the attack's", () => {
    const ex = extract(
      wire(`${story} The outage recalled June 2012, when hackers broke into Croatia's customs service.`),
    );
    expect(datesOf(ex, "state:croatia")).toEqual(["2012-06"]);
    expect(datesOf(ex, "state:slovenia")).toEqual(["2021-10-11"]);
  });

  it.each([
    "At the time, President Marin blamed the attack on APT29.",
    "Officials back then blamed the attack on APT29.",
  ])("lets 'at the time' point at the incident recalled last (%s)", (sentence) => {
    const ex = extract(wire(`${story} In 2017 hackers broke into Croatia's customs service. ${sentence}`));
    const old = hitting(ex, "state:croatia")[0]!;
    expect(hasClaim(ex, "attributed-to", old.key, "group:apt29")).toBe(true);
  });
});

describe("recalled incidents told in lists and by relative dates", () => {
  it("reads 'last year' after 'and' as the opening of its own clause", () => {
    const ex = extract(
      wire(
        `${story} In 2016 Croatia's customs service was paralysed for a week by an intrusion, and last year Hungary's land registry was knocked out by a DDoS attack.`,
      ),
    );
    expect(incidents(ex).some((i) => i.date === "2020")).toBe(true);
  });

  it("dates a clause opened by 'N years ago' with 'it' as the attacking group", () => {
    const ex = extract(
      wire(`${story} The crew is no stranger here. Three years ago it breached Croatia's customs service.`),
    );
    expect(hitting(ex, "state:croatia").map((i) => i.date)).toEqual(["2018"]);
  });

  it("gives each victim of a dated list its own incident ('hit A in 2017 and B in 2019')", () => {
    const ex = extract(
      wire(
        `${story} Hackers previously hit Croatia's customs service in 2017 and Hungary's land registry in 2019.`,
      ),
    );
    expect(hitting(ex, "state:croatia").map((i) => i.date)).toEqual(["2017"]);
    expect(hitting(ex, "state:hungary").map((i) => i.date)).toEqual(["2019"]);
  });

  it.each([
    "Hackers previously hit Croatia's customs service in 2017 and were later put before a court in Hungary in 2019.",
    "Hackers previously hit Croatia's customs service in 2017 and auctioned the stolen ledgers to buyers in Hungary in 2019.",
  ])("takes no victim from a later clause of the list's subject (%s)", (sentence) => {
    const ex = extract(wire(`${story} ${sentence}`));
    expect(hitting(ex, "state:croatia").map((i) => i.date)).toContain("2017");
    expect(hitting(ex, "state:hungary")).toEqual([]);
  });

  it.each([
    "Hackers previously hit Croatia's customs service in 2017 and Hungary's recently merged tax authority in 2019.",
    "Hackers previously hit Croatia's customs service in 2017 and the national lottery's betting site in Hungary in 2019.",
  ])("reads a participle or gerund after a possessive as a listed victim's modifier (%s)", (sentence) => {
    const ex = extract(wire(`${story} ${sentence}`));
    expect(hitting(ex, "state:croatia").map((i) => i.date)).toEqual(["2017"]);
    expect(hitting(ex, "state:hungary").map((i) => i.date)).toEqual(["2019"]);
  });

  it("takes no victim from a clause inside the list's first item ('the servers that A rented from a firm in B in 2017')", () => {
    const ex = extract(
      wire(
        `${story} Hackers previously breached the servers that Croatia's customs service rented from a firm in Hungary in 2017 and Austria's land registry in 2019.`,
      ),
    );
    expect(hitting(ex, "state:croatia").map((i) => i.date)).toContain("2017");
    expect(hitting(ex, "state:hungary")).toEqual([]);
  });

  it("reads a capitalised 'Can' in a listed victim's name as no auxiliary ('Vietnam's Can Tho water utility')", () => {
    const ex = extract(
      wire(
        `${story} Hackers previously hit Croatia's customs service in 2017 and Vietnam's Can Tho water utility in 2019.`,
      ),
    );
    expect(hitting(ex, "state:vietnam").map((i) => i.date)).toEqual(["2019"]);
  });

  it("reads a listed victim longer than 80 characters up to its date ('and the hacked mail servers ... in 2019')", () => {
    const ex = extract(
      wire(
        `${story} Hackers previously hit Croatia's customs service in 2017 and the hacked mail servers and old archive databases of the regional records office of Hungary's justice ministry in 2019.`,
      ),
    );
    expect(hitting(ex, "state:croatia").map((i) => i.date)).toEqual(["2017"]);
    expect(hitting(ex, "state:hungary").map((i) => i.date)).toEqual(["2019"]);
  });

  it.each(["servers", "files"])(
    "leaves an opening date with the ruling when a plural noun ('%s') follows 'held that'",
    (noun) => {
      const ex = extract(
        wire(
          `${story} In May, a judge held that ${noun} at Croatia's customs service were encrypted by a wiper.`,
        ),
      );
      expect(datesOf(ex, "state:croatia")).not.toContain("2021-05");
    },
  );

  it("dates the attack by an opening date across a relative 'that' ('a firm that runs ...')", () => {
    const ex = extract(wire(`In May, a firm that runs Croatia's customs portal was breached by hackers.`));
    expect(incidents(ex).map((i) => i.date)).toContain("2021-05");
  });

  it("keeps a definite noun with its own full date apart from the story's incident", () => {
    const ex = extract(
      wire(`${story} The March 3, 2018 outage that darkened half of Zagreb was never explained.`),
    );
    expect(incidents(ex).some((i) => i.date === "2018-03-03")).toBe(true);
  });

  it("dates a numbered item by the first month of its opening range", () => {
    const ex = extract(
      `LJUBLJANA, 14 January 2022 (Wire) - Ministers listed four intrusions. 3. Between March and May of last year, a crew tied to the Lynx unit breached the ferry registry of Croatia.`,
    );
    expect(hitting(ex, "state:croatia").map((i) => i.date)).toContain("2021-03");
  });
});
