/**
 * The persons a charge names are behind the attack it is about: a charge sheet that lists them
 * (with ages, or with appositions closed by semicolons), the defendants a court names, and a
 * passive "were accused of" whose subject is a list of ranked names. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "../helpers";

const wire = (body: string) => `TALLINN, 9 October 2025 (AP) - ${body}`;
const attack =
  "Ransomware locked the ticket booking servers of Estonia's national railway operator in August 2025. ";
const accusedOf = (ex: ReturnType<typeof extract>, incident: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.source === incident).map((c) => c.target);
const attributedTo = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "attributed-to").map((c) => c.target);

describe("defendants rule", () => {
  it("attributes the attack to everyone a charge sheet lists, ages and all", () => {
    const ex = extract(
      wire(
        attack +
          "According to the court, the charge sheet lists Viktor Kalnins, 34, and Marta Ozols, 29, as organisers.",
      ),
    );
    const accused = accusedOf(ex, incidents(ex)[0]!.key);
    for (const person of ["person:viktor-kalnins", "person:marta-ozols"]) expect(accused).toContain(person);
  });

  it("reads defendants separated by semicolons, each with a rank or an apposition", () => {
    const ex = extract(
      wire(
        attack +
          "Named by the court, the defendants include Captain Viktor Kalnins, whom investigators call the cell's paymaster; and Lieutenant Colonel Marta Ozols.",
      ),
    );
    const accused = accusedOf(ex, incidents(ex)[0]!.key);
    for (const person of ["person:viktor-kalnins", "person:marta-ozols"]) expect(accused).toContain(person);
  });

  it("stops a list at a semicolon that opens the next clause", () => {
    const ex = extract(
      wire(
        attack +
          "Filed on Tuesday, the indictment names Viktor Kalnins and Marta Ozols; Judge Anna Liepa presides over the hearing in November.",
      ),
    );
    const accused = attributedTo(ex);
    expect(accused).toContain("person:viktor-kalnins");
    expect(accused.some((k) => /liepa/.test(k))).toBe(false);
  });

  it("does not read an unranked person opening the next clause as listed", () => {
    const ex = extract(
      wire(
        attack +
          "The indictment names Viktor Kalnins and Marta Ozols; Anna Liepa presides over the hearing in November.",
      ),
    );
    expect(attributedTo(ex).some((k) => /liepa/.test(k))).toBe(false);
  });

  it("reads ranked persons before an apposition as the subject of 'were accused of'", () => {
    const ex = extract(
      wire(
        attack +
          "Captain Viktor Kalnins and Sergeant Marta Ozols, now believed to be living abroad, are accused of the attack.",
      ),
    );
    const accused = accusedOf(ex, incidents(ex)[0]!.key);
    for (const person of ["person:viktor-kalnins", "person:marta-ozols"]) expect(accused).toContain(person);
  });

  it("reads 'a prosecutor named X' as a name, not a charge against X", () => {
    const ex = extract(
      wire(
        attack +
          "A prosecutor named Viktor Kalnins told reporters that the gang demanded a ransom in bitcoin.",
      ),
    );
    expect(attributedTo(ex)).not.toContain("person:viktor-kalnins");
  });

  it("reads 'prosecutors named X' before a verb of X's as a name", () => {
    const ex = extract(
      wire(attack + "Two prosecutors named Viktor Kalnins warned that the gang could strike again."),
    );
    expect(attributedTo(ex)).not.toContain("person:viktor-kalnins");
  });

  it("still reads a charge document's past tense 'named' as its charge", () => {
    const ex = extract(wire(attack + "Unsealed in September, the indictment named Viktor Kalnins."));
    expect(accusedOf(ex, incidents(ex)[0]!.key)).toContain("person:viktor-kalnins");
  });
});

describe("blame rule, a pronoun object", () => {
  it("never accuses the body named after 'accusing them of'", () => {
    const ex = extract(
      wire(
        attack +
          "Estonia's prosecutor general charged three men on Wednesday, accusing them of encrypting the servers of the national railway operator.",
      ),
    );
    expect(attributedTo(ex).some((k) => /railway/.test(k))).toBe(false);
  });
});
