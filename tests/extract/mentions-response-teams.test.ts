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
