/**
 * Victims named inside a relative clause of the attack noun (INC20): "an intrusion that corrupted the payroll
 * database of X", "the ransomware attack last March that scrambled the records of X". The clause's verb names
 * what the attack did, its object the victim's system; the victim is hit, never the accused. The system's
 * phrase may open on a count or on a second verb sharing it. Invented wire copy, in shapes of its own.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, claimsOf, extract, incidents } from "./helpers";

const article = (body: string) => `RIGA, 12 May 2026 (LETA): ${body}`;

describe("a victim inside the attack noun's relative clause", () => {
  it("reads the victim of 'an intrusion that corrupted the payroll database of X' as hit, not blamed", () => {
    const ex = extract(
      article(
        "In April 2025 an intrusion that corrupted the payroll database of Latvia's Ministry of Finance was blamed on Russia.",
      ),
    );
    expect(attackedTargets(ex)).toContain("agency:latvia-ministry-of-finance (state:latvia)");
    // The victim is not the one blamed.
    expect(claimsOf(ex, "attributed-to").map((c) => c.target)).not.toContain(
      "agency:latvia-ministry-of-finance",
    );
    expect(incidents(ex).map((i) => i.date)).toContain("2025-04");
  });

  it("reads a victim after a month named with 'last' and the clause's impact verb", () => {
    const ex = extract(
      article(
        "The ransomware attack last March that scrambled the records of Estonia's Ministry of Finance is still under investigation.",
      ),
    );
    expect(attackedTargets(ex)).toContain("agency:estonia-ministry-of-finance (state:estonia)");
  });

  it("takes the owner of a counted number of systems, or of systems two verbs share", () => {
    for (const text of [
      "Hackers went after about 300 accounts of Latvia's Ministry of Finance on Sunday.",
      "Intruders broke into and wiped the mail servers of Latvia's Ministry of Finance on Sunday.",
    ]) {
      const ex = extract(article(text));
      expect(attackedTargets(ex), text).toContain("agency:latvia-ministry-of-finance (state:latvia)");
    }
  });

  it("reads no attack where erasing is told without an attack noun", () => {
    for (const text of [
      "A clerk erased the billing records of Latvia's Ministry of Finance by mistake, the auditor said.",
      "The archive that deleted the old files of Latvia's Ministry of Finance was closed in March.",
    ]) {
      const ex = extract(article(text));
      expect(incidents(ex), text).toHaveLength(0);
      expect(attackedTargets(ex), text).toHaveLength(0);
    }
  });
  it("takes 'knocked' as the clause's impact only when the victim's system is knocked offline", () => {
    const offline = extract(
      article(
        "The hack last June that knocked the booking site of Baltic Ferry Lines Ltd offline was blamed on Belarus.",
      ),
    );
    expect(attackedTargets(offline).join(" ")).toContain("baltic-ferry-lines");
    const price = extract(
      article(
        "A hack last June that knocked the share price of Baltic Ferry Lines Ltd down was blamed on Belarus.",
      ),
    );
    expect(attackedTargets(price).join(" ")).not.toContain("baltic-ferry-lines");
  });
});
