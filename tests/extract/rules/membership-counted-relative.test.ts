/**
 * Membership read from a counted subject in a body's relative clause, from a counted subject listing two
 * bodies, through a closing quotation mark, and from a list closing on members it only counts.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `RIGA, 12 May 2025 (AFP) - ${body}`;
const memberships = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "member-of").map((c) => `${c.source} ${c.target}`);

describe("counted-relative-membership rule", () => {
  it("reads 'X, of which both countries are members' for the two states the sentence names", () => {
    const ex = extract(
      wire(
        "Estonia and Finland blamed a foreign service. Tallinn urged Helsinki to raise the matter at NATO, of which both countries are members.",
      ),
    );
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:finland", "organization:nato")).toBe(true);
  });

  it("reads 'X, to which all three countries belong' for the three states listed before the sentence", () => {
    const ex = extract(
      wire(
        "Outages hit Latvia, Slovenia and Croatia on Friday. The EU, to which all three countries belong, promised a review.",
      ),
    );
    for (const s of ["state:latvia", "state:slovenia", "state:croatia"])
      expect(hasClaim(ex, "member-of", s, "organization:european-union"), s).toBe(true);
  });

  it("makes no member when the sentence names another number of states, or the membership ended", () => {
    const three = extract(
      wire(
        "Outages hit Latvia and Slovenia. Riga, Ljubljana and Zagreb took it to NATO, of which both countries are members.",
      ),
    );
    expect(memberships(three)).toEqual([]);
    const ended = extract(
      wire("Outages hit Latvia and Slovenia. The EU, of which both countries were members until 2024, met."),
    );
    expect(memberships(ended)).toEqual([]);
  });

  it("ignores a demonym: it names no party to count", () => {
    const ex = extract(
      wire(
        "Tallinn asked Helsinki to raise the Russian pressure at NATO, of which both countries are members.",
      ),
    );
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:russia", "organization:nato")).toBe(false);
  });
});

describe("counted-membership rule, two bodies", () => {
  it("reads 'All three countries are members of the EU and NATO' for each body", () => {
    const ex = extract(
      wire(
        "Storms cut power in Latvia, Slovenia and Croatia. All three countries are members of the EU and NATO.",
      ),
    );
    for (const s of ["state:latvia", "state:slovenia", "state:croatia"])
      for (const b of ["organization:european-union", "organization:nato"])
        expect(hasClaim(ex, "member-of", s, b), `${s} ${b}`).toBe(true);
  });
});

describe("relative-membership rule, quotation and counted members", () => {
  it("reads 'of which' after a quotation closing on the body's name", () => {
    const ex = extract(
      wire(
        'The minister spoke of "an attack on a partner of NATO", of which both Latvia and Norway are members.',
      ),
    );
    expect(hasClaim(ex, "member-of", "state:latvia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:norway", "organization:nato")).toBe(true);
  });

  it("reads 'which groups A, B and four other states', but not a list going on with something else", () => {
    const ex = extract(wire("The EU, which groups Latvia, Slovenia and twenty-five other states, met."));
    expect(hasClaim(ex, "member-of", "state:latvia", "organization:european-union")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:slovenia", "organization:european-union")).toBe(true);
    const threats = extract(wire("The EU, which groups Latvia and Slovenia among other worries, met."));
    expect(memberships(threats)).toEqual([]);
  });
});
