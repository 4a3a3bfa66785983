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
