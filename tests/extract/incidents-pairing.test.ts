/**
 * Incidents whose victims were lost before (INC18): a group's name closing a quotation before its
 * attack verb, and a passive in a "whose" relative clause. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const article = (body: string) => `TALLINN, 3 June 2026 (BNS): ${body}`;

describe("a quoted group name before its attack verb", () => {
  it("reads the verb after the closing quote as the group's attack on what it names", () => {
    for (const body of [
      'The ministry said on Monday that a crew calling itself "Cozy Bear" had knocked the websites of Estonia\'s parliament offline.',
      "Officials said the group known as 'Cozy Bear' breached Estonia's parliament last week.",
    ]) {
      const ex = extract(article(body));
      expect(incidents(ex), body).toHaveLength(1);
      expect(attackedTargets(ex), body).toContain("agency:estonia-parliament (state:estonia)");
    }
  });
});

describe("a passive in a 'whose' relative clause", () => {
  it("makes the antecedent that owns the system hit the victim", () => {
    const ex = extract(
      article(
        "Hackers wiped the servers of Latvia's parliament on Sunday. " +
          "Estonia's parliament, whose public portal was knocked offline by hackers in March 2025, has offered Riga its help.",
      ),
    );
    const earlier = incidents(ex).find((i) => i.date === "2025-03");
    expect(earlier?.targets).toContain("agency:estonia-parliament");
  });

  it("leaves a 'whose' clause with no passive attack alone", () => {
    const ex = extract(
      article(
        "Hackers wiped the servers of Latvia's parliament on Sunday. " +
          "Estonia's parliament, whose speaker was elected in March 2025, has offered Riga its help.",
      ),
    );
    expect(attackedTargets(ex)).not.toContain("agency:estonia-parliament (state:estonia)");
  });
});

describe("a date that places a later mention in time", () => {
  it("dates the mention before it, not the one told as 'weeks before' it", () => {
    const ex = extract(
      article(
        "Hackers wiped the servers of Latvia's parliament in May 2025. " +
          "Prosecutors say the same crew had sent phishing emails to clerks of Estonia's parliament in March 2025, weeks before the wiper was set off.",
      ),
    );
    const earlier = incidents(ex).find((i) => i.targets?.includes("agency:estonia-parliament"));
    expect(earlier?.date).toBe("2025-03");
    expect(incidents(ex).find((i) => i.targets?.includes("agency:latvia-parliament"))?.date).toBe("2025-05");
  });
});

describe("an attack compared to one dated incident", () => {
  it("reads 'similar to an intrusion in May at X' as that incident, and 'to prevent attacks similar to' as none", () => {
    const ex = extract(
      article(
        "Analysts said the breach of Latvia's parliament on Monday looked similar to an intrusion in May at Estonia's parliament.",
      ),
    );
    expect(incidents(ex).find((i) => i.targets?.includes("agency:estonia-parliament"))?.date).toBe("2026-05");
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
        "Hackers breached Latvia's parliament on Monday. Analysts said the breach looked similar to an intrusion in May at Estonia's parliament. " +
          "NATO condemned the attack on Tuesday.",
      ),
    );
    const main = incidents(ex).find((i) => i.targets?.includes("agency:latvia-parliament"));
    const condemned = ex.claims.filter((c) => c.type === "condemned").map((c) => c.target);
    expect(condemned).toEqual([main!.key]);
  });
});
