/** A suffixed company's name never takes the word its sentence opens with (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const organizations = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.label);

describe("a company named at a sentence's opening", () => {
  it("drops a connective or an adverb opening the sentence", () => {
    expect(organizations("But Quillon Cyber Labs disagreed with the ministry about the breach.")).toEqual([
      "Quillon Cyber Labs",
    ]);
    expect(organizations("Meanwhile Varrow Shipping Company restored its booking portal.")).toEqual([
      "Varrow Shipping Company",
    ]);
  });

  it("keeps a name whose first word is its own", () => {
    expect(organizations("Bylund Freight Company restored its booking portal.")).toEqual([
      "Bylund Freight Company",
    ]);
    expect(organizations("Next Horizon Shipping Company restored its booking portal.")).toEqual([
      "Next Horizon Shipping Company",
    ]);
  });
});
