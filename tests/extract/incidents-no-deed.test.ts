/**
 * Mentions that tell no deed make no incident: a practice denied ("has never mounted cyberattacks
 * against X"), the clause of a series ("it is not the first time X has been hit") and the accused
 * side's complaint that it is attacked too ("nobody speaks of the attacks on us"). Each was read
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
      wire(`${story} Russia has never mounted cyberattacks against Estonia, the embassy said.`),
    );
    expect(hasClaim(ex, "denied", "state:russia", "incident:*")).toBe(true);
    expect(incidents(ex)).toHaveLength(1);
  });

  it.each([
    "The ministry would not discuss cyberattacks against Estonian banks, which investigators blamed on Moscow.",
    "Police have not named the crew behind cyberattacks on Estonia's power grid in January.",
    "Moscow did not launch cyberattacks on Estonia on Monday, the Kremlin said.",
  ])("still reads attacks whose negation denies no practice or which the clause dates (%s)", (text) => {
    const ex = extract(wire(`${story} ${text}`));
    expect(attackedTargets(ex).join(" ")).toContain("estonia");
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
    "This is not the first time Estonia's foreign ministry was breached by foreign hackers.",
  ])("makes no incident of it (%s)", (series) => {
    const ex = extract(wire(`${story} ${series}`));
    expect(attackedTargets(ex).join(" ")).not.toContain("estonia");
    expect(incidents(ex)).toHaveLength(1);
  });

  it("still reads the present deed a count of times includes ('the third time')", () => {
    const ex = extract(
      wire(`${story} It is the third time that Estonia has accused Moscow of a cyberattack on its ports.`),
    );
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:russia")).toBe(true);
  });

  it("still reads an earlier attack the same sentence dates", () => {
    const ex = extract(
      wire(
        `${story} It is not the first time: intruders defaced the home page of Estonia's foreign ministry in 2023.`,
      ),
    );
    expect(incidents(ex).map((i) => i.date)).toContain("2023");
  });
});

describe("the accused side's complaint that it is attacked too tells no incident", () => {
  const accused = `${story} Latvia blamed Belarus for the attack.`;

  it.each([
    "Minsk noted that Western capitals say nothing of cyberattacks against Belarus.",
    "The spokesman added that Belarus itself suffers frequent cyberattacks from abroad.",
    "Minsk says Belarus itself has been hacked by Western spy agencies.",
  ])("makes no incident on the accused state (%s)", (complaint) => {
    const ex = extract(wire(`${accused} ${complaint}`));
    expect(attackedTargets(ex).join(" ")).not.toContain("state:belarus");
    expect(incidents(ex)).toHaveLength(1);
  });

  it("still reads an attack on the accused state that the text dates", () => {
    const ex = extract(wire(`${accused} Minsk says that in January hackers attacked Belarus.`));
    expect(incidents(ex).map((i) => i.date)).toContain("2026-01");
  });

  it.each([
    "Minsk said Latvian hackers had attacked Belarus's banks.",
    "Minsk blamed Riga for cyberattacks on Belarus.",
    "Minsk said Latvia was behind cyberattacks on Belarus's banks.",
  ])("still reads the accused side's counter-accusation, which names who did it (%s)", (text) => {
    const ex = extract(wire(`${accused} ${text}`));
    expect(attackedTargets(ex).join(" ")).toContain("state:belarus");
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:latvia")).toBe(true);
  });

  it("still reads an attack on the accused state whose doer the sentence names as subject", () => {
    const ex = extract(wire(`${accused} Minsk said Riga had orchestrated cyberattacks on Belarus's banks.`));
    expect(attackedTargets(ex).join(" ")).toContain("state:belarus");
  });

  it("still reads an undated attack on a state nobody accused", () => {
    const ex = extract(wire(`${accused} Vilnius said Lithuania too had faced cyberattacks.`));
    expect(attackedTargets(ex).join(" ")).toContain("state:lithuania");
  });
});
