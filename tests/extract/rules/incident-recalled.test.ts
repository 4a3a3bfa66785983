/**
 * Incidents an article recalls beside its own: each keeps its own date and target ("the 2015 and
 * 2016 blackouts", "In April and May 2009, waves of attacks ..."), and the day a statement was made
 * does not date the attack it is about. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `MONTEVIDEO, 20 September 2021 (AFP) - ${body}`;
const dates = (ex: ReturnType<typeof extract>) => incidents(ex).map((i) => i.date);
/** Incidents that hit a state or one of its bodies ("agency:paraguay-..."). */
const hitting = (ex: ReturnType<typeof extract>, state: string) =>
  incidents(ex).filter((i) =>
    i.targets?.some((t) => t === state || t.startsWith(`agency:${state.slice(6)}`)),
  );

describe("recalled incidents", () => {
  it("keeps an attack recalled under a date opening its sentence apart from the current one", () => {
    const ex = extract(
      wire(
        "A cyberattack knocked Uruguay's tax agency offline on Monday. In April and May 2009, after a row over a border bridge, waves of denial-of-service attacks took down the websites of Paraguay's ministries and banks.",
      ),
    );
    expect(hitting(ex, "state:paraguay").map((i) => i.date)).toEqual(["2009-05"]);
    expect(hitting(ex, "state:uruguay").map((i) => i.date)).toEqual(["2021-09-20"]);
  });

  it("dates an attack by a date opening the sentence without a comma ('In December 2017 the ministry ...')", () => {
    const ex = extract(
      wire(
        "Uruguay's customs service was hit by ransomware on Monday. In December 2017 Paraguay's Ministry of Health lost access to its patient records after a ransomware attack claimed by a criminal gang.",
      ),
    );
    expect(hitting(ex, "state:paraguay").map((i) => i.date)).toEqual(["2017-12"]);
  });

  it("takes the body that shut down or lost access after an attack for its victim", () => {
    const ex = extract(
      wire(
        "Paraguay's social security fund shut down all of its computer systems on Tuesday after a ransomware attack.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "agency:paraguay-social-security-fund")).toBe(true);
  });

  it("makes one incident per year of a plural attack noun ('the 2014 and 2016 blackouts')", () => {
    const ex = extract(
      wire(
        "Uruguay said the malware used on its customs service was the one blamed for the 2014 and 2016 blackouts in Paraguay.",
      ),
    );
    expect(hitting(ex, "state:paraguay").map((i) => i.date)).toEqual(["2014", "2016"]);
  });

  it("makes one incident per date of 'attacks on X in December 2015 and December 2016'", () => {
    const ex = extract(
      wire("The indictment lists cyber attacks on Paraguay's power grid in December 2015 and December 2016."),
    );
    expect(hitting(ex, "state:paraguay").map((i) => i.date)).toEqual(["2015-12", "2016-12"]);
  });

  it("does not take a month before an attack noun for the incident's name ('the December 2015 attack')", () => {
    const ex = extract(wire("Officials recalled the December 2015 cyberattack on Paraguay's power grid."));
    expect(incidents(ex).map((i) => i.name)).toEqual([undefined]);
    expect(dates(ex)).toEqual(["2015-12"]);
  });

  it("makes a dated theft or outage in a page about cyber attacks an incident, an undated one not", () => {
    const dated = extract(
      wire(
        "Investigators said the hackers behind the bank heist also ran the 2016 theft from Paraguay's central bank.",
      ),
    );
    expect(dates(dated)).toContain("2016");
    const undated = extract(
      wire("Hackers hit Uruguay's ports on Monday. The outage left trucks waiting for days."),
    );
    expect(incidents(undated)).toHaveLength(1);
  });
});

describe("dates of what is said about an attack", () => {
  it("does not date an attack by the day a spokeswoman spoke of it ('..., the spokeswoman said on Friday')", () => {
    const ex = extract(
      wire(
        "Paraguay rejected claims that its hackers were behind a cyberattack on Uruguay's foreign ministry, spokeswoman Ana Lima said on Friday.",
      ),
    );
    expect(dates(ex)).toEqual(["2021-09"]);
  });

  it("does not date an attack by the day it was blamed on someone ('on Thursday blamed X for breaching ...')", () => {
    const ex = extract(wire("Uruguay on Thursday blamed Paraguay for breaching Uruguay's customs service."));
    expect(dates(ex)).toEqual(["2021-09"]);
  });

  it("lets 'the intruders' give the date of the incident under discussion", () => {
    const ex = extract(
      wire(
        "Uruguay on Monday blamed Paraguayan hackers for breaching the customs service of Uruguay. The intruders first got into the service's systems in August 2019.",
      ),
    );
    expect(dates(ex)).toEqual(["2019-08"]);
  });

  it("dates an intrusion by the year opening its discovery or its report ('In 2019 the agency discovered / said that ...')", () => {
    const found = extract(
      wire(
        "Uruguay recalled its ambassador. In 2019 the agency discovered that a state actor had gained access to a stand-alone research and development network of Uruguay's foreign ministry.",
      ),
    );
    expect(dates(found)).toEqual(["2019"]);
    expect(hasClaim(found, "attacked", "incident:*", "agency:uruguay-ministry-of-foreign-affairs")).toBe(
      true,
    );
    const said = extract(
      wire(
        "Uruguay recalled its ambassador. In 2019 the agency said that a state actor had gained access to Uruguay's foreign ministry.",
      ),
    );
    // What was said in 2019 to have happened happened by 2019, not in the year of publication.
    expect(dates(said)).toEqual(["2019"]);
    const saidOnDay = extract(
      wire(
        "Uruguay recalled its ambassador. On Monday the agency said that a state actor had gained access to Uruguay's foreign ministry.",
      ),
    );
    // A weekday tells news of the day: the publication month, not the day of the saying.
    expect(dates(saidOnDay)).toEqual(["2021-09"]);
  });

  it("labels an incident the article names by that name", () => {
    const ex = extract(wire("Uruguay said Operation Sandcastle hit its ports."));
    expect(incidents(ex).map((i) => i.label)).toEqual(["Operation Sandcastle (2021)"]);
  });

  it("dates an accusation's gerund by the year inside it ('charged with gaining access in 2013 to ...')", () => {
    const ex = extract(
      wire(
        "In 2016 prosecutors charged Jonas Pereira, a Paraguayan national, with gaining access in 2013 to the control system of Uruguay's national water utility.",
      ),
    );
    expect(dates(ex)).toContain("2013");
    // The utility is the target (a described company, issue 8), not the state whose it is.
    expect(hasClaim(ex, "attacked", "incident:*", "organization:uruguays-national-water-utility")).toBe(true);
  });
});

describe("what a recalled incident hit", () => {
  it("takes the state where the victims are ('on thousands of websites in the country of Georgia')", () => {
    const ex = extract(
      wire("The indictment lists a 2019 cyberattack on thousands of websites in the country of Georgia."),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "state:georgia")).toBe(true);
  });

  it("does not take a body named after a comma for the victim ('the outage in Salto in May 2020, the U.S. firm ...')", () => {
    const ex = extract(
      wire(
        "Hackers breached Uruguay's health ministry on Monday. After the power outage in Salto in May 2020, the U.S. firm Cobalt Labs reported that a group had been probing the grid.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "state:united-states")).toBe(false);
    expect(incidents(ex).map((i) => i.date)).toContain("2020-05");
  });

  it("reads blocked attempts to break into a victim as an attack on it", () => {
    const ex = extract(
      wire(
        'In February, the agency claimed it had blocked attempts by hackers "operating from Paraguay" to break into the websites of Uruguay\'s foreign ministry.',
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "agency:uruguay-ministry-of-foreign-affairs")).toBe(true);
    expect(dates(ex)).toEqual(["2021-02"]);
  });

  it("keeps 'the 2016 theft from X' apart from the story's own attack and takes X as its victim", () => {
    const ex = extract(
      wire(
        "Hackers breached Uruguay's central bank this month and tried to steal $40 million, officials said. Analysts say the attempt resembles the 2016 theft from Paraguay's central bank.",
      ),
    );
    const theft = incidents(ex).find((i) => i.date === "2016");
    expect(theft?.targets?.some((t) => t.includes("paraguay"))).toBe(true);
    expect(incidents(ex).filter((i) => i.targets?.some((t) => t.includes("uruguay")))).not.toContainEqual(
      expect.objectContaining({ date: "2016" }),
    );
  });

  it("makes no incident of an accusation of attacks in general ('accused of breaking into a water system')", () => {
    const ex = extract(
      wire(
        "It is not the first time Paraguayan hackers have been accused of breaking into a small Uruguayan water system.",
      ),
    );
    expect(incidents(ex)).toHaveLength(0);
  });

  it("dates a headline's incident by the first attack on the same state's bodies the text dates", () => {
    const ex = extract(
      wire(
        "Uruguay sanctions Paraguayan officers over cyber attacks on Uruguay's elections. Uruguay today sanctioned three officers for cyber attacks against Uruguay's foreign ministry during the August 2021 primary election.",
      ),
    );
    expect(dates(ex)).toEqual(["2021-08"]);
  });
});

describe("a mention naming its own year", () => {
  it.each([
    [
      "Intruders got into the mail server of the Lithuanian parliament, the speaker's office said. It was not the first such break-in. In May 2020, hackers stole the passwords of several lawmakers. Prosecutors later said Belarus was responsible for the 2020 attack.",
      "2020-05",
    ],
    [
      "Hackers have crippled the website of the Latvian central bank. In June 2020, intruders wiped hundreds of laptops at a shipping firm, and Belarus was later blamed for the 2020 attack.",
      "2020-06",
    ],
  ])(
    "goes to the page's incident told with that year, not to one dated only by publication (%s)",
    (body, date) => {
      const ex = extract(`RIGA, 12 March 2021 (Wire) - ${body}`);
      const blamed = incidents(ex).filter((i) => hasClaim(ex, "attributed-to", i.key, "state:belarus"));
      expect(blamed.map((i) => i.date)).toEqual([date]);
      expect(dates(ex)).toContain("2021");
    },
  );
});

describe("a recalled attack dated by how long ago it was", () => {
  it("keeps 'that attack, some N years ago' apart from the story's incident", () => {
    const ex = extract(
      wire(
        "Hackers breached the customs service of Uruguay, officials said. It is the worst intrusion in the country since 2014, when the port's cranes stood still for a day. A crew calling itself Grey Finch claimed that attack, some seven years ago.",
      ),
    );
    expect(dates(ex)).toContain("2014");
    const claimed = incidents(ex).filter((i) => hasClaim(ex, "attributed-to", i.key, "group:grey-finch"));
    expect(claimed.map((i) => i.date)).toEqual(["2014"]);
    expect(dates(ex)).toContain("2021");
  });

  it("dates a recalled attack by 'two years ago'", () => {
    const ex = extract(
      wire(
        "Hackers breached the customs service of Uruguay on Monday, officials said. Two years ago intruders defaced the website of Uruguay's tax agency.",
      ),
    );
    expect(dates(ex).sort()).toEqual(["2019", "2021-09-20"]);
  });
});

describe("an impact passive in a clause its own date opens", () => {
  it("is an attack of that date, apart from the story's incident", () => {
    const ex = extract(
      wire(
        "Hackers broke into the revenue office of Uruguay on Monday, officials said. The same crew is blamed for other raids: in July the customs service of Uruguay was crippled for a week when its servers were wiped.",
      ),
    );
    expect(dates(ex).sort()).toEqual(["2021-07", "2021-09-20"]);
    const july = incidents(ex).find((i) => i.date === "2021-07")!;
    expect(hasClaim(ex, "attacked", july.key, "agency:uruguay-customs-service")).toBe(true);
  });
});
