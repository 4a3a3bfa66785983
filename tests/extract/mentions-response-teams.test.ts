/** National response teams named with their state before a bare "CERT"/"CSIRT" (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const agencies = (text: string) => extract(text).entities.filter((e) => e.type === "agency");

describe("a state's response team after its state's name or possessive", () => {
  it("reads 'Chile's government CSIRT' as Chile's team though 'Chile's government' names the state acting", () => {
    const ex = extract(
      "Engineers from Peru's government CSIRT flew to Quito on Sunday to help clean the servers.",
    );
    const team = ex.entities.find((e) => e.type === "agency" && /CSIRT/.test(e.label));
    expect(team).toMatchObject({ country: "state:peru" });
    expect(hasClaim(ex, "part-of", team!.key, "state:peru")).toBe(true);
  });

  it("reads '<State> CERT' as that state's team, its key naming the state once", () => {
    const ex = extract("Ghana CERT published the loader's hashes on Thursday after the tax office outage.");
    const team = ex.entities.find((e) => e.type === "agency" && /CERT/.test(e.label));
    expect(team).toMatchObject({ label: "Ghana CERT", key: "agency:ghana-cert", country: "state:ghana" });
    expect(hasClaim(ex, "part-of", team!.key, "state:ghana")).toBe(true);
  });

  it("reads no team from 'a CERT advisory' or a firm's incident response team", () => {
    expect(
      agencies("Ghana said on Friday that a CERT advisory had warned banks of the loader."),
    ).toHaveLength(0);
    expect(
      agencies("In Ghana, the lender's own incident response team restored the payment servers overnight."),
    ).toHaveLength(0);
  });

  it("keeps 'the Ghana government' a state acting when no team follows", () => {
    const ex = extract("Ghana's government said on Friday that the outage had ended.");
    expect(ex.entities.filter((e) => e.type === "agency")).toHaveLength(0);
  });
});

describe("a team's acronym run into capitals is a team only when its prefix names a state", () => {
  it("reads no team from a headline word in capitals that ends in 'CERT'", () => {
    expect(agencies("RANSOM GANG TAKES DOWN CONCERT TICKETING AT THE HARBOUR ARENA")).toHaveLength(0);
    expect(agencies("FANS STRANDED AS THE CONCERT SITE GOES DARK AFTER A HACK")).toHaveLength(0);
  });

  it("keeps a team whose capital prefix is its state's code and one with a code after 'CERT'", () => {
    const ex = extract("KRCERT told lenders on Monday that the wiper had reached two insurers.");
    expect(ex.entities.find((e) => e.label === "KRCERT")).toMatchObject({
      type: "agency",
      country: "state:south-korea",
    });
    expect(agencies("GOVCERT.NL issued a warning about the loader on Monday.")).toHaveLength(1);
  });
});
