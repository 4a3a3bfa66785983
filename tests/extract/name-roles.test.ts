/**
 * Role typing: a name no gazetteer holds, typed by what the article says it is ("X was an extortion
 * gang") or how it refers back to it ("X draws its funding from"). Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const wire = (body: string) => `LISBON, 12 May 2026 (Reuters) - ${body}`;
const hit = "Intruders scrambled the ticketing servers of Portugal's ferry operator on Friday. ";
const typed = (text: string, type: string) =>
  extract(wire(text))
    .entities.filter((e) => e.type === type)
    .map((e) => e.label);

describe("a name the article says is a threat group", () => {
  it("types the subject of a copula before a threat group's noun", () => {
    for (const [body, name] of [
      ["Officials think Amber Gecko is a state-backed crew with deep pockets.", "Amber Gecko"],
      ["Court papers show that Tallow Shrew was an extortion gang for a decade.", "Tallow Shrew"],
      ["Analysts stressed that Quartz Loris was a hacking group from the start.", "Quartz Loris"],
    ] as const)
      expect(typed(`${hit}${body}`, "group")).toContain(name);
  });

  it("keeps a company a company when the article calls it a national group, and its attack", () => {
    const text = `${hit}Hackers also hit the yard servers of Eriksholm Marine last week. Eriksholm Marine is a Danish group that builds tugs.`;
    const ex = extract(wire(text));
    expect(typed(text, "group")).toEqual([]);
    expect(hasClaim(ex, "attacked", "incident:*", "organization:eriksholm-marine")).toBe(true);
  });

  it("does not type a name by what the article says it is not", () => {
    expect(
      typed(`${hit}Staff stressed that Corvina Advisory is not a hacking group but a consultancy.`, "group"),
    ).toEqual([]);
  });

  it("does not type a group noun that says nothing of threats", () => {
    expect(
      typed(`${hit}Officials noted that Harbour Voices is a civic group in the capital.`, "group"),
    ).toEqual([]);
  });
});

describe("a name referred back to as a thing", () => {
  it("takes an agent's name that opens with a given name for a group, not a person", () => {
    const text = `${hit}The police said the breach was carried out by Ruby Agouti. Ruby Agouti draws its funding from abroad.`;
    const ex = extract(wire(text));
    expect(typed(text, "group")).toEqual(["Ruby Agouti"]);
    expect(typed(text, "person")).toEqual([]);
    expect(hasClaim(ex, "attributed-to", incidents(ex)[0]!.key, "group:ruby-agouti")).toBe(true);
  });

  it("keeps a person an agent's name the article refers to by surname", () => {
    const text = `${hit}The police said the breach was carried out by Ruby Alvarez. Officers said Alvarez was arrested in Porto.`;
    expect(typed(text, "group")).toEqual([]);
  });

  it("keeps a group whose last word opens a later sentence or is an ordinary word", () => {
    for (const [body, name] of [
      [
        "The police said the breach was carried out by Mirelo Quokka. Quokka sightings online have since stopped.",
        "Mirelo Quokka",
      ],
      [
        "The police said the breach was carried out by Cinder Team. Officers said the Team logo was left on a wall.",
        "Cinder Team",
      ],
    ] as const)
      expect(typed(`${hit}${body}`, "group")).toContain(name);
  });
});

describe("a name shaped as the security vendors name threat groups", () => {
  it("takes a name ending on an animal or weather word for a group in an article about an attack", () => {
    for (const name of ["Quartz Marmot", "Cinder Sleet"]) {
      const text = `${hit}Officials blamed ${name} for the intrusion on Sunday.`;
      const ex = extract(wire(text));
      expect(typed(text, "group")).toEqual([name]);
      expect(
        hasClaim(ex, "attributed-to", incidents(ex)[0]!.key, `group:${name.toLowerCase().replace(" ", "-")}`),
      ).toBe(true);
    }
  });

  it("leaves a company's longer name, a state's nickname and an article with no attack alone", () => {
    expect(typed(`${hit}Shares in Copper Badger Holdings fell after the intrusion.`, "group")).toEqual([]);
    expect(typed(`${hit}Columnists wrote that the Russian Bear was behind the intrusion.`, "group")).toEqual(
      [],
    );
    expect(
      extract(
        wire("The zoo said Quartz Marmot, its oldest resident, turned twelve on Sunday."),
      ).entities.filter((e) => e.type === "group"),
    ).toEqual([]);
  });
});

describe("a vendor-shaped name that is a person's or a tool's", () => {
  it("types no group from a person whose surname is an animal, nor from a tool named by a naming verb", () => {
    const text = `${hit}Backups were intact, said Greta Heron, a spokeswoman for the operator. Analysts said a wiper dubbed Night Scorpion was used.`;
    expect(typed(text, "group")).toEqual([]);
  });
});

describe("a name the article says keeps an extortion crew's site", () => {
  it("types the subject whose clause ends on its own leak site, and the possessor of one", () => {
    for (const [body, name] of [
      ["A week later QuillHarrow put the stolen rosters on its leak site.", "QuillHarrow"],
      ["Since Monday, Brine Vesper has boasted about the haul on their leak blog.", "Brine Vesper"],
      ["Payroll records surfaced on Tern_Gild's leak site before dawn.", "Tern_Gild"],
    ] as const)
      expect(typed(`${hit}${body}`, "group")).toContain(name);
  });

  it("does not type a subject whose clause names someone else's possessions first", () => {
    expect(typed(`${hit}Harlan Docks found its manifests on their leak site.`, "group")).toEqual([]);
  });
});
