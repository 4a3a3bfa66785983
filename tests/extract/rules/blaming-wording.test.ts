/**
 * The `blaming-wording` rule: wording that names the attacker inside the mention of the attack
 * itself ("Bolivia-linked hackers broke into", "<group> hackers breached", "Paraguayan state
 * hackers"), with no verb of blaming. Invented sentences in wire, trade-press, press-release and
 * transcript registers; none comes from a fixture.
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../../src/extract";
import { testGazetteer } from "../helpers";

const context = createExtractionContext(
  {
    entities: [
      ...testGazetteer.entities,
      { key: "group:vesper-gannet", label: "Vesper Gannet", type: "group", aliases: [] },
    ],
  },
  { referenceYear: 2026 },
);
const read = (body: string) =>
  extractDocument({ id: "wording.txt", text: `QUITO, 3 March 2025 (Reuters) - ${body}` }, context);
const attributions = (ex: ReturnType<typeof read>) => ex.claims.filter((c) => c.type === "attributed-to");
const incidentKeys = (ex: ReturnType<typeof read>) =>
  ex.entities.filter((e) => e.type === "incident").map((e) => e.key);

describe("blaming-wording rule", () => {
  it("blames the state of an 'X-linked' attacker phrase for the attack it makes, not the victim", () => {
    const ex = read(
      "Bolivia-linked hackers broke into the cargo database of Chile's customs service over the weekend, the agency said in a statement.",
    );
    const claims = attributions(ex);
    expect(claims.map((c) => [c.source, c.target, c.stance])).toEqual([
      ["incident:chile-customs-service-2025", "state:bolivia", "asserted"],
    ]);
  });

  it("makes the speaker who says it the claimant ('..., said X, a spokesman for the Colombian defence ministry')", () => {
    const ex = read(
      "Venezuela-linked hackers defaced the websites of Colombia's tax office on Sunday, said Dunmore Renner, a spokesman for the Colombian defence ministry.",
    );
    const claims = attributions(ex);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.source).toMatch(/^incident:colombia-tax-office-2025/);
    expect(claims[0]!.target).toBe("state:venezuela");
    expect(claims[0]!.claimants).toEqual(
      expect.arrayContaining([
        "person:dunmore-renner",
        "agency:colombia-ministry-of-defence",
        "state:colombia",
      ]),
    );
  });

  it("blames a group whose name opens the attacker phrase ('Vesper Gannet hackers breached')", () => {
    const ex = read(
      "Vesper Gannet hackers breached the email servers of Uruguay's senate in January, according to a report by a Montevideo security firm.",
    );
    expect(attributions(ex).map((c) => [c.source, c.target])).toEqual([
      ["incident:uruguay-senate-2025-01", "group:vesper-gannet"],
    ]);
  });

  it("reads a demonym's 'state hackers' in a ministry's statement, the ministry's state claiming it", () => {
    const ex = read(
      "In a statement released on Friday, the Ministry of Foreign Affairs of Chile said Bolivian state hackers had breached the national customs service.",
    );
    const claims = attributions(ex);
    expect(claims).toHaveLength(1);
    expect(incidentKeys(ex)).toContain(claims[0]!.source);
    expect(claims[0]!.target).toBe("state:bolivia");
    expect(claims[0]!.claimants).toContain("state:chile");
  });

  it("reads it in a transcript's wording too", () => {
    const ex = read(
      "MINISTER IBARRA: Paraguayan state hackers broke into our customs service in May, and we will answer it.",
    );
    const claims = attributions(ex);
    expect(claims.map((c) => c.target)).toEqual(["state:paraguay"]);
    expect(incidentKeys(ex)).toContain(claims[0]!.source);
  });

  it("keeps a suspicion a suspicion ('officials suspect X-linked hackers breached')", () => {
    const ex = read(
      "Officials suspect Venezuela-linked hackers breached Colombia's tax office, according to two people briefed on the case.",
    );
    expect(attributions(ex).map((c) => [c.source, c.target, c.stance])).toEqual([
      ["incident:colombia-tax-office-2025", "state:venezuela", "suspected"],
    ]);
  });

  it("never blames the state whose possession was hit ('a cyberattack on Russia's embassy')", () => {
    const ex = read("A cyberattack on Russia's embassy in Lima disrupted visa services, the embassy said.");
    expect(incidentKeys(ex)).toHaveLength(1);
    expect(attributions(ex)).toEqual([]);
    const demonym = read("Hackers breached the Chilean customs service on Monday.");
    expect(incidentKeys(demonym)).toHaveLength(1);
    expect(attributions(demonym)).toEqual([]);
  });

  it("never blames those who help the victim, nor the state of those reporting it", () => {
    const helpers = read(
      "Peruvian experts helped Chile recover from a ransomware attack on its customs service.",
    );
    expect(incidentKeys(helpers)).toHaveLength(1);
    expect(attributions(helpers)).toEqual([]);
    const reporters = read("Bolivian investigators said unknown hackers broke into Chile's customs service.");
    expect(incidentKeys(reporters)).toHaveLength(1);
    expect(attributions(reporters)).toEqual([]);
  });
});
