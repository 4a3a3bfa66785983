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
    const ex = extract(wire("Portugal and Greece took the case to NATO, of which both nations are members."));
    expect(hasClaim(ex, "member-of", "state:portugal", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:greece", "organization:nato")).toBe(true);
  });

  it("reads 'X, to which all three countries belong' for the three states listed before the sentence", () => {
    const ex = extract(
      wire(
        "Phishing waves hit Ireland, Austria and Malta. The EU, to which all three countries belong, promised a review.",
      ),
    );
    for (const s of ["state:ireland", "state:austria", "state:malta"])
      expect(hasClaim(ex, "member-of", s, "organization:european-union"), s).toBe(true);
  });

  it("makes no member when the sentence names another number of states, or the membership ended", () => {
    const three = extract(
      wire("Portugal, Greece and Spain took the case to NATO, of which both nations are members."),
    );
    expect(memberships(three)).toEqual([]);
    const ended = extract(
      wire("Portugal and Greece took the case to the EU, of which both nations were members until 2020."),
    );
    expect(memberships(ended)).toEqual([]);
  });

  it("ignores a demonym: it names no party to count", () => {
    const ex = extract(
      wire(
        "Lisbon and Athens want the Chinese spying discussed in NATO, of which both countries are members.",
      ),
    );
    expect(hasClaim(ex, "member-of", "state:portugal", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:china", "organization:nato")).toBe(false);
  });
});

describe("counted-membership rule, two bodies", () => {
  it("reads 'All three nations are members of A and B' for each body", () => {
    const ex = extract(
      wire(
        "Phishing waves hit Portugal, Greece and Italy last month. All three nations are members of NATO and of the EU.",
      ),
    );
    for (const s of ["state:portugal", "state:greece", "state:italy"])
      for (const b of ["organization:european-union", "organization:nato"])
        expect(hasClaim(ex, "member-of", s, b), `${s} ${b}`).toBe(true);
  });
});

describe("relative-membership rule, quotation and counted members", () => {
  it("reads 'of which' after a quotation closing on the body's name", () => {
    const ex = extract(
      wire('Lima condemned what it called "a strike on NATO", of which Canada and Norway are members.'),
    );
    expect(hasClaim(ex, "member-of", "state:canada", "organization:nato")).toBe(true);
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
