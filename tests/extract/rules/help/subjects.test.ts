/**
 * Who acts in a help clause (rules/help/subjects.ts): an opening phrase, an alliance, a described body,
 * the page's issuer; invented sentences.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../../helpers";
import { wire, hn } from "./stories";

describe("help rules, the main clause after an opening phrase", () => {
  it("reads 'According to X, Y provided support' and 'In a call with X, Y offered help' with Y the helper", () => {
    const told = extract(hn("According to Honduras, Colombia provided forensic support after the breach."));
    expect(hasClaim(told, "assisted", "state:colombia", "state:honduras")).toBe(true);
    const talks = extract(hn("In a call with Honduras, the Dominican Republic offered technical help."));
    expect(hasClaim(talks, "offered-help", "state:dominican-republic", "state:honduras")).toBe(true);
    expect(hasClaim(talks, "offered-help", "state:honduras", "state:dominican-republic")).toBe(false);
  });
});

describe("help rules, an alliance naming its members", () => {
  it("makes the members after 'NATO allies' / 'fellow EU member' the helpers, not the alliance", () => {
    const allies = extract(hn("NATO allies Canada and Norway have sent response teams to Tegucigalpa."));
    expect(hasClaim(allies, "assisted", "state:canada", "state:honduras")).toBe(true);
    expect(hasClaim(allies, "assisted", "state:norway", "state:honduras")).toBe(true);
    expect(hasClaim(allies, "assisted", "organization:nato", "state:honduras")).toBe(false);
    const fellow = extract(hn("Fellow EU member Portugal pledged support for the tax authority."));
    expect(hasClaim(fellow, "offered-help", "state:portugal", "organization:european-union")).toBe(false);
    expect(fellow.claims.some((c) => c.type === "offered-help" && c.source === "state:portugal")).toBe(true);
  });
});

describe("help rules, a body named by a head noun with modifiers, and 'want to'", () => {
  const hit = "Intruders wiped the servers of the Supreme Election Commission of Chile on Friday. ";
  it("reads a described body's last noun as its head: the body the article named", () => {
    const ex = extract(
      `${hit}Teams from Peru's national police have been assisting the national election commission with the recount since Sunday.`,
    );
    expect(claimsOf(ex, "assisted").map((c) => `${c.source} -> ${c.target}`)).toEqual([
      "agency:peru-police -> agency:chile-supreme-election-commission",
    ]);
  });

  it("takes the phrase's last noun, not a body noun modifying it ('the bank workers union')", () => {
    const ex = extract(
      "Hackers hit the Central Bank of Chile on Monday. Peru's national police helped the bank workers union restore its website.",
    );
    expect(hasClaim(ex, "assisted", "agency:peru-police", "agency:chile-central-bank")).toBe(false);
  });

  it("reads 'is currently working with' as help delivered", () => {
    const ex = extract(
      `${hit}Germany's BSI is currently working with Chile's election commission on the cleanup.`,
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:chile")).toBe(false);
    expect(claimsOf(ex, "assisted").some((c) => c.source === "agency:bsi")).toBe(true);
  });

  it("reads a described body that was not the one hit as the one asking ('The bank asked X')", () => {
    const ex = extract(
      "Hackers hit Chile's tax portal on Friday. The Central Bank of Chile said its systems were spared. The bank asked France for help anyway.",
    );
    expect(claimsOf(ex, "requested-help").map((c) => `${c.source} -> ${c.target}`)).toEqual([
      "agency:chile-central-bank -> state:france",
    ]);
  });

  it("takes 'wants to obtain help from X' (a verb of receiving) for a request", () => {
    const asks = extract(`${hit}The commission wants to obtain assistance from Brazil.`);
    expect(hasClaim(asks, "requested-help", "agency:chile-supreme-election-commission", "state:brazil")).toBe(
      true,
    );
  });

  it("reads 'are still providing', 'has already sent' with one adverb list", () => {
    const ex = extract(`${hit}Germany's BSI is still providing technical assistance to Chile.`);
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:chile")).toBe(true);
  });

  it("takes 'wants to reward X for its help' for thanks", () => {
    const thanks = extract(
      `${hit}The commission wants to reward Brazil for its assistance during the recount.`,
    );
    expect(claimsOf(thanks, "requested-help")).toEqual([]);
  });
});

describe("help rules, 'the company' as the one asking or hiring", () => {
  it("reads a bare definite company noun as the company the article named last", () => {
    const asked = extract(
      "Ransomware hit Merrow Pipeline Ltd on Friday. By Sunday evening the company had asked the BSI for help with the cleanup.",
    );
    expect(hasClaim(asked, "requested-help", "organization:merrow-pipeline-ltd", "agency:bsi")).toBe(true);
    const operator = extract(
      "Hackers locked the billing system of Quarrytown Water Ltd in Chile. On Monday the operator asked the BSI for technical help.",
    );
    expect(hasClaim(operator, "requested-help", "organization:quarrytown-water-ltd", "agency:bsi")).toBe(
      true,
    );
  });

  it("does not read 'the company of' a body as that company", () => {
    const ex = extract(
      "Ransomware hit Merrow Pipeline Ltd on Friday. The company of engineers sent by Chile asked the BSI for help.",
    );
    expect(hasClaim(ex, "requested-help", "organization:merrow-pipeline-ltd", "agency:bsi")).toBe(false);
  });
});

describe("first person in a press release: the issuer asks, thanks and is helped", () => {
  const release = (body: string) =>
    `PRESS RELEASE\n\nThe Federal Office for Information Security informs the public that a ransomware attack hit Bolivia's customs agency on 3 June 2025. ${body}`;
  it("reads 'We asked X for help' as the issuer's request", () => {
    const ex = extract(release("We also asked NATO for technical help on Tuesday."));
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:nato")).toBe(true);
  });
  it("reads 'asked for the support of our allies at X and Y' as a request to both", () => {
    const ex = extract(
      release("Late on Friday we asked for the support of our allies at NATO and the European Union."),
    );
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:european-union")).toBe(true);
  });
  it("reads 'We thank X, whose experts assisted our team' as X helping the issuer", () => {
    const ex = extract(
      release(
        "We thank the UK's National Cyber Security Centre, whose experts assisted our response staff in Sucre, for its quick work.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(false);
  });
  it("leaves a news story's 'we' alone", () => {
    const ex = extract(
      wire(
        "The Federal Office for Information Security said a ransomware attack hit Bolivia's customs agency on 3 June. We also asked NATO for technical help.",
      ),
    );
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:nato")).toBe(false);
  });
});

describe("help rules, a team as the subject of working beside someone", () => {
  it("makes whoever sent the team the helper of a relative clause or 'where they' after it", () => {
    const who = extract(
      hn(
        "Costa Rica's national CERT dispatched three engineers, who have since worked with the tax authority's staff.",
      ),
    );
    expect(
      hasClaim(who, "assisted", "agency:costa-rica-national-cert", "agency:honduras-tax-authority"),
    ).toBe(true);
    const where = extract(
      hn(
        "Mexico's National Guard sent two analysts to the capital, where they worked with the tax authority's engineers for a week.",
      ),
    );
    expect(hasClaim(where, "assisted", "agency:mexico-national-guard", "agency:honduras-tax-authority")).toBe(
      true,
    );
  });

  it("reads a team joined by 'and' as its clause's subject, not the one who asked, but a list of names as one subject", () => {
    const joined = extract(
      hn(
        "Honduras asked Chile for support and three officers of Mexico's National Guard are now working alongside tax authority engineers.",
      ),
    );
    expect(claimsOf(joined, "assisted").some((c) => c.source === "agency:mexico-national-guard")).toBe(true);
    expect(claimsOf(joined, "assisted").some((c) => c.source === "state:honduras")).toBe(false);
    const list = extract(
      hn("The Chilean embassy and officers from Mexico's National Guard are working with the tax authority."),
    );
    // The list's first name keeps its place as the subject: the "and" path does not replace it.
    expect(claimsOf(list, "assisted").some((c) => /embassy/.test(c.source))).toBe(true);
  });
});
