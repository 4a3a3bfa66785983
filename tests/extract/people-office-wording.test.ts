import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { extract, hasClaim, testGazetteer } from "./helpers";

const affiliations = (text: string) =>
  extract(text)
    .claims.filter((c) => c.type === "affiliated-with")
    .map((c) => `${c.source} -> ${c.target}`)
    .sort();

const personLabels = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.label)
    .sort();

describe("offices written before a name are titles, not name words", () => {
  it("keeps 'Undersecretary', 'Premier', 'Chairwoman' and 'Professor' out of the name and reads them as the role", () => {
    const ex = extract("Undersecretary Lorna Dizon said the outage would last a week.");
    expect(ex.entities.find((e) => e.type === "person")).toMatchObject({
      label: "Lorna Dizon",
      role: "Undersecretary",
    });
    expect(personLabels("Premier Zhao Minghui said the claims were groundless.")).toEqual(["Zhao Minghui"]);
    expect(personLabels("Chairwoman Ilona Varga opened the hearing on the breach.")).toEqual(["Ilona Varga"]);
    expect(
      extract("Professor Anna Berg of Lund said the outage would last a week.").entities.find(
        (e) => e.type === "person",
      ),
    ).toMatchObject({ label: "Anna Berg", role: "Professor" });
  });

  it("affiliates a titled person with the body named after 'of' behind its state's possessive", () => {
    const ex = extract(
      "The breach was confirmed by Undersecretary Wanjiku Mwangi of Kenya's Communications Authority on Tuesday.",
    );
    const office = ex.claims.find(
      (c) => c.type === "affiliated-with" && c.source === "person:wanjiku-mwangi",
    );
    expect(office?.target).toMatch(/^agency:.*communications-authority/);
  });

  it("reads a name after an honorific written with its full stop ('Hon.', 'Dr.'), the office before it its role", () => {
    const ex = extract(
      "Hackers locked the payroll servers of Tonga on Monday, said the Minister for Fisheries, Hon. Viliami Taufa.",
    );
    expect(ex.entities.find((e) => e.type === "person")).toMatchObject({
      label: "Viliami Taufa",
      role: "Minister for Fisheries",
    });
    expect(personLabels("The outage was confirmed by Dr. Mereani Tuilagi on Friday.")).toEqual([
      "Mereani Tuilagi",
    ]);
  });

  it("does not read a state after 'of' as the body of a title that names none", () => {
    expect(affiliations("Deputy Governor Ilona Varga of Hungary said the bank was hit.")).not.toContainEqual(
      expect.stringMatching(/-> agency:/),
    );
  });
});

describe("a body owning the one a person serves in", () => {
  // An invented signals service and its numbered unit, both known bodies (as the GRU and its units are).
  const context = createExtractionContext({
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
        key: "agency:dsr-unit-4172",
        label: "DSR Unit 4172",
        type: "agency",
        aliases: ["Unit 4172"],
        country: "state:peru",
      },
    ],
  });
  const officesOf = (text: string, person: string) =>
    extractDocument({ id: "unit.txt", text }, context)
      .claims.filter((c) => c.type === "affiliated-with" && c.source === person)
      .map((c) => c.target);

  it("affiliates officers serving in a service's numbered unit with the unit only", () => {
    const text =
      "The indictment names Pavel Gromov and Yuri Sokolenko, both serving in the DSR's Unit 4172, as the organisers.";
    for (const person of ["person:pavel-gromov", "person:yuri-sokolenko"]) {
      const offices = officesOf(text, person);
      expect(offices).toEqual(["agency:dsr-unit-4172"]);
    }
  });

  it("keeps a service named alone, possessive or not", () => {
    expect(
      officesOf("Pavel Gromov, a DSR officer, ran the servers, prosecutors said.", "person:pavel-gromov"),
    ).toEqual(["agency:dsr"]);
    expect(
      officesOf(
        "Pavel Gromov, the DSR's deputy director, ran the servers, prosecutors said.",
        "person:pavel-gromov",
      ),
    ).toEqual(["agency:dsr"]);
  });
});

describe("an office told by a verb in a relative clause after the name", () => {
  const firm = "Analysts at Brightwater Labs took the loader apart over the weekend.";

  it("affiliates 'X, who runs the threat-hunting team at Firm Y' with the firm", () => {
    const ex = extract(
      `${firm} "It wipes the disks," said Otieno Wambua, who runs the threat-hunting team at Brightwater Labs.`,
    );
    expect(hasClaim(ex, "affiliated-with", "person:otieno-wambua", "organization:brightwater-labs")).toBe(
      true,
    );
  });

  it("reads no office in a body a participle clause of the office names ('the committee investigating the breach at X')", () => {
    const hit = "Intruders emptied accounts at the Bank of Lusaka on Friday.";
    expect(
      affiliations(
        `${hit} "It was planned," said Mulenga Phiri, who heads the panel investigating the theft at the Bank of Lusaka.`,
      ),
    ).toEqual([]);
  });

  it("reads no office in what the work is about or where the person goes ('a documentary about the hack of X')", () => {
    const ex = extract(
      '"The leak is serious," said Jonas Berg, who directs a documentary about the hack of Sweden\'s tax agency.',
    );
    expect(ex.claims.filter((c) => c.type === "affiliated-with")).toEqual([]);
    expect(ex.claims.some((c) => c.type === "attacked")).toBe(true);
    expect(
      affiliations('"It is serious," said Ana Ruiz, who heads to Brussels on Monday for talks at NATO.'),
    ).toEqual([]);
  });

  it("reads no office from a past verb (a post no longer held) nor from leading an inquiry", () => {
    expect(
      affiliations(
        `${firm} "It wipes the disks," said Otieno Wambua, who ran the threat-hunting team at Brightwater Labs until 2021.`,
      ),
    ).toEqual([]);
    expect(affiliations(`${firm} "It wipes the disks," said Otieno Wambua, who leads the inquiry.`)).toEqual(
      [],
    );
  });
});

describe("a courtesy title between an office's comma and the name", () => {
  it("reads the office before the comma, not the courtesy title ('…, Ambassador A', '…, the Hon. A', '…, Eng. A')", () => {
    expect(
      affiliations(
        "The spokeswoman of Chile's Ministry of Energy, Ambassador Lucia Ferreyra, told reporters that the outage was over.",
      ),
    ).toEqual(["person:lucia-ferreyra -> agency:chile-ministry-of-energy"]);
    const hon = extract(
      "Chile's Minister of Energy, the Hon. Lucia Ferreyra, told reporters that the outage was over.",
    );
    expect(hon.entities.find((e) => e.type === "person")).toMatchObject({
      label: "Lucia Ferreyra",
      role: "Chile's Minister of Energy",
    });
    expect(
      affiliations(
        "The director of Kenya's Water Resources Authority, Eng. Peter Mwangi, said the pumps were back.",
      ),
    ).toEqual(["person:peter-mwangi -> agency:kenya-water-resources-authority"]);
  });

  it("keeps a courtesy title as the role when no office stands before it, and 'Eng' without its stop as a name word", () => {
    const alone = extract("Ambassador Tomas Ruiz told reporters that the outage in Chile was over.");
    expect(alone.entities.find((e) => e.type === "person")).toMatchObject({
      label: "Tomas Ruiz",
      role: "Ambassador",
    });
    expect(personLabels("Singapore's minister Eng Wei Ming said the pumps were back.")).toEqual([
      "Eng Wei Ming",
    ]);
  });
});
