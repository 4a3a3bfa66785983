import { describe, expect, it } from "vitest";
import { consolidateIncidents, type Findings } from "../../src/extract/consolidate";
import type { ExtractedClaim, ExtractedEntity } from "../../src/extract/types";

const incident = (key: string, extra: Partial<ExtractedEntity>): ExtractedEntity => ({
  key,
  type: "incident",
  label: key,
  aliases: [],
  mentions: [{ doc: "d.txt", start: key.length, end: key.length + 5 }],
  ...extra,
});

const claim = (type: ExtractedClaim["type"], source: string, target: string): ExtractedClaim => ({
  type,
  source,
  target,
  claimants: [],
  stance: "asserted",
  evidence: [{ doc: "d.txt", quote: "q", start: 0, end: 1, claimants: [] }],
  confidence: 0.7,
});

function findings(): Findings {
  return {
    entities: [
      { key: "state:varnia", type: "state", label: "Varnia", aliases: [], mentions: [] },
      incident("incident:varnia-2019-05", {
        date: "2019-05",
        targets: ["state:varnia"],
        aliases: ["the hack of the Varnian senate"],
      }),
      incident("incident:cyber-2019", { date: "2019", aliases: ["a 2019 intrusion"] }),
      { key: "group:quillfin", type: "group", label: "Quillfin", aliases: [], mentions: [] },
    ],
    claims: [claim("attributed-to", "incident:cyber-2019", "group:quillfin")],
  };
}

describe("consolidateIncidents", () => {
  it("folds a dated incident with no target into the one targeted incident of a compatible date", () => {
    const out = consolidateIncidents(findings(), new Set());
    expect(out.entities.map((e) => e.key)).toEqual([
      "state:varnia",
      "incident:varnia-2019-05",
      "group:quillfin",
    ]);
    const home = out.entities[1]!;
    expect(home.aliases).toEqual(["the hack of the Varnian senate", "a 2019 intrusion"]);
    expect(home.mentions).toHaveLength(2);
    expect(out.claims[0]).toMatchObject({ source: "incident:varnia-2019-05", target: "group:quillfin" });
  });

  it("returns new lists and leaves what the sentences found unchanged", () => {
    const before = findings();
    const snapshot = structuredClone(before);
    consolidateIncidents(before, new Set());
    expect(before).toEqual(snapshot);
  });

  it("keeps apart an incident the text called separate, and one whose date disagrees", () => {
    expect(consolidateIncidents(findings(), new Set(["incident:cyber-2019"])).entities).toHaveLength(4);
    const other = findings();
    other.entities[2] = incident("incident:cyber-2021", { date: "2021" });
    expect(consolidateIncidents(other, new Set()).entities).toHaveLength(4);
  });

  it("folds nothing when two targeted incidents could be the home", () => {
    const two = findings();
    two.entities.push(incident("incident:varnia-2019-06", { date: "2019-06", targets: ["state:varnia"] }));
    expect(consolidateIncidents(two, new Set()).entities).toHaveLength(5);
  });
});

/**
 * "the cyber attack on Varnia" (a headline, a condemnation) and "the wiping of the Ostrel Valley
 * water board's pumps" told as one morning's attack: the incident told only as hitting a state joins
 * the one incident that hit a body of that state at a close date.
 */
describe("consolidateIncidents: an incident on a state and the one on its body", () => {
  const entity = (key: string, extra: Partial<ExtractedEntity> = {}): ExtractedEntity => ({
    key,
    type: (key.slice(0, key.indexOf(":")) as ExtractedEntity["type"]) ?? "state",
    label: key,
    aliases: [],
    mentions: [],
    ...extra,
  });
  const STATE = "incident:varnia-2026-12-04";
  const BODY = "incident:ostrel-valley-water-board-2026-12";

  function told(
    extra: { stateDate?: string; bodyDate?: string; body?: Partial<ExtractedEntity> } = {},
  ): Findings {
    return {
      entities: [
        entity("state:varnia"),
        entity("state:ostria"),
        entity("organization:ostrel-valley-water-board", extra.body),
        entity("group:brine-heron"),
        incident(STATE, {
          date: extra.stateDate ?? "2026-12-04",
          targets: ["state:varnia"],
          aliases: ["the attack"],
        }),
        incident(BODY, {
          date: extra.bodyDate ?? "2026-12",
          targets: ["organization:ostrel-valley-water-board"],
          aliases: ["wiped"],
        }),
      ],
      claims: [
        claim("attacked", STATE, "state:varnia"),
        claim("condemned", "state:ostria", STATE),
        claim("attributed-to", STATE, "group:brine-heron"),
        claim("attacked", BODY, "organization:ostrel-valley-water-board"),
      ],
    };
  }
  const incidentKeys = (f: Findings) => f.entities.filter((e) => e.type === "incident").map((e) => e.key);

  it("joins the state's incident into the body's, which keeps its date, and moves its claims", () => {
    const out = consolidateIncidents(told(), new Set());
    expect(incidentKeys(out)).toEqual([BODY]);
    expect(out.entities.find((e) => e.key === BODY)).toMatchObject({
      date: "2026-12",
      aliases: ["wiped", "the attack"],
    });
    expect(out.claims.map((c) => [c.type, c.source, c.target])).toEqual([
      ["attacked", BODY, "state:varnia"],
      ["condemned", "state:ostria", BODY],
      ["attributed-to", BODY, "group:brine-heron"],
      ["attacked", BODY, "organization:ostrel-valley-water-board"],
    ]);
  });

  it("joins a body the text gave that state, and days apart (the attack on the 1st, the statement on the 3rd)", () => {
    const out = consolidateIncidents(
      told({ stateDate: "2026-12-04", bodyDate: "2026-12-01", body: { country: "state:varnia" } }),
      new Set(),
    );
    expect(incidentKeys(out)).toEqual([BODY]);
  });

  it("joins a state's incident the text gave no date into a dated body's", () => {
    const f = told();
    delete f.entities[4]!.date;
    expect(incidentKeys(consolidateIncidents(f, new Set()))).toEqual([BODY]);
  });

  // Each case: why, the change to the told findings, the keys the text called separate, and the
  // incidents left.
  it.each<[string, (f: Findings) => void, string[], number]>([
    ["a body of another state", (f) => (f.entities[2]!.country = "state:ostria"), [], 2],
    [
      "attacks years apart (the 2019 attack on the board, the 2024 one on Varnia)",
      (f) => {
        f.entities[4]!.date = "2024";
        f.entities[5]!.date = "2019";
      },
      [],
      2,
    ],
    [
      "two attacks of one year (the board's breach dated 2026 only, Varnia's wave on 4 December)",
      (f) => (f.entities[5]!.date = "2026"),
      [],
      2,
    ],
    [
      "two incidents on bodies at that date",
      (f) =>
        f.entities.push(
          incident("incident:varnia-post-2026", {
            date: "2026-12",
            targets: ["organization:ostrel-valley-water-board"],
          }),
        ),
      [],
      3,
    ],
    [
      "a body of no known state, with two states hit",
      (f) => f.entities[4]!.targets!.push("state:ostria"),
      [],
      2,
    ],
    ["a named operation as the body's incident", (f) => (f.entities[5]!.name = "Operation Salt Gate"), [], 2],
    ["an incident the text called separate", () => undefined, [STATE], 2],
    [
      "a state that condemned one and denied the other",
      (f) => {
        f.claims[1] = claim("denied", "state:ostria", STATE);
        f.claims.push(claim("condemned", "state:ostria", BODY));
      },
      [],
      2,
    ],
  ])("keeps them apart for %s", (_why, change, separate, left) => {
    const f = told();
    change(f);
    expect(incidentKeys(consolidateIncidents(f, new Set(separate)))).toHaveLength(left);
  });
});
