/**
 * Companies and other non-state organizations named as victims: after what they are ("logistics
 * firm X"), with lower-case joiners in their names ("Puerto Autonomo de X"). People stay people.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const wire = (body: string) => `LIMA, 9 October 2024 (AFP) - ${body}`;
const typeOf = (text: string, label: string) =>
  extract(wire(text)).entities.find((e) => e.label === label)?.type;
const labels = (text: string, type: string) =>
  extract(wire(text))
    .entities.filter((e) => e.type === type)
    .map((e) => e.label)
    .sort();

describe("companies introduced by what they are", () => {
  it("reads the name after a description that follows a hit-verb or 'including'", () => {
    expect(typeOf("A ransomware attack hit logistics firm Velmora on Monday.", "Velmora")).toBe(
      "organization",
    );
    expect(
      typeOf(
        "The worm wrecked computers worldwide, including those of the Chilean shipping group Navimar.",
        "Navimar",
      ),
    ).toBe("organization");
  });

  it("takes the hit-verbs from the lexicon: any past form opens the description", () => {
    expect(typeOf("On Monday a worm that spread overnight crippled logistics firm Velmora.", "Velmora")).toBe(
      "organization",
    );
  });

  it("reads a name whose capitalised words a lower-case particle joins", () => {
    expect(
      typeOf(
        "Hackers wiped the scheduling servers of the Puerto Autonomo de Callao on Monday.",
        "Puerto Autonomo de Callao",
      ),
    ).toBe("organization");
  });

  it("keeps a person whose surname opens with a particle a person, not a company", () => {
    const text = "Hackers breached Maria da Silva's email account on Monday, Peru's police said.";
    expect(labels(text, "organization").filter((l) => /Maria|Silva/.test(l))).toEqual([]);
    expect(
      labels(
        "Thieves hacked Joao dos Reis's phone and emptied his bank account, Peru's police said.",
        "organization",
      ),
    ).toEqual([]);
  });

  it("keeps a given name after a job noun that can also describe a company a person", () => {
    for (const text of [
      "Hackers hacked developer Jorge Soto's laptop on Monday, Peru's police said.",
      "The thieves targeted contractor Ana Quispe's home network on Monday, Peru's police said.",
      "The scam hit operator Ana Quispe hardest, Peru's police said on Monday.",
    ])
      expect(labels(text, "organization")).toEqual([]);
  });

  it("reads a job noun before a given name and an ordinary word as a company ('contractor Carmen Logistics')", () => {
    expect(
      typeOf("Ransomware hit contractor Carmen Logistics on Monday, Peru's police said.", "Carmen Logistics"),
    ).toBe("organization");
  });

  it("still reads a company named after a person when a company noun describes it, and a named facility", () => {
    expect(typeOf("Ransomware hit the law firm Carlos Medina on Monday.", "Carlos Medina")).toBe(
      "organization",
    );
    expect(
      typeOf(
        "Hackers hit Leonardo da Vinci Airport on Monday, Italy's police said.",
        "Leonardo da Vinci Airport",
      ),
    ).toBe("organization");
  });

  it("keeps a person described by the company she works for a person", () => {
    const text = "Ana Quispe, Lima Metro's train operator, said the screens went blank after the attack.";
    expect(typeOf(text, "Ana Quispe")).toBe("person");
    expect(labels(text, "organization")).not.toContain("Ana Quispe");
  });
});
