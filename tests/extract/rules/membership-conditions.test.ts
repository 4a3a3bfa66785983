/**
 * A membership stated under a condition or denied with "no" is no membership (review 31, A3): the
 * copula and belonging-noun readers check the clause the state opens, while an apposition inside a
 * conditional sentence still states one.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `VALLETTA, 3 March 2026 (AFP) - ${body}`;
const memberships = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "member-of").map((c) => `${c.source} ${c.target}`);

describe("membership under a condition", () => {
  it("reads no membership from 'if X became a member of Y' or 'if X joined Y'", () => {
    expect(
      memberships(extract(wire("If Moldova became a member of the EU, its grid would follow."))),
    ).toEqual([]);
    expect(memberships(extract(wire("Unless Serbia joined NATO, the drills would stay small.")))).toEqual([]);
  });

  it("still reads the plain statement and an apposition inside a conditional sentence", () => {
    expect(
      hasClaim(
        extract(wire("Moldova became a member of the EU in the story's telling.")),
        "member-of",
        "state:moldova",
        "organization:european-union",
      ),
    ).toBe(true);
    const apposed = extract(
      wire("If Malta, a member of the EU, lost its cable, Brussels would pay for repairs."),
    );
    expect(hasClaim(apposed, "member-of", "state:malta", "organization:european-union")).toBe(true);
  });
});

describe("membership denied with 'no'", () => {
  it("reads no membership from 'X is no member of Y'", () => {
    expect(memberships(extract(wire("Officials stressed that Moldova is no member of NATO.")))).toEqual([]);
  });

  it("keeps 'X is a member of Y' beside it", () => {
    const ex = extract(wire("Moldova is no member of NATO, while Romania is a member of NATO."));
    expect(memberships(ex)).toEqual(["state:romania organization:nato"]);
  });
});
