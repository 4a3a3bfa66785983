import { describe, expect, it } from "vitest";
import { analyzeAttribution, ARTICLES_CLAIMANT } from "../../../src/graph/analytics/attribution";
import { edgeKey } from "../../../src/model";
import { claimGraph, ev } from "./fixture";

const MARCH = "incident:valdoria-2021-03";
const LATER = "incident:valdoria-2023";

describe("analyzeAttribution", () => {
  const analysis = analyzeAttribution(claimGraph());
  const march = analysis.incidents.find((i) => i.incident === MARCH);

  it("lists each incident with its targets, attributions, claimants, stance and denials, oldest first", () => {
    expect(analysis.incidents.map((i) => i.incident)).toEqual([MARCH, LATER]);
    expect(march?.targets.map((t) => t.target)).toEqual(["state:valdoria", "agency:valdoria-treasury"]);
    expect(march?.attributions.map((a) => [a.actor, a.stance])).toEqual([
      ["state:ostmark", "asserted"],
      ["group:grey-fox", "suspected"],
    ]);
    expect(march?.attributions[0]?.claimants.map((c) => c.claimant)).toEqual([
      "person:ana-vel",
      "state:brenland",
    ]);
    expect(march?.denials.map((d) => d.source)).toEqual(["state:ostmark"]);
    expect(march?.contested).toBe(true);
    expect(analysis.incidents[1]?.contested).toBe(false);
  });

  it("measures the lag from the incident to the attribution, from the claim's date or its article's", () => {
    const [ostmark, greyFox] = march?.attributions ?? [];
    expect(ostmark).toMatchObject({ date: "2021-03-20", dateSource: "claim", lagDays: 10 });
    // No claim date: the article that evidences it was published on 2021-04-02.
    expect(greyFox).toMatchObject({ date: "2021-04-02", dateSource: "article", lagDays: 23 });
    // The incident of 2023 has only a year: no lag in days.
    expect(analysis.incidents[1]?.attributions[0]?.lagDays).toBeNull();
  });

  it("dates each claimant by the earliest article quoting that claimant", () => {
    const graph = claimGraph();
    graph.removeEdgeAttribute(edgeKey("attributed-to", MARCH, "state:ostmark"), "date");
    const claimants = analyzeAttribution(graph).incidents[0]?.attributions[0]?.claimants;
    expect(claimants).toEqual([
      { claimant: "person:ana-vel", date: "2021-03-21", lagDays: 11 },
      { claimant: "state:brenland", date: "2021-04-02", lagDays: 23 },
    ]);
  });

  it("builds the actor × claimant matrix with the claims behind each cell", () => {
    const { matrix } = analysis;
    expect(matrix.actors).toEqual(["state:ostmark", "group:grey-fox"]);
    expect(matrix.claimants).toEqual(["person:ana-vel", "state:brenland", ARTICLES_CLAIMANT]);
    expect(matrix.cells["state:ostmark"]?.["person:ana-vel"]?.claims).toEqual([
      edgeKey("attributed-to", MARCH, "state:ostmark"),
    ]);
    expect(matrix.cells["state:ostmark"]?.[ARTICLES_CLAIMANT]?.claims).toEqual([
      edgeKey("attributed-to", LATER, "state:ostmark"),
    ]);
    expect(matrix.cells["group:grey-fox"]?.["state:brenland"]).toBeUndefined();
  });

  it("ranks the most attributed actors by incidents and the most frequent attributors", () => {
    expect(analysis.mostAttributed.map((r) => [r.party, r.incidents.length])).toEqual([
      ["state:ostmark", 2],
      ["group:grey-fox", 1],
    ]);
    expect(analysis.mostFrequentAttributors.map((r) => [r.party, r.claims.length])).toEqual([
      ["person:ana-vel", 2],
      ["state:brenland", 1],
    ]);
  });

  it("follows chains incident → group → sponsor, with the claimants of each link", () => {
    const graph = claimGraph();
    expect(analyzeAttribution(graph).chains).toEqual([]);
    graph.addEdgeWithKey(
      edgeKey("attributed-to", "group:grey-fox", "state:ostmark"),
      "group:grey-fox",
      "state:ostmark",
      {
        type: "attributed-to",
        claimants: ["state:brenland"],
        stance: "asserted",
        evidence: [ev("doc-c", "Brenland says Grey Fox works for Ostmark.", ["state:brenland"])],
        confidence: 1,
        origin: "curated",
      },
    );
    const [chain, ...rest] = analyzeAttribution(graph).chains;
    expect(rest).toEqual([]);
    expect(chain?.group).toBe("group:grey-fox");
    expect(chain?.incidents.map((l) => [l.claim.source, l.claimants])).toEqual([[MARCH, ["person:ana-vel"]]]);
    expect(chain?.sponsors.map((l) => [l.claim.target, l.claimants])).toEqual([
      ["state:ostmark", ["state:brenland"]],
    ]);
  });
});
