/**
 * When an incident happened, as news writes it: the date of the clause that tells the attack, not
 * the day it was reported, blamed or punished; another incident's date stays with it. Every
 * sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LJUBLJANA, 14 October 2021 (Wire) - ${body}`;
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
    "In March, the billing servers of Croatia's customs service were encrypted and traders could not file.",
    "Back in March, computers at Croatia's customs service were infected and the border posts closed.",
    "In March, files at Croatia's customs service were encrypted, its director recalled.",
  ])("keeps an attack told by an impact verb in another month apart from the story's (%s)", (recalled) => {
    const ex = extract(
      wire(`Hackers broke into Slovenia's tax agency on Monday, officials said. ${recalled}`),
    );
    expect(datesOf(ex, "state:slovenia")).toEqual(["2021-10-11"]);
    expect(incidents(ex).map((i) => i.date)).toContain("2021-03");
  });

  it("lets an impact verb dated within days of the story's attack speak of it", () => {
    const ex = extract(
      wire(
        "Hackers broke into Slovenia's tax agency on Monday, officials said. On Tuesday, its payment servers were encrypted as well.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
  });

  it.each([
    "In August, Slovenia's tax agency detected that the mailboxes of senior staff had been accessed from abroad.",
    "In August, investigators at Slovenia's tax agency discovered that its payroll server had been breached.",
    "Separately, in August, Slovenia's tax agency found that the mailboxes of senior staff had been accessed.",
  ])("dates an intrusion by the month it was discovered in (%s)", (sentence) => {
    const ex = extract(
      wire(`Hackers disrupted Croatia's customs service on Monday, officials said. ${sentence}`),
    );
    expect(incidents(ex).map((i) => i.date)).toContain("2021-08");
  });

  it.each([
    "Slovenia on Monday sanctioned two officers over a cyberattack on Croatia's customs service.",
    "Slovenia expelled two diplomats on Monday for a hack of Croatia's customs service.",
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

  it("keeps an older attack on the same state apart", () => {
    const ex = extract(
      wire(
        "Croatia thanks Slovenia for help after cyberattacks. Croatia thanked Slovenia on Monday for its help after cyberattacks on Croatia. Previously, hackers had also attacked Croatia in 2016.",
      ),
    );
    expect(datesOf(ex, "state:croatia")).toEqual(["2016", "2021-10-11"]);
  });

  it.each([
    "In 2019 hackers broke into Croatia's customs service.",
    "Croatia's customs service was hacked in 2019, a breach never attributed.",
  ])("is still what 'the intrusion' speaks of after an older attack is recalled (%s)", (recalled) => {
    const ex = extract(
      wire(
        `Hackers broke into Slovenia's tax agency on Monday. ${recalled} The intrusion was contained within hours, officials said.`,
      ),
    );
    const story = hitting(ex, "state:slovenia")[0]!;
    expect(story.date).toBe("2021-10-11");
    expect(story.mentions).toHaveLength(2);
  });
});

describe("attacks told by those a story named", () => {
  it.each([
    [
      "According to the indictment, the pair encrypted the servers of Croatia's customs service in May 2019.",
      "2019-05",
    ],
    ["The same group broke into Croatia's customs service in 2018, researchers said.", "2018"],
    ["Prosecutors say the defendants hacked Croatia's customs service in June 2020.", "2020-06"],
  ])("reads the referring subject's attack verb as an attack (%s)", (sentence, date) => {
    const ex = extract(wire(`Slovenia charged two officers of APT29 on Monday. ${sentence}`));
    expect(datesOf(ex, "state:croatia")).toEqual([date]);
  });

  it("does not read a defender's work as an attack", () => {
    const ex = extract(wire("The team restored the servers of Croatia's customs service in May 2019."));
    expect(incidents(ex)).toHaveLength(0);
  });
});

describe("one incident like another", () => {
  it.each([
    "In November 2019 a similar intrusion took down the website of Croatia's customs service.",
    "A similar attack hit Croatia's customs service last week.",
  ])("is an incident when its sentence dates it (%s)", (sentence) => {
    const ex = extract(wire(`Hackers broke into Slovenia's tax agency on Monday. ${sentence}`));
    expect(hitting(ex, "state:croatia")).toHaveLength(1);
  });

  it.each([
    "Officials want to prevent a similar attack on Croatia's customs service.",
    "Similar attacks on Croatia's customs service have been seen before.",
  ])("is attacks in general otherwise (%s)", (sentence) => {
    const ex = extract(wire(`Hackers broke into Slovenia's tax agency on Monday. ${sentence}`));
    expect(hitting(ex, "state:croatia")).toHaveLength(0);
  });
});

describe("an attack noun in apposition", () => {
  it.each([
    "Hackers stole records from Croatia's customs service in 2018, a breach later blamed on APT29.",
    "In 2018 hackers broke into Croatia's customs service, an intrusion that researchers attributed to APT29.",
    "Croatia's customs service was hacked in 2018 — an attack later blamed on APT29.",
  ])("renames the attack of its clause (%s)", (sentence) => {
    const ex = extract(wire(`Hackers broke into Slovenia's tax agency on Monday. ${sentence}`));
    const hit = hitting(ex, "state:croatia");
    expect(hit.map((i) => i.date)).toEqual(["2018"]);
    expect(incidents(ex)).toHaveLength(2);
    expect(hasClaim(ex, "attributed-to", hit[0]!.key, "group:apt29")).toBe(true);
  });

  it("reads 'waves of denial-of-service attacks' as one mention", () => {
    const ex = extract(
      wire(
        "Hackers broke into Slovenia's tax agency on Monday. In May 2009, waves of denial-of-service attacks took down the websites of Croatia's ministries.",
      ),
    );
    const old = incidents(ex).find((i) => i.date === "2009-05")!;
    expect(old.mentions).toHaveLength(1);
    expect(incidents(ex)).toHaveLength(2);
  });
});

describe("what a recalled incident's clauses tell", () => {
  it.each([
    "Croatia was the victim of a cyber attack in March 2019, when the servers of its customs service were hit.",
    "Analysts recalled a cyber attack on Croatia in March 2019, when its customs service was hacked.",
  ])("reads a 'when' clause after an attack's date as that attack (%s)", (recalled) => {
    const ex = extract(wire(`Hackers broke into Slovenia's tax agency on Monday. ${recalled}`));
    const old = incidents(ex).find((i) => i.date === "2019-03")!;
    expect(old.mentions).toHaveLength(2);
    expect(datesOf(ex, "state:slovenia")).toEqual(["2021-10-11"]);
  });

  it("keeps a 'when' clause apart when the date before it is not the attack's", () => {
    const ex = extract(
      wire(
        "Hackers broke into Slovenia's tax agency on Monday. The breach revived memories of May 2017, when hackers broke into Croatia's customs service.",
      ),
    );
    expect(datesOf(ex, "state:croatia")).toEqual(["2017-05"]);
    expect(datesOf(ex, "state:slovenia")).toEqual(["2021-10-11"]);
  });

  it.each([
    "At the time, President Marin blamed the attack on APT29.",
    "Officials back then blamed the attack on APT29.",
  ])("lets 'at the time' point at the incident recalled last (%s)", (sentence) => {
    const ex = extract(
      wire(
        `Hackers broke into Slovenia's tax agency on Monday. In 2017 hackers broke into Croatia's customs service. ${sentence}`,
      ),
    );
    const old = hitting(ex, "state:croatia")[0]!;
    expect(hasClaim(ex, "attributed-to", old.key, "group:apt29")).toBe(true);
  });

  it("reads 'hackers of the X collective' as attackers", () => {
    const ex = extract(
      wire(
        "In the summer of 2019, hackers of the Bramblewick collective broke into Croatia's customs service.",
      ),
    );
    expect(datesOf(ex, "state:croatia")).toEqual(["2019"]);
  });
});
