/**
 * The assertion gate for what a denial rejects (rules/mood.ts): the clause a denial verb takes as
 * its object is not an accusation of the denier, while the denial itself and a verb joined after
 * the denial still count. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const opening =
  "VIENNA, 4 May 2026 - Hackers shut down the ticketing servers of Austria's federal railway on Sunday.";
const read = (body: string) => extract(`${opening} ${body}`);
const blamed = (body: string, state: string) =>
  hasClaim(read(body), "attributed-to", "incident:*", `state:${state}`);
const denied = (body: string, state: string) => hasClaim(read(body), "denied", `state:${state}`, "incident:*");

describe("a clause under a denial verb", () => {
  it("accuses no one: 'denied it was behind', 'denies that its hackers carried out'", () => {
    expect(blamed("Belarus denied it was behind the railway outage.", "belarus")).toBe(false);
    expect(blamed("Belarus denies that its hackers carried out the railway outage.", "belarus")).toBe(false);
    expect(denied("Belarus denied it was behind the railway outage.", "belarus")).toBe(true);
  });

  it("still asserts a verb coordinated after the denial", () => {
    const body = "Belarus denied any role and said Lithuanian hackers were behind the railway outage.";
    expect(blamed(body, "lithuania")).toBe(true);
    expect(denied(body, "belarus")).toBe(true);
  });
});
