/**
 * An attack told as the agent of a passive ("X was hit by a ransomware attack in March") is one
 * incident, dated by the noun's date, whose victim is the passive's subject; a state's government
 * owning the system hit stands for the state; a public body named right before an attack noun it
 * can only have suffered ("the Ministry of Finance breach") is its victim. Every sentence is
 * invented for this file.
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

  it("keeps the subject as the victim when a relative clause after the noun names an accuser", () => {
    for (const sentence of [
      "Peru's tax office was struck by a ransomware attack on Monday that Chile blamed on Bolivia.",
      "Peru's tax office was hit by a wiper attack on Monday that Chile's police blamed on a gang.",
      "Peru's customs agency was knocked offline by an intrusion in May that Bolivia's army traced to Chile.",
    ]) {
      const targets = attackedTargets(extract(wire(sentence)));
      expect(targets, sentence).toHaveLength(1);
      expect(targets[0], sentence).toMatch(/^agency:peru-(?:tax-office|customs-agency) \(state:peru\)$/);
    }
  });

  it("still reads the owner a relative clause names after the system hit", () => {
    const sentence = "Hackers broke into the payroll system that Peru's customs agency uses, officials said.";
    expect(attackedTargets(extract(wire(sentence))), sentence).toEqual([
      "agency:peru-customs-agency (state:peru)",
    ]);
  });

  it("keeps a second deed joined as a second agent", () => {
    const sentence = "Bolivia was struck by a phishing campaign in June 2022 and by another in April 2023.";
    const ex = extract(wire(sentence));
    expect(incidents(ex), sentence).toHaveLength(2);
    expect(attackedTargets(ex), sentence).toEqual(["state:bolivia"]);
  });
});

describe("the government of a state as the owner of what was hit", () => {
  it("names the state", () => {
    for (const sentence of [
      "Auditors found that in May the Government of Peru's archive servers had been wiped.",
      "Last March, the Government of Peru's archive servers were wiped by unknown intruders.",
    ])
      expect(attackedTargets(extract(wire(sentence))), sentence).toEqual(["state:peru"]);
  });
});

describe("a body named right before an attack noun", () => {
  it("is the victim of a breach, a hack or an intrusion", () => {
    for (const sentence of [
      "Prosecutors blamed Chile for the Ministry of Finance breach in March.",
      "Lawmakers asked who was behind the Ministry of Finance intrusion last month.",
    ]) {
      const targets = attackedTargets(extract(wire(sentence)));
      expect(targets, sentence).toHaveLength(1);
      expect(targets[0], sentence).toMatch(/^agency:(?:peru-)?ministry-of-finance\b/);
    }
  });

  it("is not the victim of an attack it may have made, nor of what it does ('activity')", () => {
    for (const sentence of [
      "Chile's army said the Cyber Command attack was lawful.",
      "Lawmakers asked the minister about the Ministry of Finance cyber activity last month.",
    ])
      expect(attackedTargets(extract(wire(sentence))), sentence).toEqual([]);
  });
});
