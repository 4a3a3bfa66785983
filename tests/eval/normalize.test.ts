import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/eval/normalize";
import { datesOverlap } from "../../src/eval/dates";
import { metricsOf } from "../../src/eval/metrics";

describe("normalizeName", () => {
  it("removes accents and folds case", () => {
    expect(normalizeName("Jean-Noël BARROT")).toBe(normalizeName("jean noel barrot"));
    expect(normalizeName("Dritan Abazović")).toBe("dritan abazovic");
  });
  it("drops a possessive 's, straight or curly", () => {
    expect(normalizeName("Montenegro's")).toBe("montenegro");
    expect(normalizeName("Montenegro’s government")).toBe("montenegro government");
  });
  it("turns punctuation into spaces and collapses whitespace", () => {
    expect(normalizeName("  U.S.   Cyber\tCommand ")).toBe("u s cyber command");
  });
  it("drops a leading 'the' but not a 'the' inside or a name that is only 'the'", () => {
    expect(normalizeName("The Foreign Office")).toBe("foreign office");
    expect(normalizeName("Bank of the West")).toBe("bank of the west");
    expect(normalizeName("Theresa May")).toBe("theresa may");
  });
});

describe("datesOverlap", () => {
  it("compares at the coarser precision, month at most", () => {
    expect(datesOverlap({ date: "2022-08" }, { date: "2022-08-26" })).toBe(true);
    expect(datesOverlap({ date: "2022-01-13" }, { date: "2022-01-14" })).toBe(true);
    expect(datesOverlap({ date: "2022" }, { date: "2022-11-03" })).toBe(true);
    expect(datesOverlap({ date: "2022-01-31" }, { date: "2022-02-01" })).toBe(false);
    expect(datesOverlap({ date: "2021" }, { date: "2022" })).toBe(false);
  });
  it("accepts a date inside a gold date..endDate range and rejects one outside", () => {
    const range = { date: "2016", endDate: "2017-02" };
    expect(datesOverlap({ date: "2017-02-10" }, range)).toBe(true);
    expect(datesOverlap({ date: "2017-03" }, range)).toBe(false);
  });
  it("never pairs an undated item", () => {
    expect(datesOverlap({}, { date: "2022" })).toBe(false);
  });
});

describe("metricsOf", () => {
  it("computes precision, recall and F1 from the counts", () => {
    const m = metricsOf({ extracted: 4, correct: 3, gold: 6, found: 3 });
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(0.6);
  });
  it("gives F1 0 when nothing is claimed but something was to be found", () => {
    expect(metricsOf({ extracted: 0, correct: 0, gold: 3, found: 0 }).f1).toBe(0);
  });
});
