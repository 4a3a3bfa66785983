import { describe, expect, it } from "vitest";
import type { Gazetteer } from "../../src/model";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { extract, hasClaim, testGazetteer } from "./helpers";

describe("owners written before a body's name", () => {
  it("reads a bloc's commission named after the bloc as the bloc itself", () => {
    const ex = extract(
      "Hackers shut down the customs portal of Moldova on Friday. The NATO Commission denounced the outage in a short note.",
    );
    const nato = ex.entities.find((e) => e.key === "organization:nato")!;
    expect(nato.aliases).toContain("NATO Commission");
    expect(ex.entities.some((e) => e.type === "agency" && e.label === "Commission")).toBe(false);
    expect(ex.claims.some((c) => c.type === "part-of" && c.target === "organization:nato")).toBe(false);
  });

  it("keeps a place the text alone names inside a body's name, and the body's state as its owner", () => {
    const ex = extract(
      "Hackers hit West Sulawesi police files, Indonesia says\n\nIntruders reached the payroll server of the West Sulawesi Harbour Police on Sunday, Indonesia's cyber agency said.",
    );
    expect(ex.entities.some((e) => e.label === "Harbour Police")).toBe(false);
    const police = ex.entities.find((e) => e.label === "West Sulawesi Harbour Police")!;
    expect(police.country).toBe("state:indonesia");
  });

  it("keeps a company opening its unit's name as the unit's owner, not a place", () => {
    const ex = extract(
      "Hackers hit Zentra Telecom files, Kenya says\n\nIntruders reached the payroll server of the Zentra Telecom Security Directorate on Sunday, Kenya's cyber agency said.",
    );
    const unit = ex.entities.find((e) => e.label.endsWith("Security Directorate"));
    expect(unit).toBeDefined();
    expect(hasClaim(ex, "part-of", unit?.key ?? "", "organization:zentra-telecom")).toBe(true);
    expect(hasClaim(ex, "part-of", unit?.key ?? "", "state:kenya")).toBe(false);
  });

  it("reads no place in a company written after 'in' ('shareholders in X')", () => {
    const ex = extract(
      "Hackers hit Orvia files, Kenya says\n\nShareholders in Orvia were told on Monday that intruders had reached the records of the Orvia Fraud Directorate, Kenya's cyber agency said.",
    );
    const unit = ex.entities.find((e) => e.label.endsWith("Fraud Directorate"));
    expect(unit).toBeDefined();
    expect(hasClaim(ex, "part-of", unit?.key ?? "", "state:kenya")).toBe(false);
  });

  it("names no body for a unit named by publicity nouns alone", () => {
    const ex = extract(
      "Hackers defaced the tax portal of Portugal on Friday. Questions went to the Media and Image Department, which gave no details about the outage.",
    );
    expect(ex.entities.some((e) => e.label.includes("Image Department"))).toBe(false);
  });

  it("names an embassy by its host state too", () => {
    const ex = extract(
      "Hackers shut down the port authority of Kenya on Friday. The Russian embassy in Nairobi called the charge baseless.",
    );
    const embassy = ex.entities.find((e) => e.label === "Embassy of Russia in Nairobi")!;
    expect(embassy.aliases).toContain("Embassy of Russia in Kenya");
  });

  it("keeps the article the text gives an embassy's state in the embassy's aliases", () => {
    const ex = extract(
      "Hackers wiped the land registry of Malawi on Monday. The United States' embassy has offered forensic help to the government.",
    );
    const embassy = ex.entities.find((e) => e.type === "agency" && e.country === "state:united-states")!;
    expect(embassy.aliases).toContain("Embassy of the United States");
    expect(embassy.aliases).toContain("Embassy of the United States in Malawi");
  });

  it("gives one key to an embassy however the text spells its state", () => {
    const embassyKey = (owner: string) =>
      extract(
        `A ransomware gang locked the payroll of Zambia's post office in June. ${owner} embassy lent two analysts to the postal service.`,
      ).entities.find((e) => e.type === "agency" && e.country === "state:united-states")?.key;
    expect(embassyKey("The United States'")).toBe("agency:embassy-of-united-states");
    expect(embassyKey("The US's")).toBe("agency:embassy-of-united-states");
  });

  it("reads the embassy of a state named before a title-cased office word, and its denial", () => {
    const ex = extract(
      "Hackers wiped the servers of Lesotho's water board on Sunday. Officials in Maseru blamed Kenya. The Embassy of Kenya Spokesperson said the charge was false.",
    );
    const embassy = ex.entities.find((e) => e.key === "agency:embassy-of-kenya");
    expect(embassy).toMatchObject({ label: "Embassy of Kenya", country: "state:kenya" });
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "agency:embassy-of-kenya")).toBe(true);
  });

  it("reads no embassy from a state's name that merely modifies the noun", () => {
    const ex = extract(
      "Hackers wiped the land registry of Malawi on Monday. The United States embassy warned travellers about delays.",
    );
    expect(ex.entities.some((e) => e.label.startsWith("Embassy"))).toBe(false);
  });

  it("names a state's mission to the United Nations by the body it is accredited to, its seat an alias", () => {
    const ex = extract(
      "Hackers wiped the land registry of Malawi on Monday. A statement from Chile's Permanent Mission to the UN in Vienna dismissed the report on Tuesday.",
    );
    const mission = ex.entities.find((e) => e.label === "Permanent Mission of Chile to the United Nations")!;
    expect(mission).toMatchObject({ type: "agency", country: "state:chile" });
    expect(mission.aliases).toContain("Permanent Mission of Chile to the United Nations in Vienna");
    expect(ex.entities.some((e) => e.label.startsWith("Embassy"))).toBe(false);
  });
});

describe("a gazetteer alias written with its article", () => {
  const gazetteer: Gazetteer = {
    entities: [
      ...testGazetteer.entities.filter((e) => e.key !== "organization:nato"),
      { key: "organization:nato", label: "NATO", type: "organization", aliases: ["the Alliance"] },
    ],
  };
  const context = createExtractionContext(gazetteer, { referenceYear: 2026 });
  const read = (text: string) => extractDocument({ id: "doc.txt", text }, context);

  it("does not read the opening of a longer capitalised name as the aliased body", () => {
    const ex = read(
      "Gunmen torched a customs depot near the Benin border on Tuesday. The Alliance of Sahel States denounced the raid and promised aid to Niamey.",
    );
    expect(ex.entities.some((e) => e.key === "organization:nato")).toBe(false);
  });

  it("still reads the alias where it stands alone", () => {
    const ex = read(
      "Hackers defaced the website of Estonia's defence ministry. The Alliance promised technical support.",
    );
    expect(ex.entities.some((e) => e.key === "organization:nato")).toBe(true);
  });
});

describe("owners of bodies the text names with no owner", () => {
  const opening = "Payment systems stalled across the region this week. Tellers sent customers home. ";
  const closing =
    " Analysts expect more outages this month. The Department of Finance said salaries would be paid late.";

  it("gives the body no owner when two states are named as often as each other", () => {
    const ex = extract(
      `${opening}Engineers in Peru and Chile traced the fault to a worm. Banks in Chile and Peru reopened branches on Friday.${closing}`,
    );
    const body = ex.entities.find((e) => e.type === "agency" && e.label.includes("Department of Finance"));
    expect(body).toBeDefined();
    if (!body) return;
    expect(body.country).toBeUndefined();
    expect(ex.claims.some((c) => c.type === "part-of")).toBe(false);
  });

  it("gives the body the state the article plainly speaks of most", () => {
    const ex = extract(
      `${opening}Engineers in Peru traced the fault to a worm. Banks in Peru and Chile reopened branches on Friday, and Peru paid pensions.${closing}`,
    );
    const body = ex.entities.find((e) => e.type === "agency" && e.label.includes("Department of Finance"));
    expect(body).toBeDefined();
    if (!body) return;
    expect(body.country).toBe("state:peru");
  });
});
