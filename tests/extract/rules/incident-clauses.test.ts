/**
 * Second and third incidents of an article: a date opening a clause inside a sentence dates that
 * clause's attack, a year opening a report dates the attack reported, "a separate intrusion" is
 * one more incident ("another attack"), and "that attack" points at the one named last. Every sentence is invented
 * for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "../helpers";

const wire = (body: string) => `ASUNCION, 14 October 2021 (Reuters) - ${body}`;
const release = (body: string) => `Press release | Ministry of Information | 14/10/2021\n\n${body}`;
const dates = (ex: ReturnType<typeof extract>) =>
  incidents(ex)
    .map((i) => i.date)
    .sort();

describe("a date opening a clause", () => {
  it("dates the attack of a clause joined by 'and' to the one before", () => {
    const ex = extract(
      wire(
        "Hackers defaced the website of Uruguay's tax agency on Monday, and in June 2018 the customs service of Paraguay was knocked offline by a ransomware attack that lasted a week.",
      ),
    );
    expect(dates(ex)).toEqual(["2018-06", "2021-10-11"]);
  });

  it("dates the attack of a clause after 'that', however far its noun is", () => {
    const ex = extract(
      release(
        "A denial-of-service attack took down the ministry's portal on Tuesday. The minister recalled that in March 2016 the country's public institutions had received more than two million attack attempts within a few days of the disputed vote.",
      ),
    );
    expect(dates(ex)).toContain("2016-03");
  });

  it("leaves a clause's date to its own clause when another clause comes between", () => {
    const ex = extract(
      wire(
        "A ransomware attack hit Paraguay's health ministry on Monday; in 2019 the ministry had moved its records to a new data centre, officials said.",
      ),
    );
    expect(dates(ex)).toEqual(["2021-10-11"]);
  });
});

describe("the year of a report", () => {
  it("dates an attack a sentence reports under an opening year", () => {
    const ex = extract(
      wire(
        "Paraguay's tax agency said on Monday its systems had been breached. In 2019 a security company reported that hackers had broken into the networks of Uruguay's foreign ministry.",
      ),
    );
    expect(dates(ex)).toContain("2019");
  });

  it("does not give the report's year to an attack with a date of its own", () => {
    const ex = extract(
      wire(
        "In 2020, investigators said that hackers had broken into the networks of Uruguay's foreign ministry in December 2018.",
      ),
    );
    expect(dates(ex)).toEqual(["2018-12"]);
  });
});

describe("one more incident", () => {
  it("makes 'another attack' a new incident in a transcript", () => {
    const ex = extract(
      "HOST: So the customs service of Paraguay was hacked on Monday.\nGUEST: Yes, and there was another attack the same week, on the port.",
    );
    expect(incidents(ex)).toHaveLength(2);
  });

  it("keeps 'a separate intrusion' apart even when what it hit is not named as a body", () => {
    const ex = extract(
      wire(
        "Hackers crippled the email servers of Bolivia's customs service on Monday. In a separate intrusion hours later, attackers disrupted the online portal that taxpayers use to file returns.",
      ),
    );
    expect(incidents(ex)).toHaveLength(2);
  });

  it("still lets a definite mention refer back", () => {
    const ex = extract(
      wire("Hackers breached the customs service of Paraguay on Monday. The intrusion lasted six hours."),
    );
    expect(incidents(ex)).toHaveLength(1);
  });

  it("dates a campaign by the date opening the clause it is the subject of", () => {
    const ex = extract(
      wire(
        "Prosecutors said the pair used the ransom to fund a second campaign. In May last year that campaign reached the network of Paraguay's central bank.",
      ),
    );
    expect(dates(ex)).toContain("2020-05");
  });
});

describe("'that attack'", () => {
  it("points at the incident named last, even one recalled in passing", () => {
    const ex = extract(
      wire(
        "Hackers took down the websites of Paraguay's ministries on Monday. Officials compared it with the 2019 breach of Uruguay's tax agency, which lasted for days. A group calling itself Red Owl claimed that attack at the time.",
      ),
    );
    const recalled = incidents(ex).find((i) => i.date === "2019");
    expect(recalled?.mentions).toHaveLength(2);
  });
});

describe("a definite mention of another state's victim", () => {
  it("finds the victim after a time phrase and 'into' ('the breach last month into the servers of X')", () => {
    const ex = extract(
      wire(
        "Investigators are still studying the breach last month into the payment servers of Uruguay's central bank.",
      ),
    );
    expect(incidents(ex).flatMap((i) => i.targets)).toContain("agency:uruguay-central-bank");
  });

  it("keeps an attack on another state's body apart from the one under discussion", () => {
    const ex = extract(
      release(
        "Ransomware crippled the health ministry of Paraguay on Monday. Paraguay has sent two experts to Montevideo to help after the intrusion last week into the payment servers of Uruguay's central bank.",
      ),
    );
    expect(incidents(ex)).toHaveLength(2);
  });

  it("lets a definite mention that 'also' hit another state's body add that victim", () => {
    const ex = extract(
      wire(
        "Ransomware crippled the health ministry of Paraguay on Monday. The attack also hit the payment servers of Uruguay's central bank.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
  });

  it("lets a definite mention add a victim of the same state", () => {
    const ex = extract(
      wire(
        "Ransomware crippled the health ministry of Paraguay on Monday. The attack also hit the payment servers of Paraguay's central bank.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
  });
});
