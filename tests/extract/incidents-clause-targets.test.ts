/**
 * Victims named inside a relative clause of the attack noun (INC20): "an attack last October that knocked
 * the website of X offline", "the wiper attack that erased the billing servers of X". The clause's verb
 * names what the attack did, its object the victim's system; the victim is hit, never the accused. The
 * system's phrase may open on a count or on a second verb sharing it.
 * Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, claimsOf, extract, incidents } from "./helpers";

const article = (body: string) => `RIGA, 12 May 2026 (LETA): ${body}`;

describe("a victim inside the attack noun's relative clause", () => {
  it("reads 'an attack last October that knocked the website of X offline' as an attack on X", () => {
    const ex = extract(
      article(
        "An attack last October that knocked the website of Latvia's Ministry of Finance offline was blamed on Russia, the prosecutor said.",
      ),
    );
    expect(attackedTargets(ex)).toContain("agency:latvia-ministry-of-finance (state:latvia)");
    // The victim is not the one blamed.
    expect(claimsOf(ex, "attributed-to").map((c) => c.target)).not.toContain(
      "agency:latvia-ministry-of-finance",
    );
    expect(incidents(ex).map((i) => i.date)).toContain("2025-10");
  });

  it("reads 'the wiper attack that erased the billing servers of X' as an attack on X", () => {
    const ex = extract(
      article(
        "Investigators traced the wiper attack that erased the billing servers of Estonia's Ministry of Finance to a group called Amber Lynx.",
      ),
    );
    expect(attackedTargets(ex)).toContain("agency:estonia-ministry-of-finance (state:estonia)");
  });

  it("takes the owner of the systems a second verb shares, or of a counted number of systems", () => {
    for (const text of [
      "Over the weekend, unknown actors gained access to and encrypted the billing servers of Latvia's Ministry of Finance.",
      "Hackers went after about 300 accounts of Latvia's Ministry of Finance on Sunday.",
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
});
