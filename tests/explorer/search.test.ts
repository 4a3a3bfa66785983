import { describe, expect, it } from "vitest";
import { binDates, buildGraphIndex, normalizeName, searchEntities } from "../../src/explorer/data/graphIndex";
import { fixtureGraph } from "./fixture";

const index = buildGraphIndex(fixtureGraph());
const keys = (query: string) => searchEntities(index, query).map((h) => h.entry.key);

describe("entity search", () => {
  it("ignores accents, case and punctuation", () => {
    expect(normalizeName("Raško  Konjević!")).toBe("rasko konjevic");
    expect(keys("RASKO konj")[0]).toBe("person:rasko-konjevic");
    expect(keys("abazović")[0]).toBe("person:dritan-abazovic");
  });

  it("searches aliases and says which alias matched", () => {
    const [hit] = searchEntities(index, "britain");
    expect(hit?.entry.key).toBe("state:united-kingdom");
    expect(hit?.matched).toBe("Britain");
  });

  it("ranks a whole-name match above a partial one", () => {
    expect(keys("nato")[0]).toBe("organization:nato");
    expect(keys("montenegro")[0]).toBe("state:montenegro");
    expect(keys("montenegro").length).toBeGreaterThan(1);
  });

  it("finds nothing for an empty or unknown query", () => {
    expect(keys("  ")).toEqual([]);
    expect(keys("atlantis")).toEqual([]);
  });
});

describe("graph index", () => {
  it("counts what each filter option covers", () => {
    expect(index.nodeTypeCounts.state).toBe(5);
    expect(index.edgeTypeCounts.assisted).toBe(3);
    expect(index.stanceCounts.suspected).toBe(2);
    expect(index.documentCounts.get("fixture_ukraine_2022.txt")).toBe(3);
  });

  it("bins claim dates by year over long spans and by month over short ones", () => {
    expect(binDates(["2016-10", "2017-02-28", "2022-08"]).map((b) => b.period)).toEqual([
      "2016",
      "2017",
      "2022",
    ]);
    expect(binDates(["2022-01-14", "2022-08", "2022-08-26", "2022"])).toEqual([
      { period: "2022-01", count: 2 },
      { period: "2022-08", count: 2 },
    ]);
  });
});
