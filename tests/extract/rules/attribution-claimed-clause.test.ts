/**
 * The behind rule's "claimed": a group that claims an attack takes responsibility for it; someone
 * who claims the attack was something reports a clause, and is not the attacker. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../helpers";

const wire = (body: string) => `LIMA, 4 May 2026 (Reuters) - ${body}`;
const hit = "Intruders wiped the servers of Peru's customs agency on Sunday. ";
const accused = (text: string) => claimsOf(extract(wire(text)), "attributed-to").map((c) => c.target);

describe("behind rule, 'claimed' before a clause about the attack", () => {
  it("does not make the one who claims the attack was someone's work its author", () => {
    for (const text of [
      `${hit}Senator Clara Mendez claimed the hack was surely the doing of hackers based in Chile.`,
      `${hit}Senator Clara Mendez claimed that the attack had been ordered from Chile.`,
      `${hit}Senator Clara Mendez claimed the breach could have been an inside job.`,
    ])
      expect(accused(text)).not.toContain("person:clara-mendez");
    const work = extract(
      wire(`${hit}Senator Clara Mendez claimed the hack was surely the doing of hackers based in Chile.`),
    );
    expect(hasClaim(work, "attributed-to", "incident:*", "state:chile")).toBe(true);
  });

  it("still reads a group that claims the attack as its author", () => {
    for (const text of [
      `${hit}A crew calling itself Andes Wraith claimed the attack on its channel.`,
      `${hit}A crew calling itself Andes Wraith claimed the attacks and posted screenshots.`,
      `${hit}A crew calling itself Andes Wraith claimed the attack was revenge for the new border law.`,
    ])
      expect(accused(text)).toContain("group:andes-wraith");
    expect(
      accused(`${hit}APT29 claimed the intrusions were punishment for Lima's vote at the United Nations.`),
    ).toContain("group:apt29");
  });
});
