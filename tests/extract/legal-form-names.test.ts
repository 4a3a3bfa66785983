/** A company's name that ends in its legal form's initials ("S.A.", "K.K."), read whole (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const labels = (text: string) => extract(text).entities.map((e) => e.label);

describe("a legal form's initials close a company's name", () => {
  it("keeps them on a name in apposition to a company noun", () => {
    const ex = extract(
      "In June 2024 intruders copied drilling records from Minera Valdés S.A., the state-owned copper miner, officials said.",
    );
    expect(ex.entities.find((e) => e.label === "Minera Valdés S.A.")?.type).toBe("organization");
  });

  it("keeps them on a name after its description, and no last word is cut to an initial", () => {
    const found = labels(
      "The state-owned arms manufacturer Nordhavn Marine Works A.S. reported the break-in on Monday.",
    );
    expect(found).toContain("Nordhavn Marine Works A.S.");
    expect(found).not.toContain("Nordhavn Marine Works A");
  });

  it("keeps the last dot of a hacked company's legal form", () => {
    expect(
      labels("In May 2025 hackers breached Tamura Freight K.K. and stole its shipping records."),
    ).toContain("Tamura Freight K.K.");
  });

  it("keeps a legal form written with a slash, after a company noun or as a victim", () => {
    expect(
      labels("Russia knocked the website of the shipping firm Nordhavn Cargo A/S offline in September."),
    ).toContain("Nordhavn Cargo A/S");
    expect(labels("In May hackers breached Tamura Shipping A/S and stole its records.")).toContain(
      "Tamura Shipping A/S",
    );
  });

  it("still ends a name at the sentence's full stop, and reads no initials that follow a comma", () => {
    const plain = labels("In May 2025 hackers breached Tamura Freight. The police opened a case.");
    expect(plain).toContain("Tamura Freight");
    const person = labels("In May 2025 hackers breached Tamura Freight, J.K. Orwin said.");
    expect(person).not.toContain("Tamura Freight, J.K.");
    expect(person.some((l) => l.startsWith("Tamura Freight J"))).toBe(false);
  });
});

describe("a legal form ends a company's name wherever the name stands", () => {
  it("reads a name ending in a legal form's initials as a company's, not a person's", () => {
    const ex = extract("Auditors said the coins held by Hoshimi Trade K.K. were moved to three wallets.");
    expect(ex.entities.find((e) => e.label === "Hoshimi Trade K.K.")?.type).toBe("organization");
    expect(ex.entities.some((e) => e.type === "person")).toBe(false);
  });

  it("reads a name ending in a legal form written as a word ('Sdn Bhd', 'GmbH', 'JSC')", () => {
    expect(labels("Regulators fined Tanjung Palm Oils Sdn Bhd for the late report.")).toContain(
      "Tanjung Palm Oils Sdn Bhd",
    );
  });

  it("makes two companies of two names joined by 'and' after a legal form", () => {
    const found = labels(
      "Outages were reported at Brauer Maschinenbau GmbH and Tasmakh Logistics JSC on Friday.",
    );
    expect(found).toContain("Brauer Maschinenbau GmbH");
    expect(found).toContain("Tasmakh Logistics JSC");
  });
});

describe("a company's name in apposition, as other languages and abbreviations write it", () => {
  it("keeps two legal forms in initials, and does not end the sentence between them", () => {
    const ex = extract(
      "Vidrios Tunja S.A.S. E.S.P., a glass company, told regulators on Monday that ransomware had locked its kilns.",
    );
    expect(ex.entities.find((e) => e.label === "Vidrios Tunja S.A.S. E.S.P.")?.type).toBe("organization");
  });

  it("reads a name joined by a Romance particle", () => {
    expect(
      labels(
        "Lácteos de Arroyo S.L., a dairy company, reported the theft of its payroll files to police on Friday.",
      ),
    ).toContain("Lácteos de Arroyo S.L.");
  });

  it("keeps the dot of an abbreviated suffix before the apposition's comma", () => {
    expect(
      labels(
        "Lorimer Biscuit Co., a baking company, said on Tuesday that intruders had wiped its order system.",
      ),
    ).toContain("Lorimer Biscuit Co.");
  });
});

describe("a legal form written without dots, in lower case or as abbreviated words", () => {
  it("reads a name closed by a civil-law form in capitals ('SA', 'SARL', 'PCL') as a company's", () => {
    const found = labels("Velkor Baustoffe SA told its shareholders that the quarterly audit would be late.");
    expect(found).toContain("Velkor Baustoffe SA");
    expect(labels("Amadou Ba chairs the board of Tessin Logiciels SARL in the capital.")).toContain(
      "Tessin Logiciels SARL",
    );
    expect(labels("Engineers at Sarawan Pipelines PCL, a gas carrier, restored the meters.")).toContain(
      "Sarawan Pipelines PCL",
    );
  });

  it("reads a form in lower-case initials ('d.d.', 'a.s.') and the Asian and British abbreviations", () => {
    expect(labels("Payroll staff at Lovran Vodovod d.d. noticed the missing transfers.")).toContain(
      "Lovran Vodovod d.d.",
    );
    expect(labels("A clerk of Kemuri Metering Co., Ltd. opened the attachment on Friday.")).toContain(
      "Kemuri Metering Co., Ltd.",
    );
    expect(labels("Auditors questioned three managers of Dhaulagiri Remit Pvt. Ltd. last spring.")).toContain(
      "Dhaulagiri Remit Pvt. Ltd.",
    );
  });

  it("reads no place before 'and' into a suffixed company's name", () => {
    const found = labels("Ministers toured Kisumu and Ndoto Freight SA during the summer visit.");
    expect(found).toContain("Ndoto Freight SA");
    expect(found.some((l) => l.startsWith("Kisumu and"))).toBe(false);
  });

  // review44 bodies R1, R2: "and" still joins the words of a name closed by a word suffix, and
  // two capitals before a person's name are an office ("Attorney General"), not a legal form.
  it("keeps 'and' inside a name closed by a word suffix ('Oil and Natural Gas Corporation')", () => {
    expect(
      labels("Auditors of Kivu Mining and Smelting Corporation found the ledger altered on Friday."),
    ).toContain("Kivu Mining and Smelting Corporation");
  });

  it("reads no company in a state's initials before a person's name ('Ohio AG Dana Orr')", () => {
    const found = labels("Vermont AG Lorna Pettibone warned banks that the stolen card data was for sale.");
    expect(found).toContain("Lorna Pettibone");
    expect(found.some((l) => l.includes("AG"))).toBe(false);
  });
});
