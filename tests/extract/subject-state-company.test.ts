/** A state that only says where a company is from is not the state acting in its sentence (invented sentences). */
import { describe, expect, it } from "vitest";
import { agencyCountry } from "./helpers";

const countryOf = (text: string, label: RegExp) => agencyCountry(text, label);

const OPENING = "Chile said on Monday that its tax agency had been breached in March.";

describe("the state acting in the previous sentence, for a body named with no owner", () => {
  it("is not the state a company of the previous sentence comes from", () => {
    for (const company of ["the U.S. firm Mandiant", "the Dutch security company Eyeline"])
      expect(
        countryOf(
          `${OPENING} Last week ${company} reported that a new crew was probing Chilean banks. The Department of Finance said payments had resumed.`,
          /^Department of Finance/,
        ),
      ).toBe("state:chile");
  });

  it("is still the state when the state itself acts", () => {
    expect(
      countryOf(
        `${OPENING} Last week the U.S. government reported that a new crew was probing Chilean banks. The Department of Finance said payments had resumed.`,
        /^Department of Finance/,
      ),
    ).toBe("state:united-states");
  });
});
