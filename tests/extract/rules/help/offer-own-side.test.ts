/**
 * The offer rule (rules/help/offers.ts): a body of the helpers' own side named in the offer ("offered
 * the expertise of the BSI", "offered to lend specialists of the BSI") is what is offered, not who it
 * is offered to; an offer held open for someone ("should Peruvian officials request them") names who
 * it is for.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../../helpers";
import { wire, attacked } from "./stories";

describe("offer rule, the helpers' own body and an offer held open", () => {
  it("offers the attacked state, not the helper's own body, the help of that body", () => {
    for (const text of [
      "Berlin offered to fly out two engineers from the BSI.",
      "Germany has offered the expertise of the BSI.",
      "Germany offered to lend specialists of the BSI.",
    ]) {
      const ex = extract(wire(`${attacked}${text}`));
      expect(hasClaim(ex, "offered-help", "state:germany", "state:bolivia"), text).toBe(true);
      expect(
        claimsOf(ex, "offered-help").filter((c) => c.target === "agency:bsi"),
        text,
      ).toEqual([]);
    }
  });

  it("offers help to the one it is held open for", () => {
    for (const text of [
      "Berlin offered to fly out two engineers from the BSI should Peruvian officials request them.",
      "Germany offered to lend specialists of the BSI whenever Peru asks for them.",
    ]) {
      const ex = extract(wire(`${attacked}${text}`));
      expect(hasClaim(ex, "offered-help", "state:germany", "state:peru"), text).toBe(true);
      expect(hasClaim(ex, "offered-help", "state:germany", "state:bolivia"), text).toBe(false);
    }
  });
});

/** Chile's offer, read after the story's opening: to Bolivia, the state hit, and to no one else. */
function offersBoliviaOnly(text: string): void {
  const ex = extract(wire(`${attacked}${text}`));
  expect(hasClaim(ex, "offered-help", "state:chile", "state:bolivia"), text).toBe(true);
  expect(
    claimsOf(ex, "offered-help").filter((c) => c.source === "state:chile" && c.target !== "state:bolivia"),
    text,
  ).toEqual([]);
}

describe("offer rule, a body named as the offer's means or as its source", () => {
  it("offers the attacked state the help of a body owned only through 'its'", () => {
    offersBoliviaOnly(
      "Chile has offered to second a pair of analysts from its Cyber Defence Centre, officials confirmed.",
    );
    offersBoliviaOnly(
      "Chile offered to lend forensic staff through its National Response Centre at short notice.",
    );
  });

  it("does not offer help to the body the news of the offer came from", () => {
    offersBoliviaOnly("Chile offered technical support as well, per the Andean Liaison Office.");
  });
});
