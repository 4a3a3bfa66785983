import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const article = (body: string) => `VALLETTA, 20 September 2027 (MWire): ${body}`;

describe("incident dates: a month and year inside the attack noun phrase", () => {
  it.each([
    ["Malta blamed Libya for the November 2024 attack on its land registry.", "2024-11"],
    ["Tunisia was blamed for the Aug. 2025 attack on Malta's customs service.", "2025-08"],
    ["Nobody has claimed the March 2023 hack of the Maltese land registry.", "2023-03"],
    ["Malta blamed Libya for the 3 February 2026 attacks on its land registry.", "2026-02-03"],
  ])("dates the definite mention by its own month and year, not by the blaming (%s)", (body, date) => {
    const ex = article(body);
    expect(incidents(extract(ex)).map((i) => i.date)).toEqual([date]);
  });

  it("still reads the blaming of a month-and-year attack as an attribution of that attack", () => {
    const ex = extract(article("Malta blamed Libya for the November 2024 attack on its land registry."));
    const [incident] = incidents(ex);
    expect(hasClaim(ex, "attributed-to", incident!.key, "state:libya")).toBe(true);
  });

  it("makes no incident of a month and year before a plain noun that is no attack", () => {
    const ex = extract(article("Malta published the November 2024 report on its land registry."));
    expect(incidents(ex)).toHaveLength(0);
  });
});
