/**
 * A membership stated under a condition or denied with "no" is no membership (review 31, A3): the
 * copula and belonging-noun readers check the clause their subject opens, while an apposition inside
 * a conditional sentence, or a main clause after a fronted condition, still states one.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `VALLETTA, 3 March 2026 (AFP) - ${body}`;
const memberships = (text: string) =>
  extract(wire(text))
    .claims.filter((c) => c.type === "member-of")
    .map((c) => `${c.source} ${c.target}`)
    .sort();

describe("membership under a condition", () => {
  it("reads no membership from 'if X became a member of Y' or 'unless X joined Y'", () => {
    expect(memberships("If Iceland became a member of the EU, its fisheries would follow.")).toEqual([]);
    expect(memberships("Unless Serbia joined NATO, the drills would stay small.")).toEqual([]);
  });

  it("reads no membership for a whole list under the condition", () => {
    expect(memberships("If Fiji, Tonga and Samoa joined NATO, the exercises would grow.")).toEqual([]);
    expect(memberships("If Albania and Kosovo became members of the EU, the grid would follow.")).toEqual([]);
  });

  it("reads no membership from an open question opened by 'whether'", () => {
    expect(memberships("Analysts asked whether Iceland is a member of the EU.")).toEqual([]);
  });

  it("still reads the plain statement and an apposition inside a conditional sentence", () => {
    expect(memberships("Iceland became a member of the EU in the story's telling.")).toEqual([
      "state:iceland organization:european-union",
    ]);
    expect(
      memberships("If Malta, a member of the EU, lost its cable, Brussels would pay for repairs."),
    ).toEqual(["state:malta organization:european-union"]);
  });

  it("still reads a main clause after a fronted condition", () => {
    expect(
      memberships("If the outage spreads, Croatia and Slovenia are members of the EU and may ask for aid."),
    ).toEqual(["state:croatia organization:european-union", "state:slovenia organization:european-union"]);
    expect(
      memberships("If confirmed, the breach would be the worst since Albania joined NATO in 2009."),
    ).toEqual(["state:albania organization:nato"]);
  });
});

describe("membership denied with 'no'", () => {
  it("reads no membership from 'X is no member of Y', and keeps a member beside it", () => {
    expect(memberships("Officials stressed that Kosovo is no member of NATO.")).toEqual([]);
    expect(memberships("Kosovo is by no means a member of NATO.")).toEqual([]);
    expect(memberships("Kosovo is no member of NATO, while Croatia is a member of NATO.")).toEqual([
      "state:croatia organization:nato",
    ]);
  });

  it("keeps a membership when 'no' belongs to another phrase ('no doubt')", () => {
    expect(memberships("Croatia is no doubt a member of NATO, the minister said.")).toEqual([
      "state:croatia organization:nato",
    ]);
  });
});
