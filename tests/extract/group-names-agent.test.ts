/**
 * A threat group no gazetteer holds, named only as the agent of an attack ("was carried out by X",
 * "traced to X", "the work of X"), and nowhere described as a group. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const wire = (body: string) => `VALLETTA, 3 March 2026 (Reuters) - ${body}`;
const hit = "Hackers wiped the billing servers of Malta's water utility on Sunday. ";
const groups = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "group")
    .map((e) => e.label);

describe("a group named only as an attack's agent", () => {
  it("reads a bare group noun between the agent's phrase and the name", () => {
    for (const [body, name] of [
      ["Prosecutors argue that the breach was mounted by the group Umber Kite.", "Umber Kite"],
      ['Auditors believe the intrusion was orchestrated by a crew "Vex_Harrow".', "Vex_Harrow"],
    ] as const)
      expect(groups(wire(`${hit}${body}`))).toEqual([name]);
  });

  it("reads the name after 'carried out by', 'traced to', 'blamed on' and 'the work of'", () => {
    for (const [body, name] of [
      ["The police said the intrusion was carried out by Copper Wren.", "Copper Wren"],
      ["Investigators said the wiper has been traced to Pewter Ibis, a crew selling access.", "Pewter Ibis"],
      ["Officials said the attack was blamed on Kelp Shrike.", "Kelp Shrike"],
      [
        "The regulator said the intrusion was the work of Slate Marmot, which it has followed for years.",
        "Slate Marmot",
      ],
      ['The ministry said the attack was carried out by the so-called "Harbour Lynx".', "Harbour Lynx"],
    ] as const) {
      const ex = extract(wire(`${hit}${body}`));
      expect(groups(wire(`${hit}${body}`))).toEqual([name]);
      const incident = incidents(ex)[0]!;
      expect(
        hasClaim(ex, "attributed-to", incident.key, `group:${name.toLowerCase().replace(" ", "-")}`),
      ).toBe(true);
    }
  });

  it("knows the group wherever the article names it again", () => {
    const ex = extract(
      wire(
        `Copper Wren has struck before. ${hit}The police said the intrusion was carried out by Copper Wren.`,
      ),
    );
    const group = ex.entities.find((e) => e.label === "Copper Wren");
    expect(group?.type).toBe("group");
    expect(group?.mentions.length).toBe(2);
  });

  it("takes no name that qualifies a noun, no person and no body", () => {
    for (const body of [
      "The police said the intrusion was carried out by Maltese hackers.",
      "The police said the intrusion was carried out by Russian intelligence officers.",
      "The police said the intrusion was carried out by Joseph Camilleri, a former employee.",
      "The police said the audit was carried out by Grant Holdings Ltd.",
      "The police said the response was carried out by the National Cyber Centre.",
      "The police said a survey of the damage was conducted by Gallowmere last spring.",
      "Investigators said the intrusion was carried out by Borg, a sacked systems engineer.",
      "The police said the breach was traced to Fennick, a Dutch hosting company.",
      "The police said the forensic review of the intrusion was carried out by Quillmark.",
      "The police said the response to the attack was led and carried out by Harrowgate Labs.",
      "Prosecutors said the intrusion was carried out by Dragomir, who was detained in Sofia.",
      "Investigators said the intrusion was traced back to Mount Carmel.",
    ])
      expect(groups(wire(`${hit}${body}`))).toEqual([]);
  });

  it("takes after 'traced to' and 'blamed on' only a name shaped like a crew's, never a posting service", () => {
    for (const body of [
      "Investigators said the stolen records were traced to Telegram, where they were offered for sale.",
      "Some officials said the attack was blamed on Ravelli in early reports.",
      "Investigators said the intrusion was traced to Port Louis in Mauritius.",
      "The breach was traced to Cobalt Cloud Hosting, where the attackers had rented servers.",
    ])
      expect(groups(wire(`${hit}${body}`))).toEqual([]);
    expect(groups(wire(`${hit}Officials said the attack was blamed on Gr1m_Tide.`))).toEqual(["Gr1m_Tide"]);
  });
});
