/**
 * The `listed-defendants` rule: persons listed in apposition to the charged ("the suspects, A, 52,
 * and B, 47,"), or to agents or officers where a charge governs the list ("prosecutors say the two
 * agents, A and B, ..."), are behind the attack under discussion. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const read = (body: string) =>
  extract(
    `MONTEVIDEO, 12 August 2025 (Reuters) - Ransomware locked the berth-booking system at Uruguay's national port authority in July. ${body}`,
  );
const blamedPersons = (ex: ReturnType<typeof read>) =>
  ex.claims
    .filter((c) => c.type === "attributed-to" && c.target.startsWith("person:"))
    .map((c) => c.target)
    .sort();
const both = ["person:elena-sosa", "person:tomas-rivero"];

describe("listed-defendants rule", () => {
  it("takes the persons listed after 'the suspects', ages and all", () => {
    expect(blamedPersons(read("The suspects, Tomas Rivero, 52, and Elena Sosa, 47, remain abroad."))).toEqual(
      both,
    );
  });

  it("takes agents listed where a charge governs the list, and no others", () => {
    expect(
      blamedPersons(
        read("Prosecutors say the two agents, Tomas Rivero and Elena Sosa, broke into the booking system."),
      ),
    ).toEqual(both);
    expect(
      blamedPersons(read("The two agents, Tomas Rivero and Elena Sosa, toured the port on Monday.")),
    ).toEqual([]);
    expect(
      blamedPersons(
        read(
          "Prosecutors charged nobody; the two agents, Tomas Rivero and Elena Sosa, led the port's response.",
        ),
      ),
    ).toEqual([]);
  });

  it("takes no agents whose predicate is no deed or service", () => {
    expect(
      blamedPersons(
        read(
          "Prosecutors said the two agents, Tomas Rivero and Elena Sosa, led the inquiry into the lockout.",
        ),
      ),
    ).toEqual([]);
  });

  it("takes nothing from a negated predicate after the list", () => {
    expect(
      blamedPersons(
        read("Prosecutors say the two agents, Tomas Rivero and Elena Sosa, had no part in the ransomware."),
      ),
    ).toEqual([]);
  });

  it("takes no list that runs on past its apposition", () => {
    expect(
      blamedPersons(read("The suspects, Tomas Rivero and Elena Sosa of the port union were heard.")),
    ).toEqual([]);
  });
});
