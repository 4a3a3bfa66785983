import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim, incidents } from "./helpers";

const dated = (body: string) => `RIGA, 6 May 2021 (LETA): ${body}`;

describe("claims of each edge type", () => {
  it("attacked and attributed-to, with the claimant who makes the attribution", () => {
    const ex = extract(
      dated(
        "Latvia's government was hit by a cyberattack on Monday. Latvia accused Belarus of orchestrating the attack.",
      ),
    );
    const [incident] = incidents(ex);
    expect(hasClaim(ex, "attacked", incident!.key, "state:latvia")).toBe(true);
    const attribution = claimsOf(ex, "attributed-to")[0]!;
    expect(attribution).toMatchObject({ source: incident!.key, target: "state:belarus", stance: "asserted" });
    expect(attribution.claimants).toContain("state:latvia");
  });

  it("attributed-to from 'X is behind the attack' with the speaker as claimant", () => {
    const ex = extract(
      dated(
        'A cyberattack hit Lithuania on Monday. "Russia is behind the attack," Foreign Minister Rita Kaunas said.',
      ),
    );
    const attribution = claimsOf(ex, "attributed-to")[0]!;
    expect(attribution.target).toBe("state:russia");
    expect(attribution.claimants).toContain("person:rita-kaunas");
  });

  it("denied: a denial of the accusations points at the incident the actor was accused of", () => {
    const ex = extract(
      dated("Poland accused Belarus of the cyberattack on its railways. Belarus rejected the accusations."),
    );
    const incident = incidents(ex)[0]!;
    expect(hasClaim(ex, "denied", "state:belarus", incident.key)).toBe(true);
  });

  it("condemned, by an official and the body the official speaks for", () => {
    const ex = extract(
      dated(
        "A cyberattack hit Moldova on Monday. NATO Secretary General Anna Berg condemned the attack on Tuesday.",
      ),
    );
    const incident = incidents(ex)[0]!;
    expect(hasClaim(ex, "condemned", "person:anna-berg", incident.key)).toBe(true);
    expect(hasClaim(ex, "condemned", "organization:nato", incident.key)).toBe(true);
  });

  it("member-of from an apposition and from 'X member Y'", () => {
    const ex = extract(
      dated("Estonia, a NATO member, was attacked. EU member Finland offered to help Estonia."),
    );
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:finland", "organization:european-union")).toBe(true);
  });

  it("part-of and affiliated-with for an official of a ministry", () => {
    const ex = extract(
      dated("Ivan Petrov, a spokesman for Bulgaria's Ministry of Interior, said the servers were restored."),
    );
    expect(hasClaim(ex, "part-of", "agency:bulgaria-ministry-of-interior", "state:bulgaria")).toBe(true);
    expect(
      hasClaim(ex, "affiliated-with", "person:ivan-petrov", "agency:bulgaria-ministry-of-interior"),
    ).toBe(true);
  });
});

describe("help: requests, offers and delivered help kept apart", () => {
  it("a request", () => {
    const ex = extract(dated("Georgia has asked France for technical assistance after the attacks."));
    expect(claimsOf(ex, "requested-help").map((c) => [c.source, c.target])).toEqual([
      ["state:georgia", "state:france"],
    ]);
    expect(claimsOf(ex, "assisted")).toEqual([]);
  });

  it("an offer is not help delivered", () => {
    const ex = extract(
      dated("Canada pledged to help Ukraine rebuild its networks. Japan will send experts to Ukraine."),
    );
    expect(hasClaim(ex, "offered-help", "state:canada", "state:ukraine")).toBe(true);
    expect(hasClaim(ex, "offered-help", "state:japan", "state:ukraine")).toBe(true);
    expect(claimsOf(ex, "assisted")).toEqual([]);
  });

  it("help delivered: sent experts, are helping, shared information", () => {
    const ex = extract(
      dated(
        "Hackers hit Montserrat Bank. Spain sent experts to Portugal. Dutch investigators are helping Belgium. Germany's BSI shared information with Austria.",
      ),
    );
    expect(hasClaim(ex, "assisted", "state:spain", "state:portugal")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:netherlands", "state:belgium")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:austria")).toBe(true);
    expect(claimsOf(ex, "offered-help")).toEqual([]);
  });
});

describe("stance and negation", () => {
  it("hedged attributions are suspected", () => {
    const ex = extract(
      dated("A cyberattack hit Slovakia on Monday. Officials said Russia was likely behind the attack."),
    );
    expect(claimsOf(ex, "attributed-to")[0]).toMatchObject({ target: "state:russia", stance: "suspected" });
  });

  it("an attribution stated with low confidence is suspected", () => {
    for (const body of [
      "A cyberattack hit Slovakia on Monday. Slovakia's spy agency has low confidence that Russia was behind the attack.",
      "A cyberattack hit Slovakia on Monday. In a low-confidence assessment, officials said Russia was behind the attack.",
    ]) {
      const ex = extract(dated(body));
      expect(claimsOf(ex, "attributed-to")[0], body).toMatchObject({
        target: "state:russia",
        stance: "suspected",
      });
    }
  });

  it("a negated or open question asserts nothing", () => {
    const ex = extract(
      dated(
        "A cyberattack hit Croatia on Monday. “We could not confirm whether Serbia is behind the attack,” the minister said. It is too early to say who could be behind it.",
      ),
    );
    expect(claimsOf(ex, "attributed-to")).toEqual([]);
  });
});

describe("evidence", () => {
  it("quotes the sentence and points at it with offsets into the document", () => {
    const text = dated(
      "Home > News\n\nLatvia was hit by a DDoS attack on Monday, and Latvia asked Sweden for help.",
    );
    const ex = extract(text);
    expect(ex.claims.length).toBeGreaterThan(0);
    for (const claim of ex.claims) {
      for (const ev of claim.evidence) {
        expect(ev.doc).toBe("doc.txt");
        expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
  });
});

describe("sentence structure around claims", () => {
  it("attributed-to from 'attributed the attack to X', 'claimed by X' and 'holds X responsible for'", () => {
    const a = extract(
      dated("Latvia on Monday formally attributed the February cyberattack on its railways to Belarus."),
    );
    expect(claimsOf(a, "attributed-to").map((c) => c.target)).toEqual(["state:belarus"]);
    expect(claimsOf(a, "attributed-to")[0]!.claimants).toContain("state:latvia");
    const b = extract(
      dated("Latvian banks were hit by DDoS attacks on Monday, which were claimed by APT29, officials said."),
    );
    expect(claimsOf(b, "attributed-to").map((c) => c.target)).toEqual(["group:apt29"]);
    const c = extract(
      dated(
        "The EU imposed sanctions on two officers it holds responsible for the 2015 hacking attack on Latvia.",
      ),
    );
    expect(claimsOf(c, "attributed-to")).toEqual([]);
  });

  it("takes a list joined by 'and' as several actors, but not an apposition", () => {
    const list = extract(
      dated("A cyberattack hit Moldova on Monday. Britain, France and Germany condemned the attack."),
    );
    expect(
      claimsOf(list, "condemned")
        .map((c) => c.source)
        .sort(),
    ).toEqual(["state:france", "state:germany", "state:united-kingdom"]);
    const apposition = extract(
      dated("The attacks were claimed by APT29, the country's cyber authorities said."),
    );
    expect(claimsOf(apposition, "attributed-to").map((c) => c.target)).toEqual(["group:apt29"]);
  });

  it("finds the subject of a main clause across a relative clause", () => {
    const ex = extract(
      dated(
        "Latvia was hit by a cyberattack. Estonia, which joined NATO in 2004, asked the alliance for help.",
      ),
    );
    expect(hasClaim(ex, "requested-help", "state:estonia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(true);
  });

  it("gives an unqualified minister the state the sentence is set in", () => {
    const ex = extract(
      dated("In Canberra, Jane Holt, the minister for cyber security, condemned the attack on Latvia."),
    );
    expect(hasClaim(ex, "affiliated-with", "person:jane-holt", "state:australia")).toBe(true);
  });
});
