/**
 * The state acting in a sentence (discourse.ts noteSubjectState), read as the home of an unqualified
 * minister in the next one: an actor named inside an open quote is what is said, not who acts, so it
 * is no home (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const hit = "Vandals encrypted the ticket servers of the metro of Portugal on Friday. ";

describe("an unqualified minister after a sentence reporting who did it", () => {
  it("is not the accused state's when the state is named inside an open quote", () => {
    const ex = extract(
      `${hit}“We know Russia planned this raid from start to end,” detectives stated on Sunday. The Minister of the Interior, Joana Macedo, added that trains ran again.`,
    );
    expect(hasClaim(ex, "affiliated-with", "person:joana-macedo", "state:russia")).toBe(false);
    expect(hasClaim(ex, "affiliated-with", "person:joana-macedo", "state:portugal")).toBe(true);
  });

  it("is not the accused state's inside a straight-quoted remark either", () => {
    const ex = extract(
      `${hit}"Every trace leads to Russia and its hackers," said the chief detective on Sunday. The Minister of the Interior, Joana Macedo, added that trains ran again.`,
    );
    expect(hasClaim(ex, "affiliated-with", "person:joana-macedo", "state:russia")).toBe(false);
  });

  it("must still be the state that speaks first when the accused is named after a bare verb of speech", () => {
    const ex = extract(
      `${hit}Spain said on Sunday Russia had planned the whole raid. The Minister of the Interior, Lucia Ferrer, added that Madrid would help.`,
    );
    expect(hasClaim(ex, "affiliated-with", "person:lucia-ferrer", "state:spain")).toBe(true);
  });
});
