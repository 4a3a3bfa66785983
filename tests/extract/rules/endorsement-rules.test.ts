/**
 * Who else makes an attribution: the states listed with a speaker ("Peru, Chile and Ecuador said"),
 * and those that take up one just made ("joined the statement", "backed the assessment"). Invented
 * sentences in wire, press-release and transcript registers.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

/** Claimants over every evidence entry of the attributions from `source` to `target`. */
function claimantsOf(text: string, target: string): string[] {
  const ex = extract(text);
  const claims = ex.claims.filter((c) => c.type === "attributed-to" && c.target === target);
  return [...new Set(claims.flatMap((c) => c.evidence.flatMap((e) => e.claimants ?? [])))];
}

describe("coordinated speakers", () => {
  it("makes every state of a subject list closed by 'and' a claimant", () => {
    expect(
      claimantsOf(
        "In a joint statement on Friday, Peru, Chile and Ecuador said Bolivia was behind the attack on the port authority.",
        "state:bolivia",
      ),
    ).toEqual(expect.arrayContaining(["state:peru", "state:chile", "state:ecuador"]));
  });

  it("does not make a victim listed before the speaker a claimant", () => {
    const claimants = claimantsOf(
      "Bolivian hackers attacked Ecuador, Chile said on Monday, blaming Bolivia for the attack.",
      "state:bolivia",
    );
    expect(claimants).not.toContain("state:ecuador");
  });
});

describe("endorsement rule", () => {
  it("adds the states that back an assessment to the attribution just made", () => {
    const claimants = claimantsOf(
      "Peru blamed Bolivia for the May ransomware attack on its customs agency. Chile, Ecuador and Uruguay issued statements backing the assessment on Tuesday.",
      "state:bolivia",
    );
    expect(claimants).toEqual(
      expect.arrayContaining(["state:peru", "state:chile", "state:ecuador", "state:uruguay"]),
    );
  });

  it("reads 'joined the statement' and 'shares their conclusion' the same way", () => {
    const text =
      "ANNOUNCER: The foreign ministry of Peru accused Bolivia of the hack of the electoral board. Uruguay joined the statement within hours. Paraguay shares their conclusion, its president said.";
    expect(claimantsOf(text, "state:bolivia")).toEqual(
      expect.arrayContaining(["state:uruguay", "state:paraguay"]),
    );
  });

  it("takes up nothing when no attribution was made, or when what is shared is no stance", () => {
    expect(
      extract("Chile and Ecuador joined the statement on regional trade.").claims.filter(
        (c) => c.type === "attributed-to",
      ),
    ).toEqual([]);
    expect(
      claimantsOf(
        "Peru blamed Bolivia for the attack on the port authority. Its cyber centre has shared assessments with Chile for years.",
        "state:bolivia",
      ),
    ).not.toContain("state:chile");
  });
});
