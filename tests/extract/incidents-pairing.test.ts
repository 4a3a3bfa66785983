/**
 * Incidents whose victims or dates were lost before (INC18): a group's name closing a quotation
 * before its attack verb (but not a group named before a coordinated verb), a passive in a "whose"
 * relative clause, a date placing a later mention in time, an attack compared to another incident.
 * Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, claimsOf, extract, incidents } from "./helpers";

const article = (body: string) => `TALLINN, 3 June 2026 (BNS): ${body}`;

describe("a quoted group name before its attack verb", () => {
  it("reads the verb after the closing quote as the group's attack on what it names", () => {
    for (const body of [
      'Police believe the crew that styles itself "Cozy Bear" crippled the e-mail servers of Estonia\'s parliament over the weekend.',
      "Officials said the group known as 'Cozy Bear' breached Estonia's parliament last week.",
    ]) {
      const ex = extract(article(body));
      expect(incidents(ex), body).toHaveLength(1);
      expect(attackedTargets(ex), body).toContain("agency:estonia-parliament (state:estonia)");
    }
  });
});

describe("a group named before a coordinated verb", () => {
  it("does not make the group the subject of a verb joined by 'and' or 'but'", () => {
    for (const body of [
      "Lawmakers in Tallinn blamed Cozy Bear and then struck back at Russia with sanctions in April 2025.",
      "Lawmakers in Tallinn blamed 'Cozy Bear' but hit Russia only with sanctions in April 2025.",
    ]) {
      const ex = extract(article(body));
      expect(incidents(ex), body).toHaveLength(0);
      expect(claimsOf(ex, "attributed-to"), body).toHaveLength(0);
    }
  });

  it("still reads a group's own verb after a sequence adverb", () => {
    const ex = extract(article("Cozy Bear then struck the servers of Estonia's parliament in April 2025."));
    expect(attackedTargets(ex)).toContain("agency:estonia-parliament (state:estonia)");
  });
});

describe("a passive in a 'whose' relative clause", () => {
  it("makes the antecedent that owns the system hit the victim", () => {
    const ex = extract(
      article(
        "Hackers wiped the servers of Latvia's parliament on Sunday. " +
          "Help came from Estonia's parliament, whose mail system had been breached by a criminal gang on 14 February 2025.",
      ),
    );
    const earlier = incidents(ex).find((i) => i.date === "2025-02-14");
    expect(earlier?.targets).toContain("agency:estonia-parliament");
  });

  it("leaves a 'whose' clause with no passive attack alone", () => {
    const ex = extract(
      article(
        "Hackers wiped the servers of Latvia's parliament on Sunday. " +
          "Help came from Estonia's parliament, whose speaker had been re-elected on 14 February 2025.",
      ),
    );
    expect(attackedTargets(ex)).not.toContain("agency:estonia-parliament (state:estonia)");
  });
});

describe("a date that places a later mention in time", () => {
  it("dates the mention before it, not the one told as 'days ahead of' it", () => {
    const ex = extract(
      article(
        "Hackers wiped the servers of Latvia's parliament in May 2025. " +
          "Investigators now think the same crew compromised the mailboxes of several clerks at Estonia's parliament on 2 April 2025, days ahead of the wiper.",
      ),
    );
    const earlier = incidents(ex).find((i) => i.targets?.includes("agency:estonia-parliament"));
    expect(earlier?.date).toBe("2025-04-02");
    expect(incidents(ex).find((i) => i.targets?.includes("agency:latvia-parliament"))?.date).toBe("2025-05");
  });
});

describe("an attack compared to one dated incident", () => {
  it("reads 'similar to an attack against X on <date>' as that incident, and 'to prevent attacks similar to' as none", () => {
    const ex = extract(
      article(
        "Hackers breached Latvia's parliament on Monday. " +
          "To Latvian officials, the method seemed similar to an attack against Estonia's parliament on 9 March 2025.",
      ),
    );
    expect(incidents(ex).find((i) => i.targets?.includes("agency:estonia-parliament"))?.date).toBe(
      "2025-03-09",
    );
    const generic = extract(
      article("Officials said in May they wanted to prevent attacks similar to an intrusion."),
    );
    expect(incidents(generic)).toHaveLength(0);
  });
});

describe("the incident an attack is compared to", () => {
  it("stays in the background: 'the attack' after it is still the story's own", () => {
    const ex = extract(
      article(
        "Hackers breached Latvia's parliament on Monday. Its staff found the method similar to a breach of Estonia's parliament in April. " +
          "NATO condemned the attack on Tuesday.",
      ),
    );
    const main = incidents(ex).find((i) => i.targets?.includes("agency:latvia-parliament"));
    const condemned = ex.claims.filter((c) => c.type === "condemned").map((c) => c.target);
    expect(condemned).toEqual([main!.key]);
  });
});

describe("a definite mention in a sentence told before the story's incident", () => {
  it("speaks of an earlier incident, dated no later than the telling", () => {
    const ex = extract(
      article(
        "Hackers wiped the servers of Latvia's parliament in May 2025. " +
          "Back in 2019, Latvian officials had already called the breach of Latvia's defence ministry a warning.",
      ),
    );
    const story = incidents(ex).find((i) => i.targets?.includes("agency:latvia-parliament"));
    expect(story?.targets).not.toContain("agency:latvia-ministry-of-defence");
    expect(incidents(ex).find((i) => i.targets?.includes("agency:latvia-ministry-of-defence"))?.date).toBe(
      "2019",
    );
  });

  it("still joins the story's incident when told in its year or later", () => {
    const ex = extract(
      article(
        "Hackers wiped the servers of Latvia's parliament in May 2025. " +
          "In June 2025, Latvian officials called the breach of Latvia's defence ministry part of the same operation.",
      ),
    );
    expect(incidents(ex)).toHaveLength(1);
    expect(incidents(ex)[0]?.targets).toContain("agency:latvia-ministry-of-defence");
  });
});

describe("a comparison dated only by its telling", () => {
  it("makes no incident of 'said on <date> it was drilling for a scenario similar to an intrusion'", () => {
    const told = extract(
      article(
        "The Finnish customs board said on 2 May 2026 that it was drilling staff for a scenario similar to an intrusion into its cargo system.",
      ),
    );
    expect(incidents(told)).toHaveLength(0);
  });
});

describe("a year inside a noun phrase does not time the telling", () => {
  it("keeps 'the attack' on the story's incident after 'the 2021 strategy', 'a 2019 law', 'like the 2007 assault'", () => {
    for (const sentence of [
      "Auditors who wrote the 2021 resilience plan said the attack bore the hallmarks of Russia.",
      "Under a 2019 statute, the breach was reported to a regulator, which blamed Russia.",
      "Much like the 2007 assault on Estonia, the attack was blamed on Russia.",
    ]) {
      const ex = extract(
        article(`Intruders wiped the servers of Lithuania's customs board in May 2026. ${sentence}`),
      );
      const blamed = claimsOf(ex, "attributed-to").filter((c) => c.target === "state:russia");
      expect(blamed.map((c) => incidents(ex).find((i) => i.key === c.source)?.date)).toEqual(["2026-05"]);
    }
  });
});
