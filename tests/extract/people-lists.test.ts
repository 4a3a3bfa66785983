import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const personLabels = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.label)
    .sort();

describe("persons named in lists, after ranks and after a verb of speech", () => {
  it("reads a name listed beside a person as a person, before or after it", () => {
    expect(
      personLabels("Investigators have identified Gulnara Sadykova and Zhou Haitao as the buyers."),
    ).toEqual(["Gulnara Sadykova", "Zhou Haitao"]);
    expect(personLabels("A Latvian court fined Zhou Haitao and Teodor Vasilescu for the leak.")).toEqual([
      "Teodor Vasilescu",
      "Zhou Haitao",
    ]);
  });

  it("reads military ranks before a name as titles ('Captain', 'Maj.', 'Senior Lieutenant')", () => {
    expect(personLabels("Lt. Col. Ruslan Tkachyov, 44, and Maj. Arkady Shelepin ran the servers.")).toEqual([
      "Arkady Shelepin",
      "Ruslan Tkachyov",
    ]);
    expect(
      personLabels("The warrant names Captain Artem Kuzovlev and Senior Lieutenant Vera Golubtsova."),
    ).toEqual(["Artem Kuzovlev", "Vera Golubtsova"]);
  });

  it("keeps a rank that is also a title out of the honorifics ('Director-General', 'Major General')", () => {
    const ex = extract("Director-General Ama Boateng-Quaye said her office was working on the case.");
    expect(ex.entities.find((e) => e.type === "person")).toMatchObject({
      label: "Ama Boateng-Quaye",
      role: "Director-General",
    });
  });

  it("reads a name right after a verb of speech that closes a quotation", () => {
    expect(personLabels('"The loader is the same one," said Yerlan Abdrakhmanov, who runs the lab.')).toEqual(
      ["Yerlan Abdrakhmanov"],
    );
  });

  it("reads no person in capitalised words after a rank-like adjective or in a list of companies", () => {
    expect(personLabels("Major Lenders in Ruritania paused their card payments.")).toEqual([]);
    expect(personLabels("Northwind Analytics and Blue Harbor Labs said the flaw was patched.")).toEqual([]);
  });
});

describe("transcript speaker lines", () => {
  it("reads a name in capitals opening a line, with the body in brackets, as a person serving it", () => {
    const ex = extract(
      "Excerpts follow.\n\nLUCIA FERREYRA (Ministry of Finance): The outage began at dawn and lasted until noon.\n\nLUCIA FERREYRA: We have asked for help.",
    );
    const persons = ex.entities.filter((e) => e.type === "person");
    expect(persons.map((e) => e.label)).toEqual(["Lucia Ferreyra"]);
    expect(hasClaim(ex, "affiliated-with", "person:lucia-ferreyra", "agency:ministry-of-finance")).toBe(true);
  });

  it("reads no person in a heading in capitals or in capitals inside a sentence", () => {
    expect(personLabels("Timeline.\n\nLATEST UPDATES: The portal was restored on Friday.")).toEqual([]);
    expect(personLabels("Officials said MARKET WATCH: prices fell.")).toEqual([]);
  });
});

describe("weak person cues need a name of their own", () => {
  it("reads no person in a company or collective listed beside a person", () => {
    expect(
      personLabels(
        "Prosecutors charged Jorge Soto and Blue Harbor over the phishing campaign against Peru's tax office in March 2024.",
      ),
    ).toEqual(["Jorge Soto"]);
    expect(
      personLabels(
        "The minister thanked Jorge Soto and Microsoft Teams for help after hackers hit Peru's tax office.",
      ),
    ).toEqual(["Jorge Soto"]);
    expect(
      personLabels(
        "The report on the attack on Peru's tax office was written by Ana Quispe and Silver Lantern, a research collective.",
      ),
    ).toEqual(["Ana Quispe"]);
    expect(
      personLabels(
        "Peru's tax office said Jorge Soto, Kestrel Lane and Orvia Point had been told of the breach.",
      ),
    ).toEqual(["Jorge Soto"]);
  });

  it("reads no person in the complement of an office or an 'of the X' phrase before a listed name", () => {
    expect(
      personLabels(
        "The call was joined by Ana Quispe of the Andean Cyber Incident Response Team and Rosa Diaz.",
      ),
    ).toEqual(["Ana Quispe", "Rosa Diaz"]);
    expect(
      personLabels(
        "Speaking for the Department of Ports, Roads and Public Works, Director Tomas Vell said the portal was down.",
      ),
    ).toEqual(["Tomas Vell"]);
  });

  it("reads no person in a body quoted after a verb of speech", () => {
    expect(
      personLabels('"We are looking into it," said Human Rights Watch, which tracks the spyware.'),
    ).toEqual([]);
    expect(
      personLabels('"It was a clean operation," said Sable Fang, a ransomware gang, in a post.'),
    ).toEqual([]);
  });

  it("reads no speaker in a heading of ordinary words before a bracket and a colon", () => {
    for (const heading of ["PRESS RELEASE", "LIVE UPDATES", "STATEMENT BY", "EDITOR NOTE"])
      expect(
        personLabels(
          `Posted Monday.\n\n${heading} (National Police of Peru): Hackers hit Peru's tax office on Monday.`,
        ),
      ).toEqual([]);
  });
});
