import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

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
      label: "Ministry of Finance",
      country: "state:chile",
    });
    expect(hasClaim(ex, "part-of", agency.key, "state:chile")).toBe(true);
  });

  it("gives 'foreign ministry' and 'ministry of foreign affairs' one node", () => {
    const ex = extract(
      "Peru's foreign ministry said it was attacked. The ministry of foreign affairs of Peru then went offline.",
    );
    const agencies = ex.entities.filter((e) => e.type === "agency");
    expect(agencies.map((a) => a.key)).toEqual(["agency:peru-ministry-of-foreign-affairs"]);
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
