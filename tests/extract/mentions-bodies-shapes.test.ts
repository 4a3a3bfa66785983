/** Public bodies by the shape of their names and descriptions (invented sentences). */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument, type ExtractionContext } from "../../src/extract";
import { agencyCountry, bundledContext, extract, hasClaim } from "./helpers";

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

describe("coordinated bodies and heads that need an owner", () => {
  it("keeps two capitalised bodies joined by 'and' two bodies", () => {
    for (const [text, first, second] of [
      [
        "Intruders reached Ghana's Energy Ministry and Health Ministry over the weekend.",
        "agency:ghana-ministry-of-energy",
        "agency:ghana-ministry-of-health",
      ],
      [
        "Ghana's Revenue Authority and Immigration Service both lost mail to the same phishing wave.",
        "agency:ghana-revenue-authority",
        "agency:ghana-immigration-service",
      ],
      [
        "Ghana's Births Registry and National Census Institute closed their portals after the breach.",
        "agency:ghana-births-registry",
        "agency:ghana-national-census-institute",
      ],
    ]) {
      const keys = agencies(text!).map((e) => e.key);
      expect(keys).toEqual(expect.arrayContaining([first, second]));
      expect(keys.some((k) => k.includes("-and-"))).toBe(false);
    }
  });

  it("makes a secretariat with no state written in or before its name an organization, not its host's agency", () => {
    for (const text of [
      "Thieves copied the mail of the Andean Forum Secretariat in Accra last winter.",
      "Thieves copied the mail of the Commonwealth Secretariat in Accra last winter.",
    ]) {
      const ex = extract(text);
      expect(ex.entities.find((e) => e.label.includes("Secretariat"))?.type).toBe("organization");
      expect(ex.claims.some((c) => c.type === "part-of" && c.target === "state:ghana")).toBe(false);
    }
    expect(
      extract("Ghana's Planning Secretariat lost its payroll files on Friday.").entities.find((e) =>
        e.label.startsWith("Planning Secretariat"),
      ),
    ).toMatchObject({ type: "agency", country: "state:ghana" });
  });

  it("makes nothing of a registry no state is written in or before, and no organization", () => {
    for (const text of [
      "Hackers hit Ghana's tax office and the Land Registry on Monday.",
      "Hackers hit the Land Registry and Mapping Authority of Ghana on Monday.",
    ])
      expect(
        extract(text).entities.filter((e) => e.type === "organization" && /Registry/.test(e.label)),
      ).toEqual([]);
  });

  it("reads no public body from 'Public' before a think tank's or a registry's name, or a party's institute", () => {
    expect(agencies("The Public Affairs Institute of Ghana said the leak was serious.")).toHaveLength(0);
    expect(
      extract("A wiper hit the Public Domain Registry, which sells web addresses, on Friday.").entities.find(
        (e) => e.label.startsWith("Public Domain Registry"),
      )?.type,
    ).not.toBe("agency");
    expect(
      extract("Spies read the mail of the National Liberal Institute in Accra for a year.").entities.find(
        (e) => e.label.startsWith("National Liberal Institute"),
      )?.type,
    ).toBe("organization");
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

  it("never gives the dateline's accusing state a ministry a known body's demonym names ('the Chinese foreign ministry spokesman')", () => {
    // The bundled reference list knows China's foreign ministry; the small test list does not.
    const context = createExtractionContext(JSON.parse(readFileSync("graph-data/entities.json", "utf8")), {
      referenceYear: 2025,
    });
    const ex = extractDocument(
      {
        id: "doc.txt",
        text: "TOKYO, 3 May 2025 (PPI) - Japan accused China of the attack on its nuclear regulator. Asked about the accusations in Beijing, the Chinese foreign ministry spokesman Li Wei said China opposes hacking.",
      },
      context,
    );
    const bodies = ex.claims.filter((c) => c.type === "affiliated-with").map((c) => c.target);
    expect(bodies.length).toBe(1);
    expect(bodies.some((b) => b.includes("japan"))).toBe(false);
  });

  it("gives a speaker's unowned ministry the state of the place the sentence or dateline names, never the accuser's", () => {
    const accused = extract(
      "Ghana accused Togo of the breach at its tax office. In Lome, foreign ministry spokesman Koffi Agbo called the charge a lie.",
    );
    expect(accused.entities.filter((e) => e.type === "agency").map((e) => e.country)).not.toContain(
      undefined,
    );
    expect(
      hasClaim(accused, "affiliated-with", "person:koffi-agbo", "agency:togo-ministry-of-foreign-affairs"),
    ).toBe(true);
    expect(accused.claims.some((c) => c.type === "denied" && c.source === "state:ghana")).toBe(false);
    const dateline = extract(
      "LOME, June 3 (Reuters) - Ghana accused Togo of the breach at its tax office. The charge was a lie, foreign ministry spokesman Koffi Agbo said.",
    );
    expect(
      hasClaim(dateline, "affiliated-with", "person:koffi-agbo", "agency:togo-ministry-of-foreign-affairs"),
    ).toBe(true);
    expect(
      extract(
        "Intruders hit Ghana's tax office. A health ministry official in Togo called the breach reckless.",
      )
        .entities.filter((e) => e.type === "agency")
        .map((e) => e.key),
    ).not.toContain("agency:ghana-ministry-of-health");
  });

  it("takes a speaker's place only from the speaker's own phrase, never from what the speaker says", () => {
    const keys = (text: string) => agencies(text).map((e) => e.key);
    expect(
      keys(
        "Peru accused Chile of the hack of its tax office. A foreign ministry spokesman said the hackers were based in Bolivia.",
      ),
    ).not.toContain("agency:bolivia-ministry-of-foreign-affairs");
    expect(
      keys(
        "Hackers hit Peru's tax office on Monday. A foreign ministry spokesman said the servers were back in Peru.",
      ),
    ).not.toContain("agency:peru-ministry-of-foreign-affairs");
    expect(
      keys(
        "Intruders hit Ghana's tax office. A health ministry official in Togo said the breach was reckless.",
      ),
    ).toContain("agency:togo-ministry-of-health");
    expect(
      keys(
        "Peru accused Chile of the hack of its tax office. A foreign ministry spokesman said on Monday the hackers were based in Bolivia.",
      ),
    ).not.toContain("agency:bolivia-ministry-of-foreign-affairs");
    expect(
      keys(
        "Intruders hit Ghana's tax office. A foreign ministry spokesman said at a briefing in Togo that the breach was reckless.",
      ),
    ).toContain("agency:togo-ministry-of-foreign-affairs");
  });

  it("makes no body of a speaker's ministry with no place named, or of a former official's", () => {
    const noPlace = extract(
      "Ghana accused Togo of the breach at its tax office. The charge was a lie, foreign ministry spokesman Koffi Agbo said.",
    );
    expect(noPlace.entities.some((e) => e.key === "agency:ghana-ministry-of-foreign-affairs")).toBe(false);
    expect(noPlace.entities.some((e) => e.key === "person:koffi-agbo")).toBe(true);
    const former = extract(
      "Esi Mensah, a former energy ministry official, said intruders hit Ghana's tax office.",
    );
    expect(former.claims.some((c) => c.type === "affiliated-with" && c.source === "person:esi-mensah")).toBe(
      false,
    );
    expect(former.entities.some((e) => e.type === "agency" && /Energy/.test(e.label))).toBe(false);
  });

  it("reads a head of government's office as a body of the state that owns it", () => {
    const ex = extract(
      "Ghana's prime minister's office went dark for six hours on Friday after a botnet swamped it.",
    );
    expect(
      ex.entities.find((e) => e.type === "agency" && /Prime Minister's Office/.test(e.label)),
    ).toMatchObject({
      country: "state:ghana",
    });
  });

  it("owns a bare 'the president's office' only by a state the sentence gives, never the passage's topic", () => {
    const keys = (text: string) => agencies(text).map((e) => e.key);
    const other = keys(
      "Hackers hit Peru's tax office on Monday. Chile said the president's office would send experts.",
    );
    expect(other).not.toContain("agency:peru-presidents-office");
    expect(
      keys("Hackers hit Peru's tax office on Monday. Later the prime minister's office asked for help."),
    ).not.toContain("agency:peru-prime-ministers-office");
    expect(
      keys("Hackers hit Peru's tax office on Monday. Chile said the president's office would send experts."),
    ).toEqual(expect.arrayContaining(["agency:chile-presidents-office"]));
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

describe("a public body named in Spanish, Portuguese or French", () => {
  let bundled: ExtractionContext;
  beforeAll(async () => {
    bundled = await bundledContext();
  });
  const typeOf = (text: string, label: string) =>
    extractDocument({ id: "doc.txt", text }, bundled).entities.find((e) => e.label === label)?.type;

  it("reads a name opening on a public body's head as an agency, with its short form or as a victim", () => {
    expect(
      typeOf(
        "Officials from the Superintendencia de Bancos y Seguros (SBS) met the minister on Tuesday.",
        "Superintendencia de Bancos y Seguros",
      ),
    ).toBe("agency");
    expect(
      typeOf(
        "Vandals hit the Instituto Nacional de Catastro, the land registry, on Monday.",
        "Instituto Nacional de Catastro",
      ),
    ).toBe("agency");
  });

  it("reads no person's name opening on a public body's head", () => {
    const text = "Intruders copied files from the servers of the Instituto Nacional de Catastro last year.";
    expect(typeOf(text, "Instituto Nacional de Catastro")).not.toBe("person");
  });

  it("keeps a savings bank's name and a body the text calls private a company's", () => {
    expect(
      typeOf(
        "Ransomware locked the systems of Caja Rural del Sur (CRS), a cooperative savings bank.",
        "Caja Rural del Sur",
      ),
    ).toBe("organization");
    expect(
      typeOf(
        "Hackers stole research files from the Institut Orvault (IO), the private foundation.",
        "Institut Orvault",
      ),
    ).toBe("organization");
    expect(
      typeOf(
        "Hackers disrupted the Caja Nacional de Seguro Social (CNSS) on Monday.",
        "Caja Nacional de Seguro Social",
      ),
    ).toBe("agency");
  });

  it("keeps a utility's name a company's ('Instituto ... de Energía')", () => {
    expect(
      typeOf(
        "Intruders also reached the Instituto Nacional de Energía (INE), the power utility.",
        "Instituto Nacional de Energía",
      ),
    ).toBe("organization");
  });
});

describe("a think tank named as an institute", () => {
  it("reads an institute with a think tank's words and no public word as an organization, a state's name inside it", () => {
    const ex = extract(
      "Maria Okafor, director of the Kenya Institute for Peace Studies, said the outage had lasted six hours.",
    );
    const body = ex.entities.find((e) => e.label === "Kenya Institute for Peace Studies");
    expect(body?.type).toBe("organization");
    expect(hasClaim(ex, "affiliated-with", "person:maria-okafor", body?.key ?? "")).toBe(true);
  });

  it("reads no organization of an institute without those words", () => {
    for (const text of [
      "Doctors at the Orr Institute of Medical Sciences treated the patients on Monday.",
      "The Defence Research Institute of Lisk said its network was down.",
    ]) {
      const ex = extract(text);
      expect(ex.entities.some((e) => e.type === "organization" && e.label.includes("Institute"))).toBe(false);
    }
  });
});

describe("a state's national bank", () => {
  it("reads 'the National Bank of X' as the state's body, like its central bank", () => {
    const ex = extract("In May 2026 junk traffic knocked out a portal run by the National Bank of Moldova.");
    const bank = ex.entities.find((e) => e.label === "National Bank of Moldova");
    expect(bank).toMatchObject({ type: "agency", country: "state:moldova" });
    expect(hasClaim(ex, "part-of", bank!.key, "state:moldova")).toBe(true);
  });
});

describe("a demonym after a region's prefix", () => {
  it("names no state in 'the Pan American Tuna Commission'", () => {
    const ex = extract(
      "On Monday the Pan American Tuna Commission condemned the ransomware attack that froze the fishing port of Manta.",
    );
    expect(ex.entities.map((e) => e.key)).not.toContain("state:united-states");
    expect(ex.claims.some((c) => c.source === "state:united-states")).toBe(false);
  });

  it("keeps the state of a demonym after any other capitalised word ('Royal Canadian')", () => {
    expect(
      agencyCountry(
        "Hackers tied to Iran broke into a Royal Canadian Mounted Police mail server.",
        /Mounted Police/,
      ),
    ).toBe("state:canada");
  });

  it("keeps a state whose name opens with a region's prefix ('North Macedonian')", () => {
    expect(agencyCountry("North Macedonian police said the intrusion came from abroad.", /Police/)).toBe(
      "state:north-macedonia",
    );
  });

  it("still reads a demonym opening a body's name after 'the'", () => {
    expect(agencies("The Peruvian Navy Command said the attack failed.").map((e) => e.country)).toContain(
      "state:peru",
    );
  });
});
