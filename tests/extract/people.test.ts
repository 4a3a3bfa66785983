import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "./helpers";

describe("persons and their offices", () => {
  it("reads a title before the name and the state of a demonym in it", () => {
    const ex = extract("Finnish Prime Minister Sanna Virta said the attack was serious.");
    const person = ex.entities.find((e) => e.type === "person")!;
    expect(person).toMatchObject({ key: "person:sanna-virta", role: "Finnish Prime Minister" });
    expect(hasClaim(ex, "affiliated-with", "person:sanna-virta", "state:finland")).toBe(true);
  });

  it("reads an apposition after the name with a possessive state", () => {
    const ex = extract("Tomas Berg, Norway's defence minister, told reporters the network was probed.");
    expect(hasClaim(ex, "affiliated-with", "person:tomas-berg", "state:norway")).toBe(true);
  });

  it("reads an organization before the title", () => {
    const ex = extract("EU foreign policy chief Maria Lund condemned the hack.");
    expect(hasClaim(ex, "affiliated-with", "person:maria-lund", "organization:european-union")).toBe(true);
  });

  it("reads a role phrase with a demonym before a comma and the name", () => {
    const ex = extract("He met his Swedish counterpart, Erik Holm, in Oslo.");
    expect(hasClaim(ex, "affiliated-with", "person:erik-holm", "state:sweden")).toBe(true);
  });

  it("gives the office to the next person named after a role without a name", () => {
    const ex = extract(
      "The European Union's top diplomat spoke on Monday. Carla Vidal told reporters the bloc would respond.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:carla-vidal", "organization:european-union")).toBe(true);
  });

  it("resolves a surname and a spelling variant of it to the person first named", () => {
    const ex = extract(
      "Interior Minister Dragan Konievych of Serbia spoke first. Konievych said the attack was foreign. Later Konevich told state television more.",
    );
    const persons = ex.entities.filter((e) => e.type === "person");
    expect(persons).toHaveLength(1);
    expect(persons[0]!.mentions).toHaveLength(3);
  });

  it("reads a name broken by a hard line break of wire copy as one name", () => {
    for (const [text, label] of [
      [
        '"We see no foreign hand," interior ministry spokesman Tarik\nBenali said on Tuesday.',
        "Tarik Benali",
      ],
      [
        "The order was signed by the agency's director, Oksana\nTarvelko, and posted online.",
        "Oksana Tarvelko",
      ],
    ]) {
      const persons = extract(text!).entities.filter((e) => e.type === "person");
      expect(persons.map((e) => e.label)).toEqual([label]);
    }
  });

  it("keeps an initial in the name ('P. Lakshman Varma')", () => {
    for (const [text, label] of [
      [
        "The utility's managing director, P. Lakshman Varma, told reporters supply was normal.",
        "P. Lakshman Varma",
      ],
      ["Port manager J. Ortega Blanco said the cranes stood idle for a day.", "J. Ortega Blanco"],
    ]) {
      const persons = extract(text!).entities.filter((e) => e.type === "person");
      expect(persons.map((e) => e.label)).toEqual([label]);
    }
  });

  it("keeps a two-letter given name that spells a small word ('Ri In Chol')", () => {
    const ex = extract(
      "Ri In Chol, Pyongyang's envoy to the United Nations, called the charges a fabrication.",
    );
    expect(ex.entities.filter((e) => e.type === "person").map((e) => e.label)).toEqual(["Ri In Chol"]);
    expect(hasClaim(ex, "affiliated-with", "person:ri-in-chol", "state:north-korea")).toBe(true);
    const other = extract(
      "North Korea's deputy foreign minister, Pak An Gil, rejected the report on Friday.",
    );
    expect(other.entities.filter((e) => e.type === "person").map((e) => e.label)).toEqual(["Pak An Gil"]);
  });

  it("finds a person again by a surname written with a capital particle ('Al-Sadiq')", () => {
    const ex = extract(
      "Trade Minister Omar al-Sadiq of Jordan spoke first on Sunday. Al-Sadiq said the outage was over.",
    );
    const persons = ex.entities.filter((e) => e.type === "person");
    expect(persons.map((e) => e.label)).toEqual(["Omar al-Sadiq"]);
    expect(persons[0]!.mentions).toHaveLength(2);
  });

  it("does not take place names or institutions for people", () => {
    const ex = extract("The Defence Staff met at Windsor Castle on Monday.");
    expect(ex.entities.filter((e) => e.type === "person")).toEqual([]);
  });
});

describe("people and the offices they speak for", () => {
  it("affiliates 'X, the interior ministry spokeswoman,' with that ministry, not with a state nearby", () => {
    const ex = extract(
      "BERLIN (Reuters) - Lena Vogt, the interior ministry spokeswoman, said Russia was behind the attack.",
    );
    const person = ex.entities.find((e) => e.type === "person");
    expect(person).toMatchObject({ label: "Lena Vogt" });
    const affiliations = claimsOf(ex, "affiliated-with").map((c) => c.target);
    expect(affiliations).toEqual(["agency:ministry-of-interior"]);
    expect(ex.entities.some((e) => e.type === "agency" && e.label === "Lena Vogt")).toBe(false);
  });

  it("keeps titles and ranks out of the label and gives no affiliation from the dateline alone", () => {
    const ex = extract("PARIS (Reuters) - Admiral Marc Dubois said the attack was serious.");
    expect(ex.entities.find((e) => e.type === "person")?.label).toBe("Marc Dubois");
    expect(claimsOf(ex, "affiliated-with")).toEqual([]);
  });

  it("affiliates a body's spokesperson with the body only: the body is part of its state", () => {
    const ex = extract(
      "Ola Berg, a spokesman for Norway's foreign ministry, said the servers were restored.",
    );
    expect(claimsOf(ex, "affiliated-with").map((c) => c.target)).toEqual([
      "agency:norway-ministry-of-foreign-affairs",
    ]);
    expect(hasClaim(ex, "part-of", "agency:norway-ministry-of-foreign-affairs", "state:norway")).toBe(true);
  });
});

describe("a bare head-of-body title", () => {
  it("affiliates 'Deputy Governor X' with the bank just named, and never with a body just accused", () => {
    const ex = extract(
      "Ransomware locked payment terminals at the Central Bank of Lesotho over the weekend. Officials spoke on Tuesday. Deputy Governor Mpho Lerato said reserves were safe.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:mpho-lerato", "agency:lesotho-central-bank")).toBe(true);
    const accused = extract(
      "Hackers breached the servers of Estonia's tax board last week, and investigators blamed the Federal Office for Information Security for the intrusion. Director-General Piet Aalders said nothing more.",
    );
    expect(hasClaim(accused, "affiliated-with", "person:piet-aalders", "agency:bsi")).toBe(false);
  });

  it("gives a governor no body that a governor does not head (a revenue department, a police force)", () => {
    const revenue = extract(
      "Intruders defaced the portal of the Oregon Department of Revenue on Sunday. Governor Dana Whitfield called the attack reckless.",
    );
    expect(claimsOf(revenue, "affiliated-with").filter((c) => c.source === "person:dana-whitfield")).toEqual(
      [],
    );
    const police = extract(
      "Ransomware hit the Chilean Federal Police on Friday. Governor Ramon Ortuzar said he was briefed.",
    );
    expect(hasClaim(police, "affiliated-with", "person:ramon-ortuzar", "agency:chile-police")).toBe(false);
  });
});

describe("a title after 'according to'", () => {
  it("serves the body its initials name, not the body named last ('to' is no posting)", () => {
    const ex = extract(
      "The Frontier Security Bureau (FSB) linked the breach to a unit of Iran's Islamic Revolutionary Guard Corps. According to FSB spokeswoman Ada Okoro, the stolen files were never published.",
    );
    expect(claimsOf(ex, "affiliated-with").map((c) => `${c.source} ${c.target}`)).toEqual([
      "person:ada-okoro agency:frontier-security-bureau",
    ]);
  });
});

describe("a name with particles", () => {
  it("reads four name words besides its particles ('Khalid bin Saeed Al Nuaimi')", () => {
    const ex = extract("Oman's Interior Minister, Khalid bin Saeed Al Nuaimi, said the outage was over.");
    expect(ex.entities.filter((e) => e.type === "person").map((e) => e.label)).toEqual([
      "Khalid bin Saeed Al Nuaimi",
    ]);
  });
});
