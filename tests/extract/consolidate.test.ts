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
