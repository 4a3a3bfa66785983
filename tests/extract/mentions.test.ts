import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { extract, hasClaim, testGazetteer } from "./helpers";

describe("entity mentions", () => {
  it("reads countries from their names, demonyms and capitals used as metonyms", () => {
    const ex = extract(
      "Tokyo accused Beijing of the attack. Japanese officials met Chinese diplomats in Seoul.",
    );
    const keys = ex.entities.map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(["state:japan", "state:china", "state:south-korea"]));
    const japan = ex.entities.find((e) => e.key === "state:japan")!;
    expect(japan.mentions).toHaveLength(2);
  });

  it("gives a shared demonym to the independent state, not to a territory", () => {
    const ex = extract("French investigators and American officials arrived on Monday.");
    expect(ex.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(["state:france", "state:united-states"]),
    );
  });

  it("makes a state's ministry an agency that is part of that state", () => {
    const ex = extract("Hackers breached Chile's Ministry of Finance, officials said.");
    const agency = ex.entities.find((e) => e.type === "agency")!;
    expect(agency).toMatchObject({
      key: "agency:chile-ministry-of-finance",
      label: "Ministry of Finance of Chile",
      country: "state:chile",
    });
    expect(agency.aliases).toEqual(expect.arrayContaining(["Chile's Ministry of Finance"]));
    expect(hasClaim(ex, "part-of", agency.key, "state:chile")).toBe(true);
  });

  it("gives 'foreign ministry' and 'ministry of foreign affairs' one node", () => {
    const ex = extract(
      "Peru's foreign ministry said it was attacked. The ministry of foreign affairs of Peru then went offline.",
    );
    const agencies = ex.entities.filter((e) => e.type === "agency");
    expect(agencies.map((a) => a.key)).toEqual(["agency:peru-ministry-of-foreign-affairs"]);
  });

  it("gives a body one canonical node whatever the article calls it, with its surface forms as aliases", () => {
    const ex = extract(
      "Brazil's foreign ministry was hacked. The Brazilian foreign ministry said on Monday that Brasília's ministry of foreign affairs had restored its email.",
    );
    const agencies = ex.entities.filter((e) => e.type === "agency");
    expect(agencies.map((a) => a.label)).toEqual(["Ministry of Foreign Affairs of Brazil"]);
    expect(agencies[0]!.aliases).toEqual(
      expect.arrayContaining(["Brazil's foreign ministry", "Brazilian foreign ministry"]),
    );
    expect(hasClaim(ex, "part-of", agencies[0]!.key, "state:brazil")).toBe(true);
  });

  it("reads lower-case public bodies as agencies of their state: army, electoral commission, police", () => {
    const ex = extract(
      "Hackers breached the French army's logistics portal and the country's electoral commission, and Spain's national prosecutor opened a case.",
    );
    const labels = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(labels).toEqual(
      expect.arrayContaining(["Armed Forces of France", "National Prosecutor of Spain"]),
    );
  });

  it("names an embassy by its state and city", () => {
    const ex = extract("The Chinese embassy in Oslo rejected the accusation on Friday.");
    const embassy = ex.entities.find((e) => e.type === "agency");
    expect(embassy).toMatchObject({ label: "Embassy of China in Oslo", country: "state:china" });
  });

  it("makes a company named as hit an organization without the gazetteer ('the hack of Sony Pictures')", () => {
    const ex = extract("The 2014 hack of Sony Pictures Entertainment was blamed on North Korea.");
    expect(ex.entities.find((e) => e.type === "organization")?.label).toBe("Sony Pictures Entertainment");
    const saudi = extract("In 2012 Saudi Aramco was hit by a wiper that erased 30,000 computers.");
    expect(saudi.entities.find((e) => e.type === "organization")?.label).toBe("Saudi Aramco");
  });

  it("finds a company named as the object of a hit-verb's -ing form, in several registers", () => {
    const wire = extract(
      "Investigators said the intruders spent weeks compromising Velmora Logistics undetected.",
    );
    expect(wire.entities.find((e) => e.type === "organization")?.label).toBe("Velmora Logistics");
    const blog = extract("14:05 - The crew is now crippling Duskfen Water, officials say.");
    expect(blog.entities.find((e) => e.type === "organization")?.label).toBe("Duskfen Water");
  });

  it("does not take the attack after 'the target of' for its victim", () => {
    const ex = extract("Several ministries were the target of Crimson Flood attacks last week.");
    expect(ex.entities.filter((e) => e.type === "organization")).toEqual([]);
  });

  it("finds a victim's hit-verb from the lexicon: a lemma added there names a new victim", () => {
    const text = "Hackers ransacked Pellory Shipping over the weekend.";
    const company = (ex: ReturnType<typeof extract>) =>
      ex.entities.some((e) => e.label === "Pellory Shipping");
    expect(company(extract(text))).toBe(false);
    const context = createExtractionContext(testGazetteer, { lemmas: { verbs: { hit: ["ransack"] } } });
    expect(company(extractDocument({ id: "doc.txt", text }, context))).toBe(true);
  });

  it("labels a lower-case body broken over two lines as one line", () => {
    const ex = extract(
      "Hackers knocked out the Central\nBank of Ostravia's payment system, Ostravia's police said.",
    );
    expect(ex.entities.map((e) => e.label).filter((l) => l.includes("\n"))).toEqual([]);
  });

  it("keeps a generic body name in the state the article is about when the gazetteer's namesake's state is never named", () => {
    const ex = extract(
      "PODGORICA (Reuters) - Montenegro's government was attacked. Officials at the National Security Agency (NSA) blamed criminals.",
    );
    const nsa = ex.entities.find((e) => e.aliases.includes("NSA") || e.label.includes("National Security"));
    expect(nsa?.country).toBe("state:montenegro");
  });

  it("finds gazetteer actors by label and alias, with their acronyms", () => {
    const ex = extract("Germany's BSI said Cozy Bear was behind the intrusion at the Bundestag.");
    expect(ex.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(["agency:bsi", "group:apt29", "state:germany"]),
    );
  });
});

describe("gazetteer names shared by several actors", () => {
  it("picks the one whose state the sentence names", () => {
    const dutch = extract("The Dutch NCSC said Dutch banks were hit.");
    expect(dutch.entities.map((e) => e.key)).toContain("agency:ncsc-nl");
    const british = extract("Britain's NCSC warned British firms.");
    expect(british.entities.map((e) => e.key)).toContain("agency:ncsc-uk");
  });
});

describe("demonyms coordinated before one collective noun", () => {
  const claimantsOf = (text: string) =>
    extract(text).claims.find((c) => c.type === "attributed-to")?.claimants ?? [];

  it("makes each demonym the state acting, in a pair and in a list", () => {
    expect(
      claimantsOf(
        "In a joint note, the Austrian and Slovenian governments said Belarus was behind the intrusion.",
      ),
    ).toEqual(expect.arrayContaining(["state:austria", "state:slovenia"]));
    expect(
      claimantsOf(
        "Austrian, Slovenian and Hungarian officials said on Friday that Belarus was behind the intrusion.",
      ),
    ).toEqual(expect.arrayContaining(["state:austria", "state:slovenia", "state:hungary"]));
  });

  it("leaves a demonym that modifies something else alone", () => {
    expect(
      claimantsOf("An Austrian court and Hungarian officials said Belarus was behind the intrusion."),
    ).not.toContain("state:austria");
  });
});

describe("hospitals and the names a known body goes by", () => {
  it("makes a named hospital an agency that is part of the state the article is about", () => {
    const ex = extract(
      "Peru's health ministry spoke on Friday. It said the attack on Arequipa Norte Hospital had stopped surgery for two days.",
    );
    const hospital = ex.entities.find((e) => e.label === "Arequipa Norte Hospital");
    expect(hospital?.type).toBe("agency");
    expect(hasClaim(ex, "part-of", hospital!.key, "state:peru")).toBe(true);
  });

  it("makes a hospital written before its name ('Hospital San Telmo') an agency too", () => {
    const ex = extract(
      "Bolivia's government met on Sunday. Ransomware hit the Hospital Central Oruro overnight, it said.",
    );
    const hospital = ex.entities.find((e) => e.label === "Hospital Central Oruro");
    expect(hospital?.type).toBe("agency");
    expect(hasClaim(ex, "part-of", hospital!.key, "state:bolivia")).toBe(true);
  });

  it("gives a known state body its gazetteer names and the name that says whose it is", () => {
    const ex = extract("The Dutch NCSC warned hospitals about the phishing wave on Tuesday.");
    const ncsc = ex.entities.find((e) => e.key === "agency:ncsc-nl");
    expect(ncsc?.aliases).toEqual(expect.arrayContaining([`${ncsc!.label} of Netherlands`]));
  });
});
