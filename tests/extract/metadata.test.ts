import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/extract/clean";
import { readMetadata } from "../../src/extract/metadata";
import { splitSentences } from "../../src/extract/sentences";

function metaOf(text: string, given: { published?: string; title?: string; url?: string } = {}) {
  const cleaned = cleanText(text).text;
  return readMetadata({
    document: { id: "a.txt", text, ...given },
    cleaned,
    sentences: splitSentences(cleaned, text),
    referenceYear: 2026,
  });
}

describe("readMetadata", () => {
  it("reads a dateline with a day-month-year date", () => {
    const { meta } = metaOf(
      "Cyber attack on Chile\n\nSantiago, 14 June 2021 (EFE): Chile reported an attack on its ministries.",
    );
    expect(meta).toMatchObject({ published: "2021-06-14", publisher: "EFE", title: "Cyber attack on Chile" });
  });

  it("reads a 'Publisher | Month day, year' line", () => {
    const { meta } = metaOf(
      "Kenya probes hack\n\nNation Daily | April 2, 2020\n\nKenya's treasury said hackers breached it.",
    );
    expect(meta).toMatchObject({ published: "2020-04-02", publisher: "Nation Daily" });
  });

  it("gives a wire dateline without a year the year in which its day is the weekday the story names", () => {
    // 11 March was a Friday in 2022.
    const { meta } = metaOf("OSLO, March 11 (Reuters) - Norway said on Friday its parliament was hacked.");
    expect(meta.published).toBe("2022-03-11");
    expect(meta.publisher).toBe("Reuters");
  });

  it("warns when no date can be found", () => {
    const { meta, warnings } = metaOf("Hackers hit Peru. Officials are investigating.");
    expect(meta.published).toBeUndefined();
    expect(warnings[0]).toMatch(/no publication date/);
  });

  it("never takes a date from running prose as the publication date (it is when something happened)", () => {
    const { meta, warnings } = metaOf(
      "Grid operator probes intrusion\n\nThe power company said the intrusion resembled the March 4, 2019 outage in the capital, and that earlier this month its engineers found malware.",
    );
    expect(meta.published).toBeUndefined();
    expect(warnings[0]).toMatch(/no publication date/);
  });

  it("takes a full date standing on a short line near the top as the publication date", () => {
    const { meta } = metaOf(
      "Grid operator probes intrusion\nBy Ana Ruiz\n12 February 2024\n\nThe power company said the intrusion resembled the March 4, 2019 outage.",
    );
    expect(meta.published).toBe("2024-02-12");
  });
});

describe("readMetadata: a dateline without a year", () => {
  it("takes its year from a full date of the same day at the top of the page", () => {
    const { meta } = metaOf(
      "World | March 3, 2016 / 8:10 AM\n\nPeru blames hackers\n\nLIMA, March 3 (Reuters) - Peru said on Tuesday hackers hit its treasury.",
    );
    expect(meta.published).toBe("2016-03-03");
  });

  it("prefers a year the story names when inferring from the weekday", () => {
    // 9 May 2019 was a Thursday (so was 9 May 2024).
    const { meta } = metaOf(
      "QUITO, May 9 (Reuters) - Ecuador said on Thursday that a 2019 breach exposed voter data.",
    );
    expect(meta.published).toBe("2019-05-09");
  });

  it.each([
    // 4 March 2012 was a Sunday, 4 March 2025 a Tuesday.
    "KAUNAS, March 4 (Wire) - Lithuania's rail operator said on Tuesday that hackers had locked its ticket machines.\n\nThe same operator lost its timetable servers in March 2012, when intruders struck late on Sunday.",
    "KAUNAS, March 4 (Baltic Desk) - Ticket machines at\nLithuania's rail operator stayed dark on Tuesday after a ransomware\nattack, the company said.\n\nAn older case: on Sunday, in March 2012, a defacement hit its website.",
  ])("takes the weekday from the paragraph the dateline opens, not from a recalled year's (%s)", (text) => {
    expect(metaOf(text).meta.published).toBe("2025-03-04");
  });
});

describe("readMetadata: where pages and scrapers put the publication date", () => {
  it("reads the date in the address of a scraper's Source: line", () => {
    const { meta } = metaOf(
      "Source: https://harbourpost.example/asia/2023/11/07/port-authority-ransomware\n\nPort authority says ransomware halted cranes\n\nThe port said on Monday its terminals were down.",
    );
    expect(meta.published).toBe("2023-11-07");
  });

  it("reads compact and dashed dates in addresses, and a year and month alone", () => {
    const compact = metaOf("Source: https://x.example/news/20190214/slug\n\nText of the story here today.");
    expect(compact.meta.published).toBe("2019-02-14");
    const monthOnly = metaOf("URL: https://x.example/2020/09/slug-of-story\n\nA story without a date line.");
    expect(monthOnly.meta.published).toBe("2020-09");
  });

  it("takes a Published line over an Updated line, in any common date format", () => {
    const { meta } = metaOf(
      "Grid operator confirms intrusion\nUpdated: 9 August 2024, 18:05\nPublished on Aug. 8, 2024 at 07:30\n\nThe operator said a substation was reached.",
    );
    expect(meta.published).toBe("2024-08-08");
    const updatedOnly = metaOf("Headline of a page\nLast updated 2022-12-30 10:00\n\nBody text of the page.");
    expect(updatedOnly.meta.published).toBe("2022-12-30");
  });

  it("reads meta tags and JSON-LD left in the text", () => {
    const meta = metaOf('<meta property="article:published_time" content="2021-05-17T08:00:00Z">\nBody.');
    expect(meta.meta.published).toBe("2021-05-17");
    const jsonLd = metaOf('{"@type":"NewsArticle","datePublished":"2018-10-02T12:00:00+02:00"}\nBody.');
    expect(jsonLd.meta.published).toBe("2018-10-02");
  });

  it("prefers the date and title a dump record gave over anything in the text", () => {
    const { meta } = metaOf("Published: 1 January 2020\n\nBody of the story.", {
      published: "2021-03-04",
      title: "A record's own title",
    });
    expect(meta).toMatchObject({ published: "2021-03-04", title: "A record's own title" });
  });

  it("warns about a record date that is not ISO and falls back to the text", () => {
    const { meta, warnings } = metaOf("Published: 2 February 2022\n\nBody.", { published: "yesterday" });
    expect(meta.published).toBe("2022-02-02");
    expect(warnings.join(" ")).toMatch(/"yesterday" is not an ISO date/);
  });
});

describe("readMetadata: dates in bylines, numeric datelines and sign-offs", () => {
  it("reads a Published field inside a byline line", () => {
    const { meta } = metaOf(
      "Harbour cranes stopped by malware\n\nBy Ines Moreau and Tariq Bello | Published Thursday, 3 June 2027 | 4 min read\n\nThe port said on Tuesday that its crane software was encrypted.",
    );
    expect(meta.published).toBe("2027-06-03");
  });

  it("does not take the date of a byline field that is not the publication ('Event' or a prose date)", () => {
    const { meta } = metaOf(
      "Harbour cranes stopped by malware\n\nBy Ines Moreau | Event of 3 June 2027 revisited in a long piece of writing that runs on\n\nThe port said its crane software was encrypted.",
    );
    expect(meta.published).toBeUndefined();
    const field = metaOf(
      "Harbour cranes stopped by malware\n\nBy Ines Moreau, Baltic desk | Date of attack: 3 June 2027 | Region: Baltic ports and shipping\n\nThe port said its crane software was encrypted.",
    );
    expect(field.meta.published).toBeUndefined();
  });

  it("reads no numeric dateline written with slashes, which may be day or month first", () => {
    const { meta } = metaOf(
      "Port hack probed\n\nBALTIMORE, 03/04/2027 (AW) - The port authority said on Friday that its cargo systems were hacked.",
    );
    expect(meta.published).toBeUndefined();
  });

  it("reads an agency dateline with a numeric date, and keeps its place and agency", () => {
    const { meta, place } = metaOf(
      "Vilnius denies the hacking claims\n\nVILNIUS, 17.02.2027 (BNW) - Lithuania said on Wednesday that it had no part in the attacks.",
    );
    expect(meta).toMatchObject({ published: "2027-02-17", publisher: "BNW" });
    expect(place).toBe("VILNIUS");
  });

  it("reads a dateline whose year is given in another calendar with the common era's in brackets", () => {
    const { meta } = metaOf(
      "Spokesman rejects smear\n\nPyongyang, March 2, Juche 116 (2027) (NKW) -- A spokesman on Tuesday rejected the claims.",
    );
    expect(meta).toMatchObject({ published: "2027-03-02", publisher: "NKW" });
    const era = metaOf(
      "Ministry reports outage\n\nOSAKA, April 8, Reiwa 9 (2027) (KWire) - The ministry said on Thursday its portal was down.",
    );
    expect(era.meta).toMatchObject({ published: "2027-04-08", publisher: "KWire" });
  });

  it("reads the place-and-date line that signs off a press release at the foot of the page", () => {
    const { meta } = metaOf(
      "PRESS RELEASE\n\nOn Monday night intruders reached the mail servers of two ministries.\n\nThe agency will publish indicators.\n\nKaunas, 4 November 2027\nPress Office of the Agency\n\nShare: Print | Email",
    );
    expect(meta.published).toBe("2027-11-04");
  });

  it("takes no date from a dated line of a timeline or of prose at the foot of a page", () => {
    // A long body, so that the foot of the page lies beyond its head.
    const body = "The agency listed what it knows about the intrusions into the ministries. ".repeat(40);
    const timeline = metaOf(
      `Timeline of the intrusions\n\n${body}\n\n4 November 2027: the ministry's mail servers were reached\n12 December 2027 - indicators shared with partners`,
    );
    expect(timeline.meta.published).toBeUndefined();
    const prose = metaOf(
      `A short story.\n\n${body}\n\nThe servers were restored by the operator on 4 November 2027.`,
    );
    expect(prose.meta.published).toBeUndefined();
  });
});

describe("readMetadata: the article's address", () => {
  it("keeps a record's url, else the address on a Source: line", () => {
    expect(metaOf("Body of a story.", { url: "https://a.example/x" }).meta.url).toBe("https://a.example/x");
    expect(metaOf("Source: https://b.example/2020/01/02/y\n\nBody.").meta.url).toBe(
      "https://b.example/2020/01/02/y",
    );
  });
});
