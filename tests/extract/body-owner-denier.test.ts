/** A body named with no owner right after the accused state denies is that state's (invented sentences). */
import { describe, expect, it } from "vitest";
import { agencyCountry } from "./helpers";

const countryOf = (text: string, label: RegExp) => agencyCountry(text, label);

const ACCUSATION =
  "Chile said on Monday that hackers working for Belarus wiped the servers of its tax agency in March.";

describe("an unqualified body after the accused state's denial", () => {
  it("belongs to the state that just denied", () => {
    expect(
      countryOf(
        `${ACCUSATION} Minsk rejected the accusation on Tuesday. The foreign ministry called the report a provocation staged by Santiago.`,
        /^Ministry of Foreign Affairs/,
      ),
    ).toBe("state:belarus");
  });

  it("is not the denier's when the sentence names another state first", () => {
    expect(
      countryOf(
        `${ACCUSATION} Minsk rejected the accusation on Tuesday. Chilean officials said the foreign ministry would summon the ambassador.`,
        /^Ministry of Foreign Affairs/,
      ),
    ).toBe("state:chile");
  });

  it("is not the denier's when its sentence tells a reprisal against the denier", () => {
    for (const reprisal of [
      "The foreign ministry said it would expel two Belarusian diplomats.",
      "The foreign ministry summoned the Belarusian envoy on Wednesday.",
    ])
      expect(
        countryOf(`${ACCUSATION} Minsk rejected the accusation. ${reprisal}`, /^Ministry of Foreign Affairs/),
      ).not.toBe("state:belarus");
    expect(
      countryOf(
        `${ACCUSATION} Minsk rejected the accusation. The foreign ministry said Santiago would regret it.`,
        /^Ministry of Foreign Affairs/,
      ),
    ).toBe("state:belarus");
  });

  it("is not the accused state's when that state has not denied", () => {
    expect(
      countryOf(
        `${ACCUSATION} The foreign ministry summoned the Belarusian ambassador on Tuesday.`,
        /^Ministry of Foreign Affairs/,
      ),
    ).not.toBe("state:belarus");
  });
});
