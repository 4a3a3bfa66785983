/**
 * Bodies a reference list of the field holds and the bundled gazetteer now lists: regional blocs
 * (the Commonwealth of Nations, the Pacific Alliance, BIMSTEC, SICA), North Korea's state news agency, Belarus's
 * KGB (only when qualified: a bare "KGB" is as often the Soviet one), Taiwan's legislature, and the intelligence
 * services of Pakistan (ISI) and India (R&AW); the European Commission, the Council of the EU and Europol are
 * organizations of their own (as a reference list classes them), not agencies of the Union. Every sentence is
 * invented for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../src/extract";
import { bundledContext } from "./helpers";

let context: ExtractionContext;
beforeAll(async () => {
  context = await bundledContext();
});
const extract = (body: string) =>
  extractDocument({ id: "doc.txt", text: `SUVA, 2 May 2026 (AP) - ${body}` }, context);
const has = (body: string, type: string, source: string, target: string) =>
  extract(body).claims.some((c) => c.type === type && c.source === source && c.target === target);

describe("regional blocs of the reference list", () => {
  it("reads membership of the Commonwealth of Nations, the Pacific Alliance, BIMSTEC and SICA", () => {
    expect(
      has(
        "Fiji is a member of the Commonwealth of Nations.",
        "member-of",
        "state:fiji",
        "organization:commonwealth-of-nations",
      ),
    ).toBe(true);
    expect(
      has(
        "Colombia is a member of the Pacific Alliance.",
        "member-of",
        "state:colombia",
        "organization:pacific-alliance",
      ),
    ).toBe(true);
    expect(has("Bhutan is a member of BIMSTEC.", "member-of", "state:bhutan", "organization:bimstec")).toBe(
      true,
    );
    expect(has("Panama is a member of SICA.", "member-of", "state:panama", "organization:sica")).toBe(true);
  });

  it("keeps a longer name holding 'Commonwealth' its own", () => {
    const keys = extract("Kazakhstan joined the Commonwealth of Independent States in 1991.").entities.map(
      (e) => e.key,
    );
    expect(keys).not.toContain("organization:commonwealth-of-nations");
  });
});

describe("state bodies of the reference list", () => {
  it("reads North Korea's news agency and Belarus's KGB as their states' agencies", () => {
    const kcna = extract("The Korean Central News Agency called the report a fabrication.").entities.find(
      (e) => e.key === "agency:kcna",
    );
    expect(kcna?.country).toBe("state:north-korea");
    const kgb = extract("Lithuania said the intrusion was run by the Belarusian KGB.").entities.find(
      (e) => e.key === "agency:belarus-kgb",
    );
    expect(kgb?.country).toBe("state:belarus");
  });

  it("reads no Belarusian body in an unqualified 'KGB' (the Soviet one, a past career)", () => {
    const keys = extract("A former KGB officer said the intrusion looked routine.").entities.map(
      (e) => e.key,
    );
    expect(keys).not.toContain("agency:belarus-kgb");
  });

  it("reads Taiwan's legislature as an agency of Taiwan, not a company", () => {
    const body = extract("Hackers defaced the website of the Legislative Yuan on Monday.").entities.find(
      (e) => e.label.includes("Legislative Yuan"),
    );
    expect(body?.type).toBe("agency");
  });
});

describe("intelligence services of the reference list", () => {
  it("reads Pakistan's and India's foreign intelligence services as their states' bodies, not the states alone", () => {
    const ex = extract(
      "Nepal said the intrusion into its customs portal was run by Pakistan's Inter-Services Intelligence. Pakistan blamed India's Research and Analysis Wing for a separate breach; the raw logs were published.",
    );
    expect(ex.claims.some((c) => c.type === "attributed-to" && c.target === "agency:isi")).toBe(true);
    expect(
      ex.claims.some(
        (c) => c.type === "part-of" && c.source === "agency:isi" && c.target === "state:pakistan",
      ),
    ).toBe(true);
    expect(
      ex.claims.some((c) => c.type === "part-of" && c.source === "agency:raw" && c.target === "state:india"),
    ).toBe(true);
    // "raw" in lower case is no acronym.
    expect(ex.entities.filter((e) => e.key === "agency:raw")[0]?.mentions.length).toBe(1);
  });
});

describe("institutions of the European Union", () => {
  it("reads the European Commission, the Council of the EU and Europol as organizations, not EU agencies", () => {
    const ex = extract(
      "Brussels weighed in on Friday: the European Commission called the breach of the Maltese water utility reckless, ministers meeting as the Council of the EU prepared listings, and Europol is studying the malware.",
    );
    for (const key of [
      "organization:european-commission",
      "organization:council-of-the-eu",
      "organization:europol",
    ])
      expect(ex.entities.find((e) => e.key === key)?.type).toBe("organization");
    // An organization is no body of another: the Union owns none of them.
    expect(
      ex.claims.filter((c) => c.type === "part-of" && c.target === "organization:european-union"),
    ).toEqual([]);
  });
});

describe("regional bodies that condemn", () => {
  it("reads SAARC, the Organization of Turkic States, the Visegrad Group and the Commonwealth as organizations", () => {
    const ex = extract(
      "Hackers froze the booking system of Fiji's national airline on Monday. The SAARC Secretariat condemned the airline attack. The Organisation of Turkic States condemned the airline attack as well, and the Visegrad Group condemned the airline attack on Tuesday. The Commonwealth Secretary-General denounced the hack of the carrier's booking system in a statement.",
    );
    for (const key of [
      "organization:saarc",
      "organization:organization-of-turkic-states",
      "organization:visegrad-group",
      "organization:commonwealth-of-nations",
    ])
      expect(ex.claims.some((c) => c.type === "condemned" && c.source === key)).toBe(true);
  });

  it("does not read the Commonwealth of Nations in a state's formal name", () => {
    // US states and Caribbean states style themselves "Commonwealth of ...": those are no bloc.
    for (const text of [
      "The Commonwealth of Virginia said on Friday that its court records system was hit by ransomware in May.",
      "Hackers defaced the tax portal of the Commonwealth of the Bahamas, the Commonwealth of Dominica said.",
    ])
      expect(extract(text).entities.some((e) => e.key === "organization:commonwealth-of-nations")).toBe(
        false,
      );
  });

  it("does not read the Commonwealth inside a ministry's name", () => {
    const ex = extract("Britain's Foreign, Commonwealth and Development Office condemned the attack.");
    expect(ex.entities.some((e) => e.key === "organization:commonwealth-of-nations")).toBe(false);
  });
});
