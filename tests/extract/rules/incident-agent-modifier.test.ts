/**
 * An attack told as the agent of a passive ("X was hit by a ransomware attack in March") is one
 * incident, dated by the noun's date, whose victim is the passive's subject; a state's government
 * owning the system hit stands for the state; a public body named right before an attack noun
 * ("the Ministry of Finance breach") is its victim. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "../helpers";

const wire = (body: string) => `LIMA, 9 October 2024 (AFP) - ${body}`;

describe("a passive whose agent is an attack noun", () => {
  it("makes one incident with the noun's date and the subject as its victim", () => {
    for (const [sentence, date] of [
      ["Peru was hit by a ransomware attack in March 2023, the minister recalled.", "2023-03"],
      ["Officials said Peru had been targeted by a phishing campaign in 2021.", "2021"],
    ] as const) {
      const ex = extract(wire(sentence));
      expect(
        incidents(ex).map((i) => i.date),
        sentence,
      ).toEqual([date]);
      expect(attackedTargets(ex), sentence).toEqual(["state:peru"]);
    }
  });
});

describe("the government of a state as the owner of what was hit", () => {
  it("names the state", () => {
    const sentence = "In May 2023 the Government of Peru's payroll servers were wiped, auditors found.";
    expect(attackedTargets(extract(wire(sentence))), sentence).toEqual(["state:peru"]);
  });
});

describe("a body named right before an attack noun", () => {
  it("is the victim of a breach, a hack or an attack", () => {
    for (const sentence of [
      "Prosecutors blamed Chile for the Ministry of Finance breach in March.",
      "Lawmakers asked who was behind the Ministry of Finance cyber attack last month.",
    ]) {
      const targets = attackedTargets(extract(wire(sentence)));
      expect(targets, sentence).toHaveLength(1);
      expect(targets[0], sentence).toMatch(/^agency:(?:peru-)?ministry-of-finance\b/);
    }
  });

  it("is not the victim of what a body does ('activity', 'campaign')", () => {
    const sentence = "Lawmakers asked the minister about the Ministry of Finance cyber activity last month.";
    expect(attackedTargets(extract(wire(sentence))), sentence).toEqual([]);
  });
});
