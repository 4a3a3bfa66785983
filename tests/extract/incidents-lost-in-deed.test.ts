/**
 * A victim told as the subject of what it lost in an attack (DEEDS44): "the treasury lost payroll data
 * in a break-in", "lost $4 million in a hack". Before, the subject of "lose" was no victim, so the
 * attack noun after "in" made an incident with no target (or none). Only an indefinite deed is one:
 * a definite noun after "in" is part of another phrase as often ("lost ground in the cyber attack
 * rankings"), and what is lost in something else is no attack's. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract } from "./helpers";

const story = (more: string) =>
  `RIGA, 30 November 2026 (BNS): Hackers crippled the tax portal of the Lithuanian Ministry of Energy on Friday, officials said. ${more}`;

describe("a body that lost something in an attack is its victim", () => {
  it.each([
    "In 2024 the Latvian Ministry of Finance lost tender files in a break-in.",
    "Three years ago the Latvian Ministry of Finance lost $4 million in a hack blamed on North Korea.",
  ])("reads the Latvian ministry as attacked in %s", (more) => {
    expect(attackedTargets(extract(story(more))).join(" ")).toContain("latvia-ministry-of-finance");
  });

  it.each([
    "The Latvian Ministry of Finance lost two analysts in a reshuffle after the attack.",
    "Latvia lost ground to Estonia in the cyber attack rankings.",
    // The loser is the clause's own subject: not a place or an owner inside it (review44 deeds R1).
    "Pension savers in Latvia lost $3 million in a hack last spring.",
    "Latvia's biggest crypto broker lost $5 million in a hack last week.",
    // A deed that names its own victim leaves the one who lost something none.
    "Latvia lost $5 million in a hack of an offshore coin exchange, the fund's auditors found.",
  ])("reads no new victim in %s", (more) => {
    const targets = attackedTargets(extract(story(more))).join(" ");
    expect(targets).not.toContain("latvia");
  });
});
