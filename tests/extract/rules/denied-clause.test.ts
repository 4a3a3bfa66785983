/**
 * The assertion gate for what a denial rejects (rules/mood.ts): the clause a denial verb takes as
 * its object is not an accusation of the denier, while the denial itself and a verb joined after
 * the denial still count; the attacker of an attack verb inside that clause is no attacker either
 * (that reading is the incident stage's, not a rule's). Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const opening =
  "VIENNA, 4 May 2026 - Hackers shut down the ticketing servers of Austria's federal railway on Sunday.";
const read = (body: string) => extract(`${opening} ${body}`);
const blamed = (body: string, state: string) =>
  hasClaim(read(body), "attributed-to", "incident:*", `state:${state}`);
const denied = (body: string, state: string) =>
  hasClaim(read(body), "denied", `state:${state}`, "incident:*");

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

  it("names no attacker with an attack verb inside it: 'denied its hackers broke into', 'denied that Moldovan hackers attacked'", () => {
    const bank = (body: string) =>
      extract(
        `VIENNA, 4 May 2026 - Hackers shut down the payment servers of Austria's central bank on Sunday. ${body}`,
      );
    const blamesBank = (body: string, state: string) =>
      hasClaim(bank(body), "attributed-to", "incident:*", `state:${state}`);
    expect(blamesBank("Belarus denied its hackers broke into the central bank.", "belarus")).toBe(false);
    expect(
      blamesBank(
        "Belarus denied that crews such as Moldovan hackers broke into the central bank.",
        "moldova",
      ),
    ).toBe(false);
    expect(blamesBank("Moldova denied that Moldovan hackers had attacked the central bank.", "moldova")).toBe(
      false,
    );
    expect(
      hasClaim(
        bank("Belarus denied its hackers broke into the central bank."),
        "denied",
        "state:belarus",
        "incident:*",
      ),
    ).toBe(true);
    // A reported accusation is the accusers' claim, which stays: "denied claims that ... attacked".
    expect(
      blamesBank("Moldova denied claims that Moldovan hackers attacked the central bank.", "moldova"),
    ).toBe(true);
    // A clause of its own after the verb's object: "dismissed staff after ... attacked".
    expect(blamesBank("The bank dismissed staff after Moldovan hackers attacked it.", "moldova")).toBe(true);
  });
});
