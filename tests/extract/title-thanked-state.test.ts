/** An official who thanks a state by name for its help is not that state's (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const HIT = "Attackers locked the payment servers of Uruguay's tax office on Tuesday.";

describe("an unqualified title in a sentence thanking a named state for help", () => {
  it("does not belong to the state the previous sentence spoke of and the minister thanks", () => {
    const ex = extract(
      `${HIT} Two years ago Brazil's federal police arrested a Curitiba student over a similar outage. Finance Minister Lucía Ferreira thanked Brazil for the assistance of its cyber emergency centre.`,
    );
    expect(hasClaim(ex, "affiliated-with", "person:lucia-ferreira", "state:brazil")).toBe(false);
  });

  it("still reads a minister thanking their own state's people as that state's", () => {
    const own = extract(
      `${HIT} Finance Minister Lucía Ferreira thanked Uruguayan programmers for their long weekend of work.`,
    );
    expect(hasClaim(own, "affiliated-with", "person:lucia-ferreira", "state:uruguay")).toBe(true);
  });
});
