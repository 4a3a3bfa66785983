/**
 * Mentions that tell no deed make no incident: a practice denied ("has never mounted cyberattacks
 * against X") and the clause of a series ("it is not the first time X has been hit"). Each was read
 * as a new incident on the state it names, dated by the publication year, whose claims paired with
 * no gold incident. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, hasClaim, incidents } from "./helpers";

const wire = (body: string) => `RIGA, 12 March 2026 (Wire) - ${body}`;
const story =
  "Hackers wiped the payroll servers of Latvia's State Revenue Service on Tuesday, officials said.";

describe("a practice denied is no incident", () => {
  it.each([
    "Moscow has never mounted and will never mount cyberattacks against Estonia, the embassy said.",
    'The embassy said Russia "does not and will not launch" hacking operations against Estonia.',
    "Its spokesman said Moscow would never tolerate attacks on Estonia or any other neighbour.",
  ])("makes no incident on the state the denial names (%s)", (denial) => {
    const ex = extract(wire(`${story} ${denial}`));
    expect(attackedTargets(ex).join(" ")).not.toContain("state:estonia");
    expect(incidents(ex)).toHaveLength(1);
  });

  it("gives the denial to the story's incident", () => {
    const ex = extract(
      wire(`${story} Russia has never carried out cyberattacks against Estonia, the embassy said.`),
    );
    expect(hasClaim(ex, "denied", "state:russia", "incident:*")).toBe(true);
    expect(incidents(ex)).toHaveLength(1);
  });

  it("still reads attacks a negated report tells, past a clause word", () => {
    const ex = extract(
      wire(
        `${story} Officials did not say whether attacks on Estonia's customs board in January were linked.`,
      ),
    );
    expect(attackedTargets(ex).join(" ")).toContain("estonia");
  });
});

describe("the clause of a series tells no incident", () => {
  it.each([
    "It is not the first time Estonia has been hit.",
    "This is not the first time Estonia's foreign ministry has been targeted by foreign hackers.",
  ])("makes no incident of it (%s)", (series) => {
    const ex = extract(wire(`${story} ${series}`));
    expect(attackedTargets(ex).join(" ")).not.toContain("estonia");
    expect(incidents(ex)).toHaveLength(1);
  });

  it("still reads an earlier attack the same sentence dates", () => {
    const ex = extract(
      wire(
        `${story} It is not the first time: hackers defaced the website of Estonia's foreign ministry in 2023.`,
      ),
    );
    expect(incidents(ex).map((i) => i.date)).toContain("2023");
  });
});
