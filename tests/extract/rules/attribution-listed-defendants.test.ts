/**
 * The `listed-defendants` rule: persons listed in apposition to the charged ("the defendants - A,
 * 34, and B, 29 -", "the two officers, A and B," where a charge is the sentence's source) are behind
 * the attack under discussion. Invented sentences.
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

describe("listed-defendants rule", () => {
  it("takes the persons a dash apposition lists after 'the defendants', ages and all", () => {
    const ex = read(
      "The defendants - Tomas Rivero, 38, and Elena Sosa, 44 - were last seen in Asuncion, their lawyer said.",
    );
    expect(blamedPersons(ex)).toEqual(["person:elena-sosa", "person:tomas-rivero"]);
  });

  it("takes officers listed after 'the two officers' only where a charge is the sentence's source", () => {
    const charged = read(
      "The indictment says the two officers, Tomas Rivero and Elena Sosa, planned the intrusion.",
    );
    expect(blamedPersons(charged)).toEqual(["person:elena-sosa", "person:tomas-rivero"]);
    const visiting = read("The two officers, Tomas Rivero and Elena Sosa, toured the port on Monday.");
    expect(blamedPersons(visiting)).toEqual([]);
  });

  it("takes no list that runs on past its apposition", () => {
    expect(
      blamedPersons(read("The defendants, Tomas Rivero and Elena Sosa of the port union were heard.")),
    ).toEqual([]);
  });
});
