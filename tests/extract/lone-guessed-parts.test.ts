/** The part-of of a body named in passing whose owner was only guessed (invented sentences). */
import { describe, expect, it } from "vitest";
import { withoutLoneGuessedParts } from "../../src/extract/rules";
import type { ExtractedClaim, ExtractedEntity } from "../../src/extract/types";
import { extract } from "./helpers";

const claim = (type: ExtractedClaim["type"], source: string, target: string, claimants: string[] = []) => ({
  type,
  source,
  target,
  claimants,
  stance: "asserted" as const,
  evidence: [],
  confidence: 0.9,
});

describe("withoutLoneGuessedParts", () => {
  const guessed = new Map([["agency:ghana-police", { label: "Police", ownerInKey: true }]]);
  const states = new Map(
    ["state:ghana", "state:togo"].map((key) => [
      key,
      { key, type: "state" as const, label: key, aliases: [], mentions: [] },
    ]),
  );

  it("keeps it when its guessed owner was attacked and the body is named where the attack is told", () => {
    const part = claim("part-of", "agency:ghana-police", "state:ghana");
    const told = { doc: "d.txt", quote: "", start: 100, end: 200 };
    const hit = { ...claim("attacked", "incident:x", "state:ghana"), evidence: [told] };
    const police = (start: number): ExtractedEntity => ({
      key: "agency:ghana-police",
      type: "agency",
      label: "Police",
      aliases: [],
      mentions: [{ doc: "d.txt", start, end: start + 6 }],
    });
    const namedThere = new Map<string, ExtractedEntity>([...states, ["agency:ghana-police", police(150)]]);
    expect(withoutLoneGuessedParts([part, hit], guessed, namedThere)).toContainEqual(part);
    const elsewhere = claim("attacked", "incident:x", "state:togo");
    expect(withoutLoneGuessedParts([part, elsewhere], guessed, namedThere)).not.toContainEqual(part);
  });

  it("drops it when its guessed owner was attacked but the body is only named in passing elsewhere", () => {
    const part = claim("part-of", "agency:ghana-police", "state:ghana");
    const hit = {
      ...claim("attacked", "incident:x", "state:ghana"),
      evidence: [{ doc: "d.txt", quote: "", start: 100, end: 200 }],
    };
    const police: ExtractedEntity = {
      key: "agency:ghana-police",
      type: "agency",
      label: "Police",
      aliases: [],
      mentions: [{ doc: "d.txt", start: 420, end: 426 }],
    };
    const elsewhere = new Map<string, ExtractedEntity>([...states, [police.key, police]]);
    expect(withoutLoneGuessedParts([part, hit], guessed, elsewhere)).not.toContainEqual(part);
    // Taking part in a claim keeps it, wherever it is named.
    const helping = claim("assisted", "agency:ghana-police", "state:togo");
    expect(withoutLoneGuessedParts([part, hit, helping], guessed, elsewhere)).toContainEqual(part);
  });

  it("drops the part-of of a guessed body that has no other claim", () => {
    const kept = withoutLoneGuessedParts(
      [claim("part-of", "agency:ghana-police", "state:ghana")],
      guessed,
      states,
    );
    expect(kept).toEqual([]);
  });

  it("keeps it when the body takes part in a claim and its owner is a victim", () => {
    const part = claim("part-of", "agency:ghana-police", "state:ghana");
    const registry: ExtractedEntity = {
      key: "agency:ghana-land-registry",
      type: "agency",
      label: "Land Registry",
      aliases: [],
      mentions: [],
      country: "state:ghana",
    };
    const withRegistry = new Map<string, ExtractedEntity>([...states, [registry.key, registry]]);
    const registryHit = claim("attacked", "incident:x", registry.key);
    for (const other of [
      claim("attacked", "incident:x", "agency:ghana-police"),
      claim("assisted", "agency:ghana-police", "state:togo"),
      claim("attributed-to", "incident:x", "state:russia", ["agency:ghana-police"]),
    ]) {
      expect(withoutLoneGuessedParts([part, other, registryHit], guessed, withRegistry)).toContainEqual(part);
      // Its owner no victim (only the body itself, whose owner is the guess, was hit): no part-of.
      expect(withoutLoneGuessedParts([part, other], guessed, states)).not.toContainEqual(part);
    }
  });

  it("keeps it when its guessed owner is the only state the article names", () => {
    const part = claim("part-of", "agency:ghana-police", "state:ghana");
    const ghanaOnly = new Map([...states].filter(([key]) => key === "state:ghana"));
    expect(withoutLoneGuessedParts([part], guessed, ghanaOnly)).toEqual([part]);
  });

  it("keeps the part-of of a body whose owner is not a guess", () => {
    const part = claim("part-of", "agency:ghana-tax-agency", "state:ghana");
    expect(withoutLoneGuessedParts([part], guessed, states)).toEqual([part]);
  });
});

describe("a body named in passing", () => {
  it("gets no part-of when only the passage gave its owner", () => {
    const ex = extract(
      "Ghana blamed Russia for the break-in at its land registry on Monday. The police were questioning two men late on Tuesday.",
    );
    expect(ex.claims.some((c) => c.type === "part-of" && /police/.test(c.source))).toBe(false);
  });

  it("gets none from the dateline's state either", () => {
    const ex = extract(
      "ACCRA, March 3 (Reuters) - Ghana's communications minister told reporters that intruders paid by Russia had taken files from a Togolese bank. The police were questioning two men late on Tuesday, a spokesman said.",
    );
    expect(ex.claims.some((c) => c.type === "part-of" && /police/.test(c.source))).toBe(false);
  });

  it("keeps its part-of when the text writes the owner", () => {
    const ex = extract(
      "Ghana blamed Russia for the break-in at its land registry on Monday. Ghana's police were questioning two men late on Tuesday.",
    );
    expect(
      ex.claims.some((c) => c.type === "part-of" && /police/.test(c.source) && c.target === "state:ghana"),
    ).toBe(true);
  });

  it("keeps its part-of when the story names no other state", () => {
    const ex = extract(
      "Flooding of the grid's control room left 40,000 homes in northern Malawi dark on Monday, Malawi's energy regulator said. The interior ministry said it had opened an inquiry.",
    );
    expect(
      ex.claims.some((c) => c.type === "part-of" && /interior/.test(c.source) && c.target === "state:malawi"),
    ).toBe(true);
  });

  it("gets none from the attacked state when it is named in another sentence than the attack", () => {
    const ex = extract(
      "Saboteurs froze the ticketing servers of Ghana's state railway on Sunday night, and officials in Accra blamed hackers working for Russia. Separately, the electoral commission announced a new date for the by-election in Tamale.",
    );
    expect(ex.claims.some((c) => c.type === "part-of" && /electoral/.test(c.source))).toBe(false);
  });

  it("keeps its part-of when a body the text gives that state was hit too", () => {
    const ex = extract(
      "Ghana blamed Russia on Monday for the intrusion into Ghana's land registry. The tax agency said its own servers had been encrypted in the same attack.",
    );
    expect(
      ex.claims.some(
        (c) => c.type === "part-of" && /tax-agency/.test(c.source) && c.target === "state:ghana",
      ),
    ).toBe(true);
  });

  it("gets none when only the body itself was hit and the text never gives its owner", () => {
    const ex = extract(
      "Australia said on Monday that it had sent five engineers to help Papua New Guinea. Intruders had encrypted the Department of Treasury's payroll servers in March.",
    );
    expect(ex.claims.some((c) => c.type === "attacked" && /treasury/.test(c.target))).toBe(true);
    expect(ex.claims.some((c) => c.type === "part-of" && /treasury/.test(c.source))).toBe(false);
  });
});
