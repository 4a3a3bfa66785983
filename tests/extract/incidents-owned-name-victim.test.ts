/**
 * A company named right after a state's possessive ("Uganda's Lake Water Corporation") is the victim
 * the attack phrase names: the possessive owns it, so the owned name is the next word of the same
 * phrase, not a name past its end. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

type Extraction = ReturnType<typeof extract>;

const attacked = (ex: Extraction) =>
  ex.claims
    .filter((c) => c.type === "attacked")
    .map((c) => ex.entities.find((e) => e.key === c.target)?.label)
    .sort();

describe("incidents, a name owned by a possessive victim", () => {
  it("takes the company after a state's possessive as the victim of a verb", () => {
    const ex = extract(
      "KAMPALA, 4 May 2026 - Intruders knocked out Uganda's Lake Water Corporation on Friday.",
    );
    expect(attacked(ex)).toContain("Lake Water Corporation");
  });

  it("takes it as the owner of the system an attack noun names", () => {
    const ex = extract(
      "NAIROBI, 2 March 2026 - A ransomware attack encrypted the invoicing servers of Tanzania's Kilima Gas Company last week.",
    );
    expect(attacked(ex)).toContain("Kilima Gas Company");
  });

  it("keeps every owned company of a list of possessive victims", () => {
    const ex = extract(
      "ACCRA, 9 June 2026 - Hackers struck Kenya's Revenue Authority and Ghana's Pra River Power Company on Sunday.",
    );
    expect(attacked(ex)).toEqual(expect.arrayContaining(["Pra River Power Company", "Revenue Authority"]));
  });

  it("takes no name that only qualifies a noun after the possessive", () => {
    for (const { text, not } of [
      {
        text: "LISBON, 4 May 2026 - Intruders defaced Portugal's EU grants website on Friday.",
        not: "European Union",
      },
      {
        text: "OSLO, 4 May 2026 - Hackers probed Norway's NATO allies on Friday, the army said.",
        not: "NATO",
      },
      {
        text: "RIGA, 4 May 2026 - Hackers disrupted Latvia's US-built radar network on Friday.",
        not: "United States",
      },
    ])
      expect(attacked(extract(text)), text).not.toContain(not);
  });
});
