/**
 * A subordinate clause opening the sentence ends at its comma (review 32, N1): the main clause's
 * subject is read after it, so the fronted clause's actor never becomes the subject of the main verb.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `TALLINN, 9 April 2026 (AFP) - ${body}`;

describe("fronted subordinate clauses", () => {
  it("reads the requester after the comma that closes an 'After …' clause", () => {
    const ex = extract(wire("After Russian hackers crippled the port's cranes, Latvia asked NATO for help."));
    expect(hasClaim(ex, "requested-help", "state:latvia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:russia", "organization:nato")).toBe(false);
  });

  it("does the same after a condition, and after an aside right behind the subordinator", () => {
    const ex = extract(wire("If Belarus strikes again, Lithuania has said it asked NATO for help."));
    expect(hasClaim(ex, "requested-help", "state:belarus", "*")).toBe(false);
    const aside = extract(wire("When, as officials feared, the wiper spread, Latvia asked NATO for help."));
    expect(hasClaim(aside, "requested-help", "state:latvia", "organization:nato")).toBe(true);
  });

  it("runs a fronted clause on past a list of names it ends with", () => {
    const ex = extract(wire("After intruders struck Norway, Denmark and Iceland, the EU offered help."));
    expect(hasClaim(ex, "offered-help", "state:denmark", "*")).toBe(false);
    expect(hasClaim(ex, "offered-help", "state:iceland", "*")).toBe(false);
  });

  it("keeps a main-clause subject with an apposition after the fronted clause", () => {
    const ex = extract(wire("After intruders hit the grid, Latvia, an EU member, asked NATO for help."));
    expect(hasClaim(ex, "requested-help", "state:latvia", "organization:nato")).toBe(true);
  });
});
