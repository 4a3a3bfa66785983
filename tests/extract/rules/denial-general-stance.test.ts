/**
 * A stance against attacks in general ("opposes cyberattacks of any kind") answers an accusation
 * only from the side accused: said by anyone else it is no denial. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim, incidents } from "../helpers";

const story = (line: string) =>
  extract(
    `ROME, 12 June 2025 (Reuters) - Intruders scrambled the ticketing servers of Malta's ferry authority on Tuesday. Malta accused Libya of the intrusion. ${line}`,
  );

describe("denial rule, a stance against attacks in general", () => {
  it("makes no denial of a side nobody accused", () => {
    for (const line of [
      "Portugal opposes cyberattacks of any kind.",
      "Portugal rejects all forms of hacking, its envoy told the council.",
      "Portugal condemned the raid and opposes cyber attacks.",
    ]) {
      const ex = story(line);
      expect(claimsOf(ex, "denied").map((c) => c.source)).not.toContain("state:portugal");
    }
  });

  it("still reads it as the accused side's denial", () => {
    for (const line of ["Libya opposes cyberattacks of any kind.", "Libya rejects all forms of hacking."]) {
      const ex = story(line);
      expect(hasClaim(ex, "denied", "state:libya", incidents(ex)[0]!.key)).toBe(true);
    }
  });

  it("keeps a denial whose object is the attack itself or an accusation", () => {
    const ex = story("Portugal rejected the accusation.");
    expect(claimsOf(ex, "denied").map((c) => c.source)).toContain("state:portugal");
  });
});
