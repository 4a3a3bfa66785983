/**
 * Whose office an unqualified minister's title is (titleHome in people.ts) when the state acting just
 * before is the accused group's sponsor that denied, or a helper (invented sentences).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const hit =
  "TALLINN, 12 March 2026 - Intruders wiped the billing servers of Estonia's state lottery on Sunday. Estonia's cyber centre said the attack was carried out by Grey Lantern, a crew it called a unit working for Russia's military intelligence. ";
const denial = `Russia's embassy in Tallinn dismissed the finding as "fiction" on Monday and said Moscow "respects its neighbours." `;

describe("an unqualified minister after the accused group's sponsor denied", () => {
  it("is not the sponsor's minister unless the title is a diplomat's or the sentence rejects the accusation", () => {
    const ex = extract(
      `${hit}${denial}Education Minister Liis Tamm said the lottery would reopen next week.`,
    );
    expect(hasClaim(ex, "affiliated-with", "person:liis-tamm", "state:russia")).toBe(false);
    expect(hasClaim(ex, "affiliated-with", "person:liis-tamm", "state:estonia")).toBe(true);
  });

  it("is the sponsor's when a foreign minister speaks after the denial", () => {
    const ex = extract(
      `${hit}${denial}Deputy Foreign Minister Pavel Orlov repeated that the claims were baseless.`,
    );
    expect(hasClaim(ex, "affiliated-with", "person:pavel-orlov", "state:russia")).toBe(true);
  });
});

describe("an unqualified minister continuing the denial in other words", () => {
  it("is the sponsor's when the sentence disowns the act without a denial verb", () => {
    const cases: [string, string][] = [
      [
        "person:oleg-markov",
        "Defence Minister Oleg Markov insisted his ministry played no role in the break-in.",
      ],
      [
        "person:irina-sokol",
        "Interior Minister Irina Sokol described the whole affair as a provocation by Tallinn.",
      ],
    ];
    for (const [key, line] of cases) {
      const ex = extract(`${hit}${denial}${line}`);
      expect(hasClaim(ex, "affiliated-with", key, "state:estonia"), key).toBe(false);
    }
  });

  it("is not the sponsor's for a trade minister, whose title is 'foreign' but no diplomat's", () => {
    const ex = extract(
      `${hit}${denial}Foreign Trade Minister Maarja Kask said lottery exports were not affected.`,
    );
    expect(hasClaim(ex, "affiliated-with", "person:maarja-kask", "state:russia")).toBe(false);
  });
});

describe("an unqualified minister after a state that only helped", () => {
  it("is the helped side's, not the helper's", () => {
    const ex = extract(
      "Intruders wiped the billing servers of Latvia's port authority on Sunday. Finland has offered to send analysts if needed. Interior Minister Anna Berzina said the port was working again.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:anna-berzina", "state:finland")).toBe(false);
  });
});
