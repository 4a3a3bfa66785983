/**
 * The persons a charge names are behind the attack it is about: "the indictment names A, B and
 * C", "the other defendants are A; B and C", "A, B and C, all said to serve in X, are accused of
 * ...". Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "../helpers";

const wire = (body: string) => `RIGA, 12 June 2025 (Reuters) - ${body}`;
const accusedOf = (ex: ReturnType<typeof extract>, incident: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.source === incident).map((c) => c.target);

describe("defendants rule", () => {
  it("attributes the attack under discussion to every person the indictment names", () => {
    const ex = extract(
      wire(
        "Hackers wiped the servers of Latvia's customs agency in May 2024. " +
          "The 40-page indictment, filed on Friday, names Oleg Marchenko, Dmitri Sorokin and Pavel Gusev, all officers of a military unit.",
      ),
    );
    const accused = accusedOf(ex, incidents(ex)[0]!.key);
    for (const person of ["person:oleg-marchenko", "person:dmitri-sorokin", "person:pavel-gusev"])
      expect(accused).toContain(person);
  });

  it("reads a list of defendants whose appositions end at semicolons", () => {
    const ex = extract(
      wire(
        "Hackers wiped the servers of Latvia's customs agency in May 2024. " +
          "The remaining defendants are Lieutenant Ivan Petrenko, who allegedly built the malware; Major Kirill Orlov and Captain Roman Belyaev, described as its operators; and Sergeant Anna Volkova.",
      ),
    );
    const accused = accusedOf(ex, incidents(ex)[0]!.key);
    for (const person of [
      "person:ivan-petrenko",
      "person:kirill-orlov",
      "person:roman-belyaev",
      "person:anna-volkova",
    ])
      expect(accused).toContain(person);
  });

  it("reads persons listed before an apposition as the subject of 'are accused of'", () => {
    const ex = extract(
      wire(
        "Colonel Ivan Petrenko, Major Kirill Orlov and Captain Roman Belyaev, all said to serve in one military unit, are accused of breaching the email system of Latvia's foreign ministry in March 2024.",
      ),
    );
    const accused = accusedOf(ex, incidents(ex)[0]!.key);
    for (const person of ["person:ivan-petrenko", "person:kirill-orlov", "person:roman-belyaev"])
      expect(accused).toContain(person);
  });

  it("names no one from a document that brings no charge", () => {
    const ex = extract(
      wire(
        "Hackers wiped the servers of Latvia's customs agency in May 2024. The ministry's annual report names Oleg Marchenko as its new auditor.",
      ),
    );
    expect(ex.claims.filter((c) => c.type === "attributed-to")).toEqual([]);
  });
});

describe("blame rule, a pronoun object", () => {
  it("never accuses the body named after 'accusing them of'", () => {
    const ex = extract(
      wire(
        "A wiper attack hit Latvia in May 2024. Prosecutors unsealed an indictment against four officers of a little-known foreign military intelligence unit on Tuesday, accusing them of erasing the hard drives of Latvia's national customs agency.",
      ),
    );
    const accused = ex.claims.filter((c) => c.type === "attributed-to").map((c) => c.target);
    expect(accused.some((k) => /customs/.test(k))).toBe(false);
  });
});
