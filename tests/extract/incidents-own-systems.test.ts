/**
 * A body told only as the owner of the systems an attack hit, by its pronoun (TARGET38): "X says its
 * billing servers were wiped", "X had its mail server broken into", "when X had its registry
 * servers encrypted"; and a bare plural opening the subject ("In May, billing servers at X were
 * encrypted"). Before, the pronoun owning the subject named no victim (only "X's servers" did), a
 * "have" clause told no attack at all, and the subject's system noun needed a determiner. The owner
 * of a "have" clause is its subject, not the pronoun's nearest name (a capital named after the body).
 * Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, bundledContext, extract, incidents } from "./helpers";
import { extractDocument } from "../../src/extract";

const article = (body: string) => `VILNIUS, 14 May 2026 (BNS): ${body}`;

describe("a body whose own systems an attack hit is its victim", () => {
  it("reads the body a reporting clause names as the owner of 'its' hit systems", () => {
    for (const text of [
      "The Lithuanian Water Board says its tariff and metering databases were wiped by a ransomware crew overnight.",
      "The Lithuanian Water Board confirmed on Monday that its booking portal had been encrypted by ransomware.",
    ]) {
      const ex = extract(article(text));
      expect(attackedTargets(ex).join(" "), text).toContain("water-board");
    }
  });

  it("reads no accused body as the owner of 'its' systems", () => {
    const text =
      "Lithuania accused Belarus of the April breach of its tariff office, saying its databases were wiped overnight.";
    expect(attackedTargets(extract(article(text)))).not.toContain("state:belarus");
  });

  it("reads the subject of a 'have' clause as the victim of what was done to its systems", () => {
    for (const text of [
      "In April the Lithuanian Water Board had its payroll ledger server broken into by hackers.",
      "When the Lithuanian Water Board in Vilnius had its tariff servers encrypted by a ransomware crew in April, the ministry asked Estonia for help.",
    ]) {
      const ex = extract(article(text));
      const targets = attackedTargets(ex);
      expect(targets.join(" "), text).toContain("water-board");
      // The capital after the body is no owner of "its" systems.
      expect(targets, text).not.toContain("state:lithuania");
    }
  });

  it("reads a bare plural system noun opening the subject as owned by the body after it", () => {
    const text =
      "In April, metering servers at the Lithuanian Water Board were encrypted, and bills could not be paid.";
    expect(attackedTargets(extract(article(text))).join(" ")).toContain("water-board");
  });

  // Spared, changed by their owner or only threatened: no attack.
  it.each([
    "The Lithuanian Water Board says its billing systems were encrypted end to end under a new policy.",
    "The Lithuanian Water Board had its website redesigned last year.",
    "The Lithuanian Water Board says its tariff servers could be targeted by hackers next year.",
    "The Lithuanian Water Board says its tariff servers were not affected.",
  ])("reads no attack in %s", (text) => {
    const ex = extract(article(text));
    expect({ victims: attackedTargets(ex), incidents: incidents(ex).length }).toEqual({
      victims: [],
      incidents: 0,
    });
  });
});

/**
 * The same shape with "see" (DEEDS44): "X saw its portal defaced", "has seen its platform encrypted
 * by ransomware" (lexicon verbs.ownSystemUndergo). As with "have", what a body does to its own
 * systems ("shut down as a precaution"), a mishap and a clause with no deed tell no attack.
 */
describe("a body that saw or had its own systems hit is the victim", () => {
  const story = (body: string) => article(`Hackers breached the Latvian grid operator on Monday. ${body}`);

  it.each([
    "Last spring the Lithuanian Water Board saw its billing portal defaced with slogans.",
    "The Lithuanian Water Board has seen its payment platform encrypted twice this year by a ransomware crew.",
  ])("reads the Water Board as attacked in %s", (text) => {
    expect(attackedTargets(extract(story(text))).join(" ")).toContain("water-board");
  });

  it.each([
    "The Lithuanian Water Board had its tariff servers shut down as a precaution on Friday.",
    "The Lithuanian Water Board had its tariff servers knocked out for maintenance on Friday.",
    "The Lithuanian Water Board saw its website traffic double on Friday.",
    "The Lithuanian Water Board saw its booking platform disrupted by a power cut on Friday.",
  ])("reads no attack on the Water Board in %s", (text) => {
    expect(attackedTargets(extract(story(text))).join(" ")).not.toContain("water-board");
  });
});

/**
 * The victim heading a possessive subject (review44 deeds R2): in "Britain's National Crime Agency saw
 * its portal defaced" or "…was breached" the body the state owns was hit; the state that owns it
 * is only its owner, not the victim instead of it.
 */
describe("the body a possessive subject heads is the victim, not its owner", () => {
  it.each([
    "In March, Britain's National Crime Agency saw its tip-off portal defaced by a pro-Russian crew.",
    "In March, Britain's National Crime Agency was breached by a pro-Russian crew.",
  ])("reads the agency, not the United Kingdom, as attacked in %s", async (text) => {
    // A body the reference gazetteer knows is its own mention, apart from its owner's possessive.
    const targets = attackedTargets(
      extractDocument({ id: "doc.txt", text: article(text) }, await bundledContext()),
    );
    expect(targets.join(" ")).toContain("agency:");
    expect(targets.filter((t) => t.startsWith("state:"))).toEqual([]);
  });
});
