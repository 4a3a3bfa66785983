/** Public bodies by the shape of their names and descriptions (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const agencies = (text: string) => extract(text).entities.filter((e) => e.type === "agency");

describe("capitalised public bodies of more shapes", () => {
  it("reads 'Directorate General of X and Y' as one body, its owner after 'of'", () => {
    const ex = extract(
      "Intruders locked the Directorate General of Roads and Bridges of Ghana out of its mail on Friday.",
    );
    const body = ex.entities.find((e) => e.label.startsWith("Directorate General of Roads and Bridges"));
    expect(body).toMatchObject({ type: "agency", country: "state:ghana" });
  });

  it("keeps 'General' as an office after a head when no 'of' follows ('the Police General Ana Soto')", () => {
    expect(agencies("Ghana's Police General Kofi Mensah spoke at length on Friday.")).not.toContainEqual(
      expect.objectContaining({ label: expect.stringContaining("Police General") }),
    );
  });

  it("makes a registry a public body, named in full or with its short form in brackets", () => {
    expect(
      agencies("Thieves emptied the archive of the Civil Status Registry of Ghana last winter."),
    ).toContainEqual(expect.objectContaining({ country: "state:ghana" }));
    const ex = extract(
      "Ghana said the National Vehicle Registry (NVR) lost four days of records to ransomware.",
    );
    expect(ex.entities.find((e) => e.label.startsWith("National Vehicle Registry"))?.type).toBe("agency");
  });

  it("reads an inspectorate as a public body", () => {
    const ex = extract("Ghana's Labour Inspectorate saw its case files encrypted on Friday.");
    expect(ex.entities.find((e) => e.label.startsWith("Labour Inspectorate"))).toMatchObject({
      type: "agency",
      country: "state:ghana",
    });
  });

  it("reads an institute or hub as a public body only with a public word in its name", () => {
    const ex = extract("Ghana's National Seismology Institute lost its sensor feeds to a wiper on Friday.");
    const body = ex.entities.find((e) => e.label.startsWith("National Seismology Institute"));
    expect(body).toMatchObject({ type: "agency", country: "state:ghana" });
    expect(hasClaim(ex, "part-of", body!.key, "state:ghana")).toBe(true);
    expect(
      extract("Hackers wiped the Institute of Pension Insurance in Ghana on Friday.").entities.find((e) =>
        e.label.startsWith("Institute of Pension Insurance"),
      )?.type,
    ).toBe("agency");
    expect(agencies("Ghana's Kestrel Ridge Institute said the theft went unnoticed for weeks.")).toHaveLength(
      0,
    );
    expect(agencies("Ghana's Startup Innovation Hub said the theft went unnoticed for weeks.")).toHaveLength(
      0,
    );
  });
});

describe("lower-case public bodies", () => {
  it("reads a lower-case body before a speaker's title with no article ('foreign ministry spokesman X')", () => {
    const ex = extract(
      "Speaking in Accra, foreign ministry spokeswoman Efua Boateng called the charge absurd. Ghana denied it.",
    );
    const body = ex.entities.find((e) => e.type === "agency" && e.aliases.includes("foreign ministry"));
    expect(body).toBeDefined();
    expect(ex.claims.some((c) => c.type === "affiliated-with" && c.target === body!.key)).toBe(true);
  });

  it("reads a head of government's office as a body of the state that owns it", () => {
    const ex = extract(
      "Ghana's prime minister's office was knocked offline by a flood of junk traffic on Friday.",
    );
    expect(
      ex.entities.find((e) => e.type === "agency" && /Prime Minister's Office/.test(e.label)),
    ).toMatchObject({
      country: "state:ghana",
    });
  });

  it("makes no body of an office no state owns ('the president's office' with no state in the passage)", () => {
    expect(agencies("Someone knocked the president's office website offline overnight.")).toHaveLength(0);
  });
});

describe("a state's national response team named by a bare 'CERT'", () => {
  it("reads a lower-case 'national CERT' after its state's possessive", () => {
    const ex = extract("Analysts from Ghana's national CERT were sent to Lome on Friday to study the wiper.");
    const team = ex.entities.find((e) => e.type === "agency" && /National CERT/.test(e.label));
    expect(team).toMatchObject({ country: "state:ghana" });
    expect(hasClaim(ex, "part-of", team!.key, "state:ghana")).toBe(true);
  });

  it("reads no team from a lower-case 'national CERT' with no state written before it", () => {
    expect(agencies("Analysts said a national CERT would normally study such a wiper.")).toHaveLength(0);
  });
});
