/**
 * The `numbered-unit` rule: a group the text calls by a body's numbered unit ("DSR Unit 4172") is
 * attributed to that body, the name saying whose unit it is. The gazetteer below invents the
 * bodies and the groups; the sentences (wire, advisory, transcript) are invented too.
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../../src/extract";
import { testGazetteer } from "../helpers";

const context = createExtractionContext(
  {
    entities: [
      ...testGazetteer.entities,
      {
        key: "agency:dsr",
        label: "Signal Research Directorate",
        type: "agency",
        aliases: ["DSR"],
        country: "state:peru",
      },
      {
        key: "agency:bolivian-signal-corps",
        label: "Bolivian Signal Corps",
        type: "agency",
        aliases: [],
        country: "state:bolivia",
      },
      { key: "group:tallow-finch", label: "Tallow Finch", type: "group", aliases: ["DSR Unit 4172"] },
      {
        key: "group:quill-marten",
        label: "Quill Marten",
        type: "group",
        aliases: ["Bolivian Signal Corps Division 815"],
      },
      { key: "group:oriel-corvid", label: "Oriel Corvid", type: "group", aliases: ["Venezuela Unit 20544"] },
      { key: "group:fenwick", label: "Fenwick", type: "group", aliases: ["NATO Unit 7702"] },
      { key: "group:slatebird", label: "Slatebird", type: "group", aliases: ["Harbor Unit 5120"] },
    ],
  },
  { referenceYear: 2026 },
);
const read = (body: string) =>
  extractDocument({ id: "unit.txt", text: `QUITO, 3 March 2025 (Reuters) - ${body}` }, context);
/** The group → sponsor claims (an incident's attribution to the group is another rule's). */
const sponsorClaims = (ex: ReturnType<typeof read>) =>
  ex.claims
    .filter((c) => c.type === "attributed-to" && c.source.startsWith("group:"))
    .map((c) => ({ source: c.source, target: c.target, claimants: c.claimants, stance: c.stance }));

describe("numbered-unit rule", () => {
  it("attributes the group to the body its unit name opens with, claimed by who reports it", () => {
    const ex = read(
      "DSR Unit 4172 broke into the cargo database of Chile's customs service over the weekend, Chilean investigators said.",
    );
    expect(sponsorClaims(ex)).toEqual([
      { source: "group:tallow-finch", target: "agency:dsr", claimants: ["state:chile"], stance: "asserted" },
    ]);
  });

  it("makes a named spokesman, his ministry and its state the claimants", () => {
    const ex = read(
      "The intrusion was the work of DSR Unit 4172, said Dunmore Renner, a spokesman for the Chilean defence ministry.",
    );
    expect(sponsorClaims(ex)).toEqual([
      {
        source: "group:tallow-finch",
        target: "agency:dsr",
        claimants: ["person:dunmore-renner", "agency:chile-ministry-of-defence", "state:chile"],
        stance: "asserted",
      },
    ]);
  });

  it("reads a body of several words and a division, hedged when the sentence is", () => {
    const ex = read(
      "Investigators suspect Bolivian Signal Corps Division 815 planted the wiper in Paraguay's tax office.",
    );
    expect(sponsorClaims(ex)).toEqual([
      {
        source: "group:quill-marten",
        target: "agency:bolivian-signal-corps",
        claimants: [],
        stance: "suspected",
      },
    ]);
  });

  it("takes a state as the owner, in an advisory's and a transcript's wording", () => {
    for (const text of [
      "In a joint advisory issued today, the agencies describe the tradecraft of Venezuela Unit 20544 in detail.",
      "Q: Who is Venezuela Unit 20544? A: It is the crew that defaced our ministries' websites in May.",
    ]) {
      const ex = read(text);
      expect(sponsorClaims(ex).map((c) => [c.source, c.target])).toEqual([
        ["group:oriel-corvid", "state:venezuela"],
      ]);
    }
  });

  it("needs a state, an agency, a group or a person as the owner: not an alliance, not an unknown word", () => {
    const alliance = read(
      "NATO Unit 7702 tested the defences of Estonia's parliament in an exercise last week.",
    );
    expect(alliance.entities.some((e) => e.key === "group:fenwick")).toBe(true);
    expect(sponsorClaims(alliance)).toEqual([]);
    const unknown = read("Harbor Unit 5120 breached the customs service of Chile, officials said.");
    expect(unknown.entities.some((e) => e.key === "group:slatebird")).toBe(true);
    expect(sponsorClaims(unknown)).toEqual([]);
  });

  it("ties no group to a numbered unit that is not its name ('shared servers with DSR Unit 3390')", () => {
    const ex = read("Tallow Finch shared servers with DSR Unit 3390, the report said.");
    expect(ex.entities.some((e) => e.key === "agency:dsr")).toBe(true);
    expect(sponsorClaims(ex)).toEqual([]);
  });
});
