import { describe, expect, it } from "vitest";
import { datesCompatible, findDates } from "../../src/extract/dates";

const published = { year: 2023, month: 3, day: 10 }; // a Friday

const datesIn = (text: string, focusYear?: number) =>
  findDates(text, published, focusYear).map((d) => d.date);

describe("findDates", () => {
  it("reads absolute dates in the usual news forms", () => {
    expect(datesIn("on 4 November 2021, and on October 16, 2016")).toEqual(["2021-11-04", "2016-10-16"]);
    expect(datesIn("in March 2018")).toEqual(["2018-03"]);
    expect(datesIn("back in 2014")).toEqual(["2014"]);
  });

  it("gives a month or day without a year the latest such date not after publication", () => {
    expect(datesIn("in February")).toEqual(["2023-02"]);
    expect(datesIn("on August 19")).toEqual(["2022-08-19"]);
  });

  it("resolves weekdays and relative expressions against the publication date", () => {
    expect(datesIn("said on Friday")).toEqual(["2023-03-10"]);
    expect(datesIn("hit on Thursday night")).toEqual(["2023-03-09"]);
    expect(datesIn("last week")).toEqual(["2023-03"]);
    expect(datesIn("earlier this year")).toEqual(["2023"]);
    expect(datesIn("last year")).toEqual(["2022"]);
  });

  it("reads 'last weekend' as 'last week', weeks ago by their month and days ago by their day", () => {
    expect(datesIn("last weekend")).toEqual(["2023-03"]);
    expect(datesIn("the leak two weeks ago")).toEqual(["2023-02"]);
    expect(datesIn("three days ago")).toEqual(["2023-03-07"]);
  });

  it("reads a weekday before a day and month as part of that date, not a day of its own", () => {
    expect(datesIn("went down in the early hours of Wednesday 1 March")).toEqual(["2023-03-01"]);
    expect(datesIn("on Saturday, February 25, the portal")).toEqual(["2023-02-25"]);
  });

  it("reads a second month forward from an earlier date of the same sentence", () => {
    expect(datesIn("attacked on October 16 and again in mid-February")).toEqual(["2022-10-16", "2023-02"]);
  });

  it("uses the year the text is talking about when one was just named", () => {
    expect(datesIn("expelled diplomats in March", 2018)).toEqual(["2018-03"]);
  });

  it("reads a month in a year named relative to publication ('in June last year', 'last November')", () => {
    expect(datesIn("In June last year, the regulator said")).toEqual(["2022-06"]);
    expect(datesIn("in September of this year")).toEqual(["2023-09"]);
    expect(datesIn("breached last November")).toEqual(["2022-11"]);
    expect(datesIn("breached last February")).toEqual(["2023-02"]);
  });

  it("gives a month joined to a dated one that month's year ('April and May 2009', 'between May and July')", () => {
    expect(datesIn("In April and May 2009, waves of attacks")).toEqual(["2009-04", "2009-05"]);
    expect(datesIn("from November to February 2011")).toEqual(["2010-11", "2011-02"]);
    expect(datesIn("read the mail between May and July, he said", 2021)).toEqual(["2021-05", "2021-07"]);
  });

  it("does not take the verb 'may' or the name May for a month", () => {
    expect(datesIn("the attack may spread, Theresa May said")).toEqual([]);
  });
});

describe("numeric dates", () => {
  it("reads hyphenated and slashed numeric dates day first, month first only when the day cannot be a month", () => {
    expect(datesIn("News item | 06-02-2024 | 10:00")).toEqual(["2024-02-06"]);
    expect(datesIn("posted 06/02/2024")).toEqual(["2024-02-06"]);
    expect(datesIn("posted 12/25/2023")).toEqual(["2023-12-25"]);
  });
});

describe("datesCompatible", () => {
  it("accepts a date that refines another and rejects a different month", () => {
    expect(datesCompatible("2022-08", "2022-08-26")).toBe(true);
    expect(datesCompatible("2022-08", "2022-09")).toBe(false);
    expect(datesCompatible(undefined, "2022")).toBe(true);
  });
});

describe("findDates in page formats", () => {
  it("reads machine timestamps, slashed year-first dates and dotted day-first dates", () => {
    expect(datesIn("posted 2019-11-30T06:15:00+01:00")).toEqual(["2019-11-30"]);
    expect(datesIn("2017/04/03 at 11:20")).toEqual(["2017-04-03"]);
    expect(datesIn("Stand: 05.12.2018, 09:41")).toEqual(["2018-12-05"]);
  });

  it("reads ordinal days, 'the 7th of March' and hyphenated day-month-year", () => {
    expect(datesIn("Thursday, 7th of March 2024")).toEqual(["2024-03-07"]);
    expect(datesIn("filed 14-Sep-2021 by the desk")).toEqual(["2021-09-14"]);
    expect(datesIn("Sept. 3rd 2019")).toEqual(["2019-09-03"]);
  });

  it("reads an abbreviated month with a full stop before its year as that month, not the month of publication's year", () => {
    expect(datesIn("the Nov. 2021 outage")).toEqual(["2021-11"]);
    expect(datesIn("in Sept. 2019 and Oct. 2020")).toEqual(["2019-09", "2020-10"]);
    // A sentence ending on the abbreviation leaves the next sentence's year its own.
    expect(datesIn("It started in Feb. Then 2020 came.")).toEqual(["2023-02", "2020"]);
  });
});

describe("spans of time before publication", () => {
  it("reads 'N years ago' as that year and 'N months ago' as that month", () => {
    expect(datesIn("the registry was defaced three years ago by a crew")).toEqual(["2020"]);
    expect(datesIn("some 2 years ago, and again a year ago")).toEqual(["2021", "2022"]);
    expect(datesIn("the leak came to light four months ago")).toEqual(["2022-11"]);
  });
});

describe("seasons relative to publication", () => {
  const inSeason = (text: string, month: number) =>
    findDates(text, { year: 2023, month, day: 10 }).map((d) => d.date);

  it("reads 'last SEASON' as the year of the latest such season over before the publication month", () => {
    // Published in March 2023: spring has only begun, so last spring is 2022's.
    expect(inSeason("the depot's mail was read last spring by intruders", 3)).toEqual(["2022"]);
    // Published in October: this year's summer is over.
    expect(inSeason("a crew wiped the ledgers last summer", 10)).toEqual(["2023"]);
    // A winter counts in the year of its January: in March 2023 the winter just over is 2023's.
    expect(inSeason("the turbines stopped last winter", 3)).toEqual(["2023"]);
    expect(inSeason("the turbines stopped last winter", 12)).toEqual(["2023"]);
    expect(inSeason("the turbines stopped last winter", 1)).toEqual(["2022"]);
  });

  it("reads 'this SEASON' as the publication year, a coming winter told ahead as the next", () => {
    expect(inSeason("the archive went dark earlier this spring", 5)).toEqual(["2023"]);
    // Before December a winter still to come is mostly the next year's, when the clause looks ahead.
    expect(inSeason("the utilities say rationing could return this winter", 11)).toEqual(["2024"]);
    expect(inSeason("This winter, the co-op will keep its generators on standby", 10)).toEqual(["2024"]);
  });

  it("reads a winter already begun, or told in the past, as the publication year", () => {
    // In December the winter has begun: an intrusion told then happened in that December.
    expect(inSeason("a crew broke into the ferry operator's servers this winter", 12)).toEqual(["2023"]);
    expect(inSeason("further sabotage may follow this winter", 12)).toEqual(["2023"]);
    // A past modal tells what may already have happened.
    expect(inSeason("the relay stations may have been probed this winter", 11)).toEqual(["2023"]);
    // A modal in another clause of the sentence does not carry the date ahead.
    expect(inSeason("the portal was defaced this winter, and officials fear it will recur", 11)).toEqual([
      "2023",
    ]);
  });

  it("leaves 'last SEASON' undated when the publication names only its year", () => {
    expect(findDates("the pumps were sabotaged last spring", { year: 2023 })).toEqual([]);
    expect(findDates("the pumps were sabotaged this spring", { year: 2023 }).map((d) => d.date)).toEqual([
      "2023",
    ]);
  });

  it("leaves a season word that is no date alone", () => {
    expect(inSeason("the ministry's fall from favour and the spring festival", 6)).toEqual([]);
  });

  it("reads 'the following year', 'that year' and counts 'later' from the date named before in the sentence", () => {
    const told: Array<[string, string[]]> = [
      ["Smugglers emptied a co-op's vault in 2014 and its archive the following year", ["2014", "2015"]],
      ["Auditors noted in 2019 that the mill had lost its ledgers the previous year", ["2019", "2018"]],
      ["A ferry line reported in May 2017 that its kiosks froze that year", ["2017-05", "2017"]],
      [
        "The dairy's payroll went dark in June 2016; three months later the mint's did",
        ["2016-06", "2016-09"],
      ],
    ];
    for (const [text, dates] of told) expect(datesIn(text)).toEqual(dates);
  });

  it("reads a phrase told from an earlier event against the year the text speaks of", () => {
    expect(datesIn("Its tram depot was looted the next year", 2011)).toEqual(["2012"]);
    expect(datesIn("Two years later the orchestra's box office fell", 2011)).toEqual(["2013"]);
  });

  it("leaves a possessive, a hyphenated word or a phrase with its own complement undated", () => {
    expect(datesIn("The following year's budget for the parks doubled", 2011)).toEqual([]);
    expect(datesIn("Analysts saw that year-on-year thefts rose", 2011)).toEqual([]);
    expect(datesIn("the year before the referendum the clinic was robbed", 2011)).toEqual([]);
  });

  it("reads a backward phrase with no event before it from publication, a forward one not at all", () => {
    expect(datesIn("The quarry's scales were hacked the year before")).toEqual(["2022"]);
    expect(datesIn("The quarry's scales were hacked the following year")).toEqual([]);
  });
});
