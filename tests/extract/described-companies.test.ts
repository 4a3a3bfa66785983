/** A company the text names only by a lower-case description of what it runs (invented sentences). */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, hasClaim } from "./helpers";

const organizations = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.label);

describe("a described company is an organization of its own", () => {
  it("reads 'the state-run water distributor of Latvia' as a target, no agency", () => {
    const x = extract(
      "Hackers locked meter consoles of the state-run water distributor of Latvia on 3 March 2026, police in Riga said.",
    );
    expect(attackedTargets(x)).toContain("organization:state-run-water-distributor-of-latvia");
    expect(x.claims.some((c) => c.type === "part-of" && c.source.includes("distributor"))).toBe(false);
  });

  it("reads a possessive state's owned utility ('Peru's national electricity utility')", () => {
    const x = extract(
      "On 9 May 2026 a wiper erased the dispatch consoles of Peru's national electricity utility.",
    );
    const utility = x.entities.find((e) => e.label === "Peru's national electricity utility");
    expect(utility?.type).toBe("organization");
    expect(utility?.aliases).toContain("national electricity utility");
  });

  it("keeps two states' like-described companies apart", () => {
    const x = extract(
      "Hackers shut down billing at the state-run gas distributor of Latvia on Monday 4 May 2026. On Tuesday they struck the state-run gas distributor of Estonia.",
    );
    expect(attackedTargets(x)).toEqual([
      "organization:state-run-gas-distributor-of-estonia",
      "organization:state-run-gas-distributor-of-latvia",
    ]);
  });

  it("reads an indefinite description with its place ('a freight operator in Gdynia')", () => {
    expect(
      organizations(
        "Last spring the gang also broke into the booking system of a freight operator in Gdynia.",
      ),
    ).toContain("freight operator in Gdynia");
  });

  it("finds the company again by its trade and head ('the port operator asked ...')", () => {
    const x = extract(
      "Tally consoles at the government-owned port operator went dark on 4 June 2026. On 5 June the port operator requested help from the NCSC.",
    );
    expect(
      hasClaim(x, "requested-help", "organization:government-owned-port-operator", "agency:ncsc-uk"),
    ).toBe(true);
  });
});

describe("what makes no described company", () => {
  it("reads a description apposed to a named company as that company's alias", () => {
    const x = extract(
      "Vessa Power Corporation, the city-owned power distributor, reported that its billing servers had been wiped.",
    );
    const companies = x.entities.filter((e) => e.type === "organization");
    expect(companies.map((e) => e.label)).toEqual(["Vessa Power Corporation"]);
    expect(companies[0]?.aliases).toContain("city-owned power distributor");
  });

  it("leaves an indefinite description with no place ('a state-run gas company'): it may be named later", () => {
    expect(organizations("Hackers also hit a state-run gas company, officials in Quito said.")).toEqual([]);
  });

  it("leaves a bare reference with no company before it ('the power company said')", () => {
    expect(organizations("The power company told customers that paying bills online worked again.")).toEqual(
      [],
    );
  });

  it("leaves a description whose possessor is no state ('the capital's city-owned power distributor')", () => {
    expect(organizations("Overnight, raiders struck the capital's city-owned power distributor.")).toEqual(
      [],
    );
  });

  it("leaves a description that introduces the company's name ('national gas company Tarngas')", () => {
    expect(organizations("Hackers hit the national gas company Tarngas on 2 May 2026.")).not.toContain(
      "national gas company",
    );
  });

  it("reads no port authority as a company: gold types it as its state's agency", () => {
    expect(organizations("Hackers hit the national port authority of Ghana on 4 May 2026.")).toEqual([]);
  });

  it("leaves a trade and head with no owner after an article ('the port operator in charge')", () => {
    expect(organizations("The ministry said the port operator had restored service.")).toEqual([]);
  });
});
