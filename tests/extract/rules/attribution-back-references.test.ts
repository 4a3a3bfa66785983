/**
 * Attributions that refer back or name the agent through a relative clause: "the same group"
 * with a hedge or a counted list after a colon (same-group rule), and "carried out by X, a group
 * that a firm tracks as Y" (passive-agent rule). Invented sentences; none comes from a fixture.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, incidents } from "../helpers";

const wire = (body: string) => `QUITO, 3 March 2025 (Reuters) - ${body}`;
const accusedOf = (ex: ReturnType<typeof extract>, target: string) =>
  claimsOf(ex, "attributed-to")
    .filter((c) => c.target === target)
    .map((c) => c.source);
const dated = (ex: ReturnType<typeof extract>, year: string) =>
  incidents(ex).find((i) => i.date?.startsWith(year))?.key;

describe("same-group rule, a hedge between the copula and 'responsible for'", () => {
  const story = (line: string) =>
    extract(wire(`Bogota police linked APT29 to the January intrusion at Ecuador's tax office. ${line}`));

  it("reads a quoted or bare hedge before 'behind' or 'responsible for' as the same group's deed", () => {
    for (const line of [
      'Investigators think that the same crew was "very probably" behind a 2023 breach of the Colombian defence ministry.',
      "The same crew was most probably behind a 2023 breach of the Colombian defence ministry, Peru's police said.",
      "In Lima, prosecutors added that the same group is “almost certainly” responsible for the 2023 breach of the Colombian defence ministry.",
    ]) {
      const ex = story(line);
      const older = dated(ex, "2023");
      expect(older).toBeDefined();
      expect(accusedOf(ex, "group:apt29")).toContain(older);
    }
  });

  it("says nothing when the quotation is no hedge or an adverb takes the deed back", () => {
    for (const line of [
      'Investigators think that the same crew was "framed" for a 2023 breach of the Colombian defence ministry.',
      "The same crew was wrongly blamed for the 2023 breach of the Colombian defence ministry, which a court later pinned on a student.",
    ]) {
      const ex = story(line);
      const older = dated(ex, "2023");
      expect(older).toBeDefined();
      expect(accusedOf(ex, "group:apt29")).not.toContain(older);
    }
  });
});

describe("same-group rule, a counted list of attacks after a colon", () => {
  const story = (line: string) =>
    extract(wire(`Bogota police linked APT29 to the January intrusion at Ecuador's tax office. ${line}`));

  it("gives the group the attacks the list spells out, not the counted phrase", () => {
    const ex = story(
      "Police said the same crew is responsible for several older breaches as well: in 2024 hackers breached Bolivia's customs agency, and in 2023 Paraguay's water utility was knocked offline.",
    );
    const accused = accusedOf(ex, "group:apt29");
    expect(accused).toContain(dated(ex, "2024"));
    expect(accused).toContain(dated(ex, "2023"));
    // The January intrusion the text opened with and the two listed; the counted phrase is no incident of its own.
    expect(accused).toHaveLength(3);
  });

  it("takes no more attacks than the count says", () => {
    const ex = story(
      "The same crew was behind two previous operations: in 2024 hackers breached Bolivia's customs agency, in 2022 hackers hit Peru's port authority, and in 2021 Uruguay's tax office was breached.",
    );
    const accused = accusedOf(ex, "group:apt29");
    expect(accused).toContain(dated(ex, "2024"));
    expect(accused).toContain(dated(ex, "2022"));
    expect(accused).not.toContain(dated(ex, "2021"));
  });

  it("keeps the clause's own attack when the count is not the same group's deed", () => {
    const own = story(
      "The same crew breached Uruguay's tax office in March 2024 and was behind two other intrusions: in 2023 hackers breached Bolivia's customs agency, and in 2022 hackers hit Peru's port authority.",
    );
    const accused = accusedOf(own, "group:apt29");
    expect(accused).toContain(dated(own, "2024-03"));
    expect(accused).not.toContain(dated(own, "2023"));
    const later = story(
      "The same crew was behind the 2024 breach of Bolivia's customs agency, police said, and analysts are looking at two other intrusions: in 2022 hackers hit Peru's port authority.",
    );
    expect(accusedOf(later, "group:apt29")).toContain(dated(later, "2024"));
    expect(accusedOf(later, "group:apt29")).not.toContain(dated(later, "2022"));
  });
});

describe("passive-agent rule, the agent named through a relative clause's namer", () => {
  const accused = (line: string) => claimsOf(extract(wire(line)), "attributed-to").map((c) => c.target);

  it("takes the name a vendor gives, not the vendor's state", () => {
    const targets = accused(
      "Ecuador's navy said the breach of its port authority was carried out by hackers that the Dutch vendor Kestrel tracks as UNC7781.",
    );
    expect(targets).toContain("group:unc7781");
    expect(targets.some((k) => k.startsWith("state:"))).toBe(false);
  });

  it("accuses no namer when the name it gives is not one the text holds", () => {
    const targets = accused(
      "Ecuador's navy said the breach of its port authority was carried out by Sable Finch, a crew which the British company Norrow Labs calls Grey Wren.",
    );
    expect(targets.some((k) => k.startsWith("state:"))).toBe(false);
  });

  it("still takes the subject of a relative clause that does not name ('a crew that Russia directs')", () => {
    expect(
      accused("Quito said the breach of the tax office was carried out by a crew that Russia directs."),
    ).toContain("state:russia");
  });
});

describe("active-agent rule, a perpetration verb closing a quotation", () => {
  const accused = (line: string) => claimsOf(extract(wire(line)), "attributed-to").map((c) => c.target);

  it("makes the subject before the quotation the agent ('X and Y \"planned and directed\" an attack')", () => {
    const pair = accused(
      'Two contractors, Ivan Sorokin and Pavel Lebed, "organised" an attack on Ecuador\'s tax office in January, prosecutors in Quito allege.',
    );
    expect(pair).toEqual(expect.arrayContaining(["person:ivan-sorokin", "person:pavel-lebed"]));
    expect(
      accused(
        'Hackers hit Ecuador\'s tax office in January. Prosecutors say APT29 "orchestrated" the attack.',
      ),
    ).toContain("group:apt29");
  });

  it("says nothing when the quotation negates the verb", () => {
    expect(
      accused('Hackers hit Ecuador\'s tax office in January. Moscow says APT29 "never directed" the attack.'),
    ).not.toContain("group:apt29");
  });
});
