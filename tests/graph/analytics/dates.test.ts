import { describe, expect, it } from "vitest";
import { comparePartialDates, daysBetween, earliestDate } from "../../../src/graph/analytics/dates";

describe("partial dates", () => {
  it("compare at the precision both share", () => {
    expect(comparePartialDates("2017", "2017-03-02")).toBe(0);
    expect(comparePartialDates("2022-08", "2022-07-30")).toBe(1);
    expect(comparePartialDates("2022-08-01", "2022-08-26")).toBe(-1);
  });

  it("give days only between two full dates", () => {
    expect(daysBetween("2022-08-22", "2022-09-01")).toBe(10);
    expect(daysBetween("2022-08", "2022-09-01")).toBeNull();
    expect(daysBetween(undefined, "2022-09-01")).toBeNull();
    expect(earliestDate(["2022-09", undefined, "2021-12-30"])).toBe("2021-12-30");
  });
});
