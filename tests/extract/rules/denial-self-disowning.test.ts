/**
 * A speaker saying that it was not behind, not responsible for or had nothing to do with the attack
 * denies it; a speaker saying so of someone else makes no denial by that one, and no attribution.
 * Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim, incidents } from "../helpers";

const story = (line: string) =>
  extract(
    `VALLETTA, 12 June 2025 (AFP) - Intruders scrambled the ticketing servers of Malta's ferry authority on Tuesday. Malta accused Libya of the intrusion. ${line}`,
  );

describe("disavowal rule, the speaker disowns the attack", () => {
  it("reads 'X said it was not behind / not responsible for / had nothing to do with it' as X's denial", () => {
    for (const line of [
      "Libya said it was not behind the intrusion.",
      "Libya said on Wednesday that it was never responsible for the breach.",
      "Libya insisted it had nothing to do with the breach.",
      "Libya said it wasn't involved.",
      "Libya was in no way behind the intrusion, its foreign ministry said.",
    ]) {
      const ex = story(line);
      expect(hasClaim(ex, "denied", "state:libya", incidents(ex)[0]!.key)).toBe(true);
    }
  });

  it("makes no denial by the one another speaker clears, and no attribution to it", () => {
    for (const line of [
      "Tunisia said Libya was not behind the intrusion.",
      "Libya was not behind the intrusion, Tunisian officials said.",
      "Libya was not behind the intrusion.",
    ]) {
      const ex = story(line);
      expect(claimsOf(ex, "denied")).toEqual([]);
      expect(hasClaim(ex, "attributed-to", incidents(ex)[0]!.key, "state:tunisia")).toBe(false);
    }
  });

  it("reads no denial when the predicate is about another task, or the speaker was never accused", () => {
    for (const line of [
      "Greece said it was not involved in the rescue of the stranded passengers.",
      "Libya said it was not responsible for patrolling the harbour.",
      "Malta's transport ministry said it was not responsible for the ferry schedules.",
      "Greece said it was not behind the intrusion.",
    ]) {
      const ex = story(line);
      expect(claimsOf(ex, "denied")).toEqual([]);
    }
  });
});
