/**
 * Who claims an attribution: the speaker, the body and its state, across clauses and asides; invented
 * sentences (none comes from a fixture).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers";
import { wire, attackOn, claimantsOf } from "./stories";

describe("claimants of a rejected claim", () => {
  it("gives an attribution inside 'rejected claims by X that ...' to X, never to the denier", () => {
    const ex = extract(
      wire(
        "Venezuela has rejected claims by the Ecuadorian government that Cuba was behind the cyberattack on Ecuador's customs service, its foreign ministry spokeswoman said.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:cuba")).toEqual(["state:ecuador"]);
  });

  it("reads adverbs between the auxiliary and the verb ('Ecuadorian officials have since told reporters')", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Ecuador has since told reporters that Cuba was behind the attack.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:cuba")).toContain("state:ecuador");
  });

  it("reads 'X alleged that' as speech, but not 'alleged officers'", () => {
    const said = extract(
      wire("A cyberattack crippled Ecuador's customs service. Ecuador alleged that Cuba was behind it."),
    );
    expect(claimantsOf(said, attackOn(said), "state:cuba")).toContain("state:ecuador");
    const adjective = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Prosecutors charged two alleged Cuban officers over it.",
      ),
    );
    expect(adjective.claims.some((c) => c.claimants.includes("state:cuba"))).toBe(false);
  });
});

describe("claimants of a second verb", () => {
  it("makes the sentence's subject the speaker of 'and later said'", () => {
    const ex = extract(
      wire(
        "A cyberattack crippled Ecuador's customs service. Ecuador, which runs the service, blamed hackers at first and later said Venezuela was behind the attack.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toContain("state:ecuador");
  });
});

describe("claimants", () => {
  it("lists a body's spokesman, the body and its state; never the accused's own state", () => {
    const ex = extract(
      wire("APT29 was behind the cyberattack on Germany's parliament, a spokesman for the BSI said."),
    );
    const claimants = claimantsOf(ex, attackOn(ex), "group:apt29") ?? [];
    expect(claimants).toEqual(expect.arrayContaining(["agency:bsi", "state:germany"]));
  });

  it("makes a group that claims responsibility its own claimant", () => {
    const ex = extract(wire("APT29 claimed responsibility for the cyberattack on Ecuador's tax agency."));
    expect(claimantsOf(ex, attackOn(ex), "group:apt29")).toContain("group:apt29");
  });

  it("finds a company named in full again by its short name, as the speaker of a later sentence", () => {
    const ex = extract(
      wire(
        "Hackers broke into Ecuador's customs service, according to the security firm Quillmark Labs. Quillmark said Venezuela was behind the cyberattack.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toContain("organization:quillmark-labs");
  });

  it("takes no speaker from a possessive before a noun that looks like a verb ('his remarks')", () => {
    const ex = extract(
      wire(
        "Minister Lucia Ortega said hackers had struck the customs service. She did not name Venezuela in her remarks, but Ecuadorian officials said Venezuela was behind the cyberattack.",
      ),
    );
    expect(claimantsOf(ex, attackOn(ex), "state:venezuela")).toEqual(["state:ecuador"]);
  });
});

describe("claimants, a rejection in another clause", () => {
  it("keeps the claimant of 'X claimed that Y was behind ...; Y has always rejected that claim'", () => {
    const ex = extract(
      "TEHRAN (state news agency) - Hackers hit Bahrain's customs service in May. Washington claimed that Iran was behind the attack on the customs service; Iranian officials have always rejected that claim too.",
    );
    expect(claimantsOf(ex, attackOn(ex), "state:iran")).toContain("state:united-states");
  });
});
