/**
 * An official's office is not placed in the state their reported clause accuses, nor in the state a
 * demonym of its subject names (reportedState in people.ts).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const hit = "Hackers broke into Ghana's land registry in May 2025. ";

describe("an office placed by the clause the official reports", () => {
  it("does not give an MP the state they say was behind the attack", () => {
    for (const said of [
      "Peru was behind the attack",
      "Peru carried out the attack",
      "Peru is responsible",
      "Peru had hacked the registry",
      "Peru may have been behind the intrusion",
    ]) {
      const ex = extract(`${hit}A backbench MP, Kofi Mensah, said ${said}.`);
      expect(hasClaim(ex, "affiliated-with", "person:kofi-mensah", "state:peru")).toBe(false);
    }
  });

  it("still gives the MP the state that acts in the clause they report", () => {
    const ex = extract(`${hit}A backbench MP, Kofi Mensah, said Ghana has asked Britain for help.`);
    expect(hasClaim(ex, "affiliated-with", "person:kofi-mensah", "state:ghana")).toBe(true);
  });

  it("does not give the official the state of the specialists they speak of", () => {
    const ex = extract(
      "Estonia thanked its partners on Monday. Interior Minister Mart Kaljula said Finnish specialists had worked alongside the port engineers for a week.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:mart-kaljula", "state:finland")).toBe(false);
    expect(hasClaim(ex, "affiliated-with", "person:mart-kaljula", "state:estonia")).toBe(true);
  });
});
