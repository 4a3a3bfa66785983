/**
 * A sentence that names no speaker but calls the group it blames by a body's own name for it ("a
 * group it calls X", "the actor the BSI tracks as X") reports that body's finding: the body is the
 * claimant; a place the sentence is about ("the utility of Chile") is no such body. Every sentence
 * is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsOf = (text: string, source: string) =>
  claimsOf(extract(text), "attributed-to")
    .filter((c) => c.source === source)
    .map((c) => c.claimants);

const wire = (body: string) => `TALLINN, 3 March 2026 (Reuters) - ${body}`;

describe("the body that names the blamed group is the claimant", () => {
  it("gives 'a group it calls' to the body the sentence opens with", () => {
    const text = wire(
      "On Friday the Federal Office for Information Security put out a bulletin saying the group behind the " +
        "wiper strike on the water utility of Chile was a crew it calls Ember Lynx, and that Ember Lynx works for the army of Bolivia.",
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([["agency:bsi", "state:germany"]]);
  });

  it("gives 'the actor the BSI tracks as' to the body named in that reference", () => {
    const text = wire(
      "Germany's Federal Office for Information Security published its findings on the wiper strike on the water utility of Chile on Friday. " +
        "Ember Lynx, the actor the BSI tracks as a unit of Bolivia's army, built the wiper, and Ember Lynx works for the army of Bolivia.",
    );
    expect(claimantsOf(text, "group:ember-lynx")).toEqual([["agency:bsi", "state:germany"]]);
  });

  it("takes no place the sentence is about for the 'it' that names the group", () => {
    const text = wire(
      "Last month the wiper strike on the water utility of Chile was the work of a crew it calls Ember Lynx.",
    );
    const blamed = claimsOf(extract(text), "attributed-to").filter((c) => c.target === "group:ember-lynx");
    expect(blamed.map((c) => c.claimants)).toEqual([[]]);
  });

  it("gives 'it' to the body of its own clause, not to the accused one before 'but'", () => {
    const text = wire(
      "Hackers erased the servers of the customs board of Peru in May. Bolivia has rejected any part in it, " +
        "but Germany's Federal Office for Information Security traces that wiper strike to a crew it calls Ember Lynx.",
    );
    const blamed = claimsOf(extract(text), "attributed-to").filter((c) => c.target === "group:ember-lynx");
    expect(blamed.map((c) => c.claimants)).toEqual([["agency:bsi", "state:germany"]]);
  });

  it("gives 'it' to the nearest body, the one a relative clause is about, not the sentence's subject", () => {
    const text = wire(
      "Sweden lent two engineers to Germany, which traced the wiper strike on the water utility of Chile to a crew it calls Ember Lynx.",
    );
    const blamed = claimsOf(extract(text), "attributed-to").filter((c) => c.target === "group:ember-lynx");
    expect(blamed.map((c) => c.claimants)).toEqual([["state:germany"]]);
  });
});
