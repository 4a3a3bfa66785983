/**
 * The assertion gate (rules/mood.ts) on embedded questions and conditions: a trigger in a clause
 * opened by "whether", "if" or "unless" states nothing, whichever rule reads it; the question
 * reaches no further than a comma or a coordinated verb. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const opening =
  "RIGA, 9 April 2026 - Intruders shut down the ticketing servers of Latvia's railway operator on Sunday.";
const read = (body: string) => extract(`${opening} ${body}`);
const requested = (body: string) =>
  hasClaim(read(body), "requested-help", "state:latvia", "organization:nato");
const denied = (body: string) => hasClaim(read(body), "denied", "state:russia", "incident:*");
const condemned = (body: string) => hasClaim(read(body), "condemned", "state:lithuania", "incident:*");

describe("embedded questions and conditions assert nothing", () => {
  it("a question embedded by 'whether' or 'if' is no request, denial or condemnation", () => {
    expect(requested("Commentators wondered whether Latvia had turned to NATO for help.")).toBe(false);
    expect(denied("Nobody could say yet whether Russia rejected any role in the outage.")).toBe(false);
    expect(condemned("Journalists pressed the minister on if Lithuania had condemned the attack.")).toBe(
      false,
    );
  });

  it("a request under a condition is no request", () => {
    expect(requested("Poland said its experts would travel north if Latvia asked NATO for help.")).toBe(
      false,
    );
  });

  it("the same sentences as statements still claim", () => {
    expect(requested("Latvia had turned to NATO for help.")).toBe(true);
    expect(denied("Russia rejected any role in the outage.")).toBe(true);
    expect(condemned("Lithuania condemned the attack.")).toBe(true);
  });

  it("the question ends at a comma or a coordinated verb: the answer is asserted", () => {
    expect(
      denied("Asked whether Moscow had a hand in the outage, Russia's embassy rejected any role in it."),
    ).toBe(true);
    expect(
      denied(
        "The Russian embassy was asked whether Moscow had a hand in it and rejected any role in the outage.",
      ),
    ).toBe(true);
  });
});
